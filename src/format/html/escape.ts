/**
 * Escaping for the HTML report. Every string that comes from an article (its text, names,
 * sources) goes through one of these: the report must show `<script>` in an article as text.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe inside an element or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/**
 * JSON safe inside a `<script type="application/json">` element: `<` is written `\u003c`, so
 * that no `</script>` or `<!--` in the data can end the element early.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
