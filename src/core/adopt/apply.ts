// Writes the adoptions into the data file's text: edited cells first (they address papers by their
// index in the data as read), then new rows, in README order: at the end of their sections, or,
// when the list keeps file order, right after the paper the README shows before them (./place.ts).
// Every step is a proven text edit (../data/update.ts, ../data/insert.ts), and the result is
// loaded again, so what is returned is a data file `validate` accepts.
import { insertPaper, insertPaperAt } from '../data/insert.js';
import { loadData } from '../data/load.js';
import { setPaperField } from '../data/update.js';
import type { Problem } from '../problem.js';
import type { Result } from '../result.js';
import type { PaperList } from '../types.js';
import type { Adoption } from './types.js';

export interface AdoptedData {
  text: string;
  list: PaperList;
}

export function applyAdoptions(
  dataText: string,
  adoptions: readonly Adoption[],
  file: string,
): Result<AdoptedData> {
  let text = dataText;
  const problems: Problem[] = [];
  const places = placesOfAdded();
  const ordered = [
    ...adoptions.filter((a) => a.kind === 'edited'),
    ...adoptions.filter((a) => a.kind === 'added'),
  ];
  for (const a of ordered) {
    const step =
      a.kind === 'edited'
        ? setPaperField(text, a.section, a.index, a.field, a.to, file)
        : a.after === undefined
          ? insertPaper(text, [a.section], a.paper, file)
          : insertPaperAt(text, a.section, a.paper, places(a.section, a.after), file);
    if (step.ok) text = step.value;
    else problems.push(...step.problems);
  }
  if (problems.length > 0) return { ok: false, problems };
  const loaded = loadData(text, file);
  if (!loaded.ok) return loaded;
  return { ok: true, value: { text, list: loaded.value } };
}

/**
 * The place in its section's list, as the file is by then, of each new row that follows a paper
 * (asked in README order): just after that paper, and after the rows inserted before it that
 * follow the same paper or one before it.
 */
function placesOfAdded(): (section: string, after: number) => number {
  const inserted = new Map<string, number[]>();
  return (section, after) => {
    const earlier = inserted.get(section) ?? [];
    const at = after + 1 + earlier.filter((e) => e <= after).length;
    earlier.push(after);
    inserted.set(section, earlier);
    return at;
  };
}
