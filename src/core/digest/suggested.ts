// The papers open suggestion issues name, for the digest to leave out: every arXiv id and DOI their
// text gives, as a link anywhere in it or as an id pasted on a line of its own (the form's link
// answer). An issue still being checked, or refused for another reason, has no pull request yet,
// but its paper is suggested all the same.
import { extractIdentifiers, identifierKey } from '../data/identifiers.js';
import { recognizeLink } from '../metadata/link.js';

const URL_IN_TEXT = /https?:\/\/[^\s<>()[\]"'`]+/gi;

/** `arxiv:<id>` and `doi:<doi>` keys (as `identifierKey` writes them) named in `text`. */
export function identifiersInText(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(URL_IN_TEXT)) {
    for (const id of extractIdentifiers(m[0].replace(/[.,;:]+$/, ''))) out.add(identifierKey(id));
  }
  for (const line of text.split('\n')) {
    const link = recognizeLink(line);
    if (link.kind === 'arxiv') out.add(identifierKey({ kind: 'arxiv', id: link.id }));
    if (link.kind === 'doi') {
      out.add(identifierKey({ kind: 'doi', id: link.doi }));
      if (link.arxiv !== undefined) out.add(identifierKey({ kind: 'arxiv', id: link.arxiv }));
    }
  }
  return [...out];
}

/** The identifier keys of every paper the open suggestion issues' texts name. */
export function suggestedInIssues(issues: readonly { body: string }[]): Set<string> {
  return new Set(issues.flatMap((i) => identifiersInText(i.body)));
}
