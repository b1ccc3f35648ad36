// The digest issue's text: the hidden record, a heading, what this run found (or what went wrong),
// how to accept or decline, and the checklist of candidates between two hidden markers, one per line
// (number, title, arXiv link, authors, date, likeliest section, the abstract's first sentence). Every
// text from arXiv is escaped and its mentions and references broken, so no answer can add a link,
// HTML, a mention or a cross-reference. Lines are added only while the body stays under BODY_MAX
// characters, far below GitHub's 65,536; a line then says how many more candidates there are.
import { safeInline } from '../suggest/neutralize.js';
import { encodeDigestState } from './record.js';
import { firstSentence } from './sentence.js';
import type { Candidate, DigestState } from './types.js';

export const DIGEST_TITLE = 'arXiv digest: new papers to review';
export const DIGEST_LABEL = 'paperlist-digest';
export const LIST_START = '<!-- paperlist:digest-candidates -->';
export const LIST_END = '<!-- paperlist:digest-candidates-end -->';
/** The body's bound: GitHub refuses more than 65,536 characters; this leaves a wide margin. */
export const BODY_MAX = 60_000;

const AUTHORS_SHOWN = 3;
/** The list's name in the heading: the settings do not bound it, the body must be. */
const NAME_SHOWN = 200;

const shortName = (name: string): string =>
  name.length > NAME_SHOWN ? `${name.slice(0, NAME_SHOWN - 1).trimEnd()}…` : name;

/** `2026-01-02 03:04 UTC` */
export function formatTime(time: Date): string {
  return time.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

function authors(names: readonly string[]): string {
  const shown = names.slice(0, AUTHORS_SHOWN).map(safeInline).join(', ');
  return names.length > AUTHORS_SHOWN ? `${shown} et al.` : shown;
}

/** One candidate's line of the checklist. */
export function candidateLine(c: Candidate): string {
  const p = c.paper;
  const parts = [
    `- [ ] **${c.number}.** ${safeInline(p.title)}`,
    `[arXiv:${p.id}](https://arxiv.org/abs/${p.id})`,
  ];
  if (p.authors.length > 0) parts.push(authors(p.authors));
  if (p.published !== '') parts.push(p.published.slice(0, 10));
  parts.push(
    c.section !== undefined
      ? `likeliest section: **${safeInline(c.section)}**`
      : 'no section shares its words',
  );
  const sentence = firstSentence(p.abstract);
  return sentence === '' ? parts.join(' · ') : `${parts.join(' · ')} — ${safeInline(sentence)}`;
}

export interface DigestText {
  state: DigestState;
  /** The list's name and the query, for the heading and the foot. */
  listName: string;
  query: string;
  /** What this run found, or what went wrong (Markdown the caller built from escaped parts). */
  status: string;
  /** The checklist's lines as they are to be shown: rendered candidates, or a block kept as it was. */
  block:
    | { kind: 'candidates'; candidates: readonly Candidate[]; max: number }
    | { kind: 'kept'; lines: string[] };
}

const HOW_TO =
  'Tick a box, or comment `/paperlist accept 3` (`/paperlist accept 3 to <section>` for another section), ' +
  'to open a suggestion pull request for that paper; `/paperlist decline 3` takes it out of the digest for good. ' +
  'Only people with write access to the repository can do either.';

/** The query as code (nothing in a code span is a link or a mention), or escaped text if it cannot be. */
export function shownQuery(query: string): string {
  const plain = !/[`\r\n]/.test(query) && query.trim() === query && query !== '';
  return plain ? `\`${query}\`` : safeInline(query);
}

function foot(query: string): string {
  return (
    `<sub>Candidates are the newest papers arXiv lists for ${shownQuery(query)} that are not in the list, ` +
    'not suggested in an open issue or pull request and not declined, the closest to the papers of the list first ' +
    "(the words of their titles and abstracts against the words of the list's titles); the likeliest section " +
    'is the one whose papers are closest. Each scheduled run rewrites this issue: tick boxes or comment, other edits are lost.</sub>'
  );
}

/** The checklist within `room` characters: as many candidates as fit (at most `max`), then the rest counted. */
function checklist(candidates: readonly Candidate[], max: number, room: number): string[] {
  if (candidates.length === 0)
    return ['No candidates: every paper of the answer is in the list, suggested or declined.'];
  const lines: string[] = [];
  let used = 0;
  for (const c of candidates.slice(0, max)) {
    const line = candidateLine(c);
    // Room for this line and the "more" line after it.
    if (used + line.length + 1 + 200 > room) break;
    lines.push(line);
    used += line.length + 1;
  }
  const more = candidates.length - lines.length;
  if (more > 0) {
    lines.push(
      '',
      `…and ${more} more candidate${more === 1 ? '' : 's'}, shown here as those above are accepted or declined.`,
    );
  }
  return lines;
}

export function renderDigestBody(text: DigestText): string {
  const head = [
    encodeDigestState(text.state),
    `## New on arXiv for ${safeInline(shortName(text.listName))}`,
    '',
    text.status,
    '',
    HOW_TO,
    '',
    LIST_START,
  ].join('\n');
  const tail = ['', LIST_END, '', foot(text.query)].join('\n');
  const room = BODY_MAX - head.length - tail.length - 2;
  const lines =
    text.block.kind === 'kept'
      ? keptWithin(text.block.lines, room)
      : checklist(text.block.candidates, text.block.max, room);
  return `${head}\n${lines.join('\n')}\n${tail}`;
}

/** A kept block, cut at a line boundary if (after a longer status) it no longer fits. */
function keptWithin(lines: readonly string[], room: number): string[] {
  const out: string[] = [];
  let used = 0;
  for (const l of lines) {
    if (used + l.length + 1 > room) break;
    out.push(l);
    used += l.length + 1;
  }
  return out;
}

/** The checklist lines of an earlier body (between the markers), or none. */
export function checklistOf(body: string): string[] {
  const start = body.indexOf(LIST_START);
  const end = body.indexOf(LIST_END, start);
  if (start < 0 || end < 0) return [];
  const lines = body.slice(start + LIST_START.length, end).split('\n');
  while (lines.length > 0 && lines[0]?.trim() === '') lines.shift();
  while (lines.length > 0 && lines.at(-1)?.trim() === '') lines.pop();
  return lines;
}

/** The body without the time of its check, to tell whether a run changes anything. */
export function withoutCheckTime(body: string): string {
  return body.replace(/\d{4}-\d\d-\d\d \d\d:\d\d UTC/g, '');
}
