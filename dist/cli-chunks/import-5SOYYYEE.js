import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);
import {
  importLayout,
  inlineText,
  isAutolink,
  mapHeader,
  parseReadme,
  serializeData,
  startOf,
  toLf
} from "./chunk-R42GVFSW.js";
import {
  SHAPE_FIELD
} from "./chunk-YKV26BK6.js";
import "./chunk-NIAEFTN3.js";
import "./chunk-BVLRBHM7.js";
import {
  defineCommand,
  loadData,
  readTextFile
} from "./chunk-4EUIXRT4.js";
import {
  EXIT_INPUT,
  EXIT_OK,
  UsageError,
  failWithProblems,
  reportProblems
} from "./chunk-TXPXFCIC.js";
import "./chunk-XQCVUMMA.js";

// src/cli/commands/import.ts
import { resolve } from "node:path";

// src/core/import/layouts/cell-checks.ts
function checkCells(read, tree, source, file, markers) {
  const tables = tree.children.filter(
    (n) => n.type === "table" && startOf(n) >= read.zone.start && startOf(n) < read.zone.end
  );
  const list = withoutJoiners(read.list);
  const unread = unreadRows(tables, read.texts);
  const problems = [
    ...loneMarker(source, markers, file),
    // A row's own problem says more than the line's "not read as a paper".
    ...read.problems.filter((p) => p.field !== void 0 || !unread.some((u) => u.line === p.line)).map((p) => atCell(p, tables, list)),
    ...unread,
    ...tables.flatMap((t) => surplusCells(t, file))
  ].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { list, problems };
}
var JOINER = /\u2060/g;
function withoutJoiners(list) {
  const clean = (text) => text.replace(JOINER, "");
  const paper = (p) => {
    const out = { ...p, title: clean(p.title) };
    for (const key of ["abbr", "venue", "year"]) {
      const value = p[key];
      if (value !== void 0) out[key] = clean(value);
    }
    const extra = {};
    for (const [key, value] of Object.entries(p.extra)) {
      Object.defineProperty(extra, key, {
        value: key === SHAPE_FIELD || typeof value !== "string" ? value : clean(value),
        enumerable: true,
        writable: true,
        configurable: true
      });
    }
    out.extra = extra;
    return out;
  };
  return { sections: list.sections.map((s) => ({ ...s, papers: s.papers.map(paper) })) };
}
function atCell(problem, tables, list) {
  if (problem.line === void 0 || problem.column !== void 0 || !problem.field) return problem;
  const found = rowAt(tables, problem.line);
  const field = fieldOf(problem.field, list);
  if (!found || !field) return problem;
  const { table, row } = found;
  const [name, label] = field.rest.split(/\.(.*)/s);
  const headers = (table.children[0]?.children ?? []).map((c) => textOf(c));
  const index = mapHeader(headers).findIndex((r) => r.field === name);
  const cell = row.children[index];
  if (index === -1 || !cell) return problem;
  let node = cell.children[0] ?? cell;
  if (name === "links" && label !== void 0) {
    const url = field.paper.links.find((l) => l.label === label)?.url;
    const link = findLink(cell, url);
    if (link) node = link;
  }
  const start = node.position?.start;
  return start ? { ...problem, line: start.line, column: start.column } : problem;
}
function rowAt(tables, line) {
  for (const table of tables) {
    const row = table.children.find((r, i) => i > 0 && r.position?.start.line === line);
    if (row) return { table, row };
  }
  return void 0;
}
function fieldOf(field, list) {
  for (const section of list.sections) {
    for (const [i, paper] of section.papers.entries()) {
      const key = `${section.name}[${i}].`;
      if (field.startsWith(key)) return { paper, rest: field.slice(key.length) };
    }
  }
  return void 0;
}
function findLink(node, url) {
  if (node.type === "link" && node.url === url) return node;
  for (const child of node.children ?? []) {
    const found = findLink(child, url);
    if (found) return found;
  }
  return void 0;
}
function textOf(node) {
  return node.value ?? (node.children ?? []).map(textOf).join("");
}
function unreadRows(tables, texts) {
  const kept = new Map(texts.map((t) => [t.line, t]));
  return tables.flatMap((table) => {
    const [head, ...rows2] = table.children;
    const roles = mapHeader((head?.children ?? []).map((c) => textOf(c)));
    const title = roles.findIndex((r) => r.role === "title");
    if (title === -1) return [];
    return rows2.flatMap((row) => {
      const text = kept.get(row.position?.start.line);
      if (!text) return [];
      const cell = row.children[title];
      if (cell && textOf(cell).trim() !== "") return [text];
      return [
        {
          ...text,
          message: "row has no title; it is kept as written, not as a paper",
          hint: "fill in the Title cell"
        }
      ];
    });
  });
}
function surplusCells(table, file) {
  const [head, ...rows2] = table.children;
  const count = head?.children.length ?? 0;
  return rows2.flatMap((row) => {
    const start = row.position?.start;
    if (row.children.length <= count || !start) return [];
    const surplus = row.children.length - count;
    return [
      {
        file,
        line: start.line,
        column: start.column,
        message: `row has ${row.children.length} cells but the header has ${count}; its last ${surplus === 1 ? "cell is" : `${surplus} cells are`} kept as written, not as a field`,
        hint: 'give the row one cell per column, and write a "|" inside a cell as "\\|"'
      }
    ];
  });
}
function loneMarker(source, markers, file) {
  const lineOf = (marker) => {
    const lines = source.split("\n");
    const i = lines.findIndex((l) => l.trim() === marker);
    return i === -1 ? void 0 : { line: i + 1, column: lines[i].indexOf(marker) + 1 };
  };
  const start = lineOf(markers.start);
  const end = lineOf(markers.end);
  if (start === void 0 === (end === void 0)) {
    if (!start || !end || start.line < end.line) return [];
  }
  const [present, missing, at2] = start && !end ? [markers.start, markers.end, start] : end && !start ? [markers.end, markers.start, end] : [markers.end, markers.start, end];
  const message = start && end ? `marker "${markers.end}" comes before "${markers.start}"; the list was found without them` : `marker "${present}" has no matching "${missing}"; the list was found without it`;
  return [
    {
      file,
      ...at2,
      message,
      hint: "put the start marker above the list and the end marker below it"
    }
  ];
}

