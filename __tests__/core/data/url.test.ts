import { expect, test } from 'vitest';
import { checkWebUrl } from '../../../src/core/data/url.js';

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
