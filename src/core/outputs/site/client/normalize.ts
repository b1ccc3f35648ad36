// Text as the search compares it: accents, case and punctuation ignored, so "Muller" finds "Müller"
// and "early-exit" finds "Early Exit".

/** Lower case, accents removed, every run of non-letters and non-digits one space. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether every word of the (normalized) query occurs in the (normalized) text. */
export function matches(text: string, query: string): boolean {
  if (query === '') return true;
  const padded = ` ${text}`;
  return query.split(' ').every((word) => padded.includes(word));
}
