// The Chinese LanguagePack: speaking measure, grammar helpers, and the cue and line tables.
import type { Grammar, LanguagePack, SpeechMeasure } from "../types.js";
import { countMatches } from "../../util/count-matches.js";
import { ZH_HEARING } from "./hearing.js";
import { ZH_CLARIFY } from "./clarify.js";
import { ZH_DOCUMENT } from "./document.js";
import { ZH_CALLEE, ZH_CALLER } from "./lines.js";
import { ZH_STEP_ACTS } from "./step-acts.js";

const CJK_OR_DIGIT = /[\u3400-\u9fff\uf900-\ufaff0-9]/g;
const LATIN_WORD = /[A-Za-z]+/g;
const CJK = /[\u3400-\u9fff]/g;
const PERSON_CHAR = /[我你他她您]/;

const speech: SpeechMeasure = {
  size: (text) => text.replace(/\s+/g, "").length,
  // Latin words inside Chinese speech ("app", "OK") take about half a character's time each.
  units: (text) => countMatches(CJK_OR_DIGIT, text) + 0.5 * countMatches(LATIN_WORD, text),
  unitsPerSecond: 4.5,
  fullStop: "。",
  questionMark: "？",
  joiner: "",
  listJoiner: "，",
  longTurnUnits: 70,
  turnBudget: { short: 120, long: 160 },
  labelUnits: 8,
  clauseBreak: /(?<=[，,。！!？?；;])\s*|(?<!\s)\s+(?=\S{2})/,
  minLineUnits: 4,
  // Characters, with person words one unit: "她的车" told is "我的车" said.
  unitsOf: (text) => (text.match(CJK) ?? []).map((c) => (PERSON_CHAR.test(c) ? "@" : c)),
  ownRunMax: 10,
};

const LABEL = /^[^：:，,。.]{1,24}[：:]\s*/;
/** How much a concern weighs, written before it without a colon ("次要是…", "最担心的是…"): not the customer's words. */
const CONCERN_RANK = /^(?:(?:最|更)?(?:主要|首要|次要|其次|首先|另外|深层|潜在|内心|心里|根本|核心)(?:的是|的|是)?|最(?:担心|在意|关心)的(?:是)?)/;
/** A concern written as the persona's state of mind ("还怀疑…", "担心…"): the customer asks the thing itself. */
const CONCERN_MIND = /^(?:还|也|又|总)?(?:怀疑|担心|担忧|想知道|好奇|纳闷)(?:的是|是)?/;
/** A concern written as a fear ("怕搬家那天下雨"): asked as the thing feared ("会不会…？"), the way a worried
 *  customer says it. A belief ("觉得…是变相…") is not asked: put as a question it is an accusation no answer meets. */
const CONCERN_FORMS: readonly { lead: RegExp; ask: (rest: string) => string }[] = [
  { lead: /^(?:还|也|又|总|最)?(?:害怕|怕|担心|担忧|顾虑)/, ask: (rest) => `会不会${rest}？` },
];
/** "要不要换药要等复诊": what a question depends on, said as a statement, is asked by no one. */
const DEPENDS = /(?:能不能|是不是|有没有|会不会|要不要|可不可以|是否)[^，,。？?]*?(?:要等|得等|要看|得看|取决于|看情况)/;
/** "选A还是B" and then "哪个更好": one question in two clauses, asked together. */
function joinedChoices(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last !== undefined && /还是/.test(last) && /^哪/.test(part) && part.length <= 10) out[out.length - 1] = `${last}，${part}`;
    else out.push(part);
  }
  return out;
}
const QUESTIONISH = /能不能|是不是|有没有|会不会|要不要|可不可以|多少|怎么|为什么|为啥|什么时候|哪|是否|吗/;
/** An A-not-A question after its topic ("琴会不会要加钱") said the way one asks it aloud ("琴会要加钱吗"): the
 *  customer's own wording of a concern, not the persona's sentence read out. */
const A_NOT_A: readonly [RegExp, string][] = [
  [/^(.{2,}?)能不能(.+)$/u, "能"],
  [/^(.{2,}?)是不是(.+)$/u, "是"],
  [/^(.{2,}?)有没有(.+)$/u, "有"],
  [/^(.{2,}?)会不会(.+)$/u, "会"],
  [/^(.{2,}?)要不要(.+)$/u, "要"],
  [/^(.{2,}?)可不可以(.+)$/u, "可以"],
];

/** The spoken form of a question, or null where it has no topic before its A-not-A (or asks otherwise). */
function spokenQuestion(question: string): string | null {
  const plain = question.replace(/[？?]+$/u, "");
  for (const [form, verb] of A_NOT_A) {
    const m = form.exec(plain);
    // Two questions listed with a 顿号 take no single 吗 at the end: it would ask neither.
    if (m?.[1] === undefined || m[2] === undefined || /[吗呢]$/u.test(m[2]) || /、/u.test(plain) || QUESTIONISH.test(m[1]) || QUESTIONISH.test(m[2])) continue;
    // An adverb after the A-not-A goes before the verb: "会不会又迟到" is "又会迟到吗".
    const adverb = /^[又还也再都]/u.exec(m[2])?.[0] ?? "";
    return `${m[1]}${adverb}${verb}${m[2].slice(adverb.length)}吗？`;
  }
  return null;
}

