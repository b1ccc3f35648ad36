// Every URL the list links to, once each, with the places it is used: the input of the link check.
import type { PaperList } from '../types.js';
import type { LinkRef } from './types.js';

/** Distinct URLs (exact string) in file order, each with all its uses in file order. */
export function collectLinks(list: PaperList): LinkRef[] {
  const byUrl = new Map<string, LinkRef>();
  for (const section of list.sections) {
    for (const paper of section.papers) {
      for (const link of paper.links) {
        let ref = byUrl.get(link.url);
        if (ref === undefined) {
          ref = { url: link.url, uses: [] };
          byUrl.set(link.url, ref);
        }
        ref.uses.push({ section: section.name, title: paper.title, label: link.label });
      }
    }
  }
  return [...byUrl.values()];
}
