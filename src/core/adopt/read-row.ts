// Reads one hand-written table row back into a paper with the importer, the same code that
// `paperlist import` uses. The row is put under a header of paperlist's own making (one known word
// per column), so the list's own column headers, whatever they say, cannot change how it is read.
import { importReadme } from '../import/readme.js';
import type { Problem } from '../problem.js';
import { escapeHeading } from '../render/escape.js';
import { dataLabelsOf } from '../settings/labels.js';
import type { Settings } from '../settings/types.js';
import type { Paper } from '../types.js';

const KNOWN: Readonly<Record<string, string>> = {
  title: 'Title',
  abbr: 'Abbr',
  venue: 'Venue',
  year: 'Year',
  links: 'Links',
};

/** The paper a row shows (only the fields its columns show), or the problems that stop reading it. */
export function readHandRow(
  row: string,
  line: number,
  section: string,
  settings: Settings,
  file: string,
): { paper: Paper } | { problems: Problem[] } {
  const columns = settings.columns;
  const header = columns.map((c, i) => KNOWN[c.field] ?? `c${i}`);
  // Line 4 of this small document is the row; problems are moved to the row's line in the README.
  const doc = [
    '## Category',
    `### ${escapeHeading(section)}`,
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    row,
    '',
  ].join('\n');
  const read = importReadme(doc, file, {});
  const paper = read.list.sections[0]?.papers[0];
  if (read.problems.length > 0 || !paper) {
    const problems = read.problems.map(({ field: _field, column: _column, ...p }) => ({
      ...p,
      file,
      line,
      message: `row at line ${line}: ${p.message}`,
    }));
    return {
      problems: problems.length
        ? problems
        : [{ file, line, message: `row at line ${line} could not be read` }],
    };
  }
  return { paper: toDataFields(paper, settings) };
}

/** Maps the importer's fields back to the settings' fields, labels and missing-value texts. */
function toDataFields(read: Paper, settings: Settings): Paper {
  const labels = dataLabelsOf(settings.linkLabels);
  const paper: Paper = { title: read.title, links: [], extra: {} };
  settings.columns.forEach((column, i) => {
    if (column.field === 'links') {
      paper.links = read.links.map((l) => ({ label: labels.get(l.label) ?? l.label, url: l.url }));
      return;
    }
    const value =
      column.field in KNOWN
        ? (read[column.field as 'abbr' | 'venue' | 'year' | 'title'] as string | undefined)
        : (read.extra[`c${i}`] as string | undefined);
    const shown = value === column.missing ? undefined : value;
    if (column.field === 'title') paper.title = shown ?? '';
    else if (column.field === 'abbr' || column.field === 'venue' || column.field === 'year') {
      if (shown !== undefined) paper[column.field] = shown;
    } else if (shown !== undefined) {
      Object.defineProperty(paper.extra, column.field, {
        value: shown,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  });
  return paper;
}
