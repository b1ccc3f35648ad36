// The small YAML reader against js-yaml: wherever it gives a value, js-yaml (core schema) reads the
// same text without error and to a deeply equal value (prototypes and key order included). Over
// every YAML file of the project, the real list's data file, synthetic lists, seeded random texts
// built from YAML's edges, and chosen cases. The counts show that the reader did read most files
// (the test would prove nothing if it had left everything to js-yaml).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import jsyaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { seeded } from '../../../scripts/bench/seeded.mjs';
import { synthData } from '../../../scripts/bench/synth.mjs';
import { readSimpleYaml } from '../../../src/core/yaml/fast-read.js';

const root = join(import.meta.dirname, '..', '..', '..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

function jsYaml(text: string): { value: unknown } | undefined {
  try {
    return { value: jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }) };
  } catch {
    return undefined;
  }
}

/** Checks one text; true when the small reader read it. */
function same(text: string): boolean {
  const fast = readSimpleYaml(text);
  if (fast === undefined) return false;
  const slow = jsYaml(text);
  expect(slow, `js-yaml refuses what the small reader read:\n${text}`).toBeDefined();
  // The text of the value shows a difference, key order included; isDeepStrictEqual then compares
  // types and prototypes (toStrictEqual would not do: it compares objects' `constructor`, which a
  // key named so replaces, and two equal `constructor: []` differ for it).
  expect(JSON.stringify(fast), text).toBe(JSON.stringify(slow?.value));
  expect(isDeepStrictEqual(fast, slow?.value), text).toBe(true);
  // No anchors can hide in what it read: js-yaml would have had to resolve them.
  return true;
}

