import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);
import {
  fieldText
} from "./chunk-LRJQDJNI.js";
import {
  parseTemplate
} from "./chunk-3YN6SMB7.js";

// src/core/form/fields.ts
var FORM_FIELD_IDS = [
  "link",
  "title",
  "abbr",
  "venue",
  "year",
  "sections",
  "page",
  "pdf",
  "code",
  "notes"
];
var REQUIRED_FORM_IDS = ["title", "year", "sections"];
var DEFAULT_SUGGESTION_LABEL = "paper-suggestion";
var FIELD_SPECS = [
  {
    id: "link",
    type: "input",
    label: "Link",
    description: "arXiv, DOI, OpenReview or ACL Anthology link (the rest can stay empty): title, authors, venue, year and links are then looked up. Anything typed below wins over what is looked up.",
    placeholder: "https://arxiv.org/abs/1703.09844",
    required: false
  },
  {
    id: "title",
    type: "input",
    label: "Title",
    description: "The full title, as printed on the first page of the paper. Needed when no link is given.",
    placeholder: "Multi-Scale Dense Networks for Resource Efficient Image Classification",
    required: false
  },
  {
    id: "abbr",
    type: "input",
    label: "Abbreviation",
    description: "The short name the paper goes by, if it has one. Leave empty otherwise.",
    placeholder: "MSDNet",
    required: false
  },
  {
    id: "venue",
    type: "input",
    label: "Venue",
    description: "Where it was published, in short form (conference, journal or workshop).",
    placeholder: "ICLR",
    required: false
  },
  {
    id: "year",
    type: "input",
    label: "Year",
    description: "Year of publication, four digits. Needed when no link is given.",
    placeholder: "2018",
    required: false
  },
  {
    id: "sections",
    type: "dropdown",
    label: "Sections",
    description: "Where the paper belongs. Pick several if it fits more than one.",
    required: true,
    multiple: true
  },
  {
    id: "page",
    type: "input",
    label: "Paper page",
    description: "Link to the paper's page at the publisher or on arXiv. A page or a PDF is needed.",
    placeholder: "https://arxiv.org/abs/1703.09844",
    required: false
  },
  {
    id: "pdf",
    type: "input",
    label: "PDF",
    description: "Direct link to the PDF, if there is one.",
    placeholder: "https://arxiv.org/pdf/1703.09844",
    required: false
  },
  {
    id: "code",
    type: "input",
    label: "Code",
    description: "Link to the official code, if it is public.",
    placeholder: "https://github.com/owner/repository",
    required: false
  },
  {
    id: "notes",
    type: "textarea",
    label: "Notes",
    description: "Anything the maintainers should know. This is not added to the list.",
    required: false
  }
];

// src/core/suggest/stand-ins.ts
function isStandIn(value) {
  const v = value.trim();
  return new RegExp("^\\p{P}{1,3}$", "u").test(v) || new RegExp("^\\p{L}\\/\\p{L}$", "u").test(v);
}
function alwaysShown(nodes, guarded, out) {
  for (const node of nodes) {
    if (node.t === "field" && !guarded.has(node.name) && node.missing === "") out.add(node.name);
    if (node.t === "if") alwaysShown(node.body, /* @__PURE__ */ new Set([...guarded, node.name]), out);
  }
}
function commonStandIn(papers, field) {
  const counts = /* @__PURE__ */ new Map();
  let marked = 0;
  let empty = 0;
  for (const p of papers) {
    const v = fieldText(p, field);
    if (v === void 0 || v.trim() === "") empty++;
    else if (isStandIn(v)) {
      marked++;
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
  }
  let best;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best && marked > empty ? best[0] : void 0;
}
var OWN_KEYS = /* @__PURE__ */ new Set(["title", "abbr", "venue", "year"]);
function withStandIns(paper, papers, template) {
  const shown = /* @__PURE__ */ new Set();
  try {
    alwaysShown(parseTemplate(template), /* @__PURE__ */ new Set(), shown);
  } catch {
    return paper;
  }
  let out = paper;
  for (const field of shown) {
    const have = fieldText(out, field);
    if (have !== void 0 && have !== "") continue;
    const mark = commonStandIn(papers, field);
    if (mark === void 0) continue;
    out = OWN_KEYS.has(field) ? { ...out, [field]: mark } : { ...out, extra: { ...out.extra, [field]: mark } };
  }
  return out;
}
function mostCommon(papers, field) {
  const counts = /* @__PURE__ */ new Map();
  for (const p of papers) {
    const v = fieldText(p, field);
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  let best;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}
function withCommonSpacing(paper, papers) {
  const fields = /* @__PURE__ */ new Set();
  for (const p of papers) {
    for (const [k, v] of Object.entries(p.extra)) {
      if (typeof v === "string" && v !== "" && v.trim() === "") fields.add(k);
    }
  }
  const extra = { ...paper.extra };
  for (const field of fields) {
    if (Object.hasOwn(paper.extra, field)) continue;
    const value = mostCommon(papers, field);
    if (value !== void 0 && value.trim() === "") extra[field] = value;
  }
  return fields.size === 0 ? paper : { ...paper, extra };
}

export {
  FORM_FIELD_IDS,
  REQUIRED_FORM_IDS,
  DEFAULT_SUGGESTION_LABEL,
  FIELD_SPECS,
  isStandIn,
  alwaysShown,
  withStandIns,
  withCommonSpacing
};
