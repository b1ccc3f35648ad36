import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);
import {
  CONTROL,
  encodeUrl,
  escapeCell,
  escapeHeading,
  isHttpUrl,
  linkDestination
} from "./chunk-NIAEFTN3.js";
import {
  countPapers
} from "./chunk-BVLRBHM7.js";
import {
  parseTemplate
} from "./chunk-DV2QTVBS.js";

// src/core/render/field.ts
function fieldText(paper, field) {
  switch (field) {
    case "title":
      return paper.title;
    case "abbr":
      return paper.abbr;
    case "venue":
      return paper.venue;
    case "year":
      return paper.year;
    case "links":
      return void 0;
    default:
      return Object.hasOwn(paper.extra, field) ? extraText(paper.extra[field]) : void 0;
  }
}
function extraText(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    const items = value.map(extraText).filter((x) => x !== void 0);
    return items.length > 0 ? items.join(", ") : void 0;
  }
  return void 0;
}

// src/core/render/sort.ts
function sortPapers(papers, keys) {
  if (keys.length === 0) return [...papers];
  const rows = papers.map((paper) => ({
    paper,
    values: keys.map((key) => fieldText(paper, key.field) ?? "")
  }));
  rows.sort((a, b) => {
    for (let i = 0; i < keys.length; i++) {
      const x = a.values[i] ?? "";
      const y = b.values[i] ?? "";
      if (x !== y) {
        const ascending = x < y ? -1 : 1;
        return keys[i]?.order === "desc" ? -ascending : ascending;
      }
    }
    return 0;
  });
  return rows.map((row) => row.paper);
}

// src/core/settings/labels.ts
function dataLabelsOf(linkLabels, inUse = /* @__PURE__ */ new Set()) {
  return new Map(
    Object.entries(linkLabels).filter(([, shown]) => !(inUse.has(shown) && shownLabelOf(shown, linkLabels) === shown)).map(([label, shown]) => [shown, label])
  );
}
function shownLabelOf(label, linkLabels) {
  return Object.hasOwn(linkLabels, label) ? linkLabels[label] : label;
}

