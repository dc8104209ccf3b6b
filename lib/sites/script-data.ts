// Data that sites boot their pages with, in inline scripts.

/**
 * The JSON object literal that starts at `open`, found by matching braces outside strings. Pages
 * keep more code after the object in the same script (Ashby's bundle loader after
 * `window.__appData = {...};`, UKG's view model after its opportunity), so the script's last `}`
 * is not the object's.
 */
export function objectLiteralAt(text: string, open: number): string | undefined {
  if (open < 0) return undefined;
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return text.slice(open, i + 1);
  }
  return undefined;
}
