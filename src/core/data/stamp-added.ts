// Recording the day papers were added: `added: "YYYY-MM-DD"` written into entries of the data file
// that lack it, as one new line at the end of each entry in its own indentation, so nothing else in
// the file changes. Like an insertion, the edit is proven by parsing the result: it must be the old
// list with exactly those fields added, or nothing is written.
import { appendFieldLine } from './append-field.js';
import { isMap, type Pair } from 'yaml';
import type { Result } from '../result.js';
import type { PaperList } from '../types.js';
import { loadData } from './load.js';
import { keyText, parseWithPositions } from '../yaml/locate.js';

/** An entry of the data file: its section and its index in that section's list. */
export interface EntryRef {
  section: string;
  index: number;
}

interface Edit {
  at: number;
  text: string;
}

function entryNode(doc: ReturnType<typeof parseWithPositions>['doc'], ref: EntryRef) {
  const list = doc.getIn([ref.section, 'list'], true) as Node | undefined;
  const entry = list && 'items' in list ? (list.items as unknown[])[ref.index] : undefined;
  return isMap(entry) ? entry : undefined;
}

/** The new line for one block-style entry, placed after the end of its last value. */
function editFor(
  text: string,
  entry: NonNullable<ReturnType<typeof entryNode>>,
  day: string,
): Edit | undefined {
  if (entry.flow) return undefined;
  return appendFieldLine(text, entry.items as Pair[], `added: "${day}"`);
}

/** The list as it must read after the edit: the same, with `added` on the given entries. */
function expected(list: PaperList, refs: readonly EntryRef[], day: string): PaperList {
  const stamped = new Set(refs.map((r) => `${r.section}\u0000${r.index}`));
  return {
    sections: list.sections.map((s) => ({
      ...s,
      papers: s.papers.map((p, i) =>
        stamped.has(`${s.name}\u0000${i}`) ? { ...p, extra: { ...p.extra, added: day } } : p,
      ),
    })),
  };
}

/**
 * Writes `added: "day"` into each entry of `refs` (entries that already have an `added` field are
 * the caller's to leave out). Fails, writing nothing, for an entry written in flow style or when the
 * result does not read back as the old list plus those fields.
 */
export function stampAdded(
  dataText: string,
  list: PaperList,
  refs: readonly EntryRef[],
  day: string,
  file: string,
): Result<string> {
  if (refs.length === 0) return { ok: true, value: dataText };
  const fail = (message: string): Result<string> => ({
    ok: false,
    problems: [{ file, field: 'added', message, hint: 'add the field by hand, or leave it out' }],
  });
  const positioned = parseWithPositions(dataText);
  const edits: Edit[] = [];
  for (const ref of refs) {
    const entry = entryNode(positioned.doc, ref);
    const has = entry?.items.some((p) => keyText(p.key) === 'added');
    const edit = entry && !has ? editFor(dataText, entry, day) : undefined;
    if (!edit) return fail(`could not record the day ${ref.section}[${ref.index}] was added`);
    edits.push(edit);
  }
  let out = dataText;
  for (const e of edits.sort((a, b) => b.at - a.at))
    out = out.slice(0, e.at) + e.text + out.slice(e.at);
  const read = loadData(out, file);
  if (!read.ok || JSON.stringify(read.value) !== JSON.stringify(expected(list, refs, day))) {
    return fail('recording the days papers were added would have changed other lines');
  }
  return { ok: true, value: out };
}
