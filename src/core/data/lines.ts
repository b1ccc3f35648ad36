// Line offsets in a data file's text, for the edits that change whole lines (update, delete).

/** Offset of the start of the line holding `offset`. */
export const lineStart = (text: string, offset: number): number =>
  text.lastIndexOf('\n', offset - 1) + 1;

/** Offset of the start of the line after the one holding `offset`. */
export function nextLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}