describe('readSimpleYaml reads what js-yaml reads, or leaves the text to it', () => {
  test('every YAML file of the project and the real list', () => {
    const files = [
      ...yamlFiles(join(root, '__tests__', 'fixtures')),
      ...yamlFiles(join(root, 'examples')),
      ...yamlFiles(join(root, '.github')),
    ];
    expect(files.length).toBeGreaterThan(100);
    const read = files.filter((file) => same(readFileSync(file, 'utf8')));
    expect(read.length).toBeGreaterThan(files.length / 2);
  });

  test('synthetic lists of every size the benchmark uses', () => {
    for (const n of [1, 50, 1000, 10000]) expect(same(synthData(n))).toBe(true);
  });

  test('seeded random lines on YAML’s edges', () => {
    let read = 0;
    for (let seed = 0; seed < 3000; seed++) if (same(randomLines(seed))) read++;
    // Most such texts hold something it leaves to js-yaml; enough are read to mean something.
    expect(read).toBeGreaterThan(50);
  });

  test('seeded random sequences with empty items, indented every way', () => {
    let read = 0;
    let valid = 0;
    for (let seed = 0; seed < 3000; seed++) {
      const text = randomItems(seed);
      if (jsYaml(text)) valid++;
      if (same(text)) read++;
    }
    expect(valid).toBeGreaterThan(600);
    expect(read).toBeGreaterThan(valid * 0.3);
  });

  test('seeded random trees with items and values of nothing, at every indentation step', () => {
    let read = 0;
    let valid = 0;
    for (let seed = 0; seed < 3000; seed++) {
      const text = randomTreeWithNothing(seed);
      if (jsYaml(text)) valid++;
      if (same(text)) read++;
    }
    // Nearly all are YAML, and the reader reads nearly all of those.
    expect(valid).toBeGreaterThan(2900);
    expect(read).toBeGreaterThan(valid * 0.9);
  });

  test('seeded keys in every spelling, the same name often written twice', () => {
    let read = 0;
    let valid = 0;
    for (let seed = 0; seed < 3000; seed++) {
      const text = randomKeys(seed);
      if (jsYaml(text)) valid++;
      if (same(text)) read++;
    }
    expect(valid).toBeGreaterThan(2400);
    expect(read).toBeGreaterThan(1000);
  });

  test('seeded one-line scalars built from escapes, quotes, indicators and odd spaces', () => {
    let read = 0;
    for (let seed = 0; seed < 3000; seed++) if (same(randomScalars(seed))) read++;
    expect(read).toBeGreaterThan(600);
  });

  test('seeded random trees written in block style', () => {
    let read = 0;
    let valid = 0;
    for (let seed = 0; seed < 3000; seed++) {
      const text = randomTree(seed);
      if (jsYaml(text)) valid++;
      if (same(text)) read++;
    }
    // What it leaves of the valid ones holds keys like `true:` or `202458:`, or a scalar from the edges.
    expect(valid).toBeGreaterThan(1500);
    expect(read).toBeGreaterThan(valid * 0.7);
  });

  test.each([
    ['a plain scalar that runs into a closing quote', 'a:\n  - t: "x: y\n    v: "z"\n'],
    ['a key with a colon inside a plain value', 'a: b: c\n'],
    ['a comment right after a colon', 'a:#c\n'],
    ['a key with trailing spaces', 'a : b\n'],
    ['a sequence at its key’s indentation', 'a:\n- x\n- y\nb: 1999\n'],
    ['a sequence under a sequence', 'a:\n  -\n    - x\n'],
    ['items of nothing', '- \n-\n- # c\n'],
    ['quoted keys with escapes', "\"a\\\"b\": 1\n'c''d': 'e'''\n"],
    ['escapes', 'a: "\\x41\\u00e9\\n\\t\\\\\\/\\0"\nb: "\\N"\nc: "\\ud83d"\n'],
    ['numbers', 'a: 2024\nb: 0123\nc: 1e3\nd: .5\ne: +1\nf: 0x10\ng: 1_000\n'],
    ['nulls and booleans', 'a: ~\nb: null\nc: NULL\nd: True\ne: yes\nf:\n'],
    ['keys that are not text', 'true: 1\n~: 2\n2024: 3\n0x10: 4\n'],
    ['duplicate and special keys', 'a: 1\na: 2\n'],
    ['the prototype key', '__proto__: 1\n'],
    ['a more indented line after a scalar', 'a: b\n  c\n'],
    ['a less indented key in an item', '- a: 1\n b: 2\n'],
    ['CRLF line ends', 'a:\r\n  - b: "c"\r\n    d: e\r\n'],
    ['a lone CR', 'a: b\rc: d\n'],
    ['a tab', 'a:\tb\n'],
    ['document markers', '---\na: 1\n...\n'],
    ['flow collections', 'a: []\nb: {}\nc: [1]\nd: {e: 1}\n'],
    ['anchors, aliases and tags', 'a: &x 1\nb: *x\nc: !!str 1\n'],
    ['block scalars', 'a: |\n  b\nc: >\n  d\n'],
    ['a multi-line quoted scalar', 'a: "b\n  c"\n'],
    ['comments everywhere', '# top\na: # c\n  # inside\n  - b # c\n  # end\n'],
    ['an indented root', '  a: 1\n  b: 2\n'],
    ['a root scalar', 'just text\n'],
    ['emoji and astral characters', 'a: "🙂 𝔸"\nb: 🙂\n'],
    ['a lone surrogate', 'a: "\ud800"\n'],
    // js-yaml reads a dash after an empty item into that item's sequence, however little indented.
    ['an empty item, then a dash less indented', '-\n  - x\n  -\n- y\n'],
    ['an empty item with a comment, then a dash less indented', ' -\n   - # c\n\n - y\n'],
    ['an empty item under a key, then the outer sequence', '- a:\n  -\n- y\n'],
  ])('%s', (_, text) => {
    same(text);
  });

  // Lines built to make a line expression retry at every position: read as js-yaml reads them. That
  // each takes one pass is shown by `npm run bench:limits` on lines of a million characters.
  test.each([
    ['spaces inside a plain value', `a: b${' '.repeat(2_000)}x\n`],
    ['spaces then a hash', `a: b${' '.repeat(2_000)}#\n`],
    ['spaces after a dash', `-${' '.repeat(2_000)}"x" y\n`],
    ['spaces of indentation', `${' '.repeat(2_000)}"x" y\n`],
    ['spaces after a colon', `a:${' '.repeat(2_000)}"x" y\n`],
    ['escaped quotes and colons', `a: ${'"\\": '.repeat(2_000)}\n`],
    ['colons without spaces', `a${':b'.repeat(2_000)}\n`],
    ['colons with spaces', `a: ${'b: '.repeat(2_000)}"\n`],
    ['words of a key', `a${' b'.repeat(2_000)} "x\n`],
    ['an unclosed quote', `- "${'x'.repeat(2_000)}\n`],
  ])('a long line: %s', (_, text) => {
    same(text);
  });
});

