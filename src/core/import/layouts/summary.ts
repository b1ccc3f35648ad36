// A quote right under a paper paragraph is that paper's summary (`**Title**\n[pdf](url)\n\n> What
// the paper shows.`): the entry runs on to the quote's end, and the quote is an optional part, so a
// new entry without a summary leaves no empty quote.
import type { Blockquote } from 'mdast';
import { rawText } from '../../render/layouts/fill.js';
import type { Entry } from './entry.js';
import { endOf, startOf } from './inline.js';

/** `entry` with the quote after it as its `summary`, or undefined when the quote stands apart. */
export function withSummary(entry: Entry, quote: Blockquote, source: string): Entry | undefined {
  const start = startOf(quote);
  const end = endOf(quote);
  const gap = source.slice(entry.end, start);
  if (!/^\n(?:[ \t]*\n)?$/.test(gap) || Object.hasOwn(entry.paper.extra, 'summary')) {
    return undefined;
  }
  const written = source.slice(start, end);
  const lead = /^> ?/.exec(written)?.[0];
  if (lead === undefined) return undefined;
  // Kept as written (its links stay Markdown), without the quote marks of its further lines; a
  // quote whose lines do not all start alike stays text between the entries.
  const value = written
    .slice(lead.length)
    .split('\n')
    .map((line, i) => (i === 0 ? line : line.replace(/^> ?/, '')))
    .join('\n');
  if (value.trim() === '' || rawText(value, lead) !== written.slice(lead.length)) return undefined;
  const tag = '{{{summary}}}';
  const extra = { ...entry.paper.extra };
  Object.defineProperty(extra, 'summary', {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return {
    ...entry,
    end,
    paper: { ...entry.paper, extra },
    replacements: [
      ...entry.replacements,
      { start: entry.end, end, tag: `{{#summary}}${gap}${lead}${tag}{{/summary}}` },
    ],
  };
}
