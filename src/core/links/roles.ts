// What a link of an entry is for, as a reader tells it from its label and address: the paper's
// page, its PDF, or its code. A suggestion's links (the form's PAGE, PDF and CODE) take the labels
// the list writes for links of the same role.
import type { PaperLink } from '../types.js';

export type LinkRole = 'page' | 'pdf' | 'code';

/** Hosts of source code: a link there is the paper's code whatever its label says. */
const CODE_HOST =
  /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)\//i;

/** The label's words, lower case (`[[Code]]`, `official-code` -> `code`, `official code`). */
function words(label: string): string[] {
  return label
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** The role a label names by itself (`code`, `pdf`, `paper`), if it names one. */
export function labelRole(label: string): LinkRole | undefined {
  const w = words(label);
  if (w.some((x) => /^(?:code|codes|github|gitlab|repo|repository|implementation)$/.test(x))) {
    return 'code';
  }
  if (w.includes('pdf')) return 'pdf';
  if (w.some((x) => /^(?:paper|page|arxiv|link|abs|abstract|doi|article)$/.test(x))) return 'page';
  return undefined;
}

/**
 * The role of each of an entry's links: by its label, else by its address (a code host), else the
 * entry's first link that is neither code nor PDF is its page; other links (a video, a blog, a
 * project site) have no role.
 */
export function linkRoles(links: readonly PaperLink[]): (LinkRole | undefined)[] {
  const roles = links.map(
    (l) => labelRole(l.label) ?? (CODE_HOST.test(l.url) ? 'code' : undefined),
  );
  const first = links.findIndex((l, i) => roles[i] === undefined && !CODE_HOST.test(l.url));
  if (first >= 0 && !roles.includes('page') && !roles.includes('pdf')) roles[first] = 'page';
  return roles;
}
