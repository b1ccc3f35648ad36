// Punctuation a template writes around values: a full stop after a title that ends with its own
// `?` or `!`, a separator field with a default (left empty on purpose, it writes nothing), and a
// year written with its last two digits; adoption reads each back as the renderer wrote it.
import { describe, expect, test } from 'vitest';
import { matchTemplate } from '../../../../src/core/adopt/layout/match.js';
import { fillTemplate } from '../../../../src/core/render/layouts/fill.js';
import { fullYear, parseTemplate } from '../../../../src/core/render/layouts/template.js';
import type { Paper } from '../../../../src/core/types.js';

const ctx = { escape: 'markdown' as const, linkLabels: {}, n: 1 };
const paper = (title: string, extra: Paper['extra'] = {}, year?: string): Paper => ({
  title,
  links: [],
  extra,
  ...(year ? { year, venue: 'ICLR' } : {}),
});

describe('a full stop after the title', () => {
  test('is left out after a title ending with ? or !, kept after any other', () => {
    const template = '1. **{{title}}.** More';
    expect(fillTemplate(template, paper('Do Graphs Count?'), ctx)).toBe(
      '1. **Do Graphs Count?** More',
    );
    expect(fillTemplate(template, paper('Stop Now!'), ctx)).toBe('1. **Stop Now!** More');
    expect(fillTemplate(template, paper('Plain Words'), ctx)).toBe('1. **Plain Words.** More');
  });

  test('written as quoted text, it is always written', () => {
    expect(fillTemplate('{{title}}{{"."}}', paper('Do Graphs Count?'), ctx)).toBe(
      'Do Graphs Count?.',
    );
  });

  test('only right after the title', () => {
    expect(fillTemplate('{{title}} - {{note}}.', paper('Why?', { note: 'Yes!' }), ctx)).toBe(
      'Why? - Yes!.',
    );
  });
});

describe('a separator with a default', () => {
  const template = '{{venue}}{{separator|,}} {{year}}';
  test('writes the default without the field, its value with it, nothing when left empty', () => {
    expect(fillTemplate(template, paper('T', {}, '2024'), ctx)).toBe('ICLR, 2024');
    expect(fillTemplate(template, paper('T', { separator: '.' }, '2024'), ctx)).toBe('ICLR. 2024');
    expect(fillTemplate(template, paper('T', { separator: '' }, '2024'), ctx)).toBe('ICLR 2024');
  });

  test('a value left empty is there for an optional part', () => {
    const own = '{{#indent}}{{{indent}}}{{/indent}}{{^indent}}    {{/indent}}*x*';
    expect(fillTemplate(own, paper('T'), ctx)).toBe('    *x*');
    expect(fillTemplate(own, paper('T', { indent: '' }), ctx)).toBe('*x*');
    expect(fillTemplate(own, paper('T', { indent: '\t' }), ctx)).toBe('\t*x*');
  });

  test('adoption reads punctuation only, and nothing as a value left empty', () => {
    const m = matchTemplate(template, 'ICLR 2024', 'markdown');
    expect(m?.fields.get('separator')).toBe('');
    expect(m?.fields.get('venue')).toBe('ICLR');
    const comma = matchTemplate(template, 'ICLR, 2024', 'markdown');
    expect(comma?.fields.has('separator')).toBe(false);
    // Words are never a separator: the title takes them.
    const words = matchTemplate('{{title}}{{separator|.}} {{note}}', 'Graphs. more', 'markdown');
    expect(words?.fields.get('title')).toBe('Graphs');
    expect(words?.fields.has('separator')).toBe(false);
  });
});

describe('a year in two digits', () => {
  test('is parsed as the year field and writes its last two digits', () => {
    expect(parseTemplate("{{venue}}'{{year:2}}")[2]).toMatchObject({ name: 'year', last: 2 });
    expect(fillTemplate("{{venue}}'{{year:2}}", paper('T', {}, '2024'), ctx)).toBe("ICLR'24");
  });

  test('is read back in full', () => {
    expect(fullYear('24')).toBe('2024');
    expect(fullYear('98')).toBe('1998');
    expect(fullYear('2024')).toBe('2024');
    const m = matchTemplate(
      "- {{title}} | {{venue}}' {{year:2}}",
      "- Paged Memory | SOSP' 23",
      'markdown',
    );
    expect(m?.fields.get('year')).toBe('2023');
    expect(m?.fields.get('venue')).toBe('SOSP');
  });
});

describe('a links loop around another', () => {
  test('writes the text around the links once, and nothing without links', () => {
    const template =
      '{{title}}.{{#links}} ({{#links ", "}}[{{label}}]({{url}}){{/links}}){{/links}}';
    const links = [
      { label: 'pdf', url: 'https://example.org/a.pdf' },
      { label: 'code', url: 'https://example.org/code' },
    ];
    expect(fillTemplate(template, { ...paper('T'), links }, ctx)).toBe(
      'T. ([pdf](https://example.org/a.pdf), [code](https://example.org/code))',
    );
    expect(fillTemplate(template, paper('T'), ctx)).toBe('T.');
  });
});
