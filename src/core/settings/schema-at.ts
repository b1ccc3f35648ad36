// Looks into the settings schema at a path of the file (`['markers', 'main']`, `['columns', 0]`):
// the keys a mapping there may have (for "did you mean"), and the words its `meta()` gives (the hint
// of a setting, what a value must be). Read from the schema itself, so nothing here lists a setting.
import type * as z from 'zod';
import type { Segment } from '../yaml/path.js';
import { settingsFileSchema } from './schema.js';

/** The parts of a zod schema's definition this walk reads. */
interface Definition {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
}

const definition = (schema: z.ZodType): Definition => schema._zod.def as unknown as Definition;

/**
 * The schema that checks the value itself, past defaults, optionality and pre- and
 * post-processing, with the metadata found on the way.
 */
function unwrap(schema: z.ZodType): { schema: z.ZodType; meta: z.GlobalMeta } {
  let meta: z.GlobalMeta = {};
  let current = schema;
  for (;;) {
    meta = { ...current.meta(), ...meta };
    const def = definition(current);
    const next =
      def.type === 'pipe'
        ? def.in && definition(def.in).type === 'transform'
          ? def.out
          : def.in
        : ['default', 'prefault', 'optional', 'nullable'].includes(def.type)
          ? def.innerType
          : undefined;
    if (next === undefined) return { schema: current, meta };
    current = next;
  }
}

function child(schema: z.ZodType, segment: Segment): z.ZodType | undefined {
  const def = definition(schema);
  if (def.type === 'object') return def.shape?.[String(segment)];
  if (def.type === 'array' && typeof segment === 'number') return def.element;
  if (def.type === 'record') return def.valueType;
  return undefined;
}

function at(path: readonly Segment[]): { schema: z.ZodType; meta: z.GlobalMeta } | undefined {
  let found = unwrap(settingsFileSchema);
  for (const segment of path) {
    const next = child(found.schema, segment);
    if (next === undefined) return undefined;
    found = unwrap(next);
  }
  return found;
}

/** The keys allowed in the mapping at `path` (indexes written as numbers); none if not a mapping. */
export function keysAt(path: readonly Segment[]): string[] {
  const found = at(path);
  const def = found && definition(found.schema);
  return def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

/** How to write the top-level setting that `path` is in, shown as the hint of a problem with it. */
export function hintAt(path: readonly Segment[]): string | undefined {
  const [top] = path;
  return top === undefined ? undefined : at([top])?.meta.hint;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
  number: 'a number',
};

/** What a value at `path` must be, where zod's own type name (`zodType`) would not say enough. */
export function expectedAt(path: readonly Segment[], zodType: string): string {
  return at(path)?.meta.expected ?? TYPE_WORDS[zodType] ?? zodType;
}
