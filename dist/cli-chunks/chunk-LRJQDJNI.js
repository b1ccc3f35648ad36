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
  joinItems,
  parseTemplate
} from "./chunk-3YN6SMB7.js";

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

// src/core/render/layouts/padding.ts
var PADDING_FIELD = "padding";
function rowPads(line, count) {
  if (!/^[ \t]*\|/.test(line) || line.includes("\n")) return void 0;
  const cells = line.split(/(?<!\\)\|/);
  let last = cells.length - 1;
  while (last > 0 && cells[last].trim() === "") last--;
  if (count !== void 0) {
    if (count < 1 || count > cells.length) return void 0;
    last = count - 1;
  }
  const pads = [];
  const contents = [];
  cells.slice(0, last + 1).forEach((cell, k) => {
    const m = /^([ \t]*)([\s\S]*?)([ \t]*)$/.exec(cell);
    const end = k === last ? [m[3], ...cells.slice(last + 1)].join("|") : m[3];
    pads.push(m[1], end);
    contents.push(m[2]);
  });
  return { pads, contents };
}
function withPads(row, pads) {
  return row.contents.map((c, k) => `${pads[2 * k]}${c}${pads[2 * k + 1]}`).join("|");
}
function paddingOf(paper) {
  const value = Object.hasOwn(paper.extra, PADDING_FIELD) ? paper.extra[PADDING_FIELD] : void 0;
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string" && /^[ \t|]*$/.test(v))) {
    return void 0;
  }
  return value;
}
function withPadding(text, paper) {
  const padding = paddingOf(paper);
  if (!padding) return text;
  const at = text.lastIndexOf("\n") + 1;
  const row = padding.length % 2 === 0 ? rowPads(text.slice(at), padding.length / 2) : void 0;
  if (!row) return text;
  return text.slice(0, at) + withPads(row, padding);
}

// src/core/render/layouts/spacing.ts
var SPACING_FIELD = "spacing";
function spacingOf(paper) {
  const value = Object.hasOwn(paper.extra, SPACING_FIELD) ? paper.extra[SPACING_FIELD] : void 0;
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string" && /^[ \t]*$/.test(v))) {
    return void 0;
  }
  return value;
}
function withSpacing(written, paper) {
  const text = withPadding(written, paper);
  const spacing = spacingOf(paper);
  if (!spacing) return text;
  const lines = text.split("\n");
  return lines.map((line, k) => line + (spacing[k] ?? "")).join("\n");
}
function splitSpacing(text) {
  const spacing = [];
  const lines = text.split("\n").map((line) => {
    const m = /[ \t]*$/.exec(line);
    spacing.push(m[0]);
    return line.slice(0, m.index);
  });
  while (spacing.length > 0 && spacing[spacing.length - 1] === "") spacing.pop();
  return { text: lines.join("\n"), spacing };
}

