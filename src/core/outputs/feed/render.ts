// `feed.xml`: an Atom feed (RFC 4287) of the newest additions. Only entries that record the day they
// were added (`added: YYYY-MM-DD`) are in it: an older entry without one is left out rather than
// given a made-up date. Entry ids are name-based UUIDs of the title, so they never change.
import type { PaperList } from '../../types.js';
import { distinctPapers, mainLink, type ListedPaper } from '../listing.js';
import { uuidUrn } from './uuid.js';
import { escapeXml } from './xml.js';

export const FEED_SIZE = 50;

export interface FeedOptions {
  /** The list's name: the feed's title. */
  name: string;
  /** One line about the list: the feed's subtitle. */
  intro?: string;
  /** Where the reader page is published (its folder's URL), if known. */
  siteUrl?: string;
  /** The feed's `updated` when no entry has a date: the time of the change being rendered. */
  time: Date;
}

/** The newest additions first (day, then later in the file first), at most FEED_SIZE. */
export function newestAdditions(papers: readonly ListedPaper[]): ListedPaper[] {
  return papers
    .filter((p) => p.added !== undefined)
    .sort((a, b) => (b.added ?? '').localeCompare(a.added ?? '') || b.order - a.order)
    .slice(0, FEED_SIZE);
}

function day(added: string): string {
  return `${added}T00:00:00Z`;
}

function entryXml(paper: ListedPaper): string[] {
  const link = mainLink(paper);
  const facts = [paper.venue, paper.year].filter((x) => x !== undefined).join(' ');
  const summary = [facts, paper.sections.map((s) => s.name).join(', ')]
    .filter((x) => x)
    .join(' · ');
  return [
    '  <entry>',
    `    <id>${uuidUrn(`paperlist:paper:${paper.title}`)}</id>`,
    `    <title type="text">${escapeXml(paper.title)}</title>`,
    `    <updated>${day(paper.added ?? '')}</updated>`,
    `    <published>${day(paper.added ?? '')}</published>`,
    ...(link ? [`    <link rel="alternate" href="${escapeXml(link)}"/>`] : []),
    ...paper.authors.map((a) => `    <author><name>${escapeXml(a)}</name></author>`),
    ...paper.sections.map((s) => `    <category term="${escapeXml(s.name)}"/>`),
    ...(summary ? [`    <summary type="text">${escapeXml(summary)}</summary>`] : []),
    '  </entry>',
  ];
}

/** The whole feed. */
export function renderFeed(list: PaperList, options: FeedOptions): string {
  const entries = newestAdditions(distinctPapers(list));
  const newest = entries[0]?.added;
  const updated = newest ? day(newest) : options.time.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const site = options.siteUrl?.replace(/\/*$/, '/');
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${site ? escapeXml(`${site}feed.xml`) : uuidUrn(`paperlist:feed:${options.name}`)}</id>`,
    `  <title type="text">${escapeXml(options.name)}</title>`,
    ...(options.intro ? [`  <subtitle type="text">${escapeXml(options.intro)}</subtitle>`] : []),
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(options.name)}</name></author>`,
    '  <generator>paperlist</generator>',
    ...(site
      ? [
          `  <link rel="self" type="application/atom+xml" href="${escapeXml(`${site}feed.xml`)}"/>`,
          `  <link rel="alternate" type="text/html" href="${escapeXml(site)}"/>`,
        ]
      : []),
    ...entries.flatMap(entryXml),
    '</feed>',
  ];
  return lines.join('\n') + '\n';
}
