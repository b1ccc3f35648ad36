// The committed JSON Schema of .github/paperlist.yml is what the zod schema generates, and it says
// what the settings reader says: the example lists' settings pass it, and settings the reader refuses
// for their shape (an unknown key, a value of the wrong kind) fail it.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import * as z from 'zod';
import { describe, expect, test } from 'vitest';
import { settingsJsonSchema } from '../../../src/core/settings/json-schema.js';
import { parseSettings } from '../../../src/core/settings/parse.js';
import { settingsFileSchema } from '../../../src/core/settings/schema.js';

const committed = JSON.parse(
  readFileSync(new URL('../../../schema/paperlist.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const validator = z.fromJSONSchema(committed as z.core.JSONSchema.JSONSchema);
const read = (path: string) =>
  readFileSync(new URL(`../../../examples/${path}/.github/paperlist.yml`, import.meta.url), 'utf8');

describe('schema/paperlist.schema.json', () => {
  test('is what the zod schema generates (run "npm run schema" after changing a setting)', () => {
    expect(committed).toEqual(settingsJsonSchema());
  });

  test('names every setting, each with the hint paperlist shows as its description', () => {
    const properties = committed.properties as Record<string, { description?: string }>;
    expect(Object.keys(properties)).toEqual(Object.keys(settingsFileSchema.shape));
    for (const [key, value] of Object.entries(properties)) {
      expect(value.description, key).toMatch(/^[A-Z].{10,}/u);
    }
    expect(committed.additionalProperties).toBe(false);
  });

  test.each(['ednn', 'layouts/table', 'layouts/list', 'layouts/paragraph', 'layouts/html'])(
    "the %s example's settings pass it, as they pass the reader",
    (example) => {
      const text = read(example);
      expect(parseSettings(text, 'p.yml').ok).toBe(true);
      expect(validator.safeParse(parse(text)).error).toBeUndefined();
    },
  );

  test.each([
    [
      'short forms the reader takes',
      'columns: [title, {field: venue, header: Where}]\nsort: -year\ncount-line: false\nvenue-aliases: {NeurIPS: "Neural Information Processing Systems"}\n',
      true,
    ],
    ['an unknown key', 'nmae: My list\n', false],
    ['a value of the wrong kind', 'link-check: "yes"\n', false],
    ['a value outside its choices', 'refresh: weekly\n', false],
    [
      'an unknown key of the layout',
      'layout:\n  kind: list\n  item: "- {{title}}"\n  itme: x\n',
      false,
    ],
  ])('%s: the reader and the schema agree', (_, text, ok) => {
    expect(parseSettings(text, 'p.yml').ok).toBe(ok);
    expect(validator.safeParse(parse(text)).success).toBe(ok);
  });
});
