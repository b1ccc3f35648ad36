// Text cleaning for answers copied from anywhere: pasted titles often carry invisible characters
// (soft hyphens from PDFs, zero-width spaces, direction marks) that would make the list unsearchable
// or could reorder how a row is displayed.

/**
 * Invisible and direction-changing characters: every format character (soft hyphen, zero-width
 * space/joiners, LRM/RLM, ALM, bidi embeddings, overrides and isolates, word joiner, BOM, tags...),
 * control characters other than tab and line breaks, the Mongolian vowel separator and free
 * variation selectors, the combining grapheme joiner, variation selectors, and the blank-looking
 * letters (Hangul fillers, Khmer inherent vowels, the braille blank) that would make a title look
 * empty or let a copy slip past the duplicate check.
 */
// no-misleading-character-class guards against a combining mark that would join the character before
// it in a class; here the invisible marks (U+034F, variation selectors) are matched alone, on purpose.
/* eslint-disable no-misleading-character-class */
const INVISIBLE =
  /[\p{Cf}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u2800\u3164\uFE00-\uFE0F\uFFA0\u{E0100}-\u{E01EF}]|[^\P{Cc}\t\n\r]/gu;
const INVISIBLE_ONE = new RegExp(INVISIBLE.source, 'u');
/* eslint-enable no-misleading-character-class */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const ASCII_WORD = /[a-z0-9]+/g;

/** Whether the text holds characters that cleanText removes. */
export function hasInvisible(text: string): boolean {
  return INVISIBLE_ONE.test(text);
}

/** A one-line answer: invisible characters removed, NFC, trimmed, whitespace runs made one space. */
export function cleanText(text: string): string {
  return text.replace(INVISIBLE, '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** A multi-line answer: like cleanText, but line breaks survive (at most one blank line in a row). */
export function cleanMultiline(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A key that ignores case and spacing, for matching section names typed by hand. */
export function looseKey(text: string): string {
  return cleanText(text).toLowerCase().replace(/\s+/g, '');
}

/**
 * The words of a title for comparison: compatibility forms folded (NFKC, so the ligature "ﬁ" is
 * "fi"), case folded, split on anything that is not a letter, mark or digit.
 */
export function titleWords(title: string): string[] {
  // Printable ASCII needs no Unicode folding; most titles are, and lists can be long.
  if (PRINTABLE_ASCII.test(title)) return title.toLowerCase().match(ASCII_WORD) ?? [];
  const folded = title
    .replace(INVISIBLE, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKC');
  return folded.split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w !== '');
}

/** The identity of a title: its words with punctuation and spacing removed. */
export function titleKey(title: string): string {
  return titleWords(title).join('');
}
