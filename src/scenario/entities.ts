// Character references in markup text (HTML, OPML attributes): numeric ones, and named ones from the caller's table;
// a name the table lacks stays as written.
const REFERENCE = /&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/giu;

export function decodeEntities(value: string, named: Readonly<Record<string, string>>): string {
  return value.replace(REFERENCE, (whole, ref: string) => {
    if (ref.startsWith("#x") || ref.startsWith("#X")) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    return named[ref.toLowerCase()] ?? whole;
  });
}
