import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWebUrl, isPlainWebUrl } from '../../../src/core/data/url.js';

const fixture = (path: string) =>
  readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', path), 'utf8');

test.each([
  'https://arxiv.org/pdf/1703.09844',
  'http://example.org',
  'HTTPS://example.org/a?b=c&d=e#f',
  'https://例え.jp/パス',
  'https://example.org/a"b',
])('accepts %s', (url) => {
  expect(checkWebUrl(url)).toBeUndefined();
});

test.each([
  ['', 'the URL is empty'],
  ['arxiv.org/abs/1703.09844', '"arxiv.org/abs/1703.09844" is not an http:// or https:// URL'],
  ['/pdf/1703.09844', '"/pdf/1703.09844" is not an http:// or https:// URL'],
  ['javascript:alert(1)', '"javascript:alert(1)" is not an http:// or https:// URL'],
  ['ftp://example.org/a', '"ftp://example.org/a" is not an http:// or https:// URL'],
  ['https:example.org', '"https:example.org" is not an http:// or https:// URL'],
  ['https://exa mple.org', '"https://exa mple.org" contains a space or line break'],
  ['https://example.org/a\n', '"https://example.org/a\\n" contains a space or line break'],
  ['https://[::1', '"https://[::1" is not a valid URL'],
  ['https://user@example.org', '"https://user@example.org" contains a user name or password'],
  ['https://:pw@example.org', '"https://:pw@example.org" contains a user name or password'],
])('refuses %j', (url, message) => {
  expect(checkWebUrl(url)?.message).toBe(message);
});

/** What the URL parser says of `url`: accepted as a public http(s) address or not. */
function parserAccepts(url: string): boolean {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

test('the shortcut takes only addresses the URL parser accepts', () => {
  const hosts = ['example.org', 'a.b-c.org', '-x.org', 'localhost', '1.2.3.4', '1.2.3.999'];
  hosts.push('a..b', 'xn--a.org', 'XN--nxasmq6b.com', 'a.0x1f', 'a.org.', 'a_b.org', 'a.b1', '0a');
  hosts.push('u@example.org', 'u:p@example.org', 'example.org:8080', 'example.org:99999', '[::1]');
  const rests = ['', '/', '/a/b?c=d#e', '?q', '#f', '\\x', '/%zz', '/a\'b"c<d>', '/ä', ' /a', '@b'];
  let taken = 0;
  for (const scheme of ['http://', 'https://', 'HTTPS://', 'ftp://', 'https:/'])
    for (const host of hosts)
      for (const rest of rests) {
        const url = scheme + host + rest;
        if (!isPlainWebUrl(url)) continue;
        taken++;
        expect(parserAccepts(url), url).toBe(true);
        expect(checkWebUrl(url), url).toBeUndefined();
      }
  expect(taken).toBeGreaterThan(100);
});

test('the shortcut takes the links of the real list', () => {
  const links = [...fixture('import/upstream-2024-10-14/data.yaml').matchAll(/"(https?:[^"]+)"/g)];
  const urls = links.map((m) => m[1] ?? '');
  expect(urls.length).toBeGreaterThan(70);
  for (const url of urls) expect(parserAccepts(url), url).toBe(true);
  expect(urls.filter(isPlainWebUrl).length).toBeGreaterThan(urls.length * 0.95);
});
