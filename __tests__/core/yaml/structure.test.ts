// A YAML structure that breaks is reported once, where it breaks, with a hint about indentation
// that fits the line; a quote or a ": " inside a value keeps its own hint.
import { describe, expect, test } from 'vitest';
import { parseSettings } from '../../../src/core/settings/parse.js';
import { formatProblem } from '../../../src/core/problem.js';
import { parseWithPositions } from '../../../src/core/yaml/locate.js';
import { syntaxProblems } from '../../../src/core/yaml/syntax.js';

const problems = (text: string) =>
  syntaxProblems(parseWithPositions(text), text, 'f.yaml').map(formatProblem);

describe('syntaxProblems', () => {
  test('a settings line indented by one space: one problem at that line, with the top level named', () => {
    const settings = parseSettings('name: My list\n sort: [year]\ntime-zone: UTC\n', 'p.yml');
    expect(settings.ok).toBe(false);
    expect(settings.ok ? [] : settings.problems.map(formatProblem)).toEqual([
      'p.yml:2:2: name: this line is indented more than "name:" on line 1, which already has its value (start it at column 1, as "name:" on line 1 does)',
    ]);
  });

  test('an unquoted value with text after its closing quote keeps the quoting hint', () => {
    expect(problems('a:\n  b: "x" y\n')).toEqual([
      expect.stringMatching(
        /^f\.yaml:2:\d+: .*\(put the whole value in double quotes; after the closing quote only a comment may follow\)$/,
      ),
    ]);
  });

  test('an open bracket is named as such, not as a quote', () => {
    const [first] = problems('a: [1, 2\nb: 3\n');
    expect(first).toContain('a "[" or "{" opened above is not closed');
  });

  test('problems before the first structural one are all kept; those after it are counted', () => {
    const text = 'a: 1\na: 2\nb:\n  c: 1\n   d: 2\n  e: 3\n    f: 4\n';
    const shown = problems(text);
    expect(shown[0]).toContain('the key "a" appears more than once');
    expect(shown[1]).toMatch(/^f\.yaml:5:4: .*this line is indented more than "c:" on line 4/);
    expect(shown.slice(2)).toEqual([
      expect.stringMatching(
        /^f\.yaml: \d+ more problems? after line 5 (is a likely consequence|are likely consequences) of this one/,
      ),
    ]);
  });
});
