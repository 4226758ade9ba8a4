// Character references in markup text (HTML, OPML attributes): numeric ones, and named ones from the caller's table;
// a name the table lacks stays as written. A number that names no character (zero, a surrogate, past U+10FFFF)
// reads as U+FFFD, as the HTML standard says, instead of failing the whole document.
const REFERENCE = /&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/giu;
const REPLACEMENT = "\uFFFD";
const LAST_CODE_POINT = 0x10ffff;
const SURROGATES = { first: 0xd800, last: 0xdfff } as const;

function character(codePoint: number): string {
  const named = codePoint > 0 && codePoint <= LAST_CODE_POINT;
  const surrogate = codePoint >= SURROGATES.first && codePoint <= SURROGATES.last;
  return named && !surrogate ? String.fromCodePoint(codePoint) : REPLACEMENT;
}

export function decodeEntities(value: string, named: Readonly<Record<string, string>>): string {
  return value.replace(REFERENCE, (whole, ref: string) => {
    if (ref.startsWith("#x") || ref.startsWith("#X")) return character(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return character(Number.parseInt(ref.slice(1), 10));
    return named[ref.toLowerCase()] ?? whole;
  });
}
