// The YAML pre-scan: depth as the parsers see it on ordinary files, deep files refused with their
// line, and work that stays linear in the text's length whatever the nesting.
import { describe, expect, test } from 'vitest';
import { BOUNDS } from '../../../src/core/limits/bounds.js';
import { checkYamlBounds, yamlDepth } from '../../../src/core/limits/yaml.js';
import { readFileSync } from 'node:fs';
import {
  nestedBlockSequences,
  nestedFlowSequences,
  randomYaml,
  seeded,
  yamlOfDepth,
} from './generate.js';

const upstream = new URL('../../../examples/', import.meta.url);

describe('yamlDepth', () => {
  test.each([
    ['a: 1', 1],
    ['a:\n  b:\n    c: [1, [2, {x: 3}]]', 6],
    ['list:\n- a: 1\n  b: [x]\n- c', 4],
    ['- - - x', 3],
    ['- a:\n  - b:\n    - c: 1', 6],
    ['a:\n  b: 1\nc:\n  d: 1', 2],
  ])('%j nests %i levels', (text, depth) => {
    expect(yamlDepth(text).depth).toBe(depth);
  });

  test.each([
    ['a block scalar', 'a: |\n  - - - - -\n  [[[[\nb: 1'],
    ['a quoted scalar over two lines', 'a: "[[[[\n  [[["\nb: x'],
    ['a quote inside a plain scalar', "a: it's [x]"],
    ['a comment', 'a: x # [[[ - - -'],
    ['brackets inside a plain scalar', 'title: A [new] {view}'],
  ])('%s does not count as nesting', (_, text) => {
    expect(yamlDepth(text).depth).toBe(1);
  });

  test('the line given is where the deepest point is first reached', () => {
    expect(yamlDepth('a: 1\nb:\n  c:\n    d: [[1]]\ne: 2\n')).toMatchObject({ depth: 5, line: 4 });
  });

  test('the real data file nests 5 levels', () => {
    const text = readFileSync(new URL('ednn/data.yaml', upstream), 'utf8');
    expect(yamlDepth(text).depth).toBe(5);
  });
});

describe('checkYamlBounds', () => {
  const max = BOUNDS.yamlDepth.max;

  test('just under the depth bound passes, just over is refused with the depth and line', () => {
    expect(yamlDepth(yamlOfDepth(max)).depth).toBe(max);
    expect(checkYamlBounds(yamlOfDepth(max), 'data.yaml')).toBeUndefined();
    const over = yamlOfDepth(max + 1);
    expect(checkYamlBounds(over, 'data.yaml')).toEqual({
      file: 'data.yaml',
      line: max / 2 + 1,
      message: `YAML collections nested ${max + 1} levels deep; paperlist reads at most ${max} levels`,
      hint: `${BOUNDS.yamlDepth.normal}; ${BOUNDS.yamlDepth.fix}`,
    });
  });

  test('20,000 nested block sequences and 100,000 nested flow sequences are refused', () => {
    expect(checkYamlBounds(nestedBlockSequences(20_000), 'd.yaml')?.message).toMatch(
      /^YAML collections nested 20,002 levels deep;/u,
    );
    expect(checkYamlBounds(nestedFlowSequences(100_000), 'd.yaml')).toMatchObject({
      line: 3,
      message: expect.stringMatching(/^YAML collections nested 100,002 levels deep;/u),
    });
  });

  test('just under the size bound passes, just over is refused with the line it is passed on', () => {
    const bounds = { chars: { ...BOUNDS.settingsFileChars, max: 20 }, depth: BOUNDS.yamlDepth };
    expect('a: 1\nb: 2\nc: 3333333').toHaveLength(20);
    expect(checkYamlBounds('a: 1\nb: 2\nc: 3333333', 'x.yml', bounds)).toBeUndefined();
    expect(checkYamlBounds('a: 1\nb: 2\nc: 33333333', 'x.yml', bounds, 'the x')).toEqual({
      file: 'x.yml',
      line: 3,
      message:
        'the x has 21 characters, past the limit at this line; paperlist reads at most 20 characters',
      hint: `${BOUNDS.settingsFileChars.normal}; ${BOUNDS.settingsFileChars.fix}`,
    });
  });
});

describe('the pre-scan is linear', () => {
  test('random deep and wide nesting: work stays within a few steps per character', () => {
    const random = seeded(14);
    for (let i = 0; i < 40; i++) {
      const size = 1_000 + Math.floor(random() * 50_000);
      const text = randomYaml(size, random);
      const { work } = yamlDepth(text);
      expect(work).toBeLessThanOrEqual(3 * text.length + 10);
    }
  });

  test('work per character is the same at 100,000 and 1,000,000 nested levels', () => {
    for (const make of [nestedBlockSequences, nestedFlowSequences]) {
      const small = make(100_000);
      const large = make(1_000_000);
      const ratio = yamlDepth(large).work / large.length / (yamlDepth(small).work / small.length);
      expect(ratio).toBeGreaterThan(0.9);
      expect(ratio).toBeLessThan(1.1);
    }
  });
});