// src/core/import/check.ts
function checkImported(list, origins, file, reported) {
  const loaded = loadData(serializeData(list), file);
  if (loaded.ok) return [];
  const { problems } = loaded;
  const seen = new Set(reported.map((p) => p.field ?? ""));
  const rows2 = new Map(origins.rows.map((o) => [`${o.section}[${o.index}]`, o]));
  const out = [];
  for (const problem of problems) {
    if (seen.has(problem.field ?? "")) continue;
    const place = problem.field === void 0 ? void 0 : locate(problem.field, rows2, origins);
    out.push({
      file,
      ...place ?? {},
      ...problem.field !== void 0 ? { field: problem.field } : {},
      message: problem.message,
      ...problem.hint !== void 0 ? { hint: problem.hint } : {}
    });
  }
  return out;
}
function locate(field, rows2, origins) {
  let origin;
  let rest = "";
  for (const match of field.matchAll(/\[\d+\]/g)) {
    const end = match.index + match[0].length;
    const next = field[end];
    const found = rows2.get(field.slice(0, end));
    if (found && (next === void 0 || next === ".")) {
      origin = found;
      rest = field.slice(end + 1);
    }
  }
  if (origin) {
    if (rest.startsWith("links.")) {
      return origin.links.get(rest.slice("links.".length)) ?? origin.cells.get("links") ?? origin.row;
    }
    return (rest === "" ? void 0 : origin.cells.get(rest)) ?? origin.row;
  }
  for (let end = field.length; end > 0; end = field.lastIndexOf(".", end - 1)) {
    const heading = origins.headings.get(field.slice(0, end));
    if (heading) return heading;
  }
  return void 0;
}

