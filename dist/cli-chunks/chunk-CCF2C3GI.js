import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);
import {
  formatTimestamp
} from "./chunk-J46YQAPX.js";
import {
  renderLayoutZone
} from "./chunk-LRJQDJNI.js";
import {
  CONTROL,
  escapeCell
} from "./chunk-NIAEFTN3.js";
import {
  toLayout,
  writeTextFile
} from "./chunk-3YN6SMB7.js";

// src/core/render/zones.ts
function occurrences(text, needle) {
  const found = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) {
    found.push(i);
  }
  return found;
}
function linesOf(text, offsets) {
  const lines = [];
  let line = 1;
  let from = 0;
  for (const offset of offsets) {
    for (let i = text.indexOf("\n", from); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
      line++;
      from = i + 1;
    }
    lines.push(line);
  }
  return lines;
}
function listLines(lines) {
  return lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.join(", ")}`;
}
function hasMarkers(readme, pair) {
  return readme.includes(pair.start) || readme.includes(pair.end);
}
function findZone(readme, pair, file) {
  const starts = occurrences(readme, pair.start);
  const ends = occurrences(readme, pair.end);
  const startLines = linesOf(readme, starts);
  const endLines = linesOf(readme, ends);
  const lines = { pair, file, startLines, endLines };
  const missing = missingMarker(lines);
  const problems = [...missing ? [missing] : [], ...repeatedMarkers(lines)];
  if (problems.length > 0) return { ok: false, problems };
  const start = starts[0] ?? 0;
  const contentEnd = ends[0] ?? 0;
  const zone = {
    pair,
    start,
    contentStart: start + pair.start.length,
    contentEnd,
    end: contentEnd + pair.end.length,
    startLine: startLines[0] ?? 1,
    endLine: endLines[0] ?? 1
  };
  if (zone.contentEnd < zone.contentStart) {
    return {
      ok: false,
      problems: [
        {
          file,
          line: zone.endLine,
          message: `marker "${pair.end}" comes before its start marker "${pair.start}" (line ${zone.startLine})`,
          hint: `move "${pair.end}" below "${pair.start}"`
        }
      ]
    };
  }
  return { ok: true, value: zone };
}
function missingMarker({ pair, file, startLines, endLines }) {
  if (startLines.length === 0 && endLines.length === 0) {
    return {
      file,
      message: `markers "${pair.start}" and "${pair.end}" not found`,
      hint: `add a line "${pair.start}" and below it a line "${pair.end}" where the generated text goes`
    };
  }
  if (startLines.length === 0) {
    return {
      file,
      line: endLines[0],
      message: `marker "${pair.end}" has no start marker "${pair.start}"`,
      hint: `add a line "${pair.start}" above it`
    };
  }
  if (endLines.length === 0) {
    return {
      file,
      line: startLines[0],
      message: `marker "${pair.start}" has no end marker "${pair.end}"`,
      hint: `add a line "${pair.end}" below it`
    };
  }
  return void 0;
}
function repeatedMarkers({ pair, file, startLines, endLines }) {
  const markers = [
    [pair.start, startLines],
    [pair.end, endLines]
  ];
  return markers.filter(([, lines]) => lines.length > 1).map(([marker, lines]) => ({
    file,
    line: lines[1],
    message: `marker "${marker}" appears ${lines.length === 2 ? "twice" : `${lines.length} times`} (also on ${listLines(lines.filter((_, i) => i !== 1))})`,
    hint: "keep exactly one start and one end marker"
  }));
}
function checkZonesApart(zones, file) {
  const sorted = [...zones].sort((a, b) => a.start - b.start);
  const problems = [];
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1];
    const zone = sorted[i];
    if (before && zone && zone.start < before.end) {
      problems.push({
        file,
        line: zone.startLine,
        message: `marker "${zone.pair.start}" is inside the zone "${before.pair.start}" ... "${before.pair.end}" (lines ${before.startLine}-${before.endLine})`,
        hint: "generated zones must not overlap or nest; move one zone out of the other"
      });
    }
  }
  return problems;
}
function replaceZones(readme, replacements) {
  const sorted = [...replacements].sort((a, b) => a.zone.start - b.zone.start);
  let out = "";
  let at = 0;
  for (const { zone, content } of sorted) {
    out += readme.slice(at, zone.contentStart) + content;
    at = zone.contentEnd;
  }
  return out + readme.slice(at);
}
function replaceZone(readme, zone, content) {
  return replaceZones(readme, [{ zone, content }]);
}

// src/core/render/keep-stamp.ts
function keepStamp(rendered, current, settings) {
  const pair = settings.markers.updateTime;
  const from = findZone(current, pair, "");
  const to = findZone(rendered, pair, "");
  if (!from.ok || !to.ok) return rendered;
  return replaceZone(
    rendered,
    to.value,
    current.slice(from.value.contentStart, from.value.contentEnd)
  );
}
function readmeToWrite(rendered, current, settings, restamp) {
  if (restamp) return rendered;
  return keepStamp(rendered, current, settings) === current ? current : rendered;
}

// node_modules/github-slugger/regex.js
var regex = /[\0-\x1F!-,\.\/:-@\[-\^`\{-\xA9\xAB-\xB4\xB6-\xB9\xBB-\xBF\xD7\xF7\u02C2-\u02C5\u02D2-\u02DF\u02E5-\u02EB\u02ED\u02EF-\u02FF\u0375\u0378\u0379\u037E\u0380-\u0385\u0387\u038B\u038D\u03A2\u03F6\u0482\u0530\u0557\u0558\u055A-\u055F\u0589-\u0590\u05BE\u05C0\u05C3\u05C6\u05C8-\u05CF\u05EB-\u05EE\u05F3-\u060F\u061B-\u061F\u066A-\u066D\u06D4\u06DD\u06DE\u06E9\u06FD\u06FE\u0700-\u070F\u074B\u074C\u07B2-\u07BF\u07F6-\u07F9\u07FB\u07FC\u07FE\u07FF\u082E-\u083F\u085C-\u085F\u086B-\u089F\u08B5\u08C8-\u08D2\u08E2\u0964\u0965\u0970\u0984\u098D\u098E\u0991\u0992\u09A9\u09B1\u09B3-\u09B5\u09BA\u09BB\u09C5\u09C6\u09C9\u09CA\u09CF-\u09D6\u09D8-\u09DB\u09DE\u09E4\u09E5\u09F2-\u09FB\u09FD\u09FF\u0A00\u0A04\u0A0B-\u0A0E\u0A11\u0A12\u0A29\u0A31\u0A34\u0A37\u0A3A\u0A3B\u0A3D\u0A43-\u0A46\u0A49\u0A4A\u0A4E-\u0A50\u0A52-\u0A58\u0A5D\u0A5F-\u0A65\u0A76-\u0A80\u0A84\u0A8E\u0A92\u0AA9\u0AB1\u0AB4\u0ABA\u0ABB\u0AC6\u0ACA\u0ACE\u0ACF\u0AD1-\u0ADF\u0AE4\u0AE5\u0AF0-\u0AF8\u0B00\u0B04\u0B0D\u0B0E\u0B11\u0B12\u0B29\u0B31\u0B34\u0B3A\u0B3B\u0B45\u0B46\u0B49\u0B4A\u0B4E-\u0B54\u0B58-\u0B5B\u0B5E\u0B64\u0B65\u0B70\u0B72-\u0B81\u0B84\u0B8B-\u0B8D\u0B91\u0B96-\u0B98\u0B9B\u0B9D\u0BA0-\u0BA2\u0BA5-\u0BA7\u0BAB-\u0BAD\u0BBA-\u0BBD\u0BC3-\u0BC5\u0BC9\u0BCE\u0BCF\u0BD1-\u0BD6\u0BD8-\u0BE5\u0BF0-\u0BFF\u0C0D\u0C11\u0C29\u0C3A-\u0C3C\u0C45\u0C49\u0C4E-\u0C54\u0C57\u0C5B-\u0C5F\u0C64\u0C65\u0C70-\u0C7F\u0C84\u0C8D\u0C91\u0CA9\u0CB4\u0CBA\u0CBB\u0CC5\u0CC9\u0CCE-\u0CD4\u0CD7-\u0CDD\u0CDF\u0CE4\u0CE5\u0CF0\u0CF3-\u0CFF\u0D0D\u0D11\u0D45\u0D49\u0D4F-\u0D53\u0D58-\u0D5E\u0D64\u0D65\u0D70-\u0D79\u0D80\u0D84\u0D97-\u0D99\u0DB2\u0DBC\u0DBE\u0DBF\u0DC7-\u0DC9\u0DCB-\u0DCE\u0DD5\u0DD7\u0DE0-\u0DE5\u0DF0\u0DF1\u0DF4-\u0E00\u0E3B-\u0E3F\u0E4F\u0E5A-\u0E80\u0E83\u0E85\u0E8B\u0EA4\u0EA6\u0EBE\u0EBF\u0EC5\u0EC7\u0ECE\u0ECF\u0EDA\u0EDB\u0EE0-\u0EFF\u0F01-\u0F17\u0F1A-\u0F1F\u0F2A-\u0F34\u0F36\u0F38\u0F3A-\u0F3D\u0F48\u0F6D-\u0F70\u0F85\u0F98\u0FBD-\u0FC5\u0FC7-\u0FFF\u104A-\u104F\u109E\u109F\u10C6\u10C8-\u10CC\u10CE\u10CF\u10FB\u1249\u124E\u124F\u1257\u1259\u125E\u125F\u1289\u128E\u128F\u12B1\u12B6\u12B7\u12BF\u12C1\u12C6\u12C7\u12D7\u1311\u1316\u1317\u135B\u135C\u1360-\u137F\u1390-\u139F\u13F6\u13F7\u13FE-\u1400\u166D\u166E\u1680\u169B-\u169F\u16EB-\u16ED\u16F9-\u16FF\u170D\u1715-\u171F\u1735-\u173F\u1754-\u175F\u176D\u1771\u1774-\u177F\u17D4-\u17D6\u17D8-\u17DB\u17DE\u17DF\u17EA-\u180A\u180E\u180F\u181A-\u181F\u1879-\u187F\u18AB-\u18AF\u18F6-\u18FF\u191F\u192C-\u192F\u193C-\u1945\u196E\u196F\u1975-\u197F\u19AC-\u19AF\u19CA-\u19CF\u19DA-\u19FF\u1A1C-\u1A1F\u1A5F\u1A7D\u1A7E\u1A8A-\u1A8F\u1A9A-\u1AA6\u1AA8-\u1AAF\u1AC1-\u1AFF\u1B4C-\u1B4F\u1B5A-\u1B6A\u1B74-\u1B7F\u1BF4-\u1BFF\u1C38-\u1C3F\u1C4A-\u1C4C\u1C7E\u1C7F\u1C89-\u1C8F\u1CBB\u1CBC\u1CC0-\u1CCF\u1CD3\u1CFB-\u1CFF\u1DFA\u1F16\u1F17\u1F1E\u1F1F\u1F46\u1F47\u1F4E\u1F4F\u1F58\u1F5A\u1F5C\u1F5E\u1F7E\u1F7F\u1FB5\u1FBD\u1FBF-\u1FC1\u1FC5\u1FCD-\u1FCF\u1FD4\u1FD5\u1FDC-\u1FDF\u1FED-\u1FF1\u1FF5\u1FFD-\u203E\u2041-\u2053\u2055-\u2070\u2072-\u207E\u2080-\u208F\u209D-\u20CF\u20F1-\u2101\u2103-\u2106\u2108\u2109\u2114\u2116-\u2118\u211E-\u2123\u2125\u2127\u2129\u212E\u213A\u213B\u2140-\u2144\u214A-\u214D\u214F-\u215F\u2189-\u24B5\u24EA-\u2BFF\u2C2F\u2C5F\u2CE5-\u2CEA\u2CF4-\u2CFF\u2D26\u2D28-\u2D2C\u2D2E\u2D2F\u2D68-\u2D6E\u2D70-\u2D7E\u2D97-\u2D9F\u2DA7\u2DAF\u2DB7\u2DBF\u2DC7\u2DCF\u2DD7\u2DDF\u2E00-\u2E2E\u2E30-\u3004\u3008-\u3020\u3030\u3036\u3037\u303D-\u3040\u3097\u3098\u309B\u309C\u30A0\u30FB\u3100-\u3104\u3130\u318F-\u319F\u31C0-\u31EF\u3200-\u33FF\u4DC0-\u4DFF\u9FFD-\u9FFF\uA48D-\uA4CF\uA4FE\uA4FF\uA60D-\uA60F\uA62C-\uA63F\uA673\uA67E\uA6F2-\uA716\uA720\uA721\uA789\uA78A\uA7C0\uA7C1\uA7CB-\uA7F4\uA828-\uA82B\uA82D-\uA83F\uA874-\uA87F\uA8C6-\uA8CF\uA8DA-\uA8DF\uA8F8-\uA8FA\uA8FC\uA92E\uA92F\uA954-\uA95F\uA97D-\uA97F\uA9C1-\uA9CE\uA9DA-\uA9DF\uA9FF\uAA37-\uAA3F\uAA4E\uAA4F\uAA5A-\uAA5F\uAA77-\uAA79\uAAC3-\uAADA\uAADE\uAADF\uAAF0\uAAF1\uAAF7-\uAB00\uAB07\uAB08\uAB0F\uAB10\uAB17-\uAB1F\uAB27\uAB2F\uAB5B\uAB6A-\uAB6F\uABEB\uABEE\uABEF\uABFA-\uABFF\uD7A4-\uD7AF\uD7C7-\uD7CA\uD7FC-\uD7FF\uE000-\uF8FF\uFA6E\uFA6F\uFADA-\uFAFF\uFB07-\uFB12\uFB18-\uFB1C\uFB29\uFB37\uFB3D\uFB3F\uFB42\uFB45\uFBB2-\uFBD2\uFD3E-\uFD4F\uFD90\uFD91\uFDC8-\uFDEF\uFDFC-\uFDFF\uFE10-\uFE1F\uFE30-\uFE32\uFE35-\uFE4C\uFE50-\uFE6F\uFE75\uFEFD-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF3E\uFF40\uFF5B-\uFF65\uFFBF-\uFFC1\uFFC8\uFFC9\uFFD0\uFFD1\uFFD8\uFFD9\uFFDD-\uFFFF]|\uD800[\uDC0C\uDC27\uDC3B\uDC3E\uDC4E\uDC4F\uDC5E-\uDC7F\uDCFB-\uDD3F\uDD75-\uDDFC\uDDFE-\uDE7F\uDE9D-\uDE9F\uDED1-\uDEDF\uDEE1-\uDEFF\uDF20-\uDF2C\uDF4B-\uDF4F\uDF7B-\uDF7F\uDF9E\uDF9F\uDFC4-\uDFC7\uDFD0\uDFD6-\uDFFF]|\uD801[\uDC9E\uDC9F\uDCAA-\uDCAF\uDCD4-\uDCD7\uDCFC-\uDCFF\uDD28-\uDD2F\uDD64-\uDDFF\uDF37-\uDF3F\uDF56-\uDF5F\uDF68-\uDFFF]|\uD802[\uDC06\uDC07\uDC09\uDC36\uDC39-\uDC3B\uDC3D\uDC3E\uDC56-\uDC5F\uDC77-\uDC7F\uDC9F-\uDCDF\uDCF3\uDCF6-\uDCFF\uDD16-\uDD1F\uDD3A-\uDD7F\uDDB8-\uDDBD\uDDC0-\uDDFF\uDE04\uDE07-\uDE0B\uDE14\uDE18\uDE36\uDE37\uDE3B-\uDE3E\uDE40-\uDE5F\uDE7D-\uDE7F\uDE9D-\uDEBF\uDEC8\uDEE7-\uDEFF\uDF36-\uDF3F\uDF56-\uDF5F\uDF73-\uDF7F\uDF92-\uDFFF]|\uD803[\uDC49-\uDC7F\uDCB3-\uDCBF\uDCF3-\uDCFF\uDD28-\uDD2F\uDD3A-\uDE7F\uDEAA\uDEAD-\uDEAF\uDEB2-\uDEFF\uDF1D-\uDF26\uDF28-\uDF2F\uDF51-\uDFAF\uDFC5-\uDFDF\uDFF7-\uDFFF]|\uD804[\uDC47-\uDC65\uDC70-\uDC7E\uDCBB-\uDCCF\uDCE9-\uDCEF\uDCFA-\uDCFF\uDD35\uDD40-\uDD43\uDD48-\uDD4F\uDD74\uDD75\uDD77-\uDD7F\uDDC5-\uDDC8\uDDCD\uDDDB\uDDDD-\uDDFF\uDE12\uDE38-\uDE3D\uDE3F-\uDE7F\uDE87\uDE89\uDE8E\uDE9E\uDEA9-\uDEAF\uDEEB-\uDEEF\uDEFA-\uDEFF\uDF04\uDF0D\uDF0E\uDF11\uDF12\uDF29\uDF31\uDF34\uDF3A\uDF45\uDF46\uDF49\uDF4A\uDF4E\uDF4F\uDF51-\uDF56\uDF58-\uDF5C\uDF64\uDF65\uDF6D-\uDF6F\uDF75-\uDFFF]|\uD805[\uDC4B-\uDC4F\uDC5A-\uDC5D\uDC62-\uDC7F\uDCC6\uDCC8-\uDCCF\uDCDA-\uDD7F\uDDB6\uDDB7\uDDC1-\uDDD7\uDDDE-\uDDFF\uDE41-\uDE43\uDE45-\uDE4F\uDE5A-\uDE7F\uDEB9-\uDEBF\uDECA-\uDEFF\uDF1B\uDF1C\uDF2C-\uDF2F\uDF3A-\uDFFF]|\uD806[\uDC3B-\uDC9F\uDCEA-\uDCFE\uDD07\uDD08\uDD0A\uDD0B\uDD14\uDD17\uDD36\uDD39\uDD3A\uDD44-\uDD4F\uDD5A-\uDD9F\uDDA8\uDDA9\uDDD8\uDDD9\uDDE2\uDDE5-\uDDFF\uDE3F-\uDE46\uDE48-\uDE4F\uDE9A-\uDE9C\uDE9E-\uDEBF\uDEF9-\uDFFF]|\uD807[\uDC09\uDC37\uDC41-\uDC4F\uDC5A-\uDC71\uDC90\uDC91\uDCA8\uDCB7-\uDCFF\uDD07\uDD0A\uDD37-\uDD39\uDD3B\uDD3E\uDD48-\uDD4F\uDD5A-\uDD5F\uDD66\uDD69\uDD8F\uDD92\uDD99-\uDD9F\uDDAA-\uDEDF\uDEF7-\uDFAF\uDFB1-\uDFFF]|\uD808[\uDF9A-\uDFFF]|\uD809[\uDC6F-\uDC7F\uDD44-\uDFFF]|[\uD80A\uD80B\uD80E-\uD810\uD812-\uD819\uD824-\uD82B\uD82D\uD82E\uD830-\uD833\uD837\uD839\uD83D\uD83F\uD87B-\uD87D\uD87F\uD885-\uDB3F\uDB41-\uDBFF][\uDC00-\uDFFF]|\uD80D[\uDC2F-\uDFFF]|\uD811[\uDE47-\uDFFF]|\uD81A[\uDE39-\uDE3F\uDE5F\uDE6A-\uDECF\uDEEE\uDEEF\uDEF5-\uDEFF\uDF37-\uDF3F\uDF44-\uDF4F\uDF5A-\uDF62\uDF78-\uDF7C\uDF90-\uDFFF]|\uD81B[\uDC00-\uDE3F\uDE80-\uDEFF\uDF4B-\uDF4E\uDF88-\uDF8E\uDFA0-\uDFDF\uDFE2\uDFE5-\uDFEF\uDFF2-\uDFFF]|\uD821[\uDFF8-\uDFFF]|\uD823[\uDCD6-\uDCFF\uDD09-\uDFFF]|\uD82C[\uDD1F-\uDD4F\uDD53-\uDD63\uDD68-\uDD6F\uDEFC-\uDFFF]|\uD82F[\uDC6B-\uDC6F\uDC7D-\uDC7F\uDC89-\uDC8F\uDC9A-\uDC9C\uDC9F-\uDFFF]|\uD834[\uDC00-\uDD64\uDD6A-\uDD6C\uDD73-\uDD7A\uDD83\uDD84\uDD8C-\uDDA9\uDDAE-\uDE41\uDE45-\uDFFF]|\uD835[\uDC55\uDC9D\uDCA0\uDCA1\uDCA3\uDCA4\uDCA7\uDCA8\uDCAD\uDCBA\uDCBC\uDCC4\uDD06\uDD0B\uDD0C\uDD15\uDD1D\uDD3A\uDD3F\uDD45\uDD47-\uDD49\uDD51\uDEA6\uDEA7\uDEC1\uDEDB\uDEFB\uDF15\uDF35\uDF4F\uDF6F\uDF89\uDFA9\uDFC3\uDFCC\uDFCD]|\uD836[\uDC00-\uDDFF\uDE37-\uDE3A\uDE6D-\uDE74\uDE76-\uDE83\uDE85-\uDE9A\uDEA0\uDEB0-\uDFFF]|\uD838[\uDC07\uDC19\uDC1A\uDC22\uDC25\uDC2B-\uDCFF\uDD2D-\uDD2F\uDD3E\uDD3F\uDD4A-\uDD4D\uDD4F-\uDEBF\uDEFA-\uDFFF]|\uD83A[\uDCC5-\uDCCF\uDCD7-\uDCFF\uDD4C-\uDD4F\uDD5A-\uDFFF]|\uD83B[\uDC00-\uDDFF\uDE04\uDE20\uDE23\uDE25\uDE26\uDE28\uDE33\uDE38\uDE3A\uDE3C-\uDE41\uDE43-\uDE46\uDE48\uDE4A\uDE4C\uDE50\uDE53\uDE55\uDE56\uDE58\uDE5A\uDE5C\uDE5E\uDE60\uDE63\uDE65\uDE66\uDE6B\uDE73\uDE78\uDE7D\uDE7F\uDE8A\uDE9C-\uDEA0\uDEA4\uDEAA\uDEBC-\uDFFF]|\uD83C[\uDC00-\uDD2F\uDD4A-\uDD4F\uDD6A-\uDD6F\uDD8A-\uDFFF]|\uD83E[\uDC00-\uDFEF\uDFFA-\uDFFF]|\uD869[\uDEDE-\uDEFF]|\uD86D[\uDF35-\uDF3F]|\uD86E[\uDC1E\uDC1F]|\uD873[\uDEA2-\uDEAF]|\uD87A[\uDFE1-\uDFFF]|\uD87E[\uDE1E-\uDFFF]|\uD884[\uDF4B-\uDFFF]|\uDB40[\uDC00-\uDCFF\uDDF0-\uDFFF]/g;

