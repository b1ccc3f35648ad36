// Filling an entry template with one paper. Every value is escaped for where it lands (Markdown
// text or HTML), so whatever a field holds, the entry stays one entry with no HTML, formatting or
// link of its own; only a `{{{raw}}}` field (kept text from an import, never from an issue) is
// written as Markdown, and even then on one line.
import type { Paper, PaperLink } from '../../types.js';
import { CONTROL, encodeUrl, escapeCell, isHttpUrl, linkDestination } from '../escape.js';
import { fieldText } from '../field.js';
import { parseTemplate, type TemplateNode } from './template.js';
import { shownLabelOf } from '../../settings/labels.js';

export type EscapeMode = 'markdown' | 'html';

export interface FillContext {
  escape: EscapeMode;
  /** Displayed text per link label. */
  linkLabels: Readonly<Record<string, string>>;
  /** 1-based position of the entry in its section. */
  n: number;
}

/** The text of `template` for `paper`. Throws TemplateError for a template that does not parse. */
export function fillTemplate(template: string, paper: Paper, ctx: FillContext): string {
  const nodes = parseTemplate(template);
  const used = new Set<PaperLink>();
  const resolved = new Map<string, PaperLink | undefined>();
  collectLinks(nodes, paper, used, resolved);
  const state = { out: '', paper, ctx, used, resolved };
  emit(nodes, state, undefined);
  return state.out;
}

interface State {
  out: string;
  paper: Paper;
  ctx: FillContext;
  used: Set<PaperLink>;
  resolved: Map<string, PaperLink | undefined>;
}

/**
 * `{{link:X}}`: the link labelled X, else the first link the template has not used yet. Every
 * label written as such is resolved first, so a tag without a link of its own never takes the
 * link another tag names.
 */
function collectLinks(
  nodes: readonly TemplateNode[],
  paper: Paper,
  used: Set<PaperLink>,
  resolved: Map<string, PaperLink | undefined>,
): void {
  const labels: string[] = [];
  // A part written only with a link (`{{#link:code}}`) is written only for a link of that label.
  const strict = new Set<string>();
  const walk = (list: readonly TemplateNode[]) => {
    for (const node of list) {
      if ((node.t === 'link' || node.t === 'repo') && !labels.includes(node.label)) {
        labels.push(node.label);
      } else if (node.t === 'if') {
        if (node.name.startsWith('link:')) strict.add(node.name.slice('link:'.length));
        walk(node.body);
      }
    }
  };
  walk(nodes);
  const free = (l: PaperLink) => !used.has(l);
  for (const label of labels) {
    const lower = label.toLowerCase();
    const link =
      paper.links.find((l) => l.label === label && free(l)) ??
      paper.links.find((l) => l.label.toLowerCase() === lower && free(l));
    if (!link) continue;
    resolved.set(label, link);
    used.add(link);
  }
  for (const label of labels) {
    if (resolved.has(label) || strict.has(label)) continue;
    const link = paper.links.find(free);
    resolved.set(label, link);
    if (link) used.add(link);
  }
}

function present(name: string, state: State, link: PaperLink | undefined): boolean {
  if (name.startsWith('link:')) return state.resolved.get(name.slice(5)) !== undefined;
  if (name === 'links') return state.paper.links.some((l) => !state.used.has(l));
  const value = link && (name === 'label' || name === 'url') ? name : fieldText(state.paper, name);
  return value !== undefined && value !== '';
}

function emit(nodes: readonly TemplateNode[], state: State, link: PaperLink | undefined): void {
  for (const node of nodes) {
    switch (node.t) {
      case 'lit':
        state.out += node.text;
        break;
      case 'n':
        state.out += String(state.ctx.n);
        break;
      case 'link':
        state.out += url(state.resolved.get(node.label), state.ctx.escape);
        break;
      case 'repo':
        state.out += repoOf(state.resolved.get(node.label)?.url ?? '') ?? '';
        break;
      case 'if':
        if (present(node.name, state, link) !== node.negate) emit(node.body, state, link);
        break;
      case 'links': {
        let first = true;
        for (const each of state.paper.links) {
          if (state.used.has(each)) continue;
          if (!first) state.out += node.sep;
          first = false;
          emit(node.body, state, each);
        }
        break;
      }
      case 'field':
        state.out += fieldValue(node, state, link);
        break;
    }
  }
}

function fieldValue(
  node: Extract<TemplateNode, { t: 'field' }>,
  state: State,
  link: PaperLink | undefined,
): string {
  if (link && node.name === 'url') return url(link, state.ctx.escape);
  const labels = state.ctx.linkLabels;
  const value =
    link && node.name === 'label'
      ? shownLabelOf(link.label, labels)
      : fieldText(state.paper, node.name);
  const text = value === undefined || value === '' ? node.missing : value;
  if (node.raw) return text.replace(/\r?\n|\r/g, ' ');
  return escapeText(text, state.ctx.escape, state.out);
}

/** Escapes a value; at the start of a line, text that would start a block is escaped too. */
export function escapeText(text: string, mode: EscapeMode, before: string): string {
  if (mode === 'html') return escapeHtml(text.replace(CONTROL, ' '));
  const escaped = escapeCell(text);
  const atLineStart = before === '' || before.endsWith('\n');
  return atLineStart ? escaped.replace(/^( *)(\d+(?=[.)])|)([#=+.)-])/, '$1$2\\$3') : escaped;
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/** `owner/name` of a code repository's address (`https://github.com/owner/name/tree/main`). */
export function repoOf(address: string): string | undefined {
  const m =
    /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|gitee\.com|bitbucket\.org)\/([\w.-]+\/[\w.-]+?)(?:\.git)?(?:[/?#]|$)/i.exec(
      address,
    );
  return m?.[1];
}

function url(link: PaperLink | undefined, mode: EscapeMode): string {
  if (!link || !isHttpUrl(link.url)) return '';
  return mode === 'html' ? encodeUrl(link.url).replace(/&/g, '&amp;') : linkDestination(link.url);
}
