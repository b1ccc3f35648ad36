// The value of one field of a paper, as a hand edit records it: the links as a list, any other
// field as its text.
import { fieldText } from '../render/field.js';
import type { Paper } from '../types.js';
import type { FieldValue } from './types.js';

/** The value of `field` in `paper`. */
export function valueOf(paper: Paper, field: string): FieldValue {
  return field === 'links' ? paper.links : fieldText(paper, field);
}
