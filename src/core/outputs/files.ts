// The readers' files of a list, all at once: the page, the BibTeX file and the feed, keyed by their
// file names. Pure: the same list, options and time give the same bytes.
import type { PaperList } from '../types.js';
import { renderBibtex } from './bibtex/render.js';
import { renderFeed } from './feed/render.js';
import { renderPage } from './site/page.js';

export interface ReaderOptions {
  name: string;
  intro?: string;
  siteUrl?: string;
  /** The time of the change being rendered (the feed's `updated` when no paper has a date). */
  time: Date;
}

export const READER_FILES = ['index.html', 'papers.bib', 'feed.xml'] as const;
export type ReaderFile = (typeof READER_FILES)[number];

export function renderReaderFiles(
  list: PaperList,
  options: ReaderOptions,
): Record<ReaderFile, string> {
  return {
    'index.html': renderPage(list, options),
    'papers.bib': renderBibtex(list, options.name),
    'feed.xml': renderFeed(list, options),
  };
}
