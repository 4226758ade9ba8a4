// A customer's question in the document's register before it is matched: the pack's colloquial rewrites
// ("啥" → "什么", "bucks" → "dollars") and spoken Chinese numerals as digits ("四十块" → "40块").
import type { LanguagePack } from "../../lang/index.js";
import { chineseNumeral } from "../../text/figures.js";

/** Runs of Chinese numerals long enough to be a figure (a lone "一" is usually "one of", not a number). */
const CJK_NUMBER = /[零〇一二两三四五六七八九十百千万]{2,}(?:点[零〇一二三四五六七八九]+)?/g;

function numeralsAsDigits(text: string): string {
  return text.replace(CJK_NUMBER, (run) => {
    const [whole = "", fraction] = run.split("点");
    const value = chineseNumeral(whole);
    if (value === null) return run;
    if (fraction === undefined) return String(value);
    const digits = [...fraction].map((c) => chineseNumeral(c) ?? 0).join("");
    return `${value}.${digits}`;
  });
}

const memo = new Map<string, string>();
const LIMIT = 20_000;

export function normalQuery(text: string, pack: LanguagePack): string {
  const key = `${pack.id}\u0000${text}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  let out = numeralsAsDigits(text);
  for (const [pattern, replacement] of pack.hearing.synonyms) out = typeof replacement === "string" ? out.replace(pattern, replacement) : out.replace(pattern, replacement);
  if (memo.size >= LIMIT) memo.clear();
  memo.set(key, out);
  return out;
}
