// describeHandEdits names what the list shows: rows of tables, entries of bullet, numbered and
// paragraph lists, each with its README line, and the settings decide which.
import { describe, expect, test } from 'vitest';
import { describeHandEdits } from '../../../src/core/adopt/describe.js';
import { noHandEdits, type HandEdits } from '../../../src/core/adopt/types.js';
import { defaultSettings } from '../../../src/core/settings/defaults.js';
import { toLayout } from '../../../src/core/settings/layout.js';
import { listWords } from '../../../src/core/settings/words.js';

const edits: HandEdits = {
  ...noHandEdits(),
  adoptions: [
    {
      kind: 'added',
      section: 'Vision',
      paper: { title: 'Typed', links: [], extra: {} },
      line: 12,
    },
    {
      kind: 'edited',
      section: 'Vision',
      title: 'Odd One',
      index: 0,
      field: 'shape',
      from: undefined,
      to: '- {{title}}!',
      line: 9,
    },
  ],
  dataWins: [
    { section: 'Vision', title: 'Gone', field: 'entry', readme: 'Gone', data: undefined, line: 14 },
  ],
  putBack: [],
  moved: [],
  unreadable: [],
};

const withLayout = (kind: 'table' | 'list' | 'paragraph' | 'html') => ({
  ...defaultSettings,
  layout: toLayout({ kind, item: '- {{title}}' }),
});

describe('describeHandEdits', () => {
  test('tables (the default, a table layout, an HTML table) have rows', () => {
    for (const settings of [defaultSettings, withLayout('table'), withLayout('html')]) {
      expect(describeHandEdits(edits, 'data.yaml', listWords(settings))).toEqual([
        'new row "Typed" in "Vision" (README line 12): adopted as an entry of data.yaml',
        '"Odd One" in "Vision" is written unlike the other rows (README line 9): the way it is written is kept in data.yaml as its own template',
        '"Gone" in "Vision" was removed from data.yaml by the same change; the edit of its row (README line 14) is not kept',
      ]);
    }
  });

  test('bullet, numbered and paragraph lists have entries', () => {
    for (const settings of [withLayout('list'), withLayout('paragraph')]) {
      expect(describeHandEdits(edits, 'data.yaml', listWords(settings))).toEqual([
        'new entry "Typed" in "Vision" (README line 12): adopted into data.yaml',
        '"Odd One" in "Vision" is written unlike the other entries (README line 9): the way it is written is kept in data.yaml as its own template',
        '"Gone" in "Vision" was removed from data.yaml by the same change; the edit of its entry (README line 14) is not kept',
      ]);
    }
  });
});
