// Reads a recorded (or, where marked, constructed) service answer from the metadata fixtures.
import { readFileSync } from 'node:fs';

export const METADATA_FIXTURES = new URL('../../fixtures/metadata/', import.meta.url);

/** The body of `path` under the fixtures; arXiv's files are the bytes arXiv sent (UTF-8 XML). */
export function recording(path: string): string {
  return readFileSync(new URL(path, METADATA_FIXTURES), 'utf8');
}
