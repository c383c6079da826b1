/**
 * Text from a workbook printed on a terminal: a cell can hold control characters (xlsx escapes
 * them as _x001B_ and readers give them back), and printed raw they are commands to the
 * terminal — ESC [2J clears it, ESC ] 8 makes a link, CR overwrites a line, a right-to-left
 * override reverses what follows. Each output line is made one inert line: line breaks become
 * spaces, every other control or bidirectional-override character a visible escape (\x1B).
 */

const BREAKS = /[\r\n\v\f\u0085\u2028\u2029]+/g;
// eslint-disable-next-line no-control-regex -- control characters are what this strips
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function printableLine(text: string): string {
  return text.replace(BREAKS, ' ').replace(CONTROLS, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

/** Lines joined for the terminal, each made printable. */
export function printableLines(lines: readonly string[]): string {
  return `${lines.map(printableLine).join('\n')}\n`;
}
