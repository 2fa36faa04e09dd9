/**
 * The `members` cell: the delegation's members other than the head, in order.
 *
 *   Name | function; Name | function | function in Vietnamese | gender | form of address | form of address in Vietnamese
 *
 * Members are separated by `;` or by line breaks inside the (quoted) cell; each member is a
 * name, then optionally `|` and the function (stored as the person's English title), then
 * optionally the details of DETAIL_FIELDS in that order. A detail not written (fewer `|`) is left
 * as it is in the event; written empty, it is cleared (an empty form of address is the derived
 * one). Spaces
 * around names, functions and separators are ignored, and so are empty entries (a trailing `;`,
 * a blank line). A backslash makes the next character plain text: `\;` `\|` `\\`; `\n` stands
 * for a line break inside a function. A backslash before any other character is kept as typed.
 */

/** The details a member entry may carry after the function, in the order they are written. */
export const DETAIL_FIELDS = ['titleVi', 'gender', 'honorific', 'honorificVi'] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];
/** A detail absent from the entry (not written) is left out of the object. */
export type MemberEntry = { name: string; fn: string } & Partial<Record<DetailField, string>>;
export type MemberProblem =
  | { kind: 'no-name'; index: number; raw: string }
  | { kind: 'extra-bar'; index: number; raw: string };

// special: an unescaped ; | or line break. raw: the characters as written.
type Token = { text: string; raw: string; special: boolean };

const ESCAPES: Record<string, string> = { '\\': '\\', ';': ';', '|': '|', n: '\n' };

function tokenize(cell: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  let raw = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c === '\\' && i + 1 < cell.length && ESCAPES[cell[i + 1]!] !== undefined) {
      text += ESCAPES[cell[i + 1]!];
      raw += c + cell[i + 1]!;
      i++;
    } else if (c === ';' || c === '|' || c === '\n') {
      tokens.push({ text, raw, special: false }, { text: c, raw: c, special: true });
      text = '';
      raw = '';
    } else {
      text += c;
      raw += c;
    }
  }
  tokens.push({ text, raw, special: false });
  return tokens;
}

/**
 * Parses a members cell. `index` in problems is the 1-based position among the non-empty
 * entries, as the user counts them; `raw` is the entry as written (for the message).
 */
export function parseMembers(cell: string): { members: (MemberEntry & { index: number })[]; problems: MemberProblem[] } {
  const members: (MemberEntry & { index: number })[] = [];
  const problems: MemberProblem[] = [];
  // Split into entries at unescaped ; and line breaks, keeping each entry's parts and raw text.
  const entries: { parts: string[]; raw: string }[] = [];
  let parts: string[] = [''];
  let raw = '';
  const close = () => {
    if (parts.some((p) => p.trim() !== '')) entries.push({ parts, raw: raw.trim() });
    parts = [''];
    raw = '';
  };
  for (const token of tokenize(cell)) {
    if (token.special && token.text !== '|') {
      close();
    } else if (token.special) {
      parts.push('');
      raw += token.raw;
    } else {
      parts[parts.length - 1] += token.text;
      raw += token.raw;
    }
  }
  close();
  entries.forEach((entry, i) => {
    const index = i + 1;
    const [name = '', fn = '', ...details] = entry.parts.map((p) => p.trim());
    if (details.length > DETAIL_FIELDS.length) problems.push({ kind: 'extra-bar', index, raw: entry.raw });
    else if (name === '') problems.push({ kind: 'no-name', index, raw: entry.raw });
    else {
      const member: MemberEntry & { index: number } = { name, fn, index };
      details.forEach((value, i) => (member[DETAIL_FIELDS[i]!] = value));
      members.push(member);
    }
  });
  return { members, problems };
}

/** Escapes \ ; | and writes any line break (CRLF, CR, LF) as \n, as the import reads it. */
function escapeMemberText(text: string): string {
  return text.replace(/\r\n?|\n|[\\;|]/g, (c) => (c.startsWith('\r') || c === '\n' ? '\\n' : `\\${c}`));
}

/**
 * Writes members so that parseMembers reads them back exactly (up to surrounding spaces): the
 * fields up to the last one that is not empty, so a member without details reads `Name | function`.
 */
export function formatMembers(members: readonly MemberEntry[]): string {
  return members
    .map((m) => {
      const fields = [m.name, m.fn, ...DETAIL_FIELDS.map((f) => m[f] ?? '')];
      while (fields.length > 1 && fields.at(-1)!.trim() === '') fields.pop();
      return fields.map(escapeMemberText).join(' | ');
    })
    .join('; ');
}
