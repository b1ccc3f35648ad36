// Writes the adoptions into the data file's text: edited cells first (they address papers by their
// index, which an insertion at a section's end does not move), then new rows at the end of their
// sections. Every step is a proven text edit (../data/update.ts, ../data/insert.ts), and the
// result is loaded again, so what is returned is a data file `validate` accepts.
import { insertPaper } from '../data/insert.js';
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
  const ordered = [
    ...adoptions.filter((a) => a.kind === 'edited'),
    ...adoptions.filter((a) => a.kind === 'added'),
  ];
  for (const a of ordered) {
    const step =
      a.kind === 'edited'
        ? setPaperField(text, a.section, a.index, a.field, a.to, file)
        : insertPaper(text, [a.section], a.paper, file);
    if (step.ok) text = step.value;
    else problems.push(...step.problems);
  }
  if (problems.length > 0) return { ok: false, problems };
  const loaded = loadData(text, file);
  if (!loaded.ok) return loaded;
  return { ok: true, value: { text, list: loaded.value } };
}
