// Rough token count used by the fake server's usage and the bench: one per CJK character or punctuation mark,
// ~1.3 per Latin word or number. One pass, no allocation: the fake server runs it on every request.
export function estimateTokens(text: string): number {
  let cjk = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) {
      cjk++;
      inWord = false;
    } else if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      if (!inWord) words++;
      inWord = true;
    } else {
      inWord = false;
      if (c > 32 && c !== 160) words++;
    }
  }
  return cjk + Math.ceil(words * 1.3);
}
