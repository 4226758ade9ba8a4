// E-mail addresses, internationalised ones included: found from each @ outwards, so the scan stays linear.
import type { PiiSpan } from "./span.js";

const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const DOMAIN_CHAR = /[\p{L}\p{N}.-]/u;
const TOP_LEVEL = /\.[\p{L}]{2,}$/u;

export function findEmails(view: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  let from = 0;
  for (let at = view.indexOf("@"); at !== -1; at = view.indexOf("@", at + 1)) {
    let start = at;
    while (start > from && LOCAL_CHAR.test(view[start - 1] ?? "")) start--;
    let end = at + 1;
    while (end < view.length && DOMAIN_CHAR.test(view[end] ?? "")) end++;
    while (end > at + 1 && (view[end - 1] === "." || view[end - 1] === "-")) end--;
    const domain = view.slice(at + 1, end);
    if (start === at || !domain.includes(".") || !TOP_LEVEL.test(domain)) continue;
    // Local parts do not start with a dot; a sentence's full stop before the address is not part of it.
    while (view[start] === ".") start++;
    spans.push({ start, end, kind: "EMAIL", key: view.slice(start, end).toLowerCase() });
    from = end;
  }
  return spans;
}
