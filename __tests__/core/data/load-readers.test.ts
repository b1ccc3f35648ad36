// loadData gives the same answer whichever reader reads the file: each seeded data file is loaded
// as written (mostly by the small reader) and with a comment holding a tab added at its end, which
// changes nothing in the file's meaning or its lines but makes the small reader leave it to js-yaml.
// Same value, same problems, same lines and columns. The counts show both paths were taken.
import { expect, test } from 'vitest';
import { seeded } from '../../../scripts/bench/seeded.mjs';
import { loadData } from '../../../src/core/data/load.js';
import { readSimpleYaml } from '../../../src/core/yaml/fast-read.js';

test('seeded data files load the same through the small reader and through js-yaml', () => {
  let read = 0;
  let loaded = 0;
  let refused = 0;
  for (let seed = 0; seed < 2000; seed++) {
    const text = randomDataFile(seed);
    const slowText = `${text}#\tby js-yaml\n`;
    expect(readSimpleYaml(slowText)).toBeUndefined();
    if (readSimpleYaml(text) !== undefined) read++;
    const fast = loadData(text, 'data.yaml');
    expect(fast, text).toEqual(loadData(slowText, 'data.yaml'));
    if (fast.ok) loaded++;
    else if (fast.problems.some((p) => p.line !== undefined)) refused++;
  }
  expect(read).toBeGreaterThan(500);
  expect(loaded).toBeGreaterThan(100);
  expect(refused).toBeGreaterThan(1500);
});

const SECTIONS = ['"Vision"', "'NLP'", '2024', '"2024"', '"0"', '"a: b"', '~', 'true', 'Sec #1'];
const CATEGORIES = ['"0. Cat"', '0. Cat', "'1. Cat'", '', '2024', '[]'];
const TITLES = ['"T"', 'T', "'T'", '"T: x"', 'T: x', 'T #1', '""', '2024', '"\\u00e9"', '~', '{}'];
const YEARS = ['"2024"', '2024', "'2024'", '0x7E8', '+2024', '2024.0', '"24"', '', '~', 'x'];
const LABELS = ['PDF', 'PAGE', 'CODE', '"PDF"', '2024', '"1"', 'pdf'];
const URLS = ['"https://a.org/x"', 'https://a.org/x#y', 'https://a.org/x #y', '""', '', 'ftp://x'];
const EXTRAS = ['notes: x', 'added: "2024"', 'year:: "2021"', 'tags: []', 'venue: ICLR'];
const BLOCKS = [
  ['tags:', '- year:+2024', '- a'],
  ['authors:', '- "A B"'],
];

/**
 * A data file in the real layout with the spellings people use and get wrong: quoted and plain
 * names, years as text, numbers and odd numbers, links labelled by numbers, extra fields, repeated
 * fields, CRLF line ends, one to four spaces of indentation.
 */
function randomDataFile(seed: number): string {
  const r = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const step = pick([2, 2, 4, 3, 1]);
  const pad = (n: number) => ' '.repeat(n * step);
  const out: string[] = [];
  for (let s = 0, sections = 1 + Math.floor(r() * 3); s < sections; s++) {
    out.push(`${r() < 0.6 ? `S${s}` : pick(SECTIONS)}:`);
    if (r() < 0.9) out.push(`${pad(1)}category: ${pick(CATEGORIES)}`);
    out.push(`${pad(1)}list:`);
    const dash = r() < 0.3 ? pad(1) : pad(2);
    for (let p = 0, papers = Math.floor(r() * 3); p < papers; p++) {
      const fields: string[][] = [[`title: ${pick(TITLES)}`]];
      if (r() < 0.7) fields.push([`year: ${pick(YEARS)}`]);
      if (r() < 0.2) fields.push([pick(EXTRAS)]);
      if (r() < 0.15) fields.push(pick(BLOCKS));
      if (r() < 0.8) {
        const links = ['links:'];
        for (let l = 0, n = Math.floor(r() * 3); l < n; l++)
          links.push(`${pad(1)}${pick(LABELS)}: ${pick(URLS)}`);
        fields.push(links);
      }
      if (r() < 0.03) fields.push(pick(fields));
      const first = Math.floor(r() * fields.length);
      [fields[0], fields[first]] = [fields[first] as string[], fields[0] as string[]];
      fields.forEach((lines, i) => {
        const lead = i === 0 ? `${dash}- ` : `${dash}  `;
        lines.forEach((line, j) => out.push((j === 0 ? lead : `${dash}  ${pad(1)}`) + line));
      });
      if (r() < 0.1) out.push(pick(['', '# c', `${dash}# c`]));
    }
  }
  return out.join(r() < 0.1 ? '\r\n' : '\n') + '\n';
}
