// Authors read as a list of names, with the separators the list uses.
import { expect, test } from 'vitest';
import {
  authorLists,
  joinedNames,
  learnJoin,
} from '../../../../src/core/import/layouts/authors.js';
import { layoutSchema } from '../../../../src/core/settings/layout.js';

test('learns the separators between names, before the last and between two', () => {
  const join = learnJoin([
    'Ada Lovelace, Alan Turing, and Grace Hopper',
    'Edsger Dijkstra and Tony Hoare',
  ]);
  expect(join).toEqual({ sep: ', ', last: ', and ', two: ' and ' });
  expect(joinedNames('A Bee, C Dee, and E Eff', join!)).toEqual(['A Bee', 'C Dee', 'E Eff']);
  expect(joinedNames('A Bee and C Dee', join!)).toEqual(['A Bee', 'C Dee']);
  expect(joinedNames('A Bee, C Dee, et al.', { sep: ', ', last: ', ', two: ', ' })).toEqual([
    'A Bee',
    'C Dee',
    'et al.',
  ]);
});

test('keeps the text when the names joined back would differ or are no names', () => {
  const join = { sep: ', ', last: ', ', two: ', ' };
  expect(joinedNames('A Bee and C Dee', join)).toBeUndefined();
  expect(joinedNames('Smith, J., Doe, A.', join)).toBeUndefined();
  expect(joinedNames('A Bee et al.', join)).toBeUndefined();
  expect(learnJoin(['Smith, J. and Doe, A.', 'Solo Name'])).toBeUndefined();
});

test('leaves authors written raw ({{{authors}}}) as their text, and their tag as it is', () => {
  const paper = (authors: string) => ({ title: 'T', links: [], extra: { authors } });
  const sections = [
    {
      name: 'Papers',
      category: 'Papers',
      papers: [paper('*Ines Kovac* and Pavel Dorn'), paper('Mira Santos and Theo Brandt')],
    },
  ];
  const layout = layoutSchema.parse({ kind: 'table', item: '| {{title}} | {{{authors}}} |' });
  authorLists(sections, layout);
  expect(sections[0]!.papers.map((p) => p.extra.authors)).toEqual([
    '*Ines Kovac* and Pavel Dorn',
    'Mira Santos and Theo Brandt',
  ]);
  expect(layout.item).toBe('| {{title}} | {{{authors}}} |');
  // Written plainly, the same names become lists and the tag says how to join them.
  const plain = layoutSchema.parse({ kind: 'table', item: '| {{title}} | {{authors}} |' });
  authorLists(sections, plain);
  expect(sections[0]!.papers[1]!.extra.authors).toEqual(['Mira Santos', 'Theo Brandt']);
  expect(plain.item).toBe('| {{title}} | {{authors " and "}} |');
});
