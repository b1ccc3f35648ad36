import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);
import {
  PADDING_FIELD,
  SHAPE_FIELD,
  SPACING_FIELD,
  STYLE_FIELD,
  entryTemplate,
  escapeText,
  fieldText,
  fillTemplate,
  fromShields,
  marked,
  rawText,
  repoOf,
  rowPads,
  shieldsText,
  splitSpacing,
  withPads,
  withSpacing
} from "./chunk-LRJQDJNI.js";
import {
  encodeUrl,
  escapeHeading,
  linkDestination
} from "./chunk-NIAEFTN3.js";
import {
  checkTextBounds,
  fullYear,
  joinItems,
  joinedTag,
  loadData,
  templateLiteral
} from "./chunk-3YN6SMB7.js";
import {
  BOUNDS,
  grouped,
  refusal
} from "./chunk-TXPXFCIC.js";
import {
  __commonJS,
  __export,
  __toESM
} from "./chunk-XQCVUMMA.js";

// node_modules/extend/index.js
var require_extend = __commonJS({
  "node_modules/extend/index.js"(exports, module) {
    "use strict";
    var hasOwn = Object.prototype.hasOwnProperty;
    var toStr = Object.prototype.toString;
    var defineProperty = Object.defineProperty;
    var gOPD = Object.getOwnPropertyDescriptor;
    var isArray = function isArray2(arr) {
      if (typeof Array.isArray === "function") {
        return Array.isArray(arr);
      }
      return toStr.call(arr) === "[object Array]";
    };
    var isPlainObject2 = function isPlainObject3(obj) {
      if (!obj || toStr.call(obj) !== "[object Object]") {
        return false;
      }
      var hasOwnConstructor = hasOwn.call(obj, "constructor");
      var hasIsPrototypeOf = obj.constructor && obj.constructor.prototype && hasOwn.call(obj.constructor.prototype, "isPrototypeOf");
      if (obj.constructor && !hasOwnConstructor && !hasIsPrototypeOf) {
        return false;
      }
      var key;
      for (key in obj) {
      }
      return typeof key === "undefined" || hasOwn.call(obj, key);
    };
    var setProperty = function setProperty2(target, options) {
      if (defineProperty && options.name === "__proto__") {
        defineProperty(target, options.name, {
          enumerable: true,
          configurable: true,
          value: options.newValue,
          writable: true
        });
      } else {
        target[options.name] = options.newValue;
      }
    };
    var getProperty = function getProperty2(obj, name) {
      if (name === "__proto__") {
        if (!hasOwn.call(obj, name)) {
          return void 0;
        } else if (gOPD) {
          return gOPD(obj, name).value;
        }
      }
      return obj[name];
    };
    module.exports = function extend2() {
      var options, name, src, copy, copyIsArray, clone;
      var target = arguments[0];
      var i = 1;
      var length = arguments.length;
      var deep = false;
      if (typeof target === "boolean") {
        deep = target;
        target = arguments[1] || {};
        i = 2;
      }
      if (target == null || typeof target !== "object" && typeof target !== "function") {
        target = {};
      }
      for (; i < length; ++i) {
        options = arguments[i];
        if (options != null) {
          for (name in options) {
            src = getProperty(target, name);
            copy = getProperty(options, name);
            if (target !== copy) {
              if (deep && copy && (isPlainObject2(copy) || (copyIsArray = isArray(copy)))) {
                if (copyIsArray) {
                  copyIsArray = false;
                  clone = src && isArray(src) ? src : [];
                } else {
                  clone = src && isPlainObject2(src) ? src : {};
                }
                setProperty(target, { name, newValue: extend2(deep, clone, copy) });
              } else if (typeof copy !== "undefined") {
                setProperty(target, { name, newValue: copy });
              }
            }
          }
        }
      }
      return target;
    };
  }
});

// src/core/data/scalar.ts
var needsEscape = (
  // eslint-disable-next-line no-control-regex
  /["\\\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu
);
var named = {
  '"': '\\"',
  "\\": "\\\\",
  "\n": "\\n",
  "	": "\\t",
  "\r": "\\r"
};
function quote(text5) {
  return `"${text5.replace(needsEscape, (ch) => named[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`)}"`;
}
var plainKey = /^[A-Za-z_][A-Za-z0-9_ .()/+&,'-]*$/u;
var reserved = /^(?:null|true|false)$/iu;
function formatKey(key) {
  return plainKey.test(key) && !key.endsWith(" ") && !reserved.test(key) ? key : quote(key);
}
function formatScalar(value) {
  if (value === null || value === void 0) return "null";
  if (typeof value === "string") return quote(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return ".nan";
    if (value === Infinity) return ".inf";
    if (value === -Infinity) return "-.inf";
    return Object.is(value, -0) ? "-0.0" : String(value);
  }
  if (typeof value === "object") return void 0;
  return quote(String(value));
}

// src/core/data/serialize.ts
var known = /* @__PURE__ */ new Set(["title", "abbr", "venue", "year", "links"]);
function serializeData(list4) {
  if (list4.sections.length === 0) return "{}\n";
  return list4.sections.map(sectionLines).join("\n");
}
function sectionLines(section) {
  const lines = [`${formatKey(section.name)}:`, `  category: ${quote(section.category)}`];
  if (section.heading !== void 0) lines.push(`  heading: ${quote(section.heading)}`);
  if (section.papers.length === 0) lines.push("  list: []");
  else {
    lines.push("  list:");
    for (const paper of section.papers) lines.push(...paperLines(paper));
  }
  return lines.map((line) => `${line}
`).join("");
}
function paperLines(paper) {
  const lines = [`    - title: ${quote(paper.title)}`];
  const field = (key, value) => {
    if (value !== void 0) lines.push(`      ${key}: ${quote(value)}`);
  };
  field("abbr", paper.abbr);
  field("venue", paper.venue);
  field("year", paper.year);
  if (paper.links.length > 0) {
    lines.push("      links:");
    for (const link2 of paper.links)
      lines.push(`        ${formatKey(link2.label)}: ${quote(link2.url)}`);
  }
  for (const [key, value] of Object.entries(paper.extra)) {
    if (value !== void 0 && !known.has(key)) {
      lines.push(...valueLines(`${formatKey(key)}:`, value, "      "));
    }
  }
  return lines;
}
function valueLines(head, value, indent3) {
  const scalar = formatScalar(value);
  if (scalar !== void 0) return [`${indent3}${head} ${scalar}`];
  const inner = `${indent3}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${indent3}${head} []`];
    return [`${indent3}${head}`, ...value.flatMap((item) => valueLines("-", item, inner))];
  }
  const entries = Object.entries(value).filter(
    ([, v]) => v !== void 0
  );
  if (entries.length === 0) return [`${indent3}${head} {}`];
  return [
    `${indent3}${head}`,
    ...entries.flatMap(([key, item]) => valueLines(`${formatKey(key)}:`, item, inner))
  ];
}

// src/core/line-endings.ts
function usesCrlf(text5) {
  const crlf = text5.split("\r\n").length - 1;
  return crlf > 0 && crlf === text5.split("\n").length - 1;
}
function toLf(text5) {
  return text5.replace(/\r\n/g, "\n");
}
function toCrlf(text5) {
  return text5.replace(/\r?\n/g, "\r\n");
}

// src/core/limits/markdown-lines.ts
var SPACE = 32;
var TAB = 9;
var CR = 13;
var GT = 62;
var PIPE = 124;
var BACKSLASH = 92;
function isSpace(c) {
  return c === SPACE || c === TAB || c === CR;
}
function skipIndent(text5, i, end, col) {
  while (i < end) {
    const c = text5.charCodeAt(i);
    if (c === SPACE) col++;
    else if (c === TAB) col += 4 - col % 4;
    else break;
    i++;
  }
  return { i, col };
}
function isBlankRest(text5, i, end) {
  for (; i < end; i++) if (!isSpace(text5.charCodeAt(i))) return false;
  return true;
}
function listMarkerWidth(text5, i, end) {
  const c = text5.charCodeAt(i);
  let width2 = 0;
  if (c === 45 || c === 43 || c === 42) width2 = 1;
  else {
    let j = i;
    while (j < end && j - i < 9 && isDigit(text5.charCodeAt(j))) j++;
    const after = text5.charCodeAt(j);
    if (j > i && (after === 46 || after === 41)) width2 = j - i + 1;
  }
  if (width2 === 0) return 0;
  const next = i + width2;
  return next >= end || isSpace(text5.charCodeAt(next)) ? width2 : 0;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isThematicBreak(text5, i, end) {
  const marker = text5.charCodeAt(i);
  if (marker !== 45 && marker !== 42 && marker !== 95) return false;
  let count = 0;
  for (; i < end; i++) {
    const c = text5.charCodeAt(i);
    if (c === marker) count++;
    else if (!isSpace(c)) return false;
  }
  return count >= 3;
}
function isQuoteMarker(text5, i) {
  return text5.charCodeAt(i) === GT;
}
function fenceAt(text5, i, end) {
  const char = text5.charCodeAt(i);
  if (char !== 96 && char !== 126) return void 0;
  let j = i;
  while (j < end && text5.charCodeAt(j) === char) j++;
  return j - i >= 3 ? { char, length: j - i } : void 0;
}
function tableCells(text5, i, end) {
  const start = skipIndent(text5, i, end, 0).i;
  let last = end;
  while (last > start && isSpace(text5.charCodeAt(last - 1))) last--;
  if (last <= start) return 0;
  let pipes = 0;
  for (let j = start; j < last; j++) {
    const c = text5.charCodeAt(j);
    if (c === BACKSLASH) j++;
    else if (c === PIPE) pipes++;
  }
  const leading = text5.charCodeAt(start) === PIPE ? 1 : 0;
  const trailing = last - 1 > start && text5.charCodeAt(last - 1) === PIPE ? 1 : 0;
  return Math.max(1, pipes + 1 - leading - trailing);
}
function isDelimiterRow(text5, i, end) {
  let dash = false;
  for (; i < end; i++) {
    const c = text5.charCodeAt(i);
    if (c === 45) dash = true;
    else if (c !== PIPE && c !== 58 && !isSpace(c)) return false;
  }
  return dash;
}
function hasPipe(text5, i, end) {
  for (let k = i; k < end; k++) if (text5.charCodeAt(k) === 124) return true;
  return false;
}
function emphasisRuns(text5, i, end) {
  let runs = 0;
  while (i < end) {
    const c = text5.charCodeAt(i);
    if (c !== 42 && c !== 95 && c !== 126) {
      i += c === BACKSLASH ? 2 : 1;
      continue;
    }
    const from = i;
    while (i < end && text5.charCodeAt(i) === c) i++;
    if (c === 95 && isWordChar(text5.charCodeAt(from - 1)) && isWordChar(text5.charCodeAt(i))) {
      continue;
    }
    runs++;
  }
  return runs;
}
function isWordChar(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c > 127;
}

// src/core/limits/markdown-scan.ts
var peak = () => ({ max: 0, line: 0 });
function markdownShape(text5, thresholds = { cells: Infinity, markers: Infinity }) {
  const s = {
    text: text5,
    line: 0,
    stack: [],
    quotes: [],
    fence: void 0,
    paragraph: false,
    table: false,
    prevCells: 0,
    prevPipe: false,
    runs: 0,
    thresholds,
    shape: {
      depth: { ...peak(), quotes: 0 },
      columns: peak(),
      cells: peak(),
      blockMarkers: peak(),
      markers: peak(),
      work: 0
    }
  };
  for (let start = 0; start <= text5.length; ) {
    const nl = text5.indexOf("\n", start);
    const end = nl === -1 ? text5.length : nl;
    s.line++;
    s.shape.work += end - start + 1;
    scanLine(s, start, end);
    start = end + 1;
  }
  return s.shape;
}
function raise(p, value, line) {
  if (value > p.max) {
    p.max = value;
    p.line = line;
  }
}
function add(p, value, threshold, line) {
  if (p.max <= threshold && p.max + value > threshold) p.line = line;
  p.max += value;
}
function truncate(s, length) {
  s.stack.length = Math.min(s.stack.length, length);
  while ((s.quotes.at(-1) ?? -1) >= length) s.quotes.pop();
}
function push(s, container) {
  if (container.quote) s.quotes.push(s.stack.length);
  s.stack.push(container);
  s.shape.work++;
  const { depth } = s.shape;
  if (s.stack.length > depth.max) {
    depth.max = s.stack.length;
    depth.line = s.line;
    depth.quotes = s.quotes.length;
  }
}
function matchContainers(s, start, end) {
  const { text: text5 } = s;
  let col = 0;
  let rest = skipIndent(text5, start, end, 0);
  s.shape.work += rest.i - start;
  let matched = 0;
  for (; matched < s.stack.length; matched++) {
    const container = s.stack[matched];
    s.shape.work++;
    if (container.quote) {
      if (rest.col - col > 3 || !isQuoteMarker(text5, rest.i)) break;
      let i = rest.i + 1;
      col = rest.col + 1;
      if (text5.charCodeAt(i) === 32) {
        i++;
        col++;
      }
      rest = skipIndent(text5, i, end, col);
      s.shape.work += rest.i - i;
    } else {
      if (rest.col - col < container.width) break;
      col += container.width;
    }
  }
  return { matched, col, rest };
}
function scanLine(s, start, end) {
  const { text: text5 } = s;
  if (isBlankRest(text5, start, end)) {
    truncate(s, s.quotes[0] ?? s.stack.length);
    if (s.fence === void 0) endBlock(s);
    return;
  }
  const { matched, col, rest } = matchContainers(s, start, end);
  if (s.fence !== void 0) {
    const close = fenceAt(text5, rest.i, end);
    const fence = s.fence;
    if (close && close.char === fence.char && close.length >= fence.length) {
      if (isBlankRest(text5, rest.i + close.length, end)) s.fence = void 0;
    }
    return;
  }
  const opens = rest.col - col <= 3 && (isQuoteMarker(text5, rest.i) || !isThematicBreak(text5, rest.i, end) && listMarkerWidth(text5, rest.i, end) > 0);
  if (matched < s.stack.length && !(s.paragraph && !opens)) {
    truncate(s, matched);
    endBlock(s);
  }
  const content3 = openContainers(s, rest.i, rest.col, col, end);
  readContent(s, content3, end);
}
function openContainers(s, i, col, base, end) {
  const { text: text5 } = s;
  while (col - base <= 3) {
    if (isQuoteMarker(text5, i)) {
      push(s, { quote: true, width: 0 });
      i++;
      col++;
      if (text5.charCodeAt(i) === 32) {
        i++;
        col++;
      }
    } else {
      const marker = isThematicBreak(text5, i, end) ? 0 : listMarkerWidth(text5, i, end);
      if (marker === 0) break;
      const after = skipIndent(text5, i + marker, end, col + marker);
      s.shape.work += after.i - i;
      const spaces = after.col - col - marker;
      const plain3 = after.i < end && spaces <= 4;
      push(s, { quote: false, width: col - base + marker + (plain3 ? spaces : 1) });
      if (!plain3) return after.i;
      i = after.i;
      col = after.col;
    }
    endBlock(s);
    base = col;
    const next = skipIndent(text5, i, end, col);
    s.shape.work += next.i - i;
    i = next.i;
    col = next.col;
  }
  return i;
}
function endBlock(s) {
  s.runs = 0;
  s.paragraph = false;
  s.table = false;
  s.prevPipe = false;
}
function readContent(s, i, end) {
  const { text: text5, shape } = s;
  const fence = fenceAt(text5, i, end);
  if (fence) {
    endBlock(s);
    s.fence = fence;
    return;
  }
  const runs = emphasisRuns(text5, i, end);
  shape.work += end - i;
  add(shape.markers, runs, s.thresholds.markers, s.line);
  const pipe = hasPipe(text5, i, end);
  if (!s.table && s.paragraph && isDelimiterRow(text5, i, end) && (pipe || s.prevPipe)) {
    s.table = true;
    row(s, s.prevCells, s.line - 1);
    row(s, tableCells(text5, i, end), s.line);
    return;
  }
  if (s.table) {
    row(s, tableCells(text5, i, end), s.line);
    raise(shape.blockMarkers, runs, s.line);
    return;
  }
  const heading3 = text5.charCodeAt(i) === 35;
  if (heading3) endBlock(s);
  s.runs += runs;
  raise(shape.blockMarkers, s.runs, s.line);
  s.paragraph = !heading3;
  s.prevPipe = pipe;
  s.prevCells = pipe ? tableCells(text5, i, end) : 1;
}
function row(s, cells, line) {
  raise(s.shape.columns, cells, line);
  add(s.shape.cells, cells, s.thresholds.cells, line);
}

// src/core/limits/markdown.ts
var MARKDOWN_BOUNDS = {
  chars: BOUNDS.markdownChars,
  depth: BOUNDS.markdownDepth,
  columns: BOUNDS.tableColumns,
  cells: BOUNDS.tableCells,
  blockMarkers: BOUNDS.inlineMarkersPerBlock,
  markers: BOUNDS.inlineMarkersAll
};
function containers(depth) {
  if (depth.quotes === 0) return "lists";
  return depth.quotes === depth.max ? "block quotes" : "lists and block quotes";
}
function checkMarkdownBounds(text5, file, bounds = MARKDOWN_BOUNDS, what = "the file") {
  const size = checkTextBounds(text5, file, bounds.chars, what);
  if (size) return size;
  const shape = markdownShape(text5, { cells: bounds.cells.max, markers: bounds.markers.max });
  const { depth, columns, cells, blockMarkers, markers } = shape;
  if (depth.max > bounds.depth.max) {
    const found = `${containers(depth)} nested ${grouped(depth.max)} levels deep`;
    return refusal({ file, line: depth.line, found, bound: bounds.depth });
  }
  if (columns.max > bounds.columns.max) {
    const found = `a table row has ${grouped(columns.max)} cells`;
    return refusal({ file, line: columns.line, found, bound: bounds.columns });
  }
  if (cells.max > bounds.cells.max) {
    const found = `the tables have ${grouped(cells.max)} cells in all`;
    return refusal({ file, line: cells.line, found, bound: bounds.cells });
  }
  if (blockMarkers.max > bounds.blockMarkers.max) {
    const found = `a paragraph or table row has ${grouped(blockMarkers.max)} emphasis markers (*, _ or ~)`;
    return refusal({ file, line: blockMarkers.line, found, bound: bounds.blockMarkers });
  }
  if (markers.max > bounds.markers.max) {
    const found = `the text has ${grouped(markers.max)} emphasis markers (*, _ or ~)`;
    return refusal({ file, line: markers.line, found, bound: bounds.markers });
  }
  return void 0;
}

// node_modules/ccount/index.js
function ccount(value, character) {
  const source = String(value);
  if (typeof character !== "string") {
    throw new TypeError("Expected character");
  }
  let count = 0;
  let index2 = source.indexOf(character);
  while (index2 !== -1) {
    count++;
    index2 = source.indexOf(character, index2 + character.length);
  }
  return count;
}

// node_modules/devlop/lib/default.js
function ok() {
}

// node_modules/micromark-util-character/index.js
var asciiAlpha = regexCheck(/[A-Za-z]/);
var asciiAlphanumeric = regexCheck(/[\dA-Za-z]/);
var asciiAtext = regexCheck(/[#-'*+\--9=?A-Z^-~]/);
function asciiControl(code3) {
  return (
    // Special whitespace codes (which have negative values), C0 and Control
    // character DEL
    code3 !== null && (code3 < 32 || code3 === 127)
  );
}
var asciiDigit = regexCheck(/\d/);
var asciiHexDigit = regexCheck(/[\dA-Fa-f]/);
var asciiPunctuation = regexCheck(/[!-/:-@[-`{-~]/);
function markdownLineEnding(code3) {
  return code3 !== null && code3 < -2;
}
function markdownLineEndingOrSpace(code3) {
  return code3 !== null && (code3 < 0 || code3 === 32);
}
function markdownSpace(code3) {
  return code3 === -2 || code3 === -1 || code3 === 32;
}
var unicodePunctuation = regexCheck(new RegExp("\\p{P}|\\p{S}", "u"));
var unicodeWhitespace = regexCheck(/\s/);
function regexCheck(regex) {
  return check2;
  function check2(code3) {
    return code3 !== null && code3 > -1 && regex.test(String.fromCharCode(code3));
  }
}

// node_modules/escape-string-regexp/index.js
function escapeStringRegexp(string3) {
  if (typeof string3 !== "string") {
    throw new TypeError("Expected a string");
  }
  return string3.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}

// node_modules/unist-util-is/lib/index.js
var convert = (
  // Note: overloads in JSDoc can’t yet use different `@template`s.
  /**
   * @type {(
   *   (<Condition extends string>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & {type: Condition}) &
   *   (<Condition extends Props>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Condition) &
   *   (<Condition extends TestFunction>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Predicate<Condition, Node>) &
   *   ((test?: null | undefined) => (node?: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node) &
   *   ((test?: Test) => Check)
   * )}
   */
  /**
   * @param {Test} [test]
   * @returns {Check}
   */
  (function(test) {
    if (test === null || test === void 0) {
      return ok2;
    }
    if (typeof test === "function") {
      return castFactory(test);
    }
    if (typeof test === "object") {
      return Array.isArray(test) ? anyFactory(test) : (
        // Cast because `ReadonlyArray` goes into the above but `isArray`
        // narrows to `Array`.
        propertiesFactory(
          /** @type {Props} */
          test
        )
      );
    }
    if (typeof test === "string") {
      return typeFactory(test);
    }
    throw new Error("Expected function, string, or object as test");
  })
);
function anyFactory(tests) {
  const checks = [];
  let index2 = -1;
  while (++index2 < tests.length) {
    checks[index2] = convert(tests[index2]);
  }
  return castFactory(any);
  function any(...parameters) {
    let index3 = -1;
    while (++index3 < checks.length) {
      if (checks[index3].apply(this, parameters)) return true;
    }
    return false;
  }
}
function propertiesFactory(check2) {
  const checkAsRecord = (
    /** @type {Record<string, unknown>} */
    check2
  );
  return castFactory(all2);
  function all2(node2) {
    const nodeAsRecord = (
      /** @type {Record<string, unknown>} */
      /** @type {unknown} */
      node2
    );
    let key;
    for (key in check2) {
      if (nodeAsRecord[key] !== checkAsRecord[key]) return false;
    }
    return true;
  }
}
function typeFactory(check2) {
  return castFactory(type);
  function type(node2) {
    return node2 && node2.type === check2;
  }
}
function castFactory(testFunction) {
  return check2;
  function check2(value, index2, parent) {
    return Boolean(
      looksLikeANode(value) && testFunction.call(
        this,
        value,
        typeof index2 === "number" ? index2 : void 0,
        parent || void 0
      )
    );
  }
}
function ok2() {
  return true;
}
function looksLikeANode(value) {
  return value !== null && typeof value === "object" && "type" in value;
}

// node_modules/unist-util-visit-parents/lib/color.node.js
function color(d) {
  return "\x1B[33m" + d + "\x1B[39m";
}

// node_modules/unist-util-visit-parents/lib/index.js
var empty = [];
var CONTINUE = true;
var EXIT = false;
var SKIP = "skip";
function visitParents(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, reverse) {
  if (!tree || typeof tree !== "object") {
    throw new Error("Unexpected value `" + tree + "` for `tree`, expected node");
  }
  let preorder = true;
  let check2;
  let visitors;
  let enter;
  let exit3;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check2 = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    if (reverse) preorder = false;
  } else {
    visitors = /** @type {Visitors | Visitor} */
    testOrEnterOrVisitors;
    if (enterOrVisitorsOrReverse) preorder = false;
  }
  if (typeof visitors === "function") {
    enter = visitors;
  } else if (visitors && typeof visitors === "object") {
    if (visitors.enter === null || visitors.enter === void 0) {
    } else if (typeof visitors.enter === "function") {
      enter = visitors.enter;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.enter + "` for `visitors.enter`, expected optional visitor"
      );
    }
    if (typeof visitors.exit === "function") {
      exit3 = visitors.exit;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.exit + "` for `visitors.exit`, expected visitor (pass a visitor directly if you only want an enter visitor)"
      );
    }
  } else {
    throw new Error(
      "Unexpected value `" + visitors + "` for `enter` or `visitors`, expected visitor or object with visitors"
    );
  }
  const is2 = convert(check2);
  const step2 = preorder ? 1 : -1;
  factory(tree, void 0, [])();
  function factory(node2, index2, parents) {
    const value = (
      /** @type {Record<string, unknown>} */
      node2 && typeof node2 === "object" ? node2 : {}
    );
    if (typeof value.type === "string") {
      const name = (
        // `hast`
        typeof value.tagName === "string" ? value.tagName : (
          // `xast`
          typeof value.name === "string" ? value.name : void 0
        )
      );
      Object.defineProperty(visit2, "name", {
        value: "node (" + color(node2.type + (name ? "<" + name + ">" : "")) + ")"
      });
    }
    return visit2;
    function visit2() {
      const matches = !check2 || is2(node2, index2, parents[parents.length - 1] || void 0);
      let result = empty;
      if (enter && matches) {
        result = toResult(enter(node2, parents, index2));
        if (result[0] === EXIT) {
          return result;
        }
      }
      if ("children" in node2 && node2.children) {
        const nodeAsParent = (
          /** @type {UnistParent} */
          node2
        );
        if (nodeAsParent.children && result[0] !== SKIP) {
          let offset = (preorder ? -1 : nodeAsParent.children.length) + step2;
          const grandparents = [...parents, nodeAsParent];
          while (offset > -1 && offset < nodeAsParent.children.length) {
            const child = nodeAsParent.children[offset];
            const subresult = factory(child, offset, grandparents)();
            if (subresult[0] === EXIT) {
              return subresult;
            }
            offset = typeof subresult[1] === "number" ? subresult[1] : offset + step2;
          }
        }
      }
      if (exit3 && matches) {
        const exitResult = toResult(exit3(node2, parents, index2));
        if (exitResult[0] === SKIP) {
          throw new Error(
            "Unexpected value `" + exitResult[0] + "` from `exit`, expected `CONTINUE`, `EXIT`, index, or nothing"
          );
        }
        if (exitResult[0] === EXIT || typeof exitResult[1] === "number") {
          return exitResult;
        }
      }
      return result;
    }
  }
}
function toResult(value) {
  if (Array.isArray(value)) {
    return value;
  }
  if (typeof value === "number") {
    return [CONTINUE, value];
  }
  return value === null || value === void 0 ? empty : [value];
}

// node_modules/mdast-util-find-and-replace/lib/index.js
function findAndReplace(tree, list4, options) {
  const settings = options || {};
  const ignored = convert(settings.ignore || []);
  const pairs = toPairs(list4);
  let pairIndex = -1;
  while (++pairIndex < pairs.length) {
    visitParents(tree, visitor);
  }
  function visitor(node2, parents, index2) {
    if (node2.type === "text" && typeof index2 === "number") {
      return handler(node2, parents, index2);
    }
    if (ignored(node2, index2, parents[parents.length - 1])) return SKIP;
  }
  function handler(node2, parents, index2) {
    const parent = parents[parents.length - 1];
    const find = pairs[pairIndex][0];
    const replace2 = pairs[pairIndex][1];
    let start = 0;
    let change = false;
    let nodes = [];
    find.lastIndex = 0;
    let match = find.exec(node2.value);
    while (match) {
      const position2 = match.index;
      const matchObject = {
        index: match.index,
        input: match.input,
        stack: [...parents, node2]
      };
      let value = replace2(...match, matchObject);
      if (typeof value === "string") {
        value = value.length > 0 ? { type: "text", value } : void 0;
      }
      if (value === false) {
        find.lastIndex = position2 + 1;
      } else {
        if (start !== position2) {
          add2({ type: "text", value: node2.value.slice(start, position2) });
        }
        if (Array.isArray(value)) {
          for (const child of value) add2(child);
        } else if (value) {
          add2(value);
        }
        start = position2 + match[0].length;
        change = true;
      }
      if (!find.global) {
        break;
      }
      match = find.exec(node2.value);
    }
    if (change) {
      if (start < node2.value.length) {
        add2({ type: "text", value: node2.value.slice(start) });
      }
      parent.children.splice(index2, 1, ...nodes);
    } else {
      nodes = [node2];
    }
    return index2 + nodes.length;
    function add2(child) {
      const previous3 = nodes[nodes.length - 1];
      if (previous3 && previous3.type === "text" && child.type === "text") {
        previous3.value += child.value;
      } else {
        nodes.push(child);
      }
    }
  }
}
function toPairs(tupleOrList) {
  if (!Array.isArray(tupleOrList)) {
    throw new TypeError("Expected find and replace tuple or list of tuples");
  }
  const result = [];
  const list4 = !tupleOrList[0] || Array.isArray(tupleOrList[0]) ? (
    /** @type {FindAndReplaceList} */
    tupleOrList
  ) : [
    /** @type {FindAndReplaceTuple} */
    tupleOrList
  ];
  let index2 = -1;
  while (++index2 < list4.length) {
    const tuple = list4[index2];
    result.push([toExpression(tuple[0]), toFunction(tuple[1])]);
  }
  return result;
}
function toExpression(find) {
  return typeof find === "string" ? new RegExp(escapeStringRegexp(find), "g") : find;
}
function toFunction(replace2) {
  return typeof replace2 === "function" ? replace2 : function() {
    return replace2;
  };
}

// node_modules/mdast-util-gfm-autolink-literal/lib/index.js
var inConstruct = "phrasing";
var notInConstruct = ["autolink", "link", "image", "label"];
function gfmAutolinkLiteralFromMarkdown() {
  return {
    transforms: [transformGfmAutolinkLiterals],
    enter: {
      literalAutolink: enterLiteralAutolink,
      literalAutolinkEmail: enterLiteralAutolinkValue,
      literalAutolinkHttp: enterLiteralAutolinkValue,
      literalAutolinkWww: enterLiteralAutolinkValue
    },
    exit: {
      literalAutolink: exitLiteralAutolink,
      literalAutolinkEmail: exitLiteralAutolinkEmail,
      literalAutolinkHttp: exitLiteralAutolinkHttp,
      literalAutolinkWww: exitLiteralAutolinkWww
    }
  };
}
function gfmAutolinkLiteralToMarkdown() {
  return {
    unsafe: [
      {
        character: "@",
        before: "[+\\-.\\w]",
        after: "[\\-.\\w]",
        inConstruct,
        notInConstruct
      },
      {
        character: ".",
        before: "[Ww]",
        after: "[\\-.\\w]",
        inConstruct,
        notInConstruct
      },
      {
        character: ":",
        before: "[ps]",
        after: "\\/",
        inConstruct,
        notInConstruct
      }
    ]
  };
}
function enterLiteralAutolink(token) {
  this.enter(
    { type: "link", title: null, url: "", children: [], position: void 0 },
    token
  );
}
function enterLiteralAutolinkValue(token) {
  this.config.enter.autolinkProtocol.call(this, token);
}
function exitLiteralAutolinkHttp(token) {
  this.config.exit.autolinkProtocol.call(this, token);
}
function exitLiteralAutolinkWww(token) {
  this.config.exit.data.call(this, token);
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "link");
  node2.url = "http://" + this.sliceSerialize(token);
}
function exitLiteralAutolinkEmail(token) {
  this.config.exit.autolinkEmail.call(this, token);
}
function exitLiteralAutolink(token) {
  this.exit(token);
}
function transformGfmAutolinkLiterals(tree) {
  findAndReplace(
    tree,
    [
      [
        /(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi,
        findUrl
      ],
      [
        /(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g,
        findXmpp
      ],
      [/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findMailto],
      [
        /(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g,
        findEmail
      ]
    ],
    { ignore: ["link", "linkReference"] }
  );
}
function findUrl(_, protocol, domain2, path2, match) {
  if (!previous(match)) {
    return false;
  }
  let prefix = "";
  if (/^w/i.test(protocol)) {
    domain2 = protocol + domain2;
    protocol = "";
    prefix = "http://";
  }
  if (unicodePunctuation(domain2.charCodeAt(0)) || !isCorrectDomain(domain2)) {
    return false;
  }
  const parts = splitUrl(domain2 + path2);
  const result = {
    type: "link",
    title: null,
    url: prefix + protocol + parts[0],
    children: [{ type: "text", value: protocol + parts[0], position: void 0 }],
    position: void 0
  };
  if (parts[1]) {
    return [result, { type: "text", value: parts[1], position: void 0 }];
  }
  return result;
}
function findEmail(_, atext, label) {
  if (/[\d\-_]$/.test(label)) {
    return false;
  }
  return {
    type: "link",
    title: null,
    url: "mailto:" + atext + "@" + label,
    children: [{ type: "text", value: atext + "@" + label, position: void 0 }],
    position: void 0
  };
}
function findMailto(_, atext, label) {
  if (/[\d\-_]$/.test(label)) {
    return false;
  }
  const value = "mailto:" + atext + "@" + label;
  return {
    type: "link",
    title: null,
    url: value,
    children: [{ type: "text", value, position: void 0 }],
    position: void 0
  };
}
function findXmpp(matchValue, atext, label, resource, match) {
  if (/[\d\-_]$/.test(label) || resource && (!/[A-Za-z]$/.test(resource) || match.input.charAt(match.index + matchValue.length) === "@")) {
    return false;
  }
  const value = "xmpp:" + atext + "@" + label + (resource || "");
  return {
    type: "link",
    title: null,
    url: value,
    children: [{ type: "text", value, position: void 0 }],
    position: void 0
  };
}
function isCorrectDomain(domain2) {
  const parts = domain2.split(".");
  if (parts.length < 2 || parts[parts.length - 1] && (/_/.test(parts[parts.length - 1]) || !/[\dA-Za-z]/.test(parts[parts.length - 1])) || parts[parts.length - 2] && (/_/.test(parts[parts.length - 2]) || !/[\dA-Za-z]/.test(parts[parts.length - 2]))) {
    return false;
  }
  return true;
}
function splitUrl(url) {
  let index2 = url.length;
  while (index2 > 0) {
    const code3 = url.charCodeAt(index2 - 1);
    if (code3 === 33 || code3 === 34 || code3 === 38 || code3 === 39 || code3 === 41 || code3 === 44 || code3 === 46 || code3 === 58 || code3 === 59 || code3 === 60 || code3 === 62 || code3 === 63 || code3 === 93 || code3 === 125) {
      index2--;
    } else {
      break;
    }
  }
  if (index2 === url.length) {
    return [url, void 0];
  }
  let trail2 = url.slice(index2);
  url = url.slice(0, index2);
  let closingParenIndex = trail2.indexOf(")");
  const openingParens = ccount(url, "(");
  let closingParens = ccount(url, ")");
  while (closingParenIndex !== -1 && openingParens > closingParens) {
    url += trail2.slice(0, closingParenIndex + 1);
    trail2 = trail2.slice(closingParenIndex + 1);
    closingParenIndex = trail2.indexOf(")");
    closingParens++;
  }
  return [url, trail2];
}
function previous(match) {
  const code3 = match.input.charCodeAt(match.index - 1);
  return match.index === 0 || unicodeWhitespace(code3) || unicodePunctuation(code3);
}

// node_modules/micromark-util-normalize-identifier/index.js
function normalizeIdentifier(value) {
  return value.replace(/[\t\n\r ]+/g, " ").replace(/^ | $/g, "").toLowerCase().toUpperCase();
}

// node_modules/mdast-util-gfm-footnote/lib/index.js
footnoteReference.peek = footnoteReferencePeek;
function enterFootnoteCallString() {
  this.buffer();
}
function enterFootnoteCall(token) {
  this.enter({ type: "footnoteReference", identifier: "", label: "" }, token);
}
function enterFootnoteDefinitionLabelString() {
  this.buffer();
}
function enterFootnoteDefinition(token) {
  this.enter(
    { type: "footnoteDefinition", identifier: "", label: "", children: [] },
    token
  );
}
function exitFootnoteCallString(token) {
  const label = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "footnoteReference");
  node2.identifier = normalizeIdentifier(
    this.sliceSerialize(token)
  ).toLowerCase();
  node2.label = label;
}
function exitFootnoteCall(token) {
  this.exit(token);
}
function exitFootnoteDefinitionLabelString(token) {
  const label = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "footnoteDefinition");
  node2.identifier = normalizeIdentifier(
    this.sliceSerialize(token)
  ).toLowerCase();
  node2.label = label;
}
function exitFootnoteDefinition(token) {
  this.exit(token);
}
function footnoteReferencePeek() {
  return "[";
}
function footnoteReference(node2, _, state, info) {
  const tracker = state.createTracker(info);
  let value = tracker.move("[^");
  const exit3 = state.enter("footnoteReference");
  const subexit = state.enter("reference");
  value += tracker.move(
    state.safe(state.associationId(node2), { after: "]", before: value })
  );
  subexit();
  exit3();
  value += tracker.move("]");
  return value;
}
function gfmFootnoteFromMarkdown() {
  return {
    enter: {
      gfmFootnoteCallString: enterFootnoteCallString,
      gfmFootnoteCall: enterFootnoteCall,
      gfmFootnoteDefinitionLabelString: enterFootnoteDefinitionLabelString,
      gfmFootnoteDefinition: enterFootnoteDefinition
    },
    exit: {
      gfmFootnoteCallString: exitFootnoteCallString,
      gfmFootnoteCall: exitFootnoteCall,
      gfmFootnoteDefinitionLabelString: exitFootnoteDefinitionLabelString,
      gfmFootnoteDefinition: exitFootnoteDefinition
    }
  };
}
function gfmFootnoteToMarkdown(options) {
  let firstLineBlank = false;
  if (options && options.firstLineBlank) {
    firstLineBlank = true;
  }
  return {
    handlers: { footnoteDefinition, footnoteReference },
    // This is on by default already.
    unsafe: [{ character: "[", inConstruct: ["label", "phrasing", "reference"] }]
  };
  function footnoteDefinition(node2, _, state, info) {
    const tracker = state.createTracker(info);
    let value = tracker.move("[^");
    const exit3 = state.enter("footnoteDefinition");
    const subexit = state.enter("label");
    value += tracker.move(
      state.safe(state.associationId(node2), { before: value, after: "]" })
    );
    subexit();
    value += tracker.move("]:");
    if (node2.children && node2.children.length > 0) {
      tracker.shift(4);
      value += tracker.move(
        (firstLineBlank ? "\n" : " ") + state.indentLines(
          state.containerFlow(node2, tracker.current()),
          firstLineBlank ? mapAll : mapExceptFirst
        )
      );
    }
    exit3();
    return value;
  }
}
function mapExceptFirst(line, index2, blank2) {
  return index2 === 0 ? line : mapAll(line, index2, blank2);
}
function mapAll(line, index2, blank2) {
  return (blank2 ? "" : "    ") + line;
}

// node_modules/mdast-util-gfm-strikethrough/lib/index.js
var constructsWithoutStrikethrough = [
  "autolink",
  "destinationLiteral",
  "destinationRaw",
  "reference",
  "titleQuote",
  "titleApostrophe"
];
handleDelete.attention = attentionDelete;
handleDelete.peek = peekDelete;
function gfmStrikethroughFromMarkdown() {
  return {
    canContainEols: ["delete"],
    enter: { strikethrough: enterStrikethrough },
    exit: { strikethrough: exitStrikethrough }
  };
}
function gfmStrikethroughToMarkdown() {
  return {
    handlers: { delete: handleDelete },
    unsafe: [
      {
        character: "~",
        inConstruct: "phrasing",
        notInConstruct: constructsWithoutStrikethrough
      }
    ]
  };
}
function enterStrikethrough(token) {
  this.enter({ type: "delete", children: [], position: void 0 }, token);
}
function exitStrikethrough(token) {
  this.exit(token);
}
function handleDelete(node2, _, state, info) {
  const tracker = state.createTracker(info);
  const sequence = state.stack.includes("strikethrough") ? "~" : "~~";
  const exit3 = state.enter("strikethrough");
  let value = tracker.move(sequence);
  value += state.containerPhrasing(node2, {
    ...tracker.current(),
    before: value,
    after: "~"
  });
  value += tracker.move(sequence);
  exit3();
  return value;
}
function attentionDelete() {
  return { construct: "strikethrough", markers: ["~"], sizes: [2, 1] };
}
function peekDelete() {
  return "~";
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table2, options) {
  const settings = options || {};
  const align2 = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table2.length) {
    const row4 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table2[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table2[rowIndex].length;
    }
    while (++columnIndex2 < table2[rowIndex].length) {
      const cell = serialize(table2[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row4.push(cell);
    }
    cellMatrix[rowIndex] = row4;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align2 === "object" && "length" in align2) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align2[columnIndex]);
    }
  } else {
    const code3 = toAlignment(align2);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code3;
    }
  }
  columnIndex = -1;
  const row3 = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code3 = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code3 === 99) {
      before = ":";
      after = ":";
    } else if (code3 === 108) {
      before = ":";
    } else if (code3 === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row3[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row3);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row4 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row4[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code3 = alignments[columnIndex];
        if (code3 === 114) {
          before = " ".repeat(size);
        } else if (code3 === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code3 = typeof value === "string" ? value.codePointAt(0) : 0;
  return code3 === 67 || code3 === 99 ? 99 : code3 === 76 || code3 === 108 ? 108 : code3 === 82 || code3 === 114 ? 114 : 0;
}

// node_modules/mdast-util-phrasing/lib/index.js
var phrasing = (
  /** @type {(node?: unknown) => node is Exclude<PhrasingContent, Html>} */
  convert([
    "break",
    "delete",
    "emphasis",
    // To do: next major: removed since footnotes were added to GFM.
    "footnote",
    "footnoteReference",
    "image",
    "imageReference",
    "inlineCode",
    // Enabled by `mdast-util-math`:
    "inlineMath",
    "link",
    "linkReference",
    // Enabled by `mdast-util-mdx`:
    "mdxJsxTextElement",
    // Enabled by `mdast-util-mdx`:
    "mdxTextExpression",
    "strong",
    "text",
    // Enabled by `mdast-util-directive`:
    "textDirective"
  ])
);

// node_modules/mdast-util-to-markdown/lib/handle/blockquote.js
function blockquote(node2, _, state, info) {
  const exit3 = state.enter("blockquote");
  const tracker = state.createTracker(info);
  tracker.move("> ");
  tracker.shift(2);
  const value = state.indentLines(
    state.containerFlow(node2, tracker.current()),
    map
  );
  exit3();
  return value;
}
function map(line, _, blank2) {
  return ">" + (blank2 ? "" : " ") + line;
}

// node_modules/mdast-util-to-markdown/lib/util/pattern-in-scope.js
function patternInScope(stack, pattern) {
  return listInScope(stack, pattern.inConstruct, true) && !listInScope(stack, pattern.notInConstruct, false);
}
function listInScope(stack, list4, none) {
  if (typeof list4 === "string") {
    list4 = [list4];
  }
  if (!list4 || list4.length === 0) {
    return none;
  }
  let index2 = -1;
  while (++index2 < list4.length) {
    if (stack.includes(list4[index2])) {
      return true;
    }
  }
  return false;
}

// node_modules/mdast-util-to-markdown/lib/handle/break.js
function hardBreak(_, _1, state, info) {
  let index2 = -1;
  while (++index2 < state.unsafe.length) {
    const pattern = state.unsafe[index2];
    if (pattern.character === "\n" && !pattern.before && !pattern.after && patternInScope(state.stack, pattern)) {
      return /[\t ]/.test(info.before) ? "" : " ";
    }
  }
  return "\\\n";
}

// node_modules/longest-streak/index.js
function longestStreak(value, substring) {
  const source = String(value);
  let index2 = source.indexOf(substring);
  let expected = index2;
  let count = 0;
  let max = 0;
  if (typeof substring !== "string") {
    throw new TypeError("Expected substring");
  }
  while (index2 !== -1) {
    if (index2 === expected) {
      if (++count > max) {
        max = count;
      }
    } else {
      count = 1;
    }
    expected = index2 + substring.length;
    index2 = source.indexOf(substring, expected);
  }
  return max;
}

// node_modules/mdast-util-to-markdown/lib/util/format-code-as-indented.js
function formatCodeAsIndented(node2, state) {
  return Boolean(
    state.options.fences === false && node2.value && // If there’s no info…
    !node2.lang && // And there’s a non-whitespace character…
    /[^\n\r ]/.test(node2.value) && // And the value doesn’t start or end in a blank…
    !/^[\t ]*(?:[\n\r]|$)|(?:^|[\n\r])[\t ]*$/.test(node2.value)
  );
}

// node_modules/mdast-util-to-markdown/lib/util/check-fence.js
function checkFence(state) {
  const marker = state.options.fence || "`";
  if (marker !== "`" && marker !== "~") {
    throw new Error(
      "Cannot serialize code with `" + marker + "` for `options.fence`, expected `` ` `` or `~`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/handle/code.js
function code(node2, _, state, info) {
  const marker = checkFence(state);
  const raw = node2.value || "";
  if (formatCodeAsIndented(node2, state)) {
    const exit4 = state.enter("codeIndented");
    const value2 = state.indentLines(raw, map2);
    exit4();
    return value2;
  }
  const tracker = state.createTracker(info);
  const sequence = marker.repeat(Math.max(longestStreak(raw, marker) + 1, 3));
  const exit3 = state.enter("codeFenced");
  const suffix = marker === "`" ? "GraveAccent" : "Tilde";
  let value = tracker.move(sequence);
  if (node2.lang) {
    const subexit = state.enter(`codeFencedLang${suffix}`);
    value += tracker.move(
      state.safe(node2.lang, {
        before: value,
        after: " ",
        encode: ["`"],
        ...tracker.current()
      })
    );
    subexit();
  }
  if (node2.lang && node2.meta) {
    const subexit = state.enter(`codeFencedMeta${suffix}`);
    value += tracker.move(" ");
    value += tracker.move(
      state.safe(node2.meta, {
        before: value,
        after: "\n",
        encode: ["`"],
        ...tracker.current()
      })
    );
    subexit();
  }
  value += tracker.move("\n");
  if (raw) {
    value += tracker.move(raw + "\n");
  }
  value += tracker.move(sequence);
  exit3();
  return value;
}
function map2(line, _, blank2) {
  return (blank2 ? "" : "    ") + line;
}

// node_modules/mdast-util-to-markdown/lib/util/check-quote.js
function checkQuote(state) {
  const marker = state.options.quote || '"';
  if (marker !== '"' && marker !== "'") {
    throw new Error(
      "Cannot serialize title with `" + marker + "` for `options.quote`, expected `\"`, or `'`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/handle/definition.js
function definition(node2, _, state, info) {
  const quote2 = checkQuote(state);
  const suffix = quote2 === '"' ? "Quote" : "Apostrophe";
  const exit3 = state.enter("definition");
  let subexit = state.enter("label");
  const tracker = state.createTracker(info);
  let value = tracker.move("[");
  value += tracker.move(
    state.safe(state.associationId(node2), {
      before: value,
      after: "]",
      ...tracker.current()
    })
  );
  value += tracker.move("]: ");
  subexit();
  if (
    // If there’s no url, or…
    !node2.url || // If there are control characters or whitespace.
    /[\0- \u007F]/.test(node2.url)
  ) {
    subexit = state.enter("destinationLiteral");
    value += tracker.move("<");
    value += tracker.move(
      state.safe(node2.url, { before: value, after: ">", ...tracker.current() })
    );
    value += tracker.move(">");
  } else {
    subexit = state.enter("destinationRaw");
    value += tracker.move(
      state.safe(node2.url, {
        before: value,
        after: node2.title ? " " : "\n",
        ...tracker.current()
      })
    );
  }
  subexit();
  if (node2.title) {
    subexit = state.enter(`title${suffix}`);
    value += tracker.move(" " + quote2);
    value += tracker.move(
      state.safe(node2.title, {
        before: value,
        after: quote2,
        ...tracker.current()
      })
    );
    value += tracker.move(quote2);
    subexit();
  }
  exit3();
  return value;
}

// node_modules/mdast-util-to-markdown/lib/util/check-emphasis.js
function checkEmphasis(state) {
  const marker = state.options.emphasis || "*";
  if (marker !== "*" && marker !== "_") {
    throw new Error(
      "Cannot serialize emphasis with `" + marker + "` for `options.emphasis`, expected `*`, or `_`"
    );
  }
  return marker;
}

// node_modules/micromark-util-classify-character/index.js
function classifyCharacter(code3) {
  if (code3 === null || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3)) {
    return 1;
  }
  if (unicodePunctuation(code3)) {
    return 2;
  }
}

// node_modules/mdast-util-to-markdown/lib/util/character.js
function firstCharacter(value) {
  const code3 = value.codePointAt(0);
  return code3 === void 0 ? "" : String.fromCodePoint(code3);
}
function lastCharacter(value) {
  const code3 = value.codePointAt(value.length - 2);
  return code3 !== void 0 && code3 > 65535 ? value.slice(-2) : value.slice(-1);
}

// node_modules/mdast-util-to-markdown/lib/util/encode-character-reference.js
function encodeCharacterReference(code3) {
  return "&#x" + code3.toString(16).toUpperCase() + ";";
}

// node_modules/mdast-util-to-markdown/lib/util/encode-info.js
function encodeInfo(outside, inside, marker) {
  const outsideKind = classifyCharacter(outside);
  const insideKind = classifyCharacter(inside);
  if (outsideKind === void 0) {
    return insideKind === void 0 ? (
      // Letter inside:
      // we have to encode *both* letters for `_` as it is looser.
      // it already forms for `*` (and GFMs `~`).
      marker === "_" ? { inside: true, outside: true } : { inside: false, outside: false }
    ) : insideKind === 1 ? (
      // Whitespace inside: encode both (letter, whitespace).
      { inside: true, outside: true }
    ) : (
      // Punctuation inside: encode outer (letter)
      { inside: false, outside: true }
    );
  }
  if (outsideKind === 1) {
    return insideKind === void 0 ? (
      // Letter inside: already forms.
      { inside: false, outside: false }
    ) : insideKind === 1 ? (
      // Whitespace inside: encode both (whitespace).
      { inside: true, outside: true }
    ) : (
      // Punctuation inside: already forms.
      { inside: false, outside: false }
    );
  }
  return insideKind === void 0 ? (
    // Letter inside: already forms.
    { inside: false, outside: false }
  ) : insideKind === 1 ? (
    // Whitespace inside: encode inner (whitespace).
    { inside: true, outside: false }
  ) : (
    // Punctuation inside: already forms.
    { inside: false, outside: false }
  );
}

// node_modules/micromark-util-html-tag-name/index.js
var htmlBlockNames = [
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul"
];
var htmlRawNames = ["pre", "script", "style", "textarea"];

// node_modules/mdast-util-to-markdown/lib/util/html-kind.js
function htmlKind(value) {
  if (value.charCodeAt(0) !== 60) return;
  const next = value.charCodeAt(1);
  if (next === 33) {
    const code4 = value.charCodeAt(2);
    if (code4 === 45) return 2;
    if (code4 === 91) return 5;
    if (asciiAlpha(code4)) return 4;
    return;
  }
  if (next === 63) return 3;
  const closing = next === 47;
  const start = closing ? 2 : 1;
  let end = start;
  let code3 = value.charCodeAt(end);
  if (!asciiAlpha(code3)) return;
  while (code3 === 45 || asciiAlphanumeric(code3)) {
    code3 = value.charCodeAt(++end);
  }
  const name = value.slice(start, end).toLowerCase();
  if (!closing && code3 !== 47 && htmlRawNames.includes(name)) {
    return 1;
  }
  return htmlBlockNames.includes(name) ? 6 : 7;
}

// node_modules/mdast-util-to-markdown/lib/util/container-phrasing.js
var builtins = /* @__PURE__ */ new Map([
  ["*", false],
  ["_", true]
]);
function candidates(tokens, involved, runOf) {
  const related = /* @__PURE__ */ new Set();
  for (const token of tokens) {
    const siblings = runOf.get(token);
    if (siblings && token.attention && involved.some((d) => d.attention === token.attention)) {
      for (const sibling of siblings.tokens) {
        related.add(sibling.attention);
      }
    }
  }
  const ordered = [];
  for (const token of tokens) {
    if (token.attention && related.delete(token.attention)) {
      ordered.push(token.attention);
    }
  }
  ordered.reverse();
  return ordered;
}
function check(tokens, before, after) {
  const runs = [];
  const wrong = /* @__PURE__ */ new Map();
  const runOf = /* @__PURE__ */ new Map();
  let index2 = 0;
  while (index2 < tokens.length) {
    if (!tokens[index2].attention) {
      index2++;
      continue;
    }
    const marker = tokens[index2].value.charAt(0);
    const strict = builtins.get(marker);
    let end = index2 + 1;
    while (end < tokens.length && tokens[end].attention && tokens[end].value.charAt(0) === marker) {
      end++;
    }
    const head = index2 ? tokens[index2 - 1].value : before;
    const previous3 = classifyCharacter(head.charCodeAt(head.length - 1));
    const next = classifyCharacter(
      (end < tokens.length ? tokens[end].value : after).charCodeAt(0)
    );
    const open = !next || next === 2 && Boolean(previous3);
    const close = !previous3 || previous3 === 2 && Boolean(next);
    const run = {
      tokens: tokens.slice(index2, end),
      markers: [],
      start: 0,
      end: 0,
      // Underscores are strict, they cannot open or close inside words.
      open: strict ? open && (Boolean(previous3) || !close) : open,
      close: strict ? close && (Boolean(next) || !open) : close,
      // All builtins can split runs.
      split: strict !== void 0
    };
    for (const token of run.tokens) {
      wrong.set(token, [...run.tokens]);
      runOf.set(token, run);
      let size = token.value.length;
      while (size--) run.markers.push(token);
    }
    run.end = run.markers.length;
    runs.push(run);
    index2 = end;
  }
  pair(runs, wrong);
  index2 = -1;
  while (++index2 < tokens.length) {
    const involved = wrong.get(tokens[index2]);
    if (involved) return { attention: candidates(tokens, involved, runOf), index: index2 };
  }
}
function encode(tokens, start) {
  const token = tokens[start ? 0 : tokens.length - 1];
  if (!token || token.attention) return;
  const character = start ? firstCharacter(token.value) : lastCharacter(token.value);
  const reference = encodeCharacterReference(
    /** @type {number} */
    character.codePointAt(0)
  );
  if (start) {
    token.value = reference + token.value.slice(character.length);
  } else {
    let value = token.value.slice(0, token.value.length - character.length);
    let escapes = 0;
    while (value.charCodeAt(value.length - 1 - escapes) === 92) {
      escapes++;
    }
    if (escapes % 2) value += "\\";
    token.value = value + reference;
  }
}
function improve(items, chosen, mistake, before, after) {
  for (const attention4 of mistake.attention) {
    const current = chosen.get(attention4) || attention4.sequences[0];
    for (const sequence of attention4.sequences) {
      if (sequence === current) continue;
      const trial = new Map(chosen);
      trial.set(attention4, sequence);
      const tokens = render(items, trial, before, after);
      const next = check(tokens, before, after);
      if (!next || next.index > mistake.index) {
        return { chosen: trial, mistake: next, tokens };
      }
    }
  }
}
function pair(runs, wrong) {
  const openersByMarker = /* @__PURE__ */ new Map();
  for (const closer of runs) {
    const marker = closer.tokens[0].value.charAt(0);
    let openers = openersByMarker.get(marker);
    if (!openers) {
      openers = [];
      openersByMarker.set(marker, openers);
    }
    let open = closer.close ? openers.length : 0;
    while (open-- && closer.start < closer.end) {
      const opener = openers[open];
      const openerSize = opener.end - opener.start;
      const closerSize = closer.end - closer.start;
      if (closer.split ? (
        // The rule of 3, on the sizes that are left.
        (opener.close || closer.open) && closerSize % 3 && !((openerSize + closerSize) % 3)
      ) : (
        // Others pair whole runs of the same size.
        openerSize !== opener.markers.length || openerSize !== closerSize
      )) {
        continue;
      }
      const size = closer.split ? openerSize > 1 && closerSize > 1 ? 2 : 1 : closerSize;
      const opening = opener.markers.slice(opener.end - size, opener.end);
      const closing = closer.markers.slice(closer.start, closer.start + size);
      const openToken = opening[0];
      const closeToken = closing[0];
      if (
        // Whole sequences:
        // the markers of a sequence are next to each other,
        // so if the first and last marker are of one sequence of that size,
        // all markers are exactly that sequence.
        openToken === opening[size - 1] && openToken.value.length === size && closeToken === closing[size - 1] && closeToken.value.length === size && // Of the same attention, so its opening and closing sequence.
        openToken.attention === closeToken.attention
      ) {
        wrong.delete(openToken);
        wrong.delete(closeToken);
      } else {
        const involved = [.../* @__PURE__ */ new Set([...opening, ...closing])];
        for (const token of involved) {
          const list4 = wrong.get(token);
          if (list4) list4.push(...involved);
        }
      }
      opener.end -= size;
      closer.start += size;
      if (opener.start === opener.end) openers.splice(open, 1);
      open = openers.length;
    }
    if (closer.open && closer.start < closer.end) openers.push(closer);
  }
}
function attentionSequences(type, markers, sizes) {
  if (markers.length === 0) {
    throw new Error(
      "Cannot serialize `" + type + "` as attention without markers, expected one or more markers"
    );
  }
  if (sizes.length === 0) {
    throw new Error(
      "Cannot serialize `" + type + "` as attention without sizes, expected one or more sizes"
    );
  }
  for (const size of sizes) {
    if (!Number.isSafeInteger(size) || size < 1) {
      throw new Error(
        "Cannot serialize `" + type + "` as attention with `" + size + "` as size, expected positive integer"
      );
    }
  }
  const sequences = [];
  for (const marker of markers) {
    if (marker.length !== 1) {
      throw new Error(
        "Cannot serialize `" + type + "` as attention with `" + marker + "` as marker, expected a single ascii character"
      );
    }
    if (!asciiPunctuation(marker.charCodeAt(0))) {
      throw new Error(
        "Cannot serialize `" + type + "` as attention with `" + marker + "` as marker, expected ascii punctuation"
      );
    }
    for (const size of sizes) {
      sequences.push(marker.repeat(size));
    }
  }
  return sequences;
}
function phrasing2(parent, state, info) {
  const indexStack = state.indexStack;
  const children = parent.children || [];
  const results = [];
  let index2 = -1;
  let before = info.before;
  indexStack.push(-1);
  let tracker = state.createTracker(info);
  while (++index2 < children.length) {
    const child = children[index2];
    let after;
    indexStack[indexStack.length - 1] = index2;
    if (index2 + 1 < children.length) {
      let handle3 = state.handle.handlers[children[index2 + 1].type];
      if (handle3 && handle3.peek) handle3 = handle3.peek;
      after = handle3 ? firstCharacter(
        handle3(children[index2 + 1], parent, state, {
          before: "",
          after: "",
          ...tracker.current()
        })
      ) : "";
    } else {
      after = info.after;
    }
    const previous3 = results[results.length - 1];
    if (typeof previous3 === "string" && (before === "\r" || before === "\n") && child.type === "html" && htmlKind(child.value) !== 7) {
      results[results.length - 1] = previous3.replace(/(\r?\n|\r)$/, " ");
      before = " ";
      tracker = state.createTracker(info);
      tracker.move(serialize2(results, info.before, info.after));
    }
    const handle2 = state.handle.handlers[child.type];
    if (handle2 && handle2.attention) {
      const item = attentionItem(
        /** @type {PhrasingParents} */
        child,
        handle2.attention,
        state,
        tracker
      );
      if (!item) continue;
      results.push(item);
      before = lastCharacter(item.sequences[0]);
    } else {
      const value = state.handle(child, parent, state, {
        ...tracker.current(),
        after,
        before
      });
      if (!value) continue;
      tracker.move(value);
      results.push(value);
      before = lastCharacter(value);
    }
  }
  indexStack.pop();
  return results;
}
function attentionItem(node2, attention4, state, tracker) {
  const { construct, markers, sizes } = attention4(node2, state);
  const sequences = attentionSequences(node2.type, markers, sizes);
  const sequence = sequences[0];
  const exit3 = state.enter(construct);
  const inside = state.createTracker(tracker.current());
  inside.move(sequence);
  const children = phrasing2(node2, state, {
    ...inside.current(),
    before: sequence,
    after: sequence
  });
  exit3();
  if (children.length === 0) return;
  tracker.move(sequence);
  tracker.move(serialize2(children, sequence, sequence));
  tracker.move(sequence);
  return { children, sequences };
}
function fix(items, chosen, before, after) {
  let tokens = render(items, chosen, before, after);
  let mistake = check(tokens, before, after);
  while (mistake) {
    const next = improve(items, chosen, mistake, before, after);
    if (!next) return;
    chosen = next.chosen;
    tokens = next.tokens;
    mistake = next.mistake;
  }
  return tokens;
}
function guess(items, chosen, before, after) {
  let previous3 = before;
  let index2 = -1;
  while (++index2 < items.length) {
    const item = items[index2];
    if (typeof item === "string") {
      previous3 = "";
      continue;
    }
    const next = index2 === items.length - 1 ? after : "";
    const sequence = item.sequences.find(function(value) {
      const marker = value.charAt(0);
      return marker !== previous3.charAt(0) && marker !== next.charAt(0) || items.length === 1 && builtins.has(marker) && value.length > before.length;
    }) || item.sequences[0];
    if (sequence !== item.sequences[0]) chosen.set(item, sequence);
    guess(item.children, chosen, sequence, sequence);
    previous3 = sequence;
  }
}
function render(items, chosen, before, after) {
  const tokens = [];
  let encodeAfter;
  let previous3 = lastCharacter(before);
  let index2 = -1;
  while (++index2 < items.length) {
    const item = items[index2];
    if (typeof item === "string") {
      const token = { value: item, attention: void 0 };
      if (encodeAfter && encodeAfter === firstCharacter(item)) {
        encode([token], true);
      }
      encodeAfter = void 0;
      tokens.push(token);
      if (token.value) previous3 = lastCharacter(token.value);
      continue;
    }
    const sequence = chosen.get(item) || item.sequences[0];
    const marker = sequence.charAt(0);
    const next = items[index2 + 1];
    const outsideBefore = previous3;
    const outsideAfter = firstCharacter(
      next === void 0 ? after : typeof next === "string" ? next : chosen.get(next) || next.sequences[0]
    );
    const inside = render(item.children, chosen, sequence, sequence);
    const head = inside[0].value;
    const open = encodeInfo(
      outsideBefore.charCodeAt(outsideBefore.length - 1),
      head.charCodeAt(0),
      marker
    );
    if (open.inside) encode(inside, true);
    const tail = lastCharacter(inside[inside.length - 1].value);
    const close = encodeInfo(
      outsideAfter.charCodeAt(0),
      tail.charCodeAt(tail.length - 1),
      marker
    );
    if (close.inside) encode(inside, false);
    if (open.outside && outsideBefore !== "\n" && outsideBefore !== "\r") {
      encode(tokens, false);
    }
    if (close.outside) encodeAfter = outsideAfter;
    tokens.push({ value: sequence, attention: item }, ...inside, {
      value: sequence,
      attention: item
    });
    previous3 = sequence.charAt(sequence.length - 1);
  }
  return tokens;
}
function serialize2(items, before, after) {
  const guessed = /* @__PURE__ */ new Map();
  guess(items, guessed, before, after);
  const tokens = (
    // Start from guesses (based on the preferred sequences).
    (guessed.size > 0 ? fix(items, guessed, before, after) : void 0) || // If stuck, start from the preferred sequences instead.
    fix(items, /* @__PURE__ */ new Map(), before, after) || // If stuck again, use the preferred sequences as they are.
    render(items, /* @__PURE__ */ new Map(), before, after)
  );
  let result = "";
  for (const token of tokens) result += token.value;
  return result;
}

// node_modules/mdast-util-to-markdown/lib/handle/emphasis.js
emphasis.attention = attention;
emphasis.peek = peek;
function emphasis(node2, _, state, info) {
  const exit3 = state.enter("phrasing");
  const item = attentionItem(node2, attention, state, state.createTracker(info));
  const value = item ? serialize2([item], info.before, info.after) : "";
  exit3();
  return value;
}
function attention(_, state) {
  const marker = checkEmphasis(state);
  return {
    construct: "emphasis",
    markers: marker === "*" ? ["*", "_"] : ["_", "*"],
    sizes: [1]
  };
}
function peek(_, _1, state) {
  return state.options.emphasis || "*";
}

// node_modules/unist-util-visit/lib/index.js
function visit(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, maybeReverse) {
  let check2;
  let visitors;
  let reverse;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check2 = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    reverse = maybeReverse;
  } else {
    visitors = /** @type {Visitor | Visitors} */
    testOrEnterOrVisitors;
    reverse = enterOrVisitorsOrReverse;
  }
  if (typeof visitors === "function") {
    visitParents(tree, check2, wrap(visitors), reverse);
  } else {
    visitParents(tree, check2, wrapVisitors(visitors), reverse);
  }
}
function wrapVisitors(visitors) {
  if (!visitors || typeof visitors !== "object") return visitors;
  return {
    enter: typeof visitors.enter === "function" ? wrap(visitors.enter) : visitors.enter,
    exit: typeof visitors.exit === "function" ? wrap(visitors.exit) : visitors.exit
  };
}
function wrap(visitor) {
  return overload;
  function overload(node2, parents, index2) {
    return visitor(node2, index2, parents[parents.length - 1]);
  }
}

// node_modules/mdast-util-to-string/lib/index.js
var emptyOptions = {};
function toString(value, options) {
  const settings = options || emptyOptions;
  const includeImageAlt = typeof settings.includeImageAlt === "boolean" ? settings.includeImageAlt : true;
  const includeHtml = typeof settings.includeHtml === "boolean" ? settings.includeHtml : true;
  return one(value, includeImageAlt, includeHtml);
}
function one(value, includeImageAlt, includeHtml) {
  if (node(value)) {
    if ("value" in value) {
      return value.type === "html" && !includeHtml ? "" : value.value;
    }
    if (includeImageAlt && "alt" in value && value.alt) {
      return value.alt;
    }
    if ("children" in value) {
      return all(value.children, includeImageAlt, includeHtml);
    }
  }
  if (Array.isArray(value)) {
    return all(value, includeImageAlt, includeHtml);
  }
  return "";
}
function all(values, includeImageAlt, includeHtml) {
  const result = [];
  let index2 = -1;
  while (++index2 < values.length) {
    result[index2] = one(values[index2], includeImageAlt, includeHtml);
  }
  return result.join("");
}
function node(value) {
  return Boolean(value && typeof value === "object");
}

// node_modules/mdast-util-to-markdown/lib/util/format-heading-as-setext.js
function formatHeadingAsSetext(node2, state) {
  let literalWithBreak = false;
  visit(node2, function(node3) {
    if ("value" in node3 && /\r?\n|\r/.test(node3.value) || node3.type === "break") {
      literalWithBreak = true;
      return EXIT;
    }
  });
  return Boolean(
    (!node2.depth || node2.depth < 3) && toString(node2) && (state.options.setext || literalWithBreak)
  );
}

// node_modules/mdast-util-to-markdown/lib/handle/heading.js
function heading(node2, _, state, info) {
  const rank = Math.max(Math.min(6, node2.depth || 1), 1);
  const tracker = state.createTracker(info);
  if (formatHeadingAsSetext(node2, state)) {
    const exit4 = state.enter("headingSetext");
    const subexit2 = state.enter("phrasing");
    const value2 = state.containerPhrasing(node2, {
      ...tracker.current(),
      before: "\n",
      after: "\n"
    });
    subexit2();
    exit4();
    return value2 + "\n" + (rank === 1 ? "=" : "-").repeat(
      // The whole size…
      value2.length - // Minus the position of the character after the last EOL (or
      // 0 if there is none)…
      (Math.max(value2.lastIndexOf("\r"), value2.lastIndexOf("\n")) + 1)
    );
  }
  const sequence = "#".repeat(rank);
  const exit3 = state.enter("headingAtx");
  const subexit = state.enter("phrasing");
  tracker.move(sequence + " ");
  let value = state.containerPhrasing(node2, {
    before: "# ",
    after: "\n",
    ...tracker.current()
  });
  const head = value.charCodeAt(0);
  if (head === 9 || head === 32) {
    value = encodeCharacterReference(head) + value.slice(1);
  }
  value = value ? sequence + " " + value : sequence;
  if (state.options.closeAtx) {
    value += " " + sequence;
  }
  subexit();
  exit3();
  return value;
}

// node_modules/mdast-util-to-markdown/lib/handle/html.js
html.peek = htmlPeek;
function html(node2) {
  return node2.value || "";
}
function htmlPeek() {
  return "<";
}

// node_modules/mdast-util-to-markdown/lib/handle/image.js
image.peek = imagePeek;
function image(node2, _, state, info) {
  const quote2 = checkQuote(state);
  const suffix = quote2 === '"' ? "Quote" : "Apostrophe";
  const exit3 = state.enter("image");
  let subexit = state.enter("label");
  const tracker = state.createTracker(info);
  let value = tracker.move("![");
  value += tracker.move(
    state.safe(node2.alt, { before: value, after: "]", ...tracker.current() })
  );
  value += tracker.move("](");
  subexit();
  if (
    // If there’s no url but there is a title…
    !node2.url && node2.title || // If there are control characters or whitespace.
    /[\0- \u007F]/.test(node2.url)
  ) {
    subexit = state.enter("destinationLiteral");
    value += tracker.move("<");
    value += tracker.move(
      state.safe(node2.url, { before: value, after: ">", ...tracker.current() })
    );
    value += tracker.move(">");
  } else {
    subexit = state.enter("destinationRaw");
    value += tracker.move(
      state.safe(node2.url, {
        before: value,
        after: node2.title ? " " : ")",
        ...tracker.current()
      })
    );
  }
  subexit();
  if (node2.title) {
    subexit = state.enter(`title${suffix}`);
    value += tracker.move(" " + quote2);
    value += tracker.move(
      state.safe(node2.title, {
        before: value,
        after: quote2,
        ...tracker.current()
      })
    );
    value += tracker.move(quote2);
    subexit();
  }
  value += tracker.move(")");
  exit3();
  return value;
}
function imagePeek() {
  return "!";
}

// node_modules/mdast-util-to-markdown/lib/handle/image-reference.js
imageReference.peek = imageReferencePeek;
function imageReference(node2, _, state, info) {
  const type = node2.referenceType;
  const exit3 = state.enter("imageReference");
  let subexit = state.enter("label");
  const tracker = state.createTracker(info);
  let value = tracker.move("![");
  const alt = state.safe(node2.alt, {
    before: value,
    after: "]",
    ...tracker.current()
  });
  value += tracker.move(alt + "][");
  subexit();
  const stack = state.stack;
  state.stack = stack.filter(function(d) {
    return d !== "phrasing";
  });
  subexit = state.enter("reference");
  const reference = state.safe(state.associationId(node2), {
    before: value,
    after: "]",
    ...tracker.current()
  });
  subexit();
  state.stack = stack;
  exit3();
  if (type === "full" || !alt || alt !== reference) {
    value += tracker.move(reference + "]");
  } else if (type === "shortcut") {
    value = value.slice(0, -1);
  } else {
    value += tracker.move("]");
  }
  return value;
}
function imageReferencePeek() {
  return "!";
}

// node_modules/mdast-util-to-markdown/lib/handle/inline-code.js
inlineCode.peek = inlineCodePeek;
function inlineCode(node2, _, state) {
  let value = node2.value || "";
  let sequence = "`";
  let index2 = -1;
  while (new RegExp("(^|[^`])" + sequence + "([^`]|$)").test(value)) {
    sequence += "`";
  }
  if (/[^\n\r ]/.test(value) && (/^[\n\r ]/.test(value) && /[\n\r ]$/.test(value) || /^`|`$/.test(value))) {
    value = " " + value + " ";
  }
  while (++index2 < state.unsafe.length) {
    const pattern = state.unsafe[index2];
    const expression = state.compilePattern(pattern);
    if (!pattern.atBreak) continue;
    let match;
    while (match = expression.exec(value)) {
      let position2 = match.index;
      if (value.charCodeAt(position2) === 10 && value.charCodeAt(position2 - 1) === 13) {
        position2--;
      }
      value = value.slice(0, position2) + " " + value.slice(match.index + 1);
    }
  }
  return sequence + value + sequence;
}
function inlineCodePeek() {
  return "`";
}

// node_modules/mdast-util-to-markdown/lib/util/format-link-as-autolink.js
function formatLinkAsAutolink(node2, state) {
  const raw = toString(node2);
  return Boolean(
    !state.options.resourceLink && // If there’s a url…
    node2.url && // And there’s no title…
    !node2.title && // And the content of `node` is a single text node…
    node2.children && node2.children.length === 1 && node2.children[0].type === "text" && // And if the url is the same as the content…
    (raw === node2.url || "mailto:" + raw === node2.url) && // And that starts w/ a protocol…
    /^[a-z][+\-.a-z]+:/i.test(node2.url) && // And that doesn’t contain ASCII control codes (character escapes and
    // references don’t work), space, or angle brackets…
    !/[\0- <>\u007F]/.test(node2.url)
  );
}

// node_modules/mdast-util-to-markdown/lib/handle/link.js
link.peek = linkPeek;
function link(node2, _, state, info) {
  const quote2 = checkQuote(state);
  const suffix = quote2 === '"' ? "Quote" : "Apostrophe";
  const tracker = state.createTracker(info);
  if (formatLinkAsAutolink(node2, state)) {
    const stack = state.stack;
    state.stack = stack.filter(function(d) {
      return d !== "phrasing";
    });
    const exit4 = state.enter("autolink");
    let value2 = tracker.move("<");
    value2 += tracker.move(
      state.containerPhrasing(node2, {
        before: value2,
        after: ">",
        ...tracker.current()
      })
    );
    value2 += tracker.move(">");
    exit4();
    state.stack = stack;
    return value2;
  }
  const exit3 = state.enter("link");
  let subexit = state.enter("label");
  let value = tracker.move("[");
  const text5 = state.containerPhrasing(node2, {
    before: value,
    after: "](",
    ...tracker.current()
  });
  value += tracker.move(text5);
  subexit();
  value += tracker.move("](");
  const enclose = /[\0- \u007F]/.test(node2.url);
  const last = info.before.charAt(info.before.length - 1);
  let title = node2.title || void 0;
  if (!title && !enclose && (last === "\n" || last === "\r")) {
    let index2 = 0;
    while (index2 < text5.length && text5.charCodeAt(index2) !== 93) {
      index2 += text5.charCodeAt(index2) === 92 ? 2 : 1;
    }
    if (text5.charCodeAt(index2 + 1) === 58) title = "";
  }
  if (
    // If there’s no url but there is a title…
    !node2.url && typeof title === "string" || // If there are control characters or whitespace.
    enclose
  ) {
    subexit = state.enter("destinationLiteral");
    value += tracker.move("<");
    value += tracker.move(
      state.safe(node2.url, { before: value, after: ">", ...tracker.current() })
    );
    value += tracker.move(">");
  } else {
    subexit = state.enter("destinationRaw");
    value += tracker.move(
      state.safe(node2.url, {
        before: value,
        after: typeof title === "string" ? " " : ")",
        ...tracker.current()
      })
    );
  }
  subexit();
  if (typeof title === "string") {
    subexit = state.enter(`title${suffix}`);
    value += tracker.move(" " + quote2);
    value += tracker.move(
      state.safe(title, {
        before: value,
        after: quote2,
        ...tracker.current()
      })
    );
    value += tracker.move(quote2);
    subexit();
  }
  value += tracker.move(")");
  exit3();
  return value;
}
function linkPeek(node2, _, state) {
  return formatLinkAsAutolink(node2, state) ? "<" : "[";
}

// node_modules/mdast-util-to-markdown/lib/handle/link-reference.js
linkReference.peek = linkReferencePeek;
function linkReference(node2, _, state, info) {
  const type = node2.referenceType;
  const exit3 = state.enter("linkReference");
  let subexit = state.enter("label");
  const tracker = state.createTracker(info);
  let value = tracker.move("[");
  const text5 = state.containerPhrasing(node2, {
    before: value,
    after: "]",
    ...tracker.current()
  });
  value += tracker.move(text5 + "][");
  subexit();
  const stack = state.stack;
  state.stack = stack.filter(function(d) {
    return d !== "phrasing";
  });
  subexit = state.enter("reference");
  const reference = state.safe(state.associationId(node2), {
    before: value,
    after: "]",
    ...tracker.current()
  });
  subexit();
  state.stack = stack;
  exit3();
  if (type === "full" || !text5 || text5 !== reference) {
    value += tracker.move(reference + "]");
  } else if (type === "shortcut") {
    value = value.slice(0, -1);
  } else {
    value += tracker.move("]");
  }
  return value;
}
function linkReferencePeek() {
  return "[";
}

// node_modules/mdast-util-to-markdown/lib/util/check-bullet.js
function checkBullet(state) {
  const marker = state.options.bullet || "*";
  if (marker !== "*" && marker !== "+" && marker !== "-") {
    throw new Error(
      "Cannot serialize items with `" + marker + "` for `options.bullet`, expected `*`, `+`, or `-`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/util/check-bullet-other.js
function checkBulletOther(state) {
  const bullet = checkBullet(state);
  const bulletOther = state.options.bulletOther;
  if (!bulletOther) {
    return bullet === "*" ? "-" : "*";
  }
  if (bulletOther !== "*" && bulletOther !== "+" && bulletOther !== "-") {
    throw new Error(
      "Cannot serialize items with `" + bulletOther + "` for `options.bulletOther`, expected `*`, `+`, or `-`"
    );
  }
  if (bulletOther === bullet) {
    throw new Error(
      "Expected `bullet` (`" + bullet + "`) and `bulletOther` (`" + bulletOther + "`) to be different"
    );
  }
  return bulletOther;
}

// node_modules/mdast-util-to-markdown/lib/util/check-bullet-ordered.js
function checkBulletOrdered(state) {
  const marker = state.options.bulletOrdered || ".";
  if (marker !== "." && marker !== ")") {
    throw new Error(
      "Cannot serialize items with `" + marker + "` for `options.bulletOrdered`, expected `.` or `)`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/util/check-rule.js
function checkRule(state) {
  const marker = state.options.rule || "*";
  if (marker !== "*" && marker !== "-" && marker !== "_") {
    throw new Error(
      "Cannot serialize rules with `" + marker + "` for `options.rule`, expected `*`, `-`, or `_`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/handle/list.js
function list(node2, parent, state, info) {
  const exit3 = state.enter("list");
  const bulletCurrent = state.bulletCurrent;
  let bullet = node2.ordered ? checkBulletOrdered(state) : checkBullet(state);
  const bulletOther = node2.ordered ? bullet === "." ? ")" : "." : checkBulletOther(state);
  let useDifferentMarker = parent && state.bulletLastUsed ? bullet === state.bulletLastUsed : false;
  if (!node2.ordered) {
    const firstListItem = node2.children ? node2.children[0] : void 0;
    if (
      // Bullet could be used as a thematic break marker:
      (bullet === "*" || bullet === "-") && // Empty first list item:
      firstListItem && (!firstListItem.children || !firstListItem.children[0]) && // Directly in two other list items:
      state.stack[state.stack.length - 1] === "list" && state.stack[state.stack.length - 2] === "listItem" && state.stack[state.stack.length - 3] === "list" && state.stack[state.stack.length - 4] === "listItem" && // That are each the first child.
      state.indexStack[state.indexStack.length - 1] === 0 && state.indexStack[state.indexStack.length - 2] === 0 && state.indexStack[state.indexStack.length - 3] === 0
    ) {
      useDifferentMarker = true;
    }
    if (checkRule(state) === bullet && firstListItem) {
      let index2 = -1;
      while (++index2 < node2.children.length) {
        const item = node2.children[index2];
        if (item && item.type === "listItem" && item.children && item.children[0] && item.children[0].type === "thematicBreak") {
          useDifferentMarker = true;
          break;
        }
      }
    }
  }
  if (useDifferentMarker) {
    bullet = bulletOther;
  }
  state.bulletCurrent = bullet;
  const value = state.containerFlow(node2, info);
  state.bulletLastUsed = bullet;
  state.bulletCurrent = bulletCurrent;
  exit3();
  return value;
}

// node_modules/mdast-util-to-markdown/lib/util/check-list-item-indent.js
function checkListItemIndent(state) {
  const style = state.options.listItemIndent || "one";
  if (style !== "tab" && style !== "one" && style !== "mixed") {
    throw new Error(
      "Cannot serialize items with `" + style + "` for `options.listItemIndent`, expected `tab`, `one`, or `mixed`"
    );
  }
  return style;
}

// node_modules/mdast-util-to-markdown/lib/handle/list-item.js
function listItem(node2, parent, state, info) {
  const listItemIndent = checkListItemIndent(state);
  let bullet = state.bulletCurrent || checkBullet(state);
  if (parent && parent.type === "list" && parent.ordered) {
    bullet = (typeof parent.start === "number" && parent.start > -1 ? parent.start : 1) + (state.options.incrementListMarker === false ? 0 : parent.children.indexOf(node2)) + bullet;
  }
  let size = bullet.length + 1;
  if (listItemIndent === "tab" || listItemIndent === "mixed" && (parent && parent.type === "list" && parent.spread || node2.spread)) {
    size = Math.ceil(size / 4) * 4;
  }
  const tracker = state.createTracker(info);
  tracker.move(bullet + " ".repeat(size - bullet.length));
  tracker.shift(size);
  const exit3 = state.enter("listItem");
  const value = state.indentLines(
    state.containerFlow(node2, tracker.current()),
    map3
  );
  exit3();
  return value;
  function map3(line, index2, blank2) {
    if (index2) {
      return (blank2 ? "" : " ".repeat(size)) + line;
    }
    return (blank2 ? bullet : bullet + " ".repeat(size - bullet.length)) + line;
  }
}

// node_modules/mdast-util-to-markdown/lib/handle/paragraph.js
function paragraph(node2, _, state, info) {
  const exit3 = state.enter("paragraph");
  const subexit = state.enter("phrasing");
  const value = state.containerPhrasing(node2, info);
  subexit();
  exit3();
  return value;
}

// node_modules/mdast-util-to-markdown/lib/handle/root.js
function root(node2, _, state, info) {
  const hasPhrasing = node2.children.some(function(d) {
    return phrasing(d);
  });
  if (!hasPhrasing) return state.containerFlow(node2, info);
  const exit3 = state.enter("phrasing");
  const value = state.containerPhrasing(node2, info);
  exit3();
  return value;
}

// node_modules/mdast-util-to-markdown/lib/util/check-strong.js
function checkStrong(state) {
  const marker = state.options.strong || "*";
  if (marker !== "*" && marker !== "_") {
    throw new Error(
      "Cannot serialize strong with `" + marker + "` for `options.strong`, expected `*`, or `_`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/handle/strong.js
strong.attention = attention2;
strong.peek = peek2;
function strong(node2, _, state, info) {
  const exit3 = state.enter("phrasing");
  const item = attentionItem(node2, attention2, state, state.createTracker(info));
  const value = item ? serialize2([item], info.before, info.after) : "";
  exit3();
  return value;
}
function attention2(_, state) {
  const marker = checkStrong(state);
  return {
    construct: "strong",
    markers: marker === "*" ? ["*", "_"] : ["_", "*"],
    sizes: [2]
  };
}
function peek2(_, _1, state) {
  return state.options.strong || "*";
}

// node_modules/mdast-util-to-markdown/lib/handle/text.js
function text(node2, parent, state, info) {
  const siblings = parent ? parent.children : [];
  const index2 = state.indexStack[state.indexStack.length - 1];
  return state.safe(node2.value, {
    ...info,
    afterNode: siblings[index2 + 1],
    beforeNode: siblings[index2 - 1]
  });
}

// node_modules/mdast-util-to-markdown/lib/util/check-rule-repetition.js
function checkRuleRepetition(state) {
  const repetition = state.options.ruleRepetition || 3;
  if (repetition < 3) {
    throw new Error(
      "Cannot serialize rules with repetition `" + repetition + "` for `options.ruleRepetition`, expected `3` or more"
    );
  }
  return repetition;
}

// node_modules/mdast-util-to-markdown/lib/handle/thematic-break.js
function thematicBreak(_, _1, state) {
  const value = (checkRule(state) + (state.options.ruleSpaces ? " " : "")).repeat(checkRuleRepetition(state));
  return state.options.ruleSpaces ? value.slice(0, -1) : value;
}

// node_modules/mdast-util-to-markdown/lib/handle/index.js
var handle = {
  blockquote,
  break: hardBreak,
  code,
  definition,
  emphasis,
  hardBreak,
  heading,
  html,
  image,
  imageReference,
  inlineCode,
  link,
  linkReference,
  list,
  listItem,
  paragraph,
  root,
  strong,
  text,
  thematicBreak
};

// node_modules/character-entities/index.js
var characterEntities = {
  AElig: "\xC6",
  AMP: "&",
  Aacute: "\xC1",
  Abreve: "\u0102",
  Acirc: "\xC2",
  Acy: "\u0410",
  Afr: "\u{1D504}",
  Agrave: "\xC0",
  Alpha: "\u0391",
  Amacr: "\u0100",
  And: "\u2A53",
  Aogon: "\u0104",
  Aopf: "\u{1D538}",
  ApplyFunction: "\u2061",
  Aring: "\xC5",
  Ascr: "\u{1D49C}",
  Assign: "\u2254",
  Atilde: "\xC3",
  Auml: "\xC4",
  Backslash: "\u2216",
  Barv: "\u2AE7",
  Barwed: "\u2306",
  Bcy: "\u0411",
  Because: "\u2235",
  Bernoullis: "\u212C",
  Beta: "\u0392",
  Bfr: "\u{1D505}",
  Bopf: "\u{1D539}",
  Breve: "\u02D8",
  Bscr: "\u212C",
  Bumpeq: "\u224E",
  CHcy: "\u0427",
  COPY: "\xA9",
  Cacute: "\u0106",
  Cap: "\u22D2",
  CapitalDifferentialD: "\u2145",
  Cayleys: "\u212D",
  Ccaron: "\u010C",
  Ccedil: "\xC7",
  Ccirc: "\u0108",
  Cconint: "\u2230",
  Cdot: "\u010A",
  Cedilla: "\xB8",
  CenterDot: "\xB7",
  Cfr: "\u212D",
  Chi: "\u03A7",
  CircleDot: "\u2299",
  CircleMinus: "\u2296",
  CirclePlus: "\u2295",
  CircleTimes: "\u2297",
  ClockwiseContourIntegral: "\u2232",
  CloseCurlyDoubleQuote: "\u201D",
  CloseCurlyQuote: "\u2019",
  Colon: "\u2237",
  Colone: "\u2A74",
  Congruent: "\u2261",
  Conint: "\u222F",
  ContourIntegral: "\u222E",
  Copf: "\u2102",
  Coproduct: "\u2210",
  CounterClockwiseContourIntegral: "\u2233",
  Cross: "\u2A2F",
  Cscr: "\u{1D49E}",
  Cup: "\u22D3",
  CupCap: "\u224D",
  DD: "\u2145",
  DDotrahd: "\u2911",
  DJcy: "\u0402",
  DScy: "\u0405",
  DZcy: "\u040F",
  Dagger: "\u2021",
  Darr: "\u21A1",
  Dashv: "\u2AE4",
  Dcaron: "\u010E",
  Dcy: "\u0414",
  Del: "\u2207",
  Delta: "\u0394",
  Dfr: "\u{1D507}",
  DiacriticalAcute: "\xB4",
  DiacriticalDot: "\u02D9",
  DiacriticalDoubleAcute: "\u02DD",
  DiacriticalGrave: "`",
  DiacriticalTilde: "\u02DC",
  Diamond: "\u22C4",
  DifferentialD: "\u2146",
  Dopf: "\u{1D53B}",
  Dot: "\xA8",
  DotDot: "\u20DC",
  DotEqual: "\u2250",
  DoubleContourIntegral: "\u222F",
  DoubleDot: "\xA8",
  DoubleDownArrow: "\u21D3",
  DoubleLeftArrow: "\u21D0",
  DoubleLeftRightArrow: "\u21D4",
  DoubleLeftTee: "\u2AE4",
  DoubleLongLeftArrow: "\u27F8",
  DoubleLongLeftRightArrow: "\u27FA",
  DoubleLongRightArrow: "\u27F9",
  DoubleRightArrow: "\u21D2",
  DoubleRightTee: "\u22A8",
  DoubleUpArrow: "\u21D1",
  DoubleUpDownArrow: "\u21D5",
  DoubleVerticalBar: "\u2225",
  DownArrow: "\u2193",
  DownArrowBar: "\u2913",
  DownArrowUpArrow: "\u21F5",
  DownBreve: "\u0311",
  DownLeftRightVector: "\u2950",
  DownLeftTeeVector: "\u295E",
  DownLeftVector: "\u21BD",
  DownLeftVectorBar: "\u2956",
  DownRightTeeVector: "\u295F",
  DownRightVector: "\u21C1",
  DownRightVectorBar: "\u2957",
  DownTee: "\u22A4",
  DownTeeArrow: "\u21A7",
  Downarrow: "\u21D3",
  Dscr: "\u{1D49F}",
  Dstrok: "\u0110",
  ENG: "\u014A",
  ETH: "\xD0",
  Eacute: "\xC9",
  Ecaron: "\u011A",
  Ecirc: "\xCA",
  Ecy: "\u042D",
  Edot: "\u0116",
  Efr: "\u{1D508}",
  Egrave: "\xC8",
  Element: "\u2208",
  Emacr: "\u0112",
  EmptySmallSquare: "\u25FB",
  EmptyVerySmallSquare: "\u25AB",
  Eogon: "\u0118",
  Eopf: "\u{1D53C}",
  Epsilon: "\u0395",
  Equal: "\u2A75",
  EqualTilde: "\u2242",
  Equilibrium: "\u21CC",
  Escr: "\u2130",
  Esim: "\u2A73",
  Eta: "\u0397",
  Euml: "\xCB",
  Exists: "\u2203",
  ExponentialE: "\u2147",
  Fcy: "\u0424",
  Ffr: "\u{1D509}",
  FilledSmallSquare: "\u25FC",
  FilledVerySmallSquare: "\u25AA",
  Fopf: "\u{1D53D}",
  ForAll: "\u2200",
  Fouriertrf: "\u2131",
  Fscr: "\u2131",
  GJcy: "\u0403",
  GT: ">",
  Gamma: "\u0393",
  Gammad: "\u03DC",
  Gbreve: "\u011E",
  Gcedil: "\u0122",
  Gcirc: "\u011C",
  Gcy: "\u0413",
  Gdot: "\u0120",
  Gfr: "\u{1D50A}",
  Gg: "\u22D9",
  Gopf: "\u{1D53E}",
  GreaterEqual: "\u2265",
  GreaterEqualLess: "\u22DB",
  GreaterFullEqual: "\u2267",
  GreaterGreater: "\u2AA2",
  GreaterLess: "\u2277",
  GreaterSlantEqual: "\u2A7E",
  GreaterTilde: "\u2273",
  Gscr: "\u{1D4A2}",
  Gt: "\u226B",
  HARDcy: "\u042A",
  Hacek: "\u02C7",
  Hat: "^",
  Hcirc: "\u0124",
  Hfr: "\u210C",
  HilbertSpace: "\u210B",
  Hopf: "\u210D",
  HorizontalLine: "\u2500",
  Hscr: "\u210B",
  Hstrok: "\u0126",
  HumpDownHump: "\u224E",
  HumpEqual: "\u224F",
  IEcy: "\u0415",
  IJlig: "\u0132",
  IOcy: "\u0401",
  Iacute: "\xCD",
  Icirc: "\xCE",
  Icy: "\u0418",
  Idot: "\u0130",
  Ifr: "\u2111",
  Igrave: "\xCC",
  Im: "\u2111",
  Imacr: "\u012A",
  ImaginaryI: "\u2148",
  Implies: "\u21D2",
  Int: "\u222C",
  Integral: "\u222B",
  Intersection: "\u22C2",
  InvisibleComma: "\u2063",
  InvisibleTimes: "\u2062",
  Iogon: "\u012E",
  Iopf: "\u{1D540}",
  Iota: "\u0399",
  Iscr: "\u2110",
  Itilde: "\u0128",
  Iukcy: "\u0406",
  Iuml: "\xCF",
  Jcirc: "\u0134",
  Jcy: "\u0419",
  Jfr: "\u{1D50D}",
  Jopf: "\u{1D541}",
  Jscr: "\u{1D4A5}",
  Jsercy: "\u0408",
  Jukcy: "\u0404",
  KHcy: "\u0425",
  KJcy: "\u040C",
  Kappa: "\u039A",
  Kcedil: "\u0136",
  Kcy: "\u041A",
  Kfr: "\u{1D50E}",
  Kopf: "\u{1D542}",
  Kscr: "\u{1D4A6}",
  LJcy: "\u0409",
  LT: "<",
  Lacute: "\u0139",
  Lambda: "\u039B",
  Lang: "\u27EA",
  Laplacetrf: "\u2112",
  Larr: "\u219E",
  Lcaron: "\u013D",
  Lcedil: "\u013B",
  Lcy: "\u041B",
  LeftAngleBracket: "\u27E8",
  LeftArrow: "\u2190",
  LeftArrowBar: "\u21E4",
  LeftArrowRightArrow: "\u21C6",
  LeftCeiling: "\u2308",
  LeftDoubleBracket: "\u27E6",
  LeftDownTeeVector: "\u2961",
  LeftDownVector: "\u21C3",
  LeftDownVectorBar: "\u2959",
  LeftFloor: "\u230A",
  LeftRightArrow: "\u2194",
  LeftRightVector: "\u294E",
  LeftTee: "\u22A3",
  LeftTeeArrow: "\u21A4",
  LeftTeeVector: "\u295A",
  LeftTriangle: "\u22B2",
  LeftTriangleBar: "\u29CF",
  LeftTriangleEqual: "\u22B4",
  LeftUpDownVector: "\u2951",
  LeftUpTeeVector: "\u2960",
  LeftUpVector: "\u21BF",
  LeftUpVectorBar: "\u2958",
  LeftVector: "\u21BC",
  LeftVectorBar: "\u2952",
  Leftarrow: "\u21D0",
  Leftrightarrow: "\u21D4",
  LessEqualGreater: "\u22DA",
  LessFullEqual: "\u2266",
  LessGreater: "\u2276",
  LessLess: "\u2AA1",
  LessSlantEqual: "\u2A7D",
  LessTilde: "\u2272",
  Lfr: "\u{1D50F}",
  Ll: "\u22D8",
  Lleftarrow: "\u21DA",
  Lmidot: "\u013F",
  LongLeftArrow: "\u27F5",
  LongLeftRightArrow: "\u27F7",
  LongRightArrow: "\u27F6",
  Longleftarrow: "\u27F8",
  Longleftrightarrow: "\u27FA",
  Longrightarrow: "\u27F9",
  Lopf: "\u{1D543}",
  LowerLeftArrow: "\u2199",
  LowerRightArrow: "\u2198",
  Lscr: "\u2112",
  Lsh: "\u21B0",
  Lstrok: "\u0141",
  Lt: "\u226A",
  Map: "\u2905",
  Mcy: "\u041C",
  MediumSpace: "\u205F",
  Mellintrf: "\u2133",
  Mfr: "\u{1D510}",
  MinusPlus: "\u2213",
  Mopf: "\u{1D544}",
  Mscr: "\u2133",
  Mu: "\u039C",
  NJcy: "\u040A",
  Nacute: "\u0143",
  Ncaron: "\u0147",
  Ncedil: "\u0145",
  Ncy: "\u041D",
  NegativeMediumSpace: "\u200B",
  NegativeThickSpace: "\u200B",
  NegativeThinSpace: "\u200B",
  NegativeVeryThinSpace: "\u200B",
  NestedGreaterGreater: "\u226B",
  NestedLessLess: "\u226A",
  NewLine: "\n",
  Nfr: "\u{1D511}",
  NoBreak: "\u2060",
  NonBreakingSpace: "\xA0",
  Nopf: "\u2115",
  Not: "\u2AEC",
  NotCongruent: "\u2262",
  NotCupCap: "\u226D",
  NotDoubleVerticalBar: "\u2226",
  NotElement: "\u2209",
  NotEqual: "\u2260",
  NotEqualTilde: "\u2242\u0338",
  NotExists: "\u2204",
  NotGreater: "\u226F",
  NotGreaterEqual: "\u2271",
  NotGreaterFullEqual: "\u2267\u0338",
  NotGreaterGreater: "\u226B\u0338",
  NotGreaterLess: "\u2279",
  NotGreaterSlantEqual: "\u2A7E\u0338",
  NotGreaterTilde: "\u2275",
  NotHumpDownHump: "\u224E\u0338",
  NotHumpEqual: "\u224F\u0338",
  NotLeftTriangle: "\u22EA",
  NotLeftTriangleBar: "\u29CF\u0338",
  NotLeftTriangleEqual: "\u22EC",
  NotLess: "\u226E",
  NotLessEqual: "\u2270",
  NotLessGreater: "\u2278",
  NotLessLess: "\u226A\u0338",
  NotLessSlantEqual: "\u2A7D\u0338",
  NotLessTilde: "\u2274",
  NotNestedGreaterGreater: "\u2AA2\u0338",
  NotNestedLessLess: "\u2AA1\u0338",
  NotPrecedes: "\u2280",
  NotPrecedesEqual: "\u2AAF\u0338",
  NotPrecedesSlantEqual: "\u22E0",
  NotReverseElement: "\u220C",
  NotRightTriangle: "\u22EB",
  NotRightTriangleBar: "\u29D0\u0338",
  NotRightTriangleEqual: "\u22ED",
  NotSquareSubset: "\u228F\u0338",
  NotSquareSubsetEqual: "\u22E2",
  NotSquareSuperset: "\u2290\u0338",
  NotSquareSupersetEqual: "\u22E3",
  NotSubset: "\u2282\u20D2",
  NotSubsetEqual: "\u2288",
  NotSucceeds: "\u2281",
  NotSucceedsEqual: "\u2AB0\u0338",
  NotSucceedsSlantEqual: "\u22E1",
  NotSucceedsTilde: "\u227F\u0338",
  NotSuperset: "\u2283\u20D2",
  NotSupersetEqual: "\u2289",
  NotTilde: "\u2241",
  NotTildeEqual: "\u2244",
  NotTildeFullEqual: "\u2247",
  NotTildeTilde: "\u2249",
  NotVerticalBar: "\u2224",
  Nscr: "\u{1D4A9}",
  Ntilde: "\xD1",
  Nu: "\u039D",
  OElig: "\u0152",
  Oacute: "\xD3",
  Ocirc: "\xD4",
  Ocy: "\u041E",
  Odblac: "\u0150",
  Ofr: "\u{1D512}",
  Ograve: "\xD2",
  Omacr: "\u014C",
  Omega: "\u03A9",
  Omicron: "\u039F",
  Oopf: "\u{1D546}",
  OpenCurlyDoubleQuote: "\u201C",
  OpenCurlyQuote: "\u2018",
  Or: "\u2A54",
  Oscr: "\u{1D4AA}",
  Oslash: "\xD8",
  Otilde: "\xD5",
  Otimes: "\u2A37",
  Ouml: "\xD6",
  OverBar: "\u203E",
  OverBrace: "\u23DE",
  OverBracket: "\u23B4",
  OverParenthesis: "\u23DC",
  PartialD: "\u2202",
  Pcy: "\u041F",
  Pfr: "\u{1D513}",
  Phi: "\u03A6",
  Pi: "\u03A0",
  PlusMinus: "\xB1",
  Poincareplane: "\u210C",
  Popf: "\u2119",
  Pr: "\u2ABB",
  Precedes: "\u227A",
  PrecedesEqual: "\u2AAF",
  PrecedesSlantEqual: "\u227C",
  PrecedesTilde: "\u227E",
  Prime: "\u2033",
  Product: "\u220F",
  Proportion: "\u2237",
  Proportional: "\u221D",
  Pscr: "\u{1D4AB}",
  Psi: "\u03A8",
  QUOT: '"',
  Qfr: "\u{1D514}",
  Qopf: "\u211A",
  Qscr: "\u{1D4AC}",
  RBarr: "\u2910",
  REG: "\xAE",
  Racute: "\u0154",
  Rang: "\u27EB",
  Rarr: "\u21A0",
  Rarrtl: "\u2916",
  Rcaron: "\u0158",
  Rcedil: "\u0156",
  Rcy: "\u0420",
  Re: "\u211C",
  ReverseElement: "\u220B",
  ReverseEquilibrium: "\u21CB",
  ReverseUpEquilibrium: "\u296F",
  Rfr: "\u211C",
  Rho: "\u03A1",
  RightAngleBracket: "\u27E9",
  RightArrow: "\u2192",
  RightArrowBar: "\u21E5",
  RightArrowLeftArrow: "\u21C4",
  RightCeiling: "\u2309",
  RightDoubleBracket: "\u27E7",
  RightDownTeeVector: "\u295D",
  RightDownVector: "\u21C2",
  RightDownVectorBar: "\u2955",
  RightFloor: "\u230B",
  RightTee: "\u22A2",
  RightTeeArrow: "\u21A6",
  RightTeeVector: "\u295B",
  RightTriangle: "\u22B3",
  RightTriangleBar: "\u29D0",
  RightTriangleEqual: "\u22B5",
  RightUpDownVector: "\u294F",
  RightUpTeeVector: "\u295C",
  RightUpVector: "\u21BE",
  RightUpVectorBar: "\u2954",
  RightVector: "\u21C0",
  RightVectorBar: "\u2953",
  Rightarrow: "\u21D2",
  Ropf: "\u211D",
  RoundImplies: "\u2970",
  Rrightarrow: "\u21DB",
  Rscr: "\u211B",
  Rsh: "\u21B1",
  RuleDelayed: "\u29F4",
  SHCHcy: "\u0429",
  SHcy: "\u0428",
  SOFTcy: "\u042C",
  Sacute: "\u015A",
  Sc: "\u2ABC",
  Scaron: "\u0160",
  Scedil: "\u015E",
  Scirc: "\u015C",
  Scy: "\u0421",
  Sfr: "\u{1D516}",
  ShortDownArrow: "\u2193",
  ShortLeftArrow: "\u2190",
  ShortRightArrow: "\u2192",
  ShortUpArrow: "\u2191",
  Sigma: "\u03A3",
  SmallCircle: "\u2218",
  Sopf: "\u{1D54A}",
  Sqrt: "\u221A",
  Square: "\u25A1",
  SquareIntersection: "\u2293",
  SquareSubset: "\u228F",
  SquareSubsetEqual: "\u2291",
  SquareSuperset: "\u2290",
  SquareSupersetEqual: "\u2292",
  SquareUnion: "\u2294",
  Sscr: "\u{1D4AE}",
  Star: "\u22C6",
  Sub: "\u22D0",
  Subset: "\u22D0",
  SubsetEqual: "\u2286",
  Succeeds: "\u227B",
  SucceedsEqual: "\u2AB0",
  SucceedsSlantEqual: "\u227D",
  SucceedsTilde: "\u227F",
  SuchThat: "\u220B",
  Sum: "\u2211",
  Sup: "\u22D1",
  Superset: "\u2283",
  SupersetEqual: "\u2287",
  Supset: "\u22D1",
  THORN: "\xDE",
  TRADE: "\u2122",
  TSHcy: "\u040B",
  TScy: "\u0426",
  Tab: "	",
  Tau: "\u03A4",
  Tcaron: "\u0164",
  Tcedil: "\u0162",
  Tcy: "\u0422",
  Tfr: "\u{1D517}",
  Therefore: "\u2234",
  Theta: "\u0398",
  ThickSpace: "\u205F\u200A",
  ThinSpace: "\u2009",
  Tilde: "\u223C",
  TildeEqual: "\u2243",
  TildeFullEqual: "\u2245",
  TildeTilde: "\u2248",
  Topf: "\u{1D54B}",
  TripleDot: "\u20DB",
  Tscr: "\u{1D4AF}",
  Tstrok: "\u0166",
  Uacute: "\xDA",
  Uarr: "\u219F",
  Uarrocir: "\u2949",
  Ubrcy: "\u040E",
  Ubreve: "\u016C",
  Ucirc: "\xDB",
  Ucy: "\u0423",
  Udblac: "\u0170",
  Ufr: "\u{1D518}",
  Ugrave: "\xD9",
  Umacr: "\u016A",
  UnderBar: "_",
  UnderBrace: "\u23DF",
  UnderBracket: "\u23B5",
  UnderParenthesis: "\u23DD",
  Union: "\u22C3",
  UnionPlus: "\u228E",
  Uogon: "\u0172",
  Uopf: "\u{1D54C}",
  UpArrow: "\u2191",
  UpArrowBar: "\u2912",
  UpArrowDownArrow: "\u21C5",
  UpDownArrow: "\u2195",
  UpEquilibrium: "\u296E",
  UpTee: "\u22A5",
  UpTeeArrow: "\u21A5",
  Uparrow: "\u21D1",
  Updownarrow: "\u21D5",
  UpperLeftArrow: "\u2196",
  UpperRightArrow: "\u2197",
  Upsi: "\u03D2",
  Upsilon: "\u03A5",
  Uring: "\u016E",
  Uscr: "\u{1D4B0}",
  Utilde: "\u0168",
  Uuml: "\xDC",
  VDash: "\u22AB",
  Vbar: "\u2AEB",
  Vcy: "\u0412",
  Vdash: "\u22A9",
  Vdashl: "\u2AE6",
  Vee: "\u22C1",
  Verbar: "\u2016",
  Vert: "\u2016",
  VerticalBar: "\u2223",
  VerticalLine: "|",
  VerticalSeparator: "\u2758",
  VerticalTilde: "\u2240",
  VeryThinSpace: "\u200A",
  Vfr: "\u{1D519}",
  Vopf: "\u{1D54D}",
  Vscr: "\u{1D4B1}",
  Vvdash: "\u22AA",
  Wcirc: "\u0174",
  Wedge: "\u22C0",
  Wfr: "\u{1D51A}",
  Wopf: "\u{1D54E}",
  Wscr: "\u{1D4B2}",
  Xfr: "\u{1D51B}",
  Xi: "\u039E",
  Xopf: "\u{1D54F}",
  Xscr: "\u{1D4B3}",
  YAcy: "\u042F",
  YIcy: "\u0407",
  YUcy: "\u042E",
  Yacute: "\xDD",
  Ycirc: "\u0176",
  Ycy: "\u042B",
  Yfr: "\u{1D51C}",
  Yopf: "\u{1D550}",
  Yscr: "\u{1D4B4}",
  Yuml: "\u0178",
  ZHcy: "\u0416",
  Zacute: "\u0179",
  Zcaron: "\u017D",
  Zcy: "\u0417",
  Zdot: "\u017B",
  ZeroWidthSpace: "\u200B",
  Zeta: "\u0396",
  Zfr: "\u2128",
  Zopf: "\u2124",
  Zscr: "\u{1D4B5}",
  aacute: "\xE1",
  abreve: "\u0103",
  ac: "\u223E",
  acE: "\u223E\u0333",
  acd: "\u223F",
  acirc: "\xE2",
  acute: "\xB4",
  acy: "\u0430",
  aelig: "\xE6",
  af: "\u2061",
  afr: "\u{1D51E}",
  agrave: "\xE0",
  alefsym: "\u2135",
  aleph: "\u2135",
  alpha: "\u03B1",
  amacr: "\u0101",
  amalg: "\u2A3F",
  amp: "&",
  and: "\u2227",
  andand: "\u2A55",
  andd: "\u2A5C",
  andslope: "\u2A58",
  andv: "\u2A5A",
  ang: "\u2220",
  ange: "\u29A4",
  angle: "\u2220",
  angmsd: "\u2221",
  angmsdaa: "\u29A8",
  angmsdab: "\u29A9",
  angmsdac: "\u29AA",
  angmsdad: "\u29AB",
  angmsdae: "\u29AC",
  angmsdaf: "\u29AD",
  angmsdag: "\u29AE",
  angmsdah: "\u29AF",
  angrt: "\u221F",
  angrtvb: "\u22BE",
  angrtvbd: "\u299D",
  angsph: "\u2222",
  angst: "\xC5",
  angzarr: "\u237C",
  aogon: "\u0105",
  aopf: "\u{1D552}",
  ap: "\u2248",
  apE: "\u2A70",
  apacir: "\u2A6F",
  ape: "\u224A",
  apid: "\u224B",
  apos: "'",
  approx: "\u2248",
  approxeq: "\u224A",
  aring: "\xE5",
  ascr: "\u{1D4B6}",
  ast: "*",
  asymp: "\u2248",
  asympeq: "\u224D",
  atilde: "\xE3",
  auml: "\xE4",
  awconint: "\u2233",
  awint: "\u2A11",
  bNot: "\u2AED",
  backcong: "\u224C",
  backepsilon: "\u03F6",
  backprime: "\u2035",
  backsim: "\u223D",
  backsimeq: "\u22CD",
  barvee: "\u22BD",
  barwed: "\u2305",
  barwedge: "\u2305",
  bbrk: "\u23B5",
  bbrktbrk: "\u23B6",
  bcong: "\u224C",
  bcy: "\u0431",
  bdquo: "\u201E",
  becaus: "\u2235",
  because: "\u2235",
  bemptyv: "\u29B0",
  bepsi: "\u03F6",
  bernou: "\u212C",
  beta: "\u03B2",
  beth: "\u2136",
  between: "\u226C",
  bfr: "\u{1D51F}",
  bigcap: "\u22C2",
  bigcirc: "\u25EF",
  bigcup: "\u22C3",
  bigodot: "\u2A00",
  bigoplus: "\u2A01",
  bigotimes: "\u2A02",
  bigsqcup: "\u2A06",
  bigstar: "\u2605",
  bigtriangledown: "\u25BD",
  bigtriangleup: "\u25B3",
  biguplus: "\u2A04",
  bigvee: "\u22C1",
  bigwedge: "\u22C0",
  bkarow: "\u290D",
  blacklozenge: "\u29EB",
  blacksquare: "\u25AA",
  blacktriangle: "\u25B4",
  blacktriangledown: "\u25BE",
  blacktriangleleft: "\u25C2",
  blacktriangleright: "\u25B8",
  blank: "\u2423",
  blk12: "\u2592",
  blk14: "\u2591",
  blk34: "\u2593",
  block: "\u2588",
  bne: "=\u20E5",
  bnequiv: "\u2261\u20E5",
  bnot: "\u2310",
  bopf: "\u{1D553}",
  bot: "\u22A5",
  bottom: "\u22A5",
  bowtie: "\u22C8",
  boxDL: "\u2557",
  boxDR: "\u2554",
  boxDl: "\u2556",
  boxDr: "\u2553",
  boxH: "\u2550",
  boxHD: "\u2566",
  boxHU: "\u2569",
  boxHd: "\u2564",
  boxHu: "\u2567",
  boxUL: "\u255D",
  boxUR: "\u255A",
  boxUl: "\u255C",
  boxUr: "\u2559",
  boxV: "\u2551",
  boxVH: "\u256C",
  boxVL: "\u2563",
  boxVR: "\u2560",
  boxVh: "\u256B",
  boxVl: "\u2562",
  boxVr: "\u255F",
  boxbox: "\u29C9",
  boxdL: "\u2555",
  boxdR: "\u2552",
  boxdl: "\u2510",
  boxdr: "\u250C",
  boxh: "\u2500",
  boxhD: "\u2565",
  boxhU: "\u2568",
  boxhd: "\u252C",
  boxhu: "\u2534",
  boxminus: "\u229F",
  boxplus: "\u229E",
  boxtimes: "\u22A0",
  boxuL: "\u255B",
  boxuR: "\u2558",
  boxul: "\u2518",
  boxur: "\u2514",
  boxv: "\u2502",
  boxvH: "\u256A",
  boxvL: "\u2561",
  boxvR: "\u255E",
  boxvh: "\u253C",
  boxvl: "\u2524",
  boxvr: "\u251C",
  bprime: "\u2035",
  breve: "\u02D8",
  brvbar: "\xA6",
  bscr: "\u{1D4B7}",
  bsemi: "\u204F",
  bsim: "\u223D",
  bsime: "\u22CD",
  bsol: "\\",
  bsolb: "\u29C5",
  bsolhsub: "\u27C8",
  bull: "\u2022",
  bullet: "\u2022",
  bump: "\u224E",
  bumpE: "\u2AAE",
  bumpe: "\u224F",
  bumpeq: "\u224F",
  cacute: "\u0107",
  cap: "\u2229",
  capand: "\u2A44",
  capbrcup: "\u2A49",
  capcap: "\u2A4B",
  capcup: "\u2A47",
  capdot: "\u2A40",
  caps: "\u2229\uFE00",
  caret: "\u2041",
  caron: "\u02C7",
  ccaps: "\u2A4D",
  ccaron: "\u010D",
  ccedil: "\xE7",
  ccirc: "\u0109",
  ccups: "\u2A4C",
  ccupssm: "\u2A50",
  cdot: "\u010B",
  cedil: "\xB8",
  cemptyv: "\u29B2",
  cent: "\xA2",
  centerdot: "\xB7",
  cfr: "\u{1D520}",
  chcy: "\u0447",
  check: "\u2713",
  checkmark: "\u2713",
  chi: "\u03C7",
  cir: "\u25CB",
  cirE: "\u29C3",
  circ: "\u02C6",
  circeq: "\u2257",
  circlearrowleft: "\u21BA",
  circlearrowright: "\u21BB",
  circledR: "\xAE",
  circledS: "\u24C8",
  circledast: "\u229B",
  circledcirc: "\u229A",
  circleddash: "\u229D",
  cire: "\u2257",
  cirfnint: "\u2A10",
  cirmid: "\u2AEF",
  cirscir: "\u29C2",
  clubs: "\u2663",
  clubsuit: "\u2663",
  colon: ":",
  colone: "\u2254",
  coloneq: "\u2254",
  comma: ",",
  commat: "@",
  comp: "\u2201",
  compfn: "\u2218",
  complement: "\u2201",
  complexes: "\u2102",
  cong: "\u2245",
  congdot: "\u2A6D",
  conint: "\u222E",
  copf: "\u{1D554}",
  coprod: "\u2210",
  copy: "\xA9",
  copysr: "\u2117",
  crarr: "\u21B5",
  cross: "\u2717",
  cscr: "\u{1D4B8}",
  csub: "\u2ACF",
  csube: "\u2AD1",
  csup: "\u2AD0",
  csupe: "\u2AD2",
  ctdot: "\u22EF",
  cudarrl: "\u2938",
  cudarrr: "\u2935",
  cuepr: "\u22DE",
  cuesc: "\u22DF",
  cularr: "\u21B6",
  cularrp: "\u293D",
  cup: "\u222A",
  cupbrcap: "\u2A48",
  cupcap: "\u2A46",
  cupcup: "\u2A4A",
  cupdot: "\u228D",
  cupor: "\u2A45",
  cups: "\u222A\uFE00",
  curarr: "\u21B7",
  curarrm: "\u293C",
  curlyeqprec: "\u22DE",
  curlyeqsucc: "\u22DF",
  curlyvee: "\u22CE",
  curlywedge: "\u22CF",
  curren: "\xA4",
  curvearrowleft: "\u21B6",
  curvearrowright: "\u21B7",
  cuvee: "\u22CE",
  cuwed: "\u22CF",
  cwconint: "\u2232",
  cwint: "\u2231",
  cylcty: "\u232D",
  dArr: "\u21D3",
  dHar: "\u2965",
  dagger: "\u2020",
  daleth: "\u2138",
  darr: "\u2193",
  dash: "\u2010",
  dashv: "\u22A3",
  dbkarow: "\u290F",
  dblac: "\u02DD",
  dcaron: "\u010F",
  dcy: "\u0434",
  dd: "\u2146",
  ddagger: "\u2021",
  ddarr: "\u21CA",
  ddotseq: "\u2A77",
  deg: "\xB0",
  delta: "\u03B4",
  demptyv: "\u29B1",
  dfisht: "\u297F",
  dfr: "\u{1D521}",
  dharl: "\u21C3",
  dharr: "\u21C2",
  diam: "\u22C4",
  diamond: "\u22C4",
  diamondsuit: "\u2666",
  diams: "\u2666",
  die: "\xA8",
  digamma: "\u03DD",
  disin: "\u22F2",
  div: "\xF7",
  divide: "\xF7",
  divideontimes: "\u22C7",
  divonx: "\u22C7",
  djcy: "\u0452",
  dlcorn: "\u231E",
  dlcrop: "\u230D",
  dollar: "$",
  dopf: "\u{1D555}",
  dot: "\u02D9",
  doteq: "\u2250",
  doteqdot: "\u2251",
  dotminus: "\u2238",
  dotplus: "\u2214",
  dotsquare: "\u22A1",
  doublebarwedge: "\u2306",
  downarrow: "\u2193",
  downdownarrows: "\u21CA",
  downharpoonleft: "\u21C3",
  downharpoonright: "\u21C2",
  drbkarow: "\u2910",
  drcorn: "\u231F",
  drcrop: "\u230C",
  dscr: "\u{1D4B9}",
  dscy: "\u0455",
  dsol: "\u29F6",
  dstrok: "\u0111",
  dtdot: "\u22F1",
  dtri: "\u25BF",
  dtrif: "\u25BE",
  duarr: "\u21F5",
  duhar: "\u296F",
  dwangle: "\u29A6",
  dzcy: "\u045F",
  dzigrarr: "\u27FF",
  eDDot: "\u2A77",
  eDot: "\u2251",
  eacute: "\xE9",
  easter: "\u2A6E",
  ecaron: "\u011B",
  ecir: "\u2256",
  ecirc: "\xEA",
  ecolon: "\u2255",
  ecy: "\u044D",
  edot: "\u0117",
  ee: "\u2147",
  efDot: "\u2252",
  efr: "\u{1D522}",
  eg: "\u2A9A",
  egrave: "\xE8",
  egs: "\u2A96",
  egsdot: "\u2A98",
  el: "\u2A99",
  elinters: "\u23E7",
  ell: "\u2113",
  els: "\u2A95",
  elsdot: "\u2A97",
  emacr: "\u0113",
  empty: "\u2205",
  emptyset: "\u2205",
  emptyv: "\u2205",
  emsp13: "\u2004",
  emsp14: "\u2005",
  emsp: "\u2003",
  eng: "\u014B",
  ensp: "\u2002",
  eogon: "\u0119",
  eopf: "\u{1D556}",
  epar: "\u22D5",
  eparsl: "\u29E3",
  eplus: "\u2A71",
  epsi: "\u03B5",
  epsilon: "\u03B5",
  epsiv: "\u03F5",
  eqcirc: "\u2256",
  eqcolon: "\u2255",
  eqsim: "\u2242",
  eqslantgtr: "\u2A96",
  eqslantless: "\u2A95",
  equals: "=",
  equest: "\u225F",
  equiv: "\u2261",
  equivDD: "\u2A78",
  eqvparsl: "\u29E5",
  erDot: "\u2253",
  erarr: "\u2971",
  escr: "\u212F",
  esdot: "\u2250",
  esim: "\u2242",
  eta: "\u03B7",
  eth: "\xF0",
  euml: "\xEB",
  euro: "\u20AC",
  excl: "!",
  exist: "\u2203",
  expectation: "\u2130",
  exponentiale: "\u2147",
  fallingdotseq: "\u2252",
  fcy: "\u0444",
  female: "\u2640",
  ffilig: "\uFB03",
  fflig: "\uFB00",
  ffllig: "\uFB04",
  ffr: "\u{1D523}",
  filig: "\uFB01",
  fjlig: "fj",
  flat: "\u266D",
  fllig: "\uFB02",
  fltns: "\u25B1",
  fnof: "\u0192",
  fopf: "\u{1D557}",
  forall: "\u2200",
  fork: "\u22D4",
  forkv: "\u2AD9",
  fpartint: "\u2A0D",
  frac12: "\xBD",
  frac13: "\u2153",
  frac14: "\xBC",
  frac15: "\u2155",
  frac16: "\u2159",
  frac18: "\u215B",
  frac23: "\u2154",
  frac25: "\u2156",
  frac34: "\xBE",
  frac35: "\u2157",
  frac38: "\u215C",
  frac45: "\u2158",
  frac56: "\u215A",
  frac58: "\u215D",
  frac78: "\u215E",
  frasl: "\u2044",
  frown: "\u2322",
  fscr: "\u{1D4BB}",
  gE: "\u2267",
  gEl: "\u2A8C",
  gacute: "\u01F5",
  gamma: "\u03B3",
  gammad: "\u03DD",
  gap: "\u2A86",
  gbreve: "\u011F",
  gcirc: "\u011D",
  gcy: "\u0433",
  gdot: "\u0121",
  ge: "\u2265",
  gel: "\u22DB",
  geq: "\u2265",
  geqq: "\u2267",
  geqslant: "\u2A7E",
  ges: "\u2A7E",
  gescc: "\u2AA9",
  gesdot: "\u2A80",
  gesdoto: "\u2A82",
  gesdotol: "\u2A84",
  gesl: "\u22DB\uFE00",
  gesles: "\u2A94",
  gfr: "\u{1D524}",
  gg: "\u226B",
  ggg: "\u22D9",
  gimel: "\u2137",
  gjcy: "\u0453",
  gl: "\u2277",
  glE: "\u2A92",
  gla: "\u2AA5",
  glj: "\u2AA4",
  gnE: "\u2269",
  gnap: "\u2A8A",
  gnapprox: "\u2A8A",
  gne: "\u2A88",
  gneq: "\u2A88",
  gneqq: "\u2269",
  gnsim: "\u22E7",
  gopf: "\u{1D558}",
  grave: "`",
  gscr: "\u210A",
  gsim: "\u2273",
  gsime: "\u2A8E",
  gsiml: "\u2A90",
  gt: ">",
  gtcc: "\u2AA7",
  gtcir: "\u2A7A",
  gtdot: "\u22D7",
  gtlPar: "\u2995",
  gtquest: "\u2A7C",
  gtrapprox: "\u2A86",
  gtrarr: "\u2978",
  gtrdot: "\u22D7",
  gtreqless: "\u22DB",
  gtreqqless: "\u2A8C",
  gtrless: "\u2277",
  gtrsim: "\u2273",
  gvertneqq: "\u2269\uFE00",
  gvnE: "\u2269\uFE00",
  hArr: "\u21D4",
  hairsp: "\u200A",
  half: "\xBD",
  hamilt: "\u210B",
  hardcy: "\u044A",
  harr: "\u2194",
  harrcir: "\u2948",
  harrw: "\u21AD",
  hbar: "\u210F",
  hcirc: "\u0125",
  hearts: "\u2665",
  heartsuit: "\u2665",
  hellip: "\u2026",
  hercon: "\u22B9",
  hfr: "\u{1D525}",
  hksearow: "\u2925",
  hkswarow: "\u2926",
  hoarr: "\u21FF",
  homtht: "\u223B",
  hookleftarrow: "\u21A9",
  hookrightarrow: "\u21AA",
  hopf: "\u{1D559}",
  horbar: "\u2015",
  hscr: "\u{1D4BD}",
  hslash: "\u210F",
  hstrok: "\u0127",
  hybull: "\u2043",
  hyphen: "\u2010",
  iacute: "\xED",
  ic: "\u2063",
  icirc: "\xEE",
  icy: "\u0438",
  iecy: "\u0435",
  iexcl: "\xA1",
  iff: "\u21D4",
  ifr: "\u{1D526}",
  igrave: "\xEC",
  ii: "\u2148",
  iiiint: "\u2A0C",
  iiint: "\u222D",
  iinfin: "\u29DC",
  iiota: "\u2129",
  ijlig: "\u0133",
  imacr: "\u012B",
  image: "\u2111",
  imagline: "\u2110",
  imagpart: "\u2111",
  imath: "\u0131",
  imof: "\u22B7",
  imped: "\u01B5",
  in: "\u2208",
  incare: "\u2105",
  infin: "\u221E",
  infintie: "\u29DD",
  inodot: "\u0131",
  int: "\u222B",
  intcal: "\u22BA",
  integers: "\u2124",
  intercal: "\u22BA",
  intlarhk: "\u2A17",
  intprod: "\u2A3C",
  iocy: "\u0451",
  iogon: "\u012F",
  iopf: "\u{1D55A}",
  iota: "\u03B9",
  iprod: "\u2A3C",
  iquest: "\xBF",
  iscr: "\u{1D4BE}",
  isin: "\u2208",
  isinE: "\u22F9",
  isindot: "\u22F5",
  isins: "\u22F4",
  isinsv: "\u22F3",
  isinv: "\u2208",
  it: "\u2062",
  itilde: "\u0129",
  iukcy: "\u0456",
  iuml: "\xEF",
  jcirc: "\u0135",
  jcy: "\u0439",
  jfr: "\u{1D527}",
  jmath: "\u0237",
  jopf: "\u{1D55B}",
  jscr: "\u{1D4BF}",
  jsercy: "\u0458",
  jukcy: "\u0454",
  kappa: "\u03BA",
  kappav: "\u03F0",
  kcedil: "\u0137",
  kcy: "\u043A",
  kfr: "\u{1D528}",
  kgreen: "\u0138",
  khcy: "\u0445",
  kjcy: "\u045C",
  kopf: "\u{1D55C}",
  kscr: "\u{1D4C0}",
  lAarr: "\u21DA",
  lArr: "\u21D0",
  lAtail: "\u291B",
  lBarr: "\u290E",
  lE: "\u2266",
  lEg: "\u2A8B",
  lHar: "\u2962",
  lacute: "\u013A",
  laemptyv: "\u29B4",
  lagran: "\u2112",
  lambda: "\u03BB",
  lang: "\u27E8",
  langd: "\u2991",
  langle: "\u27E8",
  lap: "\u2A85",
  laquo: "\xAB",
  larr: "\u2190",
  larrb: "\u21E4",
  larrbfs: "\u291F",
  larrfs: "\u291D",
  larrhk: "\u21A9",
  larrlp: "\u21AB",
  larrpl: "\u2939",
  larrsim: "\u2973",
  larrtl: "\u21A2",
  lat: "\u2AAB",
  latail: "\u2919",
  late: "\u2AAD",
  lates: "\u2AAD\uFE00",
  lbarr: "\u290C",
  lbbrk: "\u2772",
  lbrace: "{",
  lbrack: "[",
  lbrke: "\u298B",
  lbrksld: "\u298F",
  lbrkslu: "\u298D",
  lcaron: "\u013E",
  lcedil: "\u013C",
  lceil: "\u2308",
  lcub: "{",
  lcy: "\u043B",
  ldca: "\u2936",
  ldquo: "\u201C",
  ldquor: "\u201E",
  ldrdhar: "\u2967",
  ldrushar: "\u294B",
  ldsh: "\u21B2",
  le: "\u2264",
  leftarrow: "\u2190",
  leftarrowtail: "\u21A2",
  leftharpoondown: "\u21BD",
  leftharpoonup: "\u21BC",
  leftleftarrows: "\u21C7",
  leftrightarrow: "\u2194",
  leftrightarrows: "\u21C6",
  leftrightharpoons: "\u21CB",
  leftrightsquigarrow: "\u21AD",
  leftthreetimes: "\u22CB",
  leg: "\u22DA",
  leq: "\u2264",
  leqq: "\u2266",
  leqslant: "\u2A7D",
  les: "\u2A7D",
  lescc: "\u2AA8",
  lesdot: "\u2A7F",
  lesdoto: "\u2A81",
  lesdotor: "\u2A83",
  lesg: "\u22DA\uFE00",
  lesges: "\u2A93",
  lessapprox: "\u2A85",
  lessdot: "\u22D6",
  lesseqgtr: "\u22DA",
  lesseqqgtr: "\u2A8B",
  lessgtr: "\u2276",
  lesssim: "\u2272",
  lfisht: "\u297C",
  lfloor: "\u230A",
  lfr: "\u{1D529}",
  lg: "\u2276",
  lgE: "\u2A91",
  lhard: "\u21BD",
  lharu: "\u21BC",
  lharul: "\u296A",
  lhblk: "\u2584",
  ljcy: "\u0459",
  ll: "\u226A",
  llarr: "\u21C7",
  llcorner: "\u231E",
  llhard: "\u296B",
  lltri: "\u25FA",
  lmidot: "\u0140",
  lmoust: "\u23B0",
  lmoustache: "\u23B0",
  lnE: "\u2268",
  lnap: "\u2A89",
  lnapprox: "\u2A89",
  lne: "\u2A87",
  lneq: "\u2A87",
  lneqq: "\u2268",
  lnsim: "\u22E6",
  loang: "\u27EC",
  loarr: "\u21FD",
  lobrk: "\u27E6",
  longleftarrow: "\u27F5",
  longleftrightarrow: "\u27F7",
  longmapsto: "\u27FC",
  longrightarrow: "\u27F6",
  looparrowleft: "\u21AB",
  looparrowright: "\u21AC",
  lopar: "\u2985",
  lopf: "\u{1D55D}",
  loplus: "\u2A2D",
  lotimes: "\u2A34",
  lowast: "\u2217",
  lowbar: "_",
  loz: "\u25CA",
  lozenge: "\u25CA",
  lozf: "\u29EB",
  lpar: "(",
  lparlt: "\u2993",
  lrarr: "\u21C6",
  lrcorner: "\u231F",
  lrhar: "\u21CB",
  lrhard: "\u296D",
  lrm: "\u200E",
  lrtri: "\u22BF",
  lsaquo: "\u2039",
  lscr: "\u{1D4C1}",
  lsh: "\u21B0",
  lsim: "\u2272",
  lsime: "\u2A8D",
  lsimg: "\u2A8F",
  lsqb: "[",
  lsquo: "\u2018",
  lsquor: "\u201A",
  lstrok: "\u0142",
  lt: "<",
  ltcc: "\u2AA6",
  ltcir: "\u2A79",
  ltdot: "\u22D6",
  lthree: "\u22CB",
  ltimes: "\u22C9",
  ltlarr: "\u2976",
  ltquest: "\u2A7B",
  ltrPar: "\u2996",
  ltri: "\u25C3",
  ltrie: "\u22B4",
  ltrif: "\u25C2",
  lurdshar: "\u294A",
  luruhar: "\u2966",
  lvertneqq: "\u2268\uFE00",
  lvnE: "\u2268\uFE00",
  mDDot: "\u223A",
  macr: "\xAF",
  male: "\u2642",
  malt: "\u2720",
  maltese: "\u2720",
  map: "\u21A6",
  mapsto: "\u21A6",
  mapstodown: "\u21A7",
  mapstoleft: "\u21A4",
  mapstoup: "\u21A5",
  marker: "\u25AE",
  mcomma: "\u2A29",
  mcy: "\u043C",
  mdash: "\u2014",
  measuredangle: "\u2221",
  mfr: "\u{1D52A}",
  mho: "\u2127",
  micro: "\xB5",
  mid: "\u2223",
  midast: "*",
  midcir: "\u2AF0",
  middot: "\xB7",
  minus: "\u2212",
  minusb: "\u229F",
  minusd: "\u2238",
  minusdu: "\u2A2A",
  mlcp: "\u2ADB",
  mldr: "\u2026",
  mnplus: "\u2213",
  models: "\u22A7",
  mopf: "\u{1D55E}",
  mp: "\u2213",
  mscr: "\u{1D4C2}",
  mstpos: "\u223E",
  mu: "\u03BC",
  multimap: "\u22B8",
  mumap: "\u22B8",
  nGg: "\u22D9\u0338",
  nGt: "\u226B\u20D2",
  nGtv: "\u226B\u0338",
  nLeftarrow: "\u21CD",
  nLeftrightarrow: "\u21CE",
  nLl: "\u22D8\u0338",
  nLt: "\u226A\u20D2",
  nLtv: "\u226A\u0338",
  nRightarrow: "\u21CF",
  nVDash: "\u22AF",
  nVdash: "\u22AE",
  nabla: "\u2207",
  nacute: "\u0144",
  nang: "\u2220\u20D2",
  nap: "\u2249",
  napE: "\u2A70\u0338",
  napid: "\u224B\u0338",
  napos: "\u0149",
  napprox: "\u2249",
  natur: "\u266E",
  natural: "\u266E",
  naturals: "\u2115",
  nbsp: "\xA0",
  nbump: "\u224E\u0338",
  nbumpe: "\u224F\u0338",
  ncap: "\u2A43",
  ncaron: "\u0148",
  ncedil: "\u0146",
  ncong: "\u2247",
  ncongdot: "\u2A6D\u0338",
  ncup: "\u2A42",
  ncy: "\u043D",
  ndash: "\u2013",
  ne: "\u2260",
  neArr: "\u21D7",
  nearhk: "\u2924",
  nearr: "\u2197",
  nearrow: "\u2197",
  nedot: "\u2250\u0338",
  nequiv: "\u2262",
  nesear: "\u2928",
  nesim: "\u2242\u0338",
  nexist: "\u2204",
  nexists: "\u2204",
  nfr: "\u{1D52B}",
  ngE: "\u2267\u0338",
  nge: "\u2271",
  ngeq: "\u2271",
  ngeqq: "\u2267\u0338",
  ngeqslant: "\u2A7E\u0338",
  nges: "\u2A7E\u0338",
  ngsim: "\u2275",
  ngt: "\u226F",
  ngtr: "\u226F",
  nhArr: "\u21CE",
  nharr: "\u21AE",
  nhpar: "\u2AF2",
  ni: "\u220B",
  nis: "\u22FC",
  nisd: "\u22FA",
  niv: "\u220B",
  njcy: "\u045A",
  nlArr: "\u21CD",
  nlE: "\u2266\u0338",
  nlarr: "\u219A",
  nldr: "\u2025",
  nle: "\u2270",
  nleftarrow: "\u219A",
  nleftrightarrow: "\u21AE",
  nleq: "\u2270",
  nleqq: "\u2266\u0338",
  nleqslant: "\u2A7D\u0338",
  nles: "\u2A7D\u0338",
  nless: "\u226E",
  nlsim: "\u2274",
  nlt: "\u226E",
  nltri: "\u22EA",
  nltrie: "\u22EC",
  nmid: "\u2224",
  nopf: "\u{1D55F}",
  not: "\xAC",
  notin: "\u2209",
  notinE: "\u22F9\u0338",
  notindot: "\u22F5\u0338",
  notinva: "\u2209",
  notinvb: "\u22F7",
  notinvc: "\u22F6",
  notni: "\u220C",
  notniva: "\u220C",
  notnivb: "\u22FE",
  notnivc: "\u22FD",
  npar: "\u2226",
  nparallel: "\u2226",
  nparsl: "\u2AFD\u20E5",
  npart: "\u2202\u0338",
  npolint: "\u2A14",
  npr: "\u2280",
  nprcue: "\u22E0",
  npre: "\u2AAF\u0338",
  nprec: "\u2280",
  npreceq: "\u2AAF\u0338",
  nrArr: "\u21CF",
  nrarr: "\u219B",
  nrarrc: "\u2933\u0338",
  nrarrw: "\u219D\u0338",
  nrightarrow: "\u219B",
  nrtri: "\u22EB",
  nrtrie: "\u22ED",
  nsc: "\u2281",
  nsccue: "\u22E1",
  nsce: "\u2AB0\u0338",
  nscr: "\u{1D4C3}",
  nshortmid: "\u2224",
  nshortparallel: "\u2226",
  nsim: "\u2241",
  nsime: "\u2244",
  nsimeq: "\u2244",
  nsmid: "\u2224",
  nspar: "\u2226",
  nsqsube: "\u22E2",
  nsqsupe: "\u22E3",
  nsub: "\u2284",
  nsubE: "\u2AC5\u0338",
  nsube: "\u2288",
  nsubset: "\u2282\u20D2",
  nsubseteq: "\u2288",
  nsubseteqq: "\u2AC5\u0338",
  nsucc: "\u2281",
  nsucceq: "\u2AB0\u0338",
  nsup: "\u2285",
  nsupE: "\u2AC6\u0338",
  nsupe: "\u2289",
  nsupset: "\u2283\u20D2",
  nsupseteq: "\u2289",
  nsupseteqq: "\u2AC6\u0338",
  ntgl: "\u2279",
  ntilde: "\xF1",
  ntlg: "\u2278",
  ntriangleleft: "\u22EA",
  ntrianglelefteq: "\u22EC",
  ntriangleright: "\u22EB",
  ntrianglerighteq: "\u22ED",
  nu: "\u03BD",
  num: "#",
  numero: "\u2116",
  numsp: "\u2007",
  nvDash: "\u22AD",
  nvHarr: "\u2904",
  nvap: "\u224D\u20D2",
  nvdash: "\u22AC",
  nvge: "\u2265\u20D2",
  nvgt: ">\u20D2",
  nvinfin: "\u29DE",
  nvlArr: "\u2902",
  nvle: "\u2264\u20D2",
  nvlt: "<\u20D2",
  nvltrie: "\u22B4\u20D2",
  nvrArr: "\u2903",
  nvrtrie: "\u22B5\u20D2",
  nvsim: "\u223C\u20D2",
  nwArr: "\u21D6",
  nwarhk: "\u2923",
  nwarr: "\u2196",
  nwarrow: "\u2196",
  nwnear: "\u2927",
  oS: "\u24C8",
  oacute: "\xF3",
  oast: "\u229B",
  ocir: "\u229A",
  ocirc: "\xF4",
  ocy: "\u043E",
  odash: "\u229D",
  odblac: "\u0151",
  odiv: "\u2A38",
  odot: "\u2299",
  odsold: "\u29BC",
  oelig: "\u0153",
  ofcir: "\u29BF",
  ofr: "\u{1D52C}",
  ogon: "\u02DB",
  ograve: "\xF2",
  ogt: "\u29C1",
  ohbar: "\u29B5",
  ohm: "\u03A9",
  oint: "\u222E",
  olarr: "\u21BA",
  olcir: "\u29BE",
  olcross: "\u29BB",
  oline: "\u203E",
  olt: "\u29C0",
  omacr: "\u014D",
  omega: "\u03C9",
  omicron: "\u03BF",
  omid: "\u29B6",
  ominus: "\u2296",
  oopf: "\u{1D560}",
  opar: "\u29B7",
  operp: "\u29B9",
  oplus: "\u2295",
  or: "\u2228",
  orarr: "\u21BB",
  ord: "\u2A5D",
  order: "\u2134",
  orderof: "\u2134",
  ordf: "\xAA",
  ordm: "\xBA",
  origof: "\u22B6",
  oror: "\u2A56",
  orslope: "\u2A57",
  orv: "\u2A5B",
  oscr: "\u2134",
  oslash: "\xF8",
  osol: "\u2298",
  otilde: "\xF5",
  otimes: "\u2297",
  otimesas: "\u2A36",
  ouml: "\xF6",
  ovbar: "\u233D",
  par: "\u2225",
  para: "\xB6",
  parallel: "\u2225",
  parsim: "\u2AF3",
  parsl: "\u2AFD",
  part: "\u2202",
  pcy: "\u043F",
  percnt: "%",
  period: ".",
  permil: "\u2030",
  perp: "\u22A5",
  pertenk: "\u2031",
  pfr: "\u{1D52D}",
  phi: "\u03C6",
  phiv: "\u03D5",
  phmmat: "\u2133",
  phone: "\u260E",
  pi: "\u03C0",
  pitchfork: "\u22D4",
  piv: "\u03D6",
  planck: "\u210F",
  planckh: "\u210E",
  plankv: "\u210F",
  plus: "+",
  plusacir: "\u2A23",
  plusb: "\u229E",
  pluscir: "\u2A22",
  plusdo: "\u2214",
  plusdu: "\u2A25",
  pluse: "\u2A72",
  plusmn: "\xB1",
  plussim: "\u2A26",
  plustwo: "\u2A27",
  pm: "\xB1",
  pointint: "\u2A15",
  popf: "\u{1D561}",
  pound: "\xA3",
  pr: "\u227A",
  prE: "\u2AB3",
  prap: "\u2AB7",
  prcue: "\u227C",
  pre: "\u2AAF",
  prec: "\u227A",
  precapprox: "\u2AB7",
  preccurlyeq: "\u227C",
  preceq: "\u2AAF",
  precnapprox: "\u2AB9",
  precneqq: "\u2AB5",
  precnsim: "\u22E8",
  precsim: "\u227E",
  prime: "\u2032",
  primes: "\u2119",
  prnE: "\u2AB5",
  prnap: "\u2AB9",
  prnsim: "\u22E8",
  prod: "\u220F",
  profalar: "\u232E",
  profline: "\u2312",
  profsurf: "\u2313",
  prop: "\u221D",
  propto: "\u221D",
  prsim: "\u227E",
  prurel: "\u22B0",
  pscr: "\u{1D4C5}",
  psi: "\u03C8",
  puncsp: "\u2008",
  qfr: "\u{1D52E}",
  qint: "\u2A0C",
  qopf: "\u{1D562}",
  qprime: "\u2057",
  qscr: "\u{1D4C6}",
  quaternions: "\u210D",
  quatint: "\u2A16",
  quest: "?",
  questeq: "\u225F",
  quot: '"',
  rAarr: "\u21DB",
  rArr: "\u21D2",
  rAtail: "\u291C",
  rBarr: "\u290F",
  rHar: "\u2964",
  race: "\u223D\u0331",
  racute: "\u0155",
  radic: "\u221A",
  raemptyv: "\u29B3",
  rang: "\u27E9",
  rangd: "\u2992",
  range: "\u29A5",
  rangle: "\u27E9",
  raquo: "\xBB",
  rarr: "\u2192",
  rarrap: "\u2975",
  rarrb: "\u21E5",
  rarrbfs: "\u2920",
  rarrc: "\u2933",
  rarrfs: "\u291E",
  rarrhk: "\u21AA",
  rarrlp: "\u21AC",
  rarrpl: "\u2945",
  rarrsim: "\u2974",
  rarrtl: "\u21A3",
  rarrw: "\u219D",
  ratail: "\u291A",
  ratio: "\u2236",
  rationals: "\u211A",
  rbarr: "\u290D",
  rbbrk: "\u2773",
  rbrace: "}",
  rbrack: "]",
  rbrke: "\u298C",
  rbrksld: "\u298E",
  rbrkslu: "\u2990",
  rcaron: "\u0159",
  rcedil: "\u0157",
  rceil: "\u2309",
  rcub: "}",
  rcy: "\u0440",
  rdca: "\u2937",
  rdldhar: "\u2969",
  rdquo: "\u201D",
  rdquor: "\u201D",
  rdsh: "\u21B3",
  real: "\u211C",
  realine: "\u211B",
  realpart: "\u211C",
  reals: "\u211D",
  rect: "\u25AD",
  reg: "\xAE",
  rfisht: "\u297D",
  rfloor: "\u230B",
  rfr: "\u{1D52F}",
  rhard: "\u21C1",
  rharu: "\u21C0",
  rharul: "\u296C",
  rho: "\u03C1",
  rhov: "\u03F1",
  rightarrow: "\u2192",
  rightarrowtail: "\u21A3",
  rightharpoondown: "\u21C1",
  rightharpoonup: "\u21C0",
  rightleftarrows: "\u21C4",
  rightleftharpoons: "\u21CC",
  rightrightarrows: "\u21C9",
  rightsquigarrow: "\u219D",
  rightthreetimes: "\u22CC",
  ring: "\u02DA",
  risingdotseq: "\u2253",
  rlarr: "\u21C4",
  rlhar: "\u21CC",
  rlm: "\u200F",
  rmoust: "\u23B1",
  rmoustache: "\u23B1",
  rnmid: "\u2AEE",
  roang: "\u27ED",
  roarr: "\u21FE",
  robrk: "\u27E7",
  ropar: "\u2986",
  ropf: "\u{1D563}",
  roplus: "\u2A2E",
  rotimes: "\u2A35",
  rpar: ")",
  rpargt: "\u2994",
  rppolint: "\u2A12",
  rrarr: "\u21C9",
  rsaquo: "\u203A",
  rscr: "\u{1D4C7}",
  rsh: "\u21B1",
  rsqb: "]",
  rsquo: "\u2019",
  rsquor: "\u2019",
  rthree: "\u22CC",
  rtimes: "\u22CA",
  rtri: "\u25B9",
  rtrie: "\u22B5",
  rtrif: "\u25B8",
  rtriltri: "\u29CE",
  ruluhar: "\u2968",
  rx: "\u211E",
  sacute: "\u015B",
  sbquo: "\u201A",
  sc: "\u227B",
  scE: "\u2AB4",
  scap: "\u2AB8",
  scaron: "\u0161",
  sccue: "\u227D",
  sce: "\u2AB0",
  scedil: "\u015F",
  scirc: "\u015D",
  scnE: "\u2AB6",
  scnap: "\u2ABA",
  scnsim: "\u22E9",
  scpolint: "\u2A13",
  scsim: "\u227F",
  scy: "\u0441",
  sdot: "\u22C5",
  sdotb: "\u22A1",
  sdote: "\u2A66",
  seArr: "\u21D8",
  searhk: "\u2925",
  searr: "\u2198",
  searrow: "\u2198",
  sect: "\xA7",
  semi: ";",
  seswar: "\u2929",
  setminus: "\u2216",
  setmn: "\u2216",
  sext: "\u2736",
  sfr: "\u{1D530}",
  sfrown: "\u2322",
  sharp: "\u266F",
  shchcy: "\u0449",
  shcy: "\u0448",
  shortmid: "\u2223",
  shortparallel: "\u2225",
  shy: "\xAD",
  sigma: "\u03C3",
  sigmaf: "\u03C2",
  sigmav: "\u03C2",
  sim: "\u223C",
  simdot: "\u2A6A",
  sime: "\u2243",
  simeq: "\u2243",
  simg: "\u2A9E",
  simgE: "\u2AA0",
  siml: "\u2A9D",
  simlE: "\u2A9F",
  simne: "\u2246",
  simplus: "\u2A24",
  simrarr: "\u2972",
  slarr: "\u2190",
  smallsetminus: "\u2216",
  smashp: "\u2A33",
  smeparsl: "\u29E4",
  smid: "\u2223",
  smile: "\u2323",
  smt: "\u2AAA",
  smte: "\u2AAC",
  smtes: "\u2AAC\uFE00",
  softcy: "\u044C",
  sol: "/",
  solb: "\u29C4",
  solbar: "\u233F",
  sopf: "\u{1D564}",
  spades: "\u2660",
  spadesuit: "\u2660",
  spar: "\u2225",
  sqcap: "\u2293",
  sqcaps: "\u2293\uFE00",
  sqcup: "\u2294",
  sqcups: "\u2294\uFE00",
  sqsub: "\u228F",
  sqsube: "\u2291",
  sqsubset: "\u228F",
  sqsubseteq: "\u2291",
  sqsup: "\u2290",
  sqsupe: "\u2292",
  sqsupset: "\u2290",
  sqsupseteq: "\u2292",
  squ: "\u25A1",
  square: "\u25A1",
  squarf: "\u25AA",
  squf: "\u25AA",
  srarr: "\u2192",
  sscr: "\u{1D4C8}",
  ssetmn: "\u2216",
  ssmile: "\u2323",
  sstarf: "\u22C6",
  star: "\u2606",
  starf: "\u2605",
  straightepsilon: "\u03F5",
  straightphi: "\u03D5",
  strns: "\xAF",
  sub: "\u2282",
  subE: "\u2AC5",
  subdot: "\u2ABD",
  sube: "\u2286",
  subedot: "\u2AC3",
  submult: "\u2AC1",
  subnE: "\u2ACB",
  subne: "\u228A",
  subplus: "\u2ABF",
  subrarr: "\u2979",
  subset: "\u2282",
  subseteq: "\u2286",
  subseteqq: "\u2AC5",
  subsetneq: "\u228A",
  subsetneqq: "\u2ACB",
  subsim: "\u2AC7",
  subsub: "\u2AD5",
  subsup: "\u2AD3",
  succ: "\u227B",
  succapprox: "\u2AB8",
  succcurlyeq: "\u227D",
  succeq: "\u2AB0",
  succnapprox: "\u2ABA",
  succneqq: "\u2AB6",
  succnsim: "\u22E9",
  succsim: "\u227F",
  sum: "\u2211",
  sung: "\u266A",
  sup1: "\xB9",
  sup2: "\xB2",
  sup3: "\xB3",
  sup: "\u2283",
  supE: "\u2AC6",
  supdot: "\u2ABE",
  supdsub: "\u2AD8",
  supe: "\u2287",
  supedot: "\u2AC4",
  suphsol: "\u27C9",
  suphsub: "\u2AD7",
  suplarr: "\u297B",
  supmult: "\u2AC2",
  supnE: "\u2ACC",
  supne: "\u228B",
  supplus: "\u2AC0",
  supset: "\u2283",
  supseteq: "\u2287",
  supseteqq: "\u2AC6",
  supsetneq: "\u228B",
  supsetneqq: "\u2ACC",
  supsim: "\u2AC8",
  supsub: "\u2AD4",
  supsup: "\u2AD6",
  swArr: "\u21D9",
  swarhk: "\u2926",
  swarr: "\u2199",
  swarrow: "\u2199",
  swnwar: "\u292A",
  szlig: "\xDF",
  target: "\u2316",
  tau: "\u03C4",
  tbrk: "\u23B4",
  tcaron: "\u0165",
  tcedil: "\u0163",
  tcy: "\u0442",
  tdot: "\u20DB",
  telrec: "\u2315",
  tfr: "\u{1D531}",
  there4: "\u2234",
  therefore: "\u2234",
  theta: "\u03B8",
  thetasym: "\u03D1",
  thetav: "\u03D1",
  thickapprox: "\u2248",
  thicksim: "\u223C",
  thinsp: "\u2009",
  thkap: "\u2248",
  thksim: "\u223C",
  thorn: "\xFE",
  tilde: "\u02DC",
  times: "\xD7",
  timesb: "\u22A0",
  timesbar: "\u2A31",
  timesd: "\u2A30",
  tint: "\u222D",
  toea: "\u2928",
  top: "\u22A4",
  topbot: "\u2336",
  topcir: "\u2AF1",
  topf: "\u{1D565}",
  topfork: "\u2ADA",
  tosa: "\u2929",
  tprime: "\u2034",
  trade: "\u2122",
  triangle: "\u25B5",
  triangledown: "\u25BF",
  triangleleft: "\u25C3",
  trianglelefteq: "\u22B4",
  triangleq: "\u225C",
  triangleright: "\u25B9",
  trianglerighteq: "\u22B5",
  tridot: "\u25EC",
  trie: "\u225C",
  triminus: "\u2A3A",
  triplus: "\u2A39",
  trisb: "\u29CD",
  tritime: "\u2A3B",
  trpezium: "\u23E2",
  tscr: "\u{1D4C9}",
  tscy: "\u0446",
  tshcy: "\u045B",
  tstrok: "\u0167",
  twixt: "\u226C",
  twoheadleftarrow: "\u219E",
  twoheadrightarrow: "\u21A0",
  uArr: "\u21D1",
  uHar: "\u2963",
  uacute: "\xFA",
  uarr: "\u2191",
  ubrcy: "\u045E",
  ubreve: "\u016D",
  ucirc: "\xFB",
  ucy: "\u0443",
  udarr: "\u21C5",
  udblac: "\u0171",
  udhar: "\u296E",
  ufisht: "\u297E",
  ufr: "\u{1D532}",
  ugrave: "\xF9",
  uharl: "\u21BF",
  uharr: "\u21BE",
  uhblk: "\u2580",
  ulcorn: "\u231C",
  ulcorner: "\u231C",
  ulcrop: "\u230F",
  ultri: "\u25F8",
  umacr: "\u016B",
  uml: "\xA8",
  uogon: "\u0173",
  uopf: "\u{1D566}",
  uparrow: "\u2191",
  updownarrow: "\u2195",
  upharpoonleft: "\u21BF",
  upharpoonright: "\u21BE",
  uplus: "\u228E",
  upsi: "\u03C5",
  upsih: "\u03D2",
  upsilon: "\u03C5",
  upuparrows: "\u21C8",
  urcorn: "\u231D",
  urcorner: "\u231D",
  urcrop: "\u230E",
  uring: "\u016F",
  urtri: "\u25F9",
  uscr: "\u{1D4CA}",
  utdot: "\u22F0",
  utilde: "\u0169",
  utri: "\u25B5",
  utrif: "\u25B4",
  uuarr: "\u21C8",
  uuml: "\xFC",
  uwangle: "\u29A7",
  vArr: "\u21D5",
  vBar: "\u2AE8",
  vBarv: "\u2AE9",
  vDash: "\u22A8",
  vangrt: "\u299C",
  varepsilon: "\u03F5",
  varkappa: "\u03F0",
  varnothing: "\u2205",
  varphi: "\u03D5",
  varpi: "\u03D6",
  varpropto: "\u221D",
  varr: "\u2195",
  varrho: "\u03F1",
  varsigma: "\u03C2",
  varsubsetneq: "\u228A\uFE00",
  varsubsetneqq: "\u2ACB\uFE00",
  varsupsetneq: "\u228B\uFE00",
  varsupsetneqq: "\u2ACC\uFE00",
  vartheta: "\u03D1",
  vartriangleleft: "\u22B2",
  vartriangleright: "\u22B3",
  vcy: "\u0432",
  vdash: "\u22A2",
  vee: "\u2228",
  veebar: "\u22BB",
  veeeq: "\u225A",
  vellip: "\u22EE",
  verbar: "|",
  vert: "|",
  vfr: "\u{1D533}",
  vltri: "\u22B2",
  vnsub: "\u2282\u20D2",
  vnsup: "\u2283\u20D2",
  vopf: "\u{1D567}",
  vprop: "\u221D",
  vrtri: "\u22B3",
  vscr: "\u{1D4CB}",
  vsubnE: "\u2ACB\uFE00",
  vsubne: "\u228A\uFE00",
  vsupnE: "\u2ACC\uFE00",
  vsupne: "\u228B\uFE00",
  vzigzag: "\u299A",
  wcirc: "\u0175",
  wedbar: "\u2A5F",
  wedge: "\u2227",
  wedgeq: "\u2259",
  weierp: "\u2118",
  wfr: "\u{1D534}",
  wopf: "\u{1D568}",
  wp: "\u2118",
  wr: "\u2240",
  wreath: "\u2240",
  wscr: "\u{1D4CC}",
  xcap: "\u22C2",
  xcirc: "\u25EF",
  xcup: "\u22C3",
  xdtri: "\u25BD",
  xfr: "\u{1D535}",
  xhArr: "\u27FA",
  xharr: "\u27F7",
  xi: "\u03BE",
  xlArr: "\u27F8",
  xlarr: "\u27F5",
  xmap: "\u27FC",
  xnis: "\u22FB",
  xodot: "\u2A00",
  xopf: "\u{1D569}",
  xoplus: "\u2A01",
  xotime: "\u2A02",
  xrArr: "\u27F9",
  xrarr: "\u27F6",
  xscr: "\u{1D4CD}",
  xsqcup: "\u2A06",
  xuplus: "\u2A04",
  xutri: "\u25B3",
  xvee: "\u22C1",
  xwedge: "\u22C0",
  yacute: "\xFD",
  yacy: "\u044F",
  ycirc: "\u0177",
  ycy: "\u044B",
  yen: "\xA5",
  yfr: "\u{1D536}",
  yicy: "\u0457",
  yopf: "\u{1D56A}",
  yscr: "\u{1D4CE}",
  yucy: "\u044E",
  yuml: "\xFF",
  zacute: "\u017A",
  zcaron: "\u017E",
  zcy: "\u0437",
  zdot: "\u017C",
  zeetrf: "\u2128",
  zeta: "\u03B6",
  zfr: "\u{1D537}",
  zhcy: "\u0436",
  zigrarr: "\u21DD",
  zopf: "\u{1D56B}",
  zscr: "\u{1D4CF}",
  zwj: "\u200D",
  zwnj: "\u200C"
};

// node_modules/decode-named-character-reference/index.js
var own = {}.hasOwnProperty;
function decodeNamedCharacterReference(value) {
  return own.call(characterEntities, value) ? characterEntities[value] : false;
}

// node_modules/micromark-util-decode-numeric-character-reference/index.js
function decodeNumericCharacterReference(value, base) {
  const code3 = Number.parseInt(value, base);
  if (
    // C0 except for HT, LF, FF, CR, space.
    code3 < 9 || code3 === 11 || code3 > 13 && code3 < 32 || // Control character (DEL) of C0, and C1 controls.
    code3 > 126 && code3 < 160 || // Lone high surrogates and low surrogates.
    code3 > 55295 && code3 < 57344 || // Noncharacters.
    code3 > 64975 && code3 < 65008 || /* eslint-disable no-bitwise */
    (code3 & 65535) === 65535 || (code3 & 65535) === 65534 || /* eslint-enable no-bitwise */
    // Out of range
    code3 > 1114111
  ) {
    return "\uFFFD";
  }
  return String.fromCodePoint(code3);
}

// node_modules/micromark-util-decode-string/index.js
var characterEscapeOrReference = /\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;
function decodeString(value) {
  return value.replace(characterEscapeOrReference, decode);
}
function decode($0, $1, $2) {
  if ($1) {
    return $1;
  }
  const head = $2.charCodeAt(0);
  if (head === 35) {
    const head2 = $2.charCodeAt(1);
    const hex = head2 === 120 || head2 === 88;
    return decodeNumericCharacterReference($2.slice(hex ? 2 : 1), hex ? 16 : 10);
  }
  return decodeNamedCharacterReference($2) || $0;
}

// node_modules/mdast-util-gfm-table/lib/index.js
function gfmTableFromMarkdown() {
  return {
    enter: {
      table: enterTable,
      tableData: enterCell,
      tableHeader: enterCell,
      tableRow: enterRow
    },
    exit: {
      codeText: exitCodeText,
      table: exitTable,
      tableData: exit,
      tableHeader: exit,
      tableRow: exit
    }
  };
}
function enterTable(token) {
  const align2 = token._align;
  ok(align2, "expected `_align` on table");
  this.enter(
    {
      type: "table",
      align: align2.map(function(d) {
        return d === "none" ? null : d;
      }),
      children: [],
      position: void 0
    },
    token
  );
  this.data.inTable = true;
}
function exitTable(token) {
  this.exit(token);
  this.data.inTable = void 0;
}
function enterRow(token) {
  this.enter({ type: "tableRow", children: [], position: void 0 }, token);
}
function exit(token) {
  this.exit(token);
}
function enterCell(token) {
  this.enter({ type: "tableCell", children: [], position: void 0 }, token);
}
function exitCodeText(token) {
  let value = this.resume();
  if (this.data.inTable) {
    value = value.replace(/\\([\\|])/g, replace);
  }
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "inlineCode");
  node2.value = value;
  this.exit(token);
}
function replace($0, $1) {
  return $1 === "|" ? $1 : $0;
}
function gfmTableToMarkdown(options) {
  const settings = options || {};
  const {
    tableCellPadding: padding,
    tablePipeAlign: alignDelimiters,
    stringLength
  } = settings;
  const around = padding ? " " : "|";
  return {
    handlers: {
      inlineCode: inlineCodeWithTable,
      table: handleTable,
      tableCell: handleTableCell,
      tableRow: handleTableRow
    },
    join: [joinTable],
    unsafe: [
      { character: "\r", inConstruct: "tableCell" },
      { character: "\n", inConstruct: "tableCell" },
      // A pipe, when followed by a tab or space (padding), or a dash or colon
      // (unpadded delimiter row), could result in a table.
      { atBreak: true, character: "|", after: "[	 :-]" },
      // A pipe in a cell must be encoded.
      { character: "|", inConstruct: "tableCell" },
      // A colon must be followed by a dash, in which case it could start a
      // delimiter row.
      { atBreak: true, character: ":", after: "-" },
      // A delimiter row can also start with a dash, when followed by more
      // dashes, a colon, or a pipe.
      // This is a stricter version than the built in check for lists, thematic
      // breaks, and setex heading underlines though:
      // <https://github.com/syntax-tree/mdast-util-to-markdown/blob/51a2038/lib/unsafe.js#L57>
      { atBreak: true, character: "-", after: "[:|-]" }
    ]
  };
  function handleTable(node2, _, state, info) {
    const matrix = handleTableAsData(node2, state, info);
    const head = matrix[0];
    if (head) {
      let columns = node2.align ? node2.align.length : 0;
      let index2 = -1;
      if (!columns) {
        while (++index2 < matrix.length) {
          if (matrix[index2].length > columns) columns = matrix[index2].length;
        }
      }
      while (head.length < columns) head.push("");
    }
    return serializeData2(matrix, node2.align);
  }
  function handleTableRow(node2, _, state, info) {
    const row3 = handleTableRowAsData(node2, state, info);
    const value = serializeData2([row3]);
    return value.slice(0, value.indexOf("\n"));
  }
  function handleTableCell(node2, _, state, info) {
    const exit3 = state.enter("tableCell");
    const subexit = state.enter("phrasing");
    const value = state.containerPhrasing(node2, {
      ...info,
      before: around,
      after: around
    });
    subexit();
    exit3();
    return value;
  }
  function serializeData2(matrix, align2) {
    return markdownTable(matrix, {
      align: align2,
      alignDelimiters,
      fillRows: false,
      padding,
      stringLength
    });
  }
  function handleTableAsData(node2, state, info) {
    const { children } = node2;
    let index2 = -1;
    const result = [];
    const subexit = state.enter("table");
    while (++index2 < children.length) {
      result[index2] = handleTableRowAsData(children[index2], state, info);
    }
    subexit();
    return result;
  }
  function handleTableRowAsData(node2, state, info) {
    const { children } = node2;
    let index2 = -1;
    const result = [];
    const subexit = state.enter("tableRow");
    while (++index2 < children.length) {
      result[index2] = handleTableCell(children[index2], node2, state, info);
    }
    subexit();
    return result;
  }
  function inlineCodeWithTable(node2, parent, state) {
    const value = handle.inlineCode(node2, parent, state);
    if (!state.stack.includes("tableCell")) return value;
    const result = [];
    let start = 0;
    let index2 = value.indexOf("|");
    while (index2 !== -1) {
      let before = index2;
      while (before > start && value.charCodeAt(before - 1) === 92) {
        before--;
      }
      result.push(value.slice(start, index2));
      if ((index2 - before) % 2 === 0) result.push("\\");
      start = index2;
      index2 = value.indexOf("|", index2 + 1);
    }
    result.push(value.slice(start));
    return result.join("");
  }
}
function joinTable(left, right, parent, state) {
  if (left.type === "table" && parent.type === "listItem" && parent.spread === false && (right.type === "definition" || right.type === "heading" && formatHeadingAsSetext2(right, state) || right.type === "paragraph" || right.type === "table")) {
    return 1;
  }
}
function formatHeadingAsSetext2(node2, state) {
  let literalWithBreak = false;
  visit(node2, function(node3) {
    if (node3.type === "break" || "value" in node3 && /\r?\n|\r/.test(node3.value)) {
      literalWithBreak = true;
      return EXIT;
    }
  });
  return Boolean(
    (!node2.depth || node2.depth < 3) && toString(node2) && (state.options.setext || literalWithBreak)
  );
}

// node_modules/mdast-util-gfm-task-list-item/lib/index.js
function gfmTaskListItemFromMarkdown() {
  return {
    exit: {
      taskListCheckValueChecked: exitCheck,
      taskListCheckValueUnchecked: exitCheck,
      paragraph: exitParagraphWithTaskListItem
    }
  };
}
function gfmTaskListItemToMarkdown() {
  return {
    handlers: { paragraph: paragraphWithTaskListItem },
    join: [joinDefinitionsBeforeTaskListItemParagraph]
  };
}
function exitCheck(token) {
  const node2 = this.stack[this.stack.length - 2];
  ok(node2.type === "listItem");
  node2.checked = token.type === "taskListCheckValueChecked";
}
function exitParagraphWithTaskListItem(token) {
  const parent = this.stack[this.stack.length - 2];
  if (parent && parent.type === "listItem" && typeof parent.checked === "boolean") {
    const node2 = this.stack[this.stack.length - 1];
    ok(node2.type === "paragraph");
    const head = node2.children[0];
    if (head && head.type === "text") {
      const siblings = parent.children;
      let index2 = -1;
      let firstParagraph;
      while (++index2 < siblings.length) {
        const sibling = siblings[index2];
        if (sibling.type === "paragraph") {
          firstParagraph = sibling;
          break;
        }
      }
      if (firstParagraph === node2) {
        head.value = head.value.slice(1);
        if (head.value.length === 0) {
          node2.children.shift();
        } else if (node2.position && head.position && typeof head.position.start.offset === "number") {
          head.position.start.column++;
          head.position.start.offset++;
          node2.position.start = { ...head.position.start };
        }
      }
    }
  }
  this.exit(token);
}
function paragraphWithTaskListItem(node2, parent, state, info) {
  if (!parent || parent.type !== "listItem" || taskListItemParagraph(parent) !== node2) {
    return handle.paragraph(node2, parent, state, info);
  }
  const checkbox = "[" + (parent.checked ? "x" : " ") + "] ";
  const tracker = state.createTracker(info);
  tracker.move(checkbox);
  const value = handle.paragraph(
    node2.children.length > 0 ? node2 : { type: "paragraph", children: [{ type: "text", value: " " }] },
    parent,
    state,
    { ...info, ...tracker.current() }
  );
  return checkbox + value;
}
function joinDefinitionsBeforeTaskListItemParagraph(left, _, parent) {
  if (!(left.type === "definition" && parent.type === "listItem")) {
    return;
  }
  const paragraph2 = taskListItemParagraph(parent);
  if (paragraph2 && parent.children.indexOf(left) < parent.children.indexOf(paragraph2)) {
    return 0;
  }
}
function taskListItemParagraph(node2) {
  if (typeof node2.checked !== "boolean") {
    return;
  }
  for (const child of node2.children) {
    if (child.type === "paragraph") {
      return child;
    }
    if (child.type !== "definition") {
      return;
    }
  }
}

// node_modules/mdast-util-gfm/lib/index.js
function gfmFromMarkdown() {
  return [
    gfmAutolinkLiteralFromMarkdown(),
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown()
  ];
}
function gfmToMarkdown(options) {
  return {
    extensions: [
      gfmAutolinkLiteralToMarkdown(),
      gfmFootnoteToMarkdown(options),
      gfmStrikethroughToMarkdown(),
      gfmTableToMarkdown(options),
      gfmTaskListItemToMarkdown()
    ]
  };
}

// node_modules/micromark-util-chunked/index.js
function splice(list4, start, remove, items) {
  const end = list4.length;
  let chunkStart = 0;
  let parameters;
  if (start < 0) {
    start = -start > end ? 0 : end + start;
  } else {
    start = start > end ? end : start;
  }
  remove = remove > 0 ? remove : 0;
  if (items.length < 1e4) {
    parameters = Array.from(items);
    parameters.unshift(start, remove);
    list4.splice(...parameters);
  } else {
    if (remove) list4.splice(start, remove);
    while (chunkStart < items.length) {
      parameters = items.slice(chunkStart, chunkStart + 1e4);
      parameters.unshift(start, 0);
      list4.splice(...parameters);
      chunkStart += 1e4;
      start += 1e4;
    }
  }
}
function push2(list4, items) {
  if (list4.length > 0) {
    splice(list4, list4.length, 0, items);
    return list4;
  }
  return items;
}

// node_modules/micromark-util-combine-extensions/index.js
var hasOwnProperty = {}.hasOwnProperty;
function combineExtensions(extensions) {
  const all2 = {};
  let index2 = -1;
  while (++index2 < extensions.length) {
    syntaxExtension(all2, extensions[index2]);
  }
  return all2;
}
function syntaxExtension(all2, extension2) {
  let hook;
  for (hook in extension2) {
    const maybe = hasOwnProperty.call(all2, hook) ? all2[hook] : void 0;
    const left = maybe || (all2[hook] = {});
    const right = extension2[hook];
    let code3;
    if (right) {
      for (code3 in right) {
        if (!hasOwnProperty.call(left, code3)) left[code3] = [];
        const value = right[code3];
        constructs(
          // @ts-expect-error Looks like a list.
          left[code3],
          Array.isArray(value) ? value : value ? [value] : []
        );
      }
    }
  }
}
function constructs(existing, list4) {
  let index2 = -1;
  const before = [];
  while (++index2 < list4.length) {
    ;
    (list4[index2].add === "after" ? existing : before).push(list4[index2]);
  }
  splice(existing, 0, 0, before);
}

// node_modules/micromark-extension-gfm-autolink-literal/lib/syntax.js
var wwwPrefix = {
  tokenize: tokenizeWwwPrefix,
  partial: true
};
var domain = {
  tokenize: tokenizeDomain,
  partial: true
};
var path = {
  tokenize: tokenizePath,
  partial: true
};
var trail = {
  tokenize: tokenizeTrail,
  partial: true
};
var emailDomainDotTrail = {
  tokenize: tokenizeEmailDomainDotTrail,
  partial: true
};
var wwwAutolink = {
  name: "wwwAutolink",
  tokenize: tokenizeWwwAutolink,
  previous: previousWww
};
var protocolAutolink = {
  name: "protocolAutolink",
  tokenize: tokenizeProtocolAutolink,
  previous: previousProtocol
};
var emailAutolink = {
  name: "emailAutolink",
  tokenize: tokenizeEmailAutolink,
  previous: previousEmail
};
var text2 = {};
function gfmAutolinkLiteral() {
  return {
    text: text2
  };
}
var code2 = 48;
while (code2 < 123) {
  text2[code2] = emailAutolink;
  code2++;
  if (code2 === 58) code2 = 65;
  else if (code2 === 91) code2 = 97;
}
text2[43] = emailAutolink;
text2[45] = emailAutolink;
text2[46] = emailAutolink;
text2[95] = emailAutolink;
text2[72] = [emailAutolink, protocolAutolink];
text2[104] = [emailAutolink, protocolAutolink];
text2[87] = [emailAutolink, wwwAutolink];
text2[119] = [emailAutolink, wwwAutolink];
function tokenizeEmailAutolink(effects, ok3, nok) {
  const self = this;
  let dot;
  let data;
  return start;
  function start(code3) {
    if (!gfmAtext(code3) || !previousEmail.call(self, self.previous) || previousUnbalanced(self.events)) {
      return nok(code3);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkEmail");
    return atext(code3);
  }
  function atext(code3) {
    if (gfmAtext(code3)) {
      effects.consume(code3);
      return atext;
    }
    if (code3 === 64) {
      effects.consume(code3);
      return emailDomain;
    }
    return nok(code3);
  }
  function emailDomain(code3) {
    if (code3 === 46) {
      return effects.check(emailDomainDotTrail, emailDomainAfter, emailDomainDot)(code3);
    }
    if (code3 === 45 || code3 === 95 || asciiAlphanumeric(code3)) {
      data = true;
      effects.consume(code3);
      return emailDomain;
    }
    return emailDomainAfter(code3);
  }
  function emailDomainDot(code3) {
    effects.consume(code3);
    dot = true;
    return emailDomain;
  }
  function emailDomainAfter(code3) {
    if (data && dot && asciiAlpha(self.previous)) {
      effects.exit("literalAutolinkEmail");
      effects.exit("literalAutolink");
      return ok3(code3);
    }
    return nok(code3);
  }
}
function tokenizeWwwAutolink(effects, ok3, nok) {
  const self = this;
  return wwwStart;
  function wwwStart(code3) {
    if (code3 !== 87 && code3 !== 119 || !previousWww.call(self, self.previous) || previousUnbalanced(self.events)) {
      return nok(code3);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkWww");
    return effects.check(wwwPrefix, effects.attempt(domain, effects.attempt(path, wwwAfter), nok), nok)(code3);
  }
  function wwwAfter(code3) {
    effects.exit("literalAutolinkWww");
    effects.exit("literalAutolink");
    return ok3(code3);
  }
}
function tokenizeProtocolAutolink(effects, ok3, nok) {
  const self = this;
  let buffer = "";
  let seen = false;
  return protocolStart;
  function protocolStart(code3) {
    if ((code3 === 72 || code3 === 104) && previousProtocol.call(self, self.previous) && !previousUnbalanced(self.events)) {
      effects.enter("literalAutolink");
      effects.enter("literalAutolinkHttp");
      buffer += String.fromCodePoint(code3);
      effects.consume(code3);
      return protocolPrefixInside;
    }
    return nok(code3);
  }
  function protocolPrefixInside(code3) {
    if (asciiAlpha(code3) && buffer.length < 5) {
      buffer += String.fromCodePoint(code3);
      effects.consume(code3);
      return protocolPrefixInside;
    }
    if (code3 === 58) {
      const protocol = buffer.toLowerCase();
      if (protocol === "http" || protocol === "https") {
        effects.consume(code3);
        return protocolSlashesInside;
      }
    }
    return nok(code3);
  }
  function protocolSlashesInside(code3) {
    if (code3 === 47) {
      effects.consume(code3);
      if (seen) {
        return afterProtocol;
      }
      seen = true;
      return protocolSlashesInside;
    }
    return nok(code3);
  }
  function afterProtocol(code3) {
    return code3 === null || asciiControl(code3) || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3) || unicodePunctuation(code3) ? nok(code3) : effects.attempt(domain, effects.attempt(path, protocolAfter), nok)(code3);
  }
  function protocolAfter(code3) {
    effects.exit("literalAutolinkHttp");
    effects.exit("literalAutolink");
    return ok3(code3);
  }
}
function tokenizeWwwPrefix(effects, ok3, nok) {
  let size = 0;
  return wwwPrefixInside;
  function wwwPrefixInside(code3) {
    if ((code3 === 87 || code3 === 119) && size < 3) {
      size++;
      effects.consume(code3);
      return wwwPrefixInside;
    }
    if (code3 === 46 && size === 3) {
      effects.consume(code3);
      return wwwPrefixAfter;
    }
    return nok(code3);
  }
  function wwwPrefixAfter(code3) {
    return code3 === null ? nok(code3) : ok3(code3);
  }
}
function tokenizeDomain(effects, ok3, nok) {
  let underscoreInLastSegment;
  let underscoreInLastLastSegment;
  let seen;
  return domainInside;
  function domainInside(code3) {
    if (code3 === 46 || code3 === 95) {
      return effects.check(trail, domainAfter, domainAtPunctuation)(code3);
    }
    if (code3 === null || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3) || code3 !== 45 && unicodePunctuation(code3)) {
      return domainAfter(code3);
    }
    seen = true;
    effects.consume(code3);
    return domainInside;
  }
  function domainAtPunctuation(code3) {
    if (code3 === 95) {
      underscoreInLastSegment = true;
    } else {
      underscoreInLastLastSegment = underscoreInLastSegment;
      underscoreInLastSegment = void 0;
    }
    effects.consume(code3);
    return domainInside;
  }
  function domainAfter(code3) {
    if (underscoreInLastLastSegment || underscoreInLastSegment || !seen) {
      return nok(code3);
    }
    return ok3(code3);
  }
}
function tokenizePath(effects, ok3) {
  let sizeOpen = 0;
  let sizeClose = 0;
  return pathInside;
  function pathInside(code3) {
    if (code3 === 40) {
      sizeOpen++;
      effects.consume(code3);
      return pathInside;
    }
    if (code3 === 41 && sizeClose < sizeOpen) {
      return pathAtPunctuation(code3);
    }
    if (code3 === 33 || code3 === 34 || code3 === 38 || code3 === 39 || code3 === 41 || code3 === 42 || code3 === 44 || code3 === 46 || code3 === 58 || code3 === 59 || code3 === 60 || code3 === 63 || code3 === 93 || code3 === 95 || code3 === 126) {
      return effects.check(trail, ok3, pathAtPunctuation)(code3);
    }
    if (code3 === null || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3)) {
      return ok3(code3);
    }
    effects.consume(code3);
    return pathInside;
  }
  function pathAtPunctuation(code3) {
    if (code3 === 41) {
      sizeClose++;
    }
    effects.consume(code3);
    return pathInside;
  }
}
function tokenizeTrail(effects, ok3, nok) {
  return trail2;
  function trail2(code3) {
    if (code3 === 33 || code3 === 34 || code3 === 39 || code3 === 41 || code3 === 42 || code3 === 44 || code3 === 46 || code3 === 58 || code3 === 59 || code3 === 63 || code3 === 95 || code3 === 126) {
      effects.consume(code3);
      return trail2;
    }
    if (code3 === 38) {
      effects.consume(code3);
      return trailCharacterReferenceStart;
    }
    if (code3 === 93) {
      effects.consume(code3);
      return trailBracketAfter;
    }
    if (
      // `<` is an end.
      code3 === 60 || // So is whitespace.
      code3 === null || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3)
    ) {
      return ok3(code3);
    }
    return nok(code3);
  }
  function trailBracketAfter(code3) {
    if (code3 === null || code3 === 40 || code3 === 91 || markdownLineEndingOrSpace(code3) || unicodeWhitespace(code3)) {
      return ok3(code3);
    }
    return trail2(code3);
  }
  function trailCharacterReferenceStart(code3) {
    return asciiAlpha(code3) ? trailCharacterReferenceInside(code3) : nok(code3);
  }
  function trailCharacterReferenceInside(code3) {
    if (code3 === 59) {
      effects.consume(code3);
      return trail2;
    }
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      return trailCharacterReferenceInside;
    }
    return nok(code3);
  }
}
function tokenizeEmailDomainDotTrail(effects, ok3, nok) {
  return start;
  function start(code3) {
    effects.consume(code3);
    return after;
  }
  function after(code3) {
    return asciiAlphanumeric(code3) ? nok(code3) : ok3(code3);
  }
}
function previousWww(code3) {
  return code3 === null || code3 === 40 || code3 === 42 || code3 === 95 || code3 === 91 || code3 === 93 || code3 === 126 || markdownLineEndingOrSpace(code3);
}
function previousProtocol(code3) {
  return !asciiAlpha(code3);
}
function previousEmail(code3) {
  return !(code3 === 47 || gfmAtext(code3));
}
function gfmAtext(code3) {
  return code3 === 43 || code3 === 45 || code3 === 46 || code3 === 95 || asciiAlphanumeric(code3);
}
function previousUnbalanced(events) {
  let index2 = events.length;
  let result = false;
  while (index2--) {
    const token = events[index2][1];
    if ((token.type === "labelLink" || token.type === "labelImage") && !token._balanced) {
      result = true;
      break;
    }
    if (token._gfmAutolinkLiteralWalkedInto) {
      result = false;
      break;
    }
  }
  if (events.length > 0 && !result) {
    events[events.length - 1][1]._gfmAutolinkLiteralWalkedInto = true;
  }
  return result;
}

// node_modules/micromark-util-resolve-all/index.js
function resolveAll(constructs2, events, context) {
  const called = [];
  let index2 = -1;
  while (++index2 < constructs2.length) {
    const resolve = constructs2[index2].resolveAll;
    if (resolve && !called.includes(resolve)) {
      events = resolve(events, context);
      called.push(resolve);
    }
  }
  return events;
}

// node_modules/micromark-core-commonmark/lib/attention.js
var attention3 = {
  name: "attention",
  resolveAll: resolveAllAttention,
  tokenize: tokenizeAttention
};
function resolveAllAttention(events, context) {
  let index2 = -1;
  let nextEvents;
  while (++index2 < events.length) {
    if (events[index2][0] === "enter" && events[index2][1].type === "attentionSequence" && events[index2][1]._close) {
      let open = index2;
      while (open--) {
        if (events[open][0] === "exit" && events[open][1].type === "attentionSequence" && events[open][1]._open && // If the markers are the same:
        context.sliceSerialize(events[open][1]).charCodeAt(0) === context.sliceSerialize(events[index2][1]).charCodeAt(0)) {
          if ((events[open][1]._close || events[index2][1]._open) && (events[index2][1].end.offset - events[index2][1].start.offset) % 3 && !((events[open][1].end.offset - events[open][1].start.offset + events[index2][1].end.offset - events[index2][1].start.offset) % 3)) {
            continue;
          }
          const use = events[open][1].end.offset - events[open][1].start.offset > 1 && events[index2][1].end.offset - events[index2][1].start.offset > 1 ? 2 : 1;
          const start = {
            ...events[open][1].end
          };
          const end = {
            ...events[index2][1].start
          };
          movePoint(start, -use);
          movePoint(end, use);
          const openingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start,
            end: {
              ...events[open][1].end
            }
          };
          const closingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start: {
              ...events[index2][1].start
            },
            end
          };
          const text5 = {
            type: use > 1 ? "strongText" : "emphasisText",
            start: {
              ...events[open][1].end
            },
            end: {
              ...events[index2][1].start
            }
          };
          const group = {
            type: use > 1 ? "strong" : "emphasis",
            start: {
              ...openingSequence.start
            },
            end: {
              ...closingSequence.end
            }
          };
          events[open][1].end = {
            ...openingSequence.start
          };
          events[index2][1].start = {
            ...closingSequence.end
          };
          nextEvents = [];
          if (events[open][1].end.offset - events[open][1].start.offset) {
            nextEvents = push2(nextEvents, [["enter", events[open][1], context], ["exit", events[open][1], context]]);
          }
          nextEvents = push2(nextEvents, [["enter", group, context], ["enter", openingSequence, context], ["exit", openingSequence, context], ["enter", text5, context]]);
          nextEvents = push2(nextEvents, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + 1, index2), context));
          nextEvents = push2(nextEvents, [["exit", text5, context], ["enter", closingSequence, context], ["exit", closingSequence, context], ["exit", group, context]]);
          let offset = 0;
          if (events[index2][1].end.offset - events[index2][1].start.offset) {
            offset = 2;
            nextEvents = push2(nextEvents, [["enter", events[index2][1], context], ["exit", events[index2][1], context]]);
          }
          splice(events, open - 1, index2 - open + 3, nextEvents);
          index2 = open + nextEvents.length - offset - 2;
          break;
        }
      }
    }
  }
  index2 = -1;
  while (++index2 < events.length) {
    if (events[index2][1].type === "attentionSequence") {
      events[index2][1].type = "data";
    }
  }
  return events;
}
function tokenizeAttention(effects, ok3) {
  const attentionMarkers2 = this.parser.constructs.attentionMarkers.null;
  const previous3 = this.previous;
  const before = classifyCharacter(previous3);
  let marker;
  return start;
  function start(code3) {
    marker = code3;
    effects.enter("attentionSequence");
    return inside(code3);
  }
  function inside(code3) {
    if (code3 === marker) {
      effects.consume(code3);
      return inside;
    }
    const token = effects.exit("attentionSequence");
    const after = classifyCharacter(code3);
    const open = !after || after === 2 && before || attentionMarkers2.includes(code3) && code3 !== 42 && code3 !== 95;
    const close = !before || before === 2 && after || attentionMarkers2.includes(previous3) && previous3 !== 42 && previous3 !== 95;
    token._open = Boolean(marker === 42 ? open : open && (before || !close));
    token._close = Boolean(marker === 42 ? close : close && (after || !open));
    return ok3(code3);
  }
}
function movePoint(point3, offset) {
  point3.column += offset;
  point3.offset += offset;
  point3._bufferIndex += offset;
}

// node_modules/micromark-core-commonmark/lib/autolink.js
var autolink = {
  name: "autolink",
  tokenize: tokenizeAutolink
};
function tokenizeAutolink(effects, ok3, nok) {
  let size = 0;
  return start;
  function start(code3) {
    effects.enter("autolink");
    effects.enter("autolinkMarker");
    effects.consume(code3);
    effects.exit("autolinkMarker");
    effects.enter("autolinkProtocol");
    return open;
  }
  function open(code3) {
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      return schemeOrEmailAtext;
    }
    if (code3 === 64) {
      return nok(code3);
    }
    return emailAtext(code3);
  }
  function schemeOrEmailAtext(code3) {
    if (code3 === 43 || code3 === 45 || code3 === 46 || asciiAlphanumeric(code3)) {
      size = 1;
      return schemeInsideOrEmailAtext(code3);
    }
    return emailAtext(code3);
  }
  function schemeInsideOrEmailAtext(code3) {
    if (code3 === 58) {
      effects.consume(code3);
      size = 0;
      return urlInside;
    }
    if ((code3 === 43 || code3 === 45 || code3 === 46 || asciiAlphanumeric(code3)) && size++ < 32) {
      effects.consume(code3);
      return schemeInsideOrEmailAtext;
    }
    size = 0;
    return emailAtext(code3);
  }
  function urlInside(code3) {
    if (code3 === 62) {
      effects.exit("autolinkProtocol");
      effects.enter("autolinkMarker");
      effects.consume(code3);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok3;
    }
    if (code3 === null || code3 === 32 || code3 === 60 || asciiControl(code3)) {
      return nok(code3);
    }
    effects.consume(code3);
    return urlInside;
  }
  function emailAtext(code3) {
    if (code3 === 64) {
      effects.consume(code3);
      return emailAtSignOrDot;
    }
    if (asciiAtext(code3)) {
      effects.consume(code3);
      return emailAtext;
    }
    return nok(code3);
  }
  function emailAtSignOrDot(code3) {
    return asciiAlphanumeric(code3) ? emailLabel(code3) : nok(code3);
  }
  function emailLabel(code3) {
    if (code3 === 46) {
      effects.consume(code3);
      size = 0;
      return emailAtSignOrDot;
    }
    if (code3 === 62) {
      effects.exit("autolinkProtocol").type = "autolinkEmail";
      effects.enter("autolinkMarker");
      effects.consume(code3);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok3;
    }
    return emailValue(code3);
  }
  function emailValue(code3) {
    if ((code3 === 45 || asciiAlphanumeric(code3)) && size++ < 63) {
      const next = code3 === 45 ? emailValue : emailLabel;
      effects.consume(code3);
      return next;
    }
    return nok(code3);
  }
}

// node_modules/micromark-factory-space/index.js
function factorySpace(effects, ok3, type, max) {
  const limit = max ? max - 1 : Infinity;
  let size = 0;
  return start;
  function start(code3) {
    if (markdownSpace(code3)) {
      effects.enter(type);
      return prefix(code3);
    }
    return ok3(code3);
  }
  function prefix(code3) {
    if (markdownSpace(code3) && size++ < limit) {
      effects.consume(code3);
      return prefix;
    }
    effects.exit(type);
    return ok3(code3);
  }
}
function factorySpaceMinMax(effects, ok3, nok, type, min, max) {
  let size = 0;
  return start;
  function start(code3) {
    if (max > 0 && markdownSpace(code3)) {
      effects.enter(type);
      return prefix(code3);
    }
    return after(code3);
  }
  function prefix(code3) {
    if (markdownSpace(code3) && size < max) {
      effects.consume(code3);
      size++;
      return prefix;
    }
    effects.exit(type);
    return after(code3);
  }
  function after(code3) {
    return size >= min ? ok3(code3) : nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/blank-line.js
var blankLine = {
  partial: true,
  tokenize: tokenizeBlankLine
};
function tokenizeBlankLine(effects, ok3, nok) {
  return start;
  function start(code3) {
    return markdownSpace(code3) ? factorySpace(effects, after, "linePrefix")(code3) : after(code3);
  }
  function after(code3) {
    return code3 === null || markdownLineEnding(code3) ? ok3(code3) : nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/block-quote.js
var blockQuote = {
  continuation: {
    tokenize: tokenizeBlockQuoteContinuation
  },
  exit: exit2,
  name: "blockQuote",
  tokenize: tokenizeBlockQuoteStart
};
function tokenizeBlockQuoteStart(effects, ok3, nok) {
  const self = this;
  return start;
  function start(code3) {
    if (code3 === 62) {
      const state = self.containerState;
      if (!state.open) {
        effects.enter("blockQuote", {
          _container: true
        });
        state.open = true;
      }
      effects.enter("blockQuotePrefix");
      effects.enter("blockQuoteMarker");
      effects.consume(code3);
      effects.exit("blockQuoteMarker");
      return after;
    }
    return nok(code3);
  }
  function after(code3) {
    if (markdownSpace(code3)) {
      effects.enter("blockQuotePrefixWhitespace");
      effects.consume(code3);
      effects.exit("blockQuotePrefixWhitespace");
      effects.exit("blockQuotePrefix");
      return ok3;
    }
    effects.exit("blockQuotePrefix");
    return ok3(code3);
  }
}
function tokenizeBlockQuoteContinuation(effects, ok3, nok) {
  const self = this;
  return contStart;
  function contStart(code3) {
    if (markdownSpace(code3)) {
      return factorySpace(effects, contBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code3);
    }
    return contBefore(code3);
  }
  function contBefore(code3) {
    return effects.attempt(blockQuote, ok3, nok)(code3);
  }
}
function exit2(effects) {
  effects.exit("blockQuote");
}

// node_modules/micromark-core-commonmark/lib/character-escape.js
var characterEscape = {
  name: "characterEscape",
  tokenize: tokenizeCharacterEscape
};
function tokenizeCharacterEscape(effects, ok3, nok) {
  return start;
  function start(code3) {
    effects.enter("characterEscape");
    effects.enter("escapeMarker");
    effects.consume(code3);
    effects.exit("escapeMarker");
    return inside;
  }
  function inside(code3) {
    if (asciiPunctuation(code3)) {
      effects.enter("characterEscapeValue");
      effects.consume(code3);
      effects.exit("characterEscapeValue");
      effects.exit("characterEscape");
      return ok3;
    }
    return nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/character-reference.js
var characterReference = {
  name: "characterReference",
  tokenize: tokenizeCharacterReference
};
function tokenizeCharacterReference(effects, ok3, nok) {
  const self = this;
  let size = 0;
  let max;
  let test;
  return start;
  function start(code3) {
    effects.enter("characterReference");
    effects.enter("characterReferenceMarker");
    effects.consume(code3);
    effects.exit("characterReferenceMarker");
    return open;
  }
  function open(code3) {
    if (code3 === 35) {
      effects.enter("characterReferenceMarkerNumeric");
      effects.consume(code3);
      effects.exit("characterReferenceMarkerNumeric");
      return numeric;
    }
    effects.enter("characterReferenceValue");
    max = 31;
    test = asciiAlphanumeric;
    return value(code3);
  }
  function numeric(code3) {
    if (code3 === 88 || code3 === 120) {
      effects.enter("characterReferenceMarkerHexadecimal");
      effects.consume(code3);
      effects.exit("characterReferenceMarkerHexadecimal");
      effects.enter("characterReferenceValue");
      max = 6;
      test = asciiHexDigit;
      return value;
    }
    effects.enter("characterReferenceValue");
    max = 7;
    test = asciiDigit;
    return value(code3);
  }
  function value(code3) {
    if (code3 === 59 && size) {
      const token = effects.exit("characterReferenceValue");
      if (test === asciiAlphanumeric && !decodeNamedCharacterReference(self.sliceSerialize(token))) {
        return nok(code3);
      }
      effects.enter("characterReferenceMarker");
      effects.consume(code3);
      effects.exit("characterReferenceMarker");
      effects.exit("characterReference");
      return ok3;
    }
    if (test(code3) && size++ < max) {
      effects.consume(code3);
      return value;
    }
    return nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/partial-non-lazy-continuation.js
var nonLazyContinuation = {
  partial: true,
  tokenize: tokenizeNonLazyContinuation
};
function tokenizeNonLazyContinuation(effects, ok3, nok) {
  const self = this;
  return start;
  function start(code3) {
    if (code3 === null) {
      return nok(code3);
    }
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return after;
  }
  function after(code3) {
    return self.parser.lazy[self.now().line] ? nok(code3) : ok3(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/code-fenced.js
var codeFenced = {
  concrete: true,
  name: "codeFenced",
  tokenize: tokenizeCodeFenced
};
function tokenizeCodeFenced(effects, ok3, nok) {
  const self = this;
  const closeStart = {
    partial: true,
    tokenize: tokenizeCloseStart
  };
  let initialPrefix = 0;
  let sizeOpen = 0;
  let marker;
  return start;
  function start(code3) {
    return beforeSequenceOpen(code3);
  }
  function beforeSequenceOpen(code3) {
    const tail = self.events[self.events.length - 1];
    initialPrefix = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
    marker = code3;
    effects.enter("codeFenced");
    effects.enter("codeFencedFence");
    effects.enter("codeFencedFenceSequence");
    return sequenceOpen(code3);
  }
  function sequenceOpen(code3) {
    if (code3 === marker) {
      sizeOpen++;
      effects.consume(code3);
      return sequenceOpen;
    }
    if (sizeOpen < 3) {
      return nok(code3);
    }
    effects.exit("codeFencedFenceSequence");
    return markdownSpace(code3) ? factorySpace(effects, infoBefore, "whitespace")(code3) : infoBefore(code3);
  }
  function infoBefore(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("codeFencedFence");
      return self.interrupt ? ok3(code3) : effects.check(nonLazyContinuation, atNonLazyBreak, after)(code3);
    }
    effects.enter("codeFencedFenceInfo");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return info(code3);
  }
  function info(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return infoBefore(code3);
    }
    if (markdownSpace(code3)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return factorySpace(effects, metaBefore, "whitespace")(code3);
    }
    if (code3 === 96 && code3 === marker) {
      return nok(code3);
    }
    effects.consume(code3);
    return info;
  }
  function metaBefore(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      return infoBefore(code3);
    }
    effects.enter("codeFencedFenceMeta");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return meta(code3);
  }
  function meta(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceMeta");
      return infoBefore(code3);
    }
    if (code3 === 96 && code3 === marker) {
      return nok(code3);
    }
    effects.consume(code3);
    return meta;
  }
  function atNonLazyBreak(code3) {
    return effects.attempt(closeStart, after, contentBefore)(code3);
  }
  function contentBefore(code3) {
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return contentStart;
  }
  function contentStart(code3) {
    return initialPrefix > 0 && markdownSpace(code3) ? factorySpace(effects, beforeContentChunk, "linePrefix", initialPrefix + 1)(code3) : beforeContentChunk(code3);
  }
  function beforeContentChunk(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      return effects.check(nonLazyContinuation, atNonLazyBreak, after)(code3);
    }
    effects.enter("codeFlowValue");
    return contentChunk(code3);
  }
  function contentChunk(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("codeFlowValue");
      return beforeContentChunk(code3);
    }
    effects.consume(code3);
    return contentChunk;
  }
  function after(code3) {
    effects.exit("codeFenced");
    return ok3(code3);
  }
  function tokenizeCloseStart(effects2, ok4, nok2) {
    let size = 0;
    return startBefore;
    function startBefore(code3) {
      effects2.enter("lineEnding");
      effects2.consume(code3);
      effects2.exit("lineEnding");
      return start2;
    }
    function start2(code3) {
      effects2.enter("codeFencedFence");
      return markdownSpace(code3) ? factorySpace(effects2, beforeSequenceClose, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code3) : beforeSequenceClose(code3);
    }
    function beforeSequenceClose(code3) {
      if (code3 === marker) {
        effects2.enter("codeFencedFenceSequence");
        return sequenceClose(code3);
      }
      return nok2(code3);
    }
    function sequenceClose(code3) {
      if (code3 === marker) {
        size++;
        effects2.consume(code3);
        return sequenceClose;
      }
      if (size >= sizeOpen) {
        effects2.exit("codeFencedFenceSequence");
        return markdownSpace(code3) ? factorySpace(effects2, sequenceCloseAfter, "whitespace")(code3) : sequenceCloseAfter(code3);
      }
      return nok2(code3);
    }
    function sequenceCloseAfter(code3) {
      if (code3 === null || markdownLineEnding(code3)) {
        effects2.exit("codeFencedFence");
        return ok4(code3);
      }
      return nok2(code3);
    }
  }
}

// node_modules/micromark-core-commonmark/lib/code-indented.js
var codeIndented = {
  name: "codeIndented",
  tokenize: tokenizeCodeIndented
};
var furtherStart = {
  partial: true,
  tokenize: tokenizeFurtherStart
};
function tokenizeCodeIndented(effects, ok3, nok) {
  return start;
  function start(code3) {
    effects.enter("codeIndented");
    return factorySpaceMinMax(effects, atBreak, nok, "linePrefix", 4, 4)(code3);
  }
  function atBreak(code3) {
    if (code3 === null) {
      return after(code3);
    }
    if (markdownLineEnding(code3)) {
      return effects.attempt(furtherStart, atBreak, after)(code3);
    }
    effects.enter("codeFlowValue");
    return inside(code3);
  }
  function inside(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("codeFlowValue");
      return atBreak(code3);
    }
    effects.consume(code3);
    return inside;
  }
  function after(code3) {
    effects.exit("codeIndented");
    return ok3(code3);
  }
}
function tokenizeFurtherStart(effects, ok3, nok) {
  const self = this;
  return furtherStart2;
  function furtherStart2(code3) {
    if (self.parser.lazy[self.now().line]) {
      return nok(code3);
    }
    if (markdownLineEnding(code3)) {
      effects.enter("lineEnding");
      effects.consume(code3);
      effects.exit("lineEnding");
      return furtherStart2;
    }
    return factorySpaceMinMax(effects, ok3, onNotEnoughPrefix, "linePrefix", 4, 4)(code3);
  }
  function onNotEnoughPrefix(code3) {
    return markdownLineEnding(code3) ? furtherStart2(code3) : nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/code-text.js
var codeText = {
  name: "codeText",
  previous: previous2,
  resolve: resolveCodeText,
  tokenize: tokenizeCodeText
};
function resolveCodeText(events) {
  let tailExitIndex = events.length - 4;
  let headEnterIndex = 3;
  let index2;
  let enter;
  if ((events[headEnterIndex][1].type === "lineEnding" || events[headEnterIndex][1].type === "space") && (events[tailExitIndex][1].type === "lineEnding" || events[tailExitIndex][1].type === "space")) {
    index2 = headEnterIndex;
    while (++index2 < tailExitIndex) {
      if (events[index2][1].type === "codeTextData") {
        events[headEnterIndex][1].type = "codeTextPadding";
        events[tailExitIndex][1].type = "codeTextPadding";
        headEnterIndex += 2;
        tailExitIndex -= 2;
        break;
      }
    }
  }
  index2 = headEnterIndex - 1;
  tailExitIndex++;
  while (++index2 <= tailExitIndex) {
    if (enter === void 0) {
      if (index2 !== tailExitIndex && events[index2][1].type !== "lineEnding") {
        enter = index2;
      }
    } else if (index2 === tailExitIndex || events[index2][1].type === "lineEnding") {
      events[enter][1].type = "codeTextData";
      if (index2 !== enter + 2) {
        events[enter][1].end = events[index2 - 1][1].end;
        events.splice(enter + 2, index2 - enter - 2);
        tailExitIndex -= index2 - enter - 2;
        index2 = enter + 2;
      }
      enter = void 0;
    }
  }
  return events;
}
function previous2(code3) {
  return code3 !== 96 || this.events[this.events.length - 1][1].type === "characterEscape";
}
function tokenizeCodeText(effects, ok3, nok) {
  const self = this;
  let sizeOpen = 0;
  let size;
  let token;
  return start;
  function start(code3) {
    effects.enter("codeText");
    effects.enter("codeTextSequence");
    return sequenceOpen(code3);
  }
  function sequenceOpen(code3) {
    if (code3 === 96) {
      effects.consume(code3);
      sizeOpen++;
      return sequenceOpen;
    }
    effects.exit("codeTextSequence");
    return between(code3);
  }
  function between(code3) {
    if (code3 === null) {
      return nok(code3);
    }
    if (code3 === 32) {
      effects.enter("space");
      effects.consume(code3);
      effects.exit("space");
      return between;
    }
    if (code3 === 96) {
      token = effects.enter("codeTextSequence");
      size = 0;
      return sequenceClose(code3);
    }
    if (markdownLineEnding(code3)) {
      effects.enter("lineEnding");
      effects.consume(code3);
      effects.exit("lineEnding");
      return between;
    }
    effects.enter("codeTextData");
    return data(code3);
  }
  function data(code3) {
    if (code3 === null || code3 === 32 || code3 === 96 || markdownLineEnding(code3)) {
      effects.exit("codeTextData");
      return between(code3);
    }
    effects.consume(code3);
    return data;
  }
  function sequenceClose(code3) {
    if (code3 === 96) {
      effects.consume(code3);
      size++;
      return sequenceClose;
    }
    if (size === sizeOpen) {
      effects.exit("codeTextSequence");
      effects.exit("codeText");
      return ok3(code3);
    }
    token.type = "codeTextData";
    return data(code3);
  }
}

// node_modules/micromark-util-subtokenize/lib/splice-buffer.js
var SpliceBuffer = class {
  /**
   * @param {ReadonlyArray<T> | null | undefined} [initial]
   *   Initial items (optional).
   * @returns
   *   Splice buffer.
   */
  constructor(initial) {
    this.left = initial ? [...initial] : [];
    this.right = [];
  }
  /**
   * Array access;
   * does not move the cursor.
   *
   * @param {number} index
   *   Index.
   * @return {T}
   *   Item.
   */
  get(index2) {
    if (index2 < 0 || index2 >= this.left.length + this.right.length) {
      throw new RangeError("Cannot access index `" + index2 + "` in a splice buffer of size `" + (this.left.length + this.right.length) + "`");
    }
    if (index2 < this.left.length) return this.left[index2];
    return this.right[this.right.length - index2 + this.left.length - 1];
  }
  /**
   * The length of the splice buffer, one greater than the largest index in the
   * array.
   */
  get length() {
    return this.left.length + this.right.length;
  }
  /**
   * Remove and return `list[0]`;
   * moves the cursor to `0`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  shift() {
    this.setCursor(0);
    return this.right.pop();
  }
  /**
   * Slice the buffer to get an array;
   * does not move the cursor.
   *
   * @param {number} start
   *   Start.
   * @param {number | null | undefined} [end]
   *   End (optional).
   * @returns {Array<T>}
   *   Array of items.
   */
  slice(start, end) {
    const stop = end === null || end === void 0 ? Number.POSITIVE_INFINITY : end;
    if (stop < this.left.length) {
      return this.left.slice(start, stop);
    }
    if (start > this.left.length) {
      return this.right.slice(this.right.length - stop + this.left.length, this.right.length - start + this.left.length).reverse();
    }
    return this.left.slice(start).concat(this.right.slice(this.right.length - stop + this.left.length).reverse());
  }
  /**
   * Mimics the behavior of Array.prototype.splice() except for the change of
   * interface necessary to avoid segfaults when patching in very large arrays.
   *
   * This operation moves cursor is moved to `start` and results in the cursor
   * placed after any inserted items.
   *
   * @param {number} start
   *   Start;
   *   zero-based index at which to start changing the array;
   *   negative numbers count backwards from the end of the array and values
   *   that are out-of bounds are clamped to the appropriate end of the array.
   * @param {number | null | undefined} [deleteCount=0]
   *   Delete count (default: `0`);
   *   maximum number of elements to delete, starting from start.
   * @param {Array<T> | null | undefined} [items=[]]
   *   Items to include in place of the deleted items (default: `[]`).
   * @return {Array<T>}
   *   Any removed items.
   */
  splice(start, deleteCount, items) {
    const count = deleteCount || 0;
    this.setCursor(Math.trunc(start));
    const removed = this.right.splice(this.right.length - count, Number.POSITIVE_INFINITY);
    if (items) chunkedPush(this.left, items);
    return removed.reverse();
  }
  /**
   * Remove and return the highest-numbered item in the array, so
   * `list[list.length - 1]`;
   * Moves the cursor to `length`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  pop() {
    this.setCursor(Number.POSITIVE_INFINITY);
    return this.left.pop();
  }
  /**
   * Inserts a single item to the high-numbered side of the array;
   * moves the cursor to `length`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  push(item) {
    this.setCursor(Number.POSITIVE_INFINITY);
    this.left.push(item);
  }
  /**
   * Inserts many items to the high-numbered side of the array.
   * Moves the cursor to `length`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  pushMany(items) {
    this.setCursor(Number.POSITIVE_INFINITY);
    chunkedPush(this.left, items);
  }
  /**
   * Inserts a single item to the low-numbered side of the array;
   * Moves the cursor to `0`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  unshift(item) {
    this.setCursor(0);
    this.right.push(item);
  }
  /**
   * Inserts many items to the low-numbered side of the array;
   * moves the cursor to `0`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  unshiftMany(items) {
    this.setCursor(0);
    chunkedPush(this.right, items.reverse());
  }
  /**
   * Move the cursor to a specific position in the array. Requires
   * time proportional to the distance moved.
   *
   * If `n < 0`, the cursor will end up at the beginning.
   * If `n > length`, the cursor will end up at the end.
   *
   * @param {number} n
   *   Position.
   * @return {undefined}
   *   Nothing.
   */
  setCursor(n) {
    if (n === this.left.length || n > this.left.length && this.right.length === 0 || n < 0 && this.left.length === 0) return;
    if (n < this.left.length) {
      const removed = this.left.splice(n, Number.POSITIVE_INFINITY);
      chunkedPush(this.right, removed.reverse());
    } else {
      const removed = this.right.splice(this.left.length + this.right.length - n, Number.POSITIVE_INFINITY);
      chunkedPush(this.left, removed.reverse());
    }
  }
};
function chunkedPush(list4, right) {
  let chunkStart = 0;
  if (right.length < 1e4) {
    list4.push(...right);
  } else {
    while (chunkStart < right.length) {
      list4.push(...right.slice(chunkStart, chunkStart + 1e4));
      chunkStart += 1e4;
    }
  }
}

// node_modules/micromark-util-subtokenize/index.js
function subtokenize(eventsArray) {
  const jumps = {};
  let index2 = -1;
  let event;
  let lineIndex;
  let otherIndex;
  let otherEvent;
  let parameters;
  let subevents;
  let more;
  const events = new SpliceBuffer(eventsArray);
  while (++index2 < events.length) {
    while (index2 in jumps) {
      index2 = jumps[index2];
    }
    event = events.get(index2);
    if (index2 && event[1].type === "chunkFlow" && events.get(index2 - 1)[1].type === "listItemPrefix") {
      subevents = event[1]._tokenizer.events;
      otherIndex = 0;
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "lineEndingBlank") {
        otherIndex += 2;
      }
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "content") {
        while (++otherIndex < subevents.length) {
          if (subevents[otherIndex][1].type === "content") {
            break;
          }
          if (subevents[otherIndex][1].type === "chunkText") {
            subevents[otherIndex][1]._isInFirstContentOfListItem = true;
            otherIndex++;
          }
        }
      }
    }
    if (event[0] === "enter") {
      if (event[1].contentType) {
        Object.assign(jumps, subcontent(events, index2));
        index2 = jumps[index2];
        more = true;
      }
    } else if (event[1]._container) {
      otherIndex = index2;
      lineIndex = void 0;
      while (otherIndex--) {
        otherEvent = events.get(otherIndex);
        if (otherEvent[1].type === "lineEnding" || otherEvent[1].type === "lineEndingBlank") {
          if (otherEvent[0] === "enter") {
            if (lineIndex) {
              events.get(lineIndex)[1].type = "lineEndingBlank";
            }
            otherEvent[1].type = "lineEnding";
            lineIndex = otherIndex;
          }
        } else if (otherEvent[1].type === "linePrefix" || otherEvent[1].type === "listItemIndent") {
        } else {
          break;
        }
      }
      if (lineIndex) {
        event[1].end = {
          ...events.get(lineIndex)[1].start
        };
        parameters = events.slice(lineIndex, index2);
        parameters.unshift(event);
        events.splice(lineIndex, index2 - lineIndex + 1, parameters);
      }
    }
  }
  splice(eventsArray, 0, Number.POSITIVE_INFINITY, events.slice(0));
  return !more;
}
function subcontent(events, eventIndex) {
  const token = events.get(eventIndex)[1];
  const context = events.get(eventIndex)[2];
  let startPosition = eventIndex - 1;
  const startPositions = [];
  let tokenizer = token._tokenizer;
  if (!tokenizer) {
    tokenizer = context.parser[token.contentType](token.start);
    if (token._contentTypeTextTrailing) {
      tokenizer._contentTypeTextTrailing = true;
    }
  }
  const childEvents = tokenizer.events;
  const jumps = [];
  const gaps = {};
  let stream;
  let previous3;
  let index2 = -1;
  let current = token;
  let adjust = 0;
  let start = 0;
  const breaks = [start];
  while (current) {
    while (events.get(++startPosition)[1] !== current) {
    }
    startPositions.push(startPosition);
    if (!current._tokenizer) {
      stream = context.sliceStream(current);
      if (!current.next) {
        stream.push(null);
      }
      if (previous3) {
        tokenizer.defineSkip(current.start);
      }
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = true;
      }
      tokenizer.write(stream);
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = void 0;
      }
    }
    previous3 = current;
    current = current.next;
  }
  current = token;
  while (++index2 < childEvents.length) {
    if (
      // Find a void token that includes a break.
      childEvents[index2][0] === "exit" && childEvents[index2 - 1][0] === "enter" && childEvents[index2][1].type === childEvents[index2 - 1][1].type && childEvents[index2][1].start.line !== childEvents[index2][1].end.line
    ) {
      start = index2 + 1;
      breaks.push(start);
      current._tokenizer = void 0;
      current.previous = void 0;
      current = current.next;
    }
  }
  tokenizer.events = [];
  if (current) {
    current._tokenizer = void 0;
    current.previous = void 0;
  } else {
    breaks.pop();
  }
  index2 = breaks.length;
  while (index2--) {
    const slice = childEvents.slice(breaks[index2], breaks[index2 + 1]);
    const start2 = startPositions.pop();
    jumps.push([start2, start2 + slice.length - 1]);
    events.splice(start2, 2, slice);
  }
  jumps.reverse();
  index2 = -1;
  while (++index2 < jumps.length) {
    gaps[adjust + jumps[index2][0]] = adjust + jumps[index2][1];
    adjust += jumps[index2][1] - jumps[index2][0] - 1;
  }
  return gaps;
}

// node_modules/micromark-core-commonmark/lib/content.js
var content = {
  resolve: resolveContent,
  tokenize: tokenizeContent
};
var continuationConstruct = {
  partial: true,
  tokenize: tokenizeContinuation
};
function resolveContent(events) {
  subtokenize(events);
  return events;
}
function tokenizeContent(effects, ok3) {
  let previous3;
  return chunkStart;
  function chunkStart(code3) {
    effects.enter("content");
    previous3 = effects.enter("chunkContent", {
      contentType: "content"
    });
    return chunkInside(code3);
  }
  function chunkInside(code3) {
    if (code3 === null) {
      return contentEnd(code3);
    }
    if (markdownLineEnding(code3)) {
      return effects.check(continuationConstruct, contentContinue, contentEnd)(code3);
    }
    effects.consume(code3);
    return chunkInside;
  }
  function contentEnd(code3) {
    effects.exit("chunkContent");
    effects.exit("content");
    return ok3(code3);
  }
  function contentContinue(code3) {
    effects.consume(code3);
    effects.exit("chunkContent");
    previous3.next = effects.enter("chunkContent", {
      contentType: "content",
      previous: previous3
    });
    previous3 = previous3.next;
    return chunkInside;
  }
}
function tokenizeContinuation(effects, ok3, nok) {
  const self = this;
  return startLookahead;
  function startLookahead(code3) {
    effects.exit("chunkContent");
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return factorySpace(effects, prefixed, "linePrefix");
  }
  function prefixed(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      return nok(code3);
    }
    const tail = self.events[self.events.length - 1];
    if (!self.parser.constructs.disable.null.includes("codeIndented") && tail && tail[1].type === "linePrefix" && tail[2].sliceSerialize(tail[1], true).length >= 4) {
      return ok3(code3);
    }
    return effects.interrupt(self.parser.constructs.flow, nok, ok3)(code3);
  }
}

// node_modules/micromark-factory-destination/index.js
function factoryDestination(effects, ok3, nok, type, literalType, literalMarkerType, rawType, stringType, max) {
  const limit = max || Number.POSITIVE_INFINITY;
  let balance = 0;
  return start;
  function start(code3) {
    if (code3 === 60) {
      effects.enter(type);
      effects.enter(literalType);
      effects.enter(literalMarkerType);
      effects.consume(code3);
      effects.exit(literalMarkerType);
      return enclosedBefore;
    }
    if (code3 === null || code3 === 32 || code3 === 41 || asciiControl(code3)) {
      return nok(code3);
    }
    effects.enter(type);
    effects.enter(rawType);
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return raw(code3);
  }
  function enclosedBefore(code3) {
    if (code3 === 62) {
      effects.enter(literalMarkerType);
      effects.consume(code3);
      effects.exit(literalMarkerType);
      effects.exit(literalType);
      effects.exit(type);
      return ok3;
    }
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return enclosed(code3);
  }
  function enclosed(code3) {
    if (code3 === 62) {
      effects.exit("chunkString");
      effects.exit(stringType);
      return enclosedBefore(code3);
    }
    if (code3 === null || code3 === 60 || markdownLineEnding(code3)) {
      return nok(code3);
    }
    effects.consume(code3);
    return code3 === 92 ? enclosedEscape : enclosed;
  }
  function enclosedEscape(code3) {
    if (code3 === 60 || code3 === 62 || code3 === 92) {
      effects.consume(code3);
      return enclosed;
    }
    return enclosed(code3);
  }
  function raw(code3) {
    if (!balance && (code3 === null || code3 === 41 || markdownLineEndingOrSpace(code3))) {
      effects.exit("chunkString");
      effects.exit(stringType);
      effects.exit(rawType);
      effects.exit(type);
      return ok3(code3);
    }
    if (balance < limit && code3 === 40) {
      effects.consume(code3);
      balance++;
      return raw;
    }
    if (code3 === 41) {
      effects.consume(code3);
      balance--;
      return raw;
    }
    if (code3 === null || code3 === 32 || code3 === 40 || asciiControl(code3)) {
      return nok(code3);
    }
    effects.consume(code3);
    return code3 === 92 ? rawEscape : raw;
  }
  function rawEscape(code3) {
    if (code3 === 40 || code3 === 41 || code3 === 92) {
      effects.consume(code3);
      return raw;
    }
    return raw(code3);
  }
}

// node_modules/micromark-factory-label/index.js
function factoryLabel(effects, ok3, nok, type, markerType, stringType) {
  const self = this;
  let size = 0;
  let seen;
  return start;
  function start(code3) {
    effects.enter(type);
    effects.enter(markerType);
    effects.consume(code3);
    effects.exit(markerType);
    effects.enter(stringType);
    return atBreak;
  }
  function atBreak(code3) {
    if (size > 999 || code3 === null || code3 === 91 || code3 === 93 && !seen || // To do: remove in the future once we’ve switched from
    // `micromark-extension-footnote` to `micromark-extension-gfm-footnote`,
    // which doesn’t need this.
    // Hidden footnotes hook.
    /* c8 ignore next 3 */
    code3 === 94 && !size && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code3);
    }
    if (code3 === 93) {
      effects.exit(stringType);
      effects.enter(markerType);
      effects.consume(code3);
      effects.exit(markerType);
      effects.exit(type);
      return ok3;
    }
    if (markdownLineEnding(code3)) {
      effects.enter("lineEnding");
      effects.consume(code3);
      effects.exit("lineEnding");
      return atBreak;
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return labelInside(code3);
  }
  function labelInside(code3) {
    if (code3 === null || code3 === 91 || code3 === 93 || markdownLineEnding(code3) || size++ > 999) {
      effects.exit("chunkString");
      return atBreak(code3);
    }
    effects.consume(code3);
    if (!seen) seen = !markdownSpace(code3);
    return code3 === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code3) {
    if (code3 === 91 || code3 === 92 || code3 === 93) {
      effects.consume(code3);
      size++;
      return labelInside;
    }
    return labelInside(code3);
  }
}

// node_modules/micromark-factory-title/index.js
function factoryTitle(effects, ok3, nok, type, markerType, stringType) {
  let marker;
  return start;
  function start(code3) {
    if (code3 === 34 || code3 === 39 || code3 === 40) {
      effects.enter(type);
      effects.enter(markerType);
      effects.consume(code3);
      effects.exit(markerType);
      marker = code3 === 40 ? 41 : code3;
      return begin;
    }
    return nok(code3);
  }
  function begin(code3) {
    if (code3 === marker) {
      effects.enter(markerType);
      effects.consume(code3);
      effects.exit(markerType);
      effects.exit(type);
      return ok3;
    }
    effects.enter(stringType);
    return atBreak(code3);
  }
  function atBreak(code3) {
    if (code3 === marker) {
      effects.exit(stringType);
      return begin(marker);
    }
    if (code3 === null) {
      return nok(code3);
    }
    if (markdownLineEnding(code3)) {
      effects.enter("lineEnding");
      effects.consume(code3);
      effects.exit("lineEnding");
      return factorySpace(effects, atBreak, "linePrefix");
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return inside(code3);
  }
  function inside(code3) {
    if (code3 === marker || code3 === null || markdownLineEnding(code3)) {
      effects.exit("chunkString");
      return atBreak(code3);
    }
    effects.consume(code3);
    return code3 === 92 ? escape : inside;
  }
  function escape(code3) {
    if (code3 === marker || code3 === 92) {
      effects.consume(code3);
      return inside;
    }
    return inside(code3);
  }
}

// node_modules/micromark-factory-whitespace/index.js
function factoryWhitespace(effects, ok3) {
  let seen;
  return start;
  function start(code3) {
    if (markdownLineEnding(code3)) {
      effects.enter("lineEnding");
      effects.consume(code3);
      effects.exit("lineEnding");
      seen = true;
      return start;
    }
    if (markdownSpace(code3)) {
      return factorySpace(effects, start, seen ? "linePrefix" : "lineSuffix")(code3);
    }
    return ok3(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/definition.js
var definition2 = {
  name: "definition",
  tokenize: tokenizeDefinition
};
var titleBefore = {
  partial: true,
  tokenize: tokenizeTitleBefore
};
function tokenizeDefinition(effects, ok3, nok) {
  const self = this;
  let identifier;
  return start;
  function start(code3) {
    effects.enter("definition");
    return before(code3);
  }
  function before(code3) {
    return factoryLabel.call(
      self,
      effects,
      labelAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionLabel",
      "definitionLabelMarker",
      "definitionLabelString"
    )(code3);
  }
  function labelAfter(code3) {
    identifier = normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1));
    if (code3 === 58) {
      effects.enter("definitionMarker");
      effects.consume(code3);
      effects.exit("definitionMarker");
      return markerAfter;
    }
    return nok(code3);
  }
  function markerAfter(code3) {
    return markdownLineEndingOrSpace(code3) ? factoryWhitespace(effects, destinationBefore)(code3) : destinationBefore(code3);
  }
  function destinationBefore(code3) {
    return factoryDestination(
      effects,
      destinationAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionDestination",
      "definitionDestinationLiteral",
      "definitionDestinationLiteralMarker",
      "definitionDestinationRaw",
      "definitionDestinationString"
    )(code3);
  }
  function destinationAfter(code3) {
    return effects.attempt(titleBefore, after, after)(code3);
  }
  function after(code3) {
    return markdownSpace(code3) ? factorySpace(effects, afterWhitespace, "whitespace")(code3) : afterWhitespace(code3);
  }
  function afterWhitespace(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("definition");
      self.parser.defined.push(identifier);
      return ok3(code3);
    }
    return nok(code3);
  }
}
function tokenizeTitleBefore(effects, ok3, nok) {
  return titleBefore2;
  function titleBefore2(code3) {
    return markdownLineEndingOrSpace(code3) ? factoryWhitespace(effects, beforeMarker)(code3) : nok(code3);
  }
  function beforeMarker(code3) {
    return factoryTitle(effects, titleAfter, nok, "definitionTitle", "definitionTitleMarker", "definitionTitleString")(code3);
  }
  function titleAfter(code3) {
    return markdownSpace(code3) ? factorySpace(effects, titleAfterOptionalWhitespace, "whitespace")(code3) : titleAfterOptionalWhitespace(code3);
  }
  function titleAfterOptionalWhitespace(code3) {
    return code3 === null || markdownLineEnding(code3) ? ok3(code3) : nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/hard-break-escape.js
var hardBreakEscape = {
  name: "hardBreakEscape",
  tokenize: tokenizeHardBreakEscape
};
function tokenizeHardBreakEscape(effects, ok3, nok) {
  return start;
  function start(code3) {
    effects.enter("hardBreakEscape");
    effects.consume(code3);
    return after;
  }
  function after(code3) {
    if (markdownLineEnding(code3)) {
      effects.exit("hardBreakEscape");
      return ok3(code3);
    }
    return nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/heading-atx.js
var headingAtx = {
  name: "headingAtx",
  resolve: resolveHeadingAtx,
  tokenize: tokenizeHeadingAtx
};
function resolveHeadingAtx(events, context) {
  let contentEnd = events.length - 2;
  let contentStart = 3;
  if (events[contentStart][1].type === "whitespace") {
    contentStart += 2;
  }
  if (contentEnd - 2 > contentStart && events[contentEnd][1].type === "whitespace") {
    contentEnd -= 2;
  }
  if (events[contentEnd][1].type === "atxHeadingSequence" && (contentStart === contentEnd - 1 || contentEnd - 4 > contentStart && events[contentEnd - 2][1].type === "whitespace")) {
    contentEnd -= contentStart + 1 === contentEnd ? 2 : 4;
  }
  if (contentEnd > contentStart) {
    const content3 = {
      type: "atxHeadingText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end
    };
    const text5 = {
      type: "chunkText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end,
      contentType: "text"
    };
    splice(events, contentStart, contentEnd - contentStart + 1, [["enter", content3, context], ["enter", text5, context], ["exit", text5, context], ["exit", content3, context]]);
  }
  return events;
}
function tokenizeHeadingAtx(effects, ok3, nok) {
  let size = 0;
  return start;
  function start(code3) {
    effects.enter("atxHeading");
    return before(code3);
  }
  function before(code3) {
    effects.enter("atxHeadingSequence");
    return sequenceOpen(code3);
  }
  function sequenceOpen(code3) {
    if (code3 === 35 && size++ < 6) {
      effects.consume(code3);
      return sequenceOpen;
    }
    if (code3 === null || markdownLineEndingOrSpace(code3)) {
      effects.exit("atxHeadingSequence");
      return atBreak(code3);
    }
    return nok(code3);
  }
  function atBreak(code3) {
    if (code3 === 35) {
      effects.enter("atxHeadingSequence");
      return sequenceFurther(code3);
    }
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("atxHeading");
      return ok3(code3);
    }
    if (markdownSpace(code3)) {
      return factorySpace(effects, atBreak, "whitespace")(code3);
    }
    effects.enter("atxHeadingText");
    return data(code3);
  }
  function sequenceFurther(code3) {
    if (code3 === 35) {
      effects.consume(code3);
      return sequenceFurther;
    }
    effects.exit("atxHeadingSequence");
    return atBreak(code3);
  }
  function data(code3) {
    if (code3 === null || code3 === 35 || markdownLineEndingOrSpace(code3)) {
      effects.exit("atxHeadingText");
      return atBreak(code3);
    }
    effects.consume(code3);
    return data;
  }
}

// node_modules/micromark-core-commonmark/lib/html-flow.js
var htmlFlow = {
  concrete: true,
  name: "htmlFlow",
  resolveTo: resolveToHtmlFlow,
  tokenize: tokenizeHtmlFlow
};
var blankLineBefore = {
  partial: true,
  tokenize: tokenizeBlankLineBefore
};
function resolveToHtmlFlow(events) {
  let index2 = events.length;
  while (index2--) {
    if (events[index2][0] === "enter" && events[index2][1].type === "htmlFlow") {
      break;
    }
  }
  if (index2 > 1 && events[index2 - 2][1].type === "linePrefix") {
    events[index2][1].start = events[index2 - 2][1].start;
    events[index2 + 1][1].start = events[index2 - 2][1].start;
    events.splice(index2 - 2, 2);
  }
  return events;
}
function tokenizeHtmlFlow(effects, ok3, nok) {
  const self = this;
  let marker;
  let closingTag;
  let buffer;
  let index2;
  let markerB;
  return start;
  function start(code3) {
    return before(code3);
  }
  function before(code3) {
    effects.enter("htmlFlow");
    effects.enter("htmlFlowData");
    effects.consume(code3);
    return open;
  }
  function open(code3) {
    if (code3 === 33) {
      effects.consume(code3);
      return declarationOpen;
    }
    if (code3 === 47) {
      effects.consume(code3);
      closingTag = true;
      return tagCloseStart;
    }
    if (code3 === 63) {
      effects.consume(code3);
      marker = 3;
      return self.interrupt ? ok3 : continuationDeclarationInside;
    }
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      buffer = String.fromCharCode(code3);
      return tagName;
    }
    return nok(code3);
  }
  function declarationOpen(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      marker = 2;
      return commentOpenInside;
    }
    if (code3 === 91) {
      effects.consume(code3);
      marker = 5;
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      marker = 4;
      return self.interrupt ? ok3 : continuationDeclarationInside;
    }
    return nok(code3);
  }
  function commentOpenInside(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      return self.interrupt ? ok3 : continuationDeclarationInside;
    }
    return nok(code3);
  }
  function cdataOpenInside(code3) {
    const value = "CDATA[";
    if (code3 === value.charCodeAt(index2++)) {
      effects.consume(code3);
      if (index2 === value.length) {
        return self.interrupt ? ok3 : continuation;
      }
      return cdataOpenInside;
    }
    return nok(code3);
  }
  function tagCloseStart(code3) {
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      buffer = String.fromCharCode(code3);
      return tagName;
    }
    return nok(code3);
  }
  function tagName(code3) {
    if (code3 === null || code3 === 47 || code3 === 62 || markdownLineEndingOrSpace(code3)) {
      const slash = code3 === 47;
      const name = buffer.toLowerCase();
      if (!slash && !closingTag && htmlRawNames.includes(name)) {
        marker = 1;
        return self.interrupt ? ok3(code3) : continuation(code3);
      }
      if (htmlBlockNames.includes(buffer.toLowerCase())) {
        marker = 6;
        if (slash) {
          effects.consume(code3);
          return basicSelfClosing;
        }
        return self.interrupt ? ok3(code3) : continuation(code3);
      }
      marker = 7;
      return self.interrupt && !self.parser.lazy[self.now().line] ? nok(code3) : closingTag ? completeClosingTagAfter(code3) : completeAttributeNameBefore(code3);
    }
    if (code3 === 45 || asciiAlphanumeric(code3)) {
      effects.consume(code3);
      buffer += String.fromCharCode(code3);
      return tagName;
    }
    return nok(code3);
  }
  function basicSelfClosing(code3) {
    if (code3 === 62) {
      effects.consume(code3);
      return self.interrupt ? ok3 : continuation;
    }
    return nok(code3);
  }
  function completeClosingTagAfter(code3) {
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return completeClosingTagAfter;
    }
    return completeEnd(code3);
  }
  function completeAttributeNameBefore(code3) {
    if (code3 === 47) {
      effects.consume(code3);
      return completeEnd;
    }
    if (code3 === 58 || code3 === 95 || asciiAlpha(code3)) {
      effects.consume(code3);
      return completeAttributeName;
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return completeAttributeNameBefore;
    }
    return completeEnd(code3);
  }
  function completeAttributeName(code3) {
    if (code3 === 45 || code3 === 46 || code3 === 58 || code3 === 95 || asciiAlphanumeric(code3)) {
      effects.consume(code3);
      return completeAttributeName;
    }
    return completeAttributeNameAfter(code3);
  }
  function completeAttributeNameAfter(code3) {
    if (code3 === 61) {
      effects.consume(code3);
      return completeAttributeValueBefore;
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return completeAttributeNameAfter;
    }
    return completeAttributeNameBefore(code3);
  }
  function completeAttributeValueBefore(code3) {
    if (code3 === null || code3 === 60 || code3 === 61 || code3 === 62 || code3 === 96) {
      return nok(code3);
    }
    if (code3 === 34 || code3 === 39) {
      effects.consume(code3);
      markerB = code3;
      return completeAttributeValueQuoted;
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return completeAttributeValueBefore;
    }
    return completeAttributeValueUnquoted(code3);
  }
  function completeAttributeValueQuoted(code3) {
    if (code3 === markerB) {
      effects.consume(code3);
      markerB = null;
      return completeAttributeValueQuotedAfter;
    }
    if (code3 === null || markdownLineEnding(code3)) {
      return nok(code3);
    }
    effects.consume(code3);
    return completeAttributeValueQuoted;
  }
  function completeAttributeValueUnquoted(code3) {
    if (code3 === null || code3 === 34 || code3 === 39 || code3 === 47 || code3 === 60 || code3 === 61 || code3 === 62 || code3 === 96 || markdownLineEndingOrSpace(code3)) {
      return completeAttributeNameAfter(code3);
    }
    effects.consume(code3);
    return completeAttributeValueUnquoted;
  }
  function completeAttributeValueQuotedAfter(code3) {
    if (code3 === 47 || code3 === 62 || markdownSpace(code3)) {
      return completeAttributeNameBefore(code3);
    }
    return nok(code3);
  }
  function completeEnd(code3) {
    if (code3 === 62) {
      effects.consume(code3);
      return completeAfter;
    }
    return nok(code3);
  }
  function completeAfter(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      return continuation(code3);
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return completeAfter;
    }
    return nok(code3);
  }
  function continuation(code3) {
    if (code3 === 45 && marker === 2) {
      effects.consume(code3);
      return continuationCommentInside;
    }
    if (code3 === 60 && marker === 1) {
      effects.consume(code3);
      return continuationRawTagOpen;
    }
    if (code3 === 62 && marker === 4) {
      effects.consume(code3);
      return continuationClose;
    }
    if (code3 === 63 && marker === 3) {
      effects.consume(code3);
      return continuationDeclarationInside;
    }
    if (code3 === 93 && marker === 5) {
      effects.consume(code3);
      return continuationCdataInside;
    }
    if (markdownLineEnding(code3) && (marker === 6 || marker === 7)) {
      effects.exit("htmlFlowData");
      return effects.check(blankLineBefore, continuationAfter, continuationStart)(code3);
    }
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("htmlFlowData");
      return continuationStart(code3);
    }
    effects.consume(code3);
    return continuation;
  }
  function continuationStart(code3) {
    return effects.check(nonLazyContinuation, continuationStartNonLazy, continuationAfter)(code3);
  }
  function continuationStartNonLazy(code3) {
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return continuationBefore;
  }
  function continuationBefore(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      return continuationStart(code3);
    }
    effects.enter("htmlFlowData");
    return continuation(code3);
  }
  function continuationCommentInside(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      return continuationDeclarationInside;
    }
    return continuation(code3);
  }
  function continuationRawTagOpen(code3) {
    if (code3 === 47) {
      effects.consume(code3);
      buffer = "";
      return continuationRawEndTag;
    }
    return continuation(code3);
  }
  function continuationRawEndTag(code3) {
    if (code3 === 62) {
      const name = buffer.toLowerCase();
      if (htmlRawNames.includes(name)) {
        effects.consume(code3);
        return continuationClose;
      }
      return continuation(code3);
    }
    if (asciiAlpha(code3) && buffer.length < 8) {
      effects.consume(code3);
      buffer += String.fromCharCode(code3);
      return continuationRawEndTag;
    }
    return continuation(code3);
  }
  function continuationCdataInside(code3) {
    if (code3 === 93) {
      effects.consume(code3);
      return continuationDeclarationInside;
    }
    return continuation(code3);
  }
  function continuationDeclarationInside(code3) {
    if (code3 === 62) {
      effects.consume(code3);
      return continuationClose;
    }
    if (code3 === 45 && marker === 2) {
      effects.consume(code3);
      return continuationDeclarationInside;
    }
    return continuation(code3);
  }
  function continuationClose(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("htmlFlowData");
      return continuationAfter(code3);
    }
    effects.consume(code3);
    return continuationClose;
  }
  function continuationAfter(code3) {
    effects.exit("htmlFlow");
    return ok3(code3);
  }
}
function tokenizeBlankLineBefore(effects, ok3, nok) {
  return start;
  function start(code3) {
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return effects.attempt(blankLine, ok3, nok);
  }
}

// node_modules/micromark-core-commonmark/lib/html-text.js
var htmlText = {
  name: "htmlText",
  tokenize: tokenizeHtmlText
};
function tokenizeHtmlText(effects, ok3, nok) {
  const self = this;
  let marker;
  let index2;
  let returnState;
  return start;
  function start(code3) {
    effects.enter("htmlText");
    effects.enter("htmlTextData");
    effects.consume(code3);
    return open;
  }
  function open(code3) {
    if (code3 === 33) {
      effects.consume(code3);
      return declarationOpen;
    }
    if (code3 === 47) {
      effects.consume(code3);
      return tagCloseStart;
    }
    if (code3 === 63) {
      effects.consume(code3);
      return instruction;
    }
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      return tagOpen;
    }
    return nok(code3);
  }
  function declarationOpen(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      return commentOpenInside;
    }
    if (code3 === 91) {
      effects.consume(code3);
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      return declaration;
    }
    return nok(code3);
  }
  function commentOpenInside(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      return commentEnd;
    }
    return nok(code3);
  }
  function comment2(code3) {
    if (code3 === null) {
      return nok(code3);
    }
    if (code3 === 45) {
      effects.consume(code3);
      return commentClose;
    }
    if (markdownLineEnding(code3)) {
      returnState = comment2;
      return lineEndingBefore(code3);
    }
    effects.consume(code3);
    return comment2;
  }
  function commentClose(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      return commentEnd;
    }
    return comment2(code3);
  }
  function commentEnd(code3) {
    return code3 === 62 ? end(code3) : code3 === 45 ? commentClose(code3) : comment2(code3);
  }
  function cdataOpenInside(code3) {
    const value = "CDATA[";
    if (code3 === value.charCodeAt(index2++)) {
      effects.consume(code3);
      return index2 === value.length ? cdata : cdataOpenInside;
    }
    return nok(code3);
  }
  function cdata(code3) {
    if (code3 === null) {
      return nok(code3);
    }
    if (code3 === 93) {
      effects.consume(code3);
      return cdataClose;
    }
    if (markdownLineEnding(code3)) {
      returnState = cdata;
      return lineEndingBefore(code3);
    }
    effects.consume(code3);
    return cdata;
  }
  function cdataClose(code3) {
    if (code3 === 93) {
      effects.consume(code3);
      return cdataEnd;
    }
    return cdata(code3);
  }
  function cdataEnd(code3) {
    if (code3 === 62) {
      return end(code3);
    }
    if (code3 === 93) {
      effects.consume(code3);
      return cdataEnd;
    }
    return cdata(code3);
  }
  function declaration(code3) {
    if (code3 === null || code3 === 62) {
      return end(code3);
    }
    if (markdownLineEnding(code3)) {
      returnState = declaration;
      return lineEndingBefore(code3);
    }
    effects.consume(code3);
    return declaration;
  }
  function instruction(code3) {
    if (code3 === null) {
      return nok(code3);
    }
    if (code3 === 63) {
      effects.consume(code3);
      return instructionClose;
    }
    if (markdownLineEnding(code3)) {
      returnState = instruction;
      return lineEndingBefore(code3);
    }
    effects.consume(code3);
    return instruction;
  }
  function instructionClose(code3) {
    return code3 === 62 ? end(code3) : instruction(code3);
  }
  function tagCloseStart(code3) {
    if (asciiAlpha(code3)) {
      effects.consume(code3);
      return tagClose;
    }
    return nok(code3);
  }
  function tagClose(code3) {
    if (code3 === 45 || asciiAlphanumeric(code3)) {
      effects.consume(code3);
      return tagClose;
    }
    return tagCloseBetween(code3);
  }
  function tagCloseBetween(code3) {
    if (markdownLineEnding(code3)) {
      returnState = tagCloseBetween;
      return lineEndingBefore(code3);
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return tagCloseBetween;
    }
    return end(code3);
  }
  function tagOpen(code3) {
    if (code3 === 45 || asciiAlphanumeric(code3)) {
      effects.consume(code3);
      return tagOpen;
    }
    if (code3 === 47 || code3 === 62 || markdownLineEndingOrSpace(code3)) {
      return tagOpenBetween(code3);
    }
    return nok(code3);
  }
  function tagOpenBetween(code3) {
    if (code3 === 47) {
      effects.consume(code3);
      return end;
    }
    if (code3 === 58 || code3 === 95 || asciiAlpha(code3)) {
      effects.consume(code3);
      return tagOpenAttributeName;
    }
    if (markdownLineEnding(code3)) {
      returnState = tagOpenBetween;
      return lineEndingBefore(code3);
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return tagOpenBetween;
    }
    return end(code3);
  }
  function tagOpenAttributeName(code3) {
    if (code3 === 45 || code3 === 46 || code3 === 58 || code3 === 95 || asciiAlphanumeric(code3)) {
      effects.consume(code3);
      return tagOpenAttributeName;
    }
    return tagOpenAttributeNameAfter(code3);
  }
  function tagOpenAttributeNameAfter(code3) {
    if (code3 === 61) {
      effects.consume(code3);
      return tagOpenAttributeValueBefore;
    }
    if (markdownLineEnding(code3)) {
      returnState = tagOpenAttributeNameAfter;
      return lineEndingBefore(code3);
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return tagOpenAttributeNameAfter;
    }
    return tagOpenBetween(code3);
  }
  function tagOpenAttributeValueBefore(code3) {
    if (code3 === null || code3 === 60 || code3 === 61 || code3 === 62 || code3 === 96) {
      return nok(code3);
    }
    if (code3 === 34 || code3 === 39) {
      effects.consume(code3);
      marker = code3;
      return tagOpenAttributeValueQuoted;
    }
    if (markdownLineEnding(code3)) {
      returnState = tagOpenAttributeValueBefore;
      return lineEndingBefore(code3);
    }
    if (markdownSpace(code3)) {
      effects.consume(code3);
      return tagOpenAttributeValueBefore;
    }
    effects.consume(code3);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuoted(code3) {
    if (code3 === marker) {
      effects.consume(code3);
      marker = void 0;
      return tagOpenAttributeValueQuotedAfter;
    }
    if (code3 === null) {
      return nok(code3);
    }
    if (markdownLineEnding(code3)) {
      returnState = tagOpenAttributeValueQuoted;
      return lineEndingBefore(code3);
    }
    effects.consume(code3);
    return tagOpenAttributeValueQuoted;
  }
  function tagOpenAttributeValueUnquoted(code3) {
    if (code3 === null || code3 === 34 || code3 === 39 || code3 === 60 || code3 === 61 || code3 === 96) {
      return nok(code3);
    }
    if (code3 === 47 || code3 === 62 || markdownLineEndingOrSpace(code3)) {
      return tagOpenBetween(code3);
    }
    effects.consume(code3);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuotedAfter(code3) {
    if (code3 === 47 || code3 === 62 || markdownLineEndingOrSpace(code3)) {
      return tagOpenBetween(code3);
    }
    return nok(code3);
  }
  function end(code3) {
    if (code3 === 62) {
      effects.consume(code3);
      effects.exit("htmlTextData");
      effects.exit("htmlText");
      return ok3;
    }
    return nok(code3);
  }
  function lineEndingBefore(code3) {
    effects.exit("htmlTextData");
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return lineEndingAfter;
  }
  function lineEndingAfter(code3) {
    return markdownSpace(code3) ? factorySpace(effects, lineEndingAfterPrefix, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code3) : lineEndingAfterPrefix(code3);
  }
  function lineEndingAfterPrefix(code3) {
    effects.enter("htmlTextData");
    return returnState(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/label-end.js
var labelEnd = {
  name: "labelEnd",
  resolveAll: resolveAllLabelEnd,
  resolveTo: resolveToLabelEnd,
  tokenize: tokenizeLabelEnd
};
var resourceConstruct = {
  tokenize: tokenizeResource
};
var referenceFullConstruct = {
  tokenize: tokenizeReferenceFull
};
var referenceCollapsedConstruct = {
  tokenize: tokenizeReferenceCollapsed
};
function resolveAllLabelEnd(events) {
  let index2 = -1;
  const newEvents = [];
  while (++index2 < events.length) {
    const token = events[index2][1];
    newEvents.push(events[index2]);
    if (token.type === "labelImage" || token.type === "labelLink" || token.type === "labelEnd") {
      const offset = token.type === "labelImage" ? 4 : 2;
      token.type = "data";
      index2 += offset;
    }
  }
  if (events.length !== newEvents.length) {
    splice(events, 0, events.length, newEvents);
  }
  return events;
}
function resolveToLabelEnd(events, context) {
  let index2 = events.length;
  let offset = 0;
  let open;
  let close;
  let media;
  while (index2--) {
    const token = events[index2][1];
    if (open) {
      if (token.type === "link" || token.type === "labelLink" && token._inactive) {
        break;
      }
      if (events[index2][0] === "enter" && token.type === "labelLink") {
        token._inactive = true;
      }
    } else if (close) {
      if (events[index2][0] === "enter" && (token.type === "labelImage" || token.type === "labelLink") && !token._balanced) {
        open = index2;
        if (token.type !== "labelLink") {
          offset = 2;
          break;
        }
      }
    } else if (token.type === "labelEnd") {
      close = index2;
    }
  }
  const group = {
    type: events[open][1].type === "labelLink" ? "link" : "image",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  const label = {
    type: "label",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[close][1].end
    }
  };
  const text5 = {
    type: "labelText",
    start: {
      ...events[open + offset + 2][1].end
    },
    end: {
      ...events[close - 2][1].start
    }
  };
  media = [["enter", group, context], ["enter", label, context]];
  media = push2(media, events.slice(open + 1, open + offset + 3));
  media = push2(media, [["enter", text5, context]]);
  media = push2(media, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + offset + 4, close - 3), context));
  media = push2(media, [["exit", text5, context], events[close - 2], events[close - 1], ["exit", label, context]]);
  media = push2(media, events.slice(close + 1));
  media = push2(media, [["exit", group, context]]);
  splice(events, open, events.length, media);
  return events;
}
function tokenizeLabelEnd(effects, ok3, nok) {
  const self = this;
  const labelStarts = self._labelStarts;
  let labelStart;
  let defined;
  if (labelStarts) {
    while (labelStarts.length > 0 && labelStarts[labelStarts.length - 1]._balanced) {
      labelStarts.pop();
    }
    labelStart = labelStarts[labelStarts.length - 1];
  }
  return start;
  function start(code3) {
    if (!labelStart) {
      return nok(code3);
    }
    if (labelStart._inactive) {
      return labelEndNok(code3);
    }
    defined = self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    })));
    effects.enter("labelEnd");
    effects.enter("labelMarker");
    effects.consume(code3);
    effects.exit("labelMarker");
    effects.exit("labelEnd");
    return after;
  }
  function after(code3) {
    if (code3 === 40) {
      return effects.attempt(resourceConstruct, labelEndOk, defined ? labelEndOk : labelEndNok)(code3);
    }
    if (code3 === 91) {
      return effects.attempt(referenceFullConstruct, labelEndOk, defined ? referenceNotFull : labelEndNok)(code3);
    }
    return defined ? labelEndOk(code3) : labelEndNok(code3);
  }
  function referenceNotFull(code3) {
    return effects.attempt(referenceCollapsedConstruct, labelEndOk, labelEndNok)(code3);
  }
  function labelEndOk(code3) {
    labelStarts.pop();
    return ok3(code3);
  }
  function labelEndNok(code3) {
    labelStart._balanced = true;
    return nok(code3);
  }
}
function tokenizeResource(effects, ok3, nok) {
  return resourceStart;
  function resourceStart(code3) {
    effects.enter("resource");
    effects.enter("resourceMarker");
    effects.consume(code3);
    effects.exit("resourceMarker");
    return resourceBefore;
  }
  function resourceBefore(code3) {
    return markdownLineEndingOrSpace(code3) ? factoryWhitespace(effects, resourceOpen)(code3) : resourceOpen(code3);
  }
  function resourceOpen(code3) {
    if (code3 === 41) {
      return resourceEnd(code3);
    }
    return factoryDestination(effects, resourceDestinationAfter, resourceDestinationMissing, "resourceDestination", "resourceDestinationLiteral", "resourceDestinationLiteralMarker", "resourceDestinationRaw", "resourceDestinationString", 32)(code3);
  }
  function resourceDestinationAfter(code3) {
    return markdownLineEndingOrSpace(code3) ? factoryWhitespace(effects, resourceBetween)(code3) : resourceEnd(code3);
  }
  function resourceDestinationMissing(code3) {
    return nok(code3);
  }
  function resourceBetween(code3) {
    if (code3 === 34 || code3 === 39 || code3 === 40) {
      return factoryTitle(effects, resourceTitleAfter, nok, "resourceTitle", "resourceTitleMarker", "resourceTitleString")(code3);
    }
    return resourceEnd(code3);
  }
  function resourceTitleAfter(code3) {
    return markdownLineEndingOrSpace(code3) ? factoryWhitespace(effects, resourceEnd)(code3) : resourceEnd(code3);
  }
  function resourceEnd(code3) {
    if (code3 === 41) {
      effects.enter("resourceMarker");
      effects.consume(code3);
      effects.exit("resourceMarker");
      effects.exit("resource");
      return ok3;
    }
    return nok(code3);
  }
}
function tokenizeReferenceFull(effects, ok3, nok) {
  const self = this;
  return referenceFull;
  function referenceFull(code3) {
    return factoryLabel.call(self, effects, referenceFullAfter, referenceFullMissing, "reference", "referenceMarker", "referenceString")(code3);
  }
  function referenceFullAfter(code3) {
    return self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1))) ? ok3(code3) : nok(code3);
  }
  function referenceFullMissing(code3) {
    return nok(code3);
  }
}
function tokenizeReferenceCollapsed(effects, ok3, nok) {
  return referenceCollapsedStart;
  function referenceCollapsedStart(code3) {
    effects.enter("reference");
    effects.enter("referenceMarker");
    effects.consume(code3);
    effects.exit("referenceMarker");
    return referenceCollapsedOpen;
  }
  function referenceCollapsedOpen(code3) {
    if (code3 === 93) {
      effects.enter("referenceMarker");
      effects.consume(code3);
      effects.exit("referenceMarker");
      effects.exit("reference");
      return ok3;
    }
    return nok(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-image.js
var labelStartImage = {
  name: "labelStartImage",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartImage
};
function tokenizeLabelStartImage(effects, ok3, nok) {
  const self = this;
  let labelImage;
  return start;
  function start(code3) {
    effects.enter("labelImage");
    effects.enter("labelImageMarker");
    effects.consume(code3);
    effects.exit("labelImageMarker");
    return open;
  }
  function open(code3) {
    if (code3 === 91) {
      effects.enter("labelMarker");
      effects.consume(code3);
      effects.exit("labelMarker");
      labelImage = effects.exit("labelImage");
      return after;
    }
    return nok(code3);
  }
  function after(code3) {
    if (code3 === 94 && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code3);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelImage);
    return ok3(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-link.js
var labelStartLink = {
  name: "labelStartLink",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartLink
};
function tokenizeLabelStartLink(effects, ok3, nok) {
  const self = this;
  let labelLink;
  return start;
  function start(code3) {
    effects.enter("labelLink");
    effects.enter("labelMarker");
    effects.consume(code3);
    effects.exit("labelMarker");
    labelLink = effects.exit("labelLink");
    return after;
  }
  function after(code3) {
    if (code3 === 94 && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code3);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelLink);
    return ok3(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/line-ending.js
var lineEnding = {
  name: "lineEnding",
  tokenize: tokenizeLineEnding
};
function tokenizeLineEnding(effects, ok3) {
  return start;
  function start(code3) {
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return factorySpace(effects, ok3, "linePrefix");
  }
}

// node_modules/micromark-core-commonmark/lib/thematic-break.js
var thematicBreak2 = {
  name: "thematicBreak",
  tokenize: tokenizeThematicBreak
};
function tokenizeThematicBreak(effects, ok3, nok) {
  let size = 0;
  let marker;
  return start;
  function start(code3) {
    effects.enter("thematicBreak");
    return before(code3);
  }
  function before(code3) {
    marker = code3;
    return atBreak(code3);
  }
  function atBreak(code3) {
    if (code3 === marker) {
      effects.enter("thematicBreakSequence");
      return sequence(code3);
    }
    if (size >= 3 && (code3 === null || markdownLineEnding(code3))) {
      effects.exit("thematicBreak");
      return ok3(code3);
    }
    return nok(code3);
  }
  function sequence(code3) {
    if (code3 === marker) {
      effects.consume(code3);
      size++;
      return sequence;
    }
    effects.exit("thematicBreakSequence");
    return markdownSpace(code3) ? factorySpace(effects, atBreak, "whitespace")(code3) : atBreak(code3);
  }
}

// node_modules/micromark-core-commonmark/lib/list.js
var list2 = {
  continuation: {
    tokenize: tokenizeListContinuation
  },
  exit: tokenizeListEnd,
  name: "list",
  tokenize: tokenizeListStart
};
var listItemPrefixWhitespaceConstruct = {
  partial: true,
  tokenize: tokenizeListItemPrefixWhitespace
};
var indentConstruct = {
  partial: true,
  tokenize: tokenizeIndent
};
function tokenizeListStart(effects, ok3, nok) {
  const self = this;
  const tail = self.events[self.events.length - 1];
  let initialSize = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
  let size = 0;
  return start;
  function start(code3) {
    const kind = self.containerState.type || (code3 === 42 || code3 === 43 || code3 === 45 ? "listUnordered" : "listOrdered");
    if (kind === "listUnordered" ? !self.containerState.marker || code3 === self.containerState.marker : asciiDigit(code3)) {
      if (!self.containerState.type) {
        self.containerState.type = kind;
        effects.enter(kind, {
          _container: true
        });
      }
      if (kind === "listUnordered") {
        effects.enter("listItemPrefix");
        return code3 === 42 || code3 === 45 ? effects.check(thematicBreak2, nok, atMarker)(code3) : atMarker(code3);
      }
      if (!self.interrupt || code3 === 49) {
        effects.enter("listItemPrefix");
        effects.enter("listItemValue");
        return inside(code3);
      }
    }
    return nok(code3);
  }
  function inside(code3) {
    if (asciiDigit(code3) && ++size < 10) {
      effects.consume(code3);
      return inside;
    }
    if ((!self.interrupt || size < 2) && (self.containerState.marker ? code3 === self.containerState.marker : code3 === 41 || code3 === 46)) {
      effects.exit("listItemValue");
      return atMarker(code3);
    }
    return nok(code3);
  }
  function atMarker(code3) {
    effects.enter("listItemMarker");
    effects.consume(code3);
    effects.exit("listItemMarker");
    self.containerState.marker = self.containerState.marker || code3;
    return effects.check(
      blankLine,
      // Can’t be empty when interrupting.
      self.interrupt ? nok : onBlank,
      effects.attempt(listItemPrefixWhitespaceConstruct, endOfPrefix, otherPrefix)
    );
  }
  function onBlank(code3) {
    self.containerState.initialBlankLine = true;
    initialSize++;
    return endOfPrefix(code3);
  }
  function otherPrefix(code3) {
    if (markdownSpace(code3)) {
      effects.enter("listItemPrefixWhitespace");
      effects.consume(code3);
      effects.exit("listItemPrefixWhitespace");
      return endOfPrefix;
    }
    return nok(code3);
  }
  function endOfPrefix(code3) {
    self.containerState.size = initialSize + self.sliceSerialize(effects.exit("listItemPrefix"), true).length;
    return ok3(code3);
  }
}
function tokenizeListContinuation(effects, ok3, nok) {
  const self = this;
  self.containerState._closeFlow = void 0;
  return effects.check(blankLine, onBlank, notBlank);
  function onBlank(code3) {
    self.containerState.furtherBlankLines = self.containerState.furtherBlankLines || self.containerState.initialBlankLine;
    return factorySpace(effects, ok3, "listItemIndent", self.containerState.size + 1)(code3);
  }
  function notBlank(code3) {
    if (self.containerState.furtherBlankLines || !markdownSpace(code3)) {
      self.containerState.furtherBlankLines = void 0;
      self.containerState.initialBlankLine = void 0;
      return notInCurrentItem(code3);
    }
    self.containerState.furtherBlankLines = void 0;
    self.containerState.initialBlankLine = void 0;
    return effects.attempt(indentConstruct, ok3, notInCurrentItem)(code3);
  }
  function notInCurrentItem(code3) {
    self.containerState._closeFlow = true;
    self.interrupt = void 0;
    return factorySpace(effects, effects.attempt(list2, ok3, nok), "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code3);
  }
}
function tokenizeIndent(effects, ok3, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "listItemIndent", self.containerState.size + 1);
  function afterPrefix(code3) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "listItemIndent" && tail[2].sliceSerialize(tail[1], true).length === self.containerState.size ? ok3(code3) : nok(code3);
  }
}
function tokenizeListEnd(effects) {
  effects.exit(this.containerState.type);
}
function tokenizeListItemPrefixWhitespace(effects, ok3, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "listItemPrefixWhitespace", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4 + 1);
  function afterPrefix(code3) {
    const tail = self.events[self.events.length - 1];
    return !markdownSpace(code3) && tail && tail[1].type === "listItemPrefixWhitespace" ? ok3(code3) : nok(code3);
  }
}

// node_modules/micromark-util-edit-map/index.js
var EditMap = class {
  /**
   * Create a new edit map.
   *
   * @returns
   *   New instance.
   */
  constructor() {
    this.index = /* @__PURE__ */ new Map();
    this.map = [];
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index2, remove, add2) {
    addImplementation(this, index2, remove, add2, false);
  }
  /**
   * Create an edit: but insert `add` before existing additions, instead of
   * after them.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  addBefore(index2, remove, add2) {
    addImplementation(this, index2, remove, add2, true);
  }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function(a, b) {
      return a[0] - b[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index2 = this.map.length;
    const vecs = [];
    while (index2 > 0) {
      index2 -= 1;
      vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]);
      events.length = this.map[index2][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
    this.index.clear();
  }
};
function addImplementation(editMap, at, remove, add2, before) {
  if (remove === 0 && add2.length === 0) {
    return;
  }
  const existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove;
    if (before) {
      add2.push(...existing[2]);
      existing[2] = add2;
    } else {
      existing[2].push(...add2);
    }
    return;
  }
  const change = [at, remove, add2];
  editMap.map.push(change);
  editMap.index.set(at, change);
}

// node_modules/micromark-core-commonmark/lib/setext-underline.js
var setextUnderline = {
  name: "setextUnderline",
  resolveTo: resolveToSetextUnderline,
  tokenize: tokenizeSetextUnderline
};
function resolveToSetextUnderline(events, context) {
  const editMap = new EditMap();
  let index2 = events.length;
  let content3;
  let text5;
  let definition3;
  while (index2--) {
    if (events[index2][0] === "enter") {
      if (events[index2][1].type === "content") {
        content3 = index2;
        break;
      }
      if (events[index2][1].type === "paragraph") {
        text5 = index2;
      }
    } else {
      if (events[index2][1].type === "content") {
        editMap.add(index2, 1, []);
      }
      if (!definition3 && events[index2][1].type === "definition") {
        definition3 = index2;
      }
    }
  }
  const heading3 = {
    type: "setextHeading",
    start: {
      ...events[content3][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  events[text5][1].type = "setextHeadingText";
  if (definition3) {
    editMap.add(text5, 0, [["enter", heading3, context]]);
    editMap.add(definition3 + 1, 0, [["exit", events[content3][1], context]]);
    events[content3][1].end = {
      ...events[definition3][1].end
    };
  } else {
    events[content3][1] = heading3;
  }
  editMap.add(events.length, 0, [["exit", heading3, context]]);
  editMap.consume(events);
  return events;
}
function tokenizeSetextUnderline(effects, ok3, nok) {
  const self = this;
  let marker;
  return start;
  function start(code3) {
    let index2 = self.events.length;
    let paragraph2;
    while (index2--) {
      if (self.events[index2][1].type !== "lineEnding" && self.events[index2][1].type !== "linePrefix" && self.events[index2][1].type !== "content") {
        paragraph2 = self.events[index2][1].type === "paragraph";
        break;
      }
    }
    if (!self.parser.lazy[self.now().line] && (self.interrupt || paragraph2)) {
      effects.enter("setextHeadingLine");
      marker = code3;
      return before(code3);
    }
    return nok(code3);
  }
  function before(code3) {
    effects.enter("setextHeadingLineSequence");
    return inside(code3);
  }
  function inside(code3) {
    if (code3 === marker) {
      effects.consume(code3);
      return inside;
    }
    effects.exit("setextHeadingLineSequence");
    return markdownSpace(code3) ? factorySpace(effects, after, "lineSuffix")(code3) : after(code3);
  }
  function after(code3) {
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("setextHeadingLine");
      return ok3(code3);
    }
    return nok(code3);
  }
}

// node_modules/micromark-extension-gfm-footnote/lib/syntax.js
var indent = {
  tokenize: tokenizeIndent2,
  partial: true
};
function gfmFootnote() {
  return {
    document: {
      [91]: {
        name: "gfmFootnoteDefinition",
        tokenize: tokenizeDefinitionStart,
        continuation: {
          tokenize: tokenizeDefinitionContinuation
        },
        exit: gfmFootnoteDefinitionEnd
      }
    },
    text: {
      [91]: {
        name: "gfmFootnoteCall",
        tokenize: tokenizeGfmFootnoteCall
      },
      [93]: {
        name: "gfmPotentialFootnoteCall",
        add: "after",
        tokenize: tokenizePotentialGfmFootnoteCall,
        resolveTo: resolveToPotentialGfmFootnoteCall
      }
    }
  };
}
function tokenizePotentialGfmFootnoteCall(effects, ok3, nok) {
  const self = this;
  let index2 = self.events.length;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let labelStart;
  while (index2--) {
    const token = self.events[index2][1];
    if (token.type === "labelImage") {
      labelStart = token;
      break;
    }
    if (token.type === "gfmFootnoteCall" || token.type === "labelLink" || token.type === "label" || token.type === "image" || token.type === "link") {
      break;
    }
  }
  return start;
  function start(code3) {
    if (!labelStart || !labelStart._balanced) {
      return nok(code3);
    }
    const id = normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    }));
    if (id.codePointAt(0) !== 94 || !defined.includes(id.slice(1))) {
      return nok(code3);
    }
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code3);
    effects.exit("gfmFootnoteCallLabelMarker");
    return ok3(code3);
  }
}
function resolveToPotentialGfmFootnoteCall(events, context) {
  let index2 = events.length;
  let labelStart;
  while (index2--) {
    if (events[index2][1].type === "labelImage" && events[index2][0] === "enter") {
      labelStart = events[index2][1];
      break;
    }
  }
  events[index2 + 1][1].type = "data";
  events[index2 + 3][1].type = "gfmFootnoteCallLabelMarker";
  const call = {
    type: "gfmFootnoteCall",
    start: Object.assign({}, events[index2 + 3][1].start),
    end: Object.assign({}, events[events.length - 1][1].end)
  };
  const marker = {
    type: "gfmFootnoteCallMarker",
    start: Object.assign({}, events[index2 + 3][1].end),
    end: Object.assign({}, events[index2 + 3][1].end)
  };
  marker.end.column++;
  marker.end.offset++;
  marker.end._bufferIndex++;
  const string3 = {
    type: "gfmFootnoteCallString",
    start: Object.assign({}, marker.end),
    end: Object.assign({}, events[events.length - 1][1].start)
  };
  const chunk = {
    type: "chunkString",
    contentType: "string",
    start: Object.assign({}, string3.start),
    end: Object.assign({}, string3.end)
  };
  const replacement = [
    // Take the `labelImageMarker` (now `data`, the `!`)
    events[index2 + 1],
    events[index2 + 2],
    ["enter", call, context],
    // The `[`
    events[index2 + 3],
    events[index2 + 4],
    // The `^`.
    ["enter", marker, context],
    ["exit", marker, context],
    // Everything in between.
    ["enter", string3, context],
    ["enter", chunk, context],
    ["exit", chunk, context],
    ["exit", string3, context],
    // The ending (`]`, properly parsed and labelled).
    events[events.length - 2],
    events[events.length - 1],
    ["exit", call, context]
  ];
  events.splice(index2, events.length - index2 + 1, ...replacement);
  return events;
}
function tokenizeGfmFootnoteCall(effects, ok3, nok) {
  const self = this;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let size = 0;
  let data;
  return start;
  function start(code3) {
    effects.enter("gfmFootnoteCall");
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code3);
    effects.exit("gfmFootnoteCallLabelMarker");
    return callStart;
  }
  function callStart(code3) {
    if (code3 !== 94) return nok(code3);
    effects.enter("gfmFootnoteCallMarker");
    effects.consume(code3);
    effects.exit("gfmFootnoteCallMarker");
    effects.enter("gfmFootnoteCallString");
    effects.enter("chunkString").contentType = "string";
    return callData;
  }
  function callData(code3) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code3 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code3 === null || code3 === 91 || markdownLineEndingOrSpace(code3)
    ) {
      return nok(code3);
    }
    if (code3 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteCallString");
      if (!defined.includes(normalizeIdentifier(self.sliceSerialize(token)))) {
        return nok(code3);
      }
      effects.enter("gfmFootnoteCallLabelMarker");
      effects.consume(code3);
      effects.exit("gfmFootnoteCallLabelMarker");
      effects.exit("gfmFootnoteCall");
      return ok3;
    }
    if (!markdownLineEndingOrSpace(code3)) {
      data = true;
    }
    size++;
    effects.consume(code3);
    return code3 === 92 ? callEscape : callData;
  }
  function callEscape(code3) {
    if (code3 === 91 || code3 === 92 || code3 === 93) {
      effects.consume(code3);
      size++;
      return callData;
    }
    return callData(code3);
  }
}
function tokenizeDefinitionStart(effects, ok3, nok) {
  const self = this;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let identifier;
  let size = 0;
  let data;
  return start;
  function start(code3) {
    effects.enter("gfmFootnoteDefinition")._container = true;
    effects.enter("gfmFootnoteDefinitionLabel");
    effects.enter("gfmFootnoteDefinitionLabelMarker");
    effects.consume(code3);
    effects.exit("gfmFootnoteDefinitionLabelMarker");
    return labelAtMarker;
  }
  function labelAtMarker(code3) {
    if (code3 === 94) {
      effects.enter("gfmFootnoteDefinitionMarker");
      effects.consume(code3);
      effects.exit("gfmFootnoteDefinitionMarker");
      effects.enter("gfmFootnoteDefinitionLabelString");
      effects.enter("chunkString").contentType = "string";
      return labelInside;
    }
    return nok(code3);
  }
  function labelInside(code3) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code3 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code3 === null || code3 === 91 || markdownLineEndingOrSpace(code3)
    ) {
      return nok(code3);
    }
    if (code3 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteDefinitionLabelString");
      identifier = normalizeIdentifier(self.sliceSerialize(token));
      effects.enter("gfmFootnoteDefinitionLabelMarker");
      effects.consume(code3);
      effects.exit("gfmFootnoteDefinitionLabelMarker");
      effects.exit("gfmFootnoteDefinitionLabel");
      return labelAfter;
    }
    if (!markdownLineEndingOrSpace(code3)) {
      data = true;
    }
    size++;
    effects.consume(code3);
    return code3 === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code3) {
    if (code3 === 91 || code3 === 92 || code3 === 93) {
      effects.consume(code3);
      size++;
      return labelInside;
    }
    return labelInside(code3);
  }
  function labelAfter(code3) {
    if (code3 === 58) {
      effects.enter("definitionMarker");
      effects.consume(code3);
      effects.exit("definitionMarker");
      if (!defined.includes(identifier)) {
        defined.push(identifier);
      }
      return factorySpace(effects, whitespaceAfter, "gfmFootnoteDefinitionWhitespace");
    }
    return nok(code3);
  }
  function whitespaceAfter(code3) {
    return ok3(code3);
  }
}
function tokenizeDefinitionContinuation(effects, ok3, nok) {
  return effects.check(blankLine, ok3, effects.attempt(indent, ok3, nok));
}
function gfmFootnoteDefinitionEnd(effects) {
  effects.exit("gfmFootnoteDefinition");
}
function tokenizeIndent2(effects, ok3, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "gfmFootnoteDefinitionIndent", 4 + 1);
  function afterPrefix(code3) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "gfmFootnoteDefinitionIndent" && tail[2].sliceSerialize(tail[1], true).length === 4 ? ok3(code3) : nok(code3);
  }
}

// node_modules/micromark-extension-gfm-strikethrough/lib/syntax.js
function gfmStrikethrough(options) {
  const options_ = options || {};
  let single = options_.singleTilde;
  const tokenizer = {
    name: "strikethrough",
    tokenize: tokenizeStrikethrough,
    resolveAll: resolveAllStrikethrough
  };
  if (single === null || single === void 0) {
    single = true;
  }
  return {
    text: {
      [126]: tokenizer
    },
    insideSpan: {
      null: [tokenizer]
    },
    attentionMarkers: {
      null: [126]
    }
  };
  function resolveAllStrikethrough(events, context) {
    let index2 = -1;
    while (++index2 < events.length) {
      if (events[index2][0] === "enter" && events[index2][1].type === "strikethroughSequenceTemporary" && events[index2][1]._close) {
        let open = index2;
        while (open--) {
          if (events[open][0] === "exit" && events[open][1].type === "strikethroughSequenceTemporary" && events[open][1]._open && // If the sizes are the same:
          events[index2][1].end.offset - events[index2][1].start.offset === events[open][1].end.offset - events[open][1].start.offset) {
            events[index2][1].type = "strikethroughSequence";
            events[open][1].type = "strikethroughSequence";
            const strikethrough = {
              type: "strikethrough",
              start: Object.assign({}, events[open][1].start),
              end: Object.assign({}, events[index2][1].end)
            };
            const text5 = {
              type: "strikethroughText",
              start: Object.assign({}, events[open][1].end),
              end: Object.assign({}, events[index2][1].start)
            };
            const nextEvents = [["enter", strikethrough, context], ["enter", events[open][1], context], ["exit", events[open][1], context], ["enter", text5, context]];
            const insideSpan2 = context.parser.constructs.insideSpan.null;
            if (insideSpan2) {
              splice(nextEvents, nextEvents.length, 0, resolveAll(insideSpan2, events.slice(open + 1, index2), context));
            }
            splice(nextEvents, nextEvents.length, 0, [["exit", text5, context], ["enter", events[index2][1], context], ["exit", events[index2][1], context], ["exit", strikethrough, context]]);
            splice(events, open - 1, index2 - open + 3, nextEvents);
            index2 = open + nextEvents.length - 2;
            break;
          }
        }
      }
    }
    index2 = -1;
    while (++index2 < events.length) {
      if (events[index2][1].type === "strikethroughSequenceTemporary") {
        events[index2][1].type = "data";
      }
    }
    return events;
  }
  function tokenizeStrikethrough(effects, ok3, nok) {
    const previous3 = this.previous;
    const events = this.events;
    let size = 0;
    return start;
    function start(code3) {
      if (previous3 === 126 && events[events.length - 1][1].type !== "characterEscape") {
        return nok(code3);
      }
      effects.enter("strikethroughSequenceTemporary");
      return more(code3);
    }
    function more(code3) {
      const before = classifyCharacter(previous3);
      if (code3 === 126) {
        if (size > 1) return nok(code3);
        effects.consume(code3);
        size++;
        return more;
      }
      if (size < 2 && !single) return nok(code3);
      const token = effects.exit("strikethroughSequenceTemporary");
      const after = classifyCharacter(code3);
      token._open = !after || after === 2 && Boolean(before);
      token._close = !before || before === 2 && Boolean(after);
      return ok3(code3);
    }
  }
}

// node_modules/micromark-extension-gfm-table/lib/edit-map.js
var EditMap2 = class {
  /**
   * Create a new edit map.
   */
  constructor() {
    this.map = [];
    this.index = /* @__PURE__ */ new Map();
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index2, remove, add2) {
    addImplementation2(this, index2, remove, add2);
  }
  // To do: add this when moving to `micromark`.
  // /**
  //  * Create an edit: but insert `add` before existing additions.
  //  *
  //  * @param {number} index
  //  * @param {number} remove
  //  * @param {Array<Event>} add
  //  * @returns {undefined}
  //  */
  // addBefore(index, remove, add) {
  //   addImplementation(this, index, remove, add, true)
  // }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function(a, b) {
      return a[0] - b[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index2 = this.map.length;
    const vecs = [];
    while (index2 > 0) {
      index2 -= 1;
      vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]);
      events.length = this.map[index2][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
    this.index.clear();
  }
};
function addImplementation2(editMap, at, remove, add2) {
  if (remove === 0 && add2.length === 0) {
    return;
  }
  const existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove;
    existing[2].push(...add2);
    return;
  }
  const change = [at, remove, add2];
  editMap.map.push(change);
  editMap.index.set(at, change);
}

// node_modules/micromark-extension-gfm-table/lib/infer.js
function gfmTableAlign(events, index2) {
  let inDelimiterRow = false;
  const align2 = [];
  while (index2 < events.length) {
    const event = events[index2];
    if (inDelimiterRow) {
      if (event[0] === "enter") {
        if (event[1].type === "tableContent") {
          align2.push(events[index2 + 1][1].type === "tableDelimiterMarker" ? "left" : "none");
        }
      } else if (event[1].type === "tableContent") {
        if (events[index2 - 1][1].type === "tableDelimiterMarker") {
          const alignIndex = align2.length - 1;
          align2[alignIndex] = align2[alignIndex] === "left" ? "center" : "right";
        }
      } else if (event[1].type === "tableDelimiterRow") {
        break;
      }
    } else if (event[0] === "enter" && event[1].type === "tableDelimiterRow") {
      inDelimiterRow = true;
    }
    index2 += 1;
  }
  return align2;
}

// node_modules/micromark-extension-gfm-table/lib/syntax.js
function gfmTable() {
  return {
    flow: {
      null: {
        name: "table",
        tokenize: tokenizeTable,
        resolveAll: resolveTable
      }
    }
  };
}
function tokenizeTable(effects, ok3, nok) {
  const self = this;
  let size = 0;
  let sizeB = 0;
  let seen;
  return start;
  function start(code3) {
    let index2 = self.events.length - 1;
    while (index2 > -1) {
      const {
        type
      } = self.events[index2][1];
      if (type === "lineEnding" || // Note: markdown-rs uses `whitespace` instead of `linePrefix`
      type === "linePrefix") {
        index2--;
      } else {
        break;
      }
    }
    const tail = index2 > -1 ? self.events[index2][1].type : null;
    const next = tail === "tableHead" || tail === "tableRow" ? bodyRowStart : headRowBefore;
    if (next === bodyRowStart && self.parser.lazy[self.now().line]) {
      return nok(code3);
    }
    return next(code3);
  }
  function headRowBefore(code3) {
    effects.enter("tableHead");
    effects.enter("tableRow");
    return headRowStart(code3);
  }
  function headRowStart(code3) {
    if (code3 === 124) {
      return headRowBreak(code3);
    }
    seen = true;
    sizeB += 1;
    return headRowBreak(code3);
  }
  function headRowBreak(code3) {
    if (code3 === null) {
      return nok(code3);
    }
    if (markdownLineEnding(code3)) {
      if (sizeB > 1) {
        sizeB = 0;
        self.interrupt = true;
        effects.exit("tableRow");
        effects.enter("lineEnding");
        effects.consume(code3);
        effects.exit("lineEnding");
        return headDelimiterStart;
      }
      return nok(code3);
    }
    if (markdownSpace(code3)) {
      return factorySpace(effects, headRowBreak, "whitespace")(code3);
    }
    sizeB += 1;
    if (seen) {
      seen = false;
      size += 1;
    }
    if (code3 === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code3);
      effects.exit("tableCellDivider");
      seen = true;
      return headRowBreak;
    }
    effects.enter("data");
    return headRowData(code3);
  }
  function headRowData(code3) {
    if (code3 === null || code3 === 124 || markdownLineEndingOrSpace(code3)) {
      effects.exit("data");
      return headRowBreak(code3);
    }
    effects.consume(code3);
    return code3 === 92 ? headRowEscape : headRowData;
  }
  function headRowEscape(code3) {
    if (code3 === 92 || code3 === 124) {
      effects.consume(code3);
      return headRowData;
    }
    return headRowData(code3);
  }
  function headDelimiterStart(code3) {
    self.interrupt = false;
    if (self.parser.lazy[self.now().line]) {
      return nok(code3);
    }
    effects.enter("tableDelimiterRow");
    seen = false;
    if (markdownSpace(code3)) {
      return factorySpace(effects, headDelimiterBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code3);
    }
    return headDelimiterBefore(code3);
  }
  function headDelimiterBefore(code3) {
    if (code3 === 45 || code3 === 58) {
      return headDelimiterValueBefore(code3);
    }
    if (code3 === 124) {
      seen = true;
      effects.enter("tableCellDivider");
      effects.consume(code3);
      effects.exit("tableCellDivider");
      return headDelimiterCellBefore;
    }
    return headDelimiterNok(code3);
  }
  function headDelimiterCellBefore(code3) {
    if (markdownSpace(code3)) {
      return factorySpace(effects, headDelimiterValueBefore, "whitespace")(code3);
    }
    return headDelimiterValueBefore(code3);
  }
  function headDelimiterValueBefore(code3) {
    if (code3 === 58) {
      sizeB += 1;
      seen = true;
      effects.enter("tableDelimiterMarker");
      effects.consume(code3);
      effects.exit("tableDelimiterMarker");
      return headDelimiterLeftAlignmentAfter;
    }
    if (code3 === 45) {
      sizeB += 1;
      return headDelimiterLeftAlignmentAfter(code3);
    }
    if (code3 === null || markdownLineEnding(code3)) {
      return headDelimiterCellAfter(code3);
    }
    return headDelimiterNok(code3);
  }
  function headDelimiterLeftAlignmentAfter(code3) {
    if (code3 === 45) {
      effects.enter("tableDelimiterFiller");
      return headDelimiterFiller(code3);
    }
    return headDelimiterNok(code3);
  }
  function headDelimiterFiller(code3) {
    if (code3 === 45) {
      effects.consume(code3);
      return headDelimiterFiller;
    }
    if (code3 === 58) {
      seen = true;
      effects.exit("tableDelimiterFiller");
      effects.enter("tableDelimiterMarker");
      effects.consume(code3);
      effects.exit("tableDelimiterMarker");
      return headDelimiterRightAlignmentAfter;
    }
    effects.exit("tableDelimiterFiller");
    return headDelimiterRightAlignmentAfter(code3);
  }
  function headDelimiterRightAlignmentAfter(code3) {
    if (markdownSpace(code3)) {
      return factorySpace(effects, headDelimiterCellAfter, "whitespace")(code3);
    }
    return headDelimiterCellAfter(code3);
  }
  function headDelimiterCellAfter(code3) {
    if (code3 === 124) {
      return headDelimiterBefore(code3);
    }
    if (code3 === null || markdownLineEnding(code3)) {
      if (!seen || size !== sizeB) {
        return headDelimiterNok(code3);
      }
      effects.exit("tableDelimiterRow");
      effects.exit("tableHead");
      return ok3(code3);
    }
    return headDelimiterNok(code3);
  }
  function headDelimiterNok(code3) {
    return nok(code3);
  }
  function bodyRowStart(code3) {
    effects.enter("tableRow");
    return bodyRowBreak(code3);
  }
  function bodyRowBreak(code3) {
    if (code3 === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code3);
      effects.exit("tableCellDivider");
      return bodyRowBreak;
    }
    if (code3 === null || markdownLineEnding(code3)) {
      effects.exit("tableRow");
      return ok3(code3);
    }
    if (markdownSpace(code3)) {
      return factorySpace(effects, bodyRowBreak, "whitespace")(code3);
    }
    effects.enter("data");
    return bodyRowData(code3);
  }
  function bodyRowData(code3) {
    if (code3 === null || code3 === 124 || markdownLineEndingOrSpace(code3)) {
      effects.exit("data");
      return bodyRowBreak(code3);
    }
    effects.consume(code3);
    return code3 === 92 ? bodyRowEscape : bodyRowData;
  }
  function bodyRowEscape(code3) {
    if (code3 === 92 || code3 === 124) {
      effects.consume(code3);
      return bodyRowData;
    }
    return bodyRowData(code3);
  }
}
function resolveTable(events, context) {
  let index2 = -1;
  let inFirstCellAwaitingPipe = true;
  let rowKind = 0;
  let lastCell = [0, 0, 0, 0];
  let cell = [0, 0, 0, 0];
  let afterHeadAwaitingFirstBodyRow = false;
  let lastTableEnd = 0;
  let currentTable;
  let currentBody;
  let currentCell;
  const map3 = new EditMap2();
  while (++index2 < events.length) {
    const event = events[index2];
    const token = event[1];
    if (event[0] === "enter") {
      if (token.type === "tableHead") {
        afterHeadAwaitingFirstBodyRow = false;
        if (lastTableEnd !== 0) {
          flushTableEnd(map3, context, lastTableEnd, currentTable, currentBody);
          currentBody = void 0;
          lastTableEnd = 0;
        }
        currentTable = {
          type: "table",
          start: Object.assign({}, token.start),
          // Note: correct end is set later.
          end: Object.assign({}, token.end)
        };
        map3.add(index2, 0, [["enter", currentTable, context]]);
      } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
        inFirstCellAwaitingPipe = true;
        currentCell = void 0;
        lastCell = [0, 0, 0, 0];
        cell = [0, index2 + 1, 0, 0];
        if (afterHeadAwaitingFirstBodyRow) {
          afterHeadAwaitingFirstBodyRow = false;
          currentBody = {
            type: "tableBody",
            start: Object.assign({}, token.start),
            // Note: correct end is set later.
            end: Object.assign({}, token.end)
          };
          map3.add(index2, 0, [["enter", currentBody, context]]);
        }
        rowKind = token.type === "tableDelimiterRow" ? 2 : currentBody ? 3 : 1;
      } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
        inFirstCellAwaitingPipe = false;
        if (cell[2] === 0) {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map3, context, lastCell, rowKind, void 0, currentCell);
            lastCell = [0, 0, 0, 0];
          }
          cell[2] = index2;
        }
      } else if (token.type === "tableCellDivider") {
        if (inFirstCellAwaitingPipe) {
          inFirstCellAwaitingPipe = false;
        } else {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map3, context, lastCell, rowKind, void 0, currentCell);
          }
          lastCell = cell;
          cell = [lastCell[1], index2, 0, 0];
        }
      }
    } else if (token.type === "tableHead") {
      afterHeadAwaitingFirstBodyRow = true;
      lastTableEnd = index2;
    } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
      lastTableEnd = index2;
      if (lastCell[1] !== 0) {
        cell[0] = cell[1];
        currentCell = flushCell(map3, context, lastCell, rowKind, index2, currentCell);
      } else if (cell[1] !== 0) {
        currentCell = flushCell(map3, context, cell, rowKind, index2, currentCell);
      }
      rowKind = 0;
    } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
      cell[3] = index2;
    }
  }
  if (lastTableEnd !== 0) {
    flushTableEnd(map3, context, lastTableEnd, currentTable, currentBody);
  }
  map3.consume(context.events);
  index2 = -1;
  while (++index2 < context.events.length) {
    const event = context.events[index2];
    if (event[0] === "enter" && event[1].type === "table") {
      event[1]._align = gfmTableAlign(context.events, index2);
    }
  }
  return events;
}
function flushCell(map3, context, range, rowKind, rowEnd, previousCell) {
  const groupName = rowKind === 1 ? "tableHeader" : rowKind === 2 ? "tableDelimiter" : "tableData";
  const valueName = "tableContent";
  if (range[0] !== 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, range[0]));
    map3.add(range[0], 0, [["exit", previousCell, context]]);
  }
  const now = getPoint(context.events, range[1]);
  previousCell = {
    type: groupName,
    start: Object.assign({}, now),
    // Note: correct end is set later.
    end: Object.assign({}, now)
  };
  map3.add(range[1], 0, [["enter", previousCell, context]]);
  if (range[2] !== 0) {
    const relatedStart = getPoint(context.events, range[2]);
    const relatedEnd = getPoint(context.events, range[3]);
    const valueToken = {
      type: valueName,
      start: Object.assign({}, relatedStart),
      end: Object.assign({}, relatedEnd)
    };
    map3.add(range[2], 0, [["enter", valueToken, context]]);
    if (rowKind !== 2) {
      const start = context.events[range[2]];
      const end = context.events[range[3]];
      start[1].end = Object.assign({}, end[1].end);
      start[1].type = "chunkText";
      start[1].contentType = "text";
      if (range[3] > range[2] + 1) {
        const a = range[2] + 1;
        const b = range[3] - range[2] - 1;
        map3.add(a, b, []);
      }
    }
    map3.add(range[3] + 1, 0, [["exit", valueToken, context]]);
  }
  if (rowEnd !== void 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, rowEnd));
    map3.add(rowEnd, 0, [["exit", previousCell, context]]);
    previousCell = void 0;
  }
  return previousCell;
}
function flushTableEnd(map3, context, index2, table2, tableBody) {
  const exits = [];
  const related = getPoint(context.events, index2);
  if (tableBody) {
    tableBody.end = Object.assign({}, related);
    exits.push(["exit", tableBody, context]);
  }
  table2.end = Object.assign({}, related);
  exits.push(["exit", table2, context]);
  map3.add(index2 + 1, 0, exits);
}
function getPoint(events, index2) {
  const event = events[index2];
  const side = event[0] === "enter" ? "start" : "end";
  return event[1][side];
}

// node_modules/micromark-extension-gfm-task-list-item/lib/syntax.js
var tasklistCheck = {
  name: "tasklistCheck",
  tokenize: tokenizeTasklistCheck
};
function gfmTaskListItem() {
  return {
    text: {
      [91]: tasklistCheck
    }
  };
}
function tokenizeTasklistCheck(effects, ok3, nok) {
  const self = this;
  return open;
  function open(code3) {
    if (
      // Exit if there’s stuff before.
      self.previous !== null || // Exit if not in the first content that is the first child of a list
      // item.
      !self._gfmTasklistFirstContentOfListItem
    ) {
      return nok(code3);
    }
    effects.enter("taskListCheck");
    effects.enter("taskListCheckMarker");
    effects.consume(code3);
    effects.exit("taskListCheckMarker");
    return inside;
  }
  function inside(code3) {
    if (markdownLineEndingOrSpace(code3)) {
      effects.enter("taskListCheckValueUnchecked");
      effects.consume(code3);
      effects.exit("taskListCheckValueUnchecked");
      return close;
    }
    if (code3 === 88 || code3 === 120) {
      effects.enter("taskListCheckValueChecked");
      effects.consume(code3);
      effects.exit("taskListCheckValueChecked");
      return close;
    }
    return nok(code3);
  }
  function close(code3) {
    if (code3 === 93) {
      effects.enter("taskListCheckMarker");
      effects.consume(code3);
      effects.exit("taskListCheckMarker");
      effects.exit("taskListCheck");
      return after;
    }
    return nok(code3);
  }
  function after(code3) {
    if (markdownLineEnding(code3)) {
      return ok3(code3);
    }
    if (markdownSpace(code3)) {
      return effects.check({
        tokenize: spaceThenNonSpace
      }, ok3, nok)(code3);
    }
    return nok(code3);
  }
}
function spaceThenNonSpace(effects, ok3, nok) {
  return factorySpace(effects, after, "whitespace");
  function after(code3) {
    return code3 === null ? nok(code3) : ok3(code3);
  }
}

// node_modules/micromark-extension-gfm/index.js
function gfm(options) {
  return combineExtensions([
    gfmAutolinkLiteral(),
    gfmFootnote(),
    gfmStrikethrough(options),
    gfmTable(),
    gfmTaskListItem()
  ]);
}

// node_modules/remark-gfm/lib/index.js
var emptyOptions2 = {};
function remarkGfm(options) {
  const self = (
    /** @type {Processor<Root>} */
    this
  );
  const settings = options || emptyOptions2;
  const data = self.data();
  const micromarkExtensions = data.micromarkExtensions || (data.micromarkExtensions = []);
  const fromMarkdownExtensions = data.fromMarkdownExtensions || (data.fromMarkdownExtensions = []);
  const toMarkdownExtensions = data.toMarkdownExtensions || (data.toMarkdownExtensions = []);
  micromarkExtensions.push(gfm(settings));
  fromMarkdownExtensions.push(gfmFromMarkdown());
  toMarkdownExtensions.push(gfmToMarkdown(settings));
}

// node_modules/micromark/lib/initialize/content.js
var content2 = {
  tokenize: initializeContent
};
function initializeContent(effects) {
  const contentStart = effects.attempt(this.parser.constructs.contentInitial, afterContentStartConstruct, paragraphInitial);
  let previous3;
  return contentStart;
  function afterContentStartConstruct(code3) {
    if (code3 === null) {
      effects.consume(code3);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    return factorySpace(effects, contentStart, "linePrefix");
  }
  function paragraphInitial(code3) {
    effects.enter("paragraph");
    return lineStart(code3);
  }
  function lineStart(code3) {
    const token = effects.enter("chunkText", {
      contentType: "text",
      previous: previous3
    });
    if (previous3) {
      previous3.next = token;
    }
    previous3 = token;
    return data(code3);
  }
  function data(code3) {
    if (code3 === null) {
      effects.exit("chunkText");
      effects.exit("paragraph");
      effects.consume(code3);
      return;
    }
    if (markdownLineEnding(code3)) {
      effects.consume(code3);
      effects.exit("chunkText");
      return lineStart;
    }
    effects.consume(code3);
    return data;
  }
}

// node_modules/micromark/lib/initialize/document.js
var document = {
  tokenize: initializeDocument
};
var containerConstruct = {
  tokenize: tokenizeContainer
};
function initializeDocument(effects) {
  const self = this;
  const stack = [];
  let continued = 0;
  let childFlow;
  let childToken;
  let lineStartOffset;
  return start;
  function start(code3) {
    if (continued < stack.length) {
      const item = stack[continued];
      self.containerState = item[1];
      return effects.attempt(item[0].continuation, documentContinue, checkNewContainers)(code3);
    }
    return checkNewContainers(code3);
  }
  function documentContinue(code3) {
    continued++;
    if (self.containerState._closeFlow) {
      self.containerState._closeFlow = void 0;
      if (childFlow) {
        closeFlow();
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let point3;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          point3 = self.events[indexBeforeFlow][1].end;
          break;
        }
      }
      exitContainers(continued);
      let index2 = indexBeforeExits;
      while (index2 < self.events.length) {
        self.events[index2][1].end = {
          ...point3
        };
        index2++;
      }
      const editMap = new EditMap();
      editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      editMap.add(indexBeforeExits, index2 - indexBeforeExits, []);
      editMap.consume(self.events);
      return checkNewContainers(code3);
    }
    return start(code3);
  }
  function checkNewContainers(code3) {
    if (continued === stack.length) {
      if (!childFlow) {
        return documentContinued(code3);
      }
      if (childFlow.currentConstruct && childFlow.currentConstruct.concrete) {
        return flowStart(code3);
      }
      self.interrupt = Boolean(childFlow.currentConstruct && !childFlow._gfmTableDynamicInterruptHack);
    }
    self.containerState = {};
    return effects.check(containerConstruct, thereIsANewContainer, thereIsNoNewContainer)(code3);
  }
  function thereIsANewContainer(code3) {
    if (childFlow) {
      closeFlow();
    }
    exitContainers(continued);
    return documentContinued(code3);
  }
  function thereIsNoNewContainer(code3) {
    self.parser.lazy[self.now().line] = continued !== stack.length;
    lineStartOffset = self.now().offset;
    return flowStart(code3);
  }
  function documentContinued(code3) {
    self.containerState = {};
    return effects.attempt(containerConstruct, containerContinue, flowStart)(code3);
  }
  function containerContinue(code3) {
    continued++;
    stack.push([self.currentConstruct, self.containerState]);
    return documentContinued(code3);
  }
  function flowStart(code3) {
    if (code3 === null) {
      if (childFlow) {
        closeFlow();
      }
      exitContainers(0);
      effects.consume(code3);
      return;
    }
    childFlow = childFlow || self.parser.flow(self.now());
    effects.enter("chunkFlow", {
      _tokenizer: childFlow,
      contentType: "flow",
      previous: childToken
    });
    return flowContinue(code3);
  }
  function flowContinue(code3) {
    if (code3 === null) {
      writeToChild(effects.exit("chunkFlow"), true);
      exitContainers(0);
      effects.consume(code3);
      return;
    }
    if (markdownLineEnding(code3)) {
      effects.consume(code3);
      writeToChild(effects.exit("chunkFlow"));
      continued = 0;
      self.interrupt = void 0;
      return start;
    }
    effects.consume(code3);
    return flowContinue;
  }
  function writeToChild(token, endOfFile) {
    const stream = self.sliceStream(token);
    if (endOfFile) {
      stream.push(null);
    }
    token.previous = childToken;
    if (childToken) {
      childToken.next = token;
    }
    childToken = token;
    childFlow.defineSkip(token.start);
    childFlow.write(stream);
    if (self.parser.lazy[token.start.line]) {
      let index2 = childFlow.events.length;
      while (index2--) {
        if (
          // The token starts before the line ending…
          childFlow.events[index2][1].start.offset < lineStartOffset && // …and either is not ended yet…
          (!childFlow.events[index2][1].end || // …or ends after it.
          childFlow.events[index2][1].end.offset > lineStartOffset)
        ) {
          return;
        }
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let seen;
      let point3;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          if (seen) {
            point3 = self.events[indexBeforeFlow][1].end;
            break;
          }
          seen = true;
        }
      }
      exitContainers(continued);
      index2 = indexBeforeExits;
      while (index2 < self.events.length) {
        self.events[index2][1].end = {
          ...point3
        };
        index2++;
      }
      const editMap = new EditMap();
      editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      editMap.add(indexBeforeExits, index2 - indexBeforeExits, []);
      editMap.consume(self.events);
    }
  }
  function exitContainers(size) {
    let index2 = stack.length;
    while (index2-- > size) {
      const entry = stack[index2];
      self.containerState = entry[1];
      entry[0].exit.call(self, effects);
    }
    stack.length = size;
  }
  function closeFlow() {
    childFlow.write([null]);
    childToken = void 0;
    childFlow = void 0;
    self.containerState._closeFlow = void 0;
  }
}
function tokenizeContainer(effects, ok3, nok) {
  return factorySpace(effects, effects.attempt(this.parser.constructs.document, ok3, nok), "linePrefix", this.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4);
}

// node_modules/micromark/lib/initialize/flow.js
var flow = {
  tokenize: initializeFlow
};
function initializeFlow(effects) {
  const self = this;
  const initial = effects.attempt(
    // Try to parse a blank line.
    blankLine,
    atBlankEnding,
    // Try to parse initial flow (essentially, only code).
    effects.attempt(this.parser.constructs.flowInitial, afterConstruct, factorySpace(effects, effects.attempt(this.parser.constructs.flow, afterConstruct, effects.attempt(content, afterConstruct)), "linePrefix"))
  );
  return initial;
  function atBlankEnding(code3) {
    if (code3 === null) {
      effects.consume(code3);
      return;
    }
    effects.enter("lineEndingBlank");
    effects.consume(code3);
    effects.exit("lineEndingBlank");
    self.currentConstruct = void 0;
    return initial;
  }
  function afterConstruct(code3) {
    if (code3 === null) {
      effects.consume(code3);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code3);
    effects.exit("lineEnding");
    self.currentConstruct = void 0;
    return initial;
  }
}

// node_modules/micromark/lib/initialize/text.js
var resolver = {
  resolveAll: createResolver()
};
var string = initializeFactory("string");
var text3 = initializeFactory("text");
function initializeFactory(field) {
  return {
    resolveAll: createResolver(field === "text" ? resolveAllLineSuffixes : void 0),
    tokenize: initializeText
  };
  function initializeText(effects) {
    const self = this;
    const constructs2 = this.parser.constructs[field];
    const text5 = effects.attempt(constructs2, start, notText);
    return start;
    function start(code3) {
      return atBreak(code3) ? text5(code3) : notText(code3);
    }
    function notText(code3) {
      if (code3 === null) {
        effects.consume(code3);
        return;
      }
      effects.enter("data");
      effects.consume(code3);
      return data;
    }
    function data(code3) {
      if (atBreak(code3)) {
        effects.exit("data");
        return text5(code3);
      }
      effects.consume(code3);
      return data;
    }
    function atBreak(code3) {
      if (code3 === null) {
        return true;
      }
      const list4 = constructs2[code3];
      let index2 = -1;
      if (list4) {
        while (++index2 < list4.length) {
          const item = list4[index2];
          if (!item.previous || item.previous.call(self, self.previous)) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
function createResolver(extraResolver) {
  return resolveAllText;
  function resolveAllText(events, context) {
    let index2 = -1;
    let enter;
    while (++index2 <= events.length) {
      if (enter === void 0) {
        if (events[index2] && events[index2][1].type === "data") {
          enter = index2;
          index2++;
        }
      } else if (!events[index2] || events[index2][1].type !== "data") {
        if (index2 !== enter + 2) {
          events[enter][1].end = events[index2 - 1][1].end;
          events.splice(enter + 2, index2 - enter - 2);
          index2 = enter + 2;
        }
        enter = void 0;
      }
    }
    return extraResolver ? extraResolver(events, context) : events;
  }
}
function resolveAllLineSuffixes(events, context) {
  const editMap = new EditMap();
  let eventIndex = 0;
  while (++eventIndex <= events.length) {
    if ((eventIndex === events.length || events[eventIndex][1].type === "lineEnding") && events[eventIndex - 1][1].type === "data") {
      const data = events[eventIndex - 1][1];
      const chunks = context.sliceStream(data);
      let index2 = chunks.length;
      let bufferIndex = -1;
      let size = 0;
      let tabs;
      while (index2--) {
        const chunk = chunks[index2];
        if (typeof chunk === "string") {
          bufferIndex = chunk.length;
          while (chunk.charCodeAt(bufferIndex - 1) === 32) {
            size++;
            bufferIndex--;
          }
          if (bufferIndex) {
            break;
          }
          bufferIndex = -1;
        } else if (chunk === -2) {
          tabs = true;
          size++;
        } else if (chunk === -1) {
        } else {
          index2++;
          break;
        }
      }
      if (context._contentTypeTextTrailing && eventIndex === events.length) {
        size = 0;
      }
      if (size) {
        const token = {
          type: eventIndex === events.length || tabs || size < 2 ? "lineSuffix" : "hardBreakTrailing",
          start: {
            _bufferIndex: index2 ? bufferIndex : data.start._bufferIndex + bufferIndex,
            _index: data.start._index + index2,
            line: data.end.line,
            column: data.end.column - size,
            offset: data.end.offset - size
          },
          end: {
            ...data.end
          }
        };
        data.end = {
          ...token.start
        };
        if (data.start.offset === data.end.offset) {
          Object.assign(data, token);
        } else {
          editMap.add(eventIndex, 0, [["enter", token, context], ["exit", token, context]]);
        }
      }
      eventIndex++;
    }
  }
  editMap.consume(events);
  return events;
}

// node_modules/micromark/lib/constructs.js
var constructs_exports = {};
__export(constructs_exports, {
  attentionMarkers: () => attentionMarkers,
  contentInitial: () => contentInitial,
  disable: () => disable,
  document: () => document2,
  flow: () => flow2,
  flowInitial: () => flowInitial,
  insideSpan: () => insideSpan,
  string: () => string2,
  text: () => text4
});
var document2 = {
  [42]: list2,
  [43]: list2,
  [45]: list2,
  [48]: list2,
  [49]: list2,
  [50]: list2,
  [51]: list2,
  [52]: list2,
  [53]: list2,
  [54]: list2,
  [55]: list2,
  [56]: list2,
  [57]: list2,
  [62]: blockQuote
};
var contentInitial = {
  [91]: definition2
};
var flowInitial = {
  [-2]: codeIndented,
  [-1]: codeIndented,
  [32]: codeIndented
};
var flow2 = {
  [35]: headingAtx,
  [42]: thematicBreak2,
  [45]: [setextUnderline, thematicBreak2],
  [60]: htmlFlow,
  [61]: setextUnderline,
  [95]: thematicBreak2,
  [96]: codeFenced,
  [126]: codeFenced
};
var string2 = {
  [38]: characterReference,
  [92]: characterEscape
};
var text4 = {
  [-5]: lineEnding,
  [-4]: lineEnding,
  [-3]: lineEnding,
  [33]: labelStartImage,
  [38]: characterReference,
  [42]: attention3,
  [60]: [autolink, htmlText],
  [91]: labelStartLink,
  [92]: [hardBreakEscape, characterEscape],
  [93]: labelEnd,
  [95]: attention3,
  [96]: codeText
};
var insideSpan = {
  null: [attention3, resolver]
};
var attentionMarkers = {
  null: [42, 95]
};
var disable = {
  null: []
};

// node_modules/micromark/lib/create-tokenizer.js
function createTokenizer(parser, initialize, from) {
  let point3 = {
    _bufferIndex: -1,
    _index: 0,
    line: from && from.line || 1,
    column: from && from.column || 1,
    offset: from && from.offset || 0
  };
  const columnStart = {};
  const resolveAllConstructs = [];
  let chunks = [];
  let stack = [];
  let consumed = true;
  const effects = {
    attempt: constructFactory(onsuccessfulconstruct),
    check: constructFactory(onsuccessfulcheck),
    consume,
    enter,
    exit: exit3,
    interrupt: constructFactory(onsuccessfulcheck, {
      interrupt: true
    })
  };
  const context = {
    code: null,
    containerState: {},
    defineSkip,
    events: [],
    now,
    parser,
    previous: null,
    sliceSerialize,
    sliceStream,
    write
  };
  let state = initialize.tokenize.call(context, effects);
  let expectedCode;
  if (initialize.resolveAll) {
    resolveAllConstructs.push(initialize);
  }
  return context;
  function write(slice) {
    chunks = push2(chunks, slice);
    main();
    if (chunks[chunks.length - 1] !== null) {
      return [];
    }
    addResult(initialize, 0);
    context.events = resolveAll(resolveAllConstructs, context.events, context);
    return context.events;
  }
  function sliceSerialize(token, expandTabs) {
    return serializeChunks(sliceStream(token), expandTabs);
  }
  function sliceStream(token) {
    return sliceChunks(chunks, token);
  }
  function now() {
    const {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    } = point3;
    return {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    };
  }
  function defineSkip(value) {
    columnStart[value.line] = value.column;
    accountForPotentialSkip();
  }
  function main() {
    while (point3._index < chunks.length) {
      const chunk = chunks[point3._index];
      if (typeof chunk === "string") {
        const chunkIndex = point3._index;
        if (point3._bufferIndex < 0) {
          point3._bufferIndex = 0;
        }
        while (point3._index === chunkIndex && point3._bufferIndex < chunk.length) {
          go(chunk.charCodeAt(point3._bufferIndex));
        }
      } else {
        go(chunk);
      }
    }
  }
  function go(code3) {
    consumed = void 0;
    expectedCode = code3;
    state = state(code3);
  }
  function consume(code3) {
    if (markdownLineEnding(code3)) {
      point3.line++;
      point3.column = 1;
      point3.offset += code3 === -3 ? 2 : 1;
      accountForPotentialSkip();
    } else if (code3 !== -1) {
      point3.column++;
      point3.offset++;
    }
    if (point3._bufferIndex < 0) {
      point3._index++;
    } else {
      point3._bufferIndex++;
      if (point3._bufferIndex === // Points w/ non-negative `_bufferIndex` reference
      // strings.
      /** @type {string} */
      chunks[point3._index].length) {
        point3._bufferIndex = -1;
        point3._index++;
      }
    }
    context.previous = code3;
    consumed = true;
  }
  function enter(type, fields) {
    const token = fields || {};
    token.type = type;
    token.start = now();
    context.events.push(["enter", token, context]);
    stack.push(token);
    return token;
  }
  function exit3(type) {
    const token = stack.pop();
    token.end = now();
    context.events.push(["exit", token, context]);
    return token;
  }
  function onsuccessfulconstruct(construct, info) {
    addResult(construct, info.from);
  }
  function onsuccessfulcheck(_, info) {
    info.restore();
  }
  function constructFactory(onreturn, fields) {
    return hook;
    function hook(constructs2, returnState, bogusState) {
      let listOfConstructs;
      let constructIndex;
      let currentConstruct;
      let info;
      return Array.isArray(constructs2) ? (
        /* c8 ignore next 1 */
        handleListOfConstructs(constructs2)
      ) : "tokenize" in constructs2 ? (
        // Looks like a construct.
        handleListOfConstructs([
          /** @type {Construct} */
          constructs2
        ])
      ) : handleMapOfConstructs(constructs2);
      function handleMapOfConstructs(map3) {
        return start;
        function start(code3) {
          const left = code3 !== null && map3[code3];
          const all2 = code3 !== null && map3.null;
          const list4 = [
            // To do: add more extension tests.
            /* c8 ignore next 2 */
            ...Array.isArray(left) ? left : left ? [left] : [],
            ...Array.isArray(all2) ? all2 : all2 ? [all2] : []
          ];
          return handleListOfConstructs(list4)(code3);
        }
      }
      function handleListOfConstructs(list4) {
        listOfConstructs = list4;
        constructIndex = 0;
        if (list4.length === 0) {
          return bogusState;
        }
        return handleConstruct(list4[constructIndex]);
      }
      function handleConstruct(construct) {
        return start;
        function start(code3) {
          info = store();
          currentConstruct = construct;
          if (!construct.partial) {
            context.currentConstruct = construct;
          }
          if (construct.name && context.parser.constructs.disable.null.includes(construct.name)) {
            return nok(code3);
          }
          return construct.tokenize.call(
            // If we do have fields, create an object w/ `context` as its
            // prototype.
            // This allows a “live binding”, which is needed for `interrupt`.
            fields ? Object.assign(Object.create(context), fields) : context,
            effects,
            ok3,
            nok
          )(code3);
        }
      }
      function ok3(code3) {
        consumed = true;
        onreturn(currentConstruct, info);
        return returnState;
      }
      function nok(code3) {
        consumed = true;
        info.restore();
        if (++constructIndex < listOfConstructs.length) {
          return handleConstruct(listOfConstructs[constructIndex]);
        }
        return bogusState;
      }
    }
  }
  function addResult(construct, from2) {
    if (construct.resolveAll && !resolveAllConstructs.includes(construct)) {
      resolveAllConstructs.push(construct);
    }
    if (construct.resolve) {
      splice(context.events, from2, context.events.length - from2, construct.resolve(context.events.slice(from2), context));
    }
    if (construct.resolveTo) {
      context.events = construct.resolveTo(context.events, context);
    }
  }
  function store() {
    const startPoint = now();
    const startPrevious = context.previous;
    const startCurrentConstruct = context.currentConstruct;
    const startEventsIndex = context.events.length;
    const startStack = Array.from(stack);
    return {
      from: startEventsIndex,
      restore
    };
    function restore() {
      point3 = startPoint;
      context.previous = startPrevious;
      context.currentConstruct = startCurrentConstruct;
      context.events.length = startEventsIndex;
      stack = startStack;
      accountForPotentialSkip();
    }
  }
  function accountForPotentialSkip() {
    if (point3.line in columnStart && point3.column < 2) {
      point3.column = columnStart[point3.line];
      point3.offset += columnStart[point3.line] - 1;
    }
  }
}
function sliceChunks(chunks, token) {
  const startIndex = token.start._index;
  const startBufferIndex = token.start._bufferIndex;
  const endIndex = token.end._index;
  const endBufferIndex = token.end._bufferIndex;
  let view;
  if (startIndex === endIndex) {
    view = [chunks[startIndex].slice(startBufferIndex, endBufferIndex)];
  } else {
    view = chunks.slice(startIndex, endIndex);
    if (startBufferIndex > -1) {
      const head = view[0];
      if (typeof head === "string") {
        view[0] = head.slice(startBufferIndex);
      } else {
        view.shift();
      }
    }
    if (endBufferIndex > 0) {
      view.push(chunks[endIndex].slice(0, endBufferIndex));
    }
  }
  return view;
}
function serializeChunks(chunks, expandTabs) {
  let index2 = -1;
  const result = [];
  let atTab;
  while (++index2 < chunks.length) {
    const chunk = chunks[index2];
    let value;
    if (typeof chunk === "string") {
      value = chunk;
    } else {
      switch (chunk) {
        case -5: {
          value = "\r";
          break;
        }
        case -4: {
          value = "\n";
          break;
        }
        case -3: {
          value = "\r\n";
          break;
        }
        case -2: {
          value = expandTabs ? " " : "	";
          break;
        }
        case -1: {
          if (!expandTabs && atTab) {
            continue;
          }
          value = " ";
          break;
        }
        default: {
          value = String.fromCharCode(chunk);
        }
      }
    }
    atTab = chunk === -2;
    result.push(value);
  }
  return result.join("");
}

// node_modules/micromark/lib/parse.js
function parse(options) {
  const settings = options || {};
  const constructs2 = (
    /** @type {FullNormalizedExtension} */
    combineExtensions([constructs_exports, ...settings.extensions || []])
  );
  const parser = {
    constructs: constructs2,
    content: create(content2),
    defined: [],
    document: create(document),
    flow: create(flow),
    lazy: {},
    string: create(string),
    text: create(text3)
  };
  return parser;
  function create(initial) {
    return creator;
    function creator(from) {
      return createTokenizer(parser, initial, from);
    }
  }
}

// node_modules/micromark/lib/postprocess.js
function postprocess(events) {
  while (!subtokenize(events)) {
  }
  return events;
}

// node_modules/micromark/lib/preprocess.js
var search = /[\0\t\n\r]/g;
function preprocess() {
  let column = 1;
  let buffer = "";
  let start = true;
  let atCarriageReturn;
  return preprocessor;
  function preprocessor(value, encoding, end) {
    value = buffer + (typeof value === "string" ? value.toString() : new TextDecoder(encoding || void 0).decode(value));
    const chunks = [];
    let startPosition = 0;
    buffer = "";
    if (start) {
      if (value.charCodeAt(0) === 65279) {
        startPosition++;
      }
      start = void 0;
    }
    while (startPosition < value.length) {
      search.lastIndex = startPosition;
      const match = search.exec(value);
      const endPosition = match && match.index !== void 0 ? match.index : value.length;
      const code3 = value.charCodeAt(endPosition);
      if (!match) {
        buffer = value.slice(startPosition);
        break;
      }
      if (code3 === 10 && startPosition === endPosition && atCarriageReturn) {
        chunks.push(-3);
        atCarriageReturn = void 0;
      } else {
        if (atCarriageReturn) {
          chunks.push(-5);
          atCarriageReturn = void 0;
        }
        if (startPosition < endPosition) {
          chunks.push(value.slice(startPosition, endPosition));
          column += endPosition - startPosition;
        }
        switch (code3) {
          case 0: {
            chunks.push(65533);
            column++;
            break;
          }
          case 9: {
            const next = Math.ceil(column / 4) * 4;
            chunks.push(-2);
            while (column++ < next) {
              chunks.push(-1);
            }
            break;
          }
          case 10: {
            chunks.push(-4);
            column = 1;
            break;
          }
          default: {
            atCarriageReturn = true;
            column = 1;
          }
        }
      }
      startPosition = endPosition + 1;
    }
    if (end) {
      if (atCarriageReturn) {
        chunks.push(-5);
      }
      if (buffer) {
        chunks.push(buffer);
      }
      chunks.push(null);
    }
    return chunks;
  }
}

// node_modules/unist-util-stringify-position/lib/index.js
function stringifyPosition(value) {
  if (!value || typeof value !== "object") {
    return "";
  }
  if ("position" in value || "type" in value) {
    return position(value.position);
  }
  if ("start" in value || "end" in value) {
    return position(value);
  }
  if ("line" in value || "column" in value) {
    return point(value);
  }
  return "";
}
function point(point3) {
  return index(point3 && point3.line) + ":" + index(point3 && point3.column);
}
function position(pos) {
  return point(pos && pos.start) + "-" + point(pos && pos.end);
}
function index(value) {
  return value && typeof value === "number" ? value : 1;
}

// node_modules/mdast-util-from-markdown/lib/index.js
var own2 = {}.hasOwnProperty;
function fromMarkdown(value, encoding, options) {
  if (encoding && typeof encoding === "object") {
    options = encoding;
    encoding = void 0;
  }
  return compiler(options)(postprocess(parse(options).document().write(preprocess()(value, encoding, true))));
}
function compiler(options) {
  const config = {
    afterExit: [],
    beforeEnter: [],
    transforms: [],
    canContainEols: ["emphasis", "fragment", "heading", "paragraph", "strong"],
    enter: {
      autolink: opener(link2),
      autolinkProtocol: onenterdata,
      autolinkEmail: onenterdata,
      atxHeading: opener(heading3),
      blockQuote: opener(blockQuote2),
      characterEscape: onenterdata,
      characterReference: onenterdata,
      codeFenced: opener(codeFlow),
      codeFencedFenceInfo: buffer,
      codeFencedFenceMeta: buffer,
      codeIndented: opener(codeFlow, buffer),
      codeText: opener(codeText2, buffer),
      codeTextData: onenterdata,
      data: onenterdata,
      codeFlowValue: onenterdata,
      definition: opener(definition3),
      definitionDestinationString: buffer,
      definitionLabelString: buffer,
      definitionTitleString: buffer,
      emphasis: opener(emphasis2),
      hardBreakEscape: opener(hardBreak2),
      hardBreakTrailing: opener(hardBreak2),
      htmlFlow: opener(html2, buffer),
      htmlFlowData: onenterdata,
      htmlText: opener(html2, buffer),
      htmlTextData: onenterdata,
      image: opener(image2),
      label: buffer,
      link: opener(link2),
      listItem: opener(listItem3),
      listItemValue: onenterlistitemvalue,
      listOrdered: opener(list4, onenterlistordered),
      listUnordered: opener(list4),
      paragraph: opener(paragraph2),
      reference: onenterreference,
      referenceString: buffer,
      resourceDestinationString: buffer,
      resourceTitleString: buffer,
      setextHeading: opener(heading3),
      strong: opener(strong2),
      thematicBreak: opener(thematicBreak3)
    },
    exit: {
      atxHeading: closer(),
      atxHeadingSequence: onexitatxheadingsequence,
      autolink: closer(),
      autolinkEmail: onexitautolinkemail,
      autolinkProtocol: onexitautolinkprotocol,
      blockQuote: closer(),
      characterEscapeValue: onexitdata,
      characterReferenceMarkerHexadecimal: onexitcharacterreferencemarker,
      characterReferenceMarkerNumeric: onexitcharacterreferencemarker,
      characterReferenceValue: onexitcharacterreferencevalue,
      characterReference: onexitcharacterreference,
      codeFenced: closer(onexitcodefenced),
      codeFencedFence: onexitcodefencedfence,
      codeFencedFenceInfo: onexitcodefencedfenceinfo,
      codeFencedFenceMeta: onexitcodefencedfencemeta,
      codeFlowValue: onexitdata,
      codeIndented: closer(onexitcodeindented),
      codeText: closer(onexitcodetext),
      codeTextData: onexitdata,
      data: onexitdata,
      definition: closer(),
      definitionDestinationString: onexitdefinitiondestinationstring,
      definitionLabelString: onexitdefinitionlabelstring,
      definitionTitleString: onexitdefinitiontitlestring,
      emphasis: closer(),
      hardBreakEscape: closer(onexithardbreak),
      hardBreakTrailing: closer(onexithardbreak),
      htmlFlow: closer(onexithtmlflow),
      htmlFlowData: onexitdata,
      htmlText: closer(onexithtmltext),
      htmlTextData: onexitdata,
      image: closer(onexitimage),
      label: onexitlabel,
      labelText: onexitlabeltext,
      lineEnding: onexitlineending,
      link: closer(onexitlink),
      listItem: closer(),
      listOrdered: closer(),
      listUnordered: closer(),
      paragraph: closer(),
      referenceString: onexitreferencestring,
      resourceDestinationString: onexitresourcedestinationstring,
      resourceTitleString: onexitresourcetitlestring,
      resource: onexitresource,
      setextHeading: closer(onexitsetextheading),
      setextHeadingLineSequence: onexitsetextheadinglinesequence,
      setextHeadingText: onexitsetextheadingtext,
      strong: closer(),
      thematicBreak: closer()
    }
  };
  configure(config, (options || {}).mdastExtensions || []);
  const data = {};
  return compile;
  function compile(events) {
    let tree = {
      type: "root",
      children: [],
      position: void 0
    };
    const context = {
      stack: [tree],
      tokenStack: [],
      config,
      enter,
      exit: exit3,
      buffer,
      resume,
      data
    };
    const listStack = [];
    const prepared = [];
    let index2 = -1;
    while (++index2 < events.length) {
      prepared.push(events[index2]);
      if (events[index2][1].type === "listOrdered" || events[index2][1].type === "listUnordered") {
        if (events[index2][0] === "enter") {
          listStack.push(prepared.length - 1);
        } else {
          const tail = listStack.pop();
          prepareList(prepared, tail);
        }
      }
    }
    events = prepared;
    index2 = -1;
    while (++index2 < events.length) {
      const handler = config[events[index2][0]];
      if (events[index2][0] === "enter" && config.beforeEnter.length > 0) {
        callListeners(config.beforeEnter, {
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (own2.call(handler, events[index2][1].type)) {
        handler[events[index2][1].type].call({
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (events[index2][0] === "exit" && config.afterExit.length > 0) {
        callListeners(config.afterExit, {
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
    }
    if (context.tokenStack.length > 0) {
      const tail = context.tokenStack[context.tokenStack.length - 1];
      const handler = tail[1] || defaultOnError;
      handler.call(context, void 0, tail[0]);
    }
    tree.position = {
      start: point2(events.length > 0 ? events[0][1].start : {
        line: 1,
        column: 1,
        offset: 0
      }),
      end: point2(events.length > 0 ? events[events.length - 2][1].end : {
        line: 1,
        column: 1,
        offset: 0
      })
    };
    index2 = -1;
    while (++index2 < config.transforms.length) {
      tree = config.transforms[index2](tree) || tree;
    }
    return tree;
  }
  function callListeners(listeners, context, token) {
    let index2 = -1;
    while (++index2 < listeners.length) {
      listeners[index2].call(context, token);
    }
  }
  function prepareList(events, start) {
    const end = events.length - 1;
    let index2 = start - 1;
    let containerBalance = -1;
    let listSpread = false;
    let listItem4;
    let lineIndex;
    let firstBlankLineIndex;
    let atMarker;
    const insertions = [];
    while (++index2 <= end) {
      const event = events[index2];
      switch (event[1].type) {
        case "listUnordered":
        case "listOrdered":
        case "blockQuote": {
          if (event[0] === "enter") {
            containerBalance++;
          } else {
            containerBalance--;
          }
          atMarker = void 0;
          break;
        }
        case "lineEndingBlank": {
          if (event[0] === "enter") {
            if (listItem4 && !atMarker && !containerBalance && !firstBlankLineIndex) {
              firstBlankLineIndex = index2;
            }
            atMarker = void 0;
          }
          break;
        }
        case "linePrefix":
        case "listItemValue":
        case "listItemMarker":
        case "listItemPrefix":
        case "listItemPrefixWhitespace": {
          break;
        }
        default: {
          atMarker = void 0;
        }
      }
      if (!containerBalance && event[0] === "enter" && event[1].type === "listItemPrefix" || containerBalance === -1 && event[0] === "exit" && (event[1].type === "listUnordered" || event[1].type === "listOrdered")) {
        if (listItem4) {
          let tailIndex = index2;
          lineIndex = void 0;
          while (tailIndex--) {
            const tailEvent = events[tailIndex];
            if (tailEvent[1].type === "lineEnding" || tailEvent[1].type === "lineEndingBlank") {
              if (tailEvent[0] === "exit") continue;
              if (lineIndex) {
                events[lineIndex][1].type = "lineEndingBlank";
                listSpread = true;
              }
              tailEvent[1].type = "lineEnding";
              lineIndex = tailIndex;
            } else if (tailEvent[1].type === "linePrefix" || tailEvent[1].type === "blockQuotePrefix" || tailEvent[1].type === "blockQuotePrefixWhitespace" || tailEvent[1].type === "blockQuoteMarker" || tailEvent[1].type === "listItemIndent") {
            } else {
              break;
            }
          }
          if (firstBlankLineIndex && (!lineIndex || firstBlankLineIndex < lineIndex)) {
            listItem4._spread = true;
          }
          listItem4.end = Object.assign({}, lineIndex ? events[lineIndex][1].start : event[1].end);
          insertions.push({
            at: lineIndex || index2,
            event: ["exit", listItem4, event[2]]
          });
        }
        if (event[1].type === "listItemPrefix") {
          const item = {
            type: "listItem",
            _spread: false,
            start: Object.assign({}, event[1].start),
            // @ts-expect-error: we’ll add `end` in a second.
            end: void 0
          };
          listItem4 = item;
          insertions.push({
            at: index2,
            event: ["enter", item, event[2]]
          });
          firstBlankLineIndex = void 0;
          atMarker = true;
        }
      }
    }
    const listEvents = events.splice(start);
    let insertion = 0;
    index2 = -1;
    while (++index2 < listEvents.length) {
      while (insertion < insertions.length && insertions[insertion].at === start + index2) {
        events.push(insertions[insertion++].event);
      }
      events.push(listEvents[index2]);
    }
    events[start][1]._spread = listSpread;
  }
  function opener(create, and) {
    return open;
    function open(token) {
      enter.call(this, create(token), token);
      if (and) and.call(this, token);
    }
  }
  function buffer() {
    this.stack.push({
      type: "fragment",
      children: []
    });
  }
  function enter(node2, token, errorHandler) {
    const parent = this.stack[this.stack.length - 1];
    const siblings = parent.children;
    siblings.push(node2);
    this.stack.push(node2);
    this.tokenStack.push([token, errorHandler || void 0]);
    node2.position = {
      start: point2(token.start),
      // @ts-expect-error: `end` will be patched later.
      end: void 0
    };
  }
  function closer(and) {
    return close;
    function close(token) {
      if (and) and.call(this, token);
      exit3.call(this, token);
    }
  }
  function exit3(token, onExitError) {
    const node2 = this.stack.pop();
    const open = this.tokenStack.pop();
    if (!open) {
      throw new Error("Cannot close `" + token.type + "` (" + stringifyPosition({
        start: token.start,
        end: token.end
      }) + "): it\u2019s not open");
    }
    if (open[0].type !== token.type) {
      if (onExitError) {
        onExitError.call(this, token, open[0]);
      } else {
        const handler = open[1] || defaultOnError;
        handler.call(this, token, open[0]);
      }
    }
    node2.position.end = point2(token.end);
  }
  function resume() {
    return toString(this.stack.pop());
  }
  function onenterlistordered() {
    this.data.expectingFirstListItemValue = true;
  }
  function onenterlistitemvalue(token) {
    if (this.data.expectingFirstListItemValue) {
      const ancestor = this.stack[this.stack.length - 2];
      ancestor.start = Number.parseInt(this.sliceSerialize(token), 10);
      this.data.expectingFirstListItemValue = void 0;
    }
  }
  function onexitcodefencedfenceinfo() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.lang = data2;
  }
  function onexitcodefencedfencemeta() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.meta = data2;
  }
  function onexitcodefencedfence() {
    if (this.data.flowCodeInside) return;
    this.buffer();
    this.data.flowCodeInside = true;
  }
  function onexitcodefenced() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
    this.data.flowCodeInside = void 0;
  }
  function onexitcodeindented() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/(\r?\n|\r)$/g, "");
  }
  function onexitdefinitionlabelstring(token) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
  }
  function onexitdefinitiontitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitdefinitiondestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitatxheadingsequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    if (!node2.depth) {
      const depth = this.sliceSerialize(token).length;
      node2.depth = depth;
    }
  }
  function onexitsetextheadingtext() {
    this.data.setextHeadingSlurpLineEnding = true;
  }
  function onexitsetextheadinglinesequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    node2.depth = this.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
  }
  function onexitsetextheading() {
    this.data.setextHeadingSlurpLineEnding = void 0;
  }
  function onenterdata(token) {
    const node2 = this.stack[this.stack.length - 1];
    const siblings = node2.children;
    let tail = siblings[siblings.length - 1];
    if (!tail || tail.type !== "text") {
      tail = text5();
      tail.position = {
        start: point2(token.start),
        // @ts-expect-error: we’ll add `end` later.
        end: void 0
      };
      siblings.push(tail);
    }
    this.stack.push(tail);
  }
  function onexitdata(token) {
    const tail = this.stack.pop();
    tail.value += this.sliceSerialize(token);
    tail.position.end = point2(token.end);
  }
  function onexitlineending(token) {
    const context = this.stack[this.stack.length - 1];
    if (this.data.atHardBreak) {
      const tail = context.children[context.children.length - 1];
      tail.position.end = point2(token.end);
      this.data.atHardBreak = void 0;
      return;
    }
    if (!this.data.setextHeadingSlurpLineEnding && config.canContainEols.includes(context.type)) {
      onenterdata.call(this, token);
      onexitdata.call(this, token);
    }
  }
  function onexithardbreak() {
    this.data.atHardBreak = true;
  }
  function onexithtmlflow() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexithtmltext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitcodetext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitlink() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitimage() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitlabeltext(token) {
    const string3 = this.sliceSerialize(token);
    const ancestor = this.stack[this.stack.length - 2];
    ancestor.label = decodeString(string3);
    ancestor.identifier = normalizeIdentifier(string3).toLowerCase();
  }
  function onexitlabel() {
    const fragment = this.stack[this.stack.length - 1];
    const value = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    this.data.inReference = true;
    if (node2.type === "link") {
      const children = fragment.children;
      node2.children = children;
    } else {
      node2.alt = value;
    }
  }
  function onexitresourcedestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitresourcetitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitresource() {
    this.data.inReference = void 0;
  }
  function onenterreference() {
    this.data.referenceType = "collapsed";
  }
  function onexitreferencestring(token) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
    this.data.referenceType = "full";
  }
  function onexitcharacterreferencemarker(token) {
    this.data.characterReferenceType = token.type;
  }
  function onexitcharacterreferencevalue(token) {
    const data2 = this.sliceSerialize(token);
    const type = this.data.characterReferenceType;
    let value;
    if (type) {
      value = decodeNumericCharacterReference(data2, type === "characterReferenceMarkerNumeric" ? 10 : 16);
      this.data.characterReferenceType = void 0;
    } else {
      const result = decodeNamedCharacterReference(data2);
      value = result;
    }
    const tail = this.stack[this.stack.length - 1];
    tail.value += value;
  }
  function onexitcharacterreference(token) {
    const tail = this.stack.pop();
    tail.position.end = point2(token.end);
  }
  function onexitautolinkprotocol(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = this.sliceSerialize(token);
  }
  function onexitautolinkemail(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = "mailto:" + this.sliceSerialize(token);
  }
  function blockQuote2() {
    return {
      type: "blockquote",
      children: [],
      position: void 0
    };
  }
  function codeFlow() {
    return {
      type: "code",
      lang: null,
      meta: null,
      value: "",
      position: void 0
    };
  }
  function codeText2() {
    return {
      type: "inlineCode",
      value: "",
      position: void 0
    };
  }
  function definition3() {
    return {
      type: "definition",
      identifier: "",
      label: null,
      title: null,
      url: "",
      position: void 0
    };
  }
  function emphasis2() {
    return {
      type: "emphasis",
      children: [],
      position: void 0
    };
  }
  function heading3() {
    return {
      type: "heading",
      // @ts-expect-error `depth` will be set later.
      depth: 0,
      children: [],
      position: void 0
    };
  }
  function hardBreak2() {
    return {
      type: "break",
      position: void 0
    };
  }
  function html2() {
    return {
      type: "html",
      value: "",
      position: void 0
    };
  }
  function image2() {
    return {
      type: "image",
      title: null,
      url: "",
      alt: null,
      position: void 0
    };
  }
  function link2() {
    return {
      type: "link",
      title: null,
      url: "",
      children: [],
      position: void 0
    };
  }
  function list4(token) {
    return {
      type: "list",
      ordered: token.type === "listOrdered",
      start: null,
      spread: token._spread,
      children: [],
      position: void 0
    };
  }
  function listItem3(token) {
    return {
      type: "listItem",
      spread: token._spread,
      checked: null,
      children: [],
      position: void 0
    };
  }
  function paragraph2() {
    return {
      type: "paragraph",
      children: [],
      position: void 0
    };
  }
  function strong2() {
    return {
      type: "strong",
      children: [],
      position: void 0
    };
  }
  function text5() {
    return {
      type: "text",
      value: "",
      position: void 0
    };
  }
  function thematicBreak3() {
    return {
      type: "thematicBreak",
      position: void 0
    };
  }
}
function point2(d) {
  return {
    line: d.line,
    column: d.column,
    offset: d.offset
  };
}
function configure(combined, extensions) {
  let index2 = -1;
  while (++index2 < extensions.length) {
    const value = extensions[index2];
    if (Array.isArray(value)) {
      configure(combined, value);
    } else {
      extension(combined, value);
    }
  }
}
function extension(combined, extension2) {
  let key;
  for (key in extension2) {
    if (own2.call(extension2, key)) {
      switch (key) {
        case "canContainEols": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "transforms": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "afterExit":
        case "beforeEnter": {
          const right = extension2[key];
          if (right) {
            combined[key].push(right);
          }
          break;
        }
        case "enter":
        case "exit": {
          const right = extension2[key];
          if (right) {
            Object.assign(combined[key], right);
          }
          break;
        }
      }
    }
  }
}
function defaultOnError(left, right) {
  if (left) {
    throw new Error("Cannot close `" + left.type + "` (" + stringifyPosition({
      start: left.start,
      end: left.end
    }) + "): a different token (`" + right.type + "`, " + stringifyPosition({
      start: right.start,
      end: right.end
    }) + ") is open");
  }
  throw new Error("Cannot close document, a token (`" + right.type + "`, " + stringifyPosition({
    start: right.start,
    end: right.end
  }) + ") is still open");
}

// node_modules/remark-parse/lib/index.js
function remarkParse(options) {
  const self = this;
  self.parser = parser;
  function parser(doc) {
    return fromMarkdown(doc, {
      ...self.data("settings"),
      ...options,
      // Note: these options are not in the readme.
      // The goal is for them to be set by plugins on `data` instead of being
      // passed by users.
      extensions: self.data("micromarkExtensions") || [],
      mdastExtensions: self.data("fromMarkdownExtensions") || []
    });
  }
}

// node_modules/bail/index.js
function bail(error) {
  if (error) {
    throw error;
  }
}

// node_modules/unified/lib/index.js
var import_extend = __toESM(require_extend(), 1);

// node_modules/is-plain-obj/index.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value) && !(Symbol.iterator in value);
}

// node_modules/trough/lib/index.js
function trough() {
  const fns = [];
  const pipeline = { run, use };
  return pipeline;
  function run(...values) {
    let middlewareIndex = -1;
    const callback = values.pop();
    if (typeof callback !== "function") {
      throw new TypeError("Expected function as last argument, not " + callback);
    }
    next(null, ...values);
    function next(error, ...output) {
      const fn = fns[++middlewareIndex];
      let index2 = -1;
      if (error) {
        callback(error);
        return;
      }
      while (++index2 < values.length) {
        if (output[index2] === null || output[index2] === void 0) {
          output[index2] = values[index2];
        }
      }
      values = output;
      if (fn) {
        wrap2(fn, next)(...output);
      } else {
        callback(null, ...output);
      }
    }
  }
  function use(middelware) {
    if (typeof middelware !== "function") {
      throw new TypeError(
        "Expected `middelware` to be a function, not " + middelware
      );
    }
    fns.push(middelware);
    return pipeline;
  }
}
function wrap2(middleware, callback) {
  let called;
  return wrapped;
  function wrapped(...parameters) {
    const fnExpectsCallback = middleware.length > parameters.length;
    let result;
    if (fnExpectsCallback) {
      parameters.push(done);
    }
    try {
      result = middleware.apply(this, parameters);
    } catch (error) {
      const exception = (
        /** @type {Error} */
        error
      );
      if (fnExpectsCallback && called) {
        throw exception;
      }
      return done(exception);
    }
    if (!fnExpectsCallback) {
      if (result && result.then && typeof result.then === "function") {
        result.then(then, done);
      } else if (result instanceof Error) {
        done(result);
      } else {
        then(result);
      }
    }
  }
  function done(error, ...output) {
    if (!called) {
      called = true;
      callback(error, ...output);
    }
  }
  function then(value) {
    done(null, value);
  }
}

// node_modules/vfile-message/lib/index.js
var VFileMessage = class extends Error {
  /**
   * Create a message for `reason`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Options | null | undefined} [options]
   *   Configuration (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | null | undefined} parent
   *   Node or node-like, used for `ancestors` and `place`.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Point | Position | null | undefined} place
   *   Place of message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {Node | NodeLike | null | undefined} parent
   *   Node or node-like, used for `ancestors` and `place`.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {Point | Position | null | undefined} place
   *   Place of message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | Options | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns
   *   Instance of `VFileMessage`.
   */
  // eslint-disable-next-line complexity
  constructor(causeOrReason, optionsOrParentOrPlace, origin) {
    super();
    if (typeof optionsOrParentOrPlace === "string") {
      origin = optionsOrParentOrPlace;
      optionsOrParentOrPlace = void 0;
    }
    let reason = "";
    let options = {};
    let legacyCause = false;
    if (optionsOrParentOrPlace) {
      if ("line" in optionsOrParentOrPlace && "column" in optionsOrParentOrPlace) {
        options = { place: optionsOrParentOrPlace };
      } else if ("start" in optionsOrParentOrPlace && "end" in optionsOrParentOrPlace) {
        options = { place: optionsOrParentOrPlace };
      } else if ("type" in optionsOrParentOrPlace) {
        options = {
          ancestors: [optionsOrParentOrPlace],
          place: optionsOrParentOrPlace.position
        };
      } else {
        options = { ...optionsOrParentOrPlace };
      }
    }
    if (typeof causeOrReason === "string") {
      reason = causeOrReason;
    } else if (!options.cause && causeOrReason) {
      legacyCause = true;
      reason = causeOrReason.message;
      options.cause = causeOrReason;
    }
    if (!options.ruleId && !options.source && typeof origin === "string") {
      const index2 = origin.indexOf(":");
      if (index2 === -1) {
        options.ruleId = origin;
      } else {
        options.source = origin.slice(0, index2);
        options.ruleId = origin.slice(index2 + 1);
      }
    }
    if (!options.place && options.ancestors) {
      const parent = options.ancestors[options.ancestors.length - 1];
      if (parent) {
        options.place = parent.position;
      }
    }
    const start = options.place && "start" in options.place ? options.place.start : options.place;
    this.ancestors = options.ancestors || void 0;
    this.cause = options.cause || void 0;
    this.column = start ? start.column : void 0;
    this.fatal = void 0;
    this.file = "";
    this.message = reason;
    this.line = start ? start.line : void 0;
    this.name = stringifyPosition(options.place) || "1:1";
    this.place = options.place || void 0;
    this.reason = this.message;
    this.ruleId = options.ruleId || void 0;
    this.source = options.source || void 0;
    this.stack = legacyCause && options.cause && typeof options.cause.stack === "string" ? options.cause.stack : "";
    this.actual = void 0;
    this.expected = void 0;
    this.note = void 0;
    this.url = void 0;
  }
};
Object.defineProperties(VFileMessage.prototype, {
  file: { configurable: true, enumerable: true, value: "", writable: true },
  name: { configurable: true, enumerable: true, value: "", writable: true },
  reason: { configurable: true, enumerable: true, value: "", writable: true },
  message: { configurable: true, enumerable: true, value: "", writable: true },
  stack: { configurable: true, enumerable: true, value: "", writable: true },
  column: { configurable: true, enumerable: true, writable: true },
  line: { configurable: true, enumerable: true, writable: true },
  ancestors: { configurable: true, enumerable: true, writable: true },
  cause: { configurable: true, enumerable: true, writable: true },
  fatal: { configurable: true, enumerable: true, writable: true },
  place: { configurable: true, enumerable: true, writable: true },
  ruleId: { configurable: true, enumerable: true, writable: true },
  source: { configurable: true, enumerable: true, writable: true }
});

// node_modules/vfile/lib/minpath.js
import { default as default2 } from "node:path";

// node_modules/vfile/lib/minproc.js
import { default as default3 } from "node:process";

// node_modules/vfile/lib/minurl.js
import { fileURLToPath } from "node:url";

// node_modules/vfile/lib/minurl.shared.js
function isUrl(fileUrlOrPath) {
  return Boolean(
    fileUrlOrPath !== null && typeof fileUrlOrPath === "object" && "href" in fileUrlOrPath && fileUrlOrPath.href && "protocol" in fileUrlOrPath && fileUrlOrPath.protocol && // @ts-expect-error: indexing is fine.
    fileUrlOrPath.auth === void 0
  );
}

// node_modules/vfile/lib/index.js
var order = (
  /** @type {const} */
  [
    "history",
    "path",
    "basename",
    "stem",
    "extname",
    "dirname"
  ]
);
var VFile = class {
  /**
   * Create a new virtual file.
   *
   * `options` is treated as:
   *
   * *   `string` or `Uint8Array` — `{value: options}`
   * *   `URL` — `{path: options}`
   * *   `VFile` — shallow copies its data over to the new file
   * *   `object` — all fields are shallow copied over to the new file
   *
   * Path related fields are set in the following order (least specific to
   * most specific): `history`, `path`, `basename`, `stem`, `extname`,
   * `dirname`.
   *
   * You cannot set `dirname` or `extname` without setting either `history`,
   * `path`, `basename`, or `stem` too.
   *
   * @param {Compatible | null | undefined} [value]
   *   File value.
   * @returns
   *   New instance.
   */
  constructor(value) {
    let options;
    if (!value) {
      options = {};
    } else if (isUrl(value)) {
      options = { path: value };
    } else if (typeof value === "string" || isUint8Array(value)) {
      options = { value };
    } else {
      options = value;
    }
    this.cwd = "cwd" in options ? "" : default3.cwd();
    this.data = {};
    this.history = [];
    this.messages = [];
    this.value;
    this.map;
    this.result;
    this.stored;
    let index2 = -1;
    while (++index2 < order.length) {
      const field2 = order[index2];
      if (field2 in options && options[field2] !== void 0 && options[field2] !== null) {
        this[field2] = field2 === "history" ? [...options[field2]] : options[field2];
      }
    }
    let field;
    for (field in options) {
      if (!order.includes(field)) {
        this[field] = options[field];
      }
    }
  }
  /**
   * Get the basename (including extname) (example: `'index.min.js'`).
   *
   * @returns {string | undefined}
   *   Basename.
   */
  get basename() {
    return typeof this.path === "string" ? default2.basename(this.path) : void 0;
  }
  /**
   * Set basename (including extname) (`'index.min.js'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be nullified (use `file.path = file.dirname` instead).
   *
   * @param {string} basename
   *   Basename.
   * @returns {undefined}
   *   Nothing.
   */
  set basename(basename) {
    assertNonEmpty(basename, "basename");
    assertPart(basename, "basename");
    this.path = default2.join(this.dirname || "", basename);
  }
  /**
   * Get the parent path (example: `'~'`).
   *
   * @returns {string | undefined}
   *   Dirname.
   */
  get dirname() {
    return typeof this.path === "string" ? default2.dirname(this.path) : void 0;
  }
  /**
   * Set the parent path (example: `'~'`).
   *
   * Cannot be set if there’s no `path` yet.
   *
   * @param {string | undefined} dirname
   *   Dirname.
   * @returns {undefined}
   *   Nothing.
   */
  set dirname(dirname) {
    assertPath(this.basename, "dirname");
    this.path = default2.join(dirname || "", this.basename);
  }
  /**
   * Get the extname (including dot) (example: `'.js'`).
   *
   * @returns {string | undefined}
   *   Extname.
   */
  get extname() {
    return typeof this.path === "string" ? default2.extname(this.path) : void 0;
  }
  /**
   * Set the extname (including dot) (example: `'.js'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be set if there’s no `path` yet.
   *
   * @param {string | undefined} extname
   *   Extname.
   * @returns {undefined}
   *   Nothing.
   */
  set extname(extname) {
    assertPart(extname, "extname");
    assertPath(this.dirname, "extname");
    if (extname) {
      if (extname.codePointAt(0) !== 46) {
        throw new Error("`extname` must start with `.`");
      }
      if (extname.includes(".", 1)) {
        throw new Error("`extname` cannot contain multiple dots");
      }
    }
    this.path = default2.join(this.dirname, this.stem + (extname || ""));
  }
  /**
   * Get the full path (example: `'~/index.min.js'`).
   *
   * @returns {string}
   *   Path.
   */
  get path() {
    return this.history[this.history.length - 1];
  }
  /**
   * Set the full path (example: `'~/index.min.js'`).
   *
   * Cannot be nullified.
   * You can set a file URL (a `URL` object with a `file:` protocol) which will
   * be turned into a path with `url.fileURLToPath`.
   *
   * @param {URL | string} path
   *   Path.
   * @returns {undefined}
   *   Nothing.
   */
  set path(path2) {
    if (isUrl(path2)) {
      path2 = fileURLToPath(path2);
    }
    assertNonEmpty(path2, "path");
    if (this.path !== path2) {
      this.history.push(path2);
    }
  }
  /**
   * Get the stem (basename w/o extname) (example: `'index.min'`).
   *
   * @returns {string | undefined}
   *   Stem.
   */
  get stem() {
    return typeof this.path === "string" ? default2.basename(this.path, this.extname) : void 0;
  }
  /**
   * Set the stem (basename w/o extname) (example: `'index.min'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be nullified (use `file.path = file.dirname` instead).
   *
   * @param {string} stem
   *   Stem.
   * @returns {undefined}
   *   Nothing.
   */
  set stem(stem) {
    assertNonEmpty(stem, "stem");
    assertPart(stem, "stem");
    this.path = default2.join(this.dirname || "", stem + (this.extname || ""));
  }
  // Normal prototypal methods.
  /**
   * Create a fatal message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `true` (error; file not usable)
   * and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {never}
   *   Never.
   * @throws {VFileMessage}
   *   Message.
   */
  fail(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = this.message(causeOrReason, optionsOrParentOrPlace, origin);
    message.fatal = true;
    throw message;
  }
  /**
   * Create an info message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `undefined` (info; change
   * likely not needed) and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {VFileMessage}
   *   Message.
   */
  info(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = this.message(causeOrReason, optionsOrParentOrPlace, origin);
    message.fatal = void 0;
    return message;
  }
  /**
   * Create a message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `false` (warning; change may be
   * needed) and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {VFileMessage}
   *   Message.
   */
  message(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = new VFileMessage(
      // @ts-expect-error: the overloads are fine.
      causeOrReason,
      optionsOrParentOrPlace,
      origin
    );
    if (this.path) {
      message.name = this.path + ":" + message.name;
      message.file = this.path;
    }
    message.fatal = false;
    this.messages.push(message);
    return message;
  }
  /**
   * Serialize the file.
   *
   * > **Note**: which encodings are supported depends on the engine.
   * > For info on Node.js, see:
   * > <https://nodejs.org/api/util.html#whatwg-supported-encodings>.
   *
   * @param {string | null | undefined} [encoding='utf8']
   *   Character encoding to understand `value` as when it’s a `Uint8Array`
   *   (default: `'utf-8'`).
   * @returns {string}
   *   Serialized file.
   */
  toString(encoding) {
    if (this.value === void 0) {
      return "";
    }
    if (typeof this.value === "string") {
      return this.value;
    }
    const decoder = new TextDecoder(encoding || void 0);
    return decoder.decode(this.value);
  }
};
function assertPart(part, name) {
  if (part && part.includes(default2.sep)) {
    throw new Error(
      "`" + name + "` cannot be a path: did not expect `" + default2.sep + "`"
    );
  }
}
function assertNonEmpty(part, name) {
  if (!part) {
    throw new Error("`" + name + "` cannot be empty");
  }
}
function assertPath(path2, name) {
  if (!path2) {
    throw new Error("Setting `" + name + "` requires `path` to be set too");
  }
}
function isUint8Array(value) {
  return Boolean(
    value && typeof value === "object" && "byteLength" in value && "byteOffset" in value
  );
}

// node_modules/unified/lib/callable-instance.js
var CallableInstance = (
  /**
   * @type {new <Parameters extends Array<unknown>, Result>(property: string | symbol) => (...parameters: Parameters) => Result}
   */
  /** @type {unknown} */
  /**
   * @this {Function}
   * @param {string | symbol} property
   * @returns {(...parameters: Array<unknown>) => unknown}
   */
  (function(property) {
    const self = this;
    const constr = self.constructor;
    const proto = (
      /** @type {Record<string | symbol, Function>} */
      // Prototypes do exist.
      // type-coverage:ignore-next-line
      constr.prototype
    );
    const value = proto[property];
    const apply = function() {
      return value.apply(apply, arguments);
    };
    Object.setPrototypeOf(apply, proto);
    return apply;
  })
);

// node_modules/unified/lib/index.js
var own3 = {}.hasOwnProperty;
var Processor = class _Processor extends CallableInstance {
  /**
   * Create a processor.
   */
  constructor() {
    super("copy");
    this.Compiler = void 0;
    this.Parser = void 0;
    this.attachers = [];
    this.compiler = void 0;
    this.freezeIndex = -1;
    this.frozen = void 0;
    this.namespace = {};
    this.parser = void 0;
    this.transformers = trough();
  }
  /**
   * Copy a processor.
   *
   * @deprecated
   *   This is a private internal method and should not be used.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   New *unfrozen* processor ({@linkcode Processor}) that is
   *   configured to work the same as its ancestor.
   *   When the descendant processor is configured in the future it does not
   *   affect the ancestral processor.
   */
  copy() {
    const destination3 = (
      /** @type {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>} */
      new _Processor()
    );
    let index2 = -1;
    while (++index2 < this.attachers.length) {
      const attacher = this.attachers[index2];
      destination3.use(...attacher);
    }
    destination3.data((0, import_extend.default)(true, {}, this.namespace));
    return destination3;
  }
  /**
   * Configure the processor with info available to all plugins.
   * Information is stored in an object.
   *
   * Typically, options can be given to a specific plugin, but sometimes it
   * makes sense to have information shared with several plugins.
   * For example, a list of HTML elements that are self-closing, which is
   * needed during all phases.
   *
   * > **Note**: setting information cannot occur on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * > **Note**: to register custom data in TypeScript, augment the
   * > {@linkcode Data} interface.
   *
   * @example
   *   This example show how to get and set info:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   const processor = unified().data('alpha', 'bravo')
   *
   *   processor.data('alpha') // => 'bravo'
   *
   *   processor.data() // => {alpha: 'bravo'}
   *
   *   processor.data({charlie: 'delta'})
   *
   *   processor.data() // => {charlie: 'delta'}
   *   ```
   *
   * @template {keyof Data} Key
   *
   * @overload
   * @returns {Data}
   *
   * @overload
   * @param {Data} dataset
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Key} key
   * @returns {Data[Key]}
   *
   * @overload
   * @param {Key} key
   * @param {Data[Key]} value
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @param {Data | Key} [key]
   *   Key to get or set, or entire dataset to set, or nothing to get the
   *   entire dataset (optional).
   * @param {Data[Key]} [value]
   *   Value to set (optional).
   * @returns {unknown}
   *   The current processor when setting, the value at `key` when getting, or
   *   the entire dataset when getting without key.
   */
  data(key, value) {
    if (typeof key === "string") {
      if (arguments.length === 2) {
        assertUnfrozen("data", this.frozen);
        this.namespace[key] = value;
        return this;
      }
      return own3.call(this.namespace, key) && this.namespace[key] || void 0;
    }
    if (key) {
      assertUnfrozen("data", this.frozen);
      this.namespace = key;
      return this;
    }
    return this.namespace;
  }
  /**
   * Freeze a processor.
   *
   * Frozen processors are meant to be extended and not to be configured
   * directly.
   *
   * When a processor is frozen it cannot be unfrozen.
   * New processors working the same way can be created by calling the
   * processor.
   *
   * It’s possible to freeze processors explicitly by calling `.freeze()`.
   * Processors freeze automatically when `.parse()`, `.run()`, `.runSync()`,
   * `.stringify()`, `.process()`, or `.processSync()` are called.
   *
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   The current processor.
   */
  freeze() {
    if (this.frozen) {
      return this;
    }
    const self = (
      /** @type {Processor} */
      /** @type {unknown} */
      this
    );
    while (++this.freezeIndex < this.attachers.length) {
      const [attacher, ...options] = this.attachers[this.freezeIndex];
      if (options[0] === false) {
        continue;
      }
      if (options[0] === true) {
        options[0] = void 0;
      }
      const transformer = attacher.call(self, ...options);
      if (typeof transformer === "function") {
        this.transformers.use(transformer);
      }
    }
    this.frozen = true;
    this.freezeIndex = Number.POSITIVE_INFINITY;
    return this;
  }
  /**
   * Parse text to a syntax tree.
   *
   * > **Note**: `parse` freezes the processor if not already *frozen*.
   *
   * > **Note**: `parse` performs the parse phase, not the run phase or other
   * > phases.
   *
   * @param {Compatible | undefined} [file]
   *   file to parse (optional); typically `string` or `VFile`; any value
   *   accepted as `x` in `new VFile(x)`.
   * @returns {ParseTree extends undefined ? Node : ParseTree}
   *   Syntax tree representing `file`.
   */
  parse(file) {
    this.freeze();
    const realFile = vfile(file);
    const parser = this.parser || this.Parser;
    assertParser("parse", parser);
    return parser(String(realFile), realFile);
  }
  /**
   * Process the given file as configured on the processor.
   *
   * > **Note**: `process` freezes the processor if not already *frozen*.
   *
   * > **Note**: `process` performs the parse, run, and stringify phases.
   *
   * @overload
   * @param {Compatible | undefined} file
   * @param {ProcessCallback<VFileWithOutput<CompileResult>>} done
   * @returns {undefined}
   *
   * @overload
   * @param {Compatible | undefined} [file]
   * @returns {Promise<VFileWithOutput<CompileResult>>}
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`]; any value accepted as
   *   `x` in `new VFile(x)`.
   * @param {ProcessCallback<VFileWithOutput<CompileResult>> | undefined} [done]
   *   Callback (optional).
   * @returns {Promise<VFile> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise a promise, rejected with a fatal error or resolved with the
   *   processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  process(file, done) {
    const self = this;
    this.freeze();
    assertParser("process", this.parser || this.Parser);
    assertCompiler("process", this.compiler || this.Compiler);
    return done ? executor(void 0, done) : new Promise(executor);
    function executor(resolve, reject) {
      const realFile = vfile(file);
      const parseTree = (
        /** @type {HeadTree extends undefined ? Node : HeadTree} */
        /** @type {unknown} */
        self.parse(realFile)
      );
      self.run(parseTree, realFile, function(error, tree, file2) {
        if (error || !tree || !file2) {
          return realDone(error);
        }
        const compileTree = (
          /** @type {CompileTree extends undefined ? Node : CompileTree} */
          /** @type {unknown} */
          tree
        );
        const compileResult = self.stringify(compileTree, file2);
        if (looksLikeAValue(compileResult)) {
          file2.value = compileResult;
        } else {
          file2.result = compileResult;
        }
        realDone(
          error,
          /** @type {VFileWithOutput<CompileResult>} */
          file2
        );
      });
      function realDone(error, file2) {
        if (error || !file2) {
          reject(error);
        } else if (resolve) {
          resolve(file2);
        } else {
          ok(done, "`done` is defined if `resolve` is not");
          done(void 0, file2);
        }
      }
    }
  }
  /**
   * Process the given file as configured on the processor.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `processSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `processSync` performs the parse, run, and stringify phases.
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`; any value accepted as
   *   `x` in `new VFile(x)`.
   * @returns {VFileWithOutput<CompileResult>}
   *   The processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  processSync(file) {
    let complete = false;
    let result;
    this.freeze();
    assertParser("processSync", this.parser || this.Parser);
    assertCompiler("processSync", this.compiler || this.Compiler);
    this.process(file, realDone);
    assertDone("processSync", "process", complete);
    ok(result, "we either bailed on an error or have a tree");
    return result;
    function realDone(error, file2) {
      complete = true;
      bail(error);
      result = file2;
    }
  }
  /**
   * Run *transformers* on a syntax tree.
   *
   * > **Note**: `run` freezes the processor if not already *frozen*.
   *
   * > **Note**: `run` performs the run phase, not other phases.
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} file
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} [file]
   * @returns {Promise<TailTree extends undefined ? Node : TailTree>}
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {(
   *   RunCallback<TailTree extends undefined ? Node : TailTree> |
   *   Compatible
   * )} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} [done]
   *   Callback (optional).
   * @returns {Promise<TailTree extends undefined ? Node : TailTree> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise, a promise rejected with a fatal error or resolved with the
   *   transformed tree.
   */
  run(tree, file, done) {
    assertNode(tree);
    this.freeze();
    const transformers = this.transformers;
    if (!done && typeof file === "function") {
      done = file;
      file = void 0;
    }
    return done ? executor(void 0, done) : new Promise(executor);
    function executor(resolve, reject) {
      ok(
        typeof file !== "function",
        "`file` can\u2019t be a `done` anymore, we checked"
      );
      const realFile = vfile(file);
      transformers.run(tree, realFile, realDone);
      function realDone(error, outputTree, file2) {
        const resultingTree = (
          /** @type {TailTree extends undefined ? Node : TailTree} */
          outputTree || tree
        );
        if (error) {
          reject(error);
        } else if (resolve) {
          resolve(resultingTree);
        } else {
          ok(done, "`done` is defined if `resolve` is not");
          done(void 0, resultingTree, file2);
        }
      }
    }
  }
  /**
   * Run *transformers* on a syntax tree.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `runSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `runSync` performs the run phase, not other phases.
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {TailTree extends undefined ? Node : TailTree}
   *   Transformed tree.
   */
  runSync(tree, file) {
    let complete = false;
    let result;
    this.run(tree, file, realDone);
    assertDone("runSync", "run", complete);
    ok(result, "we either bailed on an error or have a tree");
    return result;
    function realDone(error, tree2) {
      bail(error);
      result = tree2;
      complete = true;
    }
  }
  /**
   * Compile a syntax tree.
   *
   * > **Note**: `stringify` freezes the processor if not already *frozen*.
   *
   * > **Note**: `stringify` performs the stringify phase, not the run phase
   * > or other phases.
   *
   * @param {CompileTree extends undefined ? Node : CompileTree} tree
   *   Tree to compile.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {CompileResult extends undefined ? Value : CompileResult}
   *   Textual representation of the tree (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most compilers
   *   > return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  stringify(tree, file) {
    this.freeze();
    const realFile = vfile(file);
    const compiler2 = this.compiler || this.Compiler;
    assertCompiler("stringify", compiler2);
    assertNode(tree);
    return compiler2(tree, realFile);
  }
  /**
   * Configure the processor to use a plugin, a list of usable values, or a
   * preset.
   *
   * If the processor is already using a plugin, the previous plugin
   * configuration is changed based on the options that are passed in.
   * In other words, the plugin is not added a second time.
   *
   * > **Note**: `use` cannot be called on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * @example
   *   There are many ways to pass plugins to `.use()`.
   *   This example gives an overview:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   unified()
   *     // Plugin with options:
   *     .use(pluginA, {x: true, y: true})
   *     // Passing the same plugin again merges configuration (to `{x: true, y: false, z: true}`):
   *     .use(pluginA, {y: false, z: true})
   *     // Plugins:
   *     .use([pluginB, pluginC])
   *     // Two plugins, the second with options:
   *     .use([pluginD, [pluginE, {}]])
   *     // Preset with plugins and settings:
   *     .use({plugins: [pluginF, [pluginG, {}]], settings: {position: false}})
   *     // Settings only:
   *     .use({settings: {position: false}})
   *   ```
   *
   * @template {Array<unknown>} [Parameters=[]]
   * @template {Node | string | undefined} [Input=undefined]
   * @template [Output=Input]
   *
   * @overload
   * @param {Preset | null | undefined} [preset]
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {PluggableList} list
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Plugin<Parameters, Input, Output>} plugin
   * @param {...(Parameters | [boolean])} parameters
   * @returns {UsePlugin<ParseTree, HeadTree, TailTree, CompileTree, CompileResult, Input, Output>}
   *
   * @param {PluggableList | Plugin | Preset | null | undefined} value
   *   Usable value.
   * @param {...unknown} parameters
   *   Parameters, when a plugin is given as a usable value.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   Current processor.
   */
  use(value, ...parameters) {
    const attachers = this.attachers;
    const namespace = this.namespace;
    assertUnfrozen("use", this.frozen);
    if (value === null || value === void 0) {
    } else if (typeof value === "function") {
      addPlugin(value, parameters);
    } else if (typeof value === "object") {
      if (Array.isArray(value)) {
        addList(value);
      } else {
        addPreset(value);
      }
    } else {
      throw new TypeError("Expected usable value, not `" + value + "`");
    }
    return this;
    function add2(value2) {
      if (typeof value2 === "function") {
        addPlugin(value2, []);
      } else if (typeof value2 === "object") {
        if (Array.isArray(value2)) {
          const [plugin, ...parameters2] = (
            /** @type {PluginTuple<Array<unknown>>} */
            value2
          );
          addPlugin(plugin, parameters2);
        } else {
          addPreset(value2);
        }
      } else {
        throw new TypeError("Expected usable value, not `" + value2 + "`");
      }
    }
    function addPreset(result) {
      if (!("plugins" in result) && !("settings" in result)) {
        throw new Error(
          "Expected usable value but received an empty preset, which is probably a mistake: presets typically come with `plugins` and sometimes with `settings`, but this has neither"
        );
      }
      addList(result.plugins);
      if (result.settings) {
        namespace.settings = (0, import_extend.default)(true, namespace.settings, result.settings);
      }
    }
    function addList(plugins) {
      let index2 = -1;
      if (plugins === null || plugins === void 0) {
      } else if (Array.isArray(plugins)) {
        while (++index2 < plugins.length) {
          const thing = plugins[index2];
          add2(thing);
        }
      } else {
        throw new TypeError("Expected a list of plugins, not `" + plugins + "`");
      }
    }
    function addPlugin(plugin, parameters2) {
      let index2 = -1;
      let entryIndex = -1;
      while (++index2 < attachers.length) {
        if (attachers[index2][0] === plugin) {
          entryIndex = index2;
          break;
        }
      }
      if (entryIndex === -1) {
        attachers.push([plugin, ...parameters2]);
      } else if (parameters2.length > 0) {
        let [primary, ...rest] = parameters2;
        const currentPrimary = attachers[entryIndex][1];
        if (isPlainObject(currentPrimary) && isPlainObject(primary)) {
          primary = (0, import_extend.default)(true, currentPrimary, primary);
        }
        attachers[entryIndex] = [plugin, primary, ...rest];
      }
    }
  }
};
var unified = new Processor().freeze();
function assertParser(name, value) {
  if (typeof value !== "function") {
    throw new TypeError("Cannot `" + name + "` without `parser`");
  }
}
function assertCompiler(name, value) {
  if (typeof value !== "function") {
    throw new TypeError("Cannot `" + name + "` without `compiler`");
  }
}
function assertUnfrozen(name, frozen) {
  if (frozen) {
    throw new Error(
      "Cannot call `" + name + "` on a frozen processor.\nCreate a new processor first, by calling it: use `processor()` instead of `processor`."
    );
  }
}
function assertNode(node2) {
  if (!isPlainObject(node2) || typeof node2.type !== "string") {
    throw new TypeError("Expected node, got `" + node2 + "`");
  }
}
function assertDone(name, asyncName, complete) {
  if (!complete) {
    throw new Error(
      "`" + name + "` finished async. Use `" + asyncName + "` instead"
    );
  }
}
function vfile(value) {
  return looksLikeAVFile(value) ? value : new VFile(value);
}
function looksLikeAVFile(value) {
  return Boolean(
    value && typeof value === "object" && "message" in value && "messages" in value
  );
}
function looksLikeAValue(value) {
  return typeof value === "string" || isUint8Array2(value);
}
function isUint8Array2(value) {
  return Boolean(
    value && typeof value === "object" && "byteLength" in value && "byteOffset" in value
  );
}

// src/core/markdown/place.ts
function placeOf(place, start, end) {
  return {
    start: { line: place.line, column: start - place.lineStart + 1, offset: start },
    end: { line: place.line, column: end - place.lineStart + 1, offset: end }
  };
}

// src/core/markdown/inline-emphasis.ts
function resolveEmphasis(toks, a, b, src, place) {
  const pairs = /* @__PURE__ */ new Map();
  let opener;
  for (let t = a; t < b; t++) {
    const tok = toks[t];
    if (tok.k !== "delim" || !tok.open && !tok.close) continue;
    if (opener === void 0) {
      if (!tok.open) return void 0;
      opener = t;
      continue;
    }
    const o = toks[opener];
    if (!tok.close || o.ch !== tok.ch || o.end - o.start !== tok.end - tok.start) return void 0;
    pairs.set(opener, t);
    opener = void 0;
  }
  if (opener !== void 0) return void 0;
  return build(toks, a, b, pairs, src, place);
}
function build(toks, a, b, pairs, src, place) {
  const out = [];
  let text5;
  const flush = () => {
    if (text5)
      out.push({ type: "text", value: text5.value, position: placeOf(place, text5.start, text5.end) });
    text5 = void 0;
  };
  for (let t = a; t < b; t++) {
    const tok = toks[t];
    const close = pairs.get(t);
    if (tok.k === "delim" && close !== void 0) {
      flush();
      const end = toks[close];
      const children = build(toks, t + 1, close, pairs, src, place);
      const type = tok.end - tok.start === 2 ? "strong" : "emphasis";
      out.push({ type, children, position: placeOf(place, tok.start, end.end) });
      t = close;
    } else if (tok.k === "node") {
      flush();
      out.push(tok.node);
    } else {
      const value = tok.k === "text" ? tok.value : src.slice(tok.start, tok.end);
      if (text5) {
        text5.value += value;
        text5.end = tok.end;
      } else text5 = { start: tok.start, end: tok.end, value };
    }
  }
  flush();
  return out;
}

// src/core/markdown/inline-links.ts
var ASCII_PUNCT = /[!-/:-@[-`{-~]/;
function scanBracket(src, i, to, place, toks, brackets) {
  const opener = brackets.pop();
  if (!opener || !opener.active || src[i + 1] !== "(" || i + 1 >= to) {
    toks.push({ k: "text", start: i, end: i + 1, value: "]" });
    return i + 1;
  }
  const dest = destination(src, i + 2, to);
  if (!dest) return void 0;
  const children = resolveEmphasis(toks, opener.tok + 1, toks.length, src, place);
  if (!children) return void 0;
  const position2 = placeOf(place, opener.start, dest.end);
  let node2;
  if (opener.image) {
    if (!children.every((c) => c.type === "text")) return void 0;
    const alt = children.map((c) => c.type === "text" ? c.value : "").join("");
    node2 = { type: "image", title: null, url: dest.url, alt, position: position2 };
  } else {
    node2 = { type: "link", title: null, url: dest.url, children, position: position2 };
    for (const b of brackets) if (!b.image) b.active = false;
  }
  toks.length = opener.tok;
  toks.push({ k: "node", node: node2 });
  return dest.end;
}
function destination(src, j, to) {
  if (src[j] === "<") return void 0;
  let depth = 0;
  let url = "";
  for (let k = j; k < to; k++) {
    const c = src[k];
    if (c === "\\" && k + 1 < to && ASCII_PUNCT.test(src[k + 1])) {
      url += src[k + 1];
      k++;
      continue;
    }
    if (c === ")") {
      if (depth === 0) return { url, end: k + 1 };
      depth--;
    } else if (c === "(") {
      if (++depth > 32) return void 0;
    } else if (c.charCodeAt(0) <= 32 || c === "\x7F" || c === "`" || c === "&" || c === "<") {
      return void 0;
    }
    url += c;
  }
  return void 0;
}

// src/core/markdown/inline.ts
var AUTOLINKISH = /@|www\.|:\/\/|mailto:|xmpp:/i;
var ENTITY = /^&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/;
var NAMED = { amp: "&", lt: "<", gt: ">", quot: '"' };
var BREAK = /^<br *\/?>/i;
var SPECIAL = /[\\`*_~&<![\]\n\r]/g;
function parseInline(src, from, to, place) {
  const toks = [];
  const brackets = [];
  let i = from;
  while (i < to) {
    SPECIAL.lastIndex = i;
    const m = SPECIAL.exec(src);
    const stop = m && m.index < to ? m.index : to;
    if (stop > i) toks.push({ k: "text", start: i, end: stop, value: src.slice(i, stop) });
    if (stop >= to) break;
    const next = step(src, stop, from, to, place, toks, brackets);
    if (next === void 0) return void 0;
    i = next;
  }
  const nodes = resolveEmphasis(toks, 0, toks.length, src, place);
  if (!nodes || !plainText(nodes)) return void 0;
  return nodes;
}
function step(src, i, from, to, place, toks, brackets) {
  const c = src[i];
  switch (c) {
    case "\\": {
      const n = src[i + 1];
      if (i + 1 < to && n !== void 0 && ASCII_PUNCT.test(n)) {
        toks.push({ k: "text", start: i, end: i + 2, value: n });
        return i + 2;
      }
      if (i + 1 >= to) return void 0;
      toks.push({ k: "text", start: i, end: i + 1, value: "\\" });
      return i + 1;
    }
    case "`":
      return codeSpan(src, i, to, place, toks);
    case "*":
    case "_":
      return delimiter(src, i, from, to, toks);
    case "&":
      return entity(src, i, to, toks);
    case "<": {
      const br = BREAK.exec(src.slice(i, Math.min(to, i + 8)));
      if (!br) return void 0;
      const end = i + br[0].length;
      toks.push({
        k: "node",
        node: { type: "html", value: br[0], position: placeOf(place, i, end) }
      });
      return end;
    }
    case "!":
      if (src[i + 1] !== "[" || i + 1 >= to) {
        toks.push({ k: "text", start: i, end: i + 1, value: "!" });
        return i + 1;
      }
      if (src[i + 2] === "^") return void 0;
      brackets.push({ tok: toks.length, image: true, active: true, start: i });
      toks.push({ k: "text", start: i, end: i + 2, value: "![" });
      return i + 2;
    case "[":
      if (src[i + 1] === "^") return void 0;
      brackets.push({ tok: toks.length, image: false, active: true, start: i });
      toks.push({ k: "text", start: i, end: i + 1, value: "[" });
      return i + 1;
    case "]":
      return scanBracket(src, i, to, place, toks, brackets);
    default:
      return void 0;
  }
}
function codeSpan(src, i, to, place, toks) {
  let n = i;
  while (n < to && src[n] === "`") n++;
  const len = n - i;
  for (let j = src.indexOf("`", n); j !== -1 && j < to; ) {
    let k = j;
    while (k < to && src[k] === "`") k++;
    if (k - j === len) {
      let value = src.slice(n, j);
      if (value.length >= 2 && value[0] === " " && value.endsWith(" ") && value.trim() !== "") {
        value = value.slice(1, -1);
      }
      if (value.includes("\\|")) return void 0;
      toks.push({ k: "node", node: { type: "inlineCode", value, position: placeOf(place, i, k) } });
      return k;
    }
    j = src.indexOf("`", k);
  }
  toks.push({ k: "text", start: i, end: n, value: src.slice(i, n) });
  return n;
}
function delimiter(src, i, from, to, toks) {
  const ch = src[i];
  let n = i;
  while (n < to && src[n] === ch) n++;
  if (n - i > 2) return void 0;
  const before = classify(i > from ? src.charCodeAt(i - 1) : void 0);
  const after = classify(n < to ? src.charCodeAt(n) : void 0);
  const open = after === 0 || after === 2 && before !== 0;
  const close = before === 0 || before === 2 && after !== 0;
  toks.push({
    k: "delim",
    ch,
    start: i,
    end: n,
    open: ch === "*" ? open : open && (before !== 0 || !close),
    close: ch === "*" ? close : close && (after !== 0 || !open)
  });
  return n;
}
function classify(code3) {
  if (code3 === void 0) return 1;
  const c = String.fromCharCode(code3);
  if (/\s/.test(c)) return 1;
  if (new RegExp("\\p{P}|\\p{S}", "u").test(c)) return 2;
  return 0;
}
function entity(src, i, to, toks) {
  const m = ENTITY.exec(src.slice(i, Math.min(to, i + 40)));
  if (!m) {
    toks.push({ k: "text", start: i, end: i + 1, value: "&" });
    return i + 1;
  }
  let value;
  if (m[3] !== void 0) value = NAMED[m[3]];
  else {
    const code3 = m[1] !== void 0 ? Number(m[1]) : parseInt(m[2], 16);
    const safe = code3 >= 32 && code3 <= 126 || code3 >= 160 && code3 <= 55295 || code3 >= 57344 && code3 <= 64975 || code3 >= 65008 && code3 <= 65533;
    if (safe) value = String.fromCharCode(code3);
  }
  if (value === void 0) return void 0;
  toks.push({ k: "text", start: i, end: i + m[0].length, value });
  return i + m[0].length;
}
function plainText(nodes) {
  for (const node2 of nodes) {
    if (node2.type === "text" && AUTOLINKISH.test(node2.value)) return false;
    if (node2.type === "image" && AUTOLINKISH.test(node2.alt ?? "")) return false;
    if ("children" in node2 && !plainText(node2.children)) return false;
  }
  return true;
}

// src/core/markdown/blocks.ts
function lineEnd(lines, i) {
  return lines.starts[i + 1] - 1;
}
function isBlank(lines, i) {
  return isBlankRest(lines.src, lines.starts[i], lineEnd(lines, i));
}
var placeAt = (lines, i) => ({ line: i + 1, lineStart: lines.starts[i] });
function readBlock(lines, i) {
  const c = lines.src[lines.starts[i]];
  if (c === "#") return heading2(lines, i);
  if (c === "<") return comment(lines, i);
  if (c === "|") return table(lines, i);
  return list3(lines, i);
}
function heading2(lines, i) {
  const s = lines.starts[i];
  const e = lineEnd(lines, i);
  const m = /^(#{1,6}) +/.exec(lines.src.slice(s, e));
  if (!m) return void 0;
  let to = e;
  while (to > s && lines.src[to - 1] === " ") to--;
  const from = s + m[0].length;
  if (to <= from || lines.src[to - 1] === "#" || /[\t]/.test(lines.src.slice(s, e))) {
    return void 0;
  }
  const children = parseInline(lines.src, from, to, placeAt(lines, i));
  if (!children) return void 0;
  const depth = m[1].length;
  const node2 = {
    type: "heading",
    depth,
    children,
    position: placeOf(placeAt(lines, i), s, e)
  };
  return { node: node2, next: i + 1, closed: true };
}
function comment(lines, i) {
  const s = lines.starts[i];
  const e = lineEnd(lines, i);
  const value = lines.src.slice(s, e);
  if (!/^<!--(?:(?!--)[^\t])*-->[ ]*$/.test(value) || /^<!--->|^<!-->/.test(value)) {
    return void 0;
  }
  const node2 = { type: "html", value, position: placeOf(placeAt(lines, i), s, e) };
  return { node: node2, next: i + 1, closed: true };
}
function splitRow(src, s, e) {
  const pipes = [];
  for (let k = s; k < e; k++) {
    const c = src[k];
    if (c === "\\" && (src[k + 1] === "|" || src[k + 1] === "\\")) k++;
    else if (c === "|") pipes.push(k);
  }
  let last = e;
  while (last > s && src[last - 1] === " ") last--;
  const trailing = pipes.length > 1 && pipes[pipes.length - 1] === last - 1;
  const count = trailing ? pipes.length - 1 : pipes.length;
  const cells = [];
  for (let j = 0; j < count; j++) {
    const end = j + 1 < count ? pipes[j + 1] : e;
    let from = pipes[j] + 1;
    let to = j + 1 < count ? end : trailing ? pipes[count] : e;
    while (from < to && src[from] === " ") from++;
    while (to > from && src[to - 1] === " ") to--;
    cells.push({ start: pipes[j], end, from, to });
  }
  return cells;
}
var ALIGN = /^(:?)-+(:?)$/;
function table(lines, i) {
  const { src } = lines;
  if (i + 1 >= lines.starts.length - 1) return void 0;
  const headerEnd = lineEnd(lines, i);
  const delimStart = lines.starts[i + 1];
  const delimEnd = lineEnd(lines, i + 1);
  if (/\t/.test(src.slice(lines.starts[i], delimEnd))) return void 0;
  const delims = splitRow(src, delimStart, delimEnd);
  if (src[delimStart] !== "|") return void 0;
  const align2 = [];
  for (const cell of delims) {
    const m = ALIGN.exec(src.slice(cell.from, cell.to));
    if (!m) return void 0;
    align2.push(m[1] && m[2] ? "center" : m[1] ? "left" : m[2] ? "right" : null);
  }
  const header = row2(lines, i, headerEnd);
  if (!header || header.children.length !== align2.length) return void 0;
  const rows = [header];
  let n = i + 2;
  for (; n < lines.starts.length - 1 && !isBlank(lines, n); n++) {
    if (src[lines.starts[n]] !== "|") return void 0;
    const r = row2(lines, n, lineEnd(lines, n));
    if (!r) return void 0;
    rows.push(r);
  }
  const end = rows.length > 1 ? rows[rows.length - 1].position.end : placeOf(placeAt(lines, i + 1), delimStart, delimEnd).end;
  const position2 = { start: header.position.start, end };
  return { node: { type: "table", align: align2, children: rows, position: position2 }, next: n, closed: false };
}
function row2(lines, i, e) {
  const { src } = lines;
  const s = lines.starts[i];
  if (/\t/.test(src.slice(s, e))) return void 0;
  const place = placeAt(lines, i);
  const cells = [];
  for (const cell of splitRow(src, s, e)) {
    const children = cell.from < cell.to ? parseInline(src, cell.from, cell.to, place) : [];
    if (!children) return void 0;
    cells.push({ type: "tableCell", children, position: placeOf(place, cell.start, cell.end) });
  }
  return { type: "tableRow", children: cells, position: placeOf(place, s, e) };
}
var ITEM = /^(?:([-*+])|(\d{1,9})([.)])) (?=[^ \t])/;
var NOT_TEXT = /^(?:[-*+](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|>|\d{1,9}[.)](?:[ \t]|$)|`{3,}|~{3,}|<|\[[ xX]\](?:[ \t]|$)|(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$|=+[ \t]*$)/;
function itemKind(lines, i) {
  const s = lines.starts[i];
  const text5 = lines.src.slice(s, lineEnd(lines, i));
  const m = ITEM.exec(text5);
  if (!m) return void 0;
  const rest = text5.slice(m[0].length);
  if (NOT_TEXT.test(rest) || /\t/.test(text5)) return void 0;
  return { kind: m[1] ?? m[3], width: m[0].length, n: m[2] === void 0 ? -1 : Number(m[2]) };
}
function list3(lines, i) {
  const first = itemKind(lines, i);
  if (!first) return void 0;
  const items = [];
  const count = lines.starts.length - 1;
  let n = i;
  for (; n < count && !isBlank(lines, n); n++) {
    const kind = itemKind(lines, n);
    if (!kind || kind.kind !== first.kind) return void 0;
    const item = listItem2(lines, n, kind.width);
    if (!item) return void 0;
    items.push(item);
  }
  let after = n;
  while (after < count && isBlank(lines, after)) after++;
  if (after < count) {
    const start = lines.starts[after];
    const c = lines.src[start];
    if (c === " " || c === "	") return void 0;
    if (listMarkerWidth(lines.src, start, lineEnd(lines, after)) > 0) return void 0;
  }
  const position2 = {
    start: items[0].position.start,
    end: items[items.length - 1].position.end
  };
  const node2 = {
    type: "list",
    ordered: first.n >= 0,
    start: first.n >= 0 ? first.n : null,
    spread: false,
    children: items,
    position: position2
  };
  return { node: node2, next: n, closed: false };
}
function listItem2(lines, i, width2) {
  const s = lines.starts[i];
  const e = lineEnd(lines, i);
  if (lines.src[e - 1] === " ") return void 0;
  const place = placeAt(lines, i);
  const children = parseInline(lines.src, s + width2, e, place);
  if (!children) return void 0;
  const paragraph2 = {
    type: "paragraph",
    children,
    position: placeOf(place, s + width2, e)
  };
  return {
    type: "listItem",
    spread: false,
    checked: null,
    children: [paragraph2],
    position: placeOf(place, s, e)
  };
}

// src/core/markdown/parse.ts
function parseWithRemark(text5) {
  return unified().use(remarkParse).use(remarkGfm).parse(text5);
}
var PROBE = "probe";
var MAX_REREADS = 8;
function parseMarkdown(text5, counts) {
  return parseMarkdownWithin(text5, Infinity, counts);
}
function parseMarkdownWithin(text5, maxMarkers, counts) {
  const budget = { max: maxMarkers, used: 0, counted: 0 };
  if (/[\r\0]|\]:/.test(text5)) {
    if (counts) counts.remarkPieces++;
    const markers = maxMarkers === Infinity ? 0 : emphasisRuns(text5, 0, text5.length);
    return markers > maxMarkers ? { line: 1, markers } : parseWithRemark(text5);
  }
  const lines = { src: text5, starts: lineStarts(text5) };
  const count = lines.starts.length - 1;
  const children = [];
  let slow;
  let boundary = true;
  let rereads = 0;
  for (let i = 0; i < count; ) {
    if (isBlank(lines, i)) {
      i++;
      boundary = true;
      continue;
    }
    const block = boundary ? readBlock(lines, i) : void 0;
    if (block && slow !== void 0) {
      const passed = spend(budget, lines, slow, i);
      if (passed) return passed;
      const piece = readPiece(lines, slow, i, block);
      if (counts) counts.remarkPieces++;
      if (piece === "rest" || piece === "continues" && ++rereads > MAX_REREADS) {
        const passed2 = spend(budget, lines, slow, count);
        if (passed2) return passed2;
        children.push(...remarkNodes(lines, slow, count));
        if (counts) counts.remarkPieces++;
        return root2(text5, lines, children);
      }
      if (piece !== "continues") {
        children.push(...piece);
        slow = void 0;
      }
    }
    if (block && slow === void 0) {
      if (counts) counts.lineBlocks++;
      children.push(block.node);
      i = block.next;
      boundary = block.closed;
      continue;
    }
    slow ??= i;
    i++;
    boundary = false;
  }
  if (slow !== void 0) {
    const passed = spend(budget, lines, slow, count);
    if (passed) return passed;
    children.push(...remarkNodes(lines, slow, count));
    if (counts) counts.remarkPieces++;
  }
  return root2(text5, lines, children);
}
function spend(budget, lines, from, to) {
  if (budget.max === Infinity) return void 0;
  const start = Math.max(from, budget.counted);
  if (start >= to) return void 0;
  const end = Math.min(lines.src.length, lines.starts[to]);
  budget.used += emphasisRuns(lines.src, lines.starts[start], end);
  budget.counted = to;
  return budget.used > budget.max ? { line: from + 1, markers: budget.used } : void 0;
}
function readPiece(lines, from, to, next) {
  const start = lines.starts[from];
  const chunk = lines.src.slice(start, lines.starts[to]);
  const tree = parseWithRemark(chunk + PROBE);
  const probe = tree.children.pop();
  const text5 = probe?.type === "paragraph" ? probe.children : [];
  const ok3 = probe?.position?.start.offset === chunk.length && text5.length === 1 && text5[0].type === "text" && text5[0].value === PROBE;
  if (!ok3) return "rest";
  const last = tree.children[tree.children.length - 1];
  if (last?.type === "list" && next.node.type === "list") {
    const marker = (n, base) => lines.src[base + (n.position?.start.offset ?? 0)];
    const same = last.ordered === next.node.ordered && (last.ordered === true || marker(last, start) === marker(next.node, 0));
    if (same) return "continues";
  }
  for (const node2 of tree.children) shift(node2, start, from);
  return tree.children;
}
function remarkNodes(lines, from, to) {
  const start = lines.starts[from];
  const end = Math.min(lines.src.length, lines.starts[to]);
  const tree = parseWithRemark(lines.src.slice(start, end));
  for (const node2 of tree.children) shift(node2, start, from);
  return tree.children;
}
function shift(node2, offset, lines) {
  if (node2.position) {
    for (const p of [node2.position.start, node2.position.end]) {
      p.offset = (p.offset ?? 0) + offset;
      p.line += lines;
    }
  }
  for (const child of node2.children ?? []) shift(child, offset, lines);
}
function lineStarts(text5) {
  const starts = [0];
  for (let i = text5.indexOf("\n"); i !== -1; i = text5.indexOf("\n", i + 1)) starts.push(i + 1);
  starts.push(text5.length + 1);
  return starts;
}
function root2(text5, lines, children) {
  const line = lines.starts.length - 1;
  const lastLine = lines.starts[line - 1];
  return {
    type: "root",
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line, column: text5.length - lastLine + 1, offset: text5.length }
    }
  };
}

// src/core/import/layouts/parse.ts
function parseReadme(markdown, file) {
  const refused = checkMarkdownBounds(markdown, file, MARKDOWN_BOUNDS, "the README");
  if (refused) return { refused };
  const bound = BOUNDS.inlineMarkers;
  const read = parseMarkdownWithin(markdown, bound.max);
  if ("type" in read) return { tree: read };
  const found = `the text besides headings, table rows and one-line list items has ${grouped(read.markers)} emphasis markers (*, _ or ~), counting the part that starts here`;
  return { refused: refusal({ file, line: read.line, found, bound }) };
}

// src/core/import/layouts/entry.ts
function buildTemplate(source, start, end, replacements) {
  const sorted = [...replacements].filter((r) => r.start >= start && r.end <= end).sort((a, b) => a.start - b.start);
  let out = "";
  let at = start;
  for (const r of sorted) {
    if (r.start < at) continue;
    out += templateLiteral(source.slice(at, r.start)) + r.tag;
    at = r.end;
  }
  return out + templateLiteral(source.slice(at, end));
}
function paperOf(readings) {
  const paper = { title: "", links: [], extra: {} };
  for (const reading of readings) {
    for (const [key, value] of reading.fields) {
      if (key === "title" || key === "abbr" || key === "venue" || key === "year") {
        if (paper[key] === void 0 || paper[key] === "") paper[key] = value.trim();
      } else if (!Object.hasOwn(paper.extra, key)) {
        Object.defineProperty(paper.extra, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true
        });
      }
    }
    for (const [key, value] of reading.lists ?? []) {
      if (!Object.hasOwn(paper.extra, key)) paper.extra[key] = value;
    }
    paper.links.push(...reading.links);
  }
  return paper;
}

// src/core/import/layouts/authors.ts
var SEPARATOR = /(,\s+(?:and|&)\s+|\s+(?:and|&)\s+|;\s+|,\s+)/;
var INITIALS = new RegExp("^(?:\\p{Lu}\\.\\s*)+$", "u");
function splitNames(text5) {
  const parts = text5.split(SEPARATOR);
  const names = parts.filter((_, i) => i % 2 === 0);
  const seps = parts.filter((_, i) => i % 2 === 1);
  const bad = (n) => n.trim() !== n || n === "" || INITIALS.test(n) || /\S\s+et al\b/.test(n);
  if (names.some(bad)) return void 0;
  return { names, seps };
}
function mostCommon(values) {
  const counts = /* @__PURE__ */ new Map();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best;
  for (const [v, c] of counts) if (best === void 0 || c > counts.get(best)) best = v;
  return best;
}
function learnJoin(texts) {
  const splits = texts.map(splitNames).filter((s) => s !== void 0).filter((s) => new Set(s.seps.slice(0, -1)).size <= 1);
  const seps = splits.flatMap((s) => s.seps.length > 1 ? s.seps.slice(0, -1) : []);
  const lasts = splits.flatMap((s) => s.seps.length > 1 ? s.seps.slice(-1) : []);
  const twos = splits.flatMap((s) => s.seps.length === 1 ? s.seps : []);
  const sep = mostCommon(seps) ?? mostCommon(twos);
  if (sep === void 0) return void 0;
  const last = mostCommon(lasts) ?? sep;
  return { sep, last, two: mostCommon(twos) ?? last };
}
function joinedNames(text5, join) {
  const names = splitNames(text5)?.names;
  return names && joinItems(names, join) === text5 ? names : void 0;
}
var PLAIN_TAG = /(?<!\{)\{\{authors\}\}(?!\})/g;
var plainTag = (template) => template.search(PLAIN_TAG) >= 0;
function authorLists(sections, layout) {
  const texts = sections.flatMap(
    (s) => s.papers.flatMap((p) => typeof p.extra.authors === "string" ? [p.extra.authors] : [])
  );
  const join = learnJoin(texts);
  if (!join) return;
  const lists = sections.flatMap((s) => s.papers.map((p) => p.extra.authors));
  if (lists.some((v) => Array.isArray(v) && joinItems(v.map(String), join) !== v.join(", ")))
    return;
  const tag = joinedTag("authors", join);
  let changed = false;
  for (const section of sections) {
    const own4 = Object.hasOwn(layout.sections, section.name) ? layout.sections[section.name] : void 0;
    for (const paper of section.papers) {
      const text5 = paper.extra.authors;
      const shape = paper.extra[SHAPE_FIELD];
      const template = entryTemplate(paper, own4?.item ?? layout.item, own4?.styles);
      const names = typeof text5 === "string" ? joinedNames(text5, join) : void 0;
      if (!names || !plainTag(template)) continue;
      paper.extra.authors = names;
      changed = true;
      if (typeof shape === "string")
        paper.extra[SHAPE_FIELD] = shape.replaceAll(PLAIN_TAG, () => tag);
    }
  }
  if (!changed) return;
  layout.item = layout.item.replaceAll(PLAIN_TAG, () => tag);
  for (const own4 of Object.values(layout.sections)) {
    if (own4.item !== void 0) own4.item = own4.item.replaceAll(PLAIN_TAG, () => tag);
    if (own4.styles) own4.styles = own4.styles.map((t) => t.replaceAll(PLAIN_TAG, () => tag));
  }
}

// src/core/import/layouts/cells.ts
var SPACING = /^\{\{#(spacing(?:-\d+)?)\}\}\{\{\1\}\}\{\{\/\1\}\}$/;
function spacingName(token) {
  return SPACING.exec(token)?.[1];
}
var isPad = (token) => /^[ \t]+$/.test(token) || SPACING.test(token) || RAW_SPACING.test(token);
var RAW_SPACING = /^\{\{#(spacing(?:-\d+)?)\}\}\{\{\{\1\}\}\}\{\{\/\1\}\}$/;
function rawSpacingName(token) {
  return RAW_SPACING.exec(token)?.[1];
}
function rowBody(tokens) {
  const cells = rowCells(tokens);
  if (!cells) return void 0;
  let last = cells.length - 1;
  while (last > 0 && cells[last].content.length === 0) last--;
  const end = [...cells[last].trail];
  for (let k = last + 1; k < cells.length; k++)
    end.push("|", ...cells[k].lead, ...cells[k].trail);
  const body = cells.slice(0, last + 1);
  body[last] = { ...body[last], trail: [] };
  return { cells: body, end };
}
function rowCells(tokens) {
  if (tokens.length === 0 || tokens.includes("\n")) return void 0;
  const first = tokens.findIndex((t) => !isPad(t));
  if (first === -1 || tokens[first] !== "|") return void 0;
  const cells = [];
  let current = [];
  const close = () => {
    let s = 0;
    while (s < current.length && isPad(current[s])) s++;
    let e = current.length;
    while (e > s && isPad(current[e - 1])) e--;
    cells.push({
      lead: current.slice(0, s),
      content: current.slice(s, e),
      trail: current.slice(e)
    });
    current = [];
  };
  for (const token of tokens) {
    if (token === "|") close();
    else current.push(token);
  }
  close();
  return cells;
}
function padParts(pad) {
  let text5 = "";
  let slot;
  for (const token of pad) {
    const name = spacingName(token) ?? rawSpacingName(token);
    if (name !== void 0) {
      if (slot !== void 0) return void 0;
      slot = name;
    } else if (slot !== void 0) return void 0;
    else text5 += token;
  }
  return slot === void 0 ? { text: text5 } : { text: text5, slot };
}
function mergePad(a, b, newName, slots, end = false) {
  const ca = end ? closed(a) : void 0;
  const cb = end ? closed(b) : void 0;
  if (ca && cb) {
    const pad = mergePad(ca, cb, newName, slots);
    return pad === void 0 ? void 0 : `${pad}|`;
  }
  const pa = padParts(end ? joinPipes(a) : a);
  const pb = padParts(end ? joinPipes(b) : b);
  if (!pa || !pb) return void 0;
  if (pa.slot === void 0 && pb.slot === void 0) {
    if (pa.text === pb.text) return pa.text;
    let common = 0;
    while (common < Math.min(pa.text.length, pb.text.length) && pa.text[common] === pb.text[common])
      common++;
    if (!end) common = Math.min(common, 1);
    const name = newName();
    const ra = pa.text.slice(common);
    const rb = pb.text.slice(common);
    slots.push({ name, ...ra ? { a: ra } : {}, ...rb ? { b: rb } : {} });
    const tag = end && /\|/.test(ra + rb) ? `{{{${name}}}}` : `{{${name}}}`;
    return `${pa.text.slice(0, common)}{{#${name}}}${tag}{{/${name}}}`;
  }
  if (pa.slot !== void 0 && pb.slot === void 0 && pb.text.startsWith(pa.text)) {
    const rest = pb.text.slice(pa.text.length);
    if (rest !== "") slots.push({ name: pa.slot, b: rest });
    return a.join("");
  }
  if (pa.slot !== void 0 && pa.slot === pb.slot && pa.text === pb.text) return a.join("");
  return void 0;
}
function closed(tokens) {
  const pipes = tokens.filter((t) => t.includes("|"));
  if (pipes.length !== 1 || tokens[tokens.length - 1] !== "|") return void 0;
  return tokens.slice(0, -1);
}
function joinPipes(tokens) {
  const out = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (/^[ \t|]+$/.test(t) && last !== void 0 && /^[ \t|]+$/.test(last)) {
      out[out.length - 1] = last + t;
    } else out.push(t);
  }
  return out;
}

// src/core/import/layouts/optional.ts
var TOKEN = /\{\{\{[^}]*\}\}\}|\{\{#links[^}]*\}\}[\s\S]*?\{\{\/links\}\}|\{\{([#^])([^}"]+)\}\}[\s\S]*?\{\{\/\2\}\}|\{\{"(?:[^"\\]|\\.)*"\}\}|\{\{[^}]*\}\}|[\p{L}\p{N}]+|[\s\S]/gu;
function templateTokens(template) {
  return template.match(TOKEN) ?? [];
}
function fieldOf(token) {
  if (!token.startsWith("{{") || token.startsWith('{{"') || token === "{{n}}") return void 0;
  if (token.startsWith("{{#links")) return "links";
  const inner = /^\{\{\{?([#^]?)([^}|]+)/.exec(token);
  if (!inner) return void 0;
  const name = inner[2].trim().replace(MARKS, "").replace(/\s+".*$/s, "").replace(/:\d$/, "");
  return name.startsWith("link:") || !name.includes(":") ? name : void 0;
}
var JOINED_TAG = /^\{\{[\w-]+(?: "(?:[^"\\]|\\.)*"){1,3}\}\}$/;
var MARKS = / (?:(\*\*|__|\*|_)[\w-]+\1|\[[\w-]+\])$/;
function align(a, b) {
  const n = a.length;
  const m = b.length;
  const table2 = new Uint16Array((n + 1) * (m + 1));
  for (let i2 = n - 1; i2 >= 0; i2--) {
    for (let j2 = m - 1; j2 >= 0; j2--) {
      table2[i2 * (m + 1) + j2] = a[i2] === b[j2] ? table2[(i2 + 1) * (m + 1) + j2 + 1] + 1 : Math.max(table2[(i2 + 1) * (m + 1) + j2], table2[i2 * (m + 1) + j2 + 1]);
    }
  }
  const pairs = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (table2[(i + 1) * (m + 1) + j] >= table2[i * (m + 1) + j + 1]) i++;
    else j++;
  }
  return pairs;
}
function inAddress(text5) {
  const t = text5.trim();
  return /^\S*\/\S*$/.test(t) && new RegExp("\\p{L}", "u").test(t) && /\/.*\/|[.?=]/.test(t);
}
var MISSING = /^\s*(?:<[a-z]+[^>]*>\s*)*(?:-|–|—|\/|N\/A|n\/a|None|TBD|\?)?\s*(?:<\/[a-z]+>\s*)*$/i;
var BLANK_LINE = /\n[ \t]*\n/;
var EMPTY_LINK = /^\s*\[[^\]]*\]\(\s*\)\s*$/;
var SOFT = /^[^*_[\]()|<>`{}#!\n]*$/;
function segments(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...align(a, b), [a.length, b.length]]) {
    if (pi > i || pj > j) out.push({ a: a.slice(i, pi), b: b.slice(j, pj) });
    if (pi < a.length) out.push({ same: a[pi] });
    i = pi + 1;
    j = pj + 1;
  }
  return coalesce(out);
}
var literal = (tokens) => tokens.every((t) => fieldOf(t) === void 0);
function coalesce(list4) {
  const out = [];
  for (let k = 0; k < list4.length; k++) {
    const seg = list4[k];
    const last = out[out.length - 1];
    if (!("a" in seg) || !last || !("a" in last) || !literal(seg.a) || !literal(seg.b)) {
      if ("same" in seg && last && "a" in last) {
        let m = k;
        let text5 = "";
        while (m < list4.length && "same" in list4[m] && SOFT.test(text5 + list4[m].same)) {
          text5 += list4[m].same;
          m++;
        }
        const next = list4[m];
        if (m > k && next && "a" in next && literal(last.a) && literal(last.b) && literal(next.a) && literal(next.b) && last.a.length > 0 && last.b.length > 0) {
          last.a.push(text5, ...next.a);
          last.b.push(text5, ...next.b);
          k = m;
          continue;
        }
      }
      out.push("a" in seg ? { a: [...seg.a], b: [...seg.b] } : seg);
      continue;
    }
    out.push({ a: [...seg.a], b: [...seg.b] });
  }
  return out;
}
var PARTICLE = /^(?:de|van|der|von|da|di|le|la|del|du|dos|bin|al)$/;
function nameFor(value, used, kind, other = "") {
  const names = (text5) => !/\d/.test(text5) && text5.split(/,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/).every((n) => {
    const words2 = n.trim().split(/\s+/);
    return (words2.length >= 2 || /^et al/.test(n.trim())) && words2.length <= 5 && words2.every((w) => new RegExp("^\\p{Lu}", "u").test(w) || PARTICLE.test(w));
  });
  const authors = /,|\band\b|&|et al/.test(`${value} ${other}`) && names(value) && (other === "" || names(other));
  const base = kind ?? (authors ? "authors" : "note");
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
  used.add(name);
  return name;
}
function sameField(a, b, fa, fb) {
  if (a.length !== 1 || b.length !== 1 || fa.length !== 1 || fa[0] !== fb[0]) return void 0;
  const [sa, sb] = [a[0], b[0]];
  if (fa[0] === "links") return sa.startsWith('{{#links " "}}') ? sb : sa;
  if (sb === `{{${fa[0]}}}` && JOINED_TAG.test(sa)) return sa;
  if (sa === `{{${fa[0]}}}` && JOINED_TAG.test(sb)) return sb;
  if (MARKS.test(sa.slice(2, -2)) && !MARKS.test(sb.slice(2, -2))) return sa;
  if (MARKS.test(sb.slice(2, -2)) && !MARKS.test(sa.slice(2, -2))) return sb;
  const unmarked = (s) => s.replace(/ (?:(\*\*|__|\*|_)[\w-]+\1|\[[\w-]+\])(?=\}\})/g, "");
  if (sa !== sb && unmarked(sa) === unmarked(sb)) return sa.length > sb.length ? sa : sb;
  if (sa !== sb && asEscaped(sa) === asEscaped(sb)) return sa.length > sb.length ? sa : sb;
  return void 0;
}
function differing(a, b, used, slots, atStart) {
  const loop = sameLoop(a, b);
  if (loop !== void 0) return loop;
  const fa = a.map(fieldOf).filter((f) => f !== void 0);
  const fb = b.map(fieldOf).filter((f) => f !== void 0);
  const sa = a.join("");
  const sb = b.join("");
  const same = structural(a, b, fa, fb, used, slots, atStart) ?? learnedPart(a, b, slots);
  if (same !== void 0) return same;
  if (fa.length === 0 && fb.length === 0) return textOnly(sa, sb, used, slots, atStart);
  const plain3 = (tokens) => tokens.filter((t) => !isBlock(t));
  const pa = plain3(a).map(fieldOf).filter((f) => f !== void 0);
  const pb = plain3(b).map(fieldOf).filter((f) => f !== void 0);
  const [shown2, other, name, side] = pa.length === 1 && fb.length === 0 ? [a, sb, pa[0], "b"] : pb.length === 1 && fa.length === 0 ? [b, sa, pb[0], "a"] : fa.length > 0 && fb.length === 0 && pa.length === 0 && sb === "" ? [a, "", "", "b"] : fb.length > 0 && fa.length === 0 && pb.length === 0 && sa === "" ? [b, "", "", "a"] : [void 0, "", "", "a"];
  if (!shown2) return severalFields(a, b, pa, pb, sa, sb);
  if (name === "") return withFirst(shown2);
  const text5 = shown2.join("");
  const wholeLoop = shown2.length === 1 && name === "links" && text5.startsWith("{{#links");
  const when = wholeLoop || shown2.length === 1 && isBlock(text5) && fieldOf(text5) === name ? text5 : `{{#${name}}}${text5}{{/${name}}}`;
  if (other === "") return apart(shown2, name) ?? when;
  if (MISSING.test(other) || name === "links" && EMPTY_LINK.test(other)) {
    return `${when}{{^${name}}}${templateText(other)}{{/${name}}}`;
  }
  const tag = plain3(shown2);
  if (tag.length !== 1 || !/^\{\{[\w-]+\}\}$/.test(tag[0]) || !SOFT.test(other)) {
    return void 0;
  }
  if (name === "year" && !/^(?:19|20)\d{2}$/.test(other)) return void 0;
  slots.push({ name, [side]: other });
  return text5;
}
function textOnly(sa, sb, used, slots, atStart) {
  if (/^[ \t]*$/.test(sa) && /^[ \t]*$/.test(sb)) return indent2(sa, sb, used, slots);
  if (separators && PUNCTUATION.test(sa) && PUNCTUATION.test(sb) && /\S/.test(sa + sb)) {
    return separator(sa, sb, used, slots);
  }
  if (sa === "" || sb === "") return onlySome(sa, sb, used, slots, atStart);
  const lead = /^\s*/.exec(sa)[0] === /^\s*/.exec(sb)[0] ? /^\s*/.exec(sa)[0] : "";
  if (!SOFT.test(sa) || !SOFT.test(sb) || [sa, sb].some(inAddress)) return void 0;
  const name = nameFor(sb.trim(), used, void 0, sa.trim());
  slots.push({ name, a: sa.slice(lead.length), b: sb.slice(lead.length) });
  return `${lead}{{${name}}}`;
}
function structural(a, b, fa, fb, used, slots, atStart) {
  return sameField(a, b, fa, fb) ?? withinBlock(a, b.join(""), fb, used, slots, b) ?? besideBlocks(a, b, used, slots, atStart);
}
function besideBlocks(a, b, used, slots, atStart) {
  if (a.length < 2 || b.length === 0) return void 0;
  const before = isBlock(a[0]) && !/^\{\{\^/.test(a[0]);
  const after = isBlock(a[a.length - 1]) && !/^\{\{\^/.test(a[a.length - 1]);
  const n = slots.length;
  const pair2 = a.length === 2 && before && after;
  const cuts = pair2 ? [1] : defaultEnds(a).filter((i) => i < a.length);
  if (cuts.length > 0 && (pair2 || !splitting) && b.length <= 40 && a.every(isBlock)) {
    const was = splitting;
    splitting = !pair2;
    try {
      for (const i of cuts) {
        for (let k = 1; k < b.length; k++) {
          const left = differing(a.slice(0, i), b.slice(0, k), used, slots, atStart);
          const right = left !== void 0 && differing(a.slice(i), b.slice(k), used, slots, false);
          if (left !== void 0 && typeof right === "string") return left + right;
          slots.length = n;
        }
      }
    } finally {
      splitting = was;
    }
  }
  if (before) {
    const rest = differing(a.slice(1), b, used, slots, atStart);
    if (rest !== void 0) return a[0] + rest;
    slots.length = n;
  }
  if (after) {
    const rest = differing(a.slice(0, -1), b, used, slots, atStart);
    if (rest !== void 0) return rest + a[a.length - 1];
    slots.length = n;
  }
  return void 0;
}
function defaultEnds(tokens) {
  const ends = [];
  for (let i = 1; i < tokens.length; i++) {
    const name = /^\{\{\^([\w-]+)\}\}/.exec(tokens[i])?.[1];
    if (name && tokens[i - 1].startsWith(`{{#${name}}}`)) ends.push(i + 1);
  }
  return ends;
}
function apart(shown2, name) {
  const at = shown2.findIndex((t) => !isBlock(t) && fieldOf(t) === name);
  const cut = shown2.findIndex((t, k) => k > at && isBlock(t));
  if (at === -1 || cut === -1 || shown2.slice(cut).some((t) => !isBlock(t))) return void 0;
  return `{{#${name}}}${shown2.slice(0, cut).join("")}{{/${name}}}${shown2.slice(cut).join("")}`;
}
function indent2(sa, sb, used, slots) {
  const name = nameFor("", used, "indent");
  const own4 = `{{#${name}}}{{{${name}}}}{{/${name}}}`;
  slots.push({ name, b: sb });
  return sa === "" ? own4 : `${own4}{{^${name}}}${templateText(sa)}{{/${name}}}`;
}
var separators = false;
var splitting = false;
var PUNCTUATION = /^[ \t,.;:]*$/;
function separator(sa, sb, used, slots) {
  let start = 0;
  while (start < sa.length && start < sb.length && sa[start] === sb[start] && /\s/.test(sa[start])) {
    start++;
  }
  let end = 0;
  while (end < sa.length - start && end < sb.length - start && sa[sa.length - 1 - end] === sb[sb.length - 1 - end] && /\s/.test(sa[sa.length - 1 - end])) {
    end++;
  }
  const [x, y] = [sa.slice(start, sa.length - end), sb.slice(start, sb.length - end)];
  if (x.trim() !== x) return void 0;
  const name = nameFor("", used, "separator");
  slots.push({ name, b: y });
  const tag = x === "" ? `{{#${name}}}{{${name}}}{{/${name}}}` : `{{${name}|${x}}}`;
  return sa.slice(0, start) + tag + sa.slice(sa.length - end);
}
function sameLoop(a, b) {
  if (a.length !== 1 || b.length !== 1) return void 0;
  const la = /^\{\{#links( "(?:[^"\\]|\\.)*")?\}\}([\s\S]*)$/.exec(a[0]);
  const lb = /^\{\{#links( "(?:[^"\\]|\\.)*")?\}\}([\s\S]*)$/.exec(b[0]);
  if (!la || !lb || la[2] !== lb[2]) return void 0;
  return la[1] === ' " "' ? b[0] : a[0];
}
function withFirst(shown2) {
  const text5 = shown2.join("");
  const first = shown2.map(fieldOf).find((f) => f !== void 0);
  const bare = shown2.filter((t) => !isBlock(t));
  const wrap3 = bare.some((t) => fieldOf(t) !== void 0) || bare.length > 0 && literal(bare);
  return first && wrap3 ? `{{#${first}}}${text5}{{/${first}}}` : text5;
}
function templateText(text5) {
  return text5.includes("{{") ? text5.replaceAll("{{", '{{"{{"}}') : text5;
}
function withinBlock(a, sb, fb, used, slots, b) {
  const m = a.length === 1 ? /^\{\{#([^}"]+)\}\}([\s\S]*)\{\{\/\1\}\}$/.exec(a[0]) : null;
  if (!m || m[1] === "links" || m[1].startsWith("link:")) return void 0;
  if (!fb.includes(m[1]) && (fb.length > 0 || sb.trim() === "")) return void 0;
  if (b && fb.includes(m[1])) {
    for (let k = b.length - 1; k > 0; k--) {
      if (b.slice(0, k).join("") !== m[2]) continue;
      const n = slots.length;
      const rest = differing([], b.slice(k), used, slots, false);
      if (rest !== void 0) return a[0] + rest;
      slots.length = n;
    }
  }
  const inner = combine(m[2], sb, used);
  if (!inner) return void 0;
  for (const slot of inner.slots) used.add(slot.name);
  slots.push(...inner.slots);
  return `{{#${m[1]}}}${inner.template}{{/${m[1]}}}`;
}
function severalFields(a, b, pa, pb, sa, sb) {
  const [shown2, fields] = sb === "" ? [a, pa] : sa === "" ? [b, pb] : [void 0, []];
  const name = fields.find((f) => f !== "title" && f !== "links" && !f.startsWith("link:"));
  if (!shown2 || fields.length < 2 || name === void 0) return void 0;
  if (shown2.some(isBlock)) return void 0;
  const text5 = shown2.join("");
  if (/^\s*[[(][^]*[\])]\s*$/.test(text5)) return `{{#${name}}}${text5}{{/${name}}}`;
  let out = "";
  let part = "";
  for (const token of shown2) {
    part += token;
    const field = fieldOf(token);
    if (field === void 0) continue;
    if (field === "title" || field === "links" || field.startsWith("link:")) return void 0;
    out += `{{#${field}}}${part}{{/${field}}}`;
    part = "";
  }
  return out + part;
}
function onlySome(sa, sb, used, slots, atStart) {
  const text5 = sa || sb;
  const m = /^([\s:,;.|–-]*)([\s\S]*?)([\s,;.]*)$/.exec(text5);
  if (m[2] === "" || !SOFT.test(m[2]) || inAddress(m[2])) return void 0;
  if (BLANK_LINE.test(m[1]) || BLANK_LINE.test(m[3])) return void 0;
  if (atStart && m[3].includes("\n")) return void 0;
  const name = nameFor(m[2], used);
  slots.push({ name, ...sa ? { a: m[2] } : { b: m[2] } });
  return `{{#${name}}}${m[1]}{{${name}}}${m[3]}{{/${name}}}`;
}
function learnedCovers(a, b) {
  if (a.length === 0 || !a.every(isBlock)) return void 0;
  const sb = b.join("");
  const bare = b.every((t) => fieldOf(t) === void 0);
  if (bare && negatives(a) === sb) return a.join("");
  const shown2 = positives(a);
  if (shown2 === void 0 || asEscaped(shown2) !== asEscaped(sb)) return void 0;
  let out = a.join("");
  for (const [, name] of sb.matchAll(/\{\{\{([^}]*)\}\}\}/g)) {
    out = out.replace(
      new RegExp(`(?<!\\{)\\{\\{${escapeRe(name)}\\}\\}(?!\\})`, "g"),
      `{{{${name}}}}`
    );
  }
  return out;
}
var asEscaped = (s) => s.replace(/\{\{\{([^}]*)\}\}\}/g, "{{$1}}");
function learnedPart(a, b, slots) {
  return learnedCovers(a, b) ?? learnedCovers(b, a) ?? sameLoop(a, b) ?? withDefault(a, b, slots);
}
function withDefault(a, b, slots) {
  if (a.length !== 2 || b.some((t) => fieldOf(t) !== void 0)) return void 0;
  const own4 = /^\{\{#([\w-]+)\}\}\{\{\{?\1\}?\}\}\{\{\/\1\}\}$/.exec(a[0]);
  const name = own4?.[1];
  if (!name || !a[1].startsWith(`{{^${name}}}`) || !a[1].endsWith(`{{/${name}}}`))
    return void 0;
  const text5 = b.join("");
  if (text5 === "" || !SOFT.test(text5)) return void 0;
  slots.push({ name, b: text5 });
  return a.join("");
}
function negatives(tokens) {
  let out = "";
  for (const t of tokens) {
    const m = /^\{\{\^([^}]+)\}\}([^{}]*)\{\{\/\1\}\}$/.exec(t);
    if (m) out += m[2];
    else if (!t.startsWith("{{#")) return void 0;
  }
  return out;
}
function positives(tokens) {
  let out = "";
  for (const t of tokens) {
    const m = /^\{\{#([^}]+)\}\}([\s\S]*)\{\{\/\1\}\}$/.exec(t);
    if (m) out += m[2];
    else if (!t.startsWith("{{^")) return void 0;
  }
  return out;
}
function isBlock(token) {
  return /^\{\{(?:#(?!links)|\^)/.test(token);
}
function combine(base, other, used) {
  const a = base.match(TOKEN) ?? [];
  const b = other.match(TOKEN) ?? [];
  const names = new Set(used);
  const slots = [];
  const row3 = combineRow(a, b, names, slots) ?? combineHtmlRow(base, other, names, slots);
  if (row3 !== void 0) return { template: row3, slots };
  if (/^\s*<tr\b/i.test(base) && /^\s*<tr\b/i.test(other)) return void 0;
  if (a.length > 400 || b.length > 400) return void 0;
  names.clear();
  for (const n of used) names.add(n);
  slots.length = 0;
  const template = combineTokens(a, b, names, slots, true);
  return template === void 0 ? void 0 : { template, slots };
}
function combineTokens(a, b, names, slots, atStart) {
  let template = "";
  for (const seg of segments(a, b)) {
    if ("same" in seg) template += seg.same;
    else {
      const part = differing(seg.a, seg.b, names, slots, atStart && template === "");
      if (part === void 0) return void 0;
      template += part;
    }
  }
  return template;
}
var HTML_CELL = /(<t[dh]\b[^>]*>)([\s\S]*?)(<\/t[dh]\s*>)/g;
function combineHtmlRow(base, other, names, slots) {
  if (!/^\s*<tr\b/i.test(base) || !/^\s*<tr\b/i.test(other)) return void 0;
  const skeleton = (t) => t.replace(HTML_CELL, "$1$3");
  if (skeleton(base) !== skeleton(other)) return void 0;
  const inner = (t) => [...t.matchAll(HTML_CELL)].map((m) => m[2].match(TOKEN) ?? []);
  const ca = inner(base);
  const cb = inner(other);
  let k = 0;
  let failed = false;
  const template = base.replace(HTML_CELL, (_, open, _body, close) => {
    const x = ca[k];
    const y = cb[k++];
    const content3 = combineCell(x, y, names, slots);
    if (content3 === void 0) failed = true;
    return `${open}${content3 ?? ""}${close}`;
  });
  return failed ? void 0 : template;
}
function combineCell(x, y, names, slots) {
  const standIn = [x, y].some((c) => c.length > 0 && MISSING.test(c.join("")));
  return standIn && x.join("") !== y.join("") ? differing([...x], [...y], names, slots, false) : combineTokens(x, y, names, slots, false);
}
function combineRow(a, b, names, slots) {
  const ra = rowBody(a);
  const rb = rowBody(b);
  if (!ra || !rb || ra.cells.length !== rb.cells.length) return void 0;
  const ca = ra.cells;
  const cb = rb.cells;
  const newName = () => nameFor("", names, "spacing");
  let template = "";
  for (let k = 0; k < ca.length; k++) {
    const x = ca[k];
    const y = cb[k];
    if (k > 0) template += "|";
    const lead = mergePad(x.lead, y.lead, newName, slots);
    const content3 = combineCell(x.content, y.content, names, slots);
    const trail2 = mergePad(x.trail, y.trail, newName, slots);
    if (lead === void 0 || content3 === void 0 || trail2 === void 0) return void 0;
    template += lead + content3 + trail2;
  }
  const end = mergePad(ra.end, rb.end, newName, slots, true);
  return end === void 0 ? void 0 : template + end;
}
function giveValues(slots, papers, isA, isB) {
  const set = [];
  papers.forEach((paper, n) => {
    const side = isA(n) ? "a" : isB(n) ? "b" : void 0;
    if (!side) return;
    for (const slot of slots) {
      const value = slot[side];
      if (value === void 0 || fieldText(paper, slot.name) !== void 0) continue;
      setField(paper, slot.name, value);
      set.push([paper, slot.name]);
    }
  });
  return () => {
    for (const [paper, name] of set) {
      if (name === "venue" || name === "year" || name === "abbr") delete paper[name];
      else delete paper.extra[name];
    }
  };
}
function setField(paper, name, value) {
  if (name === "venue" || name === "year" || name === "abbr") paper[name] = value;
  else {
    Object.defineProperty(paper.extra, name, {
      value: name === "authors" ? authorList(value) : value,
      enumerable: true,
      writable: true,
      configurable: true
    });
  }
}
function authorList(value) {
  const names = value.split(", ");
  if (names.length < 2 || names.some((n) => n.trim() === "" || / and |&/.test(n))) return value;
  return names;
}
function wrapOptional(template, name) {
  const tag = `{{${name}}}`;
  if (/^\s*(?:\||<tr)/.test(template) || template.includes(`{${tag}}`)) return void 0;
  const image2 = new RegExp(`<img\\b[^>]*${escapeRe(tag)}[^>]*> ?`).exec(template);
  if (image2 && template.split(tag).length - 1 === image2[0].split(tag).length - 1) {
    const end2 = image2.index + image2[0].length;
    return `${template.slice(0, image2.index)}{{#${name}}}${image2[0]}{{/${name}}}${template.slice(end2)}`;
  }
  if (template.includes(`{{#${name}}}`) || template.indexOf(tag) !== template.lastIndexOf(tag)) {
    return void 0;
  }
  const unit = new RegExp(`${escapeRe(tag)}['\u2019] ?\\{\\{[\\w-]+:\\d\\}\\}`).exec(template)?.[0] ?? tag;
  const t = escapeRe(unit);
  const around = new RegExp(
    `(?:\\[${t}[.,]?\\]|\\(${t}[.,]?\\)|\\*\\*${t}[.,]?\\*\\*|\\*${t}[.,]?\\*|_${t}[.,]?_) ?|(?:, |; | - | \u2013 | \\| |: |\\. | )?${t}`
  );
  const m = around.exec(template);
  if (!m || /^ [-–] /.test(m[0]) && /(?:^|\n)[ \t]*$/.test(template.slice(0, m.index))) {
    return void 0;
  }
  let end = m.index + m[0].length;
  if (/(?:^|\n)[ \t]*(?:[-*+]|\{\{n\}\}[.)])?[ \t]*$/.test(template.slice(0, m.index))) {
    end += /^(?::|,| [-–]) /.exec(template.slice(end))?.[0].length ?? 0;
  }
  return `${template.slice(0, m.index)}{{#${name}}}${template.slice(m.index, end)}{{/${name}}}${template.slice(end)}`;
}
function escapeRe(text5) {
  return text5.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function mostFrequentFirst(templates, fits, limit) {
  const counts = /* @__PURE__ */ new Map();
  templates.forEach((t, n) => {
    if (!fits[n]) counts.set(t, (counts.get(t) ?? 0) + 1);
  });
  return [...counts].sort((x, y) => y[1] - x[1]).slice(0, limit).map(([t]) => t);
}
function learnTemplate(base, templates, papers, escape, options = {}) {
  const at = options.positions;
  const ctx = (n) => ({ escape, linkLabels: {}, n: (at ? at[n] : n) + 1 });
  const render2 = (template, n) => {
    try {
      return fillTemplate(template, papers[n], ctx(n));
    } catch {
      return void 0;
    }
  };
  const cache = [];
  const written = (n) => cache[n] ??= render2(templates[n], n);
  const fitsWith = (item2, only) => templates.map(
    (t, n) => only && !only(n) ? false : t === item2 || render2(item2, n) === written(n)
  );
  let item = base;
  let fits = fitsWith(item);
  const order2 = mostFrequentFirst(templates, fits, options.limit ?? 400);
  const used = /* @__PURE__ */ new Set(["title", "abbr", "venue", "year", "links", "shape"]);
  for (const p of papers) for (const k of Object.keys(p.extra)) used.add(k);
  const usedBefore = new Set(used);
  mergeAll(order2, mergeGroup, () => item);
  function mergeGroup(other) {
    if (templates.every((t, n) => t !== other || fits[n])) return true;
    const merged = combine(item, other, used);
    if (merged === void 0) return false;
    const inGroup = (n) => templates[n] === other;
    const undo = giveValues(merged.slots, papers, (n) => fits[n], inGroup);
    const same = merged.template === item;
    const checked = fitsWith(merged.template, (n) => same ? inGroup(n) : fits[n] || inGroup(n));
    const next = same ? checked.map((f, n) => f || fits[n]) : checked;
    if (next.every((f, n) => f || !fits[n]) && next.some((f, n) => f && !fits[n])) {
      item = merged.template;
      fits = next;
      for (const slot of merged.slots) used.add(slot.name);
      return true;
    }
    undo();
    return false;
  }
  if (item !== base) {
    const others = fitsWith(item, (n) => !fits[n]);
    fits = fits.map((f, n) => f || others[n]);
  }
  dropUnwritten(item, newSpacing(used, usedBefore), papers, fits, render2, written);
  return { item: withOptionalFields(item, papers, fits, fitsWith), fits };
}
function mergeAll(order2, merge, item) {
  let left = order2;
  for (const last of [false, true]) {
    separators = last;
    try {
      for (let pass = 0; pass < 3 && left.length > 0; pass++) {
        const was = item();
        left = left.filter((other) => !merge(other));
        if (item() === was) break;
      }
    } finally {
      separators = false;
    }
  }
}
function newSpacing(used, before) {
  return [...used].filter((name) => !before.has(name) && /^spacing(?:-\d+)?$/.test(name));
}
function dropUnwritten(item, names, papers, fits, render2, written) {
  papers.forEach((paper, n) => {
    if (!fits[n]) return;
    for (const name of names) {
      if (!Object.hasOwn(paper.extra, name)) continue;
      const value = paper.extra[name];
      delete paper.extra[name];
      if (render2(item, n) === written(n)) continue;
      Object.defineProperty(paper.extra, name, {
        value,
        enumerable: true,
        writable: true,
        configurable: true
      });
    }
  });
}
function withOptionalFields(template, papers, fits, fitsWith) {
  let item = template;
  const names = new Set([...item.matchAll(/(?<!\{)\{\{([\w-]+)\}\}(?!\})/g)].map((m) => m[1]));
  for (const name of names) {
    if (name === "title" || name === "n" || name === "label" || name === "url") continue;
    const wrapped = wrapOptional(item, name);
    if (wrapped === void 0) continue;
    const lacking = (n) => fits[n] && (fieldText(papers[n], name) ?? "") === "";
    const next = fitsWith(wrapped, lacking);
    if (next.every((f, n) => f || !lacking(n))) item = wrapped;
  }
  return item;
}

// src/core/import/layouts/padding.ts
function padsOf(cells, end) {
  const pads = [];
  cells.forEach(
    (c, k) => pads.push(c.lead.join(""), k === cells.length - 1 ? end : c.trail.join(""))
  );
  return pads.every((p, k) => (k === pads.length - 1 ? /^[ \t|]*$/ : /^[ \t]*$/).test(p)) ? pads : void 0;
}
function sharePadding(sections, papers, ctx) {
  const was = /* @__PURE__ */ new Map();
  const rows = sections.map((templates) => templates.map(rowOf));
  const counts = /* @__PURE__ */ new Map();
  for (const r of rows.flat()) {
    const key = r && JSON.stringify(r.pads);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const shared = /* @__PURE__ */ new Map();
  for (const [key, count] of counts) {
    const pads = JSON.parse(key);
    const best = shared.get(pads.length);
    const narrower = best && count === best.count && width(pads) < width(best.pads);
    if (!best || count > best.count || narrower) shared.set(pads.length, { pads, count });
  }
  rows.forEach(
    (list4, i) => list4.forEach((row3, n) => {
      const want = row3 && shared.get(row3.pads.length)?.pads;
      if (!row3 || !want || JSON.stringify(row3.pads) === JSON.stringify(want)) return;
      const template = row3.head + row3.cells.map((c, k) => `${want[2 * k]}${c.content.join("")}${want[2 * k + 1]}`).join("|");
      const padding = ownPadding(
        sections[i][n],
        template,
        row3.cells.length,
        papers[i][n],
        ctx(n)
      );
      if (padding === void 0) return;
      was.set(papers[i][n], sections[i][n]);
      sections[i][n] = template;
      if (padding.length > 0) papers[i][n].extra[PADDING_FIELD] = padding;
    })
  );
  return was;
}
function ownPaddingBack(was, shapeField) {
  for (const [paper, template] of was) {
    if (!Object.hasOwn(paper.extra, shapeField)) continue;
    paper.extra[shapeField] = template;
    delete paper.extra[PADDING_FIELD];
  }
}
var width = (pads) => pads.join("").length;
function rowOf(template) {
  const head = template.slice(0, template.lastIndexOf("\n") + 1);
  if (!/^\s*$/.test(head)) return void 0;
  const body = rowBody(templateTokens(template.slice(head.length)));
  const pads = body && padsOf(body.cells, body.end.join(""));
  return body && pads ? { head, cells: body.cells, pads } : void 0;
}
function ownPadding(was, template, cells, paper, ctx) {
  try {
    const written = fillTemplate(was, paper, ctx);
    const shown2 = fillTemplate(template, paper, ctx);
    if (shown2 === written) return [];
    const at = shown2.lastIndexOf("\n") + 1;
    const own4 = rowPads(written.slice(written.lastIndexOf("\n") + 1), cells);
    const now = rowPads(shown2.slice(at), cells);
    if (!own4 || !now) return void 0;
    return shown2.slice(0, at) + withPads(now, own4.pads) === written ? own4.pads : void 0;
  } catch {
    return void 0;
  }
}

// src/core/import/layouts/assemble.ts
function assemble(items, source, zoneStart, zoneEnd, fallbackName) {
  const drafts = draftSections(items, fallbackName);
  const names = sectionNames(drafts);
  const texts = gapTexts(drafts, source, zoneStart, zoneEnd);
  const sections = [];
  const commons = [];
  const templates = [];
  const counted = countsPositions(drafts);
  const lead = leadOfEntries(texts);
  drafts.forEach((draft, i) => {
    const name = names[i];
    const section = { name, category: draft.category, papers: [] };
    if (name !== draft.leaf && draft.part === void 0) section.heading = draft.leaf;
    const gaps = texts.itemGaps[i];
    const common = commonPrefix(gaps);
    const own4 = gaps.length > 0 ? leadOfEntries(texts, i) : lead;
    const first = takeLead(texts, i, draft, own4);
    const list4 = draft.entries.map((entry, n) => {
      const replacements = [...entry.replacements];
      if (counted && entry.number && entry.number.value === n + 1) {
        replacements.push({ start: entry.number.start, end: entry.number.end, tag: "{{n}}" });
      }
      const prefix = n === 0 ? first : templateLiteral((gaps[n - 1] ?? "").slice(common.length));
      return prefix + keepStops(buildTemplate(source, entry.start, entry.end, replacements), entry.paper);
    });
    templates.push(list4);
    section.papers = papersOf(draft);
    list4.forEach((template, n) => {
      const escape = draft.entries[n].kind === "html" ? "html" : "markdown";
      list4[n] = withoutSpacing(template, section.papers[n], { escape, linkLabels: {}, n: n + 1 });
    });
    sections.push(section);
    commons.push(common);
  });
  const padded = sharePadding(
    templates,
    sections.map((s) => s.papers),
    (n) => ({ escape: "markdown", linkLabels: {}, n: n + 1 })
  );
  const layout = chooseLayout(drafts, names, texts, templates, commons, sections);
  ownPaddingBack(padded, SHAPE_FIELD);
  authorLists(sections, layout);
  const pieces = [];
  for (const d of drafts) {
    for (const p of [d.categoryPiece, d.sectionPiece]) if (p) pieces.push([p.start, p.end]);
    for (const e of d.entries) pieces.push([e.start, e.end]);
  }
  return { sections, layout, pieces };
}
function countsPositions(drafts) {
  let numbered = 0;
  let positions = 0;
  for (const d of drafts) {
    d.entries.forEach((e, n) => {
      if (!e.number) return;
      numbered++;
      if (e.number.value === n + 1) positions++;
    });
  }
  return positions * 2 > numbered;
}
function withoutSpacing(template, paper, ctx) {
  const text5 = splitSpacing(template).text.replace(
    /(\{\{#links ")((?:[^"\\]|\\.)*)("\}\})/g,
    (_, open, sep, close) => open + sep.replace(/[ \t]+(?=\\n)/g, "") + close
  );
  if (text5 === template || Object.hasOwn(paper.extra, SPACING_FIELD)) return template;
  let spacing;
  try {
    const written = fillTemplate(template, paper, ctx);
    spacing = splitSpacing(written).spacing;
    const spaced = { ...paper, extra: { ...paper.extra, [SPACING_FIELD]: spacing } };
    if (withSpacing(fillTemplate(text5, paper, ctx), spaced) !== written) return template;
  } catch {
    return template;
  }
  if (spacing.length > 0) {
    Object.defineProperty(paper.extra, SPACING_FIELD, {
      value: spacing,
      enumerable: true,
      writable: true,
      configurable: true
    });
  }
  return text5;
}
function keepStops(template, paper) {
  if (!/[?!]$/.test(paper.title)) return template;
  return template.replace(/(\{\{title(?: [^}]*)?\}\})\./g, '$1{{"."}}');
}
function papersOf(draft) {
  const headings = draft.leaf === draft.category ? [draft.leaf] : [draft.leaf, draft.category];
  const ownVenue = draft.entries.some((e) => e.paper.venue !== void 0);
  return draft.entries.map((e) => fromHeadings(copyPaper(e.paper), headings, !ownVenue));
}
function copyPaper(paper) {
  return { ...paper, links: paper.links.map((l) => ({ ...l })), extra: { ...paper.extra } };
}
function fromHeadings(paper, headings, venues = true) {
  for (const text5 of headings) {
    const m = /^(?:(arXiv|[A-Z][A-Za-z]*[A-Z][A-Za-z]*)\s*)?((?:19|20)\d{2})?$/.exec(text5.trim());
    if (!m || !m[1] && !m[2]) continue;
    if (m[1] && venues && paper.venue === void 0) paper.venue = m[1];
    if (m[2] && paper.year === void 0) paper.year = m[2];
  }
  return paper;
}
function draftSections(items, fallbackName) {
  const drafts = [];
  const stack = [];
  for (const item of items) {
    if (item.type === "heading") {
      while (stack.length > 0 && stack[stack.length - 1].level >= item.level) stack.pop();
      stack.push(item);
      continue;
    }
    const owner = stack[stack.length - 1];
    const current = drafts[drafts.length - 1];
    if (current && current.owner === owner) {
      const part = partOf(current.entries[current.entries.length - 1], item.entry);
      if (part === void 0) current.entries.push(item.entry);
      else drafts.push({ ...current, part, entries: [item.entry], ...UNHEADED });
      continue;
    }
    const above = stack[stack.length - 2];
    const lastEnd = current ? current.entries[current.entries.length - 1].end : -1;
    const parent = above && above.start < lastEnd && above.text !== current?.category ? void 0 : above;
    const previous3 = current?.category;
    const draft = owner ? parent ? {
      leaf: owner.text,
      category: parent.text,
      categoryLevel: parent.level,
      sectionLevel: owner.level,
      owner,
      sectionPiece: owner,
      entries: [item.entry]
    } : {
      leaf: owner.text,
      category: owner.text,
      categoryLevel: owner.level,
      sectionLevel: 0,
      owner,
      entries: [item.entry]
    } : {
      leaf: fallbackName,
      category: fallbackName,
      categoryLevel: 0,
      sectionLevel: 0,
      owner,
      entries: [item.entry]
    };
    if (owner && draft.category !== previous3) draft.categoryPiece = parent ?? owner;
    drafts.push(draft);
  }
  return drafts;
}
var UNHEADED = { sectionLevel: 0, categoryPiece: void 0, sectionPiece: void 0 };
function partOf(last, entry) {
  const table2 = (e) => e.kind === "table";
  if (!table2(last) && !table2(entry)) return void 0;
  if (table2(last) && table2(entry) && last.block === entry.block) return void 0;
  return table2(entry) ? "table" : entry.kind;
}
function sectionNames(drafts) {
  const count = /* @__PURE__ */ new Map();
  const leaf = (d) => d.part === void 0 ? d.leaf : `${d.leaf} (${d.part})`;
  for (const d of drafts) count.set(leaf(d), (count.get(leaf(d)) ?? 0) + 1);
  const used = /* @__PURE__ */ new Set();
  return drafts.map((d) => {
    let name = count.get(leaf(d)) > 1 && d.category !== d.leaf ? `${d.category} / ${leaf(d)}` : leaf(d);
    const base = name;
    for (let n = 2; used.has(name); n++) name = `${base} (${n})`;
    used.add(name);
    return name;
  });
}
function gapTexts(drafts, source, zoneStart, zoneEnd) {
  const texts = {
    zoneStart: "",
    zoneEnd: "",
    before: [],
    categoryStart: [],
    start: [],
    itemGaps: []
  };
  let last = zoneStart;
  drafts.forEach((d, i) => {
    const first = d.categoryPiece ?? d.sectionPiece ?? d.entries[0];
    const between = source.slice(last, first.start);
    if (i === 0) texts.zoneStart = between;
    texts.before.push(i === 0 ? void 0 : between);
    texts.categoryStart.push(
      d.categoryPiece && d.sectionPiece ? source.slice(d.categoryPiece.end, d.sectionPiece.start) : void 0
    );
    const heading3 = d.sectionPiece ?? d.categoryPiece;
    texts.start.push(heading3 ? source.slice(heading3.end, d.entries[0].start) : void 0);
    texts.itemGaps.push(d.entries.slice(1).map((e, n) => source.slice(d.entries[n].end, e.start)));
    last = d.entries[d.entries.length - 1].end;
  });
  texts.zoneEnd = source.slice(last, zoneEnd);
  return texts;
}
function leadOfEntries(texts, i) {
  const of = i === void 0 ? texts.itemGaps : [texts.itemGaps[i]];
  const rests = of.flatMap((gaps) => {
    const common = commonPrefix(gaps);
    return gaps.map((g) => g.slice(common.length).replace(/[ \t]+(?=\n)/g, ""));
  });
  const lead = mostCommon2(rests, "");
  return /^\s*$/.test(lead) ? lead : "";
}
function takeLead(texts, i, draft, lead) {
  if (lead === "") return "";
  const headed = draft.sectionPiece ?? draft.categoryPiece;
  const text5 = headed ? texts.start[i] : i === 0 ? texts.zoneStart : texts.before[i];
  if (text5 === void 0 || !text5.endsWith(lead)) return "";
  const rest = text5.slice(0, text5.length - lead.length);
  if (headed) texts.start[i] = rest;
  else if (i === 0) texts.zoneStart = rest;
  else texts.before[i] = rest;
  return lead;
}
function commonPrefix(texts) {
  if (texts.length === 0) return "\n";
  let prefix = texts[0];
  for (const t of texts) while (!t.startsWith(prefix)) prefix = prefix.slice(0, -1);
  const text5 = prefix.search(/[^\s]/);
  if (text5 !== -1) prefix = prefix.slice(0, prefix.lastIndexOf("\n", text5) + 1);
  return prefix === "" ? "\n" : prefix;
}
function literalWeight(text5) {
  return text5.replace(/\{\{[^}]*\}\}/g, "").replace(/[^\p{L}\p{N}]/gu, "").length;
}
function mostCommon2(values, fallback) {
  const counts = /* @__PURE__ */ new Map();
  for (const v of values) if (v !== void 0) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = fallback;
  let bestCount = 0;
  for (const [v, c] of counts) {
    const plainer = typeof v === "string" && literalWeight(v) < literalWeight(String(best));
    if (c > bestCount || c === bestCount && plainer) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}
function chooseLayout(drafts, names, texts, templates, commons, sections) {
  const kinds = drafts.flatMap((d) => d.entries.map((e) => e.kind));
  const pairs = drafts.map((d) => `${d.categoryLevel}/${d.sectionLevel}`);
  const [categoryLevel, sectionLevel] = mostCommon2(pairs, "2/3").split("/").map(Number);
  const sectionItems = templates.map(
    (list4, i) => mostCommonRepeated(list4.filter((_, n) => !drafts[i].entries[n].partial))
  );
  const layout = {
    kind: mostCommon2(kinds, "list"),
    item: mostCommon2(
      templates.flatMap((list4, i) => list4.filter((_, n) => !drafts[i].entries[n].partial)),
      mostCommon2(templates.flat(), "- {{title}}")
    ),
    itemGap: mostCommon2(
      commons.map((c, i) => templates[i].length > 1 ? c : void 0),
      "\n"
    ),
    categoryLevel,
    sectionLevel,
    start: mostCommon2(texts.start, "\n"),
    before: mostCommon2(texts.before, "\n\n"),
    categoryStart: mostCommon2(texts.categoryStart, "\n"),
    zoneStart: texts.zoneStart,
    zoneEnd: countLine(texts.zoneEnd, sections),
    sections: {}
  };
  drafts.forEach((d, i) => {
    const name = names[i];
    const own4 = { item: sectionItems[i], gap: commons[i], entries: templates[i].length };
    const s = sectionLayoutOf(layout, d, sections[i], own4, {
      before: texts.before[i],
      categoryStart: texts.categoryStart[i],
      start: texts.start[i]
    });
    learnSection(layout, s, templates[i], sections[i]);
    if (Object.keys(s).length > 0) {
      Object.defineProperty(layout.sections, name, { value: s, enumerable: true, writable: true });
    }
  });
  return layout;
}
function richest(templates) {
  let best;
  let most = -1;
  for (const t of new Set(templates)) {
    const tags = t.split("{{").length;
    if (tags > most) [best, most] = [t, tags];
  }
  return best;
}
function learnSection(layout, s, templates, section) {
  const escape = layout.kind === "html" ? "html" : "markdown";
  const fitting = (l) => l.fits.filter(Boolean).length;
  const kept = section.papers.map(valuesOf);
  const starts = [layout.item, s.item ?? templates[0], richest(templates)].filter(
    (t, k, all2) => t !== void 0 && all2.indexOf(t) === k
  );
  let learned = learnTemplate(starts[0], templates, section.papers, escape);
  let values = section.papers.map(valuesOf);
  for (const start of starts.slice(1)) {
    if (fitting(learned) === templates.length) break;
    section.papers.forEach((p, n) => setValues(p, kept[n]));
    const other = learnTemplate(start, templates, section.papers, escape);
    if (fitting(other) > fitting(learned)) {
      learned = other;
      values = section.papers.map(valuesOf);
    }
  }
  section.papers.forEach((p, n) => setValues(p, values[n]));
  if (learned.item !== layout.item) s.item = learned.item;
  else delete s.item;
  const styles = otherStyles(templates, section.papers, learned.fits, escape);
  if (styles.length > 0) s.styles = styles;
  templates.forEach((template, n) => {
    if (!learned.fits[n]) section.papers[n].extra[SHAPE_FIELD] = template;
  });
}
function valuesOf(paper) {
  const { venue, year, abbr } = paper;
  return { extra: { ...paper.extra }, venue, year, abbr };
}
function setValues(paper, values) {
  paper.extra = { ...values.extra };
  for (const name of ["venue", "year", "abbr"]) {
    if (values[name] === void 0) delete paper[name];
    else paper[name] = values[name];
  }
}
var MAX_STYLES = 2;
function otherStyles(templates, papers, fits, escape) {
  const styles = [];
  while (styles.length < MAX_STYLES) {
    const left = templates.flatMap((_, n) => fits[n] ? [] : [n]);
    if (left.length < 2) break;
    const subset = left.map((n) => templates[n]);
    const kept = left.map((n) => valuesOf(papers[n]));
    const start = mostCommonRepeated(subset) ?? richest(subset);
    const learned = learnTemplate(
      start,
      subset,
      left.map((n) => papers[n]),
      escape,
      { positions: left }
    );
    const written = learned.fits.filter(Boolean).length;
    if (written < 2) {
      left.forEach((n, k) => setValues(papers[n], kept[k]));
      break;
    }
    styles.push(learned.item);
    const name = String(styles.length + 1);
    left.forEach((n, k) => {
      if (!learned.fits[k]) {
        setValues(papers[n], kept[k]);
        return;
      }
      fits[n] = true;
      papers[n].extra[STYLE_FIELD] = name;
    });
  }
  return styles;
}
function sectionLayoutOf(layout, d, section, own4, t) {
  const s = {};
  if (own4.item !== void 0 && own4.item !== layout.item) s.item = own4.item;
  if (own4.entries > 1 && own4.gap !== layout.itemGap) s.itemGap = own4.gap;
  if (t.before !== void 0 && t.before !== layout.before) s.before = t.before;
  if (t.categoryStart !== void 0 && t.categoryStart !== layout.categoryStart)
    s.categoryStart = t.categoryStart;
  if (t.start !== void 0 && t.start !== layout.start) s.start = t.start;
  if (d.categoryLevel !== layout.categoryLevel) s.categoryLevel = d.categoryLevel;
  if (d.sectionLevel !== layout.sectionLevel) s.sectionLevel = d.sectionLevel;
  headingLines(d, section, s);
  return s;
}
function mostCommonRepeated(list4) {
  const counts = /* @__PURE__ */ new Map();
  for (const t of list4) counts.set(t, (counts.get(t) ?? 0) + 1);
  let best;
  let bestCount = 1;
  for (const [t, c] of counts) {
    if (c > bestCount) {
      best = t;
      bestCount = c;
    }
  }
  return best;
}
function headingLines(d, section, s) {
  if (d.sectionPiece) {
    const line = `${"#".repeat(d.sectionLevel)} ${escapeHeading(section.heading ?? section.name)}`;
    const written = pieceText(d.sectionPiece);
    if (written !== line) s.headingLine = written;
  }
  if (d.categoryPiece) {
    const line = `${"#".repeat(d.categoryLevel)} ${escapeHeading(section.category)}`;
    const written = pieceText(d.categoryPiece);
    if (written !== line) s.categoryLine = written;
  }
}
function pieceText(item) {
  return item.source;
}
function countLine(text5, sections) {
  const titles = /* @__PURE__ */ new Set();
  for (const s of sections) for (const p of s.papers) titles.add(p.title);
  const count = String(titles.size);
  const line = new RegExp(`(?<![\\d{])${count}(?![\\d}])(?=[^\\n]*(?:paper|entr|item|work))`, "i");
  const at = text5.search(line);
  if (at === -1 || text5.includes("{count}")) return text5;
  return text5.slice(0, at) + "{count}" + text5.slice(at + count.length);
}

// src/core/import/layouts/text.ts
var WORD_JOINER = /\u2060/g;
function inlineText(nodes) {
  return nodes.map(shown).join("").replace(WORD_JOINER, "");
}
function shown(node2) {
  if (node2.type === "text" || node2.type === "inlineCode") return node2.value;
  if (node2.type === "break") return " ";
  return "children" in node2 ? inlineText(node2.children) : "";
}

// src/core/import/layouts/tags.ts
var LABEL_BADGE = /^(https?:\/\/img\.shields\.io\/badge\/)((?:[^-]|--)+)-([A-Za-z0-9]+)(\.svg)?$/;
function readTags(images, source) {
  const badges = [];
  let form;
  for (const image2 of images) {
    const start = image2.position?.start.offset ?? -1;
    const end = image2.position?.end.offset ?? -1;
    const alt = image2.alt ?? "";
    if (source.slice(start, end) !== `![${alt}](${image2.url})` || /[[\]{}]/.test(alt)) return;
    const m = LABEL_BADGE.exec(image2.url);
    if (!m) return;
    const text5 = fromShields(m[2]);
    if (text5 === void 0 || text5.trim() === "" || shieldsText(text5) !== m[2]) return;
    const written = { alt, prefix: m[1], suffix: m[4] ?? "" };
    form ??= written;
    if (written.alt !== form.alt || written.prefix !== form.prefix) return;
    if (written.suffix !== form.suffix) return;
    badges.push({ start, end, text: text5, color: m[3] });
  }
  if (!form || badges.length === 0) return;
  const groups = [];
  for (const badge of badges) {
    const last = groups[groups.length - 1];
    if (last && last[0].color === badge.color) last.push(badge);
    else groups.push([badge]);
  }
  let lead = badges[0].start;
  while (lead > 0 && (source[lead - 1] === " " || source[lead - 1] === "	")) lead--;
  const gaps = badges.slice(1).map((b, i) => source.slice(badges[i].end, b.start));
  const lists = /* @__PURE__ */ new Map();
  let tag = "";
  for (const [k, group] of groups.entries()) {
    const inside = new Set(group.slice(1).map((b, i) => source.slice(group[i].end, b.start)));
    if (inside.size > 1) return;
    const gap = [...inside][0] ?? gaps[0] ?? " ";
    const kind = `tags-${group[0].color.toLowerCase()}`;
    let field = kind;
    for (let n = 2; lists.has(field); n++) field = `${kind}-${n}`;
    const open = `![${form.alt}](${form.prefix}`;
    const close = `-${group[0].color}${form.suffix})`;
    const before = source.slice(k === 0 ? lead : groups[k - 1].at(-1).end, group[0].start);
    lists.set(
      field,
      group.map((b) => b.text)
    );
    const items = `{{${field} ${JSON.stringify(close + gap + open)}}}`;
    tag += `{{#${field}}}${templateLiteral(before + open)}${items}${templateLiteral(close)}{{/${field}}}`;
  }
  return { start: lead, end: badges.at(-1).end, lists, tag };
}

// src/core/import/layouts/inline.ts
var WORDS = /\S+/g;
function startOf(node2) {
  return node2.position?.start.offset ?? -1;
}
function endOf(node2) {
  return node2.position?.end.offset ?? -1;
}
function soleText(node2) {
  if (node2.type === "text") return node2;
  if ("children" in node2 && node2.children.length === 1) return soleText(node2.children[0]);
  return void 0;
}
function visible(node2) {
  if (node2.type === "text" || node2.type === "inlineCode") return node2.value;
  if ("children" in node2) return node2.children.map(visible).join("");
  return "";
}
function isHttp(link2, source) {
  return /^https?:\/\//i.test(link2.url) && source[startOf(link2)] === "[";
}
function brokenTitle(node2, inner, at, reading, used, opts) {
  if (!titleText(soleText(inner), reading, opts)) return -1;
  used.add(node2);
  if (inner.url === "" && !opts.taken.has("paper")) {
    opts.taken.add("paper");
    const end = endOf(inner) - 1;
    reading.replacements.push({ start: end, end, tag: "{{link:paper}}" });
  }
  return at;
}
function brokenLink(node2, source) {
  if (node2.type !== "link" || isLabelLink(node2, true)) return false;
  return brokenAddress(node2, source) || emptyAddress(node2, source);
}
function emptyAddress(link2, source) {
  return link2.url === "" && source[startOf(link2)] === "[" && source.slice(endOf(link2) - 3, endOf(link2)) === "]()";
}
function brokenAddress(link2, source) {
  return source[startOf(link2)] === "[" && /^\[?https?:/i.test(link2.url) && !isHttp(link2, source);
}
var LABEL_WORDS = /^(?:pdf|code|paper|papers|link|arxiv|project|project page|page|github|website|web|slides?|video|blog|demo|poster|bib|bibtex|html|openreview|dataset|data|official|pytorch|tensorflow|jax|model|weights|doi|abs|abstract|url|homepage|talk|supp|supplementary)$/i;
function isLabelLink(link2, first) {
  const raw = visible(link2).trim();
  const text5 = raw.replace(/^\[(.*)\]$/s, "$1");
  if (text5 === "") return false;
  if (text5 !== raw || LABEL_WORDS.test(text5)) return true;
  return !first && text5.length <= 24 && (text5.match(WORDS)?.length ?? 0) <= 3;
}
function tagText(node2, from, to, field, reading, opts) {
  const value = node2.value.slice(from, to);
  if (value.trim() === "") return false;
  reading.fields.set(field, value);
  const start = startOf(node2);
  if (field === "title") reading.titleEnd = start + to;
  if (opts.source.slice(start, start + to) !== node2.value.slice(0, to)) return true;
  const before = opts.source.slice(Math.max(0, start + from - 1), start + from);
  const rendered = escapeText(value, opts.html ? "html" : "markdown", before === "\n" ? "" : "x");
  if (rendered === value)
    reading.replacements.push({ start: start + from, end: start + to, tag: `{{${field}}}` });
  return true;
}
function trimmed(value, from = 0, to = value.length) {
  while (from < to && /\s/.test(value[from])) from++;
  while (to > from && /[\s.,:;]/.test(value[to - 1])) to--;
  return [from, to];
}
function readInline(nodes, opts) {
  const reading = { fields: /* @__PURE__ */ new Map(), titleEnd: -1, links: [], replacements: [] };
  const used = /* @__PURE__ */ new Set();
  const titleAt = opts.want.has("title") ? readTitle(nodes, reading, used, opts) : -1;
  if (titleAt >= 0 && opts.want.has("subtitle")) readSubtitle(nodes, titleAt, reading, opts);
  readLinks(nodes, reading, used, opts);
  const after = titleAt < 0 ? nodes : nodes.slice(titleAt);
  if (opts.want.has("authors")) readAuthors(after, reading, used, opts);
  readDates(after, reading, used, opts);
  readBadges(nodes, reading, used, opts);
  return reading;
}
function readSubtitle(nodes, titleAt, reading, opts) {
  const link2 = nodes[titleAt];
  const next = nodes[titleAt + 1];
  const inner = link2.type === "strong" && link2.children.length === 1 ? link2.children[0] : link2;
  if (inner.type !== "link" || next?.type !== "text" || reading.links.length === 0) return;
  const colonInside = /:\s*$/.test(visible(inner));
  const m = (colonInside ? /^( +)/ : /^( ?: ?)/).exec(next.value);
  if (!m) return;
  const rest = next.value.slice(m[1].length);
  const end = rest.search(/\s+[|–—]\s|\s+-\s|\s*\|\s*|$/);
  const [from, to] = trimmed(next.value, m[1].length, m[1].length + end);
  const text5 = next.value.slice(from, to);
  if (!/^[\p{L}\p{N}]/u.test(text5)) return;
  if (tagText(next, from, to, "subtitle", reading, opts)) reading.titleEnd = startOf(next) + to;
}
function readBadges(nodes, reading, used, opts) {
  const images = nodes.filter((n) => n.type === "image" && !used.has(n));
  if (images.length === 0 || opts.html) return;
  if (images.some((n) => n.type === "image" && !/shields\.io|badge/i.test(n.url))) return;
  const start = startOf(images[0]);
  const end = endOf(images[images.length - 1]);
  const between = nodes.filter((n) => startOf(n) > start && endOf(n) < end && n.type !== "image");
  if (between.some((n) => n.type !== "text" || n.value.trim() !== "")) return;
  const value = opts.source.slice(start, end);
  if (/[\r\n]/.test(value)) return;
  if (tagBadges(images, reading, opts)) return;
  reading.fields.set("badges", value);
  reading.replacements.push({ start, end, tag: "{{{badges}}}" });
}
function tagBadges(images, reading, opts) {
  const run = readTags(images, opts.source);
  if (!run) return false;
  for (const [field, items] of run.lists) (reading.lists ??= /* @__PURE__ */ new Map()).set(field, items);
  reading.replacements.push({ start: run.start, end: run.end, tag: run.tag });
  return true;
}
var LEADING_DATE = /^(\s*\[)((?:19|20)\d{2}(?:[./-]\d{1,2}){0,2})\]\s*$/;
function beforeTitle(nodes, reading, used, opts) {
  let i = 0;
  for (; i < nodes.length; i++) {
    const node2 = nodes[i];
    if (blankOrTag(node2, nodes[i + 1])) continue;
    if (node2.type === "html" && /^<img\b[^>]*>$/i.test(node2.value.trim())) {
      readBadgeImage(node2.value, startOf(node2), reading, opts);
      used.add(node2);
      continue;
    }
    if (bracketedLabel(node2, nodes[i + 1], nodes[i + 2], reading, opts)) {
      used.add(node2);
      used.add(nodes[i + 1]);
      return i + 2;
    }
    const text5 = soleText(node2);
    if (node2.type === "strong" && text5 && /^\[[^\]]+\]$/.test(text5.value)) {
      if (opts.want.has("abbr")) optionalAbbr(node2, text5, nodes[i + 1], reading, opts);
      used.add(node2);
      continue;
    }
    const date = node2.type === "text" ? LEADING_DATE.exec(node2.value) : null;
    if (leadingMark(node2, nodes[i + 1], nodes[i + 2], reading, opts)) {
      used.add(node2);
      continue;
    }
    if (node2.type === "text" && date) {
      if (opts.want.has("date")) {
        tagText(node2, date[1].length, date[1].length + date[2].length, "date", reading, opts);
        reading.fields.set("year", date[2].slice(0, 4));
      }
      used.add(node2);
      continue;
    }
    break;
  }
  return i;
}
function readTitle(nodes, reading, used, opts) {
  const i = beforeTitle(nodes, reading, used, opts);
  for (let j = i; j < nodes.length; j++) {
    const node2 = nodes[j];
    const inner = node2.type === "strong" && node2.children.length === 1 ? node2.children[0] : node2;
    const title = (link2) => !isLabelLink(link2, j === i) || opts.titleCell === true && soleLink(nodes);
    if (inner.type === "link" && isHttp(inner, opts.source) && title(inner)) {
      if (!titleText(soleText(inner), reading, opts) && !titleInside(inner, reading, opts) && !highlightedTitle(inner, reading, opts))
        return -1;
      titleLink(inner, reading, opts);
      used.add(node2);
      return j;
    }
    if (brokenLink(inner, opts.source)) return brokenTitle(node2, inner, j, reading, used, opts);
    const lead = node2.type === "strong" || node2.type === "emphasis" && opts.titleCell;
    const led = lead && j === i ? boldLed(nodes, j, reading, used, opts) : void 0;
    if (led !== void 0) return led;
    if (node2.type === "strong" || node2.type === "emphasis" && j === i) {
      const text5 = soleText(node2);
      if (!text5 || !titleText(text5, reading, opts)) return -1;
      used.add(node2);
      return j;
    }
    if (node2.type === "text" && j === i) return textTitle(nodes, j, reading, used, opts) ? j : -1;
    if (node2.type !== "text") break;
  }
  return -1;
}
function soleLink(nodes) {
  const shown2 = nodes.filter((n) => n.type !== "text" || n.value.trim() !== "");
  const only = shown2.length === 1 ? shown2[0] : void 0;
  if (!only) return false;
  if (only.type === "link") return true;
  return (only.type === "strong" || only.type === "emphasis") && only.children.length === 1 && only.children[0].type === "link";
}
function openingTag(node2, next) {
  return node2.type === "html" && /^<(?:b|strong|em|i)>$/i.test(node2.value) && next?.type === "link";
}
function blankOrTag(node2, next) {
  return node2.type === "text" && node2.value.trim() === "" || openingTag(node2, next);
}
function leadingMark(node2, next, after, reading, opts) {
  const before = next?.type === "strong" || next?.type === "link" || next && openingTag(next, after);
  if (node2.type !== "text" || !before) return false;
  const mark = new RegExp("^((?:\\p{Extended_Pictographic}\\uFE0F?)+)( *)$", "u").exec(node2.value);
  const at = startOf(node2);
  if (!mark || opts.source.slice(at, endOf(node2)) !== node2.value) return false;
  reading.fields.set("mark", mark[1]);
  reading.replacements.push({
    start: at,
    end: endOf(node2),
    tag: `{{#mark}}{{mark}}${mark[2]}{{/mark}}`
  });
  return true;
}
var SHIELD = /(https?:\/\/img\.shields\.io\/badge\/)([A-Za-z][\w .&]*?)-([\w .&/'’]+?)-([A-Za-z0-9]+)(?:\.svg)?(?=[?"'\s)])/;
function readBadgeImage(html2, at, reading, opts) {
  if (opts.html) return;
  if (countBadge(html2, at, reading)) return;
  const m = SHIELD.exec(html2);
  if (!m) return;
  const label = m[2];
  const message = m[3];
  const year = /^(?:19|20)\d{2}$/.test(message);
  const field = year ? "year" : label.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  if (["title", "links", "shape", "abbr"].includes(field) || reading.fields.has(field)) return;
  if (year && opts.want.has("venue") && !reading.fields.has("venue")) {
    reading.fields.set("venue", label);
    const venueAt = at + m.index + m[1].length;
    if (escapeText(label, "markdown", "x") === label) {
      reading.replacements.push({ start: venueAt, end: venueAt + label.length, tag: "{{venue}}" });
    }
  }
  reading.fields.set(field, message);
  if (escapeText(message, "markdown", "x") !== message) return;
  const messageAt = m.index + m[1].length + label.length + 1;
  reading.replacements.push({
    start: at + messageAt,
    end: at + messageAt + message.length,
    tag: `{{${field}}}`
  });
  const alt = html2.indexOf(`alt="${message}"`);
  if (alt !== -1) {
    const altAt = at + alt + 'alt="'.length;
    reading.replacements.push({ start: altAt, end: altAt + message.length, tag: `{{${field}}}` });
  }
}
var COUNT_SHIELD = /(https?:\/\/img\.shields\.io\/badge\/)(\d+)-([A-Za-z][A-Za-z ]*?)-[A-Za-z0-9]+(?:\.svg)?(?=[?"'\s)])/;
function countBadge(html2, at, reading) {
  const m = COUNT_SHIELD.exec(html2);
  if (!m) return false;
  const field = m[3].toLowerCase().replace(/[^a-z0-9]+/g, "-");
  if (["title", "links", "shape", "abbr", "year", "venue"].includes(field)) return false;
  if (reading.fields.has(field)) return false;
  const number = m[2];
  reading.fields.set(field, number);
  const numberAt = at + m.index + m[1].length;
  reading.replacements.push({
    start: numberAt,
    end: numberAt + number.length,
    tag: `{{${field}}}`
  });
  const alt = html2.indexOf(`alt="${number}-${m[3]}"`);
  if (alt !== -1) {
    const altAt = at + alt + 'alt="'.length;
    reading.replacements.push({ start: altAt, end: altAt + number.length, tag: `{{${field}}}` });
  }
  return true;
}
function optionalAbbr(node2, text5, next, reading, opts) {
  const before = reading.replacements.length;
  tagText(text5, 1, text5.value.length - 1, "abbr", reading, opts);
  const tagged = reading.replacements.length > before;
  const start = startOf(node2);
  const end = endOf(node2);
  const space = next?.type === "text" ? /^ +/.exec(next.value)?.[0] ?? "" : "";
  const written = opts.source.slice(start, end);
  if (!tagged || written !== `**${text5.value}**`) return;
  reading.replacements.pop();
  reading.replacements.push({
    start,
    end: end + space.length,
    tag: `{{#abbr}}**[{{abbr}}]**${space}{{/abbr}}`
  });
}
function bracketedLabel(open, bold, after, reading, opts) {
  const text5 = bold?.type === "strong" ? soleText(bold) : void 0;
  if (open.type !== "text" || !/^\s*\[$/.test(open.value) || !text5 || after?.type !== "text") {
    return false;
  }
  if (!LABEL_CLOSE.test(after.value) || opts.wholeTitle) return false;
  const [from, to] = trimmed(text5.value);
  return tagText(text5, from, to, "tag", reading, opts);
}
var LABEL_CLOSE = /^\]:? +["“]/;
function titleInside(link2, reading, opts) {
  const [first, second, ...rest] = link2.children;
  const abbr = first?.type === "strong" ? soleText(first) : void 0;
  if (!abbr || !/^\[[^\]]+\]$/.test(abbr.value) || second?.type !== "text" || rest.length > 0) {
    return false;
  }
  if (opts.want.has("abbr")) tagText(abbr, 1, abbr.value.length - 1, "abbr", reading, opts);
  return titleText(second, reading, opts);
}
function titleText(text5, reading, opts) {
  if (!text5) return false;
  const [from, to] = trimmed(text5.value);
  const year = /\s\(((?:19|20)\d{2})\)$/.exec(text5.value.slice(from, to));
  if (year && opts.want.has("year") && !reading.fields.has("year") && to - from > year[0].length + 2) {
    const end = from + year.index;
    const at = to - year[1].length - 1;
    if (!tagText(text5, from, end, "title", reading, opts)) return false;
    tagText(text5, at, at + year[1].length, "year", reading, opts);
    return true;
  }
  return tagText(text5, from, to, "title", reading, opts);
}
function leadingTitle(node2, reading, used, opts) {
  const value = node2.value;
  if (opts.wholeTitle) {
    const [from2, to2] = trimmed(value);
    return tagText(node2, from2, to2, "title", reading, opts);
  }
  const label = reading.fields.has("tag") ? (LABEL_CLOSE.exec(value)?.[0].length ?? 1) - 1 : 0;
  const quoted2 = /^\s*["“](.+?)[,.]?["”](?=\s*(?:[[(,:;.]|$| [-–] ))/.exec(value.slice(label));
  if (quoted2) {
    const at = value.indexOf(quoted2[1], label);
    const [from2, to2] = trimmed(value, at, at + quoted2[1].length);
    return tagText(node2, from2, to2, "title", reading, opts);
  }
  const skip = venuePrefix(node2, reading, opts);
  const end = value.slice(skip).search(/ \(| - | \[|\.\s|$/) + skip;
  const [from, to] = trimmed(value, skip, end);
  if (to - from < 3) return false;
  return tagText(node2, from, to, "title", reading, opts);
}
var GOES_ON = /(?:[^\s,;.()[\]\-–—]| ?:|\S-) ?$/u;
function textTitle(nodes, j, reading, used, opts) {
  const node2 = nodes[j];
  const next = nodes[j + 1];
  const goesOn = next && (next.type === "strong" || next.type === "emphasis") && GOES_ON.test(node2.value) && !opts.wholeTitle;
  if (goesOn) {
    const skip = venuePrefix(node2, reading, opts);
    return spreadTitle(nodes.slice(j), reading, opts, skip);
  }
  if (leadingTitle(node2, reading, used, opts)) return true;
  return spreadTitle(nodes.slice(j), reading, opts);
}
function boldLed(nodes, j, reading, used, opts) {
  const node2 = nodes[j];
  if (namedTitle(node2, nodes[j + 1], reading, opts)) {
    used.add(node2);
    return j + 1;
  }
  if (!goesOnAfter(node2, nodes[j + 1], opts)) return void 0;
  return spreadTitle(nodes.slice(j), reading, opts) ? j : -1;
}
function namedTitle(node2, next, reading, opts) {
  const name = soleText(node2);
  if (!name || next?.type !== "text" || opts.wholeTitle) return false;
  const m = /^(\s*(?:\([^)\n]*\)\s*)?:\s*["“])(.+?)[,.]?["”](?=\s*(?:[[(,:;.]|$| [-–] ))/.exec(
    next.value
  );
  if (!m) return false;
  const at = m[1].length;
  const [from, to] = trimmed(next.value, at, at + m[2].length);
  if (!tagText(next, from, to, "title", reading, opts)) return false;
  const [nameFrom, nameTo] = trimmed(name.value);
  if (opts.want.has("abbr")) tagText(name, nameFrom, nameTo, "abbr", reading, opts);
  return true;
}
function goesOnAfter(node2, next, opts) {
  const text5 = soleText(node2);
  if (!text5 || opts.wholeTitle || next?.type !== "text") return false;
  const words2 = text5.value.trim().split(/\s+/).length;
  return words2 <= 4 && /[\p{L}\p{N}]$/u.test(text5.value) && /^ [\p{L}\p{N}]/u.test(next.value);
}
function spreadTitle(nodes, reading, opts, skipped = 0) {
  const upTo = nodes.findIndex((n) => n.type === "link" || n.type === "html");
  const parts = upTo === -1 ? nodes : nodes.slice(0, upTo);
  const text5 = parts.map(visible).join("");
  const skip = skipped || (/^\s*\([^)]*\)\s*/.exec(text5)?.[0].length ?? 0);
  const title = text5.slice(skip).replace(/[\s,.;:]+$/, "").trim();
  if (title.length < 3 || !opts.want.has("title")) return false;
  reading.fields.set("title", title);
  const from = text5.indexOf(title, skip);
  markedTitle(parts, from, from + title.length, reading, opts);
  return true;
}
function highlightedTitle(link2, reading, opts) {
  const parts = link2.children;
  const plain3 = (n) => n.type === "text" || n.type === "strong" && soleText(n) !== void 0;
  if (!parts.every(plain3) || !parts.some((n) => n.type === "strong")) return false;
  const shown2 = parts.map(visible).join("");
  const [from, to] = trimmed(shown2);
  if (!new RegExp("\\p{L}", "u").test(shown2) || !opts.want.has("title")) return false;
  reading.fields.set("title", shown2.slice(from, to));
  reading.titleEnd = endOf(link2);
  markedTitle(parts, from, to, reading, opts);
  return true;
}
function markedTitle(parts, from, to, reading, opts) {
  let at = 0;
  let start = -1;
  let end = -1;
  let delimiter2;
  const phrases = [];
  for (const node2 of parts) {
    const shown2 = visible(node2);
    const nodeStart = startOf(node2);
    const nodeEnd = endOf(node2);
    const lo = at;
    at += shown2.length;
    if (at <= from || lo >= to) continue;
    if (node2.type === "text") {
      if (opts.source.slice(nodeStart, nodeEnd) !== node2.value) return;
      if (start < 0) start = nodeStart + Math.max(0, from - lo);
      end = nodeStart + Math.min(shown2.length, to - lo);
      continue;
    }
    const inner = soleText(node2);
    const mark = opts.source.slice(nodeStart, nodeStart + (node2.type === "strong" ? 2 : 1));
    if (node2.type !== "strong" || !inner || lo < from || at > to) return;
    if (delimiter2 !== void 0 && mark !== delimiter2) return;
    delimiter2 = mark;
    if (start < 0) start = nodeStart;
    end = nodeEnd;
    phrases.push(inner.value);
  }
  if (start < 0 || phrases.length === 0 || delimiter2 === void 0 || opts.html) return;
  const title = reading.fields.get("title");
  const before = opts.source.slice(Math.max(0, start - 1), start);
  const ctx = { escape: "markdown", linkLabels: {}, n: 1 };
  const written = marked(title, phrases, delimiter2, { out: before === "\n" ? "" : "x", ctx });
  if (written !== opts.source.slice(start, end)) return;
  (reading.lists ??= /* @__PURE__ */ new Map()).set("highlights", phrases);
  reading.titleEnd = end;
  reading.replacements.push({ start, end, tag: `{{title ${delimiter2}highlights${delimiter2}}}` });
}
function venuePrefix(node2, reading, opts) {
  const m = /^(\s*\()([A-Za-z][\w&'’-]*(?: [A-Za-z][\w&'’-]*)?) ((?:19|20)\d{2})([./-]\d{1,2}){0,2}\)\s*/.exec(
    node2.value
  );
  if (!m || !opts.want.has("venue")) return 0;
  const venueAt = m[1].length;
  tagText(node2, venueAt, venueAt + m[2].length, "venue", reading, opts);
  const dateAt = venueAt + m[2].length + 1;
  const dateEnd = m[0].trimEnd().length - 1;
  const field = dateEnd - dateAt > 4 ? "date" : "year";
  tagText(node2, dateAt, dateEnd, field, reading, opts);
  reading.fields.set("year", m[3]);
  return m[0].length;
}
function titleLink(link2, reading, opts) {
  let label = "paper";
  for (let n = 2; opts.taken.has(label); n++) label = `paper-${n}`;
  const dest = destination2(link2, opts.source);
  if (!dest) return;
  opts.taken.add(label);
  reading.links.push({ label, url: link2.url });
  reading.replacements.push({ start: dest[0], end: dest[1], tag: `{{link:${label}}}` });
}
function destination2(link2, source) {
  const end = endOf(link2);
  if (source[end - 1] !== ")") return void 0;
  const written = linkDestination(link2.url);
  const start = end - 1 - written.length;
  if (source.slice(start - 2, end - 1) !== `](${written}`) return void 0;
  return [start, end - 1];
}
function readLinks(nodes, reading, used, opts) {
  if (opts.labelAs !== void 0) {
    for (const node2 of nodes) {
      if (used.has(node2) || node2.type !== "link" || !isHttp(node2, opts.source)) continue;
      used.add(node2);
      const dest = destination2(node2, opts.source);
      if (!dest) continue;
      let label = opts.labelAs;
      for (let n = 2; opts.taken.has(label); n++) label = `${opts.labelAs}-${n}`;
      opts.taken.add(label);
      reading.links.push({ label, url: node2.url });
      reading.replacements.push({ start: dest[0], end: dest[1], tag: `{{link:${label}}}` });
      repoInBadge(node2, label, reading, opts);
    }
    return;
  }
  const found = [];
  for (const node2 of nodes) {
    if (used.has(node2) || node2.type !== "link" || !isHttp(node2, opts.source)) continue;
    const m = material(node2, opts.source);
    if (m) found.push(m);
    used.add(node2);
  }
  const run = opts.noLoop ? [] : longestRun(found, opts.source);
  const from = reading.links.length;
  for (const m of found) {
    if (run.includes(m)) continue;
    let label = m.label;
    for (let n = 2; opts.taken.has(label); n++) label = `${m.label}-${n}`;
    const dest = destination2(m.node, opts.source);
    if (!dest) continue;
    opts.taken.add(label);
    reading.links.push({ label, url: m.node.url });
    reading.replacements.push({ start: dest[0], end: dest[1], tag: `{{link:${label}}}` });
  }
  if (run.length === 0) return;
  for (const m of run) if (opts.taken.has(m.label)) relabel(m.label, reading, opts.taken);
  const first = run[0];
  const last = run[run.length - 1];
  const sep = run.length > 1 ? opts.source.slice(first.end, run[1].start) : " ";
  for (const m of run) {
    opts.taken.add(m.label);
    reading.links.push({ label: m.label, url: m.node.url });
  }
  const at = new Map(found.map((m) => [m.node.url, m.start]));
  const read = reading.links.splice(from);
  const order2 = (l) => at.get(l.url) ?? Infinity;
  reading.links.push(...read.sort((a, b) => order2(a) - order2(b)));
  const sepTag = sep === "" ? "" : ` ${JSON.stringify(sep)}`;
  reading.replacements.push({
    start: first.start,
    end: last.end,
    tag: `{{#links${sepTag}}}${first.body}{{/links}}`
  });
}
function repoInBadge(link2, label, reading, opts) {
  const repo = repoOf(link2.url);
  if (!repo) return;
  for (const image2 of link2.children) {
    if (image2.type !== "image") continue;
    const start = startOf(image2);
    const written = opts.source.slice(start, endOf(image2));
    const urlAt = written.indexOf("](");
    const at = urlAt === -1 ? -1 : written.indexOf(`/${repo}`, urlAt);
    if (at === -1 || /[\w-]/.test(written[at + 1 + repo.length] ?? "")) continue;
    const from = start + at + 1;
    reading.replacements.push({ start: from, end: from + repo.length, tag: `{{repo:${label}}}` });
  }
}
function relabel(label, reading, taken) {
  const link2 = reading.links.find((l) => l.label === label);
  const tag = reading.replacements.find((r) => r.tag === `{{link:${label}}}`);
  if (!link2 || !tag) return;
  let free = `${label}-2`;
  for (let n = 3; taken.has(free); n++) free = `${label}-${n}`;
  taken.add(free);
  link2.label = free;
  tag.tag = `{{link:${free}}}`;
}
function material(link2, source) {
  const text5 = soleText(link2);
  const dest = destination2(link2, source);
  if (!text5 || !dest) return void 0;
  const value = text5.value;
  const inner = /^\[(.*)\]$/s.exec(value)?.[1] ?? value;
  const label = inner.trim();
  if (label === "" || source.slice(startOf(text5), endOf(text5)) !== value) return void 0;
  if (escapeText(label, "markdown", "x") !== label) return void 0;
  let start = startOf(link2);
  let end = endOf(link2);
  while (source[start - 1] === "[" && source[end] === "]") {
    start--;
    end++;
  }
  const labelAt = startOf(text5) + value.indexOf(label);
  const body = source.slice(start, labelAt) + "{{label}}" + source.slice(labelAt + label.length, dest[0]) + "{{url}}" + source.slice(dest[1], end);
  if (body.includes('{{"')) return void 0;
  return { node: link2, label, start, end, body };
}
function longestRun(found, source) {
  let best = [];
  for (let i = 0; i < found.length; i++) {
    const run = [found[i]];
    const labels = /* @__PURE__ */ new Set([found[i].label]);
    let sep;
    for (let j = i + 1; j < found.length; j++) {
      const prev = run[run.length - 1];
      const next = found[j];
      const between = source.slice(prev.end, next.start);
      const apart2 = between.replace(/<br\s*\/?>/gi, " ");
      if (next.body !== prev.body || labels.has(next.label) || /[^\s|,;·•/]/.test(apart2)) break;
      if (sep !== void 0 && between !== sep) break;
      sep = between;
      run.push(next);
      labels.add(next.label);
    }
    if (run.length > best.length) best = run;
  }
  return best;
}
function readAuthors(nodes, reading, used, opts) {
  for (const node2 of nodes) {
    if (used.has(node2) || node2.type !== "emphasis" && node2.type !== "strong") continue;
    const text5 = soleText(node2);
    const alone = text5?.value.trim().replace(/\.$/, "") ?? "";
    const own4 = !opts.want.has("title") && (NAME.test(alone) || !opts.want.has("venue") && new RegExp("^\\p{Lu}[\\p{L}'\u2019-]+$", "u").test(alone));
    if (!text5 || !(/,|\bet al\b| and /.test(text5.value) || ONE_NAME.test(text5.value) || own4)) {
      continue;
    }
    const [from, to] = trimmed(text5.value);
    tagText(text5, from, to, "authors", reading, opts);
    used.add(node2);
    return;
  }
  plainAuthors(nodes, reading, opts);
}
var BIB_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?, \p{Lu}[\p{L}'’-]*\.?(?: \p{Lu}[\p{L}'’-]*\.?)*`;
var BIBTEX = new RegExp(
  String.raw`^${BIB_NAME}(?: and ${BIB_NAME})+(?: and others)?(?=\.?(?:\s|$))`,
  "u"
);
var ONE_NAME = new RegExp("^\\s*(?:\\p{Lu}\\.\\s*)+\\p{Lu}[\\p{L}'\u2019-]*\\p{Ll}[\\p{L}'\u2019-]*\\.?\\s*$", "u");
var NAME = new RegExp("^(?:and\\s+)?(?:\\p{Lu}[\\p{L}'\u2019.-]*\\p{Ll}[\\p{L}'\u2019.-]*|\\p{Lu}\\.|(?:de|van|der|von|da|di|le|la|del)(?=\\s))(?:\\s+(?:\\p{Lu}[\\p{L}'\u2019.-]*|\\p{Lu}\\.|de|van|der|von|da|di|le|la|del)){1,4}$", "u");
function plainAuthors(nodes, reading, opts) {
  if (reading.fields.has("authors")) return;
  const first = reading.titleEnd < 0 && !opts.want.has("title");
  if (reading.titleEnd < 0 && !first) return;
  const node2 = first ? nodes[0] : nodes.find((n) => n.type === "text" && startOf(n) >= reading.titleEnd - 1);
  if (!node2 || node2.type !== "text") return;
  const lead = first ? /^\s*/.exec(node2.value) : /^[\s.,]*(?:[-–—:]\s+|\.\s+|,\s+)/.exec(node2.value);
  if (!lead) return;
  const parts = node2.value.slice(lead[0].length).split(new RegExp("(,\\s+(?:and\\s+)?|\\s+and\\s+|(?<!(?:^|\\s)\\p{Lu})\\.\\s)", "u"));
  const ends = [];
  for (let k = 0; k < parts.length; k += 2) {
    const part = parts[k].replace(/\.$/, "");
    if (!NAME.test(part.trim()) && !/^et al\.?$/.test(part.trim())) break;
    ends.push(lead[0].length + parts.slice(0, k + 1).join("").length);
    const andNext = /^\s+and\s+$/.test(parts[k + 1] ?? "");
    if (parts[k + 1]?.startsWith(".") || /\band\s+$/.test(parts[k - 1] ?? "") && !andNext) break;
  }
  const last = parts[ends.length * 2 - 3] ?? "";
  if (ends.length > 2 && /^,\s+(?:19|20)\d{2}\b/.test(node2.value.slice(ends[ends.length - 1])) && !/and/.test(last)) {
    ends.pop();
  }
  const bib = BIBTEX.exec(node2.value.slice(lead[0].length));
  const names = bib ? 2 : ends.length;
  const bibEnd = bib ? lead[0].length + bib[0].replace(/\.$/, "").length : void 0;
  const end = bibEnd ?? ends[names - 1] ?? lead[0].length;
  if (names === 0 || names === 1 && !/et al/.test(node2.value)) return;
  tagText(node2, lead[0].length, end, "authors", reading, opts);
  const rest = new RegExp("^([,.]\\s+)([^,]*?\\p{L}[^]*?)(,?\\s+)((?:19|20)\\d{2})\\.?\\s*$", "u").exec(
    node2.value.slice(end)
  );
  if (!rest || !opts.want.has("venue") || reading.fields.has("venue")) return;
  const venueAt = end + rest[1].length;
  tagText(node2, venueAt, venueAt + rest[2].length, "venue", reading, opts);
  const yearAt = venueAt + rest[2].length + rest[3].length;
  tagText(node2, yearAt, yearAt + 4, "year", reading, opts);
}
function emphasisVenueYear(text5, reading, opts) {
  const both = /^(\s*)([A-Za-z][\w&'’.-]*(?: [A-Za-z][\w&'’.-]*){0,3}) ((?:19|20)\d{2})\s*$/.exec(
    text5.value
  );
  if (!both || reading.fields.has("venue") || reading.fields.has("year")) return false;
  const at = both[1].length;
  tagText(text5, at, at + both[2].length, "venue", reading, opts);
  const yearAt = at + both[2].length + 1;
  tagText(text5, yearAt, yearAt + 4, "year", reading, opts);
  return true;
}
var VENUE_AFTER_DATE = /^(\]?(?:\s*,\s*|\s+\[))((?:arXiv|[A-Z][\w&/'’.-]*)(?: [A-Z][\w&/'’.-]*){0,3}?)(?:( )((?:19|20)\d{2}))?(?=[\],]| [A-Z]|$)/;
var WORDY_VENUE_AFTER_DATE = /^(\]?(?:\s*,\s*|\s+\[))((?:arXiv|[A-Z][\w&/'’.-]*)(?: (?:[A-Z][\w&/'’.-]*|and|of|on|&)){1,5}?)(?:( )((?:19|20)\d{2}))?(?=[\],])/;
function venueAfterDate(text5, at, reading, opts) {
  if (!opts.want.has("venue") || reading.fields.has("venue")) return;
  const rest = text5.value.slice(at);
  const wordy = WORDY_VENUE_AFTER_DATE.exec(rest);
  const m = wordy && /[\p{L}.]$/u.test(wordy[2]) ? wordy : VENUE_AFTER_DATE.exec(rest);
  if (!m || m[4] === void 0 && !/^[\],]/.test(text5.value.slice(at + m[0].length))) return;
  const venueAt = at + m[1].length;
  tagText(text5, venueAt, venueAt + m[2].length, "venue", reading, opts);
  if (m[4] === void 0) return;
  const yearAt = venueAt + m[2].length + 1;
  reading.fields.delete("year");
  tagText(text5, yearAt, yearAt + 4, "year", reading, opts);
}
var DATE = /(?<![\d.])((?:19|20)\d{2})(?:([./-])(\d{1,2}))?(?![\d])/;
var VENUE = /(?:^|[\s(,_*])(arXiv|[A-Z][A-Za-z&-]*[A-Za-z])['’]?(?:[\s,]+)$/;
function venueBefore(text5) {
  const to = text5.search(/['’]?[\s,]*$/);
  const head = text5.slice(0, to);
  let from = 0;
  for (const m of head.matchAll(/[.,;:]\s+|[([*_]|\s[-–—]\s/g)) from = m.index + m[0].length;
  while (from < to && /\s/.test(text5[from])) from++;
  const words2 = head.slice(from).split(/\s+/);
  const venueLike = to > from && words2.length <= 5 && words2.every((w) => /^(?:[\p{L}][\p{L}\p{N}&.'’/+-]*|&)$/u.test(w)) && words2.some((w) => new RegExp("\\p{Lu}", "u").test(w) || /^arxiv$/i.test(w));
  if (venueLike) return [from, to];
  const one2 = VENUE.exec(text5);
  if (!one2) return void 0;
  const at = one2.index + one2[0].indexOf(one2[1]);
  return [at, at + one2[1].length];
}
var SHORT_YEAR = new RegExp("(?<![\\p{L}\\p{N}])(arXiv|\\p{Lu}[\\p{L}\\p{N}&-]*)['\u2019] ?(\\d{2})(?![\\p{L}\\p{N}'\u2019])", "u");
function shortYear(text5, skip, reading, opts) {
  const m = SHORT_YEAR.exec(text5.value.slice(skip));
  if (!m || !opts.want.has("year") || reading.fields.has("year")) return false;
  if (!opts.want.has("venue") || reading.fields.has("venue")) return false;
  const at = skip + m.index;
  tagText(text5, at, at + m[1].length, "venue", reading, opts);
  const yearAt = at + m[0].length - 2;
  const start = startOf(text5);
  const digits = m[2];
  reading.fields.set("year", fullYear(digits));
  if (opts.source.slice(start, start + yearAt + 2) === text5.value.slice(0, yearAt + 2)) {
    reading.replacements.push({
      start: start + yearAt,
      end: start + yearAt + 2,
      tag: "{{year:2}}"
    });
  }
  return true;
}
function readDates(nodes, reading, used, opts) {
  for (const node2 of nodes) {
    if (used.has(node2)) continue;
    let text5 = node2.type === "text" ? node2 : void 0;
    if ((node2.type === "emphasis" || node2.type === "strong") && opts.want.has("venue")) {
      text5 = soleText(node2);
      if (text5 && /^[A-Za-z][\w&'’-]*$/.test(text5.value.trim()) && !reading.fields.has("venue")) {
        const [from, to] = trimmed(text5.value);
        tagText(text5, from, to, "venue", reading, opts);
        used.add(node2);
        continue;
      }
      if (text5 && emphasisVenueYear(text5, reading, opts)) used.add(node2);
      continue;
    }
    if (!text5) continue;
    const skip = Math.max(0, reading.titleEnd - startOf(text5));
    const m = DATE.exec(text5.value.slice(skip));
    if (!m && shortYear(text5, skip, reading, opts)) {
      used.add(node2);
      return;
    }
    if (!m) {
      const alone = /^([\s.,]*)(arXiv|[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)[.,]?\s*\[?$/.exec(
        text5.value.slice(skip)
      );
      if (alone && opts.want.has("venue") && !reading.fields.has("venue") && reading.titleEnd >= 0) {
        const from = skip + alone[1].length;
        tagText(text5, from, from + alone[2].length, "venue", reading, opts);
      }
      continue;
    }
    m.index += skip;
    const field = m[2] ? "date" : "year";
    if (!opts.want.has(field) || reading.fields.has(field)) continue;
    if (opts.want.has("venue") && !reading.fields.has("venue")) {
      const venue = venueBefore(text5.value.slice(skip, m.index));
      if (venue) tagText(text5, skip + venue[0], skip + venue[1], "venue", reading, opts);
    }
    tagText(text5, m.index, m.index + m[0].length, field, reading, opts);
    used.add(node2);
    if (field === "date") reading.fields.set("year", m[1]);
    if (field === "date") venueAfterDate(text5, m.index + m[0].length, reading, opts);
    return;
  }
}

// src/core/import/layouts/paragraph.ts
var ALL_FIELDS = /* @__PURE__ */ new Set([
  "title",
  "abbr",
  "venue",
  "year",
  "date",
  "authors",
  "links",
  "subtitle"
]);
function isPaper(paper, ...readings) {
  if (paper.title.trim() === "") return false;
  return paper.links.length > 0 || readings.some((r) => r.fields.has("year") || r.fields.has("authors") || r.fields.has("venue"));
}
function readParagraph(paragraph2, source, lines) {
  const reading = readInline(paragraph2.children, { source, want: ALL_FIELDS, taken: /* @__PURE__ */ new Set() });
  const paper = paperOf([reading]);
  if (!isPaper(paper, reading) || paper.links.length === 0) return void 0;
  if (prose(paragraph2, source, reading, paper.title)) return void 0;
  const start = startOf(paragraph2);
  const end = endOf(paragraph2);
  return {
    kind: "paragraph",
    start,
    end,
    line: lineAt(lines, start),
    replacements: reading.replacements,
    paper
  };
}
function isProse(paragraph2, source) {
  const reading = readInline(paragraph2.children, { source, want: ALL_FIELDS, taken: /* @__PURE__ */ new Set() });
  const paper = paperOf([reading]);
  if (paper.links.length === 0) return false;
  return prose(paragraph2, source, reading, paper.title);
}
function prose(paragraph2, source, reading, title) {
  return lone(paragraph2, reading) || runningText(paragraph2, title) || sentence(paragraph2, source, reading, title);
}
function lone(paragraph2, reading) {
  if (paragraph2.children.some((c) => c.type === "strong" || c.type === "emphasis")) return false;
  const fields = ["year", "venue", "authors", "date"].some((f) => reading.fields.has(f));
  return !fields && reading.links.length < 2;
}
function runningText(paragraph2, title) {
  const first = paragraph2.children[0];
  return first?.type === "text" && !/^\s*["“]/.test(first.value) && /\n/.test(title);
}
function sentence(paragraph2, source, reading, title) {
  if (paragraph2.children.some((c) => c.type === "strong")) return false;
  const start = startOf(paragraph2);
  const end = endOf(paragraph2);
  let rest = "";
  let at = start;
  for (const r of [...reading.replacements].sort((a, b) => a.start - b.start)) {
    if (r.start < at || r.end > end) continue;
    rest += `${source.slice(at, r.start)} `;
    at = r.end;
  }
  rest += source.slice(at, end);
  const unread = countWords(rest.replace(/!?\[[^\]]*\]\([^)]*\)/g, " "));
  return unread > 8 && unread > countWords(title);
}
function countWords(text5) {
  return text5.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
function lineStarts2(source) {
  const starts = [0];
  for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function lineAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

// src/core/import/layouts/columns.ts
var CODE_HOST = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|gitee\.com|bitbucket\.org)\//i;
function isCodeUrl(url) {
  return CODE_HOST.test(url);
}
function columnLinkLabel(header, urls) {
  const code3 = urls.filter(isCodeUrl).length;
  if (urls.length > 0 && code3 * 2 > urls.length) return "code";
  const words2 = header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(" ").filter((w) => w !== "" && !/^(?:links?|urls?)$/.test(w));
  return words2.join("-") || "link";
}

// src/core/import/layouts/items.ts
var BULLET = /^([^\p{L}\p{N}\s<>[\]()*_`!#|\\'"{}]{1,2}[ \t]+)/u;
var BREAK2 = /[ \t]*<br\s*\/?>[ \t]*/gi;
function readPoints(text5) {
  const breaks = [...text5.matchAll(BREAK2)];
  if (breaks.length === 0) return void 0;
  const parts = [];
  const seps = /* @__PURE__ */ new Set();
  const breakAt = [];
  let at = 0;
  for (const b of breaks) {
    parts.push(text5.slice(at, b.index));
    seps.add(b[0]);
    breakAt.push(b[0]);
    at = b.index + b[0].length;
  }
  parts.push(text5.slice(at));
  const bullet = BULLET.exec(parts[0])?.[1];
  const trimmed2 = new Set([...seps].map((s) => s.trimStart()));
  if (bullet === void 0 || trimmed2.size !== 1) return void 0;
  const between = [...seps].sort((a, b) => a.length - b.length)[0];
  const items = [];
  for (const [i, part] of parts.entries()) {
    if (!part.startsWith(bullet)) return void 0;
    let item = part.slice(bullet.length);
    if (seps.size > 1 && i < parts.length - 1) item += breakAt[i].slice(0, -between.length);
    if (item.trim() === "" || item.trimStart() !== item) return void 0;
    items.push(item);
  }
  const sep = JSON.stringify(between + bullet);
  const plain3 = items.every((item) => escapeText(item, "markdown", "x") === item);
  return {
    items,
    tag: (name) => `${templateLiteral(bullet)}${plain3 ? `{{${name} ${sep}}}` : `{{{${name} ${sep}}}}`}`
  };
}

// src/core/import/layouts/cell-lines.ts
var isBr = (n) => n.type === "html" && /^<br\s*\/?>$/i.test(n.value);
var blank = (n) => n.type === "text" && n.value.trim() === "";
var QUOTE = /^(?:>\s*)+/;
var VENUE_YEAR = new RegExp("^(arXiv|\\p{Lu}[\\p{L}\\p{N}&-]*)['\u2019](\\d{2})(?: (\\S.*))?$", "u");
var NAME2 = new RegExp("^\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){1,4}$", "u");
function plain(field, value) {
  return escapeText(value, "markdown", "x") === value ? `{{${field}}}` : `{{{${field}}}}`;
}
function textLine(text5, start, taken) {
  const quote2 = QUOTE.exec(text5)?.[0] ?? "";
  const value = text5.slice(quote2.length);
  const at = start + quote2.length;
  const end = at + value.length;
  const vy = VENUE_YEAR.exec(value);
  if (vy && !taken.has("field:venue")) {
    const [, venue, yy, note] = vy;
    const yearAt = at + venue.length + 1;
    const line = {
      key: "venue",
      fields: [
        ["venue", venue],
        ["year", fullYear(yy)]
      ],
      links: [],
      tags: [
        { start: at, end: at + venue.length, tag: plain("venue", venue) },
        { start: yearAt, end: yearAt + 2, tag: "{{year:2}}" }
      ],
      start,
      end
    };
    if (note !== void 0) {
      line.fields.push(["note", note]);
      line.tags.push({ start: yearAt + 2, end, tag: `{{#note}} ${plain("note", note)}{{/note}}` });
    }
    return line;
  }
  const names = value.split(/,\s+|\s+and\s+/);
  if (quote2 === "" && names.every((n) => NAME2.test(n)) && !taken.has("field:authors")) {
    return {
      key: "authors",
      fields: [["authors", value]],
      links: [],
      tags: [{ start: at, end, tag: "{{authors}}" }],
      start,
      end
    };
  }
  const more = quote2 !== "" && taken.has("field:affiliation") && taken.has("last:affiliation");
  if (new RegExp("\\p{L}", "u").test(value) && (more || !taken.has("field:affiliation")) && !/[[\]*_<>`]/.test(value)) {
    return {
      key: "affiliation",
      fields: [["affiliation", value]],
      links: [],
      tags: [{ start: at, end, tag: plain("affiliation", value) }],
      start,
      end
    };
  }
  return void 0;
}
function namesLine(nodes, source, taken) {
  if (nodes.length !== 1 || nodes[0].type !== "emphasis" && nodes[0].type !== "strong") {
    return void 0;
  }
  if (taken.has("field:authors")) return void 0;
  const names = readInline(nodes, { source, want: /* @__PURE__ */ new Set(["authors"]), taken: /* @__PURE__ */ new Set() });
  const tag = names.replacements.find((r) => r.tag === "{{authors}}");
  const value = names.fields.get("authors");
  if (!tag || value === void 0) return void 0;
  const start = startOf(nodes[0]);
  return {
    key: "authors",
    fields: [["authors", value]],
    links: [],
    tags: [tag],
    start,
    end: endOf(nodes[0])
  };
}
function linkLine(nodes, source, taken) {
  const links = nodes.filter((n) => n.type === "link");
  if (links.length !== 1 || taken.has("field:project")) return void 0;
  const link2 = links[0];
  if (link2.type !== "link" || !/^https?:/i.test(link2.url)) return void 0;
  const i = nodes.indexOf(link2);
  const around = [...nodes.slice(0, i), ...nodes.slice(i + 1)];
  if (!around.every((n) => n.type === "text" && /^[\s[\]]*$/.test(n.value))) return void 0;
  let inner = link2;
  while ("children" in inner && inner.children.length === 1) {
    inner = inner.children[0];
  }
  if (inner.type !== "text") return void 0;
  const name = inner.value;
  const nameAt = startOf(inner);
  const urlAt = source.indexOf(link2.url, nameAt + name.length);
  if (source.slice(nameAt, nameAt + name.length) !== name || urlAt < 0) return void 0;
  if (source.slice(urlAt + link2.url.length, endOf(link2)) !== ")") return void 0;
  return {
    key: "link:project",
    fields: [["project", name]],
    links: [{ label: "project", url: link2.url }],
    tags: [
      { start: nameAt, end: nameAt + name.length, tag: plain("project", name) },
      { start: urlAt, end: urlAt + link2.url.length, tag: "{{link:project}}" }
    ],
    start: startOf(nodes[0]),
    end: endOf(nodes[nodes.length - 1])
  };
}
function oneList(prev, line, source) {
  const values = [...prev.list ?? [prev.fields[0][1]], line.fields[0][1]];
  const items = values.map((v, k) => k < values.length - 1 ? v.replace(/,$/, "") : v);
  const first = prev.tags[0];
  const last = line.tags[0];
  const starts = [...prev.starts ?? [first.start], last.start];
  const seps = starts.slice(1).map((at, k) => source.slice(starts[k] + items[k].length, at));
  if (seps.some((sep) => sep !== seps[0])) return void 0;
  const raw = items.some((v) => escapeText(v, "markdown", "x") !== v);
  const tag = `{{${raw ? "{" : ""}affiliation ${JSON.stringify(seps[0])}${raw ? "}" : ""}}}`;
  return {
    ...prev,
    fields: [["affiliation", items.join(", ")]],
    list: items,
    starts,
    tags: [{ start: first.start, end: last.end, tag }],
    end: line.end
  };
}
function trim(nodes) {
  let a = 0;
  let b = nodes.length;
  while (a < b && blank(nodes[a])) a++;
  while (b > a && blank(nodes[b - 1])) b--;
  return nodes.slice(a, b);
}
function readLine(nodes, source, taken) {
  const only = nodes.length === 1 ? nodes[0] : void 0;
  if (only?.type === "text") {
    const lead = only.value.length - only.value.trimStart().length;
    const text5 = only.value.trim();
    const start = startOf(only) + lead;
    if (source.slice(start, start + text5.length) !== text5) return void 0;
    return textLine(text5, start, taken);
  }
  return namesLine(nodes, source, taken) ?? linkLine(nodes, source, taken);
}
function readCellLines(rest, source, from, reading) {
  const lines = [[]];
  for (const n of rest) {
    if (isBr(n)) lines.push([]);
    else lines[lines.length - 1].push(n);
  }
  const taken = /* @__PURE__ */ new Set();
  const read = [];
  for (const nodes of lines.map(trim)) {
    if (nodes.length === 0) continue;
    const line = readLine(nodes, source, taken);
    if (!line) return false;
    for (const [field] of line.fields) taken.add(`field:${field}`);
    taken.delete("last:affiliation");
    if (line.key === "affiliation") taken.add("last:affiliation");
    const prev = read[read.length - 1];
    if (prev?.key === "affiliation" && line.key === "affiliation") {
      const both = oneList(prev, line, source);
      if (!both) return false;
      read[read.length - 1] = both;
    } else read.push(line);
  }
  if (read.length === 0 || read.length === 1 && lines.map(trim).find((l) => l.length)?.[0]?.type === "text") {
    return false;
  }
  let at = from;
  for (const line of read) {
    let tag = `{{#${line.key}}}${templateLiteral(source.slice(at, line.start))}`;
    let pos = line.start;
    for (const t of line.tags.sort((a, b) => a.start - b.start)) {
      tag += templateLiteral(source.slice(pos, t.start)) + t.tag;
      pos = t.end;
    }
    tag += `${templateLiteral(source.slice(pos, line.end))}{{/${line.key}}}`;
    reading.replacements.push({ start: at, end: line.end, tag });
    for (const [field, value] of line.fields) reading.fields.set(field, value);
    if (line.list) {
      reading.fields.delete(line.key);
      (reading.lists ??= /* @__PURE__ */ new Map()).set(line.key, line.list);
    }
    reading.links.push(...line.links);
    at = line.end;
  }
  return true;
}

// src/core/import/layouts/table.ts
function linkUrls(nodes) {
  return nodes.flatMap(
    (n) => n.type === "link" && /^https?:/i.test(n.url) ? [n.url] : "children" in n ? linkUrls(n.children) : []
  );
}
var ROLES = [
  [/\btitles?\b/, { field: "title", role: "title" }],
  [/^(?:papers?|name|article)$/, { field: "title", role: "title" }],
  [/^(?:abbr\.?|abbreviation|short name)$/, { field: "abbr", role: "text" }],
  [
    /^(?:venue|conference|journal|publication|published|conf\.?|venue\/journal)$/,
    { field: "venue", role: "text" }
  ],
  [/^year$/, { field: "year", role: "text" }],
  [/^(?:materials|links|resources)$/, { field: "links", role: "links" }],
  [/^authors?$/, { field: "authors", role: "extra" }]
];
var MISSING2 = /^(?:N\/A|n\/a|-|—|–|\/)$/;
function mapHeader(headers) {
  const seen = /* @__PURE__ */ new Set();
  return headers.map((header) => {
    const name = header.trim().toLowerCase();
    const bare = name.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    let found = ROLES.find(([re]) => re.test(name) || re.test(bare))?.[1];
    if (found) found = { ...found };
    if (found && seen.has(found.field)) found = void 0;
    const role = found ?? { field: extraKey(name, seen), role: "extra" };
    seen.add(role.field);
    return role;
  });
}
function extraKey(name, seen) {
  const base = name.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "column";
  let key = ["title", "abbr", "venue", "year", "links", "shape"].includes(base) ? `${base}-2` : base;
  for (let n = 2; seen.has(key); n++) key = `${base}-${n}`;
  return key;
}
function readTable(table2, source, lines) {
  const [head, ...rows] = table2.children;
  if (!head) return [];
  const headers = head.children.map((c) => plain2(c.children));
  const roles = mapHeader(headers);
  if (!roles.some((r) => r.role === "title")) {
    const column = titleColumn(rows, roles, source);
    if (column === -1) return [];
    roles[column] = { field: "title", role: "title" };
  }
  roles.forEach((role, i) => {
    const urls = rows.flatMap((r) => linkUrls(r.children[i]?.children ?? []));
    const several = rows.some((r) => linkUrls(r.children[i]?.children ?? []).length > 1);
    if (role.role === "extra" && several) {
      role.role = "links";
    } else if (role.role === "extra" && urls.length > 0) {
      role.role = "link";
      role.text = headers[i].trim() || role.field;
      role.label = columnLinkLabel(headers[i], urls);
    }
  });
  if (!roles.some((r) => r.role === "title")) return [];
  const entries = [];
  for (const row3 of rows) {
    const entry = readRow(row3, roles, source, lines);
    if (entry) entries.push(entry);
  }
  return entries;
}
function titleColumn(rows, roles, source) {
  let best = -1;
  let most = 0;
  roles.forEach((role, i) => {
    if (role.role !== "extra") return;
    const papers = rows.filter((row3) => {
      const cell = row3.children[i]?.children ?? [];
      if (linkUrls(cell).length === 0) return false;
      const reading = readInline(cell, {
        source,
        want: /* @__PURE__ */ new Set(["title", "links"]),
        taken: /* @__PURE__ */ new Set()
      });
      const title = reading.fields.get("title") ?? "";
      return !/:\/\//.test(title) && title.split(/\s+/).filter((w) => new RegExp("\\p{L}", "u").test(w)).length >= 3;
    }).length;
    if (papers > most) [best, most] = [i, papers];
  });
  return most * 2 > rows.length ? best : -1;
}
function plain2(nodes) {
  return nodes.map(
    (n) => n.type === "html" ? "" : "value" in n ? n.value : "children" in n ? plain2(n.children) : ""
  ).join("");
}
function readRow(row3, roles, source, lines) {
  const readings = [];
  const taken = /* @__PURE__ */ new Set();
  const linksColumn = roles.some((r) => r.role === "links");
  const replacements = [];
  row3.children.forEach((cell, i) => {
    const role = roles[i];
    if (!role) return;
    const cellEnd = row3.children[i + 1] ? startOf(row3.children[i + 1]) : endOf(cell);
    const reading = readCell(
      cell.children,
      role,
      source,
      taken,
      [startOf(cell), cellEnd],
      linksColumn
    );
    readings.push(reading);
    replacements.push(...reading.replacements);
  });
  const paper = paperOf(readings);
  if (paper.title.trim() === "") return void 0;
  const start = startOf(row3);
  const number = readings.find((r) => r.number)?.number;
  return {
    kind: "table",
    start,
    end: endOf(row3),
    line: lineAt(lines, start),
    replacements,
    paper,
    ...number ? { number } : {}
  };
}
function readCell(nodes, role, source, taken, [cellStart, cellEnd], linksColumn) {
  const empty2 = { fields: /* @__PURE__ */ new Map(), titleEnd: -1, links: [], replacements: [] };
  const contentStart = nodes.length > 0 ? startOf(nodes[0]) : -1;
  const contentEnd = nodes.length > 0 ? endOf(nodes[nodes.length - 1]) : -1;
  const written = nodes.length > 0 ? source.slice(contentStart, contentEnd) : "";
  if (role.role === "title") return readTitleCell(nodes, source, taken, contentEnd, linksColumn);
  if (pictureCell(written, contentStart, taken, empty2)) return empty2;
  if (role.role === "links") return readInline(nodes, { source, want: /* @__PURE__ */ new Set(["links"]), taken });
  if (written === "") {
    const at = source[cellStart + 1] === " " ? cellStart + 2 : cellStart + 1;
    const label = role.label ?? role.field;
    const text5 = (role.text ?? label).replace(/[[\]\\]/g, "");
    const tag = role.role === "link" ? `{{#link:${label}}}[${text5}]({{link:${label}}}){{/link:${label}}}` : `{{${role.field}}}`;
    if (at <= cellEnd) empty2.replacements.push({ start: at, end: at, tag });
    return empty2;
  }
  if (MISSING2.test(written.replace(/<[^>]*>/g, "").trim())) return empty2;
  const only = nodes.length === 1 ? nodes[0] : void 0;
  if (only?.type === "text" && only.value === written) {
    const field = role.field === "year" && !/^[1-9]\d{3}$/.test(written) ? "date" : role.field;
    empty2.fields.set(field, written);
    const raw = escapeText(written, "markdown", "x") !== written;
    const tag = raw ? `{{{${field}}}}` : `{{${field}}}`;
    empty2.replacements.push({ start: contentStart, end: contentEnd, tag });
    return empty2;
  }
  if (role.role !== "link" && only && emphasized(only, role.field, source, empty2)) return empty2;
  if (role.role === "text") {
    empty2.fields.set(role.field, plain2(nodes).trim());
    return empty2;
  }
  const links = readInline(nodes, {
    source,
    want: /* @__PURE__ */ new Set(["links"]),
    taken,
    labelAs: role.label ?? role.field
  });
  if (links.links.length > 0) return links;
  if (/\*\*|\]\(|<br|<img|<a |!\[/i.test(written)) return empty2;
  empty2.fields.set(role.field, written);
  empty2.replacements.push({ start: contentStart, end: contentEnd, tag: `{{{${role.field}}}}` });
  return empty2;
}
function emphasized(only, field, source, out) {
  const inner = only.type === "emphasis" || only.type === "strong" ? only.children : [];
  const text5 = inner.length === 1 && inner[0].type === "text" ? inner[0] : void 0;
  if (!text5 || source.slice(startOf(text5), endOf(text5)) !== text5.value) return false;
  const value = text5.value.trim();
  const name = field === "year" && !/^[1-9]\d{3}$/.test(value) ? "date" : field;
  out.fields.set(name, value);
  if (value === text5.value && escapeText(value, "markdown", "x") === value) {
    out.replacements.push({ start: startOf(text5), end: endOf(text5), tag: `{{${name}}}` });
  }
  return true;
}
function summarized(nodes, source) {
  const only = nodes.length === 1 ? nodes[0] : void 0;
  if (only?.type !== "text") return void 0;
  const at = startOf(only);
  const written = source.slice(at, endOf(only));
  const m = /^(?:(\d+)\) +)?(\S(?:.*?\S)?) {2,}(\S.*?)\s*$/.exec(written);
  if (!m || written !== only.value) return void 0;
  const [, n, title, summary] = m;
  const clean = (v) => escapeText(v, "markdown", "x") === v && !/ {2,}/.test(v);
  if (!clean(title) || escapeText(summary, "markdown", "x") !== summary || title.length < 3) {
    return void 0;
  }
  const titleAt = at + m.index + m[0].indexOf(title, n === void 0 ? 0 : n.length + 1);
  const summaryAt = at + written.lastIndexOf(summary);
  const reading = {
    fields: /* @__PURE__ */ new Map([
      ["title", title],
      ["summary", summary]
    ]),
    titleEnd: titleAt + title.length,
    links: [],
    replacements: [
      { start: titleAt, end: titleAt + title.length, tag: "{{title}}" },
      // Written only with a summary: a new entry without one leaves no gap.
      {
        start: titleAt + title.length,
        end: summaryAt + summary.length,
        tag: `{{#summary}}${source.slice(titleAt + title.length, summaryAt)}{{summary}}{{/summary}}`
      }
    ]
  };
  if (n !== void 0) reading.number = { value: Number(n), start: at, end: at + n.length };
  return reading;
}
var QUOTES = { "\u201C": "\u201D", '"': '"', "\xAB": "\xBB", "\u201E": "\u201C" };
function quoted(nodes, source) {
  const only = nodes.length === 1 ? nodes[0] : void 0;
  if (only?.type !== "text") return void 0;
  const at = startOf(only);
  const written = source.slice(at, endOf(only));
  const m = /^(\s*)(\S)(\S(?:.*\S)?)(\S)\s*$/.exec(written);
  if (!m || written !== only.value || QUOTES[m[2]] !== m[4]) return void 0;
  const title = m[3];
  if (title.includes(m[2]) || title.includes(m[4])) return void 0;
  if (escapeText(title, "markdown", "x") !== title) return void 0;
  const start = at + m[1].length + 1;
  return {
    fields: /* @__PURE__ */ new Map([["title", title]]),
    titleEnd: start + title.length,
    links: [],
    replacements: [{ start, end: start + title.length, tag: "{{title}}" }]
  };
}
function readTitleCell(cell, source, taken, contentEnd, noLoop) {
  const from = afterBadges(cell);
  const nodes = cell.slice(from);
  const lead = readBadgeLinks(cell.slice(0, from), source, taken);
  const reading = readTitleParts(nodes, source, taken, contentEnd, noLoop);
  if (!lead) return reading;
  reading.links.unshift(...lead.links);
  reading.replacements.push(...lead.replacements);
  return reading;
}
function namesOnly(rest, source, taken, reading) {
  const parts = rest.filter((n) => n.type !== "text" || n.value.trim() !== "");
  const only = parts.length === 1 ? parts[0] : void 0;
  if (!only || only.type !== "emphasis" && only.type !== "strong") return false;
  const names = readInline(rest, { source, want: /* @__PURE__ */ new Set(["authors"]), taken });
  const tag = names.replacements.find((r) => r.tag === "{{authors}}");
  if (!names.fields.has("authors") || !tag) return false;
  const br = source.lastIndexOf("<br", startOf(rest[0]));
  reading.fields.set("authors", names.fields.get("authors"));
  const before = source.slice(br, tag.start);
  const after = source.slice(tag.end, endOf(only));
  reading.replacements.push({
    start: br,
    end: endOf(only),
    tag: `{{#authors}}${templateLiteral(before)}{{authors}}${templateLiteral(after)}{{/authors}}`
  });
  return true;
}
var isBr2 = (n) => n.type === "html" && /^<br\s*\/?>$/i.test(n.value);
function badgeOrBlank(n) {
  if (n.type === "text") return n.value.trim() === "";
  if (n.type === "image") return true;
  return n.type === "link" && n.children.every((c) => c.type === "image");
}
function afterBadges(nodes) {
  let from = 0;
  for (let i = 0; i < nodes.length; i++) {
    if (!isBr2(nodes[i])) continue;
    if (!nodes.slice(from, i).every(badgeOrBlank)) break;
    from = i + 1;
  }
  return from < nodes.length ? from : 0;
}
function readBadgeLinks(nodes, source, taken) {
  const first = nodes.find((n) => n.type === "link");
  if (first?.type !== "link") return void 0;
  const labelAs = isCodeUrl(first.url) ? "code" : "link";
  return readInline(nodes, { source, want: /* @__PURE__ */ new Set(["links"]), taken, labelAs });
}
function cellText(nodes, reading) {
  const text5 = (n) => n.type === "text" || n.type === "inlineCode" ? n.value : n.type === "link" || !("children" in n) ? "" : n.children.map(text5).join("");
  const title = nodes.map(text5).join("").replace(/\s+/g, " ").trim();
  if (/[\p{L}\p{N}]/u.test(title)) reading.fields.set("title", title);
}
function readTitleParts(nodes, source, taken, contentEnd, noLoop) {
  const wholeTitle = nodes.length === 1 && nodes[0].type === "text";
  const br = nodes.findIndex((n) => n.type === "html" && /^<br\s*\/?>$/i.test(n.value));
  const head = br > 0 ? nodes.slice(0, br) : nodes;
  const lead = head[0]?.type === "text" ? /^(\d+)[.)] +$/.exec(head[0].value) : null;
  const numbered = lead && head.length > 1 && head[1].type !== "text" ? head.slice(1) : void 0;
  const reading = quoted(head, source) ?? summarized(head, source) ?? readInline(numbered ?? head, {
    source,
    want: /* @__PURE__ */ new Set(["title", "abbr", "authors", "links"]),
    taken,
    wholeTitle,
    noLoop,
    titleCell: true
  });
  if (!reading.fields.has("title")) cellText(numbered ?? head, reading);
  if (br > 0 && reading.fields.has("title") && br + 1 < nodes.length) {
    const brNode = nodes[br];
    let restAt = endOf(brNode);
    while (source[restAt] === " ") restAt++;
    const value = source.slice(restAt, contentEnd);
    const rest = nodes.slice(br + 1);
    let from = startOf(brNode);
    while (source[from - 1] === " " && !reading.replacements.some((r) => r.end >= from)) from--;
    if (readCellLines(rest, source, from, reading)) return reading;
    if (namesOnly(rest, source, taken, reading)) return reading;
    if (value !== "" && !/[\r\n]/.test(value)) {
      const points = readPoints(value);
      if (points) (reading.lists ??= /* @__PURE__ */ new Map()).set("details", points.items);
      else reading.fields.set("details", value);
      const body = points ? points.tag("details") : "{{{details}}}";
      const tag = `{{#details}}${templateLiteral(source.slice(from, restAt))}${body}{{/details}}`;
      reading.replacements.push({ start: from, end: contentEnd, tag });
    }
  }
  if (numbered && lead && reading.fields.has("title")) {
    const at = startOf(head[0]);
    reading.number = { value: Number(lead[1]), start: at, end: at + lead[1].length };
  }
  return reading;
}
var PICTURE = [
  /^(!\[[^\]]*\]\()(https?:\/\/[^\s()]+)(\))$/,
  /^(<img\b[^>]*?\ssrc=")(https?:\/\/[^"\s]+)("[^>]*>(?:\s*<\/?img>)?)$/i
];
function pictureCell(written, at, taken, out) {
  const m = PICTURE.map((re) => re.exec(written)).find((x) => x !== null);
  if (!m) return false;
  let field = "image";
  for (let n = 2; taken.has(`field:${field}`); n++) field = `image-${n}`;
  taken.add(`field:${field}`);
  const [, before, url, after] = m;
  out.fields.set(field, url);
  const tag = escapeText(url, "markdown", before) === url ? `{{${field}}}` : `{{{${field}}}}`;
  out.replacements.push({
    start: at,
    end: at + written.length,
    tag: `{{#${field}}}${sized(before, field, out)}${tag}${templateLiteral(after)}{{/${field}}}`
  });
  return true;
}
function sized(before, field, out) {
  let text5 = "";
  let from = 0;
  for (const m of before.matchAll(/ (width|height)="(\d+%?)"/g)) {
    const name = `${field}-${m[1]}`;
    out.fields.set(name, m[2]);
    text5 += templateLiteral(before.slice(from, m.index));
    text5 += `{{#${name}}} ${m[1]}="{{${name}}}"{{/${name}}}`;
    from = m.index + m[0].length;
  }
  return text5 + templateLiteral(before.slice(from));
}

// src/core/import/layouts/html.ts
var ROW = /<tr\b[^>]*>([\s\S]*?)<\/tr\s*>/gi;
var CELL = /<t([dh])\b([^>]*)>([\s\S]*?)<\/t[dh]\s*>/gi;
var LINK = /<a\s+href="([^"]*)"\s*>([^<]*)<\/a\s*>/gi;
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };
function decode2(text5) {
  return text5.replace(/&(amp|lt|gt|quot|#39);/g, (_, name) => ENTITIES[name] ?? name);
}
function stripTags(html2) {
  return decode2(html2.replace(/<[^>]*>/g, "")).trim();
}
function readHtmlTable(value, at, source, lines) {
  const entries = [];
  let roles;
  const spans = /* @__PURE__ */ new Map();
  const rows = [...value.matchAll(ROW)].map((row3) => ({ row: row3, cells: [...row3[1].matchAll(CELL)] }));
  const urls = columnUrls(rows.map((r) => r.cells));
  for (const { row: row3, cells } of rows) {
    const rowStart = at + row3.index;
    if (cells.some((c) => c[1] === "h")) {
      const headers = cells.map((c) => stripTags(c[3]));
      roles = mapHeader(headers);
      roles.forEach((role, i) => {
        if (role.role === "extra" && urls[i]) role.label = columnLinkLabel(headers[i], urls[i]);
      });
      continue;
    }
    const innerAt = rowStart + row3[0].indexOf(row3[1]);
    const entry = readRow2(cells, innerAt, roles, spans, source);
    if (!entry) continue;
    entries.push({
      kind: "html",
      start: rowStart,
      end: rowStart + row3[0].length,
      line: lineAt(lines, rowStart),
      ...entry
    });
  }
  return entries;
}
function columnUrls(rows) {
  const out = [];
  const left = /* @__PURE__ */ new Map();
  for (const cells of rows) {
    const covered = new Set([...left].filter(([, n]) => n > 0).map(([c]) => c));
    for (const c of covered) left.set(c, left.get(c) - 1);
    let column = 0;
    for (const cell of cells) {
      while (covered.has(column)) column++;
      const span = Number(/rowspan="(\d+)"/i.exec(cell[2] ?? "")?.[1] ?? 1);
      if (span > 1) left.set(column, span - 1);
      for (const link2 of cell[3].matchAll(LINK)) {
        if (/^https?:/i.test(link2[1])) (out[column] ??= []).push(decode2(link2[1]));
      }
      column++;
    }
  }
  return out;
}
var MISSING3 = /^(?:N\/A|n\/a|-|—|–|\/|None)$/;
function setValue(paper, field, text5) {
  if (field === "year") paper.year = text5;
  else if (field === "abbr" || field === "venue") paper[field] = text5;
  else paper.extra[field] = text5;
}
function readRow2(cells, innerAt, roles, spans, source) {
  const paper = { title: "", links: [], extra: {} };
  const replacements = [];
  const covered = /* @__PURE__ */ new Set();
  for (const [column2, span] of spans) {
    if (span.left <= 0) {
      spans.delete(column2);
      continue;
    }
    covered.add(column2);
    if (span.field === "year") paper.year = span.value;
    span.left--;
  }
  const taken = /* @__PURE__ */ new Set();
  let opened = false;
  let column = 0;
  cells.forEach((cell, i) => {
    while (covered.has(column)) column++;
    const at = column++;
    const role = roles?.[at] ?? {
      field: i === 0 ? "title" : `column-${i + 1}`,
      role: i === 0 ? "title" : "extra"
    };
    const body = cell[3];
    const bodyAt = innerAt + cell.index + cell[0].indexOf(body, cell[0].indexOf(">"));
    const span = /rowspan="(\d+)"/i.exec(cell[2] ?? "");
    for (const link2 of body.matchAll(LINK))
      readLink(link2, bodyAt, role, paper, replacements, taken);
    const text5 = stripTags(body);
    if (text5 === "") return;
    if (role.role === "title" && paper.title === "") {
      paper.title = text5;
      tagPlain(body, bodyAt, "title", replacements, source);
      return;
    }
    if (role.role === "title" || MISSING3.test(text5)) return;
    const textual = role.role === "text" || role.role === "extra" && !/<a\s/i.test(body);
    if (!textual) return;
    const field = role.field === "year" && !/^[1-9]\d{3}$/.test(text5) ? "date" : role.field;
    setValue(paper, field, text5);
    tagPlain(body, bodyAt, field, replacements, source);
    if (span && Number(span[1]) > 1) {
      spans.set(at, { value: text5, field, left: Number(span[1]) - 1 });
      opened = true;
    }
  });
  if (paper.title === "") return void 0;
  const anchors = cells.some((c) => /href="#/i.test(c[3]));
  if (paper.links.length === 0 && (anchors || !roles && paper.year === void 0)) {
    return void 0;
  }
  return { replacements, paper, ...covered.size > 0 || opened ? { partial: true } : {} };
}
function readLink(link2, bodyAt, role, paper, replacements, taken) {
  const url = decode2(link2[1]);
  if (!/^https?:\/\//i.test(url) || /\s/.test(url)) return;
  const base = role.role === "title" ? "paper" : role.role === "links" ? link2[2].trim() || "link" : role.label ?? role.field;
  let label = base;
  for (let n = 2; taken.has(label); n++) label = `${base}-${n}`;
  taken.add(label);
  const entry = { label, url };
  paper.links.push(entry);
  const written = encodeUrl(url).replace(/&/g, "&amp;");
  if (written !== link2[1]) return;
  const start = bodyAt + link2.index + link2[0].indexOf('"') + 1;
  replacements.push({ start, end: start + link2[1].length, tag: `{{link:${label}}}` });
}
function tagPlain(body, bodyAt, field, out, source) {
  const inner = /^(\s*(?:<a\s[^>]*>)?)([^<]*?)(\s*(?:<\/a\s*>)?\s*)$/.exec(body);
  if (!inner) return;
  const text5 = inner[2];
  if (text5.trim() === "" || escapeText(decode2(text5), "html", "x") !== text5) return;
  const start = bodyAt + inner[1].length;
  if (source.slice(start, start + text5.length) !== text5) return;
  out.push({ start, end: start + text5.length, tag: `{{${field}}}` });
}

// src/core/import/layouts/html-block.ts
var BLOCK = /<p\b[^>]*>[\s\S]*?<\/p\s*>(?:\n[ \t]*<br\s*\/?>[ \t]*(?=\n|$))*/gi;
var ANCHOR = /<a\s+href="([^"]*)"([^>]*)>([\s\S]*?)<\/a\s*>/gi;
var STRONG = /<(strong|b)>([^<]*)<\/\1\s*>/gi;
var BREAK3 = /<br\s*\/?>/gi;
var MARK = new RegExp("^(\\p{Extended_Pictographic}\\uFE0F?)( +)", "u");
var ENTITIES2 = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };
function decode3(text5) {
  return text5.replace(/&(amp|lt|gt|quot|#39);/g, (_, name) => ENTITIES2[name] ?? name);
}
function asWritten(value, written) {
  return escapeText(value, "html", "x") === written;
}
function words(text5) {
  return text5.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
function readHtmlBlocks(value, at, source, lines) {
  const entries = [];
  for (const m of value.matchAll(BLOCK)) {
    const entry = readBlock2(m[0], at + m.index, source, lines);
    if (entry) entries.push(entry);
  }
  return entries;
}
function readBlock2(block, at, source, lines) {
  const reading = { fields: /* @__PURE__ */ new Map(), titleEnd: -1, links: [], replacements: [] };
  const title = readTitle2(block, at, reading);
  if (!title) return void 0;
  const anchors = [...block.matchAll(ANCHOR)].map((m) => ({
    start: at + m.index,
    end: at + m.index + m[0].length,
    url: decode3(m[1]),
    urlAt: at + m.index + m[0].indexOf('"') + 1,
    written: m[1],
    content: m[3],
    contentAt: at + m.index + m[0].length - m[3].length - /<\/a\s*>$/.exec(m[0])[0].length
  }));
  const usable = anchors.filter(
    (a) => /^https?:\/\//i.test(a.url) && !/\s/.test(a.url) && linkText(a.url) === a.written
  );
  const taken = /* @__PURE__ */ new Set();
  const labelled = usable.filter((a) => !/</.test(a.content) && words(a.content) > 0);
  readRun(labelled, source, reading, taken);
  const titled = usable.find((a) => a.start < title.start && title.end <= a.end);
  if (titled) addLink(titled, "paper", reading, taken);
  const pictured = usable.find((a) => a !== titled && /<img\b/i.test(a.content));
  if (pictured) readPicture(pictured, title.value, source, reading, taken);
  readTitleAttributes(block, at, title.value, reading, pictured);
  readAuthors2(block, at, title.end, reading);
  readLabelled(block, at, reading);
  const paper = paperOf([reading]);
  if (paper.links.length === 0 || reading.replacements.some((r) => r.end > at + block.length)) {
    return void 0;
  }
  return {
    kind: "html",
    start: at,
    end: at + block.length,
    line: lineAt(lines, at),
    replacements: reading.replacements,
    paper
  };
}
function linkText(url) {
  return encodeUrl(url).replace(/&/g, "&amp;");
}
function readTitle2(block, at, reading) {
  const strong2 = [...block.matchAll(STRONG)].find((s) => !/:\s*$/.test(s[2]) && words(s[2]) >= 2);
  let written;
  let start;
  if (strong2) {
    written = strong2[2];
    start = at + strong2.index + strong2[0].indexOf(">") + 1;
  } else {
    const link2 = [...block.matchAll(ANCHOR)].find((a) => !/</.test(a[3]) && words(a[3]) >= 3);
    if (!link2) return void 0;
    written = link2[3];
    start = at + link2.index + link2[0].length - link2[3].length - /<\/a\s*>$/.exec(link2[0])[0].length;
  }
  const lead = /^\s*/.exec(written)[0].length;
  const text5 = written.trim();
  start += lead;
  const mark = MARK.exec(text5);
  const rest = mark ? text5.slice(mark[0].length) : text5;
  const value = decode3(rest);
  if (value === "" || !asWritten(value, rest)) return void 0;
  if (mark) {
    reading.fields.set("mark", mark[1]);
    reading.replacements.push({
      start,
      end: start + mark[0].length,
      tag: `{{#mark}}{{mark}}${mark[2]}{{/mark}}`
    });
  }
  const titleAt = start + (mark ? mark[0].length : 0);
  reading.fields.set("title", value);
  reading.replacements.push({ start: titleAt, end: titleAt + rest.length, tag: "{{title}}" });
  reading.titleEnd = titleAt + rest.length;
  return { value, start: titleAt, end: titleAt + rest.length };
}
function addLink(anchor, base, reading, taken) {
  let label = base;
  for (let n = 2; taken.has(label); n++) label = `${base}-${n}`;
  taken.add(label);
  reading.links.push({ label, url: anchor.url });
  reading.replacements.push({
    start: anchor.urlAt,
    end: anchor.urlAt + anchor.written.length,
    tag: `{{link:${label}}}`
  });
  return label;
}
function readRun(anchors, source, reading, taken) {
  const parts = anchors.map((a) => {
    let start = a.start;
    let end = a.end;
    while (source[start - 1] === "[" && source[end] === "]") {
      start--;
      end++;
    }
    const label = a.content.trim();
    const labelAt = a.contentAt + a.content.indexOf(label);
    const body = source.slice(start, a.urlAt) + "{{url}}" + source.slice(a.urlAt + a.written.length, labelAt) + "{{label}}" + source.slice(labelAt + label.length, end);
    return { anchor: a, label: decode3(label), written: label, start, end, body };
  });
  let best = [];
  for (let i = 0; i < parts.length; i++) {
    const run = [parts[i]];
    let sep2;
    for (let j = i + 1; j < parts.length; j++) {
      const prev = run[run.length - 1];
      const next = parts[j];
      const between = source.slice(prev.end, next.start);
      if (next.body !== prev.body || /\S/.test(between) || sep2 !== void 0 && between !== sep2)
        break;
      if (run.some((p) => p.label === next.label)) break;
      sep2 = between;
      run.push(next);
    }
    if (run.length > best.length) best = run;
  }
  const loop = best.filter((p) => asWritten(p.label, p.written) && !p.body.includes('{{"'));
  const inLoop = loop.length === best.length && best.length > 0;
  for (const p of parts) {
    if (inLoop && best.includes(p)) continue;
    if (asWritten(p.label, p.written)) addLink(p.anchor, p.label, reading, taken);
  }
  if (!inLoop) return;
  for (const p of best) {
    taken.add(p.label);
    reading.links.push({ label: p.label, url: p.anchor.url });
  }
  const sep = best.length > 1 ? source.slice(best[0].end, best[1].start) : " ";
  reading.replacements.push({
    start: best[0].start,
    end: best[best.length - 1].end,
    tag: `{{#links ${JSON.stringify(sep)}}}${best[0].body}{{/links}}`
  });
}
function readPicture(anchor, title, source, reading, taken) {
  const inner = { fields: /* @__PURE__ */ new Map(), titleEnd: -1, links: [], replacements: [] };
  const label = addLink(anchor, "image", inner, taken);
  const open = source.slice(anchor.start, anchor.contentAt);
  readTitleAttributes(open, anchor.start, title, inner);
  const img = /<img\b[^>]*>/i.exec(anchor.content);
  if (img) {
    const imgAt = anchor.contentAt + img.index;
    const src = /\bsrc="([^"]*)"/i.exec(img[0]);
    if (src && asWritten(decode3(src[1]), src[1])) {
      const srcAt = imgAt + src.index + src[0].indexOf('"') + 1;
      inner.fields.set("image", decode3(src[1]));
      inner.replacements.push({ start: srcAt, end: srcAt + src[1].length, tag: "{{image}}" });
    }
    readTitleAttributes(img[0], imgAt, title, inner);
  }
  const end = anchor.end + /^\s*/.exec(source.slice(anchor.end))[0].length;
  const body = buildTemplate(source, anchor.start, end, inner.replacements);
  reading.links.push(...inner.links);
  for (const [k, v] of inner.fields) reading.fields.set(k, v);
  reading.replacements.push({
    start: anchor.start,
    end,
    tag: `{{#link:${label}}}${body}{{/link:${label}}}`
  });
}
function readTitleAttributes(html2, at, title, reading, skip) {
  for (const m of html2.matchAll(/\b(?:title|alt)="([^"]*)"/gi)) {
    const start = at + m.index + m[0].indexOf('"') + 1;
    if (skip && skip.start <= start && start < skip.end) continue;
    if (decode3(m[1]) !== title || !asWritten(title, m[1])) continue;
    reading.replacements.push({ start, end: start + m[1].length, tag: "{{title}}" });
  }
}
function readAuthors2(block, at, titleEnd, reading) {
  const breaks = [...block.matchAll(BREAK3)].map((b) => ({
    start: at + b.index,
    end: at + b.index + b[0].length
  }));
  const next = breaks.findIndex((b) => b.start >= titleEnd);
  if (next === -1) return;
  const from = breaks[next].end;
  const to = breaks[next + 1]?.start ?? at + block.length - "</p>".length;
  const text5 = block.slice(from - at, to - at);
  const value = text5.trim();
  if (value === "" || /[<>]/.test(value) || !/[,;]|\band\b/.test(value)) return;
  if (!asWritten(decode3(value), value)) return;
  const start = from + text5.indexOf(value);
  reading.fields.set("authors", decode3(value));
  reading.replacements.push({ start, end: start + value.length, tag: "{{authors}}" });
}
function readLabelled(block, at, reading) {
  const LABELLED = /<(strong|b)>([^<]*?):\s*<\/\1\s*>[ \t]*([^<\n]*?)[ \t]*(?=<|\n|$)/gi;
  for (const m of block.matchAll(LABELLED)) {
    const [role] = mapHeader([decode3(m[2])]);
    const value = decode3(m[3]);
    if (!role || role.role === "title" || role.role === "links" || value === "") continue;
    const field = role.field === "year" && !/^[1-9]\d{3}$/.test(value) ? "date" : role.field;
    if (reading.fields.has(field) || !asWritten(value, m[3])) continue;
    const start = at + m.index + m[0].lastIndexOf(m[3]);
    reading.fields.set(field, value);
    reading.replacements.push({ start, end: start + m[3].length, tag: `{{${field}}}` });
  }
}

// src/core/import/layouts/summary.ts
function withSummary(entry, quote2, source) {
  const start = startOf(quote2);
  const end = endOf(quote2);
  const gap = source.slice(entry.end, start);
  if (!/^\n(?:[ \t]*\n)?$/.test(gap) || Object.hasOwn(entry.paper.extra, "summary")) {
    return void 0;
  }
  const written = source.slice(start, end);
  const lead = /^> ?/.exec(written)?.[0];
  if (lead === void 0) return void 0;
  const value = written.slice(lead.length).split("\n").map((line, i) => i === 0 ? line : line.replace(/^> ?/, "")).join("\n");
  if (value.trim() === "" || rawText(value, lead) !== written.slice(lead.length)) return void 0;
  const linked = mentions(value, entry.paper, lead, written);
  const tag = linked ? "{{{summary [mentions]}}}" : "{{{summary}}}";
  const extra = { ...entry.paper.extra };
  for (const [key, v] of Object.entries({
    summary: linked?.text ?? value,
    ...linked ? { mentions: linked.phrases } : {}
  })) {
    Object.defineProperty(extra, key, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true
    });
  }
  const links = [...entry.paper.links, ...linked?.links ?? []];
  return {
    ...entry,
    end,
    paper: { ...entry.paper, links, extra },
    replacements: [
      ...entry.replacements,
      { start: entry.end, end, tag: `{{#summary}}${gap}${lead}${tag}{{/summary}}` }
    ]
  };
}
var MENTION = /\[([^[\]\n*_`\\<>]+)\]\((https?:\/\/[^\s()<>]+)\)/g;
function mentions(value, paper, lead, written) {
  const found = [...value.matchAll(MENTION)];
  if (found.length === 0) return void 0;
  const phrases = found.map((m) => m[1]);
  const labels = new Set(paper.links.map((l) => l.label));
  if (new Set(phrases).size !== phrases.length || phrases.some((p) => labels.has(p))) return;
  const text5 = value.replace(MENTION, "$1");
  const links = found.map((m) => ({ label: m[1], url: m[2] }));
  const back = fillTemplate(
    `${lead}{{{summary [mentions]}}}`,
    { title: "", links, extra: { summary: text5, mentions: phrases } },
    { escape: "markdown", linkLabels: {}, n: 1 }
  );
  return back === written ? { text: text5, phrases, links } : void 0;
}

// src/core/import/layouts/list.ts
function readList(list4, source, lines) {
  const entries = [];
  let n = 0;
  for (const item of list4.children) {
    n++;
    const entry = readItem(item, source, lines, list4.ordered === true ? n : 0);
    if (entry) entries.push(entry);
    else {
      for (const child of item.children) {
        if (child.type === "list") entries.push(...readList(child, source, lines));
      }
    }
  }
  return entries;
}
function readItem(item, source, lines, n) {
  const first = item.children[0];
  if (!first || first.type !== "paragraph") return void 0;
  const taken = /* @__PURE__ */ new Set();
  const reading = readInline(first.children, { source, want: ALL_FIELDS, taken });
  const readings = [reading, ...nestedLines(item, source, taken, reading)];
  const paper = paperOf(readings);
  if (!isPaper(paper, ...readings)) return void 0;
  const start = startOf(item);
  const end = endOf(item);
  const number = n > 0 ? /^(\d+)[.)]/.exec(source.slice(start, end)) : null;
  return {
    kind: "list",
    start,
    end,
    line: lineAt(lines, start),
    replacements: readings.flatMap((r) => r.replacements),
    ...number ? { number: { value: Number(number[1]), start, end: start + number[1].length } } : {},
    paper
  };
}
var NESTED_FIELDS = /* @__PURE__ */ new Set(["authors", "venue", "year", "date"]);
function nestedLines(item, source, taken, first) {
  const paragraphs = item.children.slice(1).filter((c) => c.type === "paragraph");
  const titleLinked = item.children[0]?.type === "paragraph" && hasLink(item.children[0]);
  const linked = titleLinked ? void 0 : paragraphs.find(hasLink);
  const own4 = paragraphs.filter((c) => !hasLink(c) || c === linked);
  const want = new Set([...NESTED_FIELDS].filter((f) => !first.fields.has(f)));
  const readings = own4.map((p) => readInline(p.children, { source, want, taken }));
  const nested = item.children.filter((c) => c.type === "list");
  if (nested.length !== 1 || nested[0].children.length !== 1) return readings;
  const para = nested[0].children[0].children[0];
  if (!para || para.type !== "paragraph" || hasLink(para)) return readings;
  return [...readings, readInline(para.children, { source, want, taken })];
}
function hasLink(paragraph2) {
  return paragraph2.children.some((n) => n.type === "link");
}

// src/core/import/layouts/collect.ts
function collect(nodes, source, lines, until = source.length) {
  const out = { items: [], decoration: /* @__PURE__ */ new Set(), prose: /* @__PURE__ */ new Set(), blocks: [] };
  for (const node2 of nodes) {
    out.blocks.push([startOf(node2), endOf(node2)]);
    if (node2.type === "html" && endOf(node2) > until) {
      readHtml(source.slice(startOf(node2), until), startOf(node2), source, lines, out);
    } else readBlock3(node2, source, lines, out);
  }
  return out;
}
function readBlock3(node2, source, lines, out) {
  const block = out.blocks.length - 1;
  const entries = (list4) => list4.forEach((entry) => {
    entry.block = block;
    out.items.push({ type: "entry", entry });
  });
  switch (node2.type) {
    case "heading":
      out.items.push(headingItem(node2, source, lines));
      break;
    case "table": {
      const start = lineAt(lines, startOf(node2));
      out.decoration.add(start);
      out.decoration.add(start + 1);
      entries(readTable(node2, source, lines));
      break;
    }
    case "list":
      entries(readList(node2, source, lines));
      break;
    case "paragraph": {
      const entry = readParagraph(node2, source, lines);
      if (entry) entries([entry]);
      else if (isProse(node2, source)) addLines(node2, lines, out.prose);
      break;
    }
    case "html":
      if (/^\s*<!--[\s\S]*-->\s*$/.test(node2.value)) addLines(node2, lines, out.prose);
      else readHtml(node2.value, startOf(node2), source, lines, out);
      break;
    case "blockquote": {
      const last = out.items[out.items.length - 1];
      const entry = last?.type === "entry" && last.entry.kind === "paragraph" ? last.entry : void 0;
      const summed = entry && withSummary(entry, node2, source);
      if (summed) out.items[out.items.length - 1] = { type: "entry", entry: summed };
      else addLines(node2, lines, out.prose);
      break;
    }
    default:
      break;
  }
}
function addLines(node2, lines, into) {
  const last = lineAt(lines, Math.max(startOf(node2), endOf(node2) - 1));
  for (let l = lineAt(lines, startOf(node2)); l <= last; l++) into.add(l);
}
function headingItem(node2, source, lines) {
  const start = startOf(node2);
  const end = endOf(node2);
  const text5 = inlineText(node2.children).trim();
  const fallback = source.slice(start, end).replace(/^#+\s*|\s*#*\s*$/g, "");
  return {
    type: "heading",
    level: node2.depth,
    text: text5 !== "" ? text5 : fallback,
    start,
    end,
    line: lineAt(lines, start),
    source: source.slice(start, end)
  };
}
function readHtml(value, at, source, lines, out) {
  if (/<table[\s>]/i.test(value)) {
    const table2 = readHtmlTable(value, at, source, lines);
    if (table2.length > 0) {
      table2.forEach((entry) => out.items.push({ type: "entry", entry }));
      return;
    }
  }
  if (/<p\b/i.test(value)) {
    const blocks = readHtmlBlocks(value, at, source, lines);
    if (blocks.length > 0) {
      blocks.forEach((entry) => out.items.push({ type: "entry", entry }));
      return;
    }
  }
  const tagLine = /^[ \t]*<\/?[A-Za-z][^\n]*(?:\n|$)/;
  let from = 0;
  for (let m = tagLine.exec(value); m && from < value.length; m = tagLine.exec(value.slice(from))) {
    from += m[0].length;
  }
  if (from === 0 || from >= value.length) return;
  const inner = value.slice(from);
  const tree = parseMarkdown(inner);
  const base = at + from;
  shift2(tree, base, lineAt(lines, base) - 1);
  if (source.slice(base, base + inner.length) !== inner) return;
  for (const node2 of tree.children) {
    if (node2.type === "html") continue;
    readBlock3(node2, source, lines, out);
  }
}
function shift2(node2, offset, lines) {
  if (node2.position) {
    node2.position.start.offset = (node2.position.start.offset ?? 0) + offset;
    node2.position.end.offset = (node2.position.end.offset ?? 0) + offset;
    node2.position.start.line += lines;
    node2.position.end.line += lines;
  }
  for (const child of node2.children ?? []) shift2(child, offset, lines);
}

// src/core/import/layouts/read.ts
function importLayout(markdown, file, options) {
  const parsed = options.tree ? { tree: options.tree } : parseReadme(markdown, file);
  const refused = parsed.refused;
  const tree = parsed.tree ?? { type: "root", children: [] };
  const lines = lineStarts2(markdown);
  const marked2 = markedZone(tree.children, markdown, options.markers);
  const nodes = marked2 ? marked2.nodes : tree.children;
  const { items, decoration, prose: prose2, blocks } = collect(nodes, markdown, lines, marked2?.end);
  const kept = marked2 ? dropTitleHeading(items) : withoutRepositories(afterContents(dropTitleHeading(items), nodes));
  const name = options.fallbackName ?? "Papers";
  let zone = marked2 ? { start: marked2.start, end: marked2.end, marked: true } : { start: 0, end: markdown.length, marked: false };
  let result = assemble(kept, markdown, zone.start, zone.end, name);
  if (!marked2 && result.pieces.length > 0) {
    zone = { ...foundZone(result.pieces, blocks, markdown), marked: false };
    result = assemble(kept, markdown, zone.start, zone.end, name);
  }
  const list4 = { sections: result.sections };
  const entries = result.sections.reduce((n, s) => n + s.papers.length, 0);
  const problems = [];
  let texts = [];
  let data;
  if (refused) {
    problems.push(refused);
  } else if (entries === 0) {
    problems.push({
      file,
      message: "no paper entries were found, so there is nothing to import",
      hint: "entries are table rows with a Title column, or list items and paragraphs with a title and a link"
    });
  } else {
    texts = unreadLines(markdown, lines, zone, result.pieces, decoration, file);
    problems.push(
      ...texts.filter((t) => mayBeEntry(t.text, kept) && !prose2.has(t.problem.line ?? 0)).map((t) => t.problem)
    );
    const text5 = serializeData(list4);
    const loaded = loadData(text5, file);
    if (loaded.ok) data = { text: text5, loaded };
    else problems.push(...dataProblems(loaded.problems, list4, kept, file));
  }
  return {
    list: list4,
    layout: result.layout,
    problems,
    texts: texts.map((t) => t.problem),
    zone,
    entries,
    ...data ? { data } : {}
  };
}
function markedZone(nodes, source, markers) {
  const s = source.indexOf(markers.start);
  const e = source.indexOf(markers.end);
  if (s === -1 || e === -1 || e < s) return void 0;
  const start = s + markers.start.length;
  const inside = nodes.filter((n) => startOf(n) >= start && startOf(n) < e);
  return { nodes: inside, start, end: e };
}
function afterContents(items, nodes) {
  let end = -1;
  for (const node2 of nodes) {
    if (node2.type === "list" && anchorsOnly(node2) >= 3) end = endOf(node2);
  }
  if (end === -1) return items;
  const entries = items.filter((i) => i.type === "entry");
  const later = entries.filter((i) => i.type === "entry" && i.entry.start > end).length;
  if (later * 2 < entries.length) return items;
  return items.filter((i) => (i.type === "entry" ? i.entry.start : i.start) > end);
}
function anchorsOnly(node2) {
  let links = 0;
  const walk = (n) => {
    if (n.type === "link" && n.url !== void 0) {
      links++;
      if (!/^(?:\.\/)?#/.test(n.url)) return false;
    }
    return (n.children ?? []).every((c) => walk(c));
  };
  return walk(node2) ? links : 0;
}
function withoutRepositories(items) {
  let last = items.findLastIndex((i) => i.type === "entry");
  let end = items.length;
  for (; ; ) {
    const heading3 = items.findLastIndex((i, k) => k < last && i.type === "heading");
    const group = items.slice(heading3 + 1, last + 1);
    if (heading3 === -1 || !group.every(repositoryOnly)) break;
    end = heading3;
    while (end > 0 && items[end - 1].type === "heading") end--;
    last = end - 1;
  }
  return end === items.length ? items : items.slice(0, end);
}
var REPOSITORY = /^https?:\/\/(?:www\.)?(?:github|gitlab)\.com\/[^/\s]+\/([^/\s?#]+)\/?$/i;
var plainName = (text5) => text5.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
function repositoryOnly(item) {
  if (item.type !== "entry") return false;
  const { paper } = item.entry;
  const fields = Object.keys(paper.extra).length > 0 || paper.year || paper.venue || paper.abbr;
  const repository = paper.links.length === 1 ? REPOSITORY.exec(paper.links[0].url) : null;
  return !fields && repository !== null && plainName(repository[1]) === plainName(paper.title);
}
function dropTitleHeading(items) {
  const top = items.filter((i) => i.type === "heading" && i.level === 1);
  return top.length === 1 ? items.filter((i) => i !== top[0]) : [...items];
}
function foundZone(pieces, blocks, source) {
  const first = pieces[0][0];
  const last = pieces[pieces.length - 1][1];
  const startBlock = blocks.find(([s, e]) => s <= first && first <= e);
  const endBlock2 = blocks.find(([s, e]) => s <= last && last <= e);
  let start = startBlock ? startBlock[0] : first;
  start = source.lastIndexOf("\n", start - 1) + 1;
  let end = endBlock2 ? endBlock2[1] : last;
  const lineEnd2 = source.indexOf("\n", end);
  end = lineEnd2 === -1 ? source.length : lineEnd2 + 1;
  const blank2 = /^[ \t]*(?:\n|$)/.exec(source.slice(end));
  if (blank2 && end < source.length) end += blank2[0].length;
  return { start, end };
}
var DECORATION = [
  /^\s*$/,
  /^ {0,3}#{1,6}(?:\s|$)/,
  /^ {0,3}(?:=+|-+)\s*$/,
  /^\s*(?:[-*_]\s*){3,}$/,
  /^\s*<!--.*-->\s*$/,
  /^\s*(?:<\/?[A-Za-z][^>]*>\s*)+$/,
  /^\s*(?:<details[^>]*>\s*)?<summary[^>]*>.*<\/summary>\s*$/i,
  /^\s*\|?(?:\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/,
  /^\s*(?:<thead>\s*)?<tr[^>]*>\s*<th\b/i,
  /back to top|⬆|🔝/i
];
function unreadLines(source, lines, zone, pieces, decoration, file) {
  const covered = /* @__PURE__ */ new Set();
  for (const [s, e] of pieces) {
    for (let l = lineAt(lines, s); l <= lineAt(lines, Math.max(s, e - 1)); l++) covered.add(l);
  }
  const problems = [];
  const first = lineAt(lines, zone.start);
  const last = lineAt(lines, Math.max(zone.start, zone.end - 1));
  for (let l = first; l <= last; l++) {
    if (covered.has(l) || decoration.has(l)) continue;
    const from = Math.max(lines[l - 1], zone.start);
    const to = Math.min(lines[l] !== void 0 ? lines[l] - 1 : source.length, zone.end);
    const text5 = source.slice(from, to).replace(/\r$/, "");
    if (DECORATION.some((re) => re.test(text5)) || /\{count\}/.test(text5)) continue;
    if (/^\s*\d+ (?:papers?|entries|items|works)\b/i.test(text5)) continue;
    problems.push({
      text: text5,
      problem: {
        file,
        line: l,
        message: `not read as a paper: ${JSON.stringify(text5.trim().slice(0, 80))}; it is kept as written`,
        hint: "write it like the other entries (a title and a link), or move it outside the list"
      }
    });
  }
  return problems;
}
function mayBeEntry(text5, items) {
  return webLink(text5) || listItemText(text5) && writesItems(items);
}
function writesItems(items) {
  return items.some((i) => i.type === "entry" && i.entry.kind === "list");
}
function listItemText(text5) {
  const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(text5)?.[1];
  if (item === void 0 || /\]\(#|href="#/.test(item)) return false;
  return (item.replace(/[*_`[\]]/g, "").match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 3;
}
function webLink(text5) {
  const urls = [...text5.matchAll(/\]\((https?:[^)\s]*)|href="(https?:[^"]*)"/g)].map(
    (m) => m[1] ?? m[2]
  );
  return urls.some((u) => !/img\.shields\.io|badge|\.(?:svg|png|jpe?g|gif)(?:\?|$)/i.test(u));
}
function dataProblems(problems, list4, items, file) {
  const lineOf = /* @__PURE__ */ new Map();
  const headingOf = /* @__PURE__ */ new Map();
  const entries = items.filter((i) => i.type === "entry");
  let k = 0;
  for (const section of list4.sections) {
    section.papers.forEach((_, i) => {
      const item = entries[k++];
      if (item?.type !== "entry") return;
      lineOf.set(`${section.name}[${i}]`, item.entry.line);
      if (i > 0) return;
      const heading3 = items.findLast((h) => h.type === "heading" && h.start < item.entry.start);
      if (heading3?.type === "heading") headingOf.set(section.name, heading3.line);
    });
  }
  const sectionLine = (field) => {
    if (field === void 0) return headingOf.get("");
    const name = [...headingOf.keys()].find((n) => field === n || field.startsWith(`${n}.`));
    return name === void 0 ? void 0 : headingOf.get(name);
  };
  return problems.map((p) => {
    const key = [...lineOf.keys()].find((k2) => p.field?.startsWith(k2));
    const heading3 = key === void 0 ? sectionLine(p.field) : void 0;
    const line = heading3 ?? (key === void 0 ? void 0 : lineOf.get(key));
    const out = { file, message: p.message };
    if (line !== void 0) out.line = line;
    if (p.field !== void 0) out.field = p.field;
    if (heading3 !== void 0) out.hint = "write the heading's text after its # marks";
    else if (p.hint !== void 0) out.hint = p.hint;
    return out;
  });
}

export {
  quote,
  formatKey,
  usesCrlf,
  toLf,
  toCrlf,
  joinedNames,
  buildTemplate,
  fromHeadings,
  partOf,
  parseMarkdown,
  startOf,
  lineStarts2 as lineStarts,
  lineAt,
  mapHeader,
  collect,
  serializeData,
  parseReadme,
  importLayout
};