// src/core/import/columns.ts
var HEADERS = /* @__PURE__ */ new Map([
  ["title", "title"],
  ["abbreviation", "abbr"],
  ["abbr", "abbr"],
  ["venue", "venue"],
  ["year", "year"],
  ["materials", "links"],
  ["links", "links"],
  ["resources", "links"]
]);
function mapColumns(headers, where2) {
  const seen = /* @__PURE__ */ new Map();
  const problems = [];
  const columns = headers.map((header, i) => {
    const name = header.trim().toLowerCase();
    const known = HEADERS.get(name) ?? HEADERS.get(extraKey(name));
    const key = known ?? extraKey(name);
    if (key === "") {
      problems.push({
        file: where2.file,
        line: where2.line,
        column: where2.columns[i],
        message: `column ${i + 1} has no header; it was not imported`,
        hint: 'give the column a header such as "Authors" to keep it'
      });
      return { kind: "skip" };
    }
    const first = seen.get(key);
    if (first !== void 0) {
      problems.push({
        file: where2.file,
        line: where2.line,
        column: where2.columns[i],
        message: `column ${i + 1} "${header.trim()}" repeats column ${first + 1}; it was not imported`,
        hint: "keep one column per field"
      });
      return { kind: "skip" };
    }
    seen.set(key, i);
    return known ? { kind: "known", field: known } : { kind: "extra", key };
  });
  return { columns, problems };
}
function extraKey(name) {
  return name.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");
}

// src/core/import/materials.ts
function readMaterials(nodes, ctx) {
  const links = [];
  const where2 = [];
  const problems = [];
  const report = (node, message, hint) => problems.push({ ...at(node, ctx.file), field: ctx.field, message, hint });
  for (const node of nodes) {
    if (node.type === "text") {
      const rest = node.value.replace(/^[[\]\s]+|[[\]\s]+$/g, "");
      if (rest !== "") {
        report(
          node,
          `"${rest}" is not a link and was not imported`,
          "write each material as [[LABEL](https://...)]"
        );
      }
      continue;
    }
    if (node.type !== "link") {
      const what = node.type === "html" ? `HTML ${JSON.stringify(node.value)}` : node.type;
      report(
        node,
        `${what} is not a link and was not imported`,
        "write each material as [[LABEL](https://...)]"
      );
      continue;
    }
    const read = inlineText(node.children, ctx.source);
    const label = read.text.trim();
    if (isAutolink(node, ctx.source) || label === "") {
      report(
        node,
        `link ${JSON.stringify(node.url)} has no label and was not imported`,
        `write it as [[PDF](${node.url})] with the label you want shown`
      );
      continue;
    }
    const twin = links.find((l) => l.label === label);
    if (twin) {
      report(
        node,
        `a second "${label}" link ${JSON.stringify(node.url)} was not imported`,
        "use each label once per paper; give this link its own label, such as CODE or SLIDES"
      );
      continue;
    }
    links.push({ label, url: node.url });
    const start = node.position?.start;
    where2.push(start ? { line: start.line, column: start.column } : void 0);
  }
  return { links, where: where2, problems };
}
function at(node, file) {
  const start = node.position?.start;
  return start ? { file, line: start.line, column: start.column } : { file };
}

// src/core/import/row.ts
function readRow(row, columns, ctx) {
  const path = `${ctx.section}[${ctx.index}]`;
  const cells = row.children;
  if (cells.length > columns.length) {
    return {
      problems: [
        {
          ...at(row, ctx.file),
          field: path,
          message: `row has ${cells.length} cells but the header has ${columns.length}; it was not imported`,
          hint: 'give the row one cell per column, and write a "|" inside a cell as "\\|"'
        }
      ]
    };
  }
  const problems = [];
  const paper = { title: "", links: [], extra: {} };
  const origin = {
    section: ctx.section,
    index: ctx.index,
    ...row.position ? { row: where(row.position) } : {},
    cells: /* @__PURE__ */ new Map(),
    links: /* @__PURE__ */ new Map()
  };
  const target = { paper, origin, problems, path, ctx };
  columns.forEach((column, i) => {
    if (column.kind !== "skip") readColumn(target, column, cells[i]);
  });
  if (paper.title === "") {
    return {
      problems: [
        ...problems,
        {
          ...at(row, ctx.file),
          field: `${path}.title`,
          message: "row has no title; it was not imported",
          hint: "fill in the Title cell"
        }
      ]
    };
  }
  return { paper, origin, problems };
}
function readColumn(target, column, cell) {
  const { paper, origin, problems, ctx } = target;
  const nodes = cell?.children ?? [];
  const field = column.kind === "known" ? column.field : column.key;
  const cellPath = `${target.path}.${field}`;
  const start = nodes[0]?.position ?? cell?.position;
  const cellAt = start ? where(start) : void 0;
  if (cellAt) origin.cells.set(field, cellAt);
  if (column.kind === "known" && column.field === "links") {
    const read2 = readMaterials(nodes, {
      file: ctx.file,
      field: cellPath,
      source: ctx.source
    });
    paper.links = read2.links;
    read2.links.forEach((link, n) => {
      const place = read2.where[n];
      if (place) origin.links.set(link.label, place);
    });
    problems.push(
      ...read2.problems.map((p) => p.line === void 0 && cellAt ? { ...p, ...cellAt } : p)
    );
    return;
  }
  const read = inlineText(nodes, ctx.source);
  for (const link of read.links) {
    problems.push({
      ...at(link, ctx.file),
      field: cellPath,
      message: `the link's URL ${JSON.stringify(link.type === "link" ? link.url : "")} was not imported, only its text`,
      hint: "put links in the Materials column as [[LABEL](https://...)]"
    });
  }
  for (const bad of read.unreadable) {
    problems.push({
      ...at(bad.node, ctx.file),
      field: cellPath,
      message: `${bad.what} was not imported`,
      hint: "write the cell as plain text"
    });
  }
  const text = read.text.trim();
  if (column.kind === "extra") {
    if (text !== "") {
      Object.defineProperty(paper.extra, column.key, {
        value: text,
        enumerable: true,
        writable: true,
        configurable: true
      });
    }
    return;
  }
  if (column.field !== "links") setField(paper, column.field, text);
}
function where(position) {
  return { line: position.start.line, column: position.start.column };
}
function setField(paper, field, text) {
  if (field === "title") paper.title = text;
  else if (text === "" || field === "abbr" && text.toUpperCase() === "N/A") return;
  else paper[field] = text;
}

