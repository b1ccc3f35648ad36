// The JSON Schema of `.github/paperlist.yml`, generated from the settings' zod schema, so that an
// editor (the YAML language server names it on the file's first line) completes the keys, shows each
// one's hint on hover and marks a value of the wrong kind. It is committed as
// schema/paperlist.schema.json (`npm run schema` writes it; a test fails when it is out of date).
//
// Generic over the settings: each key's `meta({ hint })` becomes its description, and a value that a
// preprocess step turns into the checked one (`sort: year` for `[year]`, `count-line: false`) is
// described by the step's `meta({ accepts })`, a JSON Schema added as one more allowed form.
import * as z from 'zod';
import { settingsFileSchema } from './schema.js';
import { SCHEMA_URL } from './schema-url.js';

type JsonSchema = Record<string, unknown>;

/** The keys paperlist's meta adds, which are no JSON Schema keywords. */
const OWN_META = ['hint', 'expected', 'accepts'] as const;

/** The JSON Schema of the settings file as it is written (the input side of the zod schema). */
export function settingsJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(settingsFileSchema, {
    io: 'input',
    // Refinements (a known time zone, known directives) have no JSON Schema form: checked on read.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const meta = z.globalRegistry.get(zodSchema as unknown as z.ZodType);
      describe(jsonSchema, typeof meta?.hint === 'string' ? meta.hint : undefined);
      // The input side leaves out the default of a value a step transforms; it is valid input too.
      const def = zodSchema._zod.def;
      if (def.type === 'default' && jsonSchema.default === undefined)
        jsonSchema.default = JSON.parse(JSON.stringify(def.defaultValue)) as unknown;
      if (meta?.accepts !== undefined) {
        // The checked form and the other accepted one; what describes the key stays outside both.
        const { description, default: fallback, ...checked } = jsonSchema;
        for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
        Object.assign(jsonSchema, {
          anyOf: [checked, meta.accepts],
          ...(description !== undefined ? { description } : {}),
          ...(fallback !== undefined ? { default: fallback } : {}),
        });
      }
    },
  });
  return {
    $schema: schema.$schema,
    $id: SCHEMA_URL,
    title: 'paperlist settings (.github/paperlist.yml)',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/** `hint` as the description editors show on hover; paperlist's own meta keys removed. */
function describe(json: JsonSchema, hint: string | undefined): void {
  if (hint !== undefined) {
    const end = /[."]$/u.test(hint) ? '' : '.';
    json.description = `${hint.charAt(0).toUpperCase()}${hint.slice(1)}${end}`;
  }
  for (const key of OWN_META) delete json[key];
}

/** The committed file's text: the schema, two-space indented, with a final newline. */
export function settingsJsonSchemaText(): string {
  return `${JSON.stringify(settingsJsonSchema(), null, 2)}\n`;
}
