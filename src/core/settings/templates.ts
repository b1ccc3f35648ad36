// Checks of entry templates (the layout's `item`, a section's own `item`, an entry's `shape`) when the
// settings and the data are read, so that a template that cannot be filled is a problem with its
// file, line and fix, never an error in the middle of a render; and a field a template names that no
// entry of its sections has (`{{titel}}`) is caught with a likely fix, not rendered as nothing.
import type { Problem } from '../problem.js';
import { parseTemplate, TemplateError, type TemplateNode } from '../render/layouts/template.js';
import type { Paper, PaperList, Section } from '../types.js';
import { locate, parseWithPositions, type PositionedDocument } from '../yaml/locate.js';
import type { Segment } from '../yaml/path.js';
import { closest } from './closest.js';
import type { Settings } from './types.js';

/** What is wrong with a template, and how to fix it. */
export interface TemplateFault {
  message: string;
  hint: string;
}

/** Tags of other template languages (Handlebars, Mustache partials), which these templates lack. */
const HELPER = /\{\{\s*(?:[#^/]\s*(?:each|if|unless|with)\b|else\b|[>!&])[^}]*\}*/u;

const SYNTAX =
  'write {{field}} for a value, {{#field}}…{{/field}} for a part shown only when the field is given, and {{#links}}…{{/links}} for each link';

/** The hint for a TemplateError's message: what to write instead. */
function hintFor(reason: string): string {
  if (reason.endsWith('has no closing braces'))
    return 'close the tag with "}}"; to write "{{" as text, write {{"{{"}}';
  if (reason.endsWith('closes nothing that is open'))
    return 'a {{/name}} closes the {{#name}} or {{^name}} opened before it: make the two names the same';
  if (reason.endsWith('is not closed')) return 'add {{/name}} where the optional part ends';
  if (reason.endsWith('is not a quoted string'))
    return 'write literal text as a JSON string in double quotes, such as {{"{{"}}';
  return SYNTAX;
}

/** The fault of a template that cannot be filled, else undefined. */
export function templateFault(source: string): TemplateFault | undefined {
  const helper = HELPER.exec(source)?.[0];
  if (helper !== undefined) {
    return {
      message: `the template does not parse: "${helper}" is no tag of paperlist's templates, which have no helpers`,
      hint: SYNTAX,
    };
  }
  try {
    const nodes = parseTemplate(source);
    // `{{title} ({{year}}`: a tag left open runs into the next one, which then closes both.
    const runOn = [...namesIn(nodes, false, new Set())].find((n) => /[{}]/u.test(n));
    if (runOn === undefined) return undefined;
    return {
      message: `the template does not parse: "{{${runOn}}}" holds a brace, so a tag is left open before it`,
      hint: hintFor('has no closing braces'),
    };
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    return {
      message: `the template does not parse: ${error.message}`,
      hint: hintFor(error.message),
    };
  }
}

/** A part shown when the entry has a link for a label ({{#link:code}}): it names a link, not a field. */
const LINK_CONDITION = /^(?:link|repo):/u;

/** The names of paper fields a template reads; `label` and `url` inside {{#links}} are the link's. */
function namesIn(nodes: readonly TemplateNode[], inLinks: boolean, out: Set<string>): Set<string> {
  for (const node of nodes) {
    if (node.t === 'field' || node.t === 'if') {
      if (!(inLinks && (node.name === 'label' || node.name === 'url'))) out.add(node.name);
    }
    if (node.t === 'if') namesIn(node.body, inLinks, out);
    if (node.t === 'links') namesIn(node.body, true, out);
  }
  return out;
}

/** The fields a template names as optional parts ({{#name}}...{{/name}}): written only when present. */
function optionalNamesIn(nodes: readonly TemplateNode[], out: Set<string>): Set<string> {
  for (const node of nodes) {
    if (node.t === 'if') out.add(node.name);
    if (node.t === 'if' || node.t === 'links') optionalNamesIn(node.body, out);
  }
  return out;
}

/** `note-4` and `note-2` are numbered fields of one kind (the importer names them so), not a typo. */
const sameKind = (a: string, b: string): boolean =>
  a.replace(/-\d+$/u, '') === b.replace(/-\d+$/u, '');

/** Fields every entry may have, whatever the list: an optional part may name them before any does. */
const CORE = new Set(['title', 'abbr', 'venue', 'year', 'links']);

/** The files the templates are written in: their names, and their texts to find lines in. */
export interface TemplateFiles {
  config: string;
  data: string;
  configText?: string | undefined;
  dataText?: string | undefined;
}

/** The line and column of a template in its file's text (parsed once per file, only for a problem). */
function lineOf(
  use: Use,
  positions: Map<string, PositionedDocument>,
): { line?: number; column?: number } {
  if (use.text === undefined) return {};
  let parsed = positions.get(use.file);
  if (!parsed) positions.set(use.file, (parsed = parseWithPositions(use.text)));
  const where = locate(parsed, use.path);
  return where ? { line: where.line, column: where.column } : {};
}

/** One template, where it is written, and the entries it is filled with. */
interface Use {
  source: string;
  file: string;
  field: string;
  /** The template's path in its file, to find its line. */
  path: Segment[];
  /** The text of its file, when known. */
  text?: string | undefined;
  papers: readonly Paper[];
}

/** The templates of the settings and the data, each with the entries it is filled with. */
function uses(settings: Settings, list: PaperList, files: TemplateFiles): Use[] {
  // Without a layout of their own, the list's tables are the built-in ones, made from its columns
  // (a column no entry has yet shows its missing text): only the entries' own templates are checked.
  const layout = settings.layout;
  const out: Use[] = [];
  const byItem = new Map<string, Use>();
  for (const section of list.sections) {
    if (layout) itemUse(layout, section, files, byItem);
    section.papers.forEach((paper, i) => {
      const shape = paper.extra.shape;
      if (typeof shape === 'string') {
        out.push({
          source: shape,
          file: files.data,
          text: files.dataText,
          field: `${section.name}[${i}].shape`,
          path: [section.name, 'list', i, 'shape'],
          papers: section.papers,
        });
      }
    });
  }
  return [...byItem.values(), ...out];
}

/** The use of the layout's template for `section` (its own, or the layout's), gathered by template. */
function itemUse(
  layout: NonNullable<Settings['layout']>,
  section: Section,
  files: TemplateFiles,
  byItem: Map<string, Use>,
): void {
  const own = layout.sections[section.name]?.item;
  const field = own !== undefined ? `layout.sections.${section.name}.item` : 'layout.item';
  const source = own ?? layout.item;
  const path =
    own !== undefined ? ['layout', 'sections', section.name, 'item'] : ['layout', 'item'];
  const file = { file: files.config, text: files.configText };
  const use = byItem.get(field) ?? { source, ...file, field, path, papers: [] };
  if (!byItem.has(field)) byItem.set(field, use);
  use.papers = [...use.papers, ...section.papers];
}

/**
 * Fields the templates name that no entry they are filled with has: a problem when the name is
 * close to a field those entries have (`titel` for `title`), a warning otherwise (a field the list
 * has not used yet, such as `authors` before the first paper with authors).
 */
export function templateFieldProblems(
  settings: Settings,
  list: PaperList,
  files: TemplateFiles,
): { problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const reported = new Set<string>();
  const positions = new Map<string, PositionedDocument>();
  for (const use of uses(settings, list, files)) {
    if (templateFault(use.source) !== undefined) continue; // reported where it was read
    const present = new Set(CORE);
    for (const paper of use.papers) for (const key of Object.keys(paper.extra)) present.add(key);
    const nodes = parseTemplate(use.source);
    // An optional part is for a field some entries lack: that none has it now (after a deletion, say)
    // does not stop the list; a likely typo there is still said, as a warning.
    const optional = optionalNamesIn(nodes, new Set());
    for (const name of namesIn(nodes, false, new Set())) {
      if (LINK_CONDITION.test(name)) continue;
      if (present.has(name) || reported.has(`${use.field}:${name}`)) continue;
      reported.add(`${use.field}:${name}`);
      const guess = closest(
        name,
        [...present].filter((p) => p !== 'shape'),
      );
      const where = { file: use.file, field: use.field, ...lineOf(use, positions) };
      if (guess !== undefined && !sameKind(name, guess) && !optional.has(name)) {
        problems.push({
          ...where,
          message: `"${name}": no entry the template is filled with has this field; did you mean "${guess}"?`,
          hint: `write {{${guess}}} in the template, or give the entries a "${name}" field`,
        });
      } else {
        warnings.push({
          ...where,
          message: `"${name}": no entry the template is filled with has this field, so it shows nothing yet${guess === undefined ? '' : `; did you mean "${guess}"?`}`,
          hint: 'check the spelling, or give an entry that field',
        });
      }
    }
  }
  return { problems, warnings };
}
