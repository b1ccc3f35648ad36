// Citation keys: the first author's family name, the year and the first significant word of the
// title (`teerapittayanon2016branchynet`; without authors the abbreviation or that word and the year,
// `msdnet2018`), in plain ASCII letters and digits. Papers whose keys
// collide are told apart by a suffix made from their own title, so a key never depends on which other
// papers happen to be in the list; only the first of them in order of addition keeps the bare key.
import type { ListedPaper } from '../listing.js';

const SKIP = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'for', 'to', 'and', 'towards', 'toward']);

/** Lower-case ASCII letters and digits of `text`, accents dropped (Müller -> muller). */
function ascii(text: string): string {
  // Most text is plain ASCII already, and a long list asks this for every title.
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase().replace(/[^a-z0-9]/g, '');
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '');
}

/** The family name in "Given Family" or "Family, Given" (a braced or one-word name as is). */
export function familyName(author: string): string {
  const comma = author.indexOf(',');
  if (comma > 0) return author.slice(0, comma).trim();
  const words = author.trim().split(/\s+/);
  return words[words.length - 1] ?? '';
}

function firstWord(title: string): string {
  let fallback = '';
  for (const raw of title.split(/[^\p{L}\p{N}]+/u)) {
    const word = ascii(raw);
    if (word !== '' && !SKIP.has(word)) return word;
    fallback ||= word;
  }
  return fallback || 'paper';
}

/** The key before any suffix. */
export function baseKey(paper: ListedPaper): string {
  const author = paper.authors[0] ? ascii(familyName(paper.authors[0])) : '';
  const year = paper.year && /^\d{4}$/.test(paper.year) ? paper.year : '';
  // Without an author, the abbreviation (or the title's word) leads: msdnet2018.
  const word = (author === '' && paper.abbr ? ascii(paper.abbr) : '') || firstWord(paper.title);
  const key = author === '' ? `${word}${year}` : `${author}${year}${word}`;
  // A key must not start with a digit for some tools; a letter prefix keeps it safe.
  return /^[a-z]/.test(key) ? key : `p${key}`;
}

/** FNV-1a of the title's letters and digits, as 4 base-36 characters. */
function titleSuffix(title: string): string {
  let hash = 0x811c9dc5;
  for (const c of ascii(title)) {
    hash ^= c.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(4, '0').slice(-4);
}

/** Order of addition: entries without `added` first (they predate it), then by day, then file order. */
function additionOrder(a: ListedPaper, b: ListedPaper): number {
  const [x, y] = [a.added ?? '', b.added ?? ''];
  return x < y ? -1 : x > y ? 1 : a.order - b.order;
}

/** One key per paper, in the papers' order; keys are unique. */
export function citationKeys(papers: readonly ListedPaper[]): string[] {
  const keys = new Map<ListedPaper, string>();
  const taken = new Set<string>();
  for (const paper of [...papers].sort(additionOrder)) {
    const base = baseKey(paper);
    let key = taken.has(base) ? `${base}-${titleSuffix(paper.title)}` : base;
    for (let n = 2; taken.has(key); n++) key = `${base}-${titleSuffix(paper.title)}${n}`;
    taken.add(key);
    keys.set(paper, key);
  }
  return papers.map((p) => keys.get(p) ?? baseKey(p));
}
