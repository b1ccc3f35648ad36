// Finds where a path points in YAML text, using the `yaml` package's node ranges. Only used once
// something is wrong (or for tiny files): parsing with positions is ten times slower than js-yaml.

import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node, Pair } from 'yaml';
import type { Segment } from './path.js';

export interface Position {
  line: number;
  column: number;
}

/** A parsed document with positions, ready to answer "where is this path?". */
export interface PositionedDocument {
  doc: Document.Parsed;
  lines: LineCounter;
}

/** Parses with positions, without JS conversion; duplicate keys are reported as errors. */
export function parseWithPositions(text: string): PositionedDocument {
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    schema: 'core',
    uniqueKeys: true,
  });
  return { doc, lines };
}

/** The key text as js-yaml would turn it into an object key. */
export function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

function findPair(node: unknown, key: string): Pair | undefined {
  if (!isMap(node)) return undefined;
  return node.items.find((pair) => keyText(pair.key) === key);
}

/** The node at `path` (its key when `onKey`); the nearest ancestor found when the path is broken. */
export function locate(
  { doc, lines }: PositionedDocument,
  path: readonly Segment[],
  onKey = false,
): Position | undefined {
  let node: unknown = doc.contents;
  let best = positionOf(node, lines);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i] as Segment;
    let next: unknown;
    let keyNode: unknown;
    if (isSeq(node) && typeof seg === 'number') next = node.items[seg];
    else {
      const pair = findPair(node, String(seg));
      keyNode = pair?.key;
      next = pair?.value;
    }
    const last = i === path.length - 1;
    const keyPos = positionOf(keyNode, lines);
    // An empty value (`key:`) has no useful position of its own: point to its key.
    const valuePos = isEmptyScalar(next) ? undefined : positionOf(next, lines);
    if (last && onKey) return keyPos ?? valuePos ?? best;
    if (!valuePos && !keyPos) return best;
    best = valuePos ?? keyPos ?? best;
    node = next;
  }
  return best;
}

/** Keys of the mapping at `path` in file order, or undefined when there is no mapping there. */
export function keysInOrder(
  { doc }: PositionedDocument,
  path: readonly Segment[],
): string[] | undefined {
  let node: unknown = doc.contents;
  for (const seg of path) {
    node =
      isSeq(node) && typeof seg === 'number' ? node.items[seg] : findPair(node, String(seg))?.value;
  }
  return isMap(node) ? node.items.map((pair) => keyText(pair.key)) : undefined;
}

/**
 * The path of the deepest node whose range holds `offset`, to name the field of a parse error.
 * With `keysBefore`, a key is only entered when it starts before `offset`: a parse error at the
 * start of a value that was misread as a mapping then names the field, not the misread key.
 */
export function pathAt({ doc }: PositionedDocument, offset: number, keysBefore = false): Segment[] {
  const path: Segment[] = [];
  let node: unknown = doc.contents;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((p) => contains(p.value, offset) || contains(p.key, offset));
      if (!pair) return path;
      const keyStart = (pair.key as Node | null)?.range?.[0] ?? offset;
      if (keysBefore && keyStart >= offset) return path;
      path.push(keyText(pair.key));
      if (!contains(pair.value, offset)) return path;
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => contains(item, offset));
      if (index < 0) return path;
      path.push(index);
      node = node.items[index];
    } else return path;
  }
}

/** Calls `visit` for every node under the document's root with its path, keys before values. */
export function walk(
  { doc }: PositionedDocument,
  visit: (node: Node, path: Segment[]) => void,
): void {
  const step = (node: unknown, path: Segment[]) => {
    if (!isNode(node)) return;
    visit(node, path);
    if (isMap(node)) {
      for (const pair of node.items) {
        const inner = [...path, keyText(pair.key)];
        step(pair.key, inner);
        step(pair.value, inner);
      }
    } else if (isSeq(node)) node.items.forEach((item, i) => step(item, [...path, i]));
  };
  step(doc.contents, []);
}

function contains(node: unknown, offset: number): boolean {
  const range = (node as Node | null)?.range;
  return !!range && range[0] <= offset && offset < Math.max(range[2], range[0] + 1);
}

function isEmptyScalar(node: unknown): boolean {
  return isScalar(node) && node.value === null && node.source === '';
}

function positionOf(node: unknown, lines: LineCounter): Position | undefined {
  const range = (node as Node | null | undefined)?.range;
  if (!range) return undefined;
  const { line, col } = lines.linePos(range[0]);
  return { line, column: col };
}
