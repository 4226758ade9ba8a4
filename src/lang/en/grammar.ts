// English grammar the persona needs: a third-person concern becomes first-person questions (or, for a wish or a
// dread, a statement of what matters) in a few wordings.
import type { Grammar } from "../types.js";

const LABEL = /^[^：:，,。.]{1,24}[：:]\s*/;
const AUX = /^(.{1,60}?)\s+(can|could|will|would|should|is|are|was|were|has|have|does|do|did|may|might|must)\s+(.+)$/i;
const WH = /^(how|what|why|when|where|which|who)\b/i;
const DIRECT_WH = /^(?:how|what|why|when|where|which|who)\s+(?:(?:much|many|long|often|soon|flexible|fast|big)\s+)?(?:is|are|was|were|do|does|did|can|could|will|would|should)\b/i;
/** An -ing word that starts an action ("Paying for", "Being cut off"), not a noun ("Parking costs"). */
const GERUND = /^(?:not\s+)?[a-z]+ing\s+(?:for|to|into|on|in|off|out|up|over|about|with|from|at|by|the|a|an|my|your|our|their|it|them|me|him|her|this|that|all|any|more|less|being|cut|hit|put|left|told|kept|sent|paid|\w+ed|\w+en)\b/i;
const FEARED = /^(?:being|paying|having to|losing|wasting|missing|repeating|getting (?:cut|charged|stuck|billed|hit|overcharged))\b/i;

const FEELING = /^(?:(?:a|an|the|my|some)\s+)?(?:distrust|mistrust|fear|worry|worries|anxiety|frustration|anger|suspicion|dislike|impatience|embarrassment|pride)\b/i;