/** Written words as a person says them aloud ("如何" → "怎么", "…的话" → "要是…"): a concern said in the customer's own
 *  words, not the persona's sentence read out. */
const SPOKEN: readonly (readonly [RegExp, string])[] = [
  [/^(.{1,12}?)的话[，,]?/u, "要是$1，"],
  [/如何/gu, "怎么"], [/为什么/gu, "为啥"], [/什么时候/gu, "啥时候"], [/必须/gu, "得"], [/需要/gu, "要"], [/如果/gu, "要是"],
  [/非常/gu, "特别"], [/多久/gu, "多长时间"], [/可以/gu, "能"], [/怎么办/gu, "咋办"], [/能否/gu, "能不能"], [/但是/gu, "可是"],
  [/(?<![的之同临])时(?![间候刻])/gu, "的时候"], [/很/gu, "挺"], [/趁机/gu, "顺便"], [/耽误/gu, "耽搁"], [/马上/gu, "立马"],
];
const spokenForm = (text: string): string => SPOKEN.reduce((said, [form, to]) => said.replace(form, to), text);

/** Every way the customer may ask a concern's question: as written, its A-not-A said with 吗, in spoken words, and a
 *  list of questions (joined by 、) asked one by one. */
function askedWays(question: string): string[] {
  const plain = question.replace(/[？?]+$/u, "");
  const oneByOne = /、/u.test(plain) ? plain.split("、").map((part) => spokenQuestion(`${part}？`) ?? `${part}？`).join("") : null;
  const ways = [question, spokenQuestion(question), oneByOne].filter((q): q is string => q !== null);
  const said = ways.map(spokenForm).filter((q) => !ways.includes(q));
  return [...ways, ...said].filter((q, i, all) => all.indexOf(q) === i);
}

/** A fear not already worded as a question becomes one; anything else is left as it is. */
function asConcernQuestion(part: string): string {
  for (const form of CONCERN_FORMS) {
    const rest = part.replace(form.lead, "");
    if (rest !== part && rest !== "" && !QUESTIONISH.test(rest)) return form.ask(rest);
  }
  return part;
}

const grammar: Grammar = {
  firstPerson: (text, name) => (name === "" ? text : text.replaceAll(name, "我")).replace(/[他她]/g, "我"),
  // "你们送" said back by the caller is "我们送"; "我们送" said back by the customer is "你们送".
  addressed: (text) => text.replace(/你们/g, "我们").replace(/我(?!们)/g, "您"),
  echoed: (text) => text.replace(/我们/g, "你们").replace(/[您你](?!们)/g, "我"),
  concernQuestions: (concern) =>
    concern
      .replace(LABEL, "")
      .replace(/[“”"「」]/g, "")
      .split(/[；;。，,]/)
      .map((part) => part.trim().replace(/^[：:、\s]+/u, "").replace(/^(?:以及|还有|和|或者|或)/, "").replace(CONCERN_RANK, "").replace(/^[：:、\s]+/u, ""))
      .reduce<string[]>((parts, part) => joinedChoices([...parts, part]), [])
      .map((part) => asConcernQuestion(part).replace(CONCERN_MIND, ""))
      // The persona's text calls the caller "对方"; asked to the caller, it is "你们".
      .map((part) => part.replace(/对方/g, "你们"))
      // Written about the persona ("她自己寄回去", "你担心…"), asked in its own voice.
      .map((part) => part.replace(/[他她你您](?!们)/g, "我"))
      .filter((part) => QUESTIONISH.test(part) && !DEPENDS.test(part) && (part.match(CJK)?.length ?? 0) >= 4)
      .map((part) => (part.startsWith("是否") ? `${part.slice(2)}吗？` : `${part.replace(/[？?]+$/, "")}？`))
      .map(askedWays),
  // "如果…，就…": a clause that only sets a condition keeps the clause it conditions.
  firstClause: (sentence) => {
    if (sentence.length <= 40) return sentence;
    const [first = sentence, second] = sentence.split(/[，,]/);
    return `${/^(?:如果|若|要是|只要|只有|因为|虽然|除非|一旦|等到?|假如)/.test(first) && second !== undefined ? `${first}，${second}` : first}。`;
  },
  lowerFirst: (text) => text,
  toListener: (text) => text.replace(/(?:该|这位)?(?:客户|顾客|用户)(?!端|经理|服务|中心)/g, "您"),
  fitSlot: (before, value) => ({ before, value }),
  isConcept: (quote) => !/[，,。？?！!…]/.test(quote) && (quote.match(CJK)?.length ?? 0) < 6,
};

export const ZH: LanguagePack = { id: "zh", clarify: ZH_CLARIFY, speech, hearing: ZH_HEARING, document: ZH_DOCUMENT, caller: ZH_CALLER, callee: ZH_CALLEE, grammar, stepActs: ZH_STEP_ACTS };
