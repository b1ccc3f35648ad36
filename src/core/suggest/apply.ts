// Applying a checked suggestion to the list's files: the data gets the new entry (text insertion,
// proven by re-parsing), the README gets its tables regenerated. The README's stamp is kept: a
// suggestion is not a change of the list until it is merged, and the refresh after the merge stamps it.
import { insertPaper } from '../data/insert.js';
import type { Result } from '../result.js';
import { keepStamp } from '../render/keep-stamp.js';
import { renderReadme } from '../render/readme.js';
import type { Settings } from '../settings/types.js';
import type { Paper, PaperList } from '../types.js';
import { withListLabels } from './list-labels.js';
import { likeNeighbours } from './like-neighbours.js';

export interface ListFiles {
  dataFile: string;
  dataText: string;
  readmeFile: string;
  readmeText: string;
  list: PaperList;
  settings: Settings;
}

export interface AppliedSuggestion {
  data: string;
  readme: string;
  list: PaperList;
}

export function applySuggestion(
  files: ListFiles,
  suggested: Paper,
  sections: string[],
): Result<AppliedSuggestion> {
  // The form's link labels (PAGE, CODE...) become the ones the entries around write, and the entry
  // is written as they are (their template, their mark for a missing value, their spacing).
  const labelled = withListLabels(suggested, files.list, sections);
  const paper = likeNeighbours(labelled, files.list, files.settings, sections);
  const data = insertPaper(files.dataText, sections, paper, files.dataFile);
  if (!data.ok) return data;
  const chosen = new Set(sections);
  const list: PaperList = {
    sections: files.list.sections.map((s) =>
      chosen.has(s.name) ? { ...s, papers: [...s.papers, paper] } : s,
    ),
  };
  // The stamp zone is put back as it was, so the time given here never shows.
  const rendered = renderReadme(
    files.readmeText,
    list,
    files.settings,
    new Date(0),
    files.readmeFile,
  );
  if (!rendered.ok) return rendered;
  return {
    ok: true,
    value: {
      data: data.value,
      readme: keepStamp(rendered.value, files.readmeText, files.settings),
      list,
    },
  };
}
