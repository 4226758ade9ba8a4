// Whether a caller line asks who is on the phone ("Hi, is this <name>?"), read with the language pack.
import type { LanguagePack } from "../../lang/index.js";

export function asksIdentity(text: string, customerName: string, pack: LanguagePack): boolean {
  if (!pack.document.identityQuestion.test(text)) return false;
  const first = customerName.trim().split(/[\s·]/)[0] ?? "";
  return customerName === "" || text.includes(customerName) || (first.length >= 2 && text.includes(first)) || pack.document.identityCheck.test(text);
}
