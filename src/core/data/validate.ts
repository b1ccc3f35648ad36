// Checks a loaded data file value and turns it into a PaperList. Works on plain values only, so the
// fast parser's output can be checked without the slow one; problems carry paths, not lines, and
// are located in the text afterwards (see ./locate.ts).
//
// Decisions on values YAML reads as something other than text:
// - `year` may be a YAML integer (`year: 2024`), converted to "2024"; anything but four digits is
//   refused, as text ("24", "2024.0") or as a number (2024.5).
// - `title`, `abbr`, `venue` and `category` must be text: a number is refused rather than
//   converted, because YAML has already changed it (`007` -> 7, `1.50` -> 1.5) and the file would
//   not say what is shown. Quoting it fixes that.
// - An empty value (`venue:`, `PDF:`) means "not given": the field is left out, the link dropped.

import type { Paper, PaperLink, PaperList, Section } from '../types.js';
import { describeValue, isMapping, kindOf } from '../yaml/describe.js';
import type { Segment } from '../yaml/path.js';
import { templateFault } from '../settings/templates.js';
import { checkWebUrl } from './url.js';

/**
 * A problem found in the value. Paths are paths in the document (`[section, 'list', 2, 'year']`):
 * `field` is what is wrong, `at` the node to point to (the parent when a field is missing).
 */
export interface PathProblem {
  field: Segment[];
  at: Segment[];
  /** Point to the mapping key at `at` rather than its value (e.g. a section name). */
  onKey: boolean;
  message: string;
  hint: string;
}

/** The keys of the mapping at `path`, in file order (js-yaml objects put integer-like keys first). */
export type KeysOf = (map: Record<string, unknown>, path: readonly Segment[]) => string[];

const objectKeys: KeysOf = (map) => Object.keys(map);

const known = new Set(['title', 'abbr', 'venue', 'year', 'links']);
const names: Record<string, string> = { title: 'title', abbr: 'abbreviation', venue: 'venue' };
const yearPattern = /^[1-9][0-9]{3}$/u;

const hints = {
  section: 'indent "category:" and "list:" under the section name',
  category: 'write the category heading in double quotes, such as category: "1. Architecture"',
  heading: 'write the heading as shown in the README in double quotes, or leave the key out',
  list: 'add a "list:" line under the section name, followed by its papers; it may stay empty',
  listSeq: 'start each paper with "- title:" on its own line under "list:"',
  paper: 'write the paper as - title: "..." with its other fields indented under the title',
  title: 'every paper needs its full title, such as title: "Resolution Adaptive Networks"',
  text: 'put the value in double quotes so it is kept exactly as written',
  year: 'write the year the paper was published, such as "2024"',
  links:
    'write each link on its own line under "links:", such as PDF: "https://arxiv.org/pdf/1703.09844"',
  linkText: 'write the full address in double quotes, such as "https://arxiv.org/pdf/1703.09844"',
  merge: 'write the fields out in full; other YAML tools would merge them, paperlist would not',
};

/** A YAML merge key: the core schema reads it as a plain key, other YAML readers merge it. */
const MERGE_KEY = '<<';

/** Validates every section and paper, collecting all problems. The list is empty when there are any. */
export function validateData(
  value: unknown,
  keysOf: KeysOf = objectKeys,
): { list: PaperList; problems: PathProblem[] } {
  const problems: PathProblem[] = [];
  const report = (field: Segment[], at: Segment[], onKey: boolean, message: string, hint: string) =>
    problems.push({ field, at, onKey, message, hint });

  if (!isMapping(value)) {
    report(
      [],
      [],
      false,
      `the data file must be a mapping of section names to sections, not ${kindOf(value)}`,
      'start each section at the beginning of a line with its name and a colon, such as "Survey:"',
    );
    return { list: { sections: [] }, problems };
  }

  const sections: Section[] = [];
  for (const name of keysOf(value, [])) {
    const section = checkSection(name, value[name], keysOf, report);
    if (section) sections.push(section);
  }
  return { list: { sections: problems.length ? [] : sections }, problems };
}

type Report = (
  field: Segment[],
  at: Segment[],
  onKey: boolean,
  message: string,
  hint: string,
) => void;

function checkSection(
  name: string,
  value: unknown,
  keysOf: KeysOf,
  report: Report,
): Section | undefined {
  if (name.trim() === '') {
    report(
      [],
      [name],
      true,
      'a section name is empty',
      "write the section's name before the colon",
    );
  }
  if (!isMapping(value)) {
    const what =
      value === null
        ? 'the section is empty'
        : `the section must be a mapping with "category" and "list", not ${describeKind(value)}`;
    report([name], [name], true, what, hints.section);
    return undefined;
  }

  if (Object.hasOwn(value, MERGE_KEY)) {
    report(
      [name, MERGE_KEY],
      [name, MERGE_KEY],
      true,
      'a merge key "<<" is not allowed',
      hints.merge,
    );
  }
  const category = value.category;
  checkCategory(name, category, report);
  const papers = checkPapers(name, value.list, keysOf, report);
  const section: Section = { name, category: typeof category === 'string' ? category : '', papers };
  const heading = value.heading;
  if (typeof heading === 'string' && heading.trim() !== '') section.heading = heading;
  else if (heading !== undefined && heading !== null) {
    const what =
      typeof heading === 'string'
        ? 'the heading is empty'
        : `the heading must be text, not ${describeKind(heading)}`;
    report([name, 'heading'], [name, 'heading'], false, what, hints.heading);
  }
  return section;
}

