import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);
import {
  timeOption
} from "./chunk-BQGWYCIV.js";
import "./chunk-J46YQAPX.js";
import {
  CONTROL,
  encodeUrl,
  isHttpUrl
} from "./chunk-NIAEFTN3.js";
import {
  extractIdentifiers
} from "./chunk-63NZPSEG.js";
import {
  CONFIG_OPTION,
  DATA_OPTION,
  loadListAndSettings
} from "./chunk-V5URNJWK.js";
import {
  defineCommand
} from "./chunk-3YN6SMB7.js";
import {
  EXIT_OK,
  UsageError,
  failWithProblems
} from "./chunk-TXPXFCIC.js";
import "./chunk-XQCVUMMA.js";

// src/cli/commands/site.ts
import { resolve } from "node:path";

// src/adapters/fs/folder.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
function writeFolder(dir, shown, files) {
  const written = [];
  for (const [name, text2] of Object.entries(files)) {
    const display = `${shown.replace(/\/+$/, "")}/${name}`;
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, name), text2, "utf8");
      written.push(display);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        problems: [{ file: display, message, hint: "check that the folder can be written" }]
      };
    }
  }
  return { ok: true, value: written };
}

// src/core/outputs/listing.ts
var ADDED = /^\d{4}-\d{2}-\d{2}$/;
function authorsOf(paper) {
  const raw = paper.extra["authors"] ?? paper.extra["author"];
  const names = Array.isArray(raw) ? raw.filter((a) => typeof a === "string") : typeof raw === "string" ? raw.split(/\s+and\s+|;/.test(raw) ? /\s+and\s+|;/ : /,/) : [];
  return names.map((n) => n.replace(/\s+/g, " ").trim()).filter((n) => n !== "");
}
function text(value) {
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
}
function identifiers(paper) {
  let doi = text(paper.extra["doi"]);
  let arxiv = text(paper.extra["arxiv"]) ?? text(paper.extra["eprint"]);
  for (const link of paper.links) {
    for (const id of extractIdentifiers(link.url)) {
      if (id.kind === "doi") doi ??= id.id;
      if (id.kind === "arxiv") arxiv ??= id.id;
    }
  }
  return { ...doi ? { doi } : {}, ...arxiv ? { arxiv } : {} };
}
function listed(paper, order) {
  const added = text(paper.extra["added"]);
  return {
    title: paper.title,
    ...paper.abbr ? { abbr: paper.abbr } : {},
    ...paper.venue ? { venue: paper.venue } : {},
    ...paper.year ? { year: paper.year } : {},
    links: paper.links,
    authors: authorsOf(paper),
    ...identifiers(paper),
    ...added && ADDED.test(added) ? { added } : {},
    sections: [],
    order
  };
}
function distinctPapers(list) {
  const byTitle = /* @__PURE__ */ new Map();
  let order = 0;
  for (const section of list.sections) {
    for (const paper of section.papers) {
      let entry = byTitle.get(paper.title);
      if (!entry) {
        entry = listed(paper, order++);
        byTitle.set(paper.title, entry);
      } else {
        const other = listed(paper, entry.order);
        entry.added ??= other.added;
        if (entry.links.length === 0) entry.links = other.links;
      }
      if (!entry.sections.some((s) => s.name === section.name)) {
        entry.sections.push({ name: section.name, category: section.category });
      }
    }
  }
  return [...byTitle.values()];
}
function mainLink(paper) {
  const http = paper.links.filter((l) => isHttpUrl(l.url.trim()));
  const by = (label) => http.find((l) => l.label.toUpperCase() === label)?.url;
  const url = by("PAGE") ?? by("PDF") ?? http[0]?.url;
  return url === void 0 ? void 0 : encodeUrl(url.trim());
}

