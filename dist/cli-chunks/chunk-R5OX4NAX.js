import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);

// src/core/settings/words.ts
var TABLE_WORDS = { entry: "row", entries: "rows", zone: "tables" };
var ENTRY_WORDS = { entry: "entry", entries: "entries", zone: "list" };
function listWords(settings) {
  const kind = settings.layout?.kind;
  return kind === "list" || kind === "paragraph" ? ENTRY_WORDS : TABLE_WORDS;
}
function countOf(n, words) {
  return `${n} ${n === 1 ? words.entry : words.entries}`;
}

export {
  listWords,
  countOf
};
