import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);
import {
  importLayout,
  mapHeader,
  parseReadme,
  serializeData,
  startOf,
  toLf
} from "./chunk-PFSFWNVH.js";
import {
  SHAPE_FIELD
} from "./chunk-LRJQDJNI.js";
import "./chunk-NIAEFTN3.js";
import "./chunk-BVLRBHM7.js";
import {
  defaultSettings,
  defineCommand,
  readTextFile
} from "./chunk-3YN6SMB7.js";
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
    ...tables.flatMap((t) => headerCells(t, file, read.texts)),
    ...tables.flatMap((t) => linkCells(t, source, file, unread)),
    ...tables.flatMap((t) => surplusCells(t, file))
  ].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
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
    const [head, ...rows] = table.children;
    const roles = mapHeader((head?.children ?? []).map((c) => textOf(c)));
    const title = roles.findIndex((r) => r.role === "title");
    if (title === -1) return [];
    return rows.flatMap((row) => {
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
function headerCells(table, file, texts) {
  const [head, ...rows] = table.children;
  if (!head) return [];
  const kept = new Set(texts.map((t) => t.line));
  const headers = head.children.map((c) => textOf(c));
  const roles = mapHeader(headers);
  const at = (node) => {
    const start = node.position?.start;
    return start ? { line: start.line, column: start.column } : {};
  };
  if (!roles.some((r) => r.role === "title")) {
    if (rows.length === 0 || !rows.every((r) => kept.has(r.position?.start.line))) return [];
    const n = rows.length;
    return [
      {
        file,
        ...at(table),
        message: `table has no Title column; its ${n === 1 ? "row is kept as written, not as a paper" : `${n} rows are kept as written, not as papers`}`,
        hint: 'name the column with the paper titles "Title"'
      }
    ];
  }
  return roles.flatMap((role, i) => {
    const header = headers[i].trim();
    const alone = mapHeader([header])[0].field;
    const first = roles.findIndex((r) => r.field === alone);
    const unnamed = !/[\p{L}\p{N}]/u.test(header);
    if (!unnamed && (alone === role.field || first === -1)) return [];
    const what = unnamed ? `column ${i + 1} has no header` : `column ${i + 1} "${header}" repeats column ${first + 1}`;
    return [
      {
        file,
        ...at(head.children[i]),
        message: `${what}; its cells are kept as the field "${role.field}"`,
        hint: unnamed ? 'give the column a header such as "Authors" to name its field' : "keep one column per field, or give this one a name of its own"
      }
    ];
  });
}
function linkCells(table, source, file, unread) {
  const [head, ...rows] = table.children;
  const roles = mapHeader((head?.children ?? []).map((c) => textOf(c)));
  const column = roles.findIndex((r) => r.role === "links");
  if (column === -1 || !roles.some((r) => r.role === "title")) return [];
  const skipped = new Set(unread.map((p) => p.line));
  return rows.flatMap((row) => {
    const cell = row.children[column];
    if (!cell || skipped.has(row.position?.start.line)) return [];
    return cell.children.flatMap((node) => {
      const start = node.position?.start;
      const at = start ? { line: start.line, column: start.column } : {};
      const words = node.type === "text" ? node.value.replace(/[\s[\]|,;·•/]+/gu, " ").trim() : "";
      if (words !== "") {
        return [
          {
            file,
            ...at,
            message: `"${words}" is not a link; it is kept as written, not as a link of the paper`,
            hint: "write each link as [[LABEL](https://...)], or move the words to a column of their own"
          }
        ];
      }
      if (node.type !== "link") return [];
      if (source[startOf(node)] !== "[") {
        return [
          {
            file,
            ...at,
            message: `link "${node.url}" has no label; it is kept as written, not as a link of the paper`,
            hint: `write it as [[PDF](${node.url})] with the label you want shown`
          }
        ];
      }
      if (/^https?:\/\//i.test(node.url)) return [];
      return [
        {
          file,
          ...at,
          message: `link "${node.url}" is no web address; it is kept as written, not as a link of the paper`,
          hint: "write the full address starting with https://, as shown in the browser"
        }
      ];
    });
  });
}
function surplusCells(table, file) {
  const [head, ...rows] = table.children;
  const count = head?.children.length ?? 0;
  return rows.flatMap((row) => {
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
  const [present, missing, at] = start && !end ? [markers.start, markers.end, start] : end && !start ? [markers.end, markers.start, end] : [markers.end, markers.start, end];
  const message = start && end ? `marker "${markers.end}" comes before "${markers.start}"; the list was found without them` : `marker "${present}" has no matching "${missing}"; the list was found without it`;
  return [
    {
      file,
      ...at,
      message,
      hint: "put the start marker above the list and the end marker below it"
    }
  ];
}

// src/core/import/any.ts
function importAny(text, file, options = {}) {
  const markdown = toLf(text);
  const markers = options.markers ?? defaultSettings.markers.main;
  const { tree, refused } = parseReadme(markdown, file);
  if (refused) return { list: { sections: [] }, problems: [refused] };
  const read = importLayout(markdown, file, { markers, tree });
  const checked = checkCells(read, tree, markdown, file, markers);
  return { list: checked.list, problems: checked.problems, layout: read.layout };
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
