// Length-preserving normalisation: full-width ASCII to half-width, so offsets still point into the original text.

export function toHalfWidth(text: string): string {
  // Fast path: most text has no full-width characters, and a regex scan is cheaper than rebuilding the string.
  if (!/[\uff01-\uff5e\u3000]/.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += text[i];
  }
  return out;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}
