import { expect, test } from 'vitest';
import { keepStamp } from '../../../src/core/render/keep-stamp.js';
import { testSettings } from './settings.js';

const settings = testSettings();

test('puts the current stamp back into a fresh render', () => {
  const current =
    'a\n<!-- update-time-start -->\n\n**Last Update: Jan 01, 2024**\n\n<!-- update-time-end -->\nold table';
  const rendered =
    'a\n<!-- update-time-start -->\n\n**Last Update: Oct 14, 2024**\n\n<!-- update-time-end -->\nnew table';
  expect(keepStamp(rendered, current, settings)).toBe(
    'a\n<!-- update-time-start -->\n\n**Last Update: Jan 01, 2024**\n\n<!-- update-time-end -->\nnew table',
  );
});

test('leaves the render alone when the current text has no usable stamp zone', () => {
  const rendered = '<!-- update-time-start -->x<!-- update-time-end -->';
  expect(keepStamp(rendered, 'no markers', settings)).toBe(rendered);
});
