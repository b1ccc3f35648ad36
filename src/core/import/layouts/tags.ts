// Label badges after a title (`![](https://img.shields.io/badge/Adapter-blue) ![](…/NLU-orange)`):
// each badge's text is a tag, the address around it is the layout's. A list often gives each colour
// a meaning (the method in blue, the task in orange), so the tags of one colour are one field
// (`tags-blue: [Adapter]`), written with that colour; a colour only some entries show is optional.
import type { Image } from 'mdast';
import { templateLiteral } from '../../render/layouts/template.js';
import { fromShields, shieldsText } from '../../render/shields.js';

/** `https://img.shields.io/badge/TEXT-COLOR`: a badge with one text (a lone `-` would start a second). */
const LABEL_BADGE = /^(https?:\/\/img\.shields\.io\/badge\/)((?:[^-]|--)+)-([A-Za-z0-9]+)(\.svg)?$/;

interface Badge {
  start: number;
  end: number;
  text: string;
  color: string;
}

export interface TagRun {
  start: number;
  end: number;
  lists: Map<string, string[]>;
  tag: string;
}

/**
 * The run's tags, grouped by colour in the order written, and its template; undefined unless every
 * image is a label badge written alike (same alt text, same address but for text and colour), the
 * badges of one colour written together have the same spaces between them, and each text writes
 * back as itself. A colour written again after another is numbered (`tags-blue-2`).
 */
export function readTags(images: readonly Image[], source: string): TagRun | undefined {
  const badges: Badge[] = [];
  let form: { alt: string; prefix: string; suffix: string } | undefined;
  for (const image of images) {
    const start = image.position?.start.offset ?? -1;
    const end = image.position?.end.offset ?? -1;
    const alt = image.alt ?? '';
    if (source.slice(start, end) !== `![${alt}](${image.url})` || /[[\]{}]/.test(alt)) return;
    const m = LABEL_BADGE.exec(image.url);
    if (!m) return;
    const text = fromShields(m[2]!);
    if (text === undefined || text.trim() === '' || shieldsText(text) !== m[2]) return;
    const written = { alt, prefix: m[1]!, suffix: m[4] ?? '' };
    form ??= written;
    if (written.alt !== form.alt || written.prefix !== form.prefix) return;
    if (written.suffix !== form.suffix) return;
    badges.push({ start, end, text, color: m[3]! });
  }
  if (!form || badges.length === 0) return;
  const groups: Badge[][] = [];
  for (const badge of badges) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.color === badge.color) last.push(badge);
    else groups.push([badge]);
  }
  let lead = badges[0]!.start;
  while (lead > 0 && (source[lead - 1] === ' ' || source[lead - 1] === '\t')) lead--;
  const gaps = badges.slice(1).map((b, i) => source.slice(badges[i]!.end, b.start));
  const lists = new Map<string, string[]>();
  let tag = '';
  for (const [k, group] of groups.entries()) {
    const inside = new Set(group.slice(1).map((b, i) => source.slice(group[i]!.end, b.start)));
    if (inside.size > 1) return;
    const gap = [...inside][0] ?? gaps[0] ?? ' ';
    // A colour written again after another is a second field of its kind (`tags-blue-2`).
    const kind = `tags-${group[0]!.color.toLowerCase()}`;
    let field = kind;
    for (let n = 2; lists.has(field); n++) field = `${kind}-${n}`;
    const open = `![${form.alt}](${form.prefix}`;
    const close = `-${group[0]!.color}${form.suffix})`;
    // The spaces before a colour's badges go with them: an entry without that colour has none.
    const before = source.slice(k === 0 ? lead : groups[k - 1]!.at(-1)!.end, group[0]!.start);
    lists.set(
      field,
      group.map((b) => b.text),
    );
    const items = `{{${field} ${JSON.stringify(close + gap + open)}}}`;
    tag += `{{#${field}}}${templateLiteral(before + open)}${items}${templateLiteral(close)}{{/${field}}}`;
  }
  return { start: lead, end: badges.at(-1)!.end, lists, tag };
}
