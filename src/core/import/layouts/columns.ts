// The label of the links a table column holds: a column of links to code hosts holds the paper's
// code, whatever its header says (`Github`, `Code Link`); any other column's links are labelled by
// its header, without the word saying they are links (`Paper Link` -> `paper`).

/** Hosts of source code repositories. */
const CODE_HOST = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|gitee\.com|bitbucket\.org)\//i;

export function isCodeUrl(url: string): boolean {
  return CODE_HOST.test(url);
}

/** The label for the links of a column with header `header` holding links to `urls`. */
export function columnLinkLabel(header: string, urls: readonly string[]): string {
  const code = urls.filter(isCodeUrl).length;
  if (urls.length > 0 && code * 2 > urls.length) return 'code';
  const words = header
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '' && !/^(?:links?|urls?)$/.test(w));
  return words.join('-') || 'link';
}
