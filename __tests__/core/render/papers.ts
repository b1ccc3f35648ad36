// Small builders for render tests.
import type { Paper, PaperLink, Section } from '../../../src/core/types.js';

export function paper(fields: Partial<Paper> & { title: string }): Paper {
  return { links: [], extra: {}, ...fields };
}

export function links(record: Record<string, string>): PaperLink[] {
  return Object.entries(record).map(([label, url]) => ({ label, url }));
}

export function section(name: string, category: string, papers: Paper[]): Section {
  return { name, category, papers };
}