const KEYS = ['title', 'abbr', 'venue', 'links', 'PDF', 'a b', '"q k"', "'s k'", '2024'];
const KEY_EDGES = [
  'a #b',
  'a ',
  '__proto__',
  '0x10',
  'k: v',
  '-k',
  '"unclosed',
  '? k',
  'true',
  '~',
];
const VALUES = [
  'Learning',
  'a b c',
  '"quoted"',
  '"with: colon"',
  '"esc \\" \\\\ \\n \\u00e9"',
  "'single ''q'''",
  '2024',
  '[]',
  '{}',
  'null',
  '~',
  'True',
  'https://example.org/a#b',
  'x # comment',
];
const VALUE_EDGES = [
  'a: b',
  'a:',
  '0123',
  '1e3',
  '.5',
  '-1',
  '+2024',
  '1_000',
  '12',
  '"\\N"',
  '"\\x4"',
  '"unclosed',
  "'unclosed",
  '[a]',
  '{a: 1}',
  '&x v',
  '*x',
  '!!str v',
  '|',
  '>',
  '@x',
  '`x',
  '%x',
  '"a"b',
  '"a" # c',
  'a#b',
];

/** Random lines: keys, items, scalars and comments at random indentations (mostly not YAML). */
function randomLines(seed: number): string {
  const r = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const lines: string[] = [];
  let indent = 0;
  for (let i = 0, n = 2 + Math.floor(r() * 10); i < n; i++) {
    indent = Math.max(0, indent + pick([-2, -2, 0, 0, 0, 2, 2, 4, 1]));
    const key = r() < 0.1 ? pick(KEY_EDGES) : pick(KEYS);
    const value = r() < 0.15 ? pick(VALUE_EDGES) : pick(VALUES);
    const dash = r() < 0.3 ? pick(['- ', '-  ', '- ']) : '';
    const shape = r();
    const body =
      shape < 0.45
        ? `${key}: ${value}`
        : shape < 0.65
          ? `${key}:`
          : shape < 0.8
            ? value
            : shape < 0.9
              ? `# ${value}`
              : '';
    lines.push(' '.repeat(indent) + dash + body + pick(['', '', '', ' ', ' # c', '\r']));
  }
  return lines.join('\n') + (r() < 0.8 ? '\n' : '');
}

/**
 * Dashes, keys and comments at indentations that rise and fall by a step or two, with many items of
 * nothing (`-`, `- # c`): where a sequence ends after an empty item is where js-yaml is odd.
 */
function randomItems(seed: number): string {
  const r = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const bodies = ['-', '-', '- ', '- # c', '- x', '- 2024', '- k: v', 'k:', 'k: v', '# c', ''];
  const lines: string[] = [];
  let indent = 0;
  for (let i = 0, n = 2 + Math.floor(r() * 8); i < n; i++) {
    indent = Math.max(0, indent + pick([-4, -2, -2, -1, 0, 0, 1, 2, 2]));
    lines.push(' '.repeat(indent) + pick(bodies).replace('k', `k${i}`));
  }
  return lines.join('\n') + (r() < 0.9 ? '\n' : '');
}

/**
 * A random tree written in block style the ways YAML allows (items' mappings after the dash,
 * sequences at their key's indentation, two to four spaces, comments and blank lines between), with
 * now and then a scalar or key from the edges: mostly YAML, so most texts are read by both.
 */
