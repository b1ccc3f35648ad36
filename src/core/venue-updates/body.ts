// The "Venue updates" pull request's text: a table of each proposed change with the record it comes
// from (the year too, where the venue's differs from the preprint's), and a hidden record of the
// changes (identifier -> venue and year) that a later run reads back to tell
// whether the pull request still says the same, and, once a maintainer closed it, what was declined.
// Every value is escaped as a table cell and its mentions and references neutralised.
import { isServiceName, serviceLabel } from '../metadata/services.js';
import { isHttpUrl, linkDestination } from '../render/escape.js';
import { safeInline } from '../suggest/neutralize.js';
import { proposalRecord, proposedYear, type Proposal, type ProposedChange } from './plan.js';

export const VENUE_PULL_TITLE = 'Venue updates';
const MARKER = '<!-- paperlist:venue-updates ';

/** JSON that cannot end the HTML comment it sits in. */
function commentJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}

/** One recorded change: `{venue, year?}`, or a bare venue (the record's first form). */
function recordedChange(value: unknown): ProposedChange | undefined {
  if (typeof value === 'string') return { venue: value };
  if (typeof value !== 'object' || value === null) return undefined;
  const { venue, year } = value as { venue?: unknown; year?: unknown };
  if (typeof venue !== 'string') return undefined;
  return typeof year === 'string' ? { venue, year } : { venue };
}

/** The changes a body records (identifier key -> change); empty when it holds no record. */
export function readProposalRecord(body: string): Record<string, ProposedChange> {
  const at = body.indexOf(MARKER);
  if (at < 0) return {};
  const end = body.indexOf(' -->', at);
  try {
    const value: unknown = JSON.parse(body.slice(at + MARKER.length, end < 0 ? undefined : end));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    const out: Record<string, ProposedChange> = {};
    for (const [key, v] of Object.entries(value)) {
      const change = recordedChange(v);
      if (change !== undefined) out[key] = change;
    }
    return out;
  } catch {
    return {};
  }
}

function sourceCell(p: Proposal): string {
  const name = isServiceName(p.to.source) ? serviceLabel(p.to.source) : p.to.source;
  const url = p.to.url;
  const text = safeInline(name);
  return url !== undefined && isHttpUrl(url) ? `[${text}](${linkDestination(url)})` : text;
}

/** The pull request's body for these proposals; `dataFile` is the data file's path. */
export function renderVenuePullBody(proposals: readonly Proposal[], dataFile: string): string {
  const rows = proposals.map((p) => {
    const now = p.candidate.venue?.trim() ? safeInline(p.candidate.venue) : '(empty)';
    const year = p.candidate.year?.trim() ? safeInline(p.candidate.year) : '(empty)';
    const newYear = proposedYear(p);
    const yearCell = newYear !== undefined ? `${year} → ${safeInline(newYear)}` : year;
    return `| ${safeInline(p.candidate.title)} | ${now} | ${safeInline(p.to.venue)} | ${yearCell} | ${sourceCell(p)} |`;
  });
  return [
    `${MARKER}${commentJson(proposalRecord(proposals))} -->`,
    `These entries of \`${dataFile}\` are listed as preprints, and the metadata services name the venue where they were published (and its year, where the preprint's differs):`,
    '',
    '| Paper | Venue now | Proposed venue | Year | Source |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'Merging takes the new venues and years (the README is refreshed after the merge). Closing this pull request declines these changes: they are not proposed again. Only entries whose venue is a preprint word (`arXiv`, `CoRR`) or empty are ever changed.',
  ].join('\n');
}

/** The body of a pull request closed because nothing is left to propose. */
export function renderClosedBody(): string {
  return 'The entries this pull request changed are no longer listed as preprints; nothing is left to propose.';
}
