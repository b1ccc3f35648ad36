// What a suggestion PR remembers about itself, hidden in its body: the paper it adds (so other
// suggestions are checked against it without reading its branch), what the metadata services said
// about its link (so a rebuild need not ask again), a fingerprint of its content and the commit it
// was built as (so a re-run that would write the same thing writes nothing, and a
// branch moved by anyone else is rebuilt).
import { canonicalJson } from '../../core/canonical-json.js';
import type { Paper } from '../../core/types.js';
import type { KeptLookup } from './kept-lookup.js';

export interface SuggestionRecord {
  issue: number;
  paper: Paper;
  sections: string[];
  /** Hash of the files written; equal means "nothing to update". */
  fingerprint: string;
  /** The commit the branch was set to along with this body; another head means "rebuild". */
  commit?: string;
  /**
   * Hash of what the issue's status comment says for this PR (its text with the PR left out): equal
   * means the comment needs no write, so a rebuild does not even read it.
   */
  statusKey?: string;
  /**
   * Set when paperlist itself closed the PR (the suggestion became invalid, or its issue was
   * closed): only such a PR is reopened. A PR a maintainer closed stays closed.
   */
  closedBy?: 'paperlist';
  /**
   * What the metadata services said about the issue's link, and for which issue text: a rebuild
   * from the same text reuses it instead of asking again (see kept-lookup.ts).
   */
  lookup?: KeptLookup;
}

const PREFIX = '<!-- paperlist:suggestion ';
const SUFFIX = ' -->';

/** base64 keeps the JSON from ever closing the HTML comment early. */
export function encodeRecord(record: SuggestionRecord): string {
  return PREFIX + Buffer.from(JSON.stringify(record), 'utf8').toString('base64') + SUFFIX;
}

export function decodeRecord(body: string): SuggestionRecord | undefined {
  const at = body.lastIndexOf(PREFIX);
  if (at < 0) return undefined;
  const end = body.indexOf(SUFFIX, at + PREFIX.length);
  if (end < 0) return undefined;
  try {
    const value = JSON.parse(
      Buffer.from(body.slice(at + PREFIX.length, end), 'base64').toString('utf8'),
    ) as SuggestionRecord;
    if (typeof value.issue !== 'number' || typeof value.paper?.title !== 'string') return undefined;
    return {
      ...value,
      paper: { ...value.paper, links: value.paper.links ?? [], extra: value.paper.extra ?? {} },
    };
  } catch {
    return undefined;
  }
}

/**
 * Whether a PR body says what `next` says: the same text and the same record, but for the record's
 * commit and fingerprint. A rebuild that only moved the base leaves the body as it is, so the
 * record's commit then names the last commit written along with the body, not the branch's head.
 */
export function sameBody(current: string, next: string): boolean {
  const text = (body: string) => {
    const at = body.lastIndexOf(PREFIX);
    return at < 0 ? body : body.slice(0, at);
  };
  const lasting = (body: string) => {
    const record = decodeRecord(body);
    if (!record) return undefined;
    return canonicalJson({ ...record, commit: undefined, fingerprint: undefined });
  };
  const kept = lasting(current);
  return text(current) === text(next) && kept !== undefined && kept === lasting(next);
}

/** The PR body with its record marked "closed by paperlist" (the body itself when it has none). */
export function markClosedByBot(body: string): string {
  const record = decodeRecord(body);
  if (!record) return body;
  const at = body.lastIndexOf(PREFIX);
  return body.slice(0, at) + encodeRecord({ ...record, closedBy: 'paperlist' });
}

export function closedByBot(body: string): boolean {
  return decodeRecord(body)?.closedBy === 'paperlist';
}

export function suggestionBranch(issue: number): string {
  return `paperlist/issue-${issue}`;
}

/** The issue number of a suggestion branch, or undefined for any other branch. */
export function issueOfBranch(branch: string): number | undefined {
  const m = /^paperlist\/issue-(\d+)$/.exec(branch);
  return m ? Number(m[1]) : undefined;
}