// src/core/render/layouts/fill.ts
function fillTemplate(template, paper, ctx) {
  const nodes = parseTemplate(template);
  const used = /* @__PURE__ */ new Set();
  const resolved = /* @__PURE__ */ new Map();
  collectLinks(nodes, paper, used, resolved);
  const state = { out: "", paper, ctx, used, resolved };
  emit(nodes, state, void 0);
  return state.out;
}
function collectLinks(nodes, paper, used, resolved) {
  for (const node of nodes) {
    if (node.t === "link" && !resolved.has(node.label)) {
      const free = (l) => !used.has(l);
      const lower = node.label.toLowerCase();
      const link = paper.links.find((l) => l.label === node.label && free(l)) ?? paper.links.find((l) => l.label.toLowerCase() === lower && free(l)) ?? paper.links.find(free);
      resolved.set(node.label, link);
      if (link) used.add(link);
    } else if (node.t === "if") collectLinks(node.body, paper, used, resolved);
  }
}
function present(name, state, link) {
  if (name.startsWith("link:")) return state.resolved.get(name.slice(5)) !== void 0;
  if (name === "links") return state.paper.links.some((l) => !state.used.has(l));
  const value = link && (name === "label" || name === "url") ? name : fieldText(state.paper, name);
  return value !== void 0 && value !== "";
}
function emit(nodes, state, link) {
  for (const node of nodes) {
    switch (node.t) {
      case "lit":
        state.out += node.text;
        break;
      case "n":
        state.out += String(state.ctx.n);
        break;
      case "link":
        state.out += url(state.resolved.get(node.label), state.ctx.escape);
        break;
      case "if":
        if (present(node.name, state, link) !== node.negate) emit(node.body, state, link);
        break;
      case "links": {
        let first = true;
        for (const each of state.paper.links) {
          if (state.used.has(each)) continue;
          if (!first) state.out += node.sep;
          first = false;
          emit(node.body, state, each);
        }
        break;
      }
      case "field":
        state.out += fieldValue(node, state, link);
        break;
    }
  }
}
function fieldValue(node, state, link) {
  if (link && node.name === "url") return url(link, state.ctx.escape);
  const labels = state.ctx.linkLabels;
  const value = link && node.name === "label" ? shownLabelOf(link.label, labels) : fieldText(state.paper, node.name);
  const text = value === void 0 || value === "" ? node.missing : value;
  if (node.raw) return text.replace(/\r?\n|\r/g, " ");
  return escapeText(text, state.ctx.escape, state.out);
}
function escapeText(text, mode, before) {
  if (mode === "html") return escapeHtml(text.replace(CONTROL, " "));
  const escaped = escapeCell(text);
  const atLineStart = before === "" || before.endsWith("\n");
  return atLineStart ? escaped.replace(/^( *)(\d+(?=[.)])|)([#=+.)-])/, "$1$2\\$3") : escaped;
}
var HTML_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}
function url(link, mode) {
  if (!link || !isHttpUrl(link.url)) return "";
  return mode === "html" ? encodeUrl(link.url).replace(/&/g, "&amp;") : linkDestination(link.url);
}

// src/core/render/layouts/zone.ts
var SHAPE_FIELD = "shape";
function sectionLayout(layout, name) {
  return Object.hasOwn(layout.sections, name) ? layout.sections[name] : {};
}
function escapeOf(layout) {
  return layout.kind === "html" ? "html" : "markdown";
}
function renderLayoutZone(list, settings, layout) {
  const escape = escapeOf(layout);
  let out = layout.zoneStart;
  let category;
  let pieces = 0;
  for (const section of list.sections) {
    const own = sectionLayout(layout, section.name);
    const categoryLevel = own.categoryLevel ?? layout.categoryLevel;
    const sectionLevel = own.sectionLevel ?? layout.sectionLevel;
    if (pieces > 0) out += own.before ?? layout.before;
    let headed = false;
    if (section.category !== category && categoryLevel > 0) {
      out += own.categoryLine ?? heading(categoryLevel, section.category);
      headed = true;
    }
    category = section.category;
    if (sectionLevel > 0) {
      if (headed) out += own.categoryStart ?? layout.categoryStart;
      out += own.headingLine ?? heading(sectionLevel, section.heading ?? section.name);
      headed = true;
    }
    pieces++;
    const entries = renderEntries(section, settings, layout, own, escape);
    if (entries !== "") out += (headed ? own.start ?? layout.start : "") + entries;
  }
  return out + layout.zoneEnd.replaceAll("{count}", String(countPapers(list)));
}
function heading(level, text) {
  return `${"#".repeat(level)} ${escapeHeading(text)}`;
}
function renderEntries(section, settings, layout, own, escape) {
  const item = own.item ?? layout.item;
  const gap = own.itemGap ?? layout.itemGap;
  const papers = sortPapers(section.papers, settings.sort);
  let out = "";
  papers.forEach((paper, i) => {
    if (i > 0) out += gap;
    out += fillTemplate(shapeOf(paper) ?? item, paper, {
      escape,
      linkLabels: settings.linkLabels,
      n: i + 1
    });
  });
  return out;
}
function shapeOf(paper) {
  const shape = Object.hasOwn(paper.extra, SHAPE_FIELD) ? paper.extra[SHAPE_FIELD] : void 0;
  return typeof shape === "string" ? shape : void 0;
}

export {
  fieldText,
  sortPapers,
  dataLabelsOf,
  shownLabelOf,
  fillTemplate,
  escapeText,
  SHAPE_FIELD,
  sectionLayout,
  escapeOf,
  renderLayoutZone,
  heading,
  shapeOf
};
