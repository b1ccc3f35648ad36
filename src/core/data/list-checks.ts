// Checks of a data file that loads but says something its author likely did not mean: the same paper
// twice in one section (same title once normalised, or a shared arXiv id, DOI, OpenReview or ACL
// Anthology id), and a field whose name is a likely typo of a known one (`venu:` for `venue:`), which
// would otherwise be kept as a field of its own and leave the venue empty. A field the settings or an
// entry's own template names is the list's own, and so is a numbered field of a kind in use (`note-2`
// beside `note`: adoption numbers a second note so). `paperlist validate` runs these checks; loading
// does not, so a list with such an entry still renders.
import { parseTemplate, templateFields } from '../render/layouts/template.js';
import { closest, editDistance } from '../settings/closest.js';
import type { Settings } from '../settings/types.js';
import { titleKey } from '../suggest/normalize.js';
import type { Problem } from '../problem.js';
import type { Paper, PaperList } from '../types.js';
import { locate, parseWithPositions, type PositionedDocument } from '../yaml/locate.js';
import type { Segment } from '../yaml/path.js';
import { describeIdentifier, extractIdentifiers, identifierKey } from './identifiers.js';
import { locateProblems } from './load.js';
import type { PathProblem } from './validate.js';

/** The fields paperlist itself reads, besides those the list's entries use. */
export const KNOWN_FIELDS = [
  'title',
  'abbr',
  'venue',
  'year',
  'links',
  'authors',
  'added',
  'shape',
  'arxiv',
  'doi',
  'openreview',
] as const;

/** 1-based line of a document path, when it can be found. */
export type LineOf = (path: readonly Segment[]) => number | undefined;

const ID_FIELDS: Record<string, (v: string) => string> = {
  arxiv: (v) => `https://arxiv.org/abs/${v}`,
  doi: (v) => `https://doi.org/${v}`,
};

/** The ways an entry is the same paper as another: its title's key, then its identifiers. */
function identities(paper: Paper): { key: string; on: string }[] {
  const out = [{ key: `title:${titleKey(paper.title)}`, on: 'same title' }];
  const urls = paper.links.map((l) => l.url);
  for (const [field, url] of Object.entries(ID_FIELDS)) {
    const v = paper.extra[field];
    if (typeof v === 'string' && v.trim() !== '') urls.push(url(v.trim()));
  }
  for (const url of urls) {
    for (const id of extractIdentifiers(url))
      out.push({ key: identifierKey(id), on: `same ${describeIdentifier(id)}` });
  }
  return out;
}

/** Every entry that repeats an earlier entry of its section, named with both lines. */
export function duplicateEntries(list: PaperList, lineOf: LineOf): PathProblem[] {
  const problems: PathProblem[] = [];
  for (const section of list.sections) {
    const seen = new Map<string, number>();
    section.papers.forEach((paper, i) => {
      const path = [section.name, 'list', i];
      const mine = identities(paper);
      const match = mine.find((m) => seen.has(m.key));
      if (match) {
        const first = seen.get(match.key) as number;
        const line = lineOf([section.name, 'list', first]);
        problems.push({
          field: path,
          at: path,
          onKey: false,
          message: `the same paper as the entry ${line !== undefined ? `at line ${line}` : `number ${first + 1}`} of this section (${match.on}): it is listed twice`,
          hint:
            match.on === 'same title'
              ? 'remove one of the two entries, keeping the values of both'
              : 'if they are two papers, the link of one is wrong: fix it; else remove one entry',
        });
      }
      for (const m of mine) if (!seen.has(m.key)) seen.set(m.key, i);
    });
  }
  return problems;
}

/** How many entries of the list use each field name. */
function fieldUse(list: PaperList): Map<string, number> {
  const use = new Map<string, number>();
  for (const section of list.sections) {
    for (const paper of section.papers) {
      for (const key of Object.keys(paper.extra)) use.set(key, (use.get(key) ?? 0) + 1);
    }
  }
  return use;
}

