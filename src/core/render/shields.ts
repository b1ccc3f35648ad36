// A static shields.io badge (`https://img.shields.io/badge/Theoretical_Study-green`) writes its
// text in its address: a space as `_`, an underscore as `__`, a dash as `--`, anything else that
// would end the address percent-encoded. The text is the value; the address is the layout's.

import { CONTROL } from './escape.js';

const KEPT = '\uE000';

/** Where a badge's text starts: the address so far ends with the static badge path. */
export const BADGE_PATH = /https?:\/\/img\.shields\.io\/badge\/$/;

/** `text` as a static badge's address writes it. */
export function shieldsText(text: string): string {
  return text
    .replace(CONTROL, ' ')
    .replace(/-/g, '--')
    .replace(/_/g, '__')
    .replace(/ /g, '_')
    .replace(/[%()<>?#/\\[\]"'`\s]/g, (c) =>
      c.charCodeAt(0) < 128
        ? `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
        : encodeURIComponent(c),
    );
}

/** The text a badge's address part writes (`Multi_Task` -> `Multi Task`); undefined if malformed. */
export function fromShields(part: string): string | undefined {
  let text: string;
  try {
    // `__` is an underscore: kept aside (as a character no address holds) while `_` becomes a space.
    text = decodeURIComponent(
      part
        .split('__')
        .map((p) => p.replace(/_/g, ' '))
        .join(KEPT),
    );
  } catch {
    return undefined;
  }
  return text.split(KEPT).join('_').replace(/--/g, '-');
}
