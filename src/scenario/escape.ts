/**
 * Escaping of text that came from a user's files before it reaches a terminal: a scenario could
 * otherwise clear the screen or set the clipboard (OSC 52) through an error message.
 */

// C0 controls (tab and newline included: a message is one line), DEL, C1 controls, and the
// Unicode line and paragraph separators and bidirectional overrides that reorder what is shown.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this module's purpose.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The text with every control character written as `\xNN` (below U+0080) or `\uNNNN`. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** The text escaped as by `escapeControl` but keeping its line breaks, for reports of many lines. */
export function escapeControlKeepLines(text: string): string {
  return text.split('\n').map(escapeControl).join('\n');
}
