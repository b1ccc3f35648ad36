// Writes a PaperList as a data file in the real list's layout: 2-space indentation, every string
// double-quoted, known paper fields first, a blank line between sections.

import type { Paper, PaperList, Section } from '../types.js';
import { formatKey, formatScalar, quote } from './scalar.js';

const known = new Set(['title', 'abbr', 'venue', 'year', 'links']);

/** The data file text for `list`; `loadData` reads it back as the same list. */
export function serializeData(list: PaperList): string {
  // An empty file is refused on load, so a list without sections is written as an empty mapping.
  if (list.sections.length === 0) return '{}\n';
  return list.sections.map(sectionLines).join('\n');
}

function sectionLines(section: Section): string {
  const lines = [`${formatKey(section.name)}:`, `  category: ${quote(section.category)}`];
  if (section.heading !== undefined) lines.push(`  heading: ${quote(section.heading)}`);
  if (section.papers.length === 0) lines.push('  list: []');
  else {
    lines.push('  list:');
    for (const paper of section.papers) lines.push(...paperLines(paper));
  }
  return lines.map((line) => `${line}\n`).join('');
}

function paperLines(paper: Paper): string[] {
  const lines = [`    - title: ${quote(paper.title)}`];
  const field = (key: string, value: string | undefined) => {
    if (value !== undefined) lines.push(`      ${key}: ${quote(value)}`);
  };
  field('abbr', paper.abbr);
  field('venue', paper.venue);
  field('year', paper.year);
  if (paper.links.length > 0) {
    lines.push('      links:');
    for (const link of paper.links)
      lines.push(`        ${formatKey(link.label)}: ${quote(link.url)}`);
  }
  for (const [key, value] of Object.entries(paper.extra)) {
    // A known field in `extra` would be written twice, which no YAML reader accepts.
    if (value !== undefined && !known.has(key)) {
      lines.push(...valueLines(`${formatKey(key)}:`, value, '      '));
    }
  }
  return lines;
}

/** `head` (a key and colon, or a dash) followed by `value` in block style at `indent`. */
function valueLines(head: string, value: unknown, indent: string): string[] {
  const scalar = formatScalar(value);
  if (scalar !== undefined) return [`${indent}${head} ${scalar}`];
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${indent}${head} []`];
    return [`${indent}${head}`, ...value.flatMap((item: unknown) => valueLines('-', item, inner))];
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined,
  );
  if (entries.length === 0) return [`${indent}${head} {}`];
  return [
    `${indent}${head}`,
    ...entries.flatMap(([key, item]) => valueLines(`${formatKey(key)}:`, item, inner)),
  ];
}
