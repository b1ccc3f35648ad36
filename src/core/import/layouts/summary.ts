// A quote right under a paper paragraph is that paper's summary (`**Title**\n[pdf](url)\n\n> What
// the paper shows.`): the entry runs on to the quote's end, and the quote is an optional part, so a
// new entry without a summary leaves no empty quote. Links inside it (`shows, as [X](url) did,`)
// are the entry's links, labelled with their text; the text keeps the words (`mentions` lists them).
import type { Blockquote } from 'mdast';
import { fillTemplate, rawText } from '../../render/layouts/fill.js';
import type { Paper, PaperLink } from '../../types.js';
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
  const linked = mentions(value, entry.paper, lead, written);
  const tag = linked ? '{{{summary [mentions]}}}' : '{{{summary}}}';
  const extra = { ...entry.paper.extra };
  for (const [key, v] of Object.entries({
    summary: linked?.text ?? value,
    ...(linked ? { mentions: linked.phrases } : {}),
  })) {
    Object.defineProperty(extra, key, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  const links = [...entry.paper.links, ...(linked?.links ?? [])];
  return {
    ...entry,
    end,
    paper: { ...entry.paper, links, extra },
    replacements: [
      ...entry.replacements,
      { start: entry.end, end, tag: `{{#summary}}${gap}${lead}${tag}{{/summary}}` },
    ],
  };
}

/** `[text](https://...)` inside a summary: a phrase linked to a web page. */
const MENTION = /\[([^[\]\n*_`\\<>]+)\]\((https?:\/\/[^\s()<>]+)\)/g;

/**
 * The summary's text without its links' markup, the linked phrases and their links; undefined when
 * it has none, or a phrase repeats or is a label the entry's links already have, or the summary
 * would not be written back as it is.
 */
function mentions(
  value: string,
  paper: Paper,
  lead: string,
  written: string,
): { text: string; phrases: string[]; links: PaperLink[] } | undefined {
  const found = [...value.matchAll(MENTION)];
  if (found.length === 0) return undefined;
  const phrases = found.map((m) => m[1]!);
  const labels = new Set(paper.links.map((l) => l.label));
  if (new Set(phrases).size !== phrases.length || phrases.some((p) => labels.has(p))) return;
  const text = value.replace(MENTION, '$1');
  const links = found.map((m) => ({ label: m[1]!, url: m[2]! }));
  const back = fillTemplate(
    `${lead}{{{summary [mentions]}}}`,
    { title: '', links, extra: { summary: text, mentions: phrases } },
    { escape: 'markdown', linkLabels: {}, n: 1 },
  );
  return back === written ? { text, phrases, links } : undefined;
}
