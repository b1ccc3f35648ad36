// Which link addresses a list accepts: absolute http(s) URLs a reader can click safely.
import { quoteValue } from '../quote.js';

export interface UrlProblem {
  message: string;
  hint: string;
}

const fullAddress = 'write the full address starting with https://, as shown in the browser';

/** Why `url` is not an acceptable link, or undefined when it is fine. */
export function checkWebUrl(url: string): UrlProblem | undefined {
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
