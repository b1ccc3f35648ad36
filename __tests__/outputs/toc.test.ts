// The table-of-contents zone: one link per category and section, with the anchors GitHub gives
// those headings in this README (prose headings and repeats counted), kept current by each render.
import { describe, expect, it } from 'vitest';
import { renderReadme } from '../../src/core/render/readme.js';
import { readHeadings } from '../../src/core/outputs/toc/headings.js';
import { renderToc } from '../../src/core/outputs/toc/render.js';
import { paper, section } from '../core/render/papers.js';
import { testSettings } from '../core/render/settings.js';

const time = new Date('2024-10-14T12:47:37Z');
const list = {
  sections: [
    section('Survey', '0. Survey', [paper({ title: 'A' })]),
    section('EEN Design', '1. Architecture', [paper({ title: 'B' })]),
    section('Exit *Policy* [v2] & <more>', '1. Architecture', [paper({ title: 'C' })]),
    section('Survey', '2. Again', [paper({ title: 'D' })]),
  ],
};

const readme = [
  '# My list',
  '## Contents',
  '<!-- toc-start -->',
  'stale text',
  '<!-- toc-end -->',
  '## Survey',
  'A prose heading with the same text as a section, before the tables.',
  '```md',
  '## Not a heading (in a code block)',
  '```',
  '<!-- main-start -->',
  '<!-- main-end -->',
  '<!-- update-time-start -->',
  '<!-- update-time-end -->',
  '',
].join('\n');

function render(text: string): string {
  const out = renderReadme(text, list, testSettings(), time);
  if (!out.ok) throw new Error(JSON.stringify(out.problems));
  return out.value;
}

describe('the toc zone', () => {
  it('links every category and section with GitHub anchors, repeated ones numbered', () => {
    const out = render(readme);
    const zone = out.slice(out.indexOf('<!-- toc-start -->'), out.indexOf('<!-- toc-end -->'));
    expect(zone).toBe(
      [
        '<!-- toc-start -->',
        '',
        '- [0. Survey](#0-survey)',
        '  - [Survey](#survey-1)',
        '- [1. Architecture](#1-architecture)',
        '  - [EEN Design](#een-design)',
        '  - [Exit \\*Policy\\* \\[v2\\] & &lt;more&gt;](#exit-policy-v2--more)',
        '- [2. Again](#2-again)',
        '  - [Survey](#survey-2)',
        '',
        '',
      ].join('\n'),
    );
    // Every link points at a heading the README has, by the anchors GitHub computes.
    const anchors = new Set(readHeadings(out).map((h) => `#${h.slug}`));
    for (const m of zone.matchAll(/\]\((#[^)]+)\)/g)) expect(anchors).toContain(m[1]);
    // Rendering again changes nothing; the prose outside the zones is untouched.
    expect(render(out)).toBe(out);
    expect(out.startsWith('# My list\n## Contents\n<!-- toc-start -->')).toBe(true);
    expect(out).toContain('## Survey\nA prose heading');
  });

  it('nests whatever heading levels a layout writes, highest at the left', () => {
    const text =
      '# Title\n<!-- m -->\n#### Only sections\n- a\n#### Second *one*\n###### Deeper\n<!-- /m -->\n';
    const from = text.indexOf('<!-- m -->');
    expect(renderToc(text, from, text.indexOf('<!-- /m -->'))).toBe(
      '- [Only sections](#only-sections)\n- [Second one](#second-one)\n  - [Deeper](#deeper)',
    );
  });

  it('is optional: a README without its markers renders as before', () => {
    const without = readme.replace(/<!-- toc-start -->\nstale text\n<!-- toc-end -->\n/, '');
    expect(render(without)).not.toContain('toc');
  });

  it('reports a toc marker without its partner with its line', () => {
    const broken = readme.replace('<!-- toc-end -->\n', '');
    const out = renderReadme(broken, list, testSettings(), time);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.problems[0]).toMatchObject({ line: 3 });
  });
});
