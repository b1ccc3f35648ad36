// Which link addresses a list accepts: absolute http(s) URLs a reader can click safely.
import { quoteValue } from '../quote.js';

export interface UrlProblem {
  message: string;
  hint: string;
}

const fullAddress = 'write the full address starting with https://, as shown in the browser';

/**
 * Addresses the URL parser certainly takes, without a user name: http(s), a host of letters,
 * digits, dots and dashes whose last label starts with a letter (so it is no IPv4 address) and that
 * holds no `xn--` label (which the parser would decode), no port, then printable ASCII. A list has
 * tens of thousands of links, nearly all of this shape; any other goes through the parser.
 */
const PLAIN_WEB_URL =
  /^https?:\/\/(?![^/?#]*xn--)(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*\.?(?:[/?#][!-~]*)?$/i;

/** Whether `url` has the shape the URL parser certainly takes (see PLAIN_WEB_URL). */
export function isPlainWebUrl(url: string): boolean {
  return PLAIN_WEB_URL.test(url);
}

/** Why `url` is not an acceptable link, or undefined when it is fine. */
export function checkWebUrl(url: string): UrlProblem | undefined {
  if (isPlainWebUrl(url)) return undefined;
  // Quoted only for a message: every link of the list passes through here.
  const shown = (): string => quoteValue(url);
  if (url.trim() === '') return { message: 'the URL is empty', hint: fullAddress };
  // Whitespace would end a Markdown link early; a browser-copied address never has it raw.
  if (/\s/u.test(url)) {
    return {
      message: `${shown()} contains a space or line break`,
      hint: 'remove it, or write a space inside the address as %20',
    };
  }
  if (!/^https?:\/\//iu.test(url)) {
    return { message: `${shown()} is not an http:// or https:// URL`, hint: fullAddress };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { message: `${shown()} is not a valid URL`, hint: fullAddress };
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return {
      message: `${shown()} contains a user name or password`,
      hint: 'remove the user name and password, the "name:password@" part in front of the address; links must be public',
    };
  }
  return undefined;
}
