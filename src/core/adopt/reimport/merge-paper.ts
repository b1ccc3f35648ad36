// One paper of the README matched to its paper in the data file: the fields the README shows take
// the README's values, unless the data file changed that field since the README was last rendered
// (then the data file wins, and it is said). Fields the README does not show are kept as they are.
import { canonicalJson } from '../../canonical-json.js';
import { SPACING_FIELD } from '../../render/layouts/spacing.js';
import { PADDING_FIELD } from '../../render/layouts/padding.js';
import { SHAPE_FIELD, STYLE_FIELD } from '../../render/layouts/zone.js';
import type { Paper } from '../../types.js';
import type { DataWins, EditedCell, FieldValue } from '../types.js';

const KNOWN = ['title', 'abbr', 'venue', 'year', 'links'] as const;

function valueOf(paper: Paper | undefined, field: string): unknown {
  if (!paper) return undefined;
  return (KNOWN as readonly string[]).includes(field)
    ? (paper as unknown as Record<string, unknown>)[field]
    : paper.extra[field];
}

function setValue(paper: Paper, field: string, value: unknown): void {
  if ((KNOWN as readonly string[]).includes(field)) {
    const target = paper as unknown as Record<string, unknown>;
    if (value === undefined) delete target[field];
    else target[field] = value;
  } else if (value === undefined) delete paper.extra[field];
  else paper.extra[field] = value;
}

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

export interface MergedPaper {
  paper: Paper;
  edits: EditedCell[];
  dataWins: DataWins[];
}

/** Where the merged paper goes and what is said of it. */
export interface MergeAt {
  section: string;
  index: number;
  line: number;
}

/**
 * `data` with the README's values of `readme` where they differ; `base` is the paper as the README
 * was rendered from it (undefined: unknown, then a field the README does not show is kept).
 * `shows`: the fields the template that writes the entry reads; one of them the entry leaves empty
 * was emptied (an optional part left out), any other field the entry lacks is one it does not show.
 */
export function mergePaper(
  data: Paper,
  readme: Paper,
  base: Paper | undefined,
  hasBase: boolean,
  at: MergeAt,
  shows: ReadonlySet<string> = new Set(),
): MergedPaper {
  const paper: Paper = { ...data, links: [...data.links], extra: { ...data.extra } };
  const edits: EditedCell[] = [];
  const dataWins: DataWins[] = [];
  const fields = new Set<string>([
    ...KNOWN,
    ...Object.keys(readme.extra),
    ...shows,
    SHAPE_FIELD,
    STYLE_FIELD,
    SPACING_FIELD,
    PADDING_FIELD,
  ]);
  for (const field of fields) {
    const shown = valueOf(readme, field);
    const held = valueOf(data, field);
    if (same(shown, held)) continue;
    // A field the README leaves out (but its own template, and the spaces at its lines' ends and
    // around its cells, which every entry shows) is one it does not show: kept.
    const always = [SHAPE_FIELD, STYLE_FIELD, SPACING_FIELD, PADDING_FIELD].includes(field);
    if (shown === undefined && !always && !shows.has(field)) continue;
    const was = valueOf(base, field);
    if (hasBase && base && !same(held, was)) {
      dataWins.push({
        section: at.section,
        title: data.title,
        field,
        readme: shown as FieldValue,
        data: held as FieldValue,
        line: at.line,
      });
      continue;
    }
    setValue(paper, field, shown);
    edits.push({
      kind: 'edited',
      section: at.section,
      title: data.title,
      index: at.index,
      field,
      from: held as FieldValue,
      to: shown as FieldValue,
      line: at.line,
    });
  }
  return { paper, edits, dataWins };
}
