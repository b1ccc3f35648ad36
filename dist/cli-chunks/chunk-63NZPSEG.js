import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);

// src/core/data/identifiers.ts
var KIND_NAMES = {
  arxiv: "arXiv id",
  doi: "DOI",
  openreview: "OpenReview id",
  acl: "ACL Anthology id"
};
function describeIdentifier(i) {
  return `${KIND_NAMES[i.kind]} ${i.id}`;
}
function identifierKey(i) {
  return `${i.kind}:${i.id}`;
}
var ARXIV_ID = /^(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Za-z]{2})?\/\d{7})(?:v\d+)?$/;
var ARXIV_PATH = /^\/(?:abs|pdf|html|format)\/(.+?)(?:\.pdf)?\/?$/;
var ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/;
var ACM_PATH = /^\/doi\/(?:(?:abs|full|pdf|epdf|fullhtml|book)\/)?(10\.\d{4,9}\/.+)$/i;
var SPRINGER_PATH = /^\/(?:article|chapter)\/(10\.\d{4,9}\/.+)$/;
var DOI_PATH = /^\/(10\.\d{4,9}\/.+)$/;
var ACL_PATH = /^\/(\d{4}\.[a-z0-9-]+\.\d+|[A-Z]\d{2}-\d{4})(?:\.pdf)?\/?$/;
function arxiv(raw) {
  const m = ARXIV_ID.exec(raw);
  return m?.[1] !== void 0 ? [{ kind: "arxiv", id: m[1] }] : [];
}
function doi(raw) {
  const id = raw.replace(/\/+$/, "").toLowerCase();
  const ax = ARXIV_DOI.exec(id);
  if (ax?.[1] !== void 0) return arxiv(ax[1]);
  return [{ kind: "doi", id }];
}
function decode(text) {
  if (!text.includes("%")) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
var URL_PARTS = /^https?:\/\/(?:[^@/?#]*@)?([^/?#:]+)(?::\d*)?([^?#]*)(?:\?([^#]*))?/i;
function extractIdentifiers(url) {
  const parts = URL_PARTS.exec(url.trim());
  if (parts === null) return [];
  const host = (parts[1] ?? "").toLowerCase().replace(/^(?:www|export)\./, "");
  const path = decode(parts[2] ?? "");
  if (host === "arxiv.org") {
    const m = ARXIV_PATH.exec(path);
    return m?.[1] !== void 0 ? arxiv(m[1]) : [];
  }
  if (host === "doi.org" || host === "dx.doi.org") {
    const m = DOI_PATH.exec(path);
    return m?.[1] !== void 0 ? doi(m[1]) : [];
  }
  if (host === "dl.acm.org") {
    const m = ACM_PATH.exec(path);
    return m?.[1] !== void 0 ? doi(m[1]) : [];
  }
  if (host === "link.springer.com") {
    const m = SPRINGER_PATH.exec(path);
    return m?.[1] !== void 0 ? doi(m[1]) : [];
  }
  if (host === "openreview.net" && (path === "/forum" || path === "/pdf")) {
    const id = /(?:^|&)id=([^&]+)/.exec(parts[3] ?? "")?.[1];
    return id !== void 0 ? [{ kind: "openreview", id: decode(id.replace(/\+/g, " ")) }] : [];
  }
  if (host === "aclanthology.org") {
    const m = ACL_PATH.exec(path);
    return m?.[1] !== void 0 ? [{ kind: "acl", id: m[1] }] : [];
  }
  return [];
}

export {
  describeIdentifier,
  identifierKey,
  extractIdentifiers
};
