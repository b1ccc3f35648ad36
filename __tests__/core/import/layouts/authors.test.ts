// Authors read as a list of names, with the separators the list uses.
import { expect, test } from 'vitest';
import { joinedNames, learnJoin } from '../../../../src/core/import/layouts/authors.js';

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
