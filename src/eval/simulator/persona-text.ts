// What the persona says about the customer, read once per scenario: its prose (role, background, situation, concerns,
// behaviours) with the lines it quotes, the same prose without its quotes, its occupations, and whether someone else
// may pick up the phone. The simulator checks compare the customer's lines against these.
import type { Scenario } from "../../schema/index.js";
import { perScenario } from "../context.js";
import { SIM_LANGS, type SimLang } from "../lang/sim.js";
import { chineseNumeral } from "../../text/figures.js";

export interface PersonaText {
  /** Role, background, situation, concerns and behaviours, lower-cased, quotes included. */
  prose: string;
  /** The same with every quoted line cut out: what the persona says about the customer, not what it has them say. */
  narration: string;
  /** The customer's age as the persona gives it, or null. */
  age: number | null;
  /** Places the persona names (lower-cased). */
  places: readonly string[];
  /** Spouse genders the persona names (indexes into the language's `spouses`). */
  spouses: readonly number[];
  /** Occupation words the persona names. */
  occupations: readonly string[];
  /** Whether the persona's first sentence has the customer retired or working, or null when it says neither. */
  work: "retired" | "working" | null;
  /** Whether the persona gives the customer children ("some"), says it has none, or says nothing of them (null). */
  children: "some" | "none" | null;
  /** The persona lets someone else answer the customer's phone. */
  otherAnswerer: boolean;
  /** The third-person pronoun its description uses most (the customer's own), or null when it uses none. */
  ownPronoun: RegExp | null;
}

const QUOTED = /[“"「『]([^”"」』\n]{1,200})[”"」』]/gu;

export function personaText(scenario: Scenario): PersonaText {
  return perScenario(scenario, "simPersonaText", () => {
    const lang = SIM_LANGS[scenario.language];
    const c = scenario.callee;
    const written = [c.role, c.background, c.situation ?? "", ...c.concerns, ...c.behaviours].join("\n");
    const prose = written.toLowerCase();
    const age = lang.personaAge.exec(written);
    return {
      age: age === null ? null : numberOf(lang, age[1] ?? age[2] ?? ""),
      places: [...written.matchAll(lang.personaPlace)].map((m) => (m[1] ?? "").toLowerCase()).filter((p) => p !== ""),
      spouses: lang.spouses.flatMap((cue, i) => (cue.test(prose) ? [i] : [])),
      prose,
      narration: prose.replace(QUOTED, " | "),
      occupations: occupationsIn(lang, prose),
      work: workOf(lang, c.role.toLowerCase(), prose),
      children: lang.childlessWord.test(prose) ? "none" : lang.childWord.test(prose) ? "some" : null,
      otherAnswerer: lang.otherAnswerer.test(prose),
      ownPronoun: mostUsed(lang.thirdPerson, prose.replace(QUOTED, " ")),
    };
  });
}

/**
 * Retired or working, as the persona's first sentence (the one that says who the customer is) has it: a later sentence
 * may speak of a spouse's or a parent's work. A persona with no such sentence is read whole, and then only one of the
 * two settles it.
 */
function workOf(lang: SimLang, role: string, prose: string): "retired" | "working" | null {
  const first = role.trim() === "" ? prose : (role.split(/[。！？!?；;\n]|\.\s/u)[0] ?? "");
  const retired = lang.retiredWord.test(first);
  const working = lang.worksWord.test(first) || occupationsIn(lang, first).length > 0;
  if (retired && (!working || first !== prose)) return "retired";
  return working && !retired ? "working" : null;
}

/** A number said in digits, Chinese numerals or number words ("fifty-two"), or null. */
export function numberOf(lang: SimLang, text: string): number | null {
  const t = text.trim().toLowerCase();
  if (/^\d+$/u.test(t)) return Number(t);
  const cn = /^[零〇一二两三四五六七八九十百]+$/u.test(t) ? chineseNumeral(t) : null;
  if (cn !== null) return cn;
  const parts = t.split(/[\s-]+/u);
  const values = parts.map((w) => lang.numberWords[w]);
  return values.length > 0 && values.every((v) => v !== undefined) ? values.reduce<number>((a, v) => a + (v ?? 0), 0) : null;
}

function mostUsed(pronouns: readonly RegExp[], text: string): RegExp | null {
  let best: RegExp | null = null;
  let most = 0;
  for (const pronoun of pronouns) {
    const count = text.match(pronoun)?.length ?? 0;
    if (count > most) [best, most] = [pronoun, count];
  }
  return best === null ? null : new RegExp(best.source, best.flags.replace("g", ""));
}

/** Occupation words in a text, longest first, each kept only when no longer one found covers it. */
export function occupationsIn(lang: SimLang, text: string): string[] {
  const found = lang.occupations.filter((word) => wordAt(text, word) >= 0).sort((a, b) => b.length - a.length);
  return found.filter((word, i) => !found.slice(0, i).some((longer) => longer.includes(word)));
}

const LATIN = /[a-z0-9]/u;

/** Where the word first stands as a word of the text (Latin words need non-letters around them), or -1. */
export function wordAt(text: string, word: string, from = 0): number {
  const latin = LATIN.test(word);
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!latin || (!LATIN.test(text[at - 1] ?? " ") && !LATIN.test(text[at + word.length] ?? " "))) return at;
  }
  return -1;
}
