const entities: Record<string, string> = {
  '"': '&quot;',
  '&': '&amp;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
}

/** Escapes text for use inside HTML elements and double-quoted attributes. */
export const escapeHtml = (text: string): string =>
  text.replace(/["&'<>]/g, (char) => entities[char])
