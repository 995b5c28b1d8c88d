/** One token of the regimen text notation, with its position (0-based character offset). */
export interface Token {
  readonly kind: 'number' | 'word' | 'time' | 'comma' | 'plus';
  readonly text: string;
  readonly at: number;
}

const tokenPattern =
  /(\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?)|(\d+(?:\.\d+)?)|([a-zµ][a-zµ./-]*)|(,)|(\+|;)|(×)|(\s+)|(.)/giu;

/**
 * Splits regimen text into tokens. Words are lower-cased; ISO times keep their form (upper-case
 * `T`/`Z`). `×` becomes the word `x`; `;` acts like `+` (another clause).
 *
 * @param text - The text as written.
 * @returns Tokens, or the offset of the first character that cannot start a token.
 * @example
 * tokenize('50 mg oral daily').map((t) => t.text) //=> ['50', 'mg', 'oral', 'daily']
 */
export function tokenize(text: string): { tokens: Token[] } | { badAt: number } {
  const tokens: Token[] = [];
  for (const m of text.matchAll(tokenPattern)) {
    const at = m.index;
    if (m[1] !== undefined) {
      tokens.push({ kind: 'time', text: m[1].toUpperCase().replace(' ', 'T'), at });
    } else if (m[2] !== undefined) {
      tokens.push({ kind: 'number', text: m[2], at });
    } else if (m[3] !== undefined) {
      tokens.push({ kind: 'word', text: m[3].toLowerCase().replace(/[.]+$/u, ''), at });
    } else if (m[4] !== undefined) {
      tokens.push({ kind: 'comma', text: ',', at });
    } else if (m[5] !== undefined) {
      tokens.push({ kind: 'plus', text: '+', at });
    } else if (m[6] !== undefined) {
      tokens.push({ kind: 'word', text: 'x', at });
    } else if (m[8] !== undefined) {
      return { badAt: at };
    }
  }
  return { tokens };
}
