// A field written with marks (`{{title **highlights**}}`): the phrases another field lists are
// written between the delimiter, each found after the one before, as a word of its own first.
import { describe, expect, test } from 'vitest';
import { fillTemplate } from '../../../../src/core/render/layouts/fill.js';
import { parseTemplate, templateFields } from '../../../../src/core/render/layouts/template.js';
import type { Paper } from '../../../../src/core/types.js';

const ctx = { escape: 'markdown' as const, linkLabels: {}, n: 1 };
const paper = (title: string, highlights?: unknown): Paper => ({
  title,
  links: [],
  extra: highlights === undefined ? {} : { highlights },
});

describe('a field with marks', () => {
  test('writes each listed phrase between the delimiter', () => {
    const p = paper('LensNet: Multi-Agent Planning for Video Search', ['Agent', 'Video']);
    expect(fillTemplate('- {{title **highlights**}}', p, ctx)).toBe(
      '- LensNet: Multi-**Agent** Planning for **Video** Search',
    );
    expect(fillTemplate('{{title _highlights_}}', paper('Fast Depth', 'Depth'), ctx)).toBe(
      'Fast _Depth_',
    );
  });

  test('prefers the phrase as a word of its own over a part of a longer word', () => {
    const p = paper('PixelNet: Pixel Reasoning', ['Pixel']);
    expect(fillTemplate('{{title **highlights**}}', p, ctx)).toBe('PixelNet: **Pixel** Reasoning');
    const glued = paper('FrameChat: Frame-Level Dialogue', ['Frame']);
    expect(fillTemplate('{{title **highlights**}}', glued, ctx)).toBe(
      'FrameChat: **Frame**-Level Dialogue',
    );
  });

  test('writes the plain value without phrases, and leaves out a phrase it does not hold', () => {
    expect(fillTemplate('{{title **highlights**}}', paper('Cheap Depth'), ctx)).toBe('Cheap Depth');
    expect(fillTemplate('{{title **highlights**}}', paper('Cheap Depth', ['Color']), ctx)).toBe(
      'Cheap Depth',
    );
  });

  test('escapes the value and the phrases as any value', () => {
    const p = paper('A *star* and [box] Search', ['Search']);
    expect(fillTemplate('{{title **highlights**}}', p, ctx)).toBe(
      'A \\*star\\* and \\[box\\] **Search**',
    );
  });

  test('names the field of its phrases among the fields the template reads', () => {
    expect([...templateFields(parseTemplate('{{title **highlights**}}'))]).toEqual([
      'title',
      'highlights',
    ]);
  });
});
