// What a comparison of the README's main zone with the data finds: the hand edits a person made
// inside the generated tables, as typed values a flow can apply, print and report. Nothing here
// decides how to write them; see ./apply.ts.
import type { Problem } from '../problem.js';
import type { Paper, PaperLink } from '../types.js';

/** The value of one paper field as a table shows it: text, links, or nothing. */
export type FieldValue = string | PaperLink[] | undefined;

/**
 * A row or entry that is not in the data: it becomes a new entry of its section, where the README
 * shows it when the list keeps file order, else at the section's end (the sort places it anyway).
 */
export interface AddedRow {
  kind: 'added';
  section: string;
  paper: Paper;
  /** README line of the row. */
  line: number;
  /**
   * Only when the list keeps file order (`sort: []`): the 0-based index, in data file order, of the
   * paper whose row the README shows just before this one in its section, or -1 when this row comes
   * first. Rows typed one after another share it and keep their README order.
   */
  after?: number;
  /** The section it was moved from, when it is a move (said as one, not as a new entry). */
  moved?: string;
}

/** A cell of an existing row changed by hand: the field takes the README's value. */
export interface EditedCell {
  kind: 'edited';
  section: string;
  /** The paper's title in the data (before this edit, when the edit is of the title). */
  title: string;
  /** 0-based index of the paper in its section, in data file order. */
  index: number;
  field: string;
  from: FieldValue;
  to: FieldValue;
  line: number;
}

export type Adoption = AddedRow | EditedCell;

/** A hand edit the data file overrides: the same change also changed the data file there. */
export interface DataWins {
  section: string;
  title: string;
  field: string;
  /** What the README row says, and what the data file says (and keeps). */
  readme: FieldValue;
  data: FieldValue;
  line: number;
}

/** A row removed by hand while its paper is still in the data: rendered again, and reported. */
export interface PutBack {
  section: string;
  title: string;
}

/**
 * A row of a list that keeps file order (`sort: []`), moved by hand among the others: the order of
 * the data file is not changed by it, so the next render moves the row back, and says so.
 */
export interface MovedBack {
  section: string;
  title: string;
  line: number;
}

/** An entry removed by hand while the data file kept it as it was: it leaves the data file. */
export interface DeletedEntry {
  section: string;
  title: string;
  /** Its README line before the change (as the data file rendered it then), when known. */
  line?: number;
}

/** An entry moved by hand: to another section (once), or to another place in its section. */
export interface MovedEntry {
  title: string;
  from: string;
  to: string;
  line: number;
}

/** A heading typed, renamed or removed by hand: the data file's sections follow. */
export interface SectionChange {
  kind: 'added' | 'renamed' | 'removed' | 'moved';
  /** The section's name now (for `removed`: the name it had). */
  name: string;
  /** For `renamed`: the name it had. */
  from?: string;
  category: string;
  line?: number;
}

export interface HandEdits {
  adoptions: Adoption[];
  dataWins: DataWins[];
  putBack: PutBack[];
  moved: MovedBack[];
  /** Lines inside the zone that cannot be read as rows of the list: the zone must not be rewritten. */
  unreadable: Problem[];
  /** Entries removed by hand: they leave the data file. */
  deleted: DeletedEntry[];
  /** Entries moved by hand, adopted: their place in the data file follows the README. */
  movedTo: MovedEntry[];
  /** Sections added, renamed or removed by hand. */
  sections: SectionChange[];
  /** Lines that are no entry, kept where they stand as text of the list's layout. */
  kept: Problem[];
  /**
   * The settings file whose `layout` is rewritten: the README's structure changed (a heading's
   * level, the text between sections) so that only another layout writes it as it is now.
   */
  layout?: string;
}

/** No hand edits: fresh lists each time, since comparisons push into the value they return. */
export function noHandEdits(): HandEdits {
  return {
    adoptions: [],
    dataWins: [],
    putBack: [],
    moved: [],
    unreadable: [],
    deleted: [],
    movedTo: [],
    sections: [],
    kept: [],
  };
}

/** True when the comparison found anything at all. */
export function hasHandEdits(edits: HandEdits): boolean {
  return (
    edits.adoptions.length +
      edits.dataWins.length +
      edits.putBack.length +
      edits.moved.length +
      edits.unreadable.length +
      edits.deleted.length +
      edits.movedTo.length +
      edits.sections.length +
      edits.kept.length >
      0 || edits.layout !== undefined
  );
}
