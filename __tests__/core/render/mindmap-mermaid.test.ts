// @vitest-environment jsdom
// The mindmap zone must be a diagram Mermaid itself accepts, whatever the names in the data: here
// the real Mermaid parser reads what renderMindmap writes for hostile section and category names.
import { expect, test } from 'vitest';
import { renderMindmap } from '../../../src/core/render/mindmap.js';
import { paper, section } from './papers.js';
import { testSettings } from './settings.js';

const NAMES = [
  'Sec (one) [two] {three}',
  'end))',
  '((root))',
  '::icon(fa fa-book)',
  'Quote " and \' both',
  'Back`tick`s #hash; semi: colon',
  '1. "Quoted" & <b>bold</b>',
  'Emoji 🚀 and ünïcode',
  '-- arrow --> [[link]]',
  '%% not a comment',
  'classDef x fill:#f00',
  '   spaced   ',
  '\\ backslash \\n',
];

async function parseMermaid(text: string): Promise<unknown> {
  const { default: mermaid } = await import('mermaid');
  return mermaid.parse(text);
}

/** The diagram between the fence lines of the zone's code block. */
const diagram = (zone: string): string => zone.split('\n').slice(1, -1).join('\n');

test('Mermaid parses the mindmap of the example list shape', async () => {
  const list = {
    sections: [
      section('Survey', '0. Survey', [paper({ title: 'a' })]),
      section('EEN Design', '1. Architecture', [paper({ title: 'b' })]),
    ],
  };
  const zone = renderMindmap(
    list,
    testSettings({ name: 'Early Exiting', mindmap: { counts: true } }),
  );
  await expect(parseMermaid(diagram(zone))).resolves.toMatchObject({ diagramType: 'mindmap' });
});

test.each(NAMES)('Mermaid parses a mindmap with the name %j everywhere', async (name) => {
  const list = {
    sections: [section(name, name, [paper({ title: 'a' })]), section(`${name} 2`, `${name} 2`, [])],
  };
  const zone = renderMindmap(list, testSettings({ name, mindmap: { counts: true } }));
  await expect(parseMermaid(diagram(zone))).resolves.toMatchObject({ diagramType: 'mindmap' });
});
