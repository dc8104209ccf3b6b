/**
 * Word tokens with their offsets in the original string, so evidence can quote it verbatim.
 * Markup (<tag ...>) and entities (&amp;) are skipped and break n-grams: they come out as ''.
 */
export interface Tokens {
  words: string[];
  starts: number[];
  ends: number[];
}

const TOKEN = /[\p{L}\p{N}]+[+#]*|<\/?[a-zA-Z][^<>\n]{0,200}>|&#?[a-zA-Z0-9]{1,8};/gu;

export function tokenize(text: string): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    const first = raw.charCodeAt(0);
    words.push(first === 60 /* < */ || first === 38 /* & */ ? '' : raw.toLowerCase());
    starts.push(m.index);
    ends.push(m.index + raw.length);
  }
  return { words, starts, ends };
}