function randomTree(seed: number): string {
  const r = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const key = () =>
    (r() < 0.03 ? pick(KEY_EDGES) : pick(KEYS)) + (r() < 0.1 ? String(r()).slice(2, 4) : '');
  const scalar = () => (r() < 0.03 ? pick(VALUE_EDGES) : pick(VALUES));
  const out: string[] = [];
  const eol = r() < 0.2 ? '\r\n' : '\n';
  const extra = () => {
    const x = r();
    if (x < 0.05) out.push('');
    else if (x < 0.1) out.push(' '.repeat(Math.floor(r() * 6)) + '# note');
  };
  const step = pick([2, 2, 4, 3]);
  function mapping(indent: number, depth: number, firstPrefix?: string) {
    const n = 1 + Math.floor(r() * 4);
    for (let i = 0; i < n; i++) {
      const lead = i === 0 && firstPrefix !== undefined ? firstPrefix : ' '.repeat(indent);
      const k = key();
      const kind = depth > 3 ? 0 : r();
      if (kind < 0.6) out.push(`${lead}${k}: ${scalar()}${r() < 0.1 ? ' # c' : ''}`);
      else if (kind < 0.8) {
        out.push(`${lead}${k}:${r() < 0.1 ? ' # c' : ''}`);
        extra();
        mapping(indent + step, depth + 1);
      } else {
        out.push(`${lead}${k}:`);
        sequence(r() < 0.3 ? indent : indent + step, depth + 1);
      }
      extra();
    }
  }
  function sequence(indent: number, depth: number) {
    const n = Math.floor(r() * 4);
    for (let i = 0; i < n; i++) {
      const dash = ' '.repeat(indent) + pick(['- ', '- ', '-   ']);
      const kind = depth > 3 ? 0 : r();
      if (kind < 0.4) out.push(`${dash}${scalar()}`);
      else if (kind < 0.9) mapping(dash.length, depth + 1, dash);
      else {
        out.push(dash.trimEnd());
        mapping(indent + step, depth + 1);
      }
      extra();
    }
  }
  if (r() < 0.9) mapping(0, 0);
  else sequence(0, 0);
  return out.join(eol) + eol;
}

/**
 * A random tree where a key or a dash often has nothing after it (a null, or a block below), each
 * level indented by its own step of one to four spaces, sequences now and then at their key's
 * indentation, and blank, space-only and comment lines at any indentation in between.
 */
function randomTreeWithNothing(seed: number): string {
  const r = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const scalars = ['x', 'a b', '"q"', "'s'", '2024', '[]', '{}', '', '~', 'x # c', '"a: b"', 'a#b'];
  const out: string[] = [];
  let keys = 0;
  const extra = () => {
    const x = r();
    const spaces = ' '.repeat(Math.floor(r() * 8));
    if (x < 0.08) out.push('');
    else if (x < 0.16) out.push(spaces + '# n');
    else if (x < 0.19) out.push(spaces);
  };
  const step = () => pick([1, 2, 2, 3, 4]);
  function below(indent: number, depth: number, underKey: boolean) {
    const x = depth > 5 ? 1 : r();
    if (x < 0.35) mapping(indent + step(), depth + 1);
    else if (x < 0.6) sequence(underKey && r() < 0.4 ? indent : indent + step(), depth + 1);
  }
  function mapping(indent: number, depth: number, first?: string) {
    for (let i = 0, n = 1 + Math.floor(r() * 3); i < n; i++) {
      const lead = i === 0 && first !== undefined ? first : ' '.repeat(indent);
      const key = `k${keys++}`;
      if (r() < 0.5) out.push(`${lead}${key}: ${pick(scalars)}`);
      else {
        out.push(`${lead}${key}:${r() < 0.2 ? ' # c' : ''}`);
        extra();
        below(indent, depth, true);
      }
      extra();
    }
  }
  function sequence(indent: number, depth: number) {
    for (let i = 0, n = 1 + Math.floor(r() * 3); i < n; i++) {
      const dash = ' '.repeat(indent) + pick(['- ', '- ', '-  ', '-   ']);
      const x = depth > 5 ? 0 : r();
      if (x < 0.3) out.push(dash + pick(scalars));
      else if (x < 0.55) mapping(dash.length, depth + 1, dash);
      else {
        out.push(dash.trimEnd() + (r() < 0.2 ? ' # c' : ''));
        extra();
        below(indent, depth, false);
      }
      extra();
    }
  }
  const root = r() < 0.3 ? 1 : 0;
  if (r() < 0.6) mapping(root, 0);
  else sequence(root, 0);
  const eol = r() < 0.15 ? '\r\n' : '\n';
  return out.join(eol) + pick([eol, eol, '', eol + '  ']);
}

