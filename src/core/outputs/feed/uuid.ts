// Name-based UUIDs (RFC 9562 version 5): the same name always gives the same id, which is what an
// Atom id must be (stable across refreshes, never reused for another paper).
import { createHash } from 'node:crypto';

/** The URL namespace of RFC 9562, appendix A. */
const NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');

/** `urn:uuid:...` for `name` (a SHA-1 of the namespace and the name, with version and variant set). */
export function uuidUrn(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
