// The settings file rewritten for a changed structure must read back as the layout it was given:
// every text the layout holds (lines of spaces, long texts between sections) survives the YAML.
import { describe, expect, test } from 'vitest';
import { sameLayout, withLayout } from '../../../src/core/adopt/reimport/settings-text.js';
import { toLayout } from '../../../src/core/settings/layout.js';
import { parseSettings } from '../../../src/core/settings/parse.js';

const SETTINGS = 'name: Exits\n# kept as it is\nsort: []\n';

describe('withLayout', () => {
  const texts = [
    '\n \n',
    '\n \n\n## [Further reading on halting](further-reading.md)\n\n\n',
    '\n\n\t\n  \nA note between the sections that is long enough to be folded.\n\n',
  ];
  for (const before of texts) {
    test(`a section's text ${JSON.stringify(before).slice(0, 30)} reads back the same`, () => {
      const layout = toLayout({
        kind: 'list',
        item: '- [{{title}}]({{link:paper}})',
        sections: { Surveys: { before } },
      });
      const text = withLayout(SETTINGS, layout);
      const parsed = parseSettings(text, 'paperlist.yml');
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.value.layout?.sections['Surveys']?.before).toBe(before);
      expect(sameLayout(parsed.value.layout, layout)).toBe(true);
      // The file's other keys and comments stay.
      expect(text.startsWith(SETTINGS)).toBe(true);
    });
  }
});
