// The facts a customer states about itself (its job, age, where it lives, its spouse), each checked against the
// persona and against what the customer itself said earlier in the call: either contradiction is a persona break.
import { clauses } from "../segments.js";
import { perScenarioText } from "../context.js";
import { toHalfWidth } from "../../text/normalize.js";
import type { Fault } from "../faults.js";
import type { SimLang } from "../lang/sim.js";
import { numberOf, wordAt, type PersonaText } from "./persona-text.js";
import type { BreakInput } from "./persona-break.js";

interface Claim {
  turn: number;
  /** What was claimed, comparable within its kind (a job word, an age, a place, a spouse's gender index). */
  value: string | number;
}

interface FactKind {
  what: string;
  /** The claims of one customer turn. */
  claims: (input: BreakInput, turn: number) => (string | number)[];
  /** Why the claim contradicts the persona, or null when it fits or the persona says nothing of the kind. */
  against: (persona: PersonaText, value: string | number, lang: SimLang) => string | null;
  /** Two claims of the customer agree. */
  same: (a: string | number, b: string | number, lang: SimLang) => boolean;
}

/** Ages a year apart are the same person (a birthday since the persona was written). */
const AGE_TOLERANCE = 1;

const overlaps = (a: string | number, b: string | number): boolean => String(a).includes(String(b)) || String(b).includes(String(a));

const KINDS: readonly FactKind[] = [
  {
    what: "works as",
    // Kept per scenario and text: the occupation words are one long pattern, run over every customer turn.
    claims: ({ ctx, lang }, turn) => {
      const low = ctx.low(turn);
      return perScenarioText(ctx.scenario, "simJobsClaimed", low, () => jobsClaimed(lang, low));
    },
    against: (persona, job) =>
      persona.occupations.length === 0 || wordAt(persona.prose, String(job)) >= 0 || persona.occupations.some((own) => overlaps(own, job)) ? null : `the persona is ${persona.occupations.join(", ")}`,
    same: overlaps,
  },
  {
    what: "is aged",
    claims: ({ ctx, lang }, turn) => {
      const m = lang.ageClaim.exec(ctx.low(turn));
      const age = m === null ? null : numberOf(lang, m[1] ?? m[2] ?? "");
      return age === null ? [] : [age];
    },
    against: (persona, age) => (persona.age === null || Math.abs(Number(age) - persona.age) <= AGE_TOLERANCE ? null : `the persona is ${persona.age}`),
    same: (a, b) => Math.abs(Number(a) - Number(b)) <= AGE_TOLERANCE,
  },
  {
    what: "lives in",
    // Place names keep their capitals where the script has them: read the text as written.
    claims: ({ ctx, lang }, turn) => {
      const place = lang.placeClaim.exec(toHalfWidth(ctx.turns[turn]?.text ?? ""))?.[1]?.toLowerCase();
      return place === undefined ? [] : [place];
    },
    against: (persona, place) =>
      persona.places.length === 0 || persona.prose.includes(String(place)) || persona.places.some((p) => overlaps(p, place)) ? null : `the persona names ${persona.places.join(", ")}`,
    same: overlaps,
  },
  either("is", "retiredClaim", "workingClaim", ["retired", "working"], (persona) => persona.work, (given) => `the persona is ${given}`),
  either("has", "childlessClaim", "ownChildClaim", ["no children", "a child"], (persona) => persona.children === null ? null : persona.children === "none" ? "no children" : "a child", (given) => `the persona has ${given}`),
  {
    what: "speaks of",
    claims: ({ ctx, lang }, turn) => {
      const said = lang.ownSpouse.exec(ctx.low(turn))?.[0];
      return said === undefined || spouseKind(lang, said) < 0 ? [] : [said];
    },
    against: (persona, said, lang) => (persona.spouses.length !== 1 || persona.spouses.includes(spouseKind(lang, String(said))) ? null : "the persona's spouse is the other"),
    same: (a, b, lang) => spouseKind(lang, String(a)) === spouseKind(lang, String(b)),
  },
];

/**
 * A fact with two sides the customer may state ("retired" or "working", no children or a child of its own), checked
 * against the side the persona gives. A line that says both settles nothing: neither is claimed.
 */
function either(what: string, first: ClaimCue, second: ClaimCue, values: readonly [string, string], side: (persona: PersonaText) => string | null, why: (given: string) => string): FactKind {
  const [one, other] = values;
  return {
    what,
    claims: ({ ctx, lang }, turn) => {
      const low = ctx.low(turn);
      const isFirst = lang[first].test(low);
      return isFirst === lang[second].test(low) ? [] : [isFirst ? one : other];
    },
    against: (persona, value) => {
      const given = side(persona);
      return given === null || given === value ? null : why(given);
    },
    same: (a, b) => a === b,
  };
}

type ClaimCue = "retiredClaim" | "workingClaim" | "childlessClaim" | "ownChildClaim";

/** Which of the language's spouse words (by gender) the text says, or -1. */
const spouseKind = (lang: SimLang, said: string): number => lang.spouses.findIndex((cue) => cue.test(said));

const occupationPatterns = new WeakMap<SimLang, RegExp>();

/** One pattern for all of a language's occupation words, longest first, standing as words. */
function occupationPattern(lang: SimLang): RegExp {
  let pattern = occupationPatterns.get(lang);
  if (pattern === undefined) {
    const words = [...lang.occupations].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"));
    occupationPatterns.set(lang, (pattern = new RegExp(`(?<![a-z0-9])(?:${words.join("|")})(?![a-z0-9])`, "gu")));
  }
  return pattern;
}

/** Jobs the speaker claims as its own ("as a teacher", "我是做会计的"). */
function jobsClaimed(lang: SimLang, low: string): string[] {
  const pattern = occupationPattern(lang);
  if (low.search(pattern) < 0) return [];
  const out: string[] = [];
  for (const clause of clauses(low)) {
    for (const match of clause.matchAll(pattern)) {
      if (lang.occupationClaim.test(clause.slice(Math.max(0, match.index - 24), match.index))) out.push(match[0]);
    }
  }
  return out;
}

/** The first contradiction of each kind: with the persona, or with the customer's own earlier claim. */
export function factBreaks(input: BreakInput, turns: readonly number[]): Fault[] {
  const faults: Fault[] = [];
  for (const kind of KINDS) {
    const earlier: Claim[] = [];
    search: for (const turn of turns) {
      for (const value of kind.claims(input, turn)) {
        const persona = kind.against(input.persona, value, input.lang);
        const before = earlier.find((claim) => !kind.same(claim.value, value, input.lang));
        if (persona !== null || before !== undefined) {
          const why = persona ?? `at turn ${before?.turn} it said "${before?.value}"`;
          faults.push({ turn, message: `says it ${kind.what} "${value}"; ${why}` });
          break search;
        }
        earlier.push({ turn, value });
      }
    }
  }
  return faults;
}
