// Where a new `key: value` line goes in a block-style entry of the data file: right after the end of
// its last value, at the indentation of its first key, with the file's own line ending. Shared by the
// edits that add one field to an entry (a venue, an `added` date), so they place it the same way.
import { isScalar, type Node, type Pair } from 'yaml';

/** The insertion of `line` (without indentation or line ending) after the entry's last field. */
export function appendFieldLine(
  text: string,
  pairs: readonly Pair[],
  line: string,
): { at: number; text: string } | undefined {
  const first = pairs[0];
  const last = pairs[pairs.length - 1];
  const keyStart = isScalar(first?.key) ? first.key.range?.[0] : undefined;
  const end =
    (last?.value as Node | null | undefined)?.range?.[1] ??
    (isScalar(last?.key) ? last.key.range?.[1] : undefined);
  if (keyStart === undefined || end === undefined) return undefined;
  const indent = keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1);
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lineEnd = text[end - 1] === '\n' ? end : text.indexOf('\n', end);
  const at = lineEnd === -1 ? text.length : text[end - 1] === '\n' ? end : lineEnd + 1;
  const lead = lineEnd === -1 ? newline : '';
  return { at, text: `${lead}${' '.repeat(indent)}${line}${newline}` };
}