/** The known name `key` is a likely typo of: at most 2 edits, fewer than half its letters. */
function typoOf(key: string, candidates: readonly string[]): string | undefined {
  const near = closest(key, candidates);
  if (near === undefined || near === key) return undefined;
  const d = editDistance(key.toLowerCase(), near.toLowerCase());
  return d <= 2 && d * 2 < key.length ? near : undefined;
}

/** `note-2` → `note`: the kind of a numbered field. */
const kindOf = (key: string): string => key.replace(/-\d+$/u, '');

/** The fields the settings (columns, sort keys, layout templates) and the entries' own templates name. */
export function namedFields(list: PaperList, settings?: Settings): Set<string> {
  const named = new Set<string>();
  const templates: unknown[] = [];
  if (settings) {
    for (const c of settings.columns) named.add(c.field);
    for (const s of settings.sort) named.add(s.field);
    const layout = settings.layout;
    if (layout) templates.push(layout.item, ...Object.values(layout.sections).map((s) => s.item));
  }
  for (const section of list.sections)
    for (const p of section.papers) templates.push(p.extra.shape);
  for (const template of templates) {
    if (typeof template !== 'string') continue;
    try {
      templateFields(parseTemplate(template), named);
    } catch {
      // A template that does not parse is reported where the settings and the data are read.
    }
  }
  return named;
}

/**
 * Field names that only one entry uses and that are close to a field paperlist reads or that other
 * entries use: `venu` → `venue`. A name several entries share, or that a template, column or sort
 * key names, is the list's own field, not a typo; so is a numbered one of a kind in use.
 */
export function misspelledFields(
  list: PaperList,
  named: ReadonlySet<string> = new Set(),
): PathProblem[] {
  const use = fieldUse(list);
  const shared = [...use].filter(([, n]) => n > 1).map(([k]) => k);
  // A name only a template gives (a typo there, say) is no fix for a field the entries have.
  const candidates = [...KNOWN_FIELDS, ...shared, ...[...named].filter((k) => use.has(k))];
  const names = [...KNOWN_FIELDS, ...use.keys(), ...named];
  const numberedOfKindInUse = (key: string) =>
    kindOf(key) !== key && names.some((k) => k !== key && kindOf(k) === kindOf(key));
  const own = (key: string) =>
    (KNOWN_FIELDS as readonly string[]).includes(key) ||
    (use.get(key) ?? 0) > 1 ||
    named.has(key) ||
    numberedOfKindInUse(key);
  const problems: PathProblem[] = [];
  for (const section of list.sections) {
    section.papers.forEach((paper, i) => {
      for (const key of Object.keys(paper.extra)) {
        if (own(key)) continue;
        const near = typoOf(key, candidates);
        if (near === undefined) continue;
        const path = [section.name, 'list', i, key];
        problems.push({
          field: path,
          at: path,
          onKey: true,
          message: `"${key}" is no field that paperlist or the other entries use: did you mean "${near}"?`,
          hint: `rename it to "${near}:"; as written, it is a field of its own named "${key}"`,
        });
      }
    });
  }
  return problems;
}

/** What `validate` adds to loading: entries listed twice (problems) and likely typos (warnings). */
export function reviewList(
  text: string,
  file: string,
  list: PaperList,
  settings?: Settings,
): { problems: Problem[]; warnings: Problem[] } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let parsed: PositionedDocument | undefined;
  const positions = () => (parsed ??= parseWithPositions(source));
  const lineOf: LineOf = (path) => locate(positions(), path)?.line;
  const twice = duplicateEntries(list, lineOf);
  const typos = misspelledFields(list, namedFields(list, settings));
  return {
    problems: twice.length > 0 ? locateProblems(positions(), file, twice) : [],
    warnings: typos.length > 0 ? locateProblems(positions(), file, typos) : [],
  };
}