// src/core/render/shields.ts
var KEPT = "\uE000";
var BADGE_PATH = /https?:\/\/img\.shields\.io\/badge\/$/;
function shieldsText(text) {
  return text.replace(CONTROL, " ").replace(/-/g, "--").replace(/_/g, "__").replace(/ /g, "_").replace(
    /[%()<>?#/\\[\]"'`\s]/g,
    (c) => c.charCodeAt(0) < 128 ? `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}` : encodeURIComponent(c)
  );
}
function fromShields(part) {
  let text;
  try {
    text = decodeURIComponent(
      part.split("__").map((p) => p.replace(/_/g, " ")).join(KEPT)
    );
  } catch {
    return void 0;
  }
  return text.split(KEPT).join("_").replace(/--/g, "-");
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

// src/core/links/roles.ts
var CODE_HOST = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)\//i;
function words(label) {
  return label.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
}
function labelRole(label) {
  const w = words(label);
  if (w.some((x) => /^(?:code|codes|github|gitlab|repo|repository|implementation)$/.test(x))) {
    return "code";
  }
  if (w.includes("pdf")) return "pdf";
  if (w.some((x) => /^(?:paper|page|arxiv|link|abs|abstract|doi|article)$/.test(x))) return "page";
  return void 0;
}
function linkRoles(links) {
  const roles = links.map(
    (l) => labelRole(l.label) ?? (CODE_HOST.test(l.url) ? "code" : void 0)
  );
  const first = links.findIndex((l, i) => roles[i] === void 0 && !CODE_HOST.test(l.url));
  if (first >= 0 && !roles.includes("page") && !roles.includes("pdf")) roles[first] = "page";
  return roles;
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
var isPaperRole = (r) => r === "page" || r === "pdf";
function collectLinks(nodes, paper, used, resolved) {
  const roles = linkRoles(paper.links);
  const labels = [];
  const guarded = /* @__PURE__ */ new Set();
  const walk = (list) => {
    for (const node of list) {
      if ((node.t === "link" || node.t === "repo") && !labels.includes(node.label)) {
        labels.push(node.label);
      } else if (node.t === "if") {
        if (!node.negate && node.name.startsWith("link:")) guarded.add(node.name.slice(5));
        walk(node.body);
      } else if (node.t === "field" && node.marks?.delimiter === "[]") {
        for (const phrase of phrasesOf(paper, node.marks.field)) {
          const link = paper.links.find((l) => l.label === phrase);
          if (link) used.add(link);
        }
      }
    }
  };
  walk(nodes);
  const free = (i) => !used.has(paper.links[i]);
  const find = (ok) => paper.links.find((l, i) => free(i) && ok(l, i));
  for (const label of labels) {
    const lower = label.toLowerCase();
    const link = find((l) => l.label === label) ?? find((l) => l.label.toLowerCase() === lower);
    if (!link) continue;
    resolved.set(label, link);
    used.add(link);
  }
  for (const label of labels) {
    if (resolved.has(label)) continue;
    const role = labelRole(label);
    if (role === void 0 && guarded.has(label)) continue;
    const link = (role === void 0 ? find((_, i) => roles[i] === void 0) : void 0) ?? find((_, i) => roles[i] === role) ?? (role !== "code" ? find((_, i) => isPaperRole(roles[i])) : void 0);
    resolved.set(label, link);
    if (link) used.add(link);
  }
}
function standIn(label, paper) {
  if (!isPaperRole(labelRole(label))) return void 0;
  const roles = linkRoles(paper.links);
  return paper.links.find((_, i) => isPaperRole(roles[i]));
}
function present(name, state, link) {
  if (name.startsWith("link:")) return state.resolved.get(name.slice(5)) !== void 0;
  if (name === "links") return state.paper.links.some((l) => !state.used.has(l));
  if (link && name === "url") return isHttpUrl(link.url);
  const value = link && name === "label" ? name : fieldText(state.paper, name);
  return value !== void 0 && (value !== "" || Object.hasOwn(state.paper.extra, name));
}
function emit(nodes, state, link) {
  for (const [i, node] of nodes.entries()) {
    switch (node.t) {
      case "lit":
        state.out += !node.quoted && node.text.startsWith(".") && node === state.stopAfter ? node.text.slice(1) : node.text;
        break;
      case "n":
        state.out += String(state.ctx.n);
        break;
      case "link":
        state.out += url(
          state.resolved.get(node.label) ?? standIn(node.label, state.paper),
          state.ctx.escape
        );
        break;
      case "repo":
        state.out += repoOf(state.resolved.get(node.label)?.url ?? "") ?? "";
        break;
      case "if":
        if (present(node.name, state, link) !== node.negate) emit(node.body, state, link);
        break;
      case "links": {
        if (node.body.some((n) => n.t === "links")) {
          if (present("links", state, link)) emit(node.body, state, link);
          break;
        }
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
        if (node.name === "title" && /[?!]$/.test(state.paper.title)) {
          state.stopAfter = nodes[i + 1];
        }
        break;
    }
  }
}
function fieldValue(node, state, link) {
  if (link && node.name === "url") return url(link, state.ctx.escape);
  const labels = state.ctx.linkLabels;
  const value = link && node.name === "label" ? shownLabelOf(link.label, labels) : node.join ? joinedText(state.paper, node.name, node.join) : fieldText(state.paper, node.name);
  const empty = value === "" && Object.hasOwn(state.paper.extra, node.name);
  const whole = value === void 0 || value === "" && !empty ? node.missing : value;
  const text = node.last !== void 0 ? whole.slice(-node.last) : whole;
  if (node.sep !== void 0) {
    return joined(state.paper.extra[node.name], node.sep, text, node.raw, state);
  }
  if (node.marks?.delimiter === "[]") return mentioned(text, node.raw, node.marks.field, state);
  if (node.raw) return rawText(text, state.out);
  if (node.marks)
    return marked(text, phrasesOf(state.paper, node.marks.field), node.marks.delimiter, state);
  return escapeText(text, state.ctx.escape, state.out);
}
function joined(value, sep, text, raw, state) {
  const write = (item, before) => raw ? rawText(item, before) : escapeText(item, state.ctx.escape, before);
  if (!Array.isArray(value)) return write(text, state.out);
  let out = "";
  for (const item of value) {
    if (typeof item !== "string" || item === "") continue;
    if (out !== "") out += sep;
    out += write(item, state.out + out);
  }
  return out;
}
function rawText(text, before) {
  const line = before.slice(before.lastIndexOf("\n") + 1);
  const quote = /^[ \t]*(?:>[ \t]?)+$/.exec(line)?.[0];
  if (quote === void 0) return text.replace(/\r?\n|\r/g, " ");
  return text.split(/\r?\n|\r/).map((l, i) => i === 0 ? l : l === "" ? quote.trimEnd() : quote + l).join("\n");
}
function joinedText(paper, field, join) {
  const value = paper.extra[field];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string"))
    return fieldText(paper, field);
  return value.length > 0 ? joinItems(value, join) : void 0;
}
function phrasesOf(paper, field) {
  const value = paper.extra[field];
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function findPhrase(text, phrase, at) {
  for (const glued of [/[\p{L}\p{N}'’-]/u, /[\p{L}\p{N}]/u]) {
    for (let i = text.indexOf(phrase, at); i !== -1; i = text.indexOf(phrase, i + 1)) {
      const before = text[i - 1] ?? " ";
      const after = text[i + phrase.length] ?? " ";
      if (!glued.test(before) && !glued.test(after)) return i;
    }
  }
  return text.indexOf(phrase, at);
}
function marked(text, phrases, delimiter, state) {
  let out = "";
  let at = 0;
  for (const phrase of phrases) {
    const found = phrase === "" ? -1 : findPhrase(text, phrase, at);
    if (found === -1) continue;
    out += escapeText(text.slice(at, found), state.ctx.escape, state.out + out);
    out += delimiter + escapeText(phrase, state.ctx.escape, "x") + delimiter;
    at = found + phrase.length;
  }
  return out + escapeText(text.slice(at), state.ctx.escape, state.out + out);
}
function mentioned(text, raw, field, state) {
  const write = (part, before) => raw ? part : escapeText(part, state.ctx.escape, before);
  let out = "";
  let at = 0;
  for (const phrase of phrasesOf(state.paper, field)) {
    const link = state.paper.links.find((l) => l.label === phrase);
    const found = phrase === "" || !link ? -1 : text.indexOf(phrase, at);
    if (found === -1 || !link) continue;
    out += write(text.slice(at, found), state.out + out);
    const shown = write(phrase, "x");
    out += state.ctx.escape === "html" ? `<a href="${url(link, "html")}">${shown}</a>` : `[${shown}](${url(link, "markdown")})`;
    at = found + phrase.length;
  }
  out += write(text.slice(at), state.out + out);
  return raw ? rawText(out, state.out) : out;
}
function escapeText(text, mode, before) {
  if (before.endsWith("/badge/") && BADGE_PATH.test(before.slice(-40))) return shieldsText(text);
  if (isHttpUrl(text) && /(?:\]\(|\b(?:src|href)=")$/.test(before.slice(-8))) {
    return before.endsWith('"') ? encodeUrl(text).replace(/&/g, "&amp;") : linkDestination(text);
  }
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
function repoOf(address) {
  const m = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|gitee\.com|bitbucket\.org)\/([\w.-]+\/[\w.-]+?)(?:\.git)?(?:[/?#]|$)/i.exec(
    address
  );
  return m?.[1];
}
function url(link, mode) {
  if (!link || !isHttpUrl(link.url)) return "";
  return mode === "html" ? encodeUrl(link.url).replace(/&/g, "&amp;") : linkDestination(link.url);
}

// src/core/render/layouts/zone.ts
var SHAPE_FIELD = "shape";
var STYLE_FIELD = "style";
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
    const named = section.category !== "" || own.categoryLine !== void 0;
    if (section.category !== category && categoryLevel > 0 && named) {
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
    const start = headed ? own.start ?? layout.start : "";
    if (entries !== "") out += start + entries;
    else if (layout.kind === "table") out += start.replace(/\n$/u, "");
  }
  const end = pieces === 0 && /\S/u.test(layout.zoneEnd) ? layout.zoneEnd.replace(/^\n+/u, "") : layout.zoneEnd;
  return out + end.replaceAll("{count}", String(countPapers(list)));
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
    const text = fillTemplate(entryTemplate(paper, item, own.styles), paper, {
      escape,
      linkLabels: settings.linkLabels,
      n: i + 1
    });
    out += withSpacing(text, paper);
  });
  return out;
}
function entryTemplate(paper, item, styles) {
  const shape = shapeOf(paper);
  if (shape !== void 0) return shape;
  const style = Object.hasOwn(paper.extra, STYLE_FIELD) ? Number(paper.extra[STYLE_FIELD]) : NaN;
  return (Number.isInteger(style) ? styles?.[style - 2] : void 0) ?? item;
}
function shapeOf(paper) {
  const shape = Object.hasOwn(paper.extra, SHAPE_FIELD) ? paper.extra[SHAPE_FIELD] : void 0;
  return typeof shape === "string" ? shape : void 0;
}

export {
  fieldText,
  sortPapers,
  PADDING_FIELD,
  rowPads,
  withPads,
  SPACING_FIELD,
  withSpacing,
  splitSpacing,
  shieldsText,
  fromShields,
  dataLabelsOf,
  shownLabelOf,
  labelRole,
  linkRoles,
  fillTemplate,
  rawText,
  marked,
  escapeText,
  repoOf,
  SHAPE_FIELD,
  STYLE_FIELD,
  sectionLayout,
  escapeOf,
  renderLayoutZone,
  heading,
  entryTemplate,
  shapeOf
};
