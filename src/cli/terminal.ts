// Text from articles, JSONL lines and file names is untrusted: written raw to a terminal, an
// escape sequence in it can retitle the window (ESC ] 0 ; … BEL), clear the screen (ESC [ 2 J)
// or rewrite what was printed before. Everything written for a person to read (tables, the
// messages on stderr) goes through `visible()`, which shows each control character instead of
// sending it: C0 controls and DEL as their Unicode "control pictures" (ESC → ␛, BEL → ␇), C1
// controls (one of them, U+009B, starts a sequence on its own) and the bidi overrides that
// reorder a line (U+202A–U+202E, U+2066–U+2069) as <U+XXXX>.

// Tab and line feed are layout, kept when `keepLines`; everything else here is escaped.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u061c\u200e\u200f]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS_AND_LINES = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u061c\u200e\u200f\u2028\u2029]/g;

function picture(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/**
 * `text` safe to print on a terminal. `keepLines`: line feeds and tabs stay (a table's cell,
 * help text); otherwise they are shown too, so a message stays on its one line.
 */
export function visible(text: string, keepLines = false): string {
  return text.replace(keepLines ? CONTROLS : CONTROLS_AND_LINES, picture);
}
