import { expect, test } from 'vitest';
import { withStampOf } from '../../src/cli/stamp.js';

const pair = { start: '<!-- t-start -->', end: '<!-- t-end -->' };

test('copies the current stamp into the rendered text and nothing else', () => {
  const current = 'a\n<!-- t-start -->\nold stamp\n<!-- t-end -->\nb old\n';
  const rendered = 'a\n<!-- t-start -->\nnew stamp\n<!-- t-end -->\nb new\n';
  expect(withStampOf(rendered, current, pair)).toBe(
    'a\n<!-- t-start -->\nold stamp\n<!-- t-end -->\nb new\n',
  );
});

test('leaves the rendered text alone when the current README has no such zone', () => {
  const rendered = '<!-- t-start -->\nnew\n<!-- t-end -->\n';
  expect(withStampOf(rendered, 'no markers\n', pair)).toBe(rendered);
});
