// Rows and entries removed by hand, when the comparison entry by entry finds them: with the data
// file the README was rendered from, a paper gone from the README that the data file still holds
// as it was is a deletion (it leaves the data file, by a proven text edit, ../data/delete.ts); one
// the data file changed since is put back (the data file wins). Without it, all are put back.
import { canonicalJson } from '../canonical-json.js';
import { deletePaper } from '../data/delete.js';
import type { Result } from '../result.js';
import type { PaperList } from '../types.js';
import { samePaper } from './rendered.js';
import type { DeletedEntry, HandEdits } from './types.js';

const paperOf = (list: PaperList, section: string, title: string) =>
  list.sections.find((s) => s.name === section)?.papers.find((p) => p.title === title);

/** Moves the put-back papers the data file did not change since `base` to `edits.deleted`. */
export function takeDeletions(edits: HandEdits, list: PaperList, base: PaperList): void {
  const kept = [];
  for (const p of edits.putBack) {
    const now = paperOf(list, p.section, p.title);
    const was = paperOf(base, p.section, p.title);
    if (now && was && canonicalJson(now) === canonicalJson(was)) edits.deleted.push(p);
    else kept.push(p);
  }
  edits.putBack = kept;
  takeMoves(edits, list);
}

/**
 * A row removed from one section and typed into another is a move: the new entry keeps what the
 * data file held of it (fields the README does not show), and the move is said once.
 */
function takeMoves(edits: HandEdits, list: PaperList): void {
  for (const a of edits.adoptions) {
    if (a.kind !== 'added') continue;
    const d = edits.deleted.find((x) => {
      const held = paperOf(list, x.section, x.title);
      return x.section !== a.section && held !== undefined && samePaper(held, a.paper);
    });
    if (!d) continue;
    const held = paperOf(list, d.section, d.title)!;
    const shown = Object.fromEntries(Object.entries(a.paper).filter(([, v]) => v !== undefined));
    a.paper = { ...held, ...shown, extra: { ...held.extra, ...a.paper.extra } };
    a.moved = d.section;
    edits.movedTo.push({ title: held.title, from: d.section, to: a.section, line: a.line });
  }
}

/**
 * `text` without the deleted papers (found by section and title in the file as it is by then); a
 * paper that cannot be removed by a text edit is put back instead, and said so.
 */
export function applyDeletions(
  text: string,
  edits: HandEdits,
  load: (text: string) => PaperList | undefined,
  file: string,
): Result<string> {
  let out = text;
  const done: DeletedEntry[] = [];
  for (const d of edits.deleted) {
    const index = load(out)
      ?.sections.find((s) => s.name === d.section)
      ?.papers.findIndex((p) => p.title === d.title);
    const step =
      index === undefined || index < 0 ? undefined : deletePaper(out, d.section, index, file);
    if (step?.ok) {
      out = step.value;
      done.push(d);
    } else edits.putBack.push(d);
  }
  edits.deleted = done;
  return { ok: true, value: out };
}
