// Questions a persona's concerns imply, spoken the way a person would ask them. A concern is written about the
// customer in the third person ("whether the seat count can be reduced", "Paying for a month she won't use"); each
// clause becomes a first-person question in a few interchangeable wordings (the call's Random picks one). Only the
// callee's own concerns are read here, never the caller's text. Chinese clauses that already ask stay as they are.
import type { Language } from "../../schema/index.js";

const LABEL = /^[^：:，,。.]{1,24}[：:]\s*/;
const QUESTIONISH = /能不能|是不是|有没有|会不会|要不要|可不可以|多少|怎么|为什么|为啥|什么时候|哪|是否|吗/;
const AUX = /^(.{1,60}?)\s+(can|could|will|would|should|is|are|was|were|has|have|does|do|did|may|might|must)\s+(.+)$/i;
const WH = /^(how|what|why|when|where|which|who)\b/i;
const DIRECT_WH = /^(?:how|what|why|when|where|which|who)\s+(?:(?:much|many|long|often|soon|flexible|fast|big)\s+)?(?:is|are|was|were|do|does|did|can|could|will|would|should)\b/i;

/** An -ing word that starts an action ("Paying for", "Being cut off"), not a noun ("Parking costs"). */
const GERUND = /^(?:not\s+)?[a-z]+ing\s+(?:for|to|into|on|in|off|out|up|over|about|with|from|at|by|the|a|an|my|your|our|their|it|them|me|him|her|this|that|all|any|more|less|being|cut|hit|put|left|told|kept|sent|paid|\w+ed|\w+en)\b/i;
const FEARED = /^(?:being|paying|having to|losing|wasting|missing|repeating|getting (?:cut|charged|stuck|billed|hit|overcharged))\b/i;

/** Questions of one concern: one list of wordings per clause, the first being the plainest. */
export function concernQuestionVariants(concern: string, language: Language): string[][] {
  const body = concern.replace(LABEL, "").replace(/[“”"「」]/g, "");
  if (language === "zh") {
    return body
      .split(/[；;。，,]/)
      .map((part) => part.trim().replace(/^(?:以及|还有|和|或者|或)/, ""))
      .filter((part) => QUESTIONISH.test(part) && (part.match(/[\u3400-\u9fff]/g)?.length ?? 0) >= 4)
      .map((part) => [part.startsWith("是否") ? `${part.slice(2)}吗？` : `${part.replace(/[？?]+$/, "")}？`]);
  }
  return body
    .replace(/\s*\([^)]*\)/g, "")
    .split(/[;.?]|,\s+(?:and\s+)?|\s+and\s+(?=whether|how|if|what|why)/i)
    .map((part) => firstPerson(part.trim()))
    // "…because my neighbour is driving him" is a reason, not something to ask about.
    .filter((part) => part.split(/\s+/).length >= 2 && !/^(?:because|since|as|so|but|which|who|although|though)\b/i.test(part))
    .map(englishWordings);
}

/** The plainest wording of each clause (what tests and the persona's question list show). */
export function concernQuestions(concern: string, language: Language): string[] {
  return concernQuestionVariants(concern, language).map((wordings) => wordings[0] ?? "");
}

function englishWordings(part: string): string[] {
  const clause = part.replace(/[.?!]+$/, "");
  const whether = /^(?:whether|if)\s+(.+)$/i.exec(clause);
  if (whether?.[1] !== undefined) {
    const inverted = invert(whether[1]);
    if (inverted !== null) return [`${inverted}?`, `So ${lowerFirst(inverted)}?`, `And ${lowerFirst(inverted)}, realistically?`];
    return [`Can you tell me whether ${whether[1]}?`, `I'd like to know whether ${whether[1]}.`];
  }
  if (DIRECT_WH.test(clause)) return [`${upperFirst(clause)}?`, `And ${lowerFirst(clause)}?`];
  if (WH.test(clause)) return [`Can you tell me ${lowerFirst(clause)}?`, `Walk me through ${lowerFirst(clause)}.`, `I want to understand ${lowerFirst(clause)}.`];
  const that = /^that\s+(.+)$/i.exec(clause);
  if (that?.[1] !== undefined) return [`How can I be sure ${that[1]}?`, `What guarantees that ${that[1]}?`];
  // "Paying for a month I won't use", "Being pressured into staying": a fear. "Getting the credit on paper": a wish.
  if (GERUND.test(clause)) {
    const phrase = lowerFirst(clause);
    if (FEARED.test(clause)) return [`Am I going to end up ${phrase}?`, `So I'm ${phrase}?`];
    return [`What about ${phrase}?`, `Any chance of ${phrase}?`];
  }
  const noun = /^[A-Z][a-z]/.test(clause) && !/^[A-Z][a-z]+[A-Z]/.test(clause) ? lowerFirst(clause) : clause;
  return [`What about ${noun}?`, `What can you tell me about ${noun}?`, `And ${noun}, where do we stand on that?`];
}

/** "the seat count can be reduced" → "Can the seat count be reduced"; null when no auxiliary verb leads the clause. */
function invert(clause: string): string | null {
  const match = AUX.exec(clause);
  if (match === null) return null;
  const [, subject = "", aux = "", rest = ""] = match;
  if (subject.split(/\s+/).length > 6 || /\b(?:that|which|who|because|if|when)\b/i.test(subject)) return null;
  const who = subject === "I" ? "I" : lowerFirst(subject);
  return `${upperFirst(aux.toLowerCase())} ${who} ${rest}`;
}

function upperFirst(text: string): string {
  return `${text[0]?.toUpperCase() ?? ""}${text.slice(1)}`;
}

function lowerFirst(text: string): string {
  // "I …" and acronyms ("CFO approval") keep their capitals.
  if (/^I\b/.test(text) || /^[A-Z]{2,}/.test(text)) return text;
  return `${text[0]?.toLowerCase() ?? ""}${text.slice(1)}`;
}

export function firstPerson(text: string): string {
  return text
    .replace(/\bshe\b/gi, "I").replace(/\bhe\b/gi, "I").replace(/\bher\b/gi, "my").replace(/\bhis\b/gi, "my")
    .replace(/\bhers\b/gi, "mine").replace(/\bthe vendor\b/gi, "you").replace(/\bthe caller\b/gi, "you")
    .replace(/\bI is\b/g, "I am").replace(/\bI has\b/g, "I have").replace(/\bI was\b/g, "I was").replace(/\bI does\b/g, "I do");
}