/** Spellings of keys: quoted, escaped, numbers, names objects already have, the prototype's. */
const KEY_SPELLINGS = [
  'a',
  '"a"',
  "'a'",
  '"\\x61"',
  '"\\u0061"',
  '2024',
  '"2024"',
  "'2024'",
  '1999',
  'a b',
  '"a b"',
  "'a''b'",
  '"a\'b"',
  'constructor',
  '__proto__',
  '"__proto__"',
  'toString',
  '<<',
  'valueOf',
  'length',
  '0',
  '"0"',
  '"1"',
  '10',
  '"01"',
  'a:b',
  '"a:b"',
  'a#b',
  '"a #b"',
  '"a\\tb"',
  "'a\\tb'",
  '"a\\"b"',
  'null',
  '"null"',
  'True',
  '"true"',
  '~',
  '""',
  "''",
  'é',
  '"\\u00e9"',
  '🙂',
  '"\\ud83d\\ude42"',
  '"\\U0001F642"',
  'a\u00a0',
  '"a\\_"',
  '"a\\u00a0"',
  'hasOwnProperty',
];

/** One to four keys in one mapping (at the top, nested, or an item's): duplicates are common. */
function randomKeys(seed: number): string {
  const r = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const out: string[] = [];
  const where = r();
  for (let i = 0, n = 1 + Math.floor(r() * 4); i < n; i++) {
    const lead = where < 0.4 ? (i === 0 ? 'x:\n  ' : '  ') : where < 0.6 ? (i ? '  ' : '- ') : '';
    out.push(`${lead}${pick(KEY_SPELLINGS)}: ${pick(['1', 'v', '"v"', '[]', '{}', '', '2024'])}`);
  }
  return out.join('\n') + '\n';
}

const SCALAR_PIECES = [
  'a',
  ' ',
  '  ',
  '#',
  ':',
  ': ',
  ' #',
  '"',
  "'",
  "''",
  '\\',
  '\\\\',
  '\\"',
  '\\n',
  '\\t',
  '\\x41',
  '\\x4',
  '\\u00e9',
  '\\u12',
  '\\U0001F600',
  '\\U00110000',
  '\\N',
  '\\_',
  '\\L',
  '\\P',
  '\\ ',
  '\\/',
  '\\0',
  '\\e',
  "\\'",
  '\\q',
  '\u00a0',
  '\u3000',
  '\u200b',
  '🙂',
  '-',
  '?',
  ',',
  '[',
  ']',
  '{',
  '}',
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
  '~',
  '.',
  '+',
  '0',
  '2024',
  'e',
  '_',
  'inf',
  'null',
  'true',
  'NULL',
  '\ufeff',
  '\t',
  '\r',
];

/** Keys' values, items and keys, each a few pieces from the edges, plain or quoted either way. */
function randomScalars(seed: number): string {
  const r = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const scalar = () => {
    let text = '';
    for (let i = 0, n = Math.floor(r() * 6); i < n; i++) text += pick(SCALAR_PIECES);
    const q = r();
    return q < 0.35 ? `"${text}"` : q < 0.55 ? `'${text}'` : text;
  };
  const out: string[] = [];
  for (let i = 0, n = 1 + Math.floor(r() * 3); i < n; i++) {
    const shape = r();
    if (shape < 0.5) out.push(`k${i}: ${scalar()}${pick(['', '', ' ', ' # c', '#c'])}`);
    else if (shape < 0.8) out.push(`- ${scalar()}`);
    else out.push(`${scalar()}: v${i}`);
  }
  return out.join(pick(['\n', '\n', '\r\n'])) + pick(['\n', '', '\r\n', '\n\n', '\n  ', '\r']);
}
