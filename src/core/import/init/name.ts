// The list's name as a reader sees it in the README's top heading: a `# ` heading, a heading
// underlined with `===`, or an HTML `<h1>` (centred titles are often written so), read through the
// badges, images, links, HTML tags and emoji written in it.

/** The text of the README's first level-one heading outside code blocks, as a reader sees it. */
export function listName(readme: string): string {
  const lines = readme.split(/\r?\n/);
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (open !== undefined && open[0] === fence[0] && open.length >= fence.length)
        fence = undefined;
      continue;
    }
    if (open !== undefined) {
      fence = open;
      continue;
    }
    const atx = /^ {0,3}# +(.+?)(?:\s+#+)?\s*$/.exec(line)?.[1];
    const setext =
      i + 1 < lines.length && /^ {0,3}=+\s*$/.test(lines[i + 1]!) && /\S/.test(line)
        ? line
        : undefined;
    const html = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(lines.slice(i, i + 5).join('\n'));
    const found = atx ?? setext ?? (html && /<h1\b/i.test(line) ? html[1] : undefined);
    if (found === undefined) continue;
    const name = plainHeading(found);
    if (name !== '') return name;
  }
  return '';
}

/**
 * A heading's text without badges, images, HTML tags, emoji and link targets
 * (`[Awesome X](url) [![badge](..)](..)` is "Awesome X").
 */
export function plainHeading(heading: string): string {
  return heading
    .replace(/\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/<img\b[^>]*>/gi, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\p{Extended_Pictographic}\uFE0F?/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
