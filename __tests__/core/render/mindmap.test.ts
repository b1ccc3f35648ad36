import { expect, test } from 'vitest';
import { mermaidText, renderMindmap } from '../../../src/core/render/mindmap.js';
import { paper, section } from './papers.js';
import { testSettings } from './settings.js';

const list = {
  sections: [
    section('Survey', '0. Survey', [paper({ title: 'a' })]),
    section('EEN Design', '1. Architecture', [paper({ title: 'b' }), paper({ title: 'c' })]),
    section('Exit Policy', '4. Inference', []),
    section('EEN Configuration', '1. Architecture', [paper({ title: 'd' })]),
  ],
};

test('root, categories in order of first appearance, their sections in file order', () => {
  expect(renderMindmap(list, testSettings({ name: 'Early Exiting' }))).toBe(
    [
      '```mermaid',
      'mindmap',
      '  root(("Early Exiting"))',
      '    c1("0. Survey")',
      '      c1s1["Survey"]',
      '    c2("1. Architecture")',
      '      c2s1["EEN Design"]',
      '      c2s2["EEN Configuration"]',
      '    c3("4. Inference")',
      '      c3s1["Exit Policy"]',
      '```',
    ].join('\n'),
  );
});

test('paper counts after section names when asked', () => {
  const lines = renderMindmap(list, testSettings({ mindmap: { counts: true } })).split('\n');
  expect(lines.filter((l) => l.startsWith('      '))).toEqual([
    '      c1s1["Survey (1)"]',
    '      c2s1["EEN Design (2)"]',
    '      c2s2["EEN Configuration (1)"]',
    '      c3s1["Exit Policy (0)"]',
  ]);
});

test('node text is quoted; characters Mermaid or Markdown could read are entity codes', () => {
  expect(mermaidText('KD (Tuning) [x] {y}')).toBe('"KD (Tuning) [x] {y}"');
  expect(mermaidText('say "hi" <b>#1;</b> & `x` 50%% a:b \\')).toBe(
    '"say #34;hi#34; #60;b#62;#35;1#59;#60;/b#62; #38; #96;x#96; 50#37;#37; a#58;b #92;"',
  );
  expect(mermaidText('line\nbreak')).toBe('"line break"');
  expect(mermaidText('')).toBe('"#32;"');
});
