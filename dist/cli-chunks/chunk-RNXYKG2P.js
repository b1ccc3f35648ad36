import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);
import {
  describeIdentifier,
  extractIdentifiers,
  identifierKey
} from "./chunk-63NZPSEG.js";
import {
  titleKey
} from "./chunk-F3GNWPX4.js";
import {
  locate,
  locateProblems,
  parseTemplate,
  parseWithPositions,
  templateFields
} from "./chunk-3YN6SMB7.js";
import {
  closest,
  editDistance
} from "./chunk-TXPXFCIC.js";

// src/core/data/list-checks.ts
var KNOWN_FIELDS = [
  "title",
  "abbr",
  "venue",
  "year",
  "links",
  "authors",
  "added",
  "shape",
  "arxiv",
  "doi",
  "openreview"
];
var ID_FIELDS = {
  arxiv: (v) => `https://arxiv.org/abs/${v}`,
  doi: (v) => `https://doi.org/${v}`
};
function identities(paper) {
  const out = [{ key: `title:${titleKey(paper.title)}`, on: "same title" }];
  const urls = paper.links.map((l) => l.url);
  for (const [field, url] of Object.entries(ID_FIELDS)) {
    const v = paper.extra[field];
    if (typeof v === "string" && v.trim() !== "") urls.push(url(v.trim()));
  }
  for (const url of urls) {
    for (const id of extractIdentifiers(url))
      out.push({ key: identifierKey(id), on: `same ${describeIdentifier(id)}` });
  }
  return out;
}
function duplicateEntries(list, lineOf) {
  const problems = [];
  for (const section of list.sections) {
    const seen = /* @__PURE__ */ new Map();
    section.papers.forEach((paper, i) => {
      const path = [section.name, "list", i];
      const mine = identities(paper);
      const match = mine.find((m) => seen.has(m.key));
      if (match) {
        const first = seen.get(match.key);
        const line = lineOf([section.name, "list", first]);
        problems.push({
          field: path,
          at: path,
          onKey: false,
          message: `the same paper as the entry ${line !== void 0 ? `at line ${line}` : `number ${first + 1}`} of this section (${match.on}): it is listed twice`,
          hint: match.on === "same title" ? "remove one of the two entries, keeping the values of both" : "if they are two papers, the link of one is wrong: fix it; else remove one entry"
        });
      }
      for (const m of mine) if (!seen.has(m.key)) seen.set(m.key, i);
    });
  }
  return problems;
}
function fieldUse(list) {
  const use = /* @__PURE__ */ new Map();
  for (const section of list.sections) {
    for (const paper of section.papers) {
      for (const key of Object.keys(paper.extra)) use.set(key, (use.get(key) ?? 0) + 1);
    }
  }
  return use;
}
function typoOf(key, candidates) {
  const near = closest(key, candidates);
  if (near === void 0 || near === key) return void 0;
  const d = editDistance(key.toLowerCase(), near.toLowerCase());
  return d <= 2 && d * 2 < key.length ? near : void 0;
}
var kindOf = (key) => key.replace(/-\d+$/u, "");
function namedFields(list, settings) {
  const named = /* @__PURE__ */ new Set();
  const templates = [];
  if (settings) {
    for (const c of settings.columns) named.add(c.field);
    for (const s of settings.sort) named.add(s.field);
    const layout = settings.layout;
    if (layout) templates.push(layout.item, ...Object.values(layout.sections).map((s) => s.item));
  }
  for (const section of list.sections)
    for (const p of section.papers) templates.push(p.extra.shape);
  for (const template of templates) {
    if (typeof template !== "string") continue;
    try {
      templateFields(parseTemplate(template), named);
    } catch {
    }
  }
  return named;
}
function misspelledFields(list, named = /* @__PURE__ */ new Set()) {
  const use = fieldUse(list);
  const shared = [...use].filter(([, n]) => n > 1).map(([k]) => k);
  const candidates = [...KNOWN_FIELDS, ...shared, ...[...named].filter((k) => use.has(k))];
  const names = [...KNOWN_FIELDS, ...use.keys(), ...named];
  const numberedOfKindInUse = (key) => kindOf(key) !== key && names.some((k) => k !== key && kindOf(k) === kindOf(key));
  const own = (key) => KNOWN_FIELDS.includes(key) || (use.get(key) ?? 0) > 1 || named.has(key) || numberedOfKindInUse(key);
  const problems = [];
  for (const section of list.sections) {
    section.papers.forEach((paper, i) => {
      for (const key of Object.keys(paper.extra)) {
        if (own(key)) continue;
        const near = typoOf(key, candidates);
        if (near === void 0) continue;
        const path = [section.name, "list", i, key];
        problems.push({
          field: path,
          at: path,
          onKey: true,
          message: `"${key}" is no field that paperlist or the other entries use: did you mean "${near}"?`,
          hint: `rename it to "${near}:"; as written, it is a field of its own named "${key}"`
        });
      }
    });
  }
  return problems;
}
function reviewList(text, file, list, settings) {
  const source = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  let parsed;
  const positions = () => parsed ??= parseWithPositions(source);
  const lineOf = (path) => locate(positions(), path)?.line;
  const twice = duplicateEntries(list, lineOf);
  const typos = misspelledFields(list, namedFields(list, settings));
  return {
    problems: twice.length > 0 ? locateProblems(positions(), file, twice) : [],
    warnings: typos.length > 0 ? locateProblems(positions(), file, typos) : []
  };
}

export {
  reviewList
};
