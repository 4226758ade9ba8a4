// Names: those the scenario gives (customer, caller) and those said in the call ("我姓刘", "my name is …"),
// masked in every form people use: the full name, the given name, a family name next to a title.
import { NAME_CUES, NAME_TITLES, NOT_NAMES } from "./words.js";
import type { PiiSpan } from "./span.js";

const HAN = /^[\u4e00-\u9fa5]+$/;
const COMPOUND_SURNAMES = /^(?:欧阳|司马|上官|诸葛|东方|皇甫|令狐|慕容|尉迟|公孙|夏侯|端木|长孙)/;
const CJK_TITLES = /(?:先生|女士|小姐|老师|师傅|经理|同学|阿姨|叔叔|医生|大夫)$/;

interface NameForm {
  text: string;
  /** The person this form names (the placeholder's key). */
  key: string;
  /** A family name alone is a name only next to a title. */
  needsTitle: boolean;
}

/** The forms of one name: "张建国" → 张建国, 建国, 张(+title); "Margaret Chen" → full, Margaret, Chen. */
export function nameForms(raw: string): NameForm[] {
  const name = raw.trim().replace(CJK_TITLES, "").replace(/^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+/, "");
  if (name.length < 1) return [];
  if (HAN.test(name)) {
    if (name.length === 1) return [{ text: name, key: name, needsTitle: true }];
    const surname = COMPOUND_SURNAMES.exec(name)?.[0] ?? name.slice(0, 1);
    const given = name.slice(surname.length);
    const forms: NameForm[] = [{ text: name, key: name, needsTitle: false }, { text: surname, key: name, needsTitle: true }];
    if (given.length >= 2) forms.push({ text: given, key: name, needsTitle: false });
    return forms;
  }
  const words = name.split(/\s+/).filter((word) => /^[A-Z][A-Za-z'-]+$/.test(word));
  if (words.length === 0) return [];
  return [{ text: words.join(" "), key: words.join(" "), needsTitle: false }, ...words.map((word) => ({ text: word, key: words.join(" "), needsTitle: false }))];
}

/** Names people say about themselves in the text. */
export function namesSaid(text: string): string[] {
  const found: string[] = [];
  for (const cue of NAME_CUES) {
    for (const match of text.matchAll(cue.pattern)) {
      const value = match.groups?.["v"];
      if (value === undefined || NOT_NAMES.has(value.split(" ")[0] ?? "")) continue;
      found.push(value);
    }
  }
  return found;
}

function hasTitle(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 5), start).trimEnd();
  const after = text.slice(end, end + 3);
  return NAME_TITLES.before.some((title) => before.endsWith(title)) || NAME_TITLES.after.some((title) => after.startsWith(title)) || /姓$/.test(before);
}

const LATIN_LETTER = /[A-Za-z]/;

export function findNames(text: string, forms: readonly NameForm[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const form of forms) {
    const latin = LATIN_LETTER.test(form.text);
    for (let at = text.indexOf(form.text); at !== -1; at = text.indexOf(form.text, at + 1)) {
      const end = at + form.text.length;
      if (latin && (LATIN_LETTER.test(text[at - 1] ?? "") || LATIN_LETTER.test(text[end] ?? ""))) continue;
      if (form.needsTitle && !hasTitle(text, at, end)) continue;
      spans.push({ start: at, end, kind: "NAME", key: form.key });
    }
  }
  return spans;
}

/** A family name said alone ("我姓刘") also names whoever is called by it with a given name right after it. */
export function surnameFullNames(text: string, surname: string): string[] {
  const pattern = new RegExp(`(?:^|[，,。\\s])(${surname}[\\u4e00-\\u9fa5]{1,2})(?=[，,。！!\\s]|$)`, "g");
  return [...text.matchAll(pattern)].map((match) => match[1] ?? "").filter((name) => name !== "");
}
