// Lines the customer copied from its persona text: a long run shared with the persona's prose (pronouns made one
// token, so "her brother's car" copied as "my brother's car" still counts). A copied run that keeps the persona's
// "he/she" narration is background prose read aloud: a stage direction, reported there instead, unless the run is a
// whole recited passage. A worry the persona writes as a question, asked in its own words, is the customer's question.
import type { EvalContext } from "../context.js";
import type { Fault } from "../faults.js";
import { SIM_LANGS, type SimLang } from "../lang/sim.js";
import { perScenario, perScenarioText } from "../context.js";
import { personaText } from "./persona-text.js";
import { styleFigureFaults } from "./style-figure.js";

/**
 * A run this long shared with the persona text is reading it, not speaking. Lines the persona quotes are words it
 * gives the customer to say, so only a longer run of them counts; its description counts from a shorter run. A run of
 * `recitedWords` words (`recitedCjkChars` characters) is a passage recited whole, even when it keeps the narration's
 * "he/she" inside it.
 */
export const VERBATIM = { cjkChars: 12, words: 6, quotedWords: 8, contentWords: 2, recitedWords: 10, recitedCjkChars: 20 } as const;

/**
 * A worry holding this many items ("the cost, the date and the parking?") is a list read out, even when asked as a
 * question; fewer is one question of the customer's.
 */
export const ASKED_WORRY_ITEMS = 3;

const CJK = /[\u3400-\u9fff]/u;
const NOT_CJK = /[^\u3400-\u9fff]/gu;
const WORD_SPLIT = /[^a-z0-9'@]+/u;

interface Normalised {
  ownPronoun: RegExp | null;
  /** Every run of `cjkChars` characters of the persona (pronouns one token): a line's runs are looked up, not searched. */
  cjkRuns: ReadonlySet<string>;
  /** Every run of `words` words of the description without its quotes, and of `quotedWords` words of all the text. */
  describedRuns: ReadonlySet<string>;
  quotedRuns: ReadonlySet<string>;
  narrationCompact: string;
  narrationFlat: string;
}

/** Every run of `size` units of a sequence, joined. */
function runsOf(units: readonly string[], size: number, sep: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + size <= units.length; i++) out.add(units.slice(i, i + size).join(sep));
  return out;
}

const pronounless = (lang: SimLang, text: string): string => text.replace(lang.pronoun, "@");
const compactOf = (lang: SimLang, text: string): string => pronounless(lang, text).replace(/[^\u3400-\u9fff@]/gu, "");
const wordsOf = (lang: SimLang, text: string): string[] => pronounless(lang, text.replace(/[’‘]/gu, "'")).split(WORD_SPLIT).filter((w) => w.length > 0);

function normalised(lang: SimLang, prose: string, narration: string, ownPronoun: RegExp | null): Normalised {
  return {
    ownPronoun,
    cjkRuns: runsOf([...compactOf(lang, prose)], VERBATIM.cjkChars, ""),
    describedRuns: runsOf(wordsOf(lang, narration), VERBATIM.words, " "),
    quotedRuns: runsOf(wordsOf(lang, prose), VERBATIM.quotedWords, " "),
    narrationCompact: narration.replace(/[^\u3400-\u9fff]/gu, ""),
    narrationFlat: ` ${narration.split(/[^a-z0-9']+/u).filter((w) => w.length > 0).join(" ")} `,
  };
}

function normalisedPersona(ctx: EvalContext): Normalised {
  return perScenario(ctx.scenario, "simVerbatim", () => {
    const persona = personaText(ctx.scenario);
    return normalised(SIM_LANGS[ctx.scenario.language], persona.prose, persona.narration, persona.ownPronoun);
  });
}

const WORRY_CLAUSE = /[;；\n]/u;
/** A short lead-in naming the worry's rank ("Rank two:", "第三顺位：") is not part of it. */
const LEAD_IN = /^[^:：]{1,12}[:：]\s*/u;
const ITEM_SEP = /[、,，]/u;
const ASKED = /[?？]/u;

/** The persona's worries written as questions of fewer than `ASKED_WORRY_ITEMS` items, lower-cased. */
function askedWorries(lang: SimLang, concerns: readonly string[]): string[] {
  return concerns
    .flatMap((c) => c.toLowerCase().split(WORRY_CLAUSE))
    .map((clause) => clause.replace(LEAD_IN, "").trim().replace(/[.。]+$/u, ""))
    .filter((clause) => clause !== "" && (ASKED.test(clause) || lang.directQuestion.test(clause)) && clause.split(ITEM_SEP).length < ASKED_WORRY_ITEMS);
}

/** The persona text with its asked worries cut out, or null when it has none. */
function personaWithoutAskedWorries(ctx: EvalContext): Normalised | null {
  return perScenario(ctx.scenario, "simVerbatimUnasked", () => {
    const lang = SIM_LANGS[ctx.scenario.language];
    const asked = askedWorries(lang, ctx.scenario.callee.concerns);
    if (asked.length === 0) return null;
    const persona = personaText(ctx.scenario);
    const cut = (text: string): string => asked.reduce((t, clause) => t.split(clause).join(" | "), text);
    return normalised(lang, cut(persona.prose), cut(persona.narration), persona.ownPronoun);
  });
}

export interface CopiedLine {
  turn: number;
  run: string;
  /** The run keeps a third-person pronoun as the persona's narration wrote it. */
  narration: boolean;
}

