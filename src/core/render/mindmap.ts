// The mindmap zone: a Mermaid `mindmap` (GitHub renders it natively) of the list's name, its
// categories and their sections, so the picture can never fall behind the data.
import type { PaperList, Section } from '../types.js';
import type { Settings } from '../settings/types.js';
import { CONTROL } from './escape.js';

/**
 * Node text as a Mermaid quoted string. Mermaid decodes `#code;` entity codes in every diagram,
 * so characters that could end the string (`"`), start markup or an entity (`< > & #`), or be read
 * as Mermaid syntax (`:` `;` `%` backtick, backslash) are written as their code point.
 */
export function mermaidText(text: string): string {
  const plain = text.replace(CONTROL, ' ');
  // An empty quoted string does not parse; a lone space still draws an (empty-looking) node.
  if (plain === '') return '"#32;"';
  return '"' + plain.replace(/["<>&#:;%`\\]/g, (c) => `#${c.charCodeAt(0)};`) + '"';
}

/** Categories in order of first appearance, each with its sections in file order. */
function groupByCategory(list: PaperList): Map<string, Section[]> {
  const groups = new Map<string, Section[]>();
  for (const section of list.sections) {
    const group = groups.get(section.category);
    if (group) group.push(section);
    else groups.set(section.category, [section]);
  }
  return groups;
}

/** The mindmap zone's content: a fenced `mermaid` block, without the blank lines around it. */
export function renderMindmap(list: PaperList, settings: Settings): string {
  const lines = ['```mermaid', 'mindmap', `  root((${mermaidText(settings.name)}))`];
  let c = 0;
  for (const [category, sections] of groupByCategory(list)) {
    c++;
    lines.push(`    c${c}(${mermaidText(category)})`);
    sections.forEach((section, s) => {
      const label = settings.mindmap.counts
        ? `${section.name} (${section.papers.length})`
        : section.name;
      lines.push(`      c${c}s${s + 1}[${mermaidText(label)}]`);
    });
  }
  lines.push('```');
  return lines.join('\n');
}