// src/core/outputs/bibtex/escape.ts
var TEXT = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
  // In LaTeX's default font encoding these print as ¡ and ¿.
  "<": "\\textless{}",
  ">": "\\textgreater{}"
};
function escapeBibText(text2) {
  return text2.replace(CONTROL, " ").replace(/\s+/g, " ").trim().replace(/[\\{}&%$#_~^<>]/g, (c) => TEXT[c] ?? c).replace(/`/g, "{`}").replace(/([-',])(?=\1)/g, "$1{}");
}
function escapeBibVerbatim(value) {
  return value.trim().replace(/[{}\\\s]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"));
}

// src/core/outputs/bibtex/entry.ts
var JOURNALS = /\b(?:journal|transactions|letters|magazine|review|surveys?|CSUR|JMLR|TMLR|IJCV|PAMI|Nature|Science|Neurocomputing|Access|Sensors|Proceedings of the IEEE)\b|^(?:J|Trans)\./i;
var PREPRINTS = /^(?:arxiv|corr|preprint|biorxiv|medrxiv|ssrn|openreview)\b/i;
function entryType(venue) {
  if (!venue || PREPRINTS.test(venue.trim())) return "misc";
  if (/^T[A-Z]{2,6}$/.test(venue.trim()) || JOURNALS.test(venue)) return "article";
  return "inproceedings";
}
function authorName(name) {
  const text2 = escapeBibText(name);
  return /(^|\s)and(\s|$)/i.test(text2) ? `{${text2}}` : text2;
}
function field(name, value) {
  return `  ${name} = {${value}},`;
}
function renderEntry(paper, key) {
  const type = entryType(paper.venue);
  const lines = [`@${type}{${key},`];
  if (paper.authors.length > 0) {
    lines.push(field("author", paper.authors.map(authorName).join(" and ")));
  }
  lines.push(field("title", `{${escapeBibText(paper.title)}}`));
  if (paper.venue) {
    const venue = escapeBibText(paper.venue);
    if (type === "article") lines.push(field("journal", venue));
    else if (type === "inproceedings") lines.push(field("booktitle", venue));
    else if (!PREPRINTS.test(paper.venue.trim())) lines.push(field("howpublished", venue));
  }
  if (paper.year) lines.push(field("year", escapeBibText(paper.year)));
  const url = mainLink(paper);
  if (url) lines.push(field("url", escapeBibVerbatim(url)));
  if (paper.doi) lines.push(field("doi", escapeBibVerbatim(paper.doi)));
  if (paper.arxiv) {
    lines.push(field("eprint", escapeBibVerbatim(paper.arxiv)), field("archiveprefix", "arXiv"));
  }
  if (paper.abbr) lines.push(field("shorttitle", escapeBibText(paper.abbr)));
  return `${lines.join("\n")}
}
`;
}

// src/core/outputs/bibtex/key.ts
var SKIP = /* @__PURE__ */ new Set(["a", "an", "the", "on", "of", "in", "for", "to", "and", "towards", "toward"]);
function ascii(text2) {
  if (/^[\x20-\x7e]*$/.test(text2)) return text2.toLowerCase().replace(/[^a-z0-9]/g, "");
  return text2.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase().replace(/ß/g, "ss").replace(/[^a-z0-9]/g, "");
}
function familyName(author) {
  const comma = author.indexOf(",");
  if (comma > 0) return author.slice(0, comma).trim();
  const words = author.trim().split(/\s+/);
  return words[words.length - 1] ?? "";
}
function firstWord(title) {
  let fallback = "";
  for (const raw of title.split(/[^\p{L}\p{N}]+/u)) {
    const word = ascii(raw);
    if (word !== "" && !SKIP.has(word)) return word;
    fallback ||= word;
  }
  return fallback || "paper";
}
function baseKey(paper) {
  const author = paper.authors[0] ? ascii(familyName(paper.authors[0])) : "";
  const year = paper.year && /^\d{4}$/.test(paper.year) ? paper.year : "";
  const word = (author === "" && paper.abbr ? ascii(paper.abbr) : "") || firstWord(paper.title);
  const key = author === "" ? `${word}${year}` : `${author}${year}${word}`;
  return /^[a-z]/.test(key) ? key : `p${key}`;
}
function titleSuffix(title) {
  let hash = 2166136261;
  for (const c of ascii(title)) {
    hash ^= c.charCodeAt(0);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash.toString(36).padStart(4, "0").slice(-4);
}
function additionOrder(a, b) {
  const [x, y] = [a.added ?? "", b.added ?? ""];
  return x < y ? -1 : x > y ? 1 : a.order - b.order;
}
function citationKeys(papers) {
  const keys = /* @__PURE__ */ new Map();
  const taken = /* @__PURE__ */ new Set();
  for (const paper of [...papers].sort(additionOrder)) {
    const base = baseKey(paper);
    let key = taken.has(base) ? `${base}-${titleSuffix(paper.title)}` : base;
    for (let n = 2; taken.has(key); n++) key = `${base}-${titleSuffix(paper.title)}${n}`;
    taken.add(key);
    keys.set(paper, key);
  }
  return papers.map((p) => keys.get(p) ?? baseKey(p));
}

// src/core/outputs/bibtex/render.ts
function bibEntries(papers) {
  const keys = citationKeys(papers);
  return papers.map((paper, i) => {
    const key = keys[i] ?? "";
    return { key, text: renderEntry(paper, key) };
  });
}
function renderBibtex(list, name) {
  const entries = bibEntries(distinctPapers(list));
  const head = `% ${name.replace(/[\s@{}%]+/g, " ").trim()}: ${entries.length} papers, generated by paperlist from the list's data file.
`;
  return [head, ...entries.map((e) => e.text)].join("\n");
}

// src/core/outputs/feed/uuid.ts
import { createHash } from "node:crypto";
var NAMESPACE = Buffer.from("6ba7b8119dad11d180b400c04fd430c8", "hex");
function uuidUrn(name) {
  const hash = createHash("sha1").update(NAMESPACE).update(name, "utf8").digest();
  hash[6] = (hash[6] ?? 0) & 15 | 80;
  hash[8] = (hash[8] ?? 0) & 63 | 128;
  const hex = hash.subarray(0, 16).toString("hex");
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// src/core/outputs/feed/xml.ts
var NOT_XML = (
  // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 refuses
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
);
function escapeXml(text2) {
  return text2.replace(NOT_XML, "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// src/core/outputs/feed/render.ts
var FEED_SIZE = 50;
function newestAdditions(papers) {
  return papers.filter((p) => p.added !== void 0).sort((a, b) => (b.added ?? "").localeCompare(a.added ?? "") || b.order - a.order).slice(0, FEED_SIZE);
}
function day(added) {
  return `${added}T00:00:00Z`;
}
function entryXml(paper) {
  const link = mainLink(paper);
  const facts = [paper.venue, paper.year].filter((x) => x !== void 0).join(" ");
  const summary = [facts, paper.sections.map((s) => s.name).join(", ")].filter((x) => x).join(" \xB7 ");
  return [
    "  <entry>",
    `    <id>${uuidUrn(`paperlist:paper:${paper.title}`)}</id>`,
    `    <title type="text">${escapeXml(paper.title)}</title>`,
    `    <updated>${day(paper.added ?? "")}</updated>`,
    `    <published>${day(paper.added ?? "")}</published>`,
    ...link ? [`    <link rel="alternate" href="${escapeXml(link)}"/>`] : [],
    ...paper.authors.map((a) => `    <author><name>${escapeXml(a)}</name></author>`),
    ...paper.sections.map((s) => `    <category term="${escapeXml(s.name)}"/>`),
    ...summary ? [`    <summary type="text">${escapeXml(summary)}</summary>`] : [],
    "  </entry>"
  ];
}
function renderFeed(list, options) {
  const entries = newestAdditions(distinctPapers(list));
  const newest = entries[0]?.added;
  const updated = newest ? day(newest) : options.time.toISOString().replace(/\.\d{3}Z$/, "Z");
  const site = options.siteUrl?.replace(/\/*$/, "/");
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${site ? escapeXml(`${site}feed.xml`) : uuidUrn(`paperlist:feed:${options.name}`)}</id>`,
    `  <title type="text">${escapeXml(options.name)}</title>`,
    ...options.intro ? [`  <subtitle type="text">${escapeXml(options.intro)}</subtitle>`] : [],
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(options.name)}</name></author>`,
    "  <generator>paperlist</generator>",
    ...site ? [
      `  <link rel="self" type="application/atom+xml" href="${escapeXml(`${site}feed.xml`)}"/>`,
      `  <link rel="alternate" type="text/html" href="${escapeXml(site)}"/>`
    ] : [],
    ...entries.flatMap(entryXml),
    "</feed>"
  ];
  return lines.join("\n") + "\n";
}

// site-client:virtual:site-client
var virtual_site_client_default = '"use strict";(()=>{var L="http://www.w3.org/2000/svg";function m(t,e,n){let r=document.createElementNS(L,t);for(let[a,s]of Object.entries(e))r.setAttribute(a,String(s));return n!==void 0&&(r.textContent=n),r}function y(t,e){let n=new Map;for(let o of e)n.set(o,(n.get(o)??0)+1);let r=[...n.entries()].sort(([o],[i])=>o.localeCompare(i)),a=Math.max(1,...r.map(([,o])=>o)),s=Math.max(1,r.length)*34;t.replaceChildren(),t.setAttribute("viewBox",`0 0 ${Math.max(s,200)} 120`),t.setAttribute("preserveAspectRatio","xMinYMax meet"),t.setAttribute("aria-label",r.length===0?"No papers shown":`Papers per year: ${r.map(([o,i])=>`${o}: ${i}`).join(", ")}`),r.forEach(([o,i],u)=>{let d=Math.max(2,Math.round(i/a*90)),f=u*34+8/2,g=m("rect",{x:f,y:90-d+14,width:26,height:d,class:"bar"});g.append(m("title",{},`${o}: ${i} paper${i===1?"":"s"}`)),t.append(g,m("text",{x:f+26/2,y:90-d+10,class:"n"},String(i)),m("text",{x:f+26/2,y:116,class:"y"},`\u2019${o.slice(-2)}`))})}function S(t){let e=document.createElement("textarea");e.value=t,e.setAttribute("readonly",""),e.className="offscreen",document.body.append(e),e.select();let n;try{n=document.execCommand("copy")}catch{n=!1}return e.remove(),n}async function E(t){try{if(navigator.clipboard&&window.isSecureContext)return await navigator.clipboard.writeText(t),!0}catch{}return S(t)}function p(t){return t.normalize("NFKD").replace(/\\p{M}/gu,"").toLowerCase().replace(/[^\\p{L}\\p{N}]+/gu," ").trim()}function b(t,e){if(e==="")return!0;let n=` ${t}`;return e.split(" ").every(r=>n.includes(r))}var l=["category","section","year","venue"];function x(t){let e=new URLSearchParams(t.replace(/^#/,"")),n={};for(let r of l)n[r]=e.get(r)??"";return{q:e.get("q")??"",filters:n,sort:e.get("sort")==="title"?"title":"year"}}function T(t){let e=new URLSearchParams;t.q!==""&&e.set("q",t.q);for(let n of l)t.filters[n]!==""&&e.set(n,t.filters[n]);return t.sort!=="year"&&e.set("sort",t.sort),e.toString()}function c(t){return document.getElementById(t)}function H(t){let e=s=>t.querySelector(`.${s}`)?.textContent??"",n=s=>JSON.parse(t.dataset[s]??"[]"),r=t.dataset.year??"",a=e("venue");return{node:t,text:p([e("title"),e("abbr"),e("authors"),a].join(" ")),title:p(e("title")),year:r,values:{category:n("categories"),section:n("sections"),year:[r],venue:[a]}}}function M(t){let e=(n,r)=>n.title.localeCompare(r.title);return t==="title"?e:(n,r)=>r.year.localeCompare(n.year)||e(n,r)}function I(){return{list:c("papers"),search:c("q"),sort:c("sort"),selects:Object.fromEntries(l.map(t=>[t,c(`f-${t}`)])),count:c("count"),chart:document.getElementById("chart-svg")}}function v(t){return{q:t.search.value,filters:Object.fromEntries(l.map(e=>[e,t.selects[e].value])),sort:t.sort.value==="title"?"title":"year"}}function w(t,e,n){let r=p(n.q),a=[];for(let o of e){let i=b(o.text,r)&&l.every(u=>n.filters[u]===""||o.values[u].includes(n.filters[u]));o.node.hidden=!i,i&&a.push(o)}t.list.append(...[...e].sort(M(n.sort)).map(o=>o.node));let s=e.length;t.count.textContent=a.length===s?`${s} paper${s===1?"":"s"}`:`Showing ${a.length} of ${s} papers`,y(t.chart,a.map(o=>o.year).filter(o=>o!==""))}function h(t,e){let n=x(location.hash);t.search.value=n.q;for(let r of l)t.selects[r].value=n.filters[r],t.selects[r].value!==n.filters[r]&&(t.selects[r].value="");t.sort.value=n.sort,w(t,e,v(t))}function C(t){let e=JSON.parse(c("bibtex").textContent??"{}"),n=c("copy-status");t.addEventListener("click",r=>{let s=r.target.closest("button[data-key]")?.dataset.key;s&&E(e[s]??"").then(o=>{n.textContent=o?`Copied the BibTeX entry ${s}`:"Copying failed; see papers.bib"})})}function V(){let t=I(),e=[...t.list.querySelectorAll("[data-paper]")].map(H),n=()=>{let r=v(t),a=T(r);history.replaceState(null,"",a===""?location.pathname+location.search:`#${a}`),w(t,e,r)};t.search.addEventListener("input",n),t.sort.addEventListener("change",n);for(let r of l)t.selects[r].addEventListener("change",n);c("controls").addEventListener("submit",r=>r.preventDefault()),c("reset").addEventListener("click",()=>{history.replaceState(null,"",location.pathname+location.search),h(t,e)}),window.addEventListener("hashchange",()=>h(t,e)),C(t.list),h(t,e)}V();})();';

// src/core/outputs/site/html.ts
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function escapeHtml(text2) {
  return text2.replace(CONTROL, " ").replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
function scriptJson(value) {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function safeHref(url) {
  return isHttpUrl(url.trim()) ? escapeHtml(encodeUrl(url.trim())) : void 0;
}

// src/core/outputs/site/items.ts
function sectionHref(name) {
  return `#${new URLSearchParams({ section: name }).toString()}`;
}
function attrJson(values) {
  return escapeHtml(JSON.stringify(values));
}
function meta(paper, sections) {
  const parts = [
    paper.abbr ? `<span class="abbr">${escapeHtml(paper.abbr)}</span>` : "",
    paper.venue ? `<span class="venue">${escapeHtml(paper.venue)}</span>` : "",
    paper.year ? `<span class="year">${escapeHtml(paper.year)}</span>` : "",
    `<span class="secs">in ${sections}</span>`
  ].filter((p) => p !== "");
  return `<p class="meta">${parts.join(" \xB7 ")}</p>`;
}
function links(paper, key) {
  const anchors = paper.links.flatMap((link) => {
    const href = safeHref(link.url);
    return href ? [`<a href="${href}">${escapeHtml(link.label)}</a>`] : [];
  });
  const button = `<button type="button" data-key="${escapeHtml(key)}" aria-label="Copy the BibTeX entry of ${escapeHtml(paper.title)}">BibTeX</button>`;
  return `<p class="links">${anchors.join("")}${button}</p>`;
}
function renderItem(paper, key) {
  const sections = paper.sections.map((s) => `<a href="${escapeHtml(sectionHref(s.name))}">${escapeHtml(s.name)}</a>`).join(", ");
  const categories2 = [...new Set(paper.sections.map((s) => s.category))];
  return [
    `<li data-paper data-year="${escapeHtml(paper.year ?? "")}"`,
    ` data-sections="${attrJson(paper.sections.map((s) => s.name))}"`,
    ` data-categories="${attrJson(categories2)}">`,
    `<h3 class="title">${escapeHtml(paper.title)}</h3>`,
    meta(paper, sections),
    paper.authors.length > 0 ? `<p class="auth authors">${escapeHtml(paper.authors.join(", "))}</p>` : "",
    links(paper, key),
    "</li>"
  ].join("");
}

// src/core/outputs/site/controls.ts
function option(value, label) {
  return `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
}
function select(id, label, all, options) {
  return `<div><label for="f-${id}">${label}</label><select id="f-${id}" name="${id}">${option("", all)}${options.join("")}</select></div>`;
}
function countsOf(values) {
  const counts = /* @__PURE__ */ new Map();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
function categories(list) {
  const groups = /* @__PURE__ */ new Map();
  for (const s of list.sections)
    groups.set(s.category, [...groups.get(s.category) ?? [], s.name]);
  return groups;
}
function renderControls(list, papers) {
  const groups = categories(list);
  const sections = [...groups].map(
    ([category, names]) => `<optgroup label="${escapeHtml(category || "Other")}">${names.map((n) => option(n, n)).join("")}</optgroup>`
  );
  const years = countsOf(papers.flatMap((p) => p.year ? [p.year] : []));
  const venues = countsOf(papers.flatMap((p) => p.venue ? [p.venue] : []));
  const counted = (m, keys) => keys.map((k) => option(k, `${k} (${m.get(k) ?? 0})`));
  return [
    '<form id="controls" role="search">',
    '<div class="wide"><label for="q">Search titles, abbreviations, authors and venues</label>',
    '<input type="search" id="q" name="q" autocomplete="off" spellcheck="false"></div>',
    select(
      "category",
      "Category",
      "All categories",
      [...groups.keys()].filter((c) => c !== "").map((c) => option(c, c))
    ),
    select("section", "Section", "All sections", sections),
    select("year", "Year", "All years", counted(years, [...years.keys()].sort().reverse())),
    select(
      "venue",
      "Venue",
      "All venues",
      counted(
        venues,
        [...venues.keys()].sort((a, b) => a.localeCompare(b))
      )
    ),
    '<div><label for="sort">Sort by</label><select id="sort" name="sort">',
    `${option("year", "Year, newest first")}${option("title", "Title, A to Z")}</select></div>`,
    '<div class="end"><button type="button" id="reset">Show all</button></div>',
    "</form>"
  ].join("");
}
function renderSectionIndex(list) {
  const count = new Map(list.sections.map((s) => [s.name, s.papers.length]));
  const groups = [...categories(list)].map(([category, names], c) => {
    const items = names.map(
      (name, s) => `<li id="section-${c + 1}-${s + 1}"><a href="${escapeHtml(sectionHref(name))}">${escapeHtml(name)}</a> (${count.get(name) ?? 0})</li>`
    );
    return `<li>${escapeHtml(category || "Other")}<ul>${items.join("")}</ul></li>`;
  });
  return `<nav aria-labelledby="sections-h"><h2 id="sections-h">Sections</h2><ul>${groups.join("")}</ul></nav>`;
}

// src/core/outputs/site/csp.ts
import { createHash as createHash2 } from "node:crypto";
function sha256(text2) {
  return `'sha256-${createHash2("sha256").update(text2, "utf8").digest("base64")}'`;
}
function contentSecurityPolicy(script, style) {
  return [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(style)}`,
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'"
  ].join("; ");
}

// src/core/outputs/site/style.ts
var PAGE_CSS = `
:root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fff;--muted:#4a4a4a;--line:#d0d0d0;--link:#0b57d0;--bar:#3b6fd6;--chip:#eef2f8}
@media (prefers-color-scheme:dark){:root{--fg:#ececec;--bg:#141414;--muted:#b8b8b8;--line:#3a3a3a;--link:#8ab4f8;--bar:#6d9cf0;--chip:#222a36}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header,main{max-width:60rem;margin:0 auto;padding:0 1rem}
h1{font-size:1.8rem;margin:1.2rem 0 .3rem}
a{color:var(--link)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid var(--link);outline-offset:2px}
.intro,.meta,.auth,.secs{color:var(--muted)}
form{display:grid;grid-template-columns:repeat(auto-fill,minmax(11rem,1fr));gap:.6rem;margin:1rem 0}
form .wide{grid-column:1/-1}
form .end{align-self:end}
label{display:block;font-size:.85rem;font-weight:600}
input,select,button{font:inherit;color:inherit;background:var(--bg);border:1px solid var(--muted);border-radius:4px;padding:.35rem .5rem;width:100%}
button{width:auto;cursor:pointer;background:var(--chip)}
#count{font-weight:600}
figure{margin:.5rem 0 1rem}
figcaption{font-size:.85rem;color:var(--muted)}
svg{display:block;width:100%;height:8rem}
.bar{fill:var(--bar)}
svg text{font-size:9px;text-anchor:middle;fill:var(--fg)}
nav ul{padding-left:1.2rem;margin:.2rem 0}
nav>ul{columns:2 16rem}
ol{list-style:none;padding:0}
li[data-paper]{border-top:1px solid var(--line);padding:.6rem 0}
li[data-paper] h3{font-size:1.05rem;margin:0}
li[data-paper] p{margin:.15rem 0}
.links a{margin-right:.7rem}
.links button{padding:.05rem .5rem;font-size:.85rem}
.offscreen{position:fixed;left:-9999px;top:0}
@media (max-width:36rem){h1{font-size:1.4rem}form{grid-template-columns:1fr 1fr}}
`.trim();

// src/core/outputs/site/page.ts
function renderPage(list, options) {
  const papers = distinctPapers(list);
  const entries = bibEntries(papers);
  const bib = Object.fromEntries(entries.map((e) => [e.key, e.text]));
  const items = papers.map((p, i) => renderItem(p, entries[i]?.key ?? ""));
  const name = escapeHtml(options.name);
  const script = virtual_site_client_default.replace(/<\/(script)/gi, "<\\/$1");
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(script, PAGE_CSS)}">`,
    `<title>${name}</title>`,
    `<link rel="alternate" type="application/atom+xml" href="feed.xml" title="${name}: new papers">`,
    `<style>${PAGE_CSS}</style>`,
    "</head>",
    "<body>",
    `<header><h1>${name}</h1>`,
    options.intro ? `<p class="intro">${escapeHtml(options.intro)}</p>` : "",
    '<p><a href="papers.bib" download>All papers as BibTeX</a> \xB7 <a href="feed.xml">Atom feed of new papers</a></p></header>',
    "<main>",
    renderControls(list, papers),
    `<p id="count" role="status">${papers.length} papers</p>`,
    "<figure><figcaption>Papers per year (of those shown)</figcaption>",
    '<svg id="chart-svg" role="img" aria-label="Papers per year" xmlns="http://www.w3.org/2000/svg"></svg></figure>',
    '<p id="copy-status" class="intro" role="status"></p>',
    `<ol id="papers">${items.join("\n")}</ol>`,
    renderSectionIndex(list),
    "</main>",
    `<script type="application/json" id="bibtex">${scriptJson(bib)}</script>`,
    `<script>${script}</script>`,
    "</body>",
    "</html>",
    ""
  ].join("\n");
}

// src/core/outputs/files.ts
function renderReaderFiles(list, options) {
  return {
    "index.html": renderPage(list, options),
    "papers.bib": renderBibtex(list, options.name),
    "feed.xml": renderFeed(list, options)
  };
}

// src/cli/commands/site.ts
var siteCommand = defineCommand({
  options: {
    out: { type: "string" },
    ...DATA_OPTION,
    ...CONFIG_OPTION,
    time: { type: "string" }
  },
  run: ({ values }, io) => {
    if (values.out === void 0 || values.out === "") {
      throw new UsageError("--out is required: the folder to write the page into");
    }
    const time = timeOption(values.time);
    const read = loadListAndSettings(io, values);
    if (!read.ok) return failWithProblems(io, read.problems);
    const { list, settings } = read.value;
    const files = renderReaderFiles(list, {
      name: settings.name,
      ...settings.intro ? { intro: settings.intro } : {},
      ...settings.siteUrl ? { siteUrl: settings.siteUrl } : {},
      time: time ?? io.now()
    });
    const written = writeFolder(resolve(io.cwd, values.out), values.out, files);
    if (!written.ok) return failWithProblems(io, written.problems);
    for (const file of written.value) io.stdout(`${file}: written
`);
    return EXIT_OK;
  }
});
export {
  siteCommand
};