/** Every customer line with a run copied from the persona text (computed once per call). */
export function copiedLines(ctx: EvalContext): CopiedLine[] {
  return ctx.once("simCopied", () => {
    const lang = SIM_LANGS[ctx.scenario.language];
    const persona = normalisedPersona(ctx);
    const unasked = personaWithoutAskedWorries(ctx);
    const out: CopiedLine[] = [];
    for (const turn of ctx.calleeTurns) {
      const hit = perScenarioText(ctx.scenario, "simCopiedLine", turn.text, () => {
        const line = ctx.low(turn.index);
        const found = copiedIn(lang, line, persona);
        // A question copying only a worry the persona writes as a question asks it.
        return found !== null && unasked !== null && ASKED.test(line) && copiedIn(lang, line, unasked) === null ? null : found;
      });
      if (hit !== null) out.push({ turn: turn.index, ...hit });
    }
    return out;
  });
}

const copiedIn = (lang: SimLang, line: string, persona: Normalised): Omit<CopiedLine, "turn"> | null => copiedCjk(lang, line, persona) ?? copiedWords(lang, line, persona);

function copiedCjk(lang: SimLang, line: string, persona: Normalised): Omit<CopiedLine, "turn"> | null {
  if (!CJK.test(line)) return null;
  const raw = line.replace(NOT_CJK, "");
  const cjk = compactOf(lang, line);
  for (let i = 0; i + VERBATIM.cjkChars <= cjk.length; i++) {
    if (!persona.cjkRuns.has(cjk.slice(i, i + VERBATIM.cjkChars))) continue;
    let end = i + VERBATIM.cjkChars;
    while (end < cjk.length && persona.cjkRuns.has(cjk.slice(end + 1 - VERBATIM.cjkChars, end + 1))) end++;
    const said = raw.slice(i, end);
    return { run: said, narration: (end - i < VERBATIM.recitedCjkChars || opensWith(persona.ownPronoun, said[0])) && narrated(persona.ownPronoun, said, (window) => persona.narrationCompact.includes(window), "") };
  }
  return null;
}

function copiedWords(lang: SimLang, line: string, persona: Normalised): Omit<CopiedLine, "turn"> | null {
  const words = wordsOf(lang, line);
  const raw = line.replace(/[’‘]/gu, "'").split(WORD_SPLIT).filter((w) => w.length > 0);
  for (let i = 0; i + VERBATIM.words <= words.length; i++) {
    const run = words.slice(i, i + VERBATIM.words);
    if (run.filter((w) => w !== "@" && w.length > 3 && !lang.stopwords.has(w)).length < VERBATIM.contentWords) continue;
    const described = persona.describedRuns.has(run.join(" "));
    if (!described && !persona.quotedRuns.has(words.slice(i, i + VERBATIM.quotedWords).join(" "))) continue;
    // Extend the run as far as it goes, so the message shows the whole copied stretch.
    const size = described ? VERBATIM.words : VERBATIM.quotedWords;
    const runs = described ? persona.describedRuns : persona.quotedRuns;
    let end = i + size;
    while (end < words.length && runs.has(words.slice(end + 1 - size, end + 1).join(" "))) end++;
    const said = raw.slice(i, end);
    return { run: said.join(" "), narration: (said.length < VERBATIM.recitedWords || opensWith(persona.ownPronoun, said[0])) && narrated(persona.ownPronoun, said, (window) => persona.narrationFlat.includes(` ${window} `), " ") };
  }
  return null;
}

/**
 * A long run that opens on the customer's own "he/she" describes it as someone else would: a direction read aloud. A
 * long run with the pronoun only inside it ("…, his garden is his pride") is the passage recited.
 */
const opensWith = (own: RegExp | null, first: string | undefined): boolean => own !== null && first !== undefined && own.test(first);

/** A third-person pronoun of the run stands, with its neighbours, in the persona's narration (outside its quotes). */
function narrated(own: RegExp | null, said: string | readonly string[], found: (window: string) => boolean, sep: string): boolean {
  if (own === null) return false;
  const units = typeof said === "string" ? [...said] : said;
  return units.some((unit, i) => own.test(unit) && units.length >= 3 && found(units.slice(Math.max(0, Math.min(i - 1, units.length - 3)), Math.max(0, Math.min(i - 1, units.length - 3)) + 3).join(sep)));
}

/** A customer copying this share of its lines (and at least `lines` of them) reads its persona: a fault of the call. */
export const VERBATIM_CALL = { share: 0.5, lines: 3 } as const;

/** Share 0..1 of the customer's turns with a run copied from the persona (narration read aloud included). */
export function verbatimShare(ctx: EvalContext): number {
  return ctx.calleeTurns.length === 0 ? 0 : copiedLines(ctx).length / ctx.calleeTurns.length;
}

/** `verbatim-persona` faults: copied lines that are not narration (those are stage directions), and the whole call. */
export function verbatimFaults(ctx: EvalContext): Fault[] {
  const copied = copiedLines(ctx);
  const faults: Fault[] = copied.filter((c) => !c.narration).map((c) => ({ turn: c.turn, message: `copies the persona text ("${c.run}")` }));
  for (const fault of styleFigureFaults(ctx)) if (!faults.some((f) => f.turn === fault.turn)) faults.push(fault);
  faults.sort((a, b) => (a.turn ?? 0) - (b.turn ?? 0));
  const share = verbatimShare(ctx);
  if (copied.length >= VERBATIM_CALL.lines && share >= VERBATIM_CALL.share) faults.push({ turn: null, message: `${Math.round(share * 100)}% of the customer's turns copy its persona` });
  return faults;
}

/** Narration of the persona read aloud, for the stage-direction check. */
export function narrationFaults(ctx: EvalContext): Fault[] {
  return copiedLines(ctx)
    .filter((c) => c.narration)
    .map((c) => ({ turn: c.turn, message: `reads the persona's description aloud ("${c.run}")` }));
}
