// Changes one field of one paper in the data file by editing text, so the diff is that field's
// line(s) and nothing else is re-formatted. Like an insertion, every result is proven by parsing
// it again: it must equal the old data with exactly that field changed, or nothing is returned.
import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isScalar, type Pair, type YAMLMap } from 'yaml';
import { canonicalJson } from '../canonical-json.js';
import type { Problem } from '../problem.js';
import type { Result } from '../result.js';
import type { PaperLink } from '../types.js';
import { keyText, parseWithPositions } from '../yaml/locate.js';
import { formatKey, quote } from './scalar.js';
import { lineStart, nextLine } from './lines.js';

/** A field's new value: text, links (label -> URL, in order), or undefined to remove the field. */
export type NewValue = string | PaperLink[] | undefined;

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Sets `field` of the paper at `index` (file order) of `section` to `value`. Fails with a problem,
 * and changes nothing, when the entry is not written in a way a line edit can change safely.
 */
export function setPaperField(
  text: string,
  section: string,
  index: number,
  field: string,
  value: NewValue,
  file: string,
): Result<string> {
  const failed = (message: string): Result<string> => ({
    ok: false,
    problems: [
      {
        file,
        field: `${section}[${index}].${field}`,
        message,
        hint: 'make this change in the data file by hand',
      },
    ],
  });
  const { doc } = parseWithPositions(text);
  if (doc.errors.length > 0) return failed('the data file could not be parsed to edit it');
  const item = doc.getIn([section, 'list', index], true);
  if (!isMap(item) || item.flow) return failed('the entry is not a block mapping');
  const edit = planEdit(text, item, field, value);
  if (typeof edit === 'string') return failed(edit);
  const out = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  const problem = prove(text, out, section, index, field, value, file);
  return problem ? { ok: false, problems: [problem] } : { ok: true, value: out };
}

const CANONICAL = ['title', 'abbr', 'venue', 'year', 'links'];

function planEdit(text: string, item: YAMLMap, field: string, value: NewValue): Edit | string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const pairs = item.items as Pair[];
  const pair = pairs.find((p) => keyText(p.key) === field);
  const first = pairs[0]?.key as { range?: [number, number, number] } | undefined;
  if (!first?.range) return 'the entry has no keys';
  const indent = first.range[0] - lineStart(text, first.range[0]);
  const pad = ' '.repeat(indent);
  const lines = (v: Exclude<NewValue, undefined>): string =>
    typeof v === 'string'
      ? `${pad}${formatKey(field)}: ${quote(v)}${eol}`
      : v.length === 0
        ? ''
        : `${pad}${formatKey(field)}:${eol}` +
          v.map((l) => `${pad}  ${formatKey(l.label)}: ${quote(l.url)}${eol}`).join('');
  if (pair && typeof value === 'string' && isScalar(pair.value) && pair.value.range) {
    return { start: pair.value.range[0], end: pair.value.range[1], text: quote(value) };
  }
  if (pair) {
    const key = pair.key as { range?: [number, number, number] };
    const end = (pair.value as { range?: [number, number, number] } | null)?.range?.[1];
    if (!key.range || end === undefined) return 'the field is not written on lines of its own';
    const start = lineStart(text, key.range[0]);
    if (text.slice(start, key.range[0]).trim() !== '') {
      return 'the field shares its line with another key';
    }
    return {
      start,
      end: nextLine(text, Math.max(end - 1, key.range[1])),
      text: value === undefined ? '' : lines(value),
    };
  }
  if (value === undefined) return { start: 0, end: 0, text: '' };
  // A field of the data file's own order (title, abbr, venue, year, links) goes where the file
  // writes it, after the last of them the entry has before it; any other field goes at the end.
  const rank = CANONICAL.indexOf(field);
  const known = pairs
    .filter((p) => {
      const r = CANONICAL.indexOf(keyText(p.key));
      return r >= 0 && r < rank;
    })
    .at(-1);
  const last = rank >= 0 && known ? known : pairs.at(-1);
  const end =
    (last?.value as { range?: [number, number, number] } | null)?.range?.[1] ??
    (last?.key as { range?: [number, number, number] }).range?.[1];
  if (end === undefined) return 'the entry has no value to add the field after';
  const at = nextLine(text, Math.max(end - 1, 0));
  // The last line of a file without a final line break gets one before the new field.
  const lead = at === text.length && !text.endsWith('\n') ? eol : '';
  return { start: at, end: at, text: lead + lines(value) };
}

/** Whether `after` reads as `before` with only the one field changed to `value`. */
function prove(
  before: string,
  after: string,
  section: string,
  index: number,
  field: string,
  value: NewValue,
  file: string,
): Problem | undefined {
  const failed: Problem = {
    file,
    field: `${section}[${index}].${field}`,
    message: 'editing the field by text would change more than that field, so nothing was changed',
    hint: 'make this change in the data file by hand, and please report the data file that caused this',
  };
  try {
    const old = load(before, { schema: CORE_SCHEMA }) as Record<
      string,
      { list: Record<string, unknown>[] }
    >;
    const next = load(after, { schema: CORE_SCHEMA }) as typeof old;
    const entry = old[section]?.list[index];
    if (!entry) return failed;
    if (value === undefined) delete entry[field];
    else
      entry[field] =
        typeof value === 'string' ? value : Object.fromEntries(value.map((l) => [l.label, l.url]));
    const got = next[section]?.list[index];
    if (
      typeof value === 'object' &&
      got &&
      Object.keys(got[field] ?? {}).join('\n') !== value.map((l) => l.label).join('\n')
    ) {
      return failed;
    }
    return canonicalJson(old) === canonicalJson(next) ? undefined : failed;
  } catch {
    return failed;
  }
}
