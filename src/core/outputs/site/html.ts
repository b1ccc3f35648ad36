// HTML escaping for the reader page: text and attribute values, and JSON placed inside a
// `<script type="application/json">` block (where `<` must never appear, or `</script>` could end it).
import { CONTROL, encodeUrl, isHttpUrl } from '../../render/escape.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text or a quoted attribute value; control characters become spaces. */
export function escapeHtml(text: string): string {
  return text.replace(CONTROL, ' ').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** JSON safe inside a script data block: `<`, `>`, `&` and the line separators as \u escapes. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** An http(s) URL for an href, percent-encoded and escaped, or undefined (no other scheme is linked). */
export function safeHref(url: string): string | undefined {
  return isHttpUrl(url.trim()) ? escapeHtml(encodeUrl(url.trim())) : undefined;
}