// src/core/import/zone.ts
var DEFAULT_MAIN_MARKERS = {
  start: "<!-- main-start -->",
  end: "<!-- main-end -->"
};
function zoneNodes(nodes, markers, file) {
  const start = nodes.findIndex((n) => isMarker(n, markers.start));
  const end = nodes.findIndex((n) => isMarker(n, markers.end));
  if (start === -1 && end === -1) return { nodes, problems: [] };
  if (start !== -1 && end !== -1 && start < end) {
    return { nodes: nodes.slice(start + 1, end), problems: [] };
  }
  const from = start === -1 ? 0 : start + 1;
  const to = end === -1 || end < start ? nodes.length : end;
  const present = start === -1 ? markers.end : markers.start;
  const missing = start === -1 ? markers.start : markers.end;
  const node = nodes[start === -1 ? end : start];
  const problem = {
    file,
    ...node?.position ? { line: node.position.start.line, column: node.position.start.column } : {},
    message: start !== -1 && end !== -1 ? `marker "${markers.end}" comes before "${markers.start}"; read from the start marker to the end` : `marker "${present}" has no matching "${missing}"; read ${start === -1 ? "up to" : "from"} it`,
    hint: "put the start marker above the tables and the end marker below them"
  };
  return { nodes: nodes.slice(from, to), problems: [problem] };
}
function isMarker(node, marker) {
  return node.type === "html" && node.value.trim() === marker;
}