/** "worried about the side effects": asked as "should I be worried about …?". */
const WORRIED = /^(?:(?:i'?m|i am|you'?re|you are|he'?s|she'?s|they'?re)\s+)?(?:(?:a little|a bit|quite|very|slightly|somewhat)\s+)?(?:worried|concerned|anxious|nervous|scared|afraid)\s+(?:about|of|that)\s+(.+)$/i;

/** "worried I'll lose my place": a dread written as a clause is voiced as what worries the customer, not asked. */
const WORRIED_CLAUSE = /^(?:(?:i'?m|i am)\s+)?(?:(?:a little|a bit|quite|very|slightly|somewhat)\s+)?(?:worried|concerned|anxious|nervous|scared|afraid)\s+(?!about\b|of\b|that\b)((?:i|i'?ll|i'?d|i'?m|i'?ve|it|it'?ll|it'?s|they|they'?ll|this|the|my|we|we'?ll)\b.+)$/i;

/** A concern written to the persona ("you've had dizzy spells") in its own voice ("I've had …"). */
function ownVoice(text: string): string {
  return text.replace(/\byou'?ve\b/gi, "I've").replace(/\byou'?re\b/gi, "I'm").replace(/\byou are\b/gi, "I am").replace(/\byour\b/gi, "my").replace(/\byou\b/gi, "I");
}

function upperFirst(text: string): string {
  return `${text[0]?.toUpperCase() ?? ""}${text.slice(1)}`;
}

function lowerFirst(text: string): string {
  // "I …" and acronyms keep their capitals.
  if (/^I\b/.test(text) || /^[A-Z]{2,}/.test(text)) return text;
  return `${text[0]?.toLowerCase() ?? ""}${text.slice(1)}`;
}

function firstPerson(text: string, name: string): string {
  const named = name === "" ? text : text.replaceAll(name, "I");
  return named
    .replace(/\bshe\b/gi, "I").replace(/\bhe\b/gi, "I").replace(/\bher\b/gi, "my").replace(/\bhis\b/gi, "my")
    .replace(/\bhers\b/gi, "mine").replace(/\bthe vendor\b/gi, "you").replace(/\bthe caller\b/gi, "you")
    .replace(/\bI is\b/g, "I am").replace(/\bI has\b/g, "I have").replace(/\bI does\b/g, "I do");
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

function wordings(part: string): string[] {
  const clause = part.replace(/[.?!]+$/, "");
  const whether = /^(?:whether|if)\s+(.+)$/i.exec(clause);
  if (whether?.[1] !== undefined) {
    const inverted = invert(whether[1]);
    if (inverted !== null) return [`${inverted}?`, `So ${lowerFirst(inverted)}?`, `And ${lowerFirst(inverted)}, realistically?`];
    return [`Can you tell me whether ${whether[1]}?`, `I'd like to know whether ${whether[1]}.`];
  }
  const wish = /^(?:I\s+)?(?:would|'d) (?:like|love) to\s+(.+)$/i.exec(clause);
  if (wish?.[1] !== undefined) return [`Could I ${wish[1]}?`, `Is there a way to ${wish[1]}?`];
  // A fragment left by the split ("not just …", "or …") is no question of its own.
  if (/^(?:not|or|nor|just|also|too|to)\b/i.test(clause) && !GERUND.test(clause)) return [];
  const dread = WORRIED_CLAUSE.exec(clause);
  if (dread?.[1] !== undefined) return [`I'm a bit worried ${dread[1]}.`, `Honestly, I worry ${dread[1]}.`];
  const worried = WORRIED.exec(clause);
  if (worried?.[1] !== undefined) return [`Should I be worried about ${worried[1]}?`, `Is it normal, ${worried[1]}?`];
  if (DIRECT_WH.test(clause)) return [`${upperFirst(clause)}?`, `And ${lowerFirst(clause)}?`];
  if (WH.test(clause)) return [`Can you tell me ${lowerFirst(clause)}?`, `Walk me through ${lowerFirst(clause)}.`, `I want to understand ${lowerFirst(clause)}.`];
  const that = /^that\s+(.+)$/i.exec(clause);
  if (that?.[1] !== undefined) return [`How can I be sure ${that[1]}?`, `What guarantees that ${that[1]}?`];
  // An action the persona wants or dreads is a concern to voice, not a question ("What about not having to drive?"
  // asks nothing a document answers): said as what matters to the customer.
  if (GERUND.test(clause)) {
    const phrase = lowerFirst(clause);
    if (FEARED.test(clause)) return [`My worry is ${phrase}.`, `I'd hate to end up ${phrase}.`];
    return [`The main thing for me is ${phrase}.`, `For me it's about ${phrase}.`];
  }
  const noun = /^[A-Z][a-z]/.test(clause) && !/^[A-Z][a-z]+[A-Z]/.test(clause) ? lowerFirst(clause) : clause;
  return [`What about ${noun}?`, `What can you tell me about ${noun}?`, `And ${noun}, where do we stand on that?`];
}

export const EN_GRAMMAR: Grammar = {
  firstPerson,
  addressed: (text) => text.replace(/\bmine\b/gi, "yours").replace(/\bmy\b/gi, "your").replace(/\bI'm\b/g, "you're").replace(/\bI\b/g, "you").replace(/\bme\b/gi, "you"),
  echoed: (text) => text.replace(/\byours\b/gi, "mine").replace(/\byour\b/gi, "my").replace(/\byou\b/gi, "me"),
  concernQuestions: (concern) =>
    concern
      .replace(LABEL, "")
      .replace(/[“”"「」]/g, "")
      .replace(/\s*\([^)]*\)/g, "")
      .split(/[;.?]|,\s+(?:and\s+)?|\s+and\s+(?=whether|how|if|what|why)/i)
      .map((part) => firstPerson(ownVoice(part.trim()), ""))
      // "…because my neighbour is driving him" is a reason, not something to ask about.
      .filter((part) => part.split(/\s+/).length >= 2 && !/^(?:because|since|as|so|but|which|who|although|though)\b/i.test(part))
      // "mistrust of banks" is a feeling behind the call, not something a customer asks about.
      .filter((part) => !FEELING.test(part))
      .map(wordings)
      .filter((variants) => variants.length > 0),
  firstClause: (sentence) => (sentence.split(/\s+/).length > 25 ? `${sentence.split(/,\s+/)[0] ?? sentence}.` : sentence),
  lowerFirst: (text) => `${text[0]?.toLowerCase() ?? ""}${text.slice(1)}`,
  isConcept: () => false,
};
