// docs/settings.md describes exactly the keys of the settings schema: each top-level key has one row
// in the reference table (in the schema's order, none extra), every key a setting's mapping may hold
// is named in that row or in the section the row links to (`[Layouts](#layouts)`), the markers table
// lists every zone, and the example is valid settings.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseSettings } from '../../../src/core/settings/parse.js';
import { keysAt } from '../../../src/core/settings/schema-at.js';
import { valueOf } from '../../result.js';

const docs = readFileSync(new URL('../../../docs/settings.md', import.meta.url), 'utf8');

/** The rows of the markdown table that follows `heading`, as [first cell's code, whole row]. */
function tableAfter(heading: string): [string, string][] {
  const start = docs.indexOf(`\n${heading}\n`);
  expect(start, `docs/settings.md has a "${heading}" heading`).toBeGreaterThan(-1);
  const rest = docs.slice(start + heading.length + 2);
  const table = rest.slice(0, rest.search(/\n#/u) === -1 ? undefined : rest.search(/\n#/u));
  return [...table.matchAll(/^\| `([^`]+)` \|.*$/gmu)].map((m) => [m[1] ?? '', m[0]]);
}

/** The text of the section whose heading GitHub gives the anchor `#anchor`, up to the next `##`. */
function sectionText(anchor: string): string {
  const headings = [...docs.matchAll(/^(#+) (.+)$/gmu)];
  const heading = headings.find((h) => h[2]?.toLowerCase().replace(/ /gu, '-') === anchor);
  if (heading === undefined) return '';
  const rest = docs.slice((heading.index ?? 0) + heading[0].length);
  const end = rest.search(/^## /mu);
  return end === -1 ? rest : rest.slice(0, end);
}

/** Where the key's nested keys must be named: its row, and the section the row links to. */
function described(row: string): string {
  const anchors = [...row.matchAll(/\]\(#([a-z0-9-]+)\)/gu)].map((m) => m[1] ?? '');
  return [row, ...anchors.map(sectionText)].join('\n');
}

/** Every key the mapping(s) under top-level `key` may hold, at any depth. */
function nestedKeys(path: (string | number)[]): string[] {
  const here = [...keysAt(path), ...keysAt([...path, 0])];
  return [...here, ...here.flatMap((k) => nestedKeys([...path, k]))];
}

describe('docs/settings.md', () => {
  const reference = tableAfter('## Reference');

  test("the reference table has one row per top-level key, in the schema's order", () => {
    expect(reference.map(([key]) => key)).toEqual(keysAt([]));
  });

  test.each(keysAt([]).filter((key) => nestedKeys([key]).length > 0))(
    'the docs of %s name every key its mapping may hold',
    (key) => {
      const row = reference.find(([documented]) => documented === key)?.[1] ?? '';
      const text = described(row);
      const missing = [...new Set(nestedKeys([key]))].filter((k) => !text.includes(`\`${k}`));
      expect(missing).toEqual([]);
    },
  );

  test('the markers table lists every zone', () => {
    expect(tableAfter('### Markers').map(([zone]) => zone)).toEqual(keysAt(['markers']));
  });

  test('the example is valid settings', () => {
    const example = /```yaml\n([\s\S]*?)```/u.exec(docs)?.[1];
    expect(example).toBeDefined();
    const settings = valueOf(parseSettings(example ?? '', 'docs/settings.md'));
    expect(settings.timeZone).toBe('Europe/Berlin');
    expect(settings.markers.main).toEqual({
      start: '<!-- papers-start -->',
      end: '<!-- papers-end -->',
    });
  });
});
