// What a looked-up link adds to a suggestion, as a pure step before the usual check: the answers the
// contributor left empty are filled from the services (typed answers always win), the entry gains its
// extra fields (authors, identifiers), and the contributor hears where each value came from, where a
// service disagrees with what they typed, and which service could not be asked.
import type { Audience } from '../suggest/wording.js';
import { serviceLabel } from './services.js';
import type { Problem } from '../problem.js';
import { failure, success } from '../result.js';
import type { CheckResult, FailedCheck } from '../suggest/types.js';
import type { Settings } from '../settings/types.js';
import { cleanText } from '../suggest/normalize.js';
import type { PaperList } from '../types.js';
import { entryAnswers } from './entry.js';
import type { PaperLink } from './link.js';
import { mergePaper, type MergedPaper } from './merge.js';
import { sourceName, SHOWN_FIELDS } from './sources.js';
import type { LookupResult } from './types.js';
import { buildVocabulary } from './venue.js';

type Fields = Record<string, string | string[]>;

/** One value of the entry and where it came from, for the status comment. */
export interface SourceLine {
  field: string;
  value: string;
  source: string;
  url?: string;
}

export interface LookedUp {
  /** The link as typed, and what it was recognised as. */
  raw: string;
  link: PaperLink;
  /** Absent when the link is of no known kind (nothing was asked). */
  result?: LookupResult;
}

export interface WithLookup {
  fields: Fields;
  extra: Record<string, unknown>;
  problems: Problem[];
  warnings: Problem[];
  sources: SourceLine[];
}

const TYPED = ['title', 'abbr', 'venue', 'year', 'page', 'pdf', 'code'] as const;

const text = (v: string | string[] | undefined): string =>
  cleanText(Array.isArray(v) ? v.join(', ') : (v ?? ''));

function sourceLines(merged: MergedPaper): SourceLine[] {
  const lines: SourceLine[] = [];
  for (const f of SHOWN_FIELDS) {
    const v = merged.values[f];
    if (v === undefined) continue;
    lines.push({
      field: f,
      value: v.value,
      source: sourceName(v.source),
      ...(v.url ? { url: v.url } : {}),
    });
    if (f === 'title' && merged.authors) {
      lines.push({
        field: 'authors',
        value: merged.authors.value.join(', '),
        source: sourceName(merged.authors.source),
      });
    }
  }
  return lines;
}

/** How to ask a service again: the bot asks on an edit or a re-run, the CLI when run again. */
const ASK_AGAIN: Record<Audience, string> = {
  issue: 'editing the issue, or re-running the workflow, asks again',
  cli: 'running the command again asks again',
};

function gapWarnings(looked: LookedUp, audience: Audience): Problem[] {
  const result = looked.result;
  if (result === undefined) return [];
  const out: Problem[] = result.gaps
    .filter((g) => g.kind === 'unavailable')
    .map((g) => ({
      field: 'link',
      message: `${serviceLabel(g.service)} could not be asked (${g.message}); the entry uses what the form and the other services gave`,
      hint: ASK_AGAIN[audience],
    }));
  if (result.fetched.length === 0 && out.length === 0) {
    out.push({
      field: 'link',
      message: 'no service knows this link, so nothing was filled in from it',
      hint: 'check the link, or fill in the title, year and links by hand',
    });
  }
  return out;
}

/**
 * What the services found merged with what was typed (typed wins), venues written in the list's
 * vocabulary and an abbreviation given when the list uses them.
 */
export function mergeLookup(
  typed: Record<string, string>,
  result: LookupResult,
  list: PaperList,
  settings: Settings,
): MergedPaper {
  return mergePaper({
    typed,
    linkIds: result.linkIds,
    fetched: result.fetched,
    ...(result.code ? { code: result.code } : {}),
    vocabulary: buildVocabulary(list, settings.venueAliases),
    usesAbbreviations: list.sections.some((s) => s.papers.some((p) => p.abbr !== undefined)),
  });
}

/** The suggestion's answers with the looked-up values filled in, and what to tell the contributor. */
export function withLookup(
  fields: Fields,
  looked: LookedUp | undefined,
  list: PaperList,
  settings: Settings,
  audience: Audience = 'issue',
): WithLookup {
  const none: WithLookup = { fields, extra: {}, problems: [], warnings: [], sources: [] };
  if (looked === undefined) return none;
  if (looked.link.kind === 'unknown' || looked.result === undefined) {
    return {
      ...none,
      problems: [
        {
          field: 'link',
          message: 'this is not an arXiv, DOI, OpenReview or ACL Anthology link, nor a web address',
          hint: "paste the address of the paper's page, such as https://arxiv.org/abs/1703.09844, or leave the field empty and fill in the rest",
        },
      ],
    };
  }
  const typed: Record<string, string> = {};
  for (const f of TYPED) {
    const v = text(fields[f]);
    if (v !== '') typed[f] = v;
  }
  const merged = mergeLookup(typed, looked.result, list, settings);
  const answers = entryAnswers(merged, looked.link);
  const filled: Fields = { ...fields };
  for (const [f, v] of Object.entries(answers.fields)) if (text(fields[f]) === '') filled[f] = v;
  const disagreements: Problem[] = merged.disagreements.map((d) => ({
    field: d.field,
    message: `the form says ${JSON.stringify(d.typed)}, ${serviceLabel(d.source)} says ${JSON.stringify(d.fetched)}`,
    hint: `the typed value is kept; change it if ${serviceLabel(d.source)} is right`,
  }));
  return {
    fields: filled,
    extra: answers.extra,
    problems: [],
    warnings: [...disagreements, ...gapWarnings(looked, audience)],
    sources: sourceLines(merged),
  };
}

/** A check's result with what the lookup adds: its problems, its warnings and the values' sources. */
export function withLookupNotes(check: CheckResult, looked: WithLookup): CheckResult {
  if (!check.ok || looked.problems.length > 0) {
    const problems = check.ok ? looked.problems : [...looked.problems, ...check.problems];
    const failed: FailedCheck = failure(problems, [...(check.warnings ?? []), ...looked.warnings]);
    if (!check.ok && check.duplicate !== undefined) failed.duplicate = check.duplicate;
    return failed;
  }
  return success(
    { ...check.value, ...(looked.sources.length > 0 ? { sources: looked.sources } : {}) },
    [...looked.warnings, ...(check.warnings ?? [])],
  );
}
