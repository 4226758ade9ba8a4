// A text's length without its whitespace, counted in place: `text.replace(/\s+/gu, "").length` built a string per
// turn for a number (the scorer's talk-share metric reads every turn of every call).

/** Is the UTF-16 code unit whitespace as a regex's `\s` reads it (WhiteSpace and LineTerminator, Unicode's Zs)? */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** UTF-16 length of `text` less its whitespace: the same number as `text.replace(/\s+/gu, "").length`. */
export function nonSpaceLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) n++;
  return n;
}
