import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);

// src/core/render/escape.ts
var CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
var SYNTAX = /[\\`*_[\]~|<>]|&(?=#?[a-z0-9]+;)|(?<=https?|ftp):(?=\/\/)|(?<=www)\.|(?<=[\w+.-])@(?=[\w.-]*\.[\w-])/gi;
var JOINER = "&#8288;";
function escapeSyntax(c) {
  switch (c) {
    case "<":
      return "&lt;";
    case ">":
      return "&gt;";
    case "&":
      return "&amp;";
    case ":":
      return ":" + JOINER;
    case ".":
    case "@":
      return JOINER + c;
    default:
      return "\\" + c;
  }
}
var MAYBE = /[\\`*_[\]~|<>&@\u0000-\u001f\u007f-\u009f]|:\/\/|www\./i;
function escapeCell(text) {
  if (!MAYBE.test(text)) return text;
  return escapeCellFully(text);
}
function escapeCellFully(text) {
  return text.replace(CONTROL, " ").replace(SYNTAX, escapeSyntax);
}
function escapeHeading(text) {
  return escapeCell(text).replace(/(^| )(#+)( *)$/, "$1\\$2$3");
}
function isHttpUrl(url) {
  return /^https?:\/\//i.test(url);
}
function encodeUrl(url) {
  return url.replace(/%(?![0-9a-f]{2})|[\u0000-\u0020\u007f-\u009f()<>[\]|"'\\]/gi, percentEncode);
}
function percentEncode(c) {
  const code = c.charCodeAt(0);
  return code < 128 ? "%" + code.toString(16).toUpperCase().padStart(2, "0") : encodeURIComponent(c);
}
function escapeDestination(encodedUrl) {
  return encodedUrl.replace(/&(?=#?[a-z0-9]+;)/gi, "&amp;");
}
var CHANGED_IN_DESTINATION = /[%&\u0000-\u0020\u007f-\u009f()<>[\]|"'\\]/;
function linkDestination(url) {
  return CHANGED_IN_DESTINATION.test(url) ? escapeDestination(encodeUrl(url)) : url;
}

export {
  CONTROL,
  escapeCell,
  escapeHeading,
  isHttpUrl,
  encodeUrl,
  linkDestination
};
