// The main zone: one `### section` table per section under `## category` headings, then the count line.
import { countPapers } from '../data/count.js';
import type { Paper, PaperLink, PaperList, Section } from '../types.js';
import type { ColumnSetting, Settings } from '../settings/types.js';
import { escapeCell, escapeHeading, isHttpUrl, linkDestination } from './escape.js';
import { fieldText } from './field.js';
import { sortPapers } from './sort.js';
import { shownLabelOf } from '../settings/labels.js';

/**
 * `| A | B |` then the delimiter row: 10 dashes under the first column, 4 under the others (the
 * real list's style). Each line ends in `\n`. The README's tables and the suggestion's row preview
 * both use it, so the preview shows the header exactly as the README will.
 */
export function renderHeader(columns: readonly ColumnSetting[]): string {
  const names = columns.map((c) => `| ${escapeCell(c.header)} `).join('') + '|\n';
  const dashes = columns.map((_, i) => (i === 0 ? '|----------' : '|----')).join('') + '|\n';
  return names + dashes;
}

/** `[[LABEL](url)] ` per link; a link that is not http(s) shows its label as plain text. */
function renderLinks(
  links: readonly PaperLink[],
  labels: Readonly<Record<string, string>>,
): string {
  let out = '';
  for (const link of links) {
    const label = escapeCell(shownLabelOf(link.label, labels));
    out += isHttpUrl(link.url) ? `[[${label}](${linkDestination(link.url)})] ` : `\\[${label}\\] `;
  }
  return out;
}

/** One table row, without its line break: `| title | abbr | venue | year | links |`. */
export function renderRow(paper: Paper, settings: Settings): string {
  let row = '';
  for (const column of settings.columns) {
    // Link cells end in their own trailing space (or are empty), hence `| |` for no links.
    if (column.field !== 'links') {
      row += `| ${escapeCell(fieldText(paper, column.field) ?? column.missing)} `;
    } else if (paper.links.length === 0 && column.missing !== '') {
      row += `| ${escapeCell(column.missing)} `;
    } else {
      row += `| ${renderLinks(paper.links, settings.linkLabels)}`;
    }
  }
  return row + '|';
}

/** A section's table (header, delimiter and sorted rows), each line ending in `\n`. */
export function renderTable(section: Section, settings: Settings): string {
  let out = renderHeader(settings.columns);
  for (const paper of sortPapers(section.papers, settings.sort)) {
    out += renderRow(paper, settings) + '\n';
  }
  return out;
}

/** The main zone's content (without the blank lines around it), sections in file order. */
export function renderTables(list: PaperList, settings: Settings): string {
  const blocks: string[] = [];
  let category = '';
  for (const section of list.sections) {
    let block = '';
    if (section.category !== category) {
      // A section without a category gets no heading (as in the real list's script).
      if (section.category !== '') block += `## ${escapeHeading(section.category)}\n`;
      category = section.category;
    }
    block += `### ${escapeHeading(section.name)}\n` + renderTable(section, settings);
    blocks.push(block);
  }
  if (settings.countLine !== '') {
    blocks.push(settings.countLine.replaceAll('{count}', String(countPapers(list))));
  }
  // Blocks are separated by one blank line; the last one has no line break of its own.
  return blocks.join('\n').replace(/\n$/, '');
}
