// Values written inside markup the layout owns: a label badge's text in its address (shields.io's
// own escaping), a summary's linked phrases as links to the entry's links, and a picture's link
// that only its own link fills.
import { describe, expect, test } from 'vitest';
import { fillTemplate } from '../../../../src/core/render/layouts/fill.js';
import { fromShields, shieldsText } from '../../../../src/core/render/shields.js';
import type { Paper } from '../../../../src/core/types.js';

const ctx = { escape: 'markdown' as const, linkLabels: {}, n: 1 };
const paper = (extra: Paper['extra'], links: Paper['links'] = []): Paper => ({
  title: 'T',
  links,
  extra,
});

describe('a label badge', () => {
  test('writes its text as shields.io reads it back', () => {
    expect(shieldsText('Multi-Task Low_Rank study')).toBe('Multi--Task_Low__Rank_study');
    expect(fromShields('Multi--Task_Low__Rank_study')).toBe('Multi-Task Low_Rank study');
    expect(fromShields('Text%20and%20Vision')).toBe('Text and Vision');
    expect(shieldsText('a/b (c)?')).toBe('a%2Fb_%28c%29%3F');
  });

  test('a list of tags is written badge by badge, encoded in each address', () => {
    const template =
      '{{#tags}} ![](https://img.shields.io/badge/{{tags "-blue) ![](https://img.shields.io/badge/"}}-blue){{/tags}}.';
    expect(fillTemplate(template, paper({ tags: ['Prefix Tuning', 'Multi-Task'] }), ctx)).toBe(
      ' ![](https://img.shields.io/badge/Prefix_Tuning-blue) ![](https://img.shields.io/badge/Multi--Task-blue).',
    );
    expect(fillTemplate(template, paper({}), ctx)).toBe('.');
  });
});

describe('a text with linked phrases', () => {
  const links = [
    { label: 'pdf', url: 'https://example.org/a.pdf' },
    { label: 'Hash Routing', url: 'https://example.org/hash' },
  ];
  const template = '{{#links " "}}[{{label}}]({{url}}){{/links}}\n> {{{summary [mentions]}}}';

  test('links each phrase to its link, which the links loop leaves out', () => {
    const p = paper(
      { summary: 'See Hash Routing,\nthen more.', mentions: ['Hash Routing'] },
      links,
    );
    expect(fillTemplate(template, p, ctx)).toBe(
      '[pdf](https://example.org/a.pdf)\n> See [Hash Routing](https://example.org/hash),\n> then more.',
    );
  });

  test('a text without phrases is written as it is', () => {
    const p = paper({ summary: 'Plain words.' }, links.slice(0, 1));
    expect(fillTemplate(template, p, ctx)).toBe('[pdf](https://example.org/a.pdf)\n> Plain words.');
  });
});

describe('a part written only with its own link', () => {
  test('borrows no other link: an entry without a picture leaves the part out', () => {
    const template =
      '{{#link:image}}<a href="{{link:image}}"><img src="{{image}}"></a>{{/link:image}}<a href="{{link:paper}}">{{title}}</a>';
    const p = paper({}, [{ label: 'paper', url: 'https://example.org/p' }]);
    expect(fillTemplate(template, p, { ...ctx, escape: 'html' })).toBe(
      '<a href="https://example.org/p">T</a>',
    );
  });
});
