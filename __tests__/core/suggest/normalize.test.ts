// Cleaning pasted answers and the keys duplicates are matched on.
import { expect, test } from 'vitest';
import {
  cleanMultiline,
  cleanText,
  hasInvisible,
  looseKey,
  titleKey,
  titleWords,
} from '../../../src/core/suggest/normalize.js';

test('invisible and direction-changing characters are removed', () => {
  const dirty =
    'Ear\u00ADly\u200B Exit\u200C\u200D \u202Eing\u202C \u2066x\u2069 \u200E\u200F\uFEFFdone\u2060\u061C\u180E';
  expect(cleanText(dirty)).toBe('Early Exit ing x done');
  expect(hasInvisible(dirty)).toBe(true);
  expect(hasInvisible('Early Exit')).toBe(false);
});

test('control characters go, tabs and line breaks become spaces, runs collapse', () => {
  expect(cleanText('  a\u0007b\t\tc\r\n d\u0085e  ')).toBe('ab c de');
});

test('text is NFC: a decomposed é equals the composed one', () => {
  expect(cleanText('Caf\u0065\u0301')).toBe('Caf\u00e9');
});

test('full-width digits are not folded by cleaning (the year check refuses them)', () => {
  expect(cleanText('２０２４')).toBe('２０２４');
});

test('multi-line answers keep their lines, at most one blank line in a row', () => {
  expect(cleanMultiline('  one  \r\n\r\n\r\n\r\n  two\u200B  three \n')).toBe('one\n\ntwo three');
});

test('section names match ignoring case and spacing', () => {
  expect(looseKey(' een  DESIGN ')).toBe(looseKey('EEN Design'));
  expect(looseKey('EENDesign')).toBe('eendesign');
});

test('title keys fold ligatures, case, punctuation and spacing', () => {
  expect(titleKey('FrameExit: Conditional Early Exiting for Ef\uFB01cient Video Recognition')).toBe(
    titleKey('Frameexit — conditional early-exiting for efficient video recognition.'),
  );
  expect(titleKey('Straße')).toBe('strasse');
  expect(titleWords('Multi-Exit Semantic Segmentation, v2!')).toEqual([
    'multi',
    'exit',
    'semantic',
    'segmentation',
    'v2',
  ]);
});

test('blank-looking letters and variation selectors are removed: no empty title, no hidden copy', () => {
  expect(cleanText('\u3164\u115f\u2800\u034f\ufe0f')).toBe('');
  expect(cleanText('Dynamic neural net\ufe00works: A survey')).toBe(
    'Dynamic neural networks: A survey',
  );
  expect(cleanText('net\u3164works \u{E0100}x')).toBe('networks x');
  expect(hasInvisible('a\u2800b')).toBe(true);
});
