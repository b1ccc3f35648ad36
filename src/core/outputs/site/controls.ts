// The search box, the filters (category, section, year, venue), the sort and the section index,
// their options built from the list so every choice shows at least one paper.
import type { PaperList } from '../../types.js';
import type { ListedPaper } from '../listing.js';
import { escapeHtml } from './html.js';
import { sectionHref } from './items.js';

function option(value: string, label: string): string {
  return `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
}

function select(id: string, label: string, all: string, options: string[]): string {
  return `<div><label for="f-${id}">${label}</label><select id="f-${id}" name="${id}">${option('', all)}${options.join('')}</select></div>`;
}

function countsOf(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

function categories(list: PaperList): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const s of list.sections)
    groups.set(s.category, [...(groups.get(s.category) ?? []), s.name]);
  return groups;
}

/** The `<form>` of controls. */
export function renderControls(list: PaperList, papers: readonly ListedPaper[]): string {
  const groups = categories(list);
  const sections = [...groups].map(
    ([category, names]) =>
      `<optgroup label="${escapeHtml(category || 'Other')}">${names.map((n) => option(n, n)).join('')}</optgroup>`,
  );
  const years = countsOf(papers.flatMap((p) => (p.year ? [p.year] : [])));
  const venues = countsOf(papers.flatMap((p) => (p.venue ? [p.venue] : [])));
  const counted = (m: Map<string, number>, keys: string[]) =>
    keys.map((k) => option(k, `${k} (${m.get(k) ?? 0})`));
  return [
    '<form id="controls" role="search">',
    '<div class="wide"><label for="q">Search titles, abbreviations, authors and venues</label>',
    '<input type="search" id="q" name="q" autocomplete="off" spellcheck="false"></div>',
    select(
      'category',
      'Category',
      'All categories',
      [...groups.keys()].filter((c) => c !== '').map((c) => option(c, c)),
    ),
    select('section', 'Section', 'All sections', sections),
    select('year', 'Year', 'All years', counted(years, [...years.keys()].sort().reverse())),
    select(
      'venue',
      'Venue',
      'All venues',
      counted(
        venues,
        [...venues.keys()].sort((a, b) => a.localeCompare(b)),
      ),
    ),
    '<div><label for="sort">Sort by</label><select id="sort" name="sort">',
    `${option('year', 'Year, newest first')}${option('title', 'Title, A to Z')}</select></div>`,
    '<div class="end"><button type="button" id="reset">Show all</button></div>',
    '</form>',
  ].join('');
}

/** The section index: every category and section, each with an anchor and its paper count. */
export function renderSectionIndex(list: PaperList): string {
  const count = new Map(list.sections.map((s) => [s.name, s.papers.length]));
  const groups = [...categories(list)].map(([category, names], c) => {
    const items = names.map(
      (name, s) =>
        `<li id="section-${c + 1}-${s + 1}"><a href="${escapeHtml(sectionHref(name))}">${escapeHtml(name)}</a> (${count.get(name) ?? 0})</li>`,
    );
    return `<li>${escapeHtml(category || 'Other')}<ul>${items.join('')}</ul></li>`;
  });
  return `<nav aria-labelledby="sections-h"><h2 id="sections-h">Sections</h2><ul>${groups.join('')}</ul></nav>`;
}
