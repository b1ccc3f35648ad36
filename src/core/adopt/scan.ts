// The count line of a zone read back: the line the layout writes with the number of papers.

/** The count line with any number in place of `{count}`. */
export function countPattern(countLine: string): RegExp | undefined {
  if (countLine === '') return undefined;
  const parts = countLine.split('{count}').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('\\d+')}$`);
}