// node_modules/github-slugger/index.js
var own = Object.hasOwnProperty;
var BananaSlug = class {
  /**
   * Create a new slug class.
   */
  constructor() {
    this.occurrences;
    this.reset();
  }
  /**
   * Generate a unique slug.
  *
  * Tracks previously generated slugs: repeated calls with the same value
  * will result in different slugs.
  * Use the `slug` function to get same slugs.
   *
   * @param  {string} value
   *   String of text to slugify
   * @param  {boolean} [maintainCase=false]
   *   Keep the current case, otherwise make all lowercase
   * @return {string}
   *   A unique slug string
   */
  slug(value, maintainCase) {
    const self = this;
    let result = slug(value, maintainCase === true);
    const originalSlug = result;
    while (own.call(self.occurrences, result)) {
      self.occurrences[originalSlug]++;
      result = originalSlug + "-" + self.occurrences[originalSlug];
    }
    self.occurrences[result] = 0;
    return result;
  }
  /**
   * Reset - Forget all previous slugs
   *
   * @return void
   */
  reset() {
    this.occurrences = /* @__PURE__ */ Object.create(null);
  }
};
function slug(value, maintainCase) {
  if (typeof value !== "string") return "";
  if (!maintainCase) value = value.toLowerCase();
  return value.replace(regex, "").replace(/ /g, "-");
}

