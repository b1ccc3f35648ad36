import { describe, expect, test } from 'vitest';
import {
  encodeUrl,
  escapeCell,
  escapeCellFully,
  escapeDestination,
  escapeHeading,
  isHttpUrl,
  linkDestination,
} from '../../../src/core/render/escape.js';

describe('escapeCell', () => {
  test.each([
    // Text that needs nothing is kept byte for byte (real titles and venues).
    [
      'FrameExit: Conditional Early Exiting for Efﬁcient Video Recognition',
      'FrameExit: Conditional Early Exiting for Efﬁcient Video Recognition',
    ],
    ['EMDL@MobiSys', 'EMDL@MobiSys'],
    ['R&D (2024) #1 - 50% off!', 'R&D (2024) #1 - 50% off!'],
    // Cell breaks and formatting.
    ['a|b', 'a\\|b'],
    ['*bold* _em_ ~del~', '\\*bold\\* \\_em\\_ \\~del\\~'],
    ['`code`', '\\`code\\`'],
    ['[x](y) ![i](j)', '\\[x\\](y) !\\[i\\](j)'],
    ['back\\slash', 'back\\\\slash'],
    // HTML and character references.
    ['<b>hi</b>', '&lt;b&gt;hi&lt;/b&gt;'],
    ['&amp; &#60; &#x3C;', '&amp;amp; &amp;#60; &amp;#x3C;'],
    // Control characters become spaces.
    ['a\nb\r\nc\td\u0000e\u007ff\u0085g', 'a b  c d e f g'],
    // Autolink literals are broken by an invisible word joiner.
    ['see https://x.org', 'see https:&#8288;//x.org'],
    ['HTTP://X.ORG', 'HTTP:&#8288;//X.ORG'],
    ['www.example.com', 'www&#8288;.example.com'],
    ['mail me: a.b+c@d.example.org', 'mail me: a.b+c&#8288;@d.example.org'],
    ['a_b@c.d', 'a\\_b&#8288;@c.d'],
    ['see ftp://x.org', 'see ftp:&#8288;//x.org'],
    ['FTP://X.ORG', 'FTP:&#8288;//X.ORG'],
    ['a@.b.com', 'a&#8288;@.b.com'],
  ])('%j -> %j', (input, expected) => {
    expect(escapeCell(input)).toBe(expected);
  });
});

describe('escapeHeading', () => {
  test('escapes a trailing # run that would be read as the closing sequence', () => {
    expect(escapeHeading('Tuning #')).toBe('Tuning \\#');
    expect(escapeHeading('C# papers')).toBe('C# papers');
    expect(escapeHeading('C#')).toBe('C#');
    expect(escapeHeading('1. Architecture')).toBe('1. Architecture');
  });
});

describe('isHttpUrl', () => {
  test.each([
    ['https://arxiv.org/pdf/1703.09844', true],
    ['HTTP://example.org', true],
    ['javascript:alert(1)', false],
    ['mailto:a@b.c', false],
    [' https://example.org', false],
    ['//example.org', false],
    ['', false],
  ])('%j -> %s', (url, expected) => {
    expect(isHttpUrl(url)).toBe(expected);
  });
});

describe('encodeUrl', () => {
  test('keeps the real list URLs as they are', () => {
    const url =
      'https://openaccess.thecvf.com/content_CVPR_2020/papers/Yang_Resolution_CVPR_2020_paper.pdf';
    expect(encodeUrl(url)).toBe(url);
    expect(encodeUrl('https://openreview.net/pdf?id=xFk0w9zoV3')).toBe(
      'https://openreview.net/pdf?id=xFk0w9zoV3',
    );
  });

  test('percent-encodes what could end the link or the row, keeping %XX escapes', () => {
    expect(encodeUrl('https://x.org/a b(c)<d>[e]|f"g\'h\\i')).toBe(
      'https://x.org/a%20b%28c%29%3Cd%3E%5Be%5D%7Cf%22g%27h%5Ci',
    );
    expect(encodeUrl('https://x.org/%2Fok%zz%')).toBe('https://x.org/%2Fok%25zz%25');
    expect(encodeUrl('https://x.org/\n\t\u007f\u0085')).toBe('https://x.org/%0A%09%7F%C2%85');
  });
});

describe('escapeDestination', () => {
  test('escapes only an & that would be read as a character reference', () => {
    expect(escapeDestination('https://x.org/?a=1&b=2')).toBe('https://x.org/?a=1&b=2');
    expect(escapeDestination('https://x.org/?a&amp;b&#41;')).toBe(
      'https://x.org/?a&amp;amp;b&amp;#41;',
    );
  });
});

describe('escapeCell: the shortcut for text that needs nothing', () => {
  test('gives what the full escaping gives, on random text made of the characters that matter', () => {
    const alphabet = [
      'a',
      'Z',
      '0',
      ' ',
      '.',
      ':',
      '/',
      '@',
      '&',
      '#',
      ';',
      'w',
      'h',
      't',
      'p',
      's',
      'f',
      '*',
      '|',
      '\n',
      '\u0085',
      'é',
    ];
    let a = 7;
    const next = () => {
      a = (Math.imul(a, 1103515245) + 12345) >>> 0;
      return a / 4294967296;
    };
    const samples = [
      'Learning When to Halt',
      'www.example.org',
      'WWW.X',
      'see https://x.y',
      'ftp://a',
      'HTTP://A',
      'a@b.c',
      'Q&A; &amp;',
      'v2.0: a study',
    ];
    for (let i = 0; i < 20000; i++) {
      const n = 1 + Math.floor(next() * 12);
      samples.push(
        Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
      );
    }
    for (const text of samples) expect(escapeCell(text)).toBe(escapeCellFully(text));
  });
});

describe('linkDestination', () => {
  test('gives what encodeUrl then escapeDestination give, for every character that matters', () => {
    const pieces = ['a', '/', '%', '%2F', '%zz', '&', '&amp;', '&#1;', ' ', '(', ')', '<', '>'];
    pieces.push(
      '[',
      ']',
      '|',
      '"',
      "'",
      '\\',
      '\u0000',
      '\u001f',
      '\u007f',
      '\u0085',
      'é',
      '?',
      '#',
    );
    let checked = 0;
    for (const a of pieces)
      for (const b of pieces)
        for (const c of pieces) {
          const url = `https://x.org/${a}${b}${c}`;
          expect(linkDestination(url), url).toBe(escapeDestination(encodeUrl(url)));
          checked++;
        }
    expect(checked).toBe(pieces.length ** 3);
  });
});
