// The file adapter the CLI reads through: strict UTF-8, a BOM kept, the first bad byte's line named.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  decodeUtf8,
  firstInvalidByte,
  readOptionalTextFile,
  readTextFile,
} from '../../src/adapters/fs/files.js';

const hint =
  'save the file with the UTF-8 encoding (most editors offer it under "Save with encoding")';
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('decodeUtf8', () => {
  test('decodes UTF-8 and keeps a BOM in the text', () => {
    expect(decodeUtf8(bytes('Ef\uFB01cient \u{1F600}\n'), 'f')).toEqual({
      ok: true,
      value: 'Ef\uFB01cient \u{1F600}\n',
    });
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], 'a: 1\n'), 'f')).toEqual({
      ok: true,
      value: '\uFEFFa: 1\n',
    });
    // A real U+FFFD in the file is text like any other.
    expect(decodeUtf8(bytes('\uFFFD'), 'f')).toEqual({ ok: true, value: '\uFFFD' });
  });

  test('refuses bytes that are not UTF-8, naming the line of the first one', () => {
    for (const [input, line] of [
      [bytes('caf', [0xe9], '\n'), 1], // Latin-1
      [bytes('a\nb\r\nc', [0x80]), 3], // a lone continuation byte
      [bytes('a\n\n', [0xc0, 0xaf]), 3], // an overlong "/"
      [bytes('a\n', [0xed, 0xa0, 0x80]), 2], // a surrogate
      [bytes('a\n', [0xf4, 0x90, 0x80, 0x80]), 2], // past U+10FFFF
      [bytes('ok\u00e9\n', [0xe2, 0x82]), 2], // cut short at the end
      [bytes('x', [0xe2], '\n', [0x82, 0xac]), 1], // split by a newline: the lead byte's line
    ] as const) {
      expect(decodeUtf8(input, 'F.md'), input.toString('hex')).toEqual({
        ok: false,
        problems: [{ file: 'F.md', message: `not valid UTF-8 text (line ${line})`, hint }],
      });
    }
  });
});

test('firstInvalidByte agrees with the strict decoder on every 1- and 2-byte input, and on 3-byte leads', () => {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const valid = (b: Uint8Array) => {
    try {
      strict.decode(b);
      return true;
    } catch {
      return false;
    }
  };
  const check = (b: Uint8Array) => {
    const at = firstInvalidByte(b);
    expect(at === b.length, Buffer.from(b).toString('hex')).toBe(valid(b));
    // Everything before the reported byte is well-formed.
    expect(valid(b.subarray(0, at))).toBe(true);
  };
  for (let a = 0; a < 256; a++) {
    check(Uint8Array.of(a));
    for (let b = 0; b < 256; b++) check(Uint8Array.of(a, b));
  }
  for (const lead of [0xe0, 0xed, 0xef, 0xf0, 0xf4]) {
    for (let b = 0x70; b < 0xd0; b++) {
      for (const c of [0x41, 0x80, 0xbf, 0xc0]) {
        check(Uint8Array.of(lead, b, c, 0x80));
        check(Uint8Array.of(lead, b, c));
      }
    }
  }
});

describe('reading files', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'paperlist-files-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('readTextFile and readOptionalTextFile both refuse bytes that are not UTF-8', () => {
    writeFileSync(join(dir, 'bad.yml'), bytes('a: 1\nb: ', [0xff], '\n'));
    const problems = [{ file: 'bad.yml', message: 'not valid UTF-8 text (line 2)', hint }];
    expect(readTextFile(join(dir, 'bad.yml'), 'bad.yml', 'x')).toEqual({ ok: false, problems });
    expect(readOptionalTextFile(join(dir, 'bad.yml'), 'bad.yml')).toEqual({ ok: false, problems });
  });

  test('a missing optional file is undefined; a missing file is a problem', () => {
    expect(readOptionalTextFile(join(dir, 'none'), 'none')).toEqual({ ok: true, value: undefined });
    expect(readTextFile(join(dir, 'none'), 'none', 'pass --x')).toEqual({
      ok: false,
      problems: [{ file: 'none', message: 'file not found', hint: 'pass --x' }],
    });
  });
});
