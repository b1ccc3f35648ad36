// README -> PaperList: `## X` headings are categories, `### Y` headings are sections, and the table
// under a section holds its papers. Every row that cannot be read is reported with its line; the
// rest is still imported, so a list can be moved to a data file in one step and fixed by hand.
// What was imported is then checked as `validate` checks a data file (./check.ts), so a value the
// data file refuses is reported at its README cell rather than printed silently.
import type { Heading, Root, RootContent, Table } from 'mdast';
import type { Problem } from '../problem.js';
import type { MarkerPair } from '../settings/types.js';
import type { PaperList, Section } from '../types.js';
import { checkImported, type ImportOrigins } from './check.js';
import { mapColumns } from './columns.js';
import { parseReadme } from './parse.js';
import { at } from './materials.js';
import { readRow } from './row.js';
import { inlineText } from './text.js';
import { DEFAULT_MAIN_MARKERS, zoneNodes } from './zone.js';

export interface ImportOptions {
  /** The main zone's markers; only text between them is read when they are present. */
  markers?: MarkerPair;
  /** The README already parsed (by `parseReadme`, which holds it to the bounds), so a caller reading it twice parses it once. */
  tree?: Root;
}

export function importReadme(
  markdown: string,
  file: string,
  options: ImportOptions = {},
): { list: PaperList; problems: Problem[] } {
  // The parser's cost grows with nesting and emphasis: bound the text before it runs.
  const parsed = options.tree ? { tree: options.tree } : parseReadme(markdown, file);
  if (parsed.refused) return { list: { sections: [] }, problems: [parsed.refused] };
  const tree = parsed.tree!;
  const zone = zoneNodes(tree.children, options.markers ?? DEFAULT_MAIN_MARKERS, file);
  const problems: Problem[] = [...zone.problems];
  const sections: Section[] = [];
  const origins: ImportOrigins = { rows: [], headings: new Map() };
  let category: string | undefined;
  let section: Section | undefined;

  for (const node of zone.nodes) {
    if (node.type === 'heading' && node.depth === 2) {
      category = headingText(node, markdown);
      section = undefined;
    } else if (node.type === 'heading' && node.depth === 3) {
      const name = headingText(node, markdown);
      section = openSection(name, category, node, sections, file, problems);
      const start = node.position?.start;
      if (start && !origins.headings.has(name)) {
        origins.headings.set(name, { line: start.line, column: start.column });
      }
    } else if (node.type === 'table') {
      if (section) readTable(node, section, markdown, file, problems, origins);
      else problems.push(orphanTable(node, file));
    }
  }
  if (sections.length === 0) {
    problems.push({
      file,
      message: 'no "### Section" heading was found, so there is nothing to import',
      hint: 'write each section as a "### Section" heading followed by its table',
    });
  }
  const list = { sections };
  // What is printed must be a data file `validate` accepts; say what it would refuse, and where.
  if (sections.length > 0) problems.push(...checkImported(list, origins, file, problems));
  return { list, problems };
}

function headingText(node: Heading, source: string): string {
  return inlineText(node.children, source).text.trim();
}

/** Starts a section, or continues the earlier one of the same name (a data file key is unique). */
function openSection(
  name: string,
  category: string | undefined,
  node: RootContent,
  sections: Section[],
  file: string,
  problems: Problem[],
): Section {
  if (name === '') {
    problems.push({
      ...at(node, file),
      message: 'a "###" section heading has no text',
      hint: 'write the section name after "### "',
    });
  }
  if (category === undefined) {
    problems.push({
      ...at(node, file),
      field: `${name}.category`,
      message: `section "${name}" is not under a "## Category" heading`,
      hint: 'add a "## Category" heading above it',
    });
  } else if (category === '') {
    problems.push({
      ...at(node, file),
      field: `${name}.category`,
      message: `section "${name}" is under a "##" category heading that has no text`,
      hint: 'write the category name after "## "',
    });
  }
  const earlier = sections.find((s) => s.name === name);
  if (earlier) {
    problems.push({
      ...at(node, file),
      field: name,
      message:
        earlier.category === (category ?? '')
          ? `section "${name}" appears twice; its rows were added to the first one`
          : `section "${name}" appears twice (under "${earlier.category}" and "${category ?? ''}"); its rows were added to the first one`,
      hint: 'give each "### Section" heading a different name',
    });
    return earlier;
  }
  const section: Section = { name, category: category ?? '', papers: [] };
  sections.push(section);
  return section;
}

function readTable(
  table: Table,
  section: Section,
  source: string,
  file: string,
  problems: Problem[],
  origins: ImportOrigins,
): void {
  const [head, ...body] = table.children;
  if (!head) return;
  const headers = head.children.map((cell) => inlineText(cell.children, source).text);
  const map = mapColumns(headers, {
    file,
    line: head.position?.start.line ?? 0,
    columns: head.children.map((cell) => cell.position?.start.column ?? 0),
  });
  problems.push(...map.problems);
  if (!map.columns.some((c) => c.kind === 'known' && c.field === 'title')) {
    problems.push({
      ...at(table, file),
      field: section.name,
      message: `table has no Title column; its ${rows(body.length)} not imported`,
      hint: 'name the column with the paper titles "Title"',
    });
    return;
  }
  for (const row of body) {
    // The index a row has (or would have had) in the data file, so paths match `validate`'s.
    const read = readRow(row, map.columns, {
      file,
      source,
      section: section.name,
      index: section.papers.length,
    });
    problems.push(...read.problems);
    if (read.paper) section.papers.push(read.paper);
    if (read.paper && read.origin) origins.rows.push(read.origin);
  }
}

function orphanTable(table: Table, file: string): Problem {
  return {
    ...at(table, file),
    message: `table is not under a "### Section" heading; its ${rows(table.children.length - 1)} not imported`,
    hint: 'add a "### Section" heading above the table',
  };
}

/** `1 row was` / `3 rows were`, for "its ... not imported". */
function rows(n: number): string {
  return n === 1 ? '1 row was' : `${n} rows were`;
}
