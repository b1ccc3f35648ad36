// The first sentence of an abstract, for one line of the digest: up to the first `.`, `?` or `!`
// that ends a sentence (followed by a space and a capital, or the end), not the dot of a common
// abbreviation (`e.g.`, `et al.`, `Fig.`) or of a number, and not before SENTENCE_MIN characters (a
// structured abstract opens with `Context.`); cut at a bound with an ellipsis.

const ABBREVIATIONS =
  /(?:\b(?:e\.g|i\.e|et al|etc|vs|cf|fig|figs|eq|eqs|sec|no|approx|resp|dr|prof|mr|ms)|\b[A-Z])$/i;

export const SENTENCE_MAX = 280;
/** A shorter "sentence" (a structured abstract's `Context.`) runs on to the next end. */
const SENTENCE_MIN = 40;

export function firstSentence(text: string, max: number = SENTENCE_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  let end = flat.length;
  for (const m of flat.matchAll(/[.?!](?=\s+[\p{Lu}\p{N}("'“]|$)/gu)) {
    const before = flat.slice(0, m.index);
    if (m[0] === '.' && ABBREVIATIONS.test(before)) continue;
    if (m.index + 1 < SENTENCE_MIN) continue;
    end = m.index + 1;
    break;
  }
  const sentence = flat.slice(0, end);
  const chars = [...sentence];
  return chars.length <= max
    ? sentence
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
