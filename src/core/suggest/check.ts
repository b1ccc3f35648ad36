// Checks a parsed suggestion against the list and turns it into a Paper, reporting every problem
// at once so a contributor can fix the issue in one edit.
import { checkWebUrl } from '../data/url.js';
import { quoteValue } from '../quote.js';
import { splitSelection } from '../form/body.js';
import type { Problem } from '../problem.js';
import type { Paper, PaperLink, PaperList } from '../types.js';
import { buildDuplicateIndex, findDuplicates } from './duplicates.js';
import { LIMITS, MIN_YEAR } from './limits.js';
import { cleanMultiline, cleanText, hasInvisible, looseKey } from './normalize.js';
import { failure, success } from '../result.js';
import type { CheckResult, DuplicateMatch, FailedCheck, OpenSuggestion } from './types.js';
import { checkWording, type Audience, type CheckWording } from './wording.js';
import { FORM_FIELD_IDS } from '../form/fields.js';

export interface CheckOptions {
  /** The time of the check; the newest accepted year is the year after it (UTC). */
  now: Date;
  openSuggestions: OpenSuggestion[];
  /** The issue being checked: only suggestions of earlier issues can make it a duplicate. */
  issue?: number;
  /**
   * Extra fields of the entry found by looking the paper up (`authors`, and the identifiers `arxiv`,
   * `doi`, `openreview` that the duplicate check also compares).
   */
  extra?: Record<string, unknown>;
  /** Who reads the hints: an issue's author (the default) or the CLI's user. */
  audience?: Audience;
}

type Fields = Record<string, string | string[]>;

/** Link fields in the order their links are written, with the label the list uses. */
const LINK_FIELDS = [
  { id: 'page', label: 'PAGE' },
  { id: 'pdf', label: 'PDF' },
  { id: 'code', label: 'CODE' },
] as const;

/** How each field is named inside a message. */
const NAMES: Record<string, string> = {
  title: 'title',
  abbr: 'abbreviation',
  venue: 'venue',
  year: 'year',
  notes: 'notes',
  page: 'link',
  pdf: 'link',
  code: 'link',
};

const raw = (fields: Fields, id: string): string => {
  const v = fields[id];
  return Array.isArray(v) ? v.join(', ') : (v ?? '');
};

function tooLong(field: string, value: string, max: number): Problem | undefined {
  const n = [...value].length;
  if (n <= max) return undefined;
  return {
    field,
    message: `it is ${n} characters long; at most ${max} are allowed`,
    hint: `shorten it to ${max} characters or fewer`,
  };
}

function invisibleWarning(field: string): Problem {
  return {
    field,
    message: `invisible or direction-changing characters were removed from the ${NAMES[field]}`,
    hint: 'check that the text still reads as intended',
  };
}

function checkYear(value: string, now: Date, words: CheckWording): Problem | undefined {
  if (value === '') {
    return {
      field: 'year',
      message: 'the year is missing',
      hint: words.yearMissing,
    };
  }
  if (!/^[0-9]{4}$/.test(value)) {
    return {
      field: 'year',
      message: `${quoteValue(value)} is not a year`,
      hint: words.yearWritten,
    };
  }
  const max = now.getUTCFullYear() + 1;
  const year = Number(value);
  if (year < MIN_YEAR || year > max) {
    return {
      field: 'year',
      message: `${year} is outside the years accepted (${MIN_YEAR} to ${max})`,
      hint: 'give the year the paper was published',
    };
  }
  return undefined;
}

/** The problem with a link, if any: the data file's URL rules, plus a length limit. */
function checkLink(field: string, value: string): Problem | undefined {
  const long = tooLong(field, value, LIMITS.link);
  if (long) {
    return {
      ...long,
      hint: 'use a shorter address for the same paper, such as its DOI or arXiv page',
    };
  }
  const bad = checkWebUrl(value);
  return bad ? { field, ...bad } : undefined;
}

function chooseSections(
  value: string | string[] | undefined,
  list: PaperList,
  words: CheckWording,
): { sections: string[]; problems: Problem[] } {
  const names = list.sections.map((s) => s.name);
  // GitHub joins a dropdown's choices with ", "; someone editing the issue by hand may also put
  // one name per line or use ";".
  const answers = Array.isArray(value)
    ? value
    : (value ?? '').split(/\r?\n|;/).flatMap((part) => splitSelection(part.trim(), names));
  const chosen = answers.map(cleanText).filter((v) => v !== '');
  if (chosen.length === 0) {
    return {
      sections: [],
      problems: [
        {
          field: 'sections',
          message: 'no section is chosen',
          hint: words.noSection,
        },
      ],
    };
  }
  const byKey = new Map<string, string>();
  for (const n of names) if (!byKey.has(looseKey(n))) byKey.set(looseKey(n), n);
  const found = new Set<string>();
  const problems: Problem[] = [];
  for (const c of chosen) {
    const name = byKey.get(looseKey(c));
    if (name !== undefined) found.add(name);
    else {
      problems.push({
        field: 'sections',
        message: `${quoteValue(c)} is not a section of this list`,
        hint: words.unknownSection(names),
      });
    }
  }
  return { sections: names.filter((n) => found.has(n)), problems };
}

const quoteEntry = (p: Paper): string => `"${p.title}"${p.abbr ? ` (${p.abbr})` : ''}`;

