// What the persona says about the customer, read once per scenario: its prose (role, background, situation, concerns,
// behaviours) with the lines it quotes, the same prose without its quotes, its occupations, and whether someone else
// may pick up the phone. The simulator checks compare the customer's lines against these.
import type { Scenario } from "../../schema/index.js";
import { perScenario } from "../context.js";
import { SIM_LANGS, type SimLang } from "../lang/sim.js";

export interface PersonaText {
  /** Role, background, situation, concerns and behaviours, lower-cased, quotes included. */
  prose: string;
  /** The same with every quoted line cut out: what the persona says about the customer, not what it has them say. */
  narration: string;
  /** Occupation words the persona names. */
  occupations: readonly string[];
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
    const prose = [c.role, c.background, c.situation ?? "", ...c.concerns, ...c.behaviours].join("\n").toLowerCase();
    return {
      prose,
      narration: prose.replace(QUOTED, " | "),
      occupations: occupationsIn(lang, prose),
      otherAnswerer: lang.otherAnswerer.test(prose),
      ownPronoun: mostUsed(lang.thirdPerson, prose.replace(QUOTED, " ")),
    };
  });
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
