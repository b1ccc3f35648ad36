// XML text and attribute escaping for the feed; characters XML 1.0 forbids are dropped.

// Control characters but tab and line breaks, U+FFFE/U+FFFF, and surrogates that are not a pair.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 refuses
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text or attribute value with `& < > " '` escaped. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