function duplicateProblem(d: DuplicateMatch, words: CheckWording): Problem {
  const why = d.on === 'title' ? '' : ` (same ${d.on})`;
  if (d.source === 'suggestion' && d.issue !== undefined) {
    return {
      field: d.field,
      message: `already suggested in #${d.issue} as ${quoteEntry(d.paper)} for ${d.sections.join(', ')}${why}`,
      hint: `if something is missing there, say so in a comment on #${d.issue}, then close this issue`,
      refs: [d.issue],
    };
  }
  return {
    field: d.field,
    message: `already in the list as ${quoteEntry(d.paper)} in ${d.sections.join(', ')}${why}`,
    hint: d.on === 'title' ? words.sameTitle : words.sameIdentifier(d.on),
  };
}

function similarWarning(d: DuplicateMatch): Problem {
  const where =
    d.source === 'suggestion' ? `suggested in #${d.issue}` : `in ${d.sections.join(', ')}`;
  return {
    field: 'title',
    message: `the title is close to ${quoteEntry(d.paper)} ${where}`,
    hint: 'if it is the same paper, it should not be added twice; if not, nothing needs to change',
    ...(d.source === 'suggestion' && d.issue !== undefined ? { refs: [d.issue] } : {}),
  };
}

/** Checks every answer of a suggestion; on success, the Paper to add and the sections to add it to. */
export function checkSuggestion(fields: Fields, list: PaperList, opts: CheckOptions): CheckResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const words = checkWording(opts.audience);
  const text = (id: string, multiline = false): string => {
    const value = raw(fields, id);
    if (hasInvisible(value)) warnings.push(invisibleWarning(id));
    return multiline ? cleanMultiline(value) : cleanText(value);
  };
  const add = (p: Problem | undefined): boolean => (p ? problems.push(p) > 0 : false);

  const title = text('title');
  if (title === '') {
    add({
      field: 'title',
      message: 'the title is missing',
      hint: words.titleMissing,
    });
  } else add(tooLong('title', title, LIMITS.title));
  const abbr = text('abbr');
  add(tooLong('abbr', abbr, LIMITS.abbr));
  const venue = text('venue');
  add(tooLong('venue', venue, LIMITS.venue));
  const year = text('year');
  add(checkYear(year, opts.now, words));
  const chosen = chooseSections(fields.sections, list, words);
  problems.push(...chosen.problems);

  const given = LINK_FIELDS.map((f) => ({ ...f, url: text(f.id) }));
  const links: PaperLink[] = [];
  for (const { id, label, url } of given) {
    if (url !== '' && !add(checkLink(id, url))) links.push({ label, url });
  }
  if (!given.some((g) => (g.id === 'page' || g.id === 'pdf') && g.url !== '')) {
    add({
      field: 'page',
      message: 'there is no link to the paper',
      hint: words.noLink,
    });
  }
  const notes = text('notes', true);
  add(tooLong('notes', notes, LIMITS.notes));

  // Key order as in the real data file: title, abbr, venue, year, links.
  const paper: Paper = {
    title,
    ...(abbr !== '' ? { abbr } : {}),
    ...(venue !== '' ? { venue } : {}),
    year,
    links,
    extra: { ...opts.extra, ...listFields(fields, text, add) },
  };

  const same = sameEntries(paper, list, opts, words);
  problems.push(...same.problems);
  warnings.push(...same.warnings);
  if (problems.length > 0) {
    const failed: FailedCheck = failure(problems, warnings);
    if (same.duplicate !== undefined) failed.duplicate = same.duplicate;
    return failed;
  }
  return success({ paper, sections: chosen.sections, ...(notes ? { notes } : {}) }, warnings);
}

/** The form's own field ids; any other answered field is one the list shows (authors, a date...). */
const FORM_IDS: ReadonlySet<string> = new Set(FORM_FIELD_IDS);

/** The answers to the list's own fields, as the entry's fields (authors as a list of names). */
function listFields(
  fields: Fields,
  text: (id: string) => string,
  add: (p: Problem | undefined) => boolean,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const id of Object.keys(fields)) {
    if (FORM_IDS.has(id)) continue;
    const value = text(id);
    if (value === '' || add(tooLong(id, value, LIMITS.title))) continue;
    const names = value.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/).filter((n) => n !== '');
    Object.defineProperty(out, id, {
      value: id === 'authors' && names.length > 1 ? names : value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/**
 * The entries of the list and of earlier open suggestions that `paper` is (problems; the first is
 * the duplicate) or is close to (warnings). A paper with neither title nor link is compared with none.
 */
function sameEntries(
  paper: Paper,
  list: PaperList,
  opts: CheckOptions,
  words: CheckWording,
): { duplicate?: DuplicateMatch; problems: Problem[]; warnings: Problem[] } {
  if (paper.title === '' && paper.links.length === 0) return { problems: [], warnings: [] };
  const index = buildDuplicateIndex(list, opts.openSuggestions, opts.issue);
  const { duplicates, similar } = findDuplicates(index, paper);
  return {
    ...(duplicates[0] !== undefined ? { duplicate: duplicates[0] } : {}),
    problems: duplicates.map((d) => duplicateProblem(d, words)),
    warnings: similar.map(similarWarning),
  };
}
