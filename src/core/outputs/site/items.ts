// The page's list items, one per distinct paper: title, abbreviation, venue, year, authors, the
// sections it is in, its links and its BibTeX button. The data attributes are what the script
// filters on; the visible text is what it searches.
import type { ListedPaper } from '../listing.js';
import { escapeHtml, safeHref } from './html.js';

/** The fragment that opens the page filtered to a section (`#section=EEN+Design`). */
export function sectionHref(name: string): string {
  return `#${new URLSearchParams({ section: name }).toString()}`;
}

function attrJson(values: readonly string[]): string {
  return escapeHtml(JSON.stringify(values));
}

function meta(paper: ListedPaper, sections: string): string {
  const parts = [
    paper.abbr ? `<span class="abbr">${escapeHtml(paper.abbr)}</span>` : '',
    paper.venue ? `<span class="venue">${escapeHtml(paper.venue)}</span>` : '',
    paper.year ? `<span class="year">${escapeHtml(paper.year)}</span>` : '',
    `<span class="secs">in ${sections}</span>`,
  ].filter((p) => p !== '');
  return `<p class="meta">${parts.join(' · ')}</p>`;
}

function links(paper: ListedPaper, key: string): string {
  const anchors = paper.links.flatMap((link) => {
    const href = safeHref(link.url);
    return href ? [`<a href="${href}">${escapeHtml(link.label)}</a>`] : [];
  });
  const button = `<button type="button" data-key="${escapeHtml(key)}" aria-label="Copy the BibTeX entry of ${escapeHtml(paper.title)}">BibTeX</button>`;
  return `<p class="links">${anchors.join('')}${button}</p>`;
}

/** One `<li data-paper>`. */
export function renderItem(paper: ListedPaper, key: string): string {
  const sections = paper.sections
    .map((s) => `<a href="${escapeHtml(sectionHref(s.name))}">${escapeHtml(s.name)}</a>`)
    .join(', ');
  const categories = [...new Set(paper.sections.map((s) => s.category))];
  return [
    `<li data-paper data-year="${escapeHtml(paper.year ?? '')}"`,
    ` data-sections="${attrJson(paper.sections.map((s) => s.name))}"`,
    ` data-categories="${attrJson(categories)}">`,
    `<h3 class="title">${escapeHtml(paper.title)}</h3>`,
    meta(paper, sections),
    paper.authors.length > 0
      ? `<p class="auth authors">${escapeHtml(paper.authors.join(', '))}</p>`
      : '',
    links(paper, key),
    '</li>',
  ].join('');
}
