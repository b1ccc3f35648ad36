// The built-in layout: the tables a list gets when its settings name no layout of their own (one
// `### section` table per section under `## category` headings, the columns of the `columns`
// setting, then the count line). It is a layout like any other, so render, import and adoption take
// one path for every list; the settings it is made from (columns, count line) stay the way to shape it.
import type { ColumnSetting, Settings } from '../../settings/types.js';
import { toLayout, type LayoutSettings } from '../../settings/layout.js';
import { escapeCell } from '../escape.js';

/** `| A | B |` then the delimiter row: 10 dashes under the first column, 4 under the others. */
export function tableHeader(columns: readonly ColumnSetting[]): string {
  const names = columns.map((c) => `| ${escapeCell(c.header)} `).join('') + '|\n';
  const dashes = columns.map((_, i) => (i === 0 ? '|----------' : '|----')).join('') + '|\n';
  return names + dashes;
}

/** Literal text in a template, whatever it holds. */
const literal = (text: string): string => (text === '' ? '' : `{{${JSON.stringify(text)}}}`);

/**
 * One cell's template. A cell shows its field escaped, or the column's missing text when the
 * paper lacks it; a links cell shows `[[LABEL](url)] ` per link (a link that is not http(s) as its
 * label in plain brackets), each ending in its own space, hence `| |` for a paper without links.
 */
function cell(column: ColumnSetting): string {
  const missing = escapeCell(column.missing);
  if (column.field === 'links') {
    const each = '{{#url}}[[{{label}}]({{url}})] {{/url}}{{^url}}\\[{{label}}\\] {{/url}}';
    const none = missing === '' ? '' : `{{^links}}${literal(`${missing} `)}{{/links}}`;
    return `| {{#links}}${each}{{/links}}${none}`;
  }
  const name = column.field;
  // The short form `{{field|missing}}` holds missing text without braces or spaces at its ends.
  const short = !/[{}]/u.test(column.missing) && column.missing.trim() === column.missing;
  if (short) return `| {{${name}${missing === '' ? '' : `|${column.missing}`}}} `;
  return `| {{#${name}}}{{${name}}}{{/${name}}}{{^${name}}}${literal(missing)}{{/${name}}} `;
}

/** The entry template of the built-in tables: one row, its cells in the order of `columns`. */
export function builtInItem(columns: readonly ColumnSetting[]): string {
  return columns.map(cell).join('') + '|';
}

function builtIn(settings: Settings): LayoutSettings {
  const count = settings.countLine.replace(/\n$/u, '');
  return toLayout({
    kind: 'table',
    item: builtInItem(settings.columns),
    'item-gap': '\n',
    'category-level': 2,
    'section-level': 3,
    start: `\n${tableHeader(settings.columns)}`,
    before: '\n\n',
    'category-start': '\n',
    'zone-start': '\n\n',
    'zone-end': count === '' ? '\n\n' : `\n\n${count}\n\n`,
  });
}

const made = new WeakMap<Settings, LayoutSettings>();

/** The built-in layout for `settings` (made once per settings value). */
export function builtInLayout(settings: Settings): LayoutSettings {
  let layout = made.get(settings);
  if (!layout) made.set(settings, (layout = builtIn(settings)));
  return layout;
}

/** The layout that renders the list: the settings' own, else the built-in tables. */
export function layoutOf(settings: Settings): LayoutSettings {
  return settings.layout ?? builtInLayout(settings);
}
