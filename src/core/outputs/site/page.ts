// `index.html`: the reader page. One self-contained file (style and script inline, no request to
// anywhere), so it works from file:// and on any static host. The list is rendered here as HTML;
// the inlined script only filters, sorts, draws the chart and copies BibTeX.
import clientScript from 'virtual:site-client';
import type { PaperList } from '../../types.js';
import { bibEntries } from '../bibtex/render.js';
import { distinctPapers } from '../listing.js';
import { renderControls, renderSectionIndex } from './controls.js';
import { contentSecurityPolicy } from './csp.js';
import { escapeHtml, scriptJson } from './html.js';
import { renderItem } from './items.js';
import { PAGE_CSS } from './style.js';

export interface PageOptions {
  /** The list's name: the page's title and heading. */
  name: string;
  /** One line under the heading. */
  intro?: string;
}

/** The page's bytes for `list`; the same list and options give the same bytes. */
export function renderPage(list: PaperList, options: PageOptions): string {
  const papers = distinctPapers(list);
  const entries = bibEntries(papers);
  const bib = Object.fromEntries(entries.map((e) => [e.key, e.text]));
  const items = papers.map((p, i) => renderItem(p, entries[i]?.key ?? ''));
  const name = escapeHtml(options.name);
  const script = clientScript.replace(/<\/(script)/gi, '<\\/$1');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(script, PAGE_CSS)}">`,
    `<title>${name}</title>`,
    `<link rel="alternate" type="application/atom+xml" href="feed.xml" title="${name}: new papers">`,
    `<style>${PAGE_CSS}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${name}</h1>`,
    options.intro ? `<p class="intro">${escapeHtml(options.intro)}</p>` : '',
    '<p><a href="papers.bib" download>All papers as BibTeX</a> · <a href="feed.xml">Atom feed of new papers</a></p></header>',
    '<main>',
    renderControls(list, papers),
    `<p id="count" role="status">${papers.length} papers</p>`,
    '<figure><figcaption>Papers per year (of those shown)</figcaption>',
    '<svg id="chart-svg" role="img" aria-label="Papers per year" xmlns="http://www.w3.org/2000/svg"></svg></figure>',
    '<p id="copy-status" class="intro" role="status"></p>',
    `<ol id="papers">${items.join('\n')}</ol>`,
    renderSectionIndex(list),
    '</main>',
    `<script type="application/json" id="bibtex">${scriptJson(bib)}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
