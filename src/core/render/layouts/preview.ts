// A suggested paper as it will look in a list with its own layout: the entry from the layout's
// template, under the table's header rows when the list is a table (so the preview renders as one).
import type { Settings } from '../../settings/types.js';
import type { LayoutSettings } from '../../settings/layout.js';
import type { Paper } from '../../types.js';
import { fillTemplate } from './fill.js';

/** One paper's entry in `layout`, without its line break (the first of its section). */
export function renderEntry(paper: Paper, settings: Settings, layout: LayoutSettings): string {
  return fillTemplate(layout.item, paper, {
    escape: layout.kind === 'html' ? 'html' : 'markdown',
    linkLabels: settings.linkLabels,
    n: 1,
  });
}

export function previewEntry(paper: Paper, settings: Settings, layout: LayoutSettings): string {
  const entry = renderEntry(paper, settings, layout);
  if (layout.kind === 'html') return `<table>\n${entry}\n</table>`;
  if (layout.kind !== 'table') return entry;
  const header = layout.start.split('\n').filter((line) => line.trimStart().startsWith('|'));
  return [...header.slice(-2), entry].join('\n');
}
