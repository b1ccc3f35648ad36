import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);

// src/core/suggest/normalize.ts
var INVISIBLE = /[\p{Cf}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u2800\u3164\uFE00-\uFE0F\uFFA0\u{E0100}-\u{E01EF}]|[^\P{Cc}\t\n\r]/gu;
var INVISIBLE_ONE = new RegExp(INVISIBLE.source, "u");
var PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
var ASCII_WORD = /[a-z0-9]+/g;
function hasInvisible(text) {
  return INVISIBLE_ONE.test(text);
}
function cleanText(text) {
  return text.replace(INVISIBLE, "").normalize("NFC").replace(/\s+/g, " ").trim();
}
function cleanMultiline(text) {
  return text.replace(INVISIBLE, "").normalize("NFC").replace(/\r\n?/g, "\n").split("\n").map((l) => l.replace(/\s+/g, " ").trim()).join("\n").replace(/\n{3,}/g, "\n\n").trim();
}
function looseKey(text) {
  return cleanText(text).toLowerCase().replace(/\s+/g, "");
}
function titleWords(title) {
  if (PRINTABLE_ASCII.test(title)) return title.toLowerCase().match(ASCII_WORD) ?? [];
  const folded = title.replace(INVISIBLE, "").normalize("NFKC").toLowerCase().replace(/ß/g, "ss").normalize("NFKC");
  return folded.split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w !== "");
}
function titleKey(title) {
  return titleWords(title).join("");
}

export {
  hasInvisible,
  cleanText,
  cleanMultiline,
  looseKey,
  titleWords,
  titleKey
};
