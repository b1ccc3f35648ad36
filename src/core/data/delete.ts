// Removes one paper from the data file by editing text: the lines of its list item go, nothing else
// is re-formatted (comments, quoting and spacing of the rest stay as they are). Like an insertion,
// the result is proven by parsing it again: it must equal the old data without that paper exactly.
import { CORE_SCHEMA, load } from 'js-yaml';
import { isSeq } from 'yaml';
import { canonicalJson } from '../canonical-json.js';
import type { Result } from '../result.js';
import { parseWithPositions } from '../yaml/locate.js';
import { lineStart, nextLine } from './lines.js';

/**
 * `text` without the paper at `index` (file order) of `section`. Fails, changing nothing, when the
 * list is not a block list, or when the paper is the section's last one (a section keeps a list).
 */
export function deletePaper(
  text: string,
  section: string,
  index: number,
  file: string,
): Result<string> {
  const failed = (message: string): Result<string> => ({
    ok: false,
    problems: [
      {
        file,
        field: `${section}[${index}]`,
        message,
        hint: 'remove the entry from the data file by hand',
      },
    ],
  });
  const { doc } = parseWithPositions(text);
  if (doc.errors.length > 0) return failed('the data file could not be parsed to edit it');
  const seq = doc.getIn([section, 'list'], true);
  if (!isSeq(seq) || seq.flow) return failed("the section's list is not a block list");
  if (seq.items.length < 2) return failed('the entry is the last one of its section');
  const item = seq.items[index] as { range?: [number, number, number] } | undefined;
  const next = seq.items[index + 1] as { range?: [number, number, number] } | undefined;
  if (!item?.range) return failed('the entry was not found');
  const start = lineStart(text, item.range[0]);
  const end = next?.range ? lineStart(text, next.range[0]) : nextLine(text, item.range[1] - 1);
  const out = text.slice(0, start) + text.slice(end);
  return proven(text, out, section, index)
    ? { ok: true, value: out }
    : failed(
        'removing the entry by text would change more than that entry, so nothing was changed',
      );
}

function proven(before: string, after: string, section: string, index: number): boolean {
  try {
    const old = load(before, { schema: CORE_SCHEMA }) as Record<string, { list: unknown[] }>;
    const next = load(after, { schema: CORE_SCHEMA }) as typeof old;
    old[section]?.list.splice(index, 1);
    return canonicalJson(old) === canonicalJson(next);
  } catch {
    return false;
  }
}
