// The slow, position-aware parser is only paid for when something is wrong, also on 10,000 papers
// (how long a load takes is printed by `npm run bench:core`, not asserted here).
import { parseDocument } from 'yaml';
import { expect, test, vi } from 'vitest';
import { loadData } from '../../../src/core/data/load.js';
import { errorsOf, valueOf } from '../../result.js';

vi.mock('yaml', async (importOriginal) => {
  const original = await importOriginal<typeof import('yaml')>();
  return { ...original, parseDocument: vi.fn(original.parseDocument) };
});

/** A list in the real layout: `papers` papers in sections of 50, three links each. */
function synthetic(papers: number): string {
  const lines: string[] = [];
  for (let i = 0; i < papers; i++) {
    const section = Math.floor(i / 50);
    if (i % 50 === 0) {
      lines.push(
        `Section ${section}:`,
        `  category: "${Math.floor(section / 10)}. Category"`,
        '  list:',
      );
    }
    lines.push(
      `    - title: "Early exiting for efficient inference, part ${i}"`,
      `      abbr: "P${i}"`,
      `      venue: "${['ICLR', 'NeurIPS', 'CVPR', 'ACL'][i % 4]}"`,
      `      year: "${2015 + (i % 12)}"`,
      '      links:',
      `        PAGE: "https://example.org/${section}/${i}"`,
      `        PDF: "https://arxiv.org/pdf/${2000 + section}.${10000 + i}"`,
      `        CODE: "https://github.com/example/p${i}"`,
    );
  }
  return lines.join('\n') + '\n';
}

test('a good file never reaches the slow parser; a bad one does', () => {
  vi.mocked(parseDocument).mockClear();
  expect(loadData(synthetic(100), 'data.yaml').ok).toBe(true);
  expect(parseDocument).not.toHaveBeenCalled();

  const bad = synthetic(100).replace('year: "2016"', 'year: "16"');
  expect(errorsOf(loadData(bad, 'data.yaml'))).toHaveLength(1);
  expect(parseDocument).toHaveBeenCalledTimes(1);
});

test('10,000 papers load whole without reaching the slow parser', () => {
  const text = synthetic(10_000);
  expect(text.length).toBeGreaterThan(2_000_000);
  vi.mocked(parseDocument).mockClear();
  const list = valueOf(loadData(text, 'data.yaml'));
  expect(list.sections).toHaveLength(200);
  expect(list.sections.reduce((n, s) => n + s.papers.length, 0)).toBe(10_000);
  expect(parseDocument).not.toHaveBeenCalled();
});