// src/core/outputs/toc/headings.ts
var ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
var FENCE = /^ {0,3}(`{3,}|~{3,})/;
function headingText(source) {
  return source.replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/&#8288;/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&").replace(/(?<!\\)[*`]/g, "").replace(/\\([!-/:-@[-`{-~])/g, "$1").trim();
}
function readHeadings(markdown) {
  const slugger = new BananaSlug();
  const headings = [];
  let fence;
  let offset = 0;
  for (const line of markdown.split("\n")) {
    const clean = line.replace(/\r$/, "");
    const open = FENCE.exec(clean)?.[1];
    if (fence !== void 0) {
      if (open !== void 0 && open[0] === fence[0] && open.length >= fence.length)
        fence = void 0;
    } else if (open !== void 0) {
      fence = open;
    } else {
      const m = ATX.exec(clean);
      if (m?.[1] !== void 0 && m[2] !== void 0) {
        const text = headingText(m[2]);
        headings.push({ level: m[1].length, text, offset, slug: slugger.slug(text) });
      }
    }
    offset += line.length + 1;
  }
  return headings;
}

// src/core/outputs/toc/render.ts
function renderToc(readme, from, to) {
  const headings = readHeadings(readme).filter((h) => h.offset >= from && h.offset < to);
  const levels = [...new Set(headings.map((h) => h.level))].sort((a, b) => a - b);
  return headings.map((h) => {
    const indent = "  ".repeat(levels.indexOf(h.level));
    return `${indent}- [${escapeCell(h.text)}](#${encodeURI(h.slug)})`;
  }).join("\n");
}

// src/core/render/mindmap.ts
function mermaidText(text) {
  const plain = text.replace(CONTROL, " ");
  if (plain === "") return '"#32;"';
  return '"' + plain.replace(/["<>&#:;%`\\]/g, (c) => `#${c.charCodeAt(0)};`) + '"';
}
function groupByCategory(list) {
  const groups = /* @__PURE__ */ new Map();
  for (const section of list.sections) {
    const group = groups.get(section.category);
    if (group) group.push(section);
    else groups.set(section.category, [section]);
  }
  return groups;
}
function renderMindmap(list, settings) {
  const lines = ["```mermaid", "mindmap", `  root((${mermaidText(settings.name)}))`];
  let c = 0;
  for (const [category, sections] of groupByCategory(list)) {
    c++;
    lines.push(`    c${c}(${mermaidText(category)})`);
    sections.forEach((section, s) => {
      const label = settings.mindmap.counts ? `${section.name} (${section.papers.length})` : section.name;
      lines.push(`      c${c}s${s + 1}[${mermaidText(label)}]`);
    });
  }
  lines.push("```");
  return lines.join("\n");
}

// src/core/render/layouts/built-in.ts
function tableHeader(columns) {
  const names = columns.map((c) => `| ${escapeCell(c.header)} `).join("") + "|\n";
  const dashes = columns.map((_, i) => i === 0 ? "|----------" : "|----").join("") + "|\n";
  return names + dashes;
}
var literal = (text) => text === "" ? "" : `{{${JSON.stringify(text)}}}`;
function cell(column) {
  const missing = escapeCell(column.missing);
  if (column.field === "links") {
    const each = "{{#url}}[[{{label}}]({{url}})] {{/url}}{{^url}}\\[{{label}}\\] {{/url}}";
    const none = missing === "" ? "" : `{{^links}}${literal(`${missing} `)}{{/links}}`;
    return `| {{#links}}${each}{{/links}}${none}`;
  }
  const name = column.field;
  const short = !/[{}]/u.test(column.missing) && column.missing.trim() === column.missing;
  if (short) return `| {{${name}${missing === "" ? "" : `|${column.missing}`}}} `;
  return `| {{#${name}}}{{${name}}}{{/${name}}}{{^${name}}}${literal(missing)}{{/${name}}} `;
}
function builtInItem(columns) {
  return columns.map(cell).join("") + "|";
}
function builtIn(settings) {
  const count = settings.countLine.replace(/\n$/u, "");
  return toLayout({
    kind: "table",
    item: builtInItem(settings.columns),
    "item-gap": "\n",
    "category-level": 2,
    "section-level": 3,
    start: `
${tableHeader(settings.columns)}`,
    before: "\n\n",
    "category-start": "\n",
    "zone-start": "\n\n",
    "zone-end": count === "" ? "\n\n" : `

${count}

`
  });
}
var made = /* @__PURE__ */ new WeakMap();
function builtInLayout(settings) {
  let layout = made.get(settings);
  if (!layout) made.set(settings, layout = builtIn(settings));
  return layout;
}
function layoutOf(settings) {
  return settings.layout ?? builtInLayout(settings);
}

// src/core/render/readme.ts
function frame(text, crlf) {
  const framed = `

${text}

`;
  return crlf ? framed.replace(/\r?\n/g, "\r\n") : framed;
}
function stamp(time, settings) {
  try {
    return { ok: true, value: formatTimestamp(time, settings.timestampFormat, settings.timeZone) };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return {
      ok: false,
      problems: [
        {
          field: "time-zone",
          message: `unknown time zone "${settings.timeZone}"`,
          hint: 'use an IANA time zone name such as "UTC" or "Asia/Shanghai"'
        }
      ]
    };
  }
}
function mainContent(list, settings, crlf) {
  const text = renderLayoutZone(list, settings, layoutOf(settings));
  return crlf ? text.replace(/\r?\n/g, "\r\n") : text;
}
function renderReadme(readme, list, settings, time, file = "README.md") {
  const { markers } = settings;
  const pairs = settings.stamp ? [markers.main, markers.updateTime] : [markers.main];
  if (hasMarkers(readme, markers.mindmap)) pairs.push(markers.mindmap);
  const withToc = hasMarkers(readme, markers.toc);
  if (withToc) pairs.push(markers.toc);
  const problems = [];
  const zones = [];
  for (const pair of pairs) {
    const found = findZone(readme, pair, file);
    if (found.ok) zones.push(found.value);
    else problems.push(...found.problems);
  }
  problems.push(...checkZonesApart(zones, file));
  const stamped = stamp(time, settings);
  if (!stamped.ok) problems.push(...stamped.problems);
  if (problems.length > 0 || !stamped.ok) return { ok: false, problems };
  const firstBreak = readme.indexOf("\n");
  const crlf = firstBreak > 0 && readme[firstBreak - 1] === "\r";
  const [main] = zones;
  const updateTime = settings.stamp ? zones[1] : void 0;
  const mindmap = zones.find((z) => z.pair === markers.mindmap);
  const toc = withToc ? zones.find((z) => z.pair === markers.toc) : void 0;
  const replacements = [
    { zone: main, content: mainContent(list, settings, crlf) },
    { zone: updateTime, content: frame(stamped.value, crlf) },
    { zone: mindmap, content: mindmap ? frame(renderMindmap(list, settings), crlf) : "" }
  ].filter((r) => r.zone !== void 0);
  const rendered = replaceZones(readme, replacements);
  return {
    ok: true,
    value: toc && main ? withTableOfContents(rendered, main, toc, crlf) : rendered
  };
}
function withTableOfContents(rendered, main, toc, crlf) {
  const zones = ["main", "toc"].map((kind) => {
    const pair = kind === "main" ? main.pair : toc.pair;
    const start = rendered.indexOf(pair.start);
    return { start: start + pair.start.length, end: rendered.indexOf(pair.end, start) };
  });
  const [tables, contents] = zones;
  const text = renderToc(rendered, tables.start, tables.end);
  return rendered.slice(0, contents.start) + frame(text, crlf) + rendered.slice(contents.end);
}

// src/adapters/fs/create.ts
import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
function pathExists(path) {
  return existsSync(path);
}
function createTextFile(path, shown, text) {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          file: shown,
          message: `its folder cannot be made (${error instanceof Error ? error.message : String(error)})`,
          hint: "check that the folder can be written"
        }
      ]
    };
  }
  return writeTextFile(path, shown, text);
}

// src/cli/outputs.ts
import { resolve } from "node:path";
function writeFiles(io, files, options = {}) {
  const write = options.create ? createTextFile : writeTextFile;
  for (const [file, text] of files) {
    const done = write(resolve(io.cwd, file), file, text);
    if (!done.ok) return done;
    options.written?.(file);
  }
  return { ok: true, value: void 0 };
}

export {
  findZone,
  keepStamp,
  readmeToWrite,
  layoutOf,
  renderReadme,
  pathExists,
  writeFiles
};