function checkCategory(name: string, category: unknown, report: Report): void {
  if (category === undefined || category === null) {
    report([name, 'category'], [name], true, 'the category is missing', hints.category);
  } else if (typeof category !== 'string') {
    const what = `the category must be text, not ${describeKind(category)}`;
    report([name, 'category'], [name, 'category'], false, what, hints.category);
  } else if (category.trim() === '') {
    report([name, 'category'], [name, 'category'], false, 'the category is empty', hints.category);
  }
}

/** The section's `list`: each paper checked; those that pass, in order. */
function checkPapers(name: string, list: unknown, keysOf: KeysOf, report: Report): Paper[] {
  const papers: Paper[] = [];
  if (list === undefined) {
    report([name, 'list'], [name], true, 'the list of papers is missing', hints.list);
  } else if (list !== null && !Array.isArray(list)) {
    const what = `the list must be a sequence of papers, not ${kindOf(list)}`;
    report([name, 'list'], [name, 'list'], false, what, hints.listSeq);
  } else if (Array.isArray(list)) {
    list.forEach((item: unknown, i) => {
      const paper = checkPaper([name, 'list', i], item, keysOf, report);
      if (paper) papers.push(paper);
    });
  }
  return papers;
}

function checkPaper(
  path: Segment[],
  value: unknown,
  keysOf: KeysOf,
  report: Report,
): Paper | undefined {
  if (!isMapping(value)) {
    const what =
      value === null
        ? 'the paper is empty'
        : `a paper must be a mapping of fields, not ${kindOf(value)}`;
    report(path, path, false, what, hints.paper);
    return undefined;
  }
  const paper: Paper = { title: '', links: [], extra: {} };
  if (Object.hasOwn(value, MERGE_KEY)) {
    report(
      [...path, MERGE_KEY],
      [...path, MERGE_KEY],
      true,
      'a merge key "<<" is not allowed',
      hints.merge,
    );
  }

  const title = value.title;
  if (title === undefined || title === null) {
    report([...path, 'title'], path, false, 'the title is missing', hints.title);
  } else if (typeof title === 'string' && title.trim() === '') {
    report([...path, 'title'], [...path, 'title'], false, 'the title is empty', hints.title);
  } else {
    paper.title = checkText(path, 'title', title, report) ?? '';
  }

  const abbr = checkText(path, 'abbr', value.abbr, report);
  if (abbr !== undefined) paper.abbr = abbr;
  const venue = checkText(path, 'venue', value.venue, report);
  if (venue !== undefined) paper.venue = venue;
  const year = checkYear(path, value.year, report);
  if (year !== undefined) paper.year = year;
  paper.links = checkLinks(path, value.links, keysOf, report);
  const shape = typeof value.shape === 'string' ? templateFault(value.shape) : undefined;
  if (shape) report([...path, 'shape'], [...path, 'shape'], false, shape.message, shape.hint);
  for (const key of Object.keys(value))
    if (!known.has(key)) keepField(paper.extra, key, value[key]);
  return paper;
}

/** Defines the field as an own data property, so that "__proto__" stays a plain field. */
function keepField(extra: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(extra, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** A text field: absent when empty (null), an error when YAML read it as a number or other kind. */
function checkText(path: Segment[], key: string, value: unknown, report: Report) {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  const what = `the ${names[key] ?? key} must be text, not ${describeKind(value)}`;
  report([...path, key], [...path, key], false, what, hints.text);
  return undefined;
}

/** `the number 12`, `the value true`, `a mapping`: names the wrong value without quoting it as text. */
function describeKind(value: unknown): string {
  if (typeof value === 'number') return `the number ${String(value)}`;
  if (typeof value === 'boolean') return `the value ${String(value)}`;
  return kindOf(value);
}

/** Years are kept as strings; a YAML integer such as 2024 is accepted and converted. */
function checkYear(path: Segment[], value: unknown, report: Report): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && yearPattern.test(value)) return value;
  if (typeof value === 'number' && Number.isInteger(value) && yearPattern.test(String(value))) {
    return String(value);
  }
  const field = [...path, 'year'];
  report(field, field, false, `${describeValue(value)} is not a 4-digit year`, hints.year);
  return undefined;
}

/** The paper's links; `paper` is the paper's path (paths are built only for problems). */
function checkLinks(paper: Segment[], value: unknown, keysOf: KeysOf, report: Report): PaperLink[] {
  if (value === undefined || value === null) return [];
  if (!isMapping(value)) {
    const what = `links must be a mapping of label to URL, not ${kindOf(value)}`;
    report([...paper, 'links'], [...paper, 'links'], false, what, hints.links);
    return [];
  }
  const links: PaperLink[] = [];
  for (const label of keysOf(value, [...paper, 'links'])) {
    const url = value[label];
    // The real list's generator drops a link left empty, so an empty one is not an error.
    const bad = label.trim() === '' || typeof url !== 'string' || checkWebUrl(url) !== undefined;
    if (!bad) links.push({ label, url });
    else if (label.trim() === '' || (url !== null && url !== undefined))
      reportLink(paper, label, url, report);
  }
  return links;
}

/** What is wrong with one link: its label, or its URL. */
function reportLink(paper: Segment[], label: string, url: unknown, report: Report): void {
  const at = [...paper, 'links', label];
  if (label.trim() === '') {
    const hint = 'write the label before the colon, such as PDF';
    report([...paper, 'links'], at, true, 'a link has an empty label', hint);
  }
  if (url === null || url === undefined) return;
  if (typeof url !== 'string') {
    report(at, at, false, `the URL must be text, not ${describeKind(url)}`, hints.linkText);
    return;
  }
  const bad = checkWebUrl(url);
  if (bad) report(at, at, false, bad.message, bad.hint);
}
