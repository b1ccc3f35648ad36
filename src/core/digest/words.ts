// The words the digest's ranking compares: lower case, letters and digits, common English words and
// bare numbers left out, and a light suffix stemming so that "exit", "exits" and "exiting", or
// "network" and "networks", count as one word. No dictionary and no model: the same text always gives
// the same words.

const STOP = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being ' +
    'below between both but by can could did do does doing down during each few for from further had ' +
    'has have having he her here hers herself him himself his how however i if in into is it its itself ' +
    'just me more most my myself no nor not of off on once only or other our ours ourselves out over own ' +
    'same she should so some such than that the their theirs them themselves then there these they this ' +
    'those through to too under until up very via was we were what when where which while who whom why ' +
    'will with within without would you your yours yourself yourselves using use used based towards toward ' +
    'paper propose proposed show shows new approach method methods results result work study'
  ).split(' '),
);

/** `exiting` -> `exit`, `networks` -> `network`, `studies` -> `study`: a few safe suffixes only. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ies') && word.length > 5) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 6) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 5) return undouble(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is'))
    return word.slice(0, -1);
  return word;
}

/** `runn` -> `run` after a suffix was cut (but `all`, `pass` keep their pairs). */
function undouble(word: string): string {
  const n = word.length;
  const last = word[n - 1];
  return n > 3 && last === word[n - 2] && !'lsz'.includes(last ?? '') ? word.slice(0, -1) : word;
}

/** The stemmed words of `text`, in order, repeats kept. */
export function rankWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text
    .normalize('NFKC')
    .toLowerCase()
    .matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0];
    if (w.length < 2 || STOP.has(w) || /^\d+$/.test(w)) continue;
    out.push(stem(w));
  }
  return out;
}
