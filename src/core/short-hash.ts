// A short fingerprint of a text: the first 16 hex digits of its SHA-256. Records kept in a pull
// request's body compare texts by it (the issue text a look-up was asked for, the status comment a
// suggestion wrote) without holding the texts themselves.
import { createHash } from 'node:crypto';

/** The first 16 hex digits of the SHA-256 of `text`. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