// src/core/import/readme.ts
function importReadme(markdown, file, options = {}) {
  const parsed = options.tree ? { tree: options.tree } : parseReadme(markdown, file);
  if (parsed.refused) return { list: { sections: [] }, problems: [parsed.refused] };
  const tree = parsed.tree;
  const zone = zoneNodes(tree.children, options.markers ?? DEFAULT_MAIN_MARKERS, file);
  const problems = [...zone.problems];
  const sections = [];
  const origins = { rows: [], headings: /* @__PURE__ */ new Map() };
  let category;
  let section;
  for (const node of zone.nodes) {
    if (node.type === "heading" && node.depth === 2) {
      category = headingText(node, markdown);
      section = void 0;
    } else if (node.type === "heading" && node.depth === 3) {
      const name = headingText(node, markdown);
      section = openSection(name, category, node, sections, file, problems);
      const start = node.position?.start;
      if (start && !origins.headings.has(name)) {
        origins.headings.set(name, { line: start.line, column: start.column });
      }
    } else if (node.type === "table") {
      if (section) readTable(node, section, markdown, file, problems, origins);
      else problems.push(orphanTable(node, file));
    }
  }
  if (sections.length === 0) {
    problems.push({
      file,
      message: 'no "### Section" heading was found, so there is nothing to import',
      hint: 'write each section as a "### Section" heading followed by its table'
    });
  }
  const list = { sections };
  if (sections.length > 0) problems.push(...checkImported(list, origins, file, problems));
  return { list, problems };
}
function headingText(node, source) {
  return inlineText(node.children, source).text.trim();
}
function openSection(name, category, node, sections, file, problems) {
  if (name === "") {
    problems.push({
      ...at(node, file),
      message: 'a "###" section heading has no text',
      hint: 'write the section name after "### "'
    });
  }
  if (category === void 0) {
    problems.push({
      ...at(node, file),
      field: `${name}.category`,
      message: `section "${name}" is not under a "## Category" heading`,
      hint: 'add a "## Category" heading above it'
    });
  } else if (category === "") {
    problems.push({
      ...at(node, file),
      field: `${name}.category`,
      message: `section "${name}" is under a "##" category heading that has no text`,
      hint: 'write the category name after "## "'
    });
  }
  const earlier = sections.find((s) => s.name === name);
  if (earlier) {
    problems.push({
      ...at(node, file),
      field: name,
      message: earlier.category === (category ?? "") ? `section "${name}" appears twice; its rows were added to the first one` : `section "${name}" appears twice (under "${earlier.category}" and "${category ?? ""}"); its rows were added to the first one`,
      hint: 'give each "### Section" heading a different name'
    });
    return earlier;
  }
  const section = { name, category: category ?? "", papers: [] };
  sections.push(section);
  return section;
}
function readTable(table, section, source, file, problems, origins) {
  const [head, ...body] = table.children;
  if (!head) return;
  const headers = head.children.map((cell) => inlineText(cell.children, source).text);
  const map = mapColumns(headers, {
    file,
    line: head.position?.start.line ?? 0,
    columns: head.children.map((cell) => cell.position?.start.column ?? 0)
  });
  problems.push(...map.problems);
  if (!map.columns.some((c) => c.kind === "known" && c.field === "title")) {
    problems.push({
      ...at(table, file),
      field: section.name,
      message: `table has no Title column; its ${rows(body.length)} not imported`,
      hint: 'name the column with the paper titles "Title"'
    });
    return;
  }
  for (const row of body) {
    const read = readRow(row, map.columns, {
      file,
      source,
      section: section.name,
      index: section.papers.length
    });
    problems.push(...read.problems);
    if (read.paper) section.papers.push(read.paper);
    if (read.paper && read.origin) origins.rows.push(read.origin);
  }
}
function orphanTable(table, file) {
  return {
    ...at(table, file),
    message: `table is not under a "### Section" heading; its ${rows(table.children.length - 1)} not imported`,
    hint: 'add a "### Section" heading above the table'
  };
}
function rows(n) {
  return n === 1 ? "1 row was" : `${n} rows were`;
}

// src/core/import/any.ts
function importAny(text, file, options = {}) {
  const markdown = toLf(text);
  const markers = options.markers ?? DEFAULT_MAIN_MARKERS;
  const { tree, refused } = parseReadme(markdown, file);
  if (refused) return { list: { sections: [] }, problems: [refused] };
  const read = importLayout(markdown, file, { markers, tree });
  const layoutRead = () => {
    const checked = checkCells(read, tree, markdown, file, markers);
    return { list: checked.list, problems: checked.problems, layout: read.layout };
  };
  if (!/^ {0,3}\|/m.test(markdown)) return layoutRead();
  const tables = importReadme(markdown, file, { markers, tree });
  const count = (list) => list.sections.reduce((n, s) => n + s.papers.length, 0);
  const rows2 = count(tables.list);
  if (rows2 > 0 && (rows2 >= read.entries || tables.problems.length > 0)) return tables;
  return layoutRead();
}

// src/cli/commands/import.ts
var importCommand = defineCommand({
  options: {},
  positionals: true,
  run: ({ positionals }, io) => {
    const [file, ...more] = positionals;
    if (file === void 0) throw new UsageError("import needs the README to read");
    if (more.length > 0) throw new UsageError(`import reads one README, got ${positionals.length}`);
    const text = readTextFile(resolve(io.cwd, file), file, "give the path of the README to import");
    if (!text.ok) return failWithProblems(io, text.problems);
    const { list, problems } = importAny(text.value, file);
    if (list.sections.length > 0) io.stdout(serializeData(list));
    reportProblems(io, problems);
    return problems.length > 0 ? EXIT_INPUT : EXIT_OK;
  }
});
export {
  importCommand
};
