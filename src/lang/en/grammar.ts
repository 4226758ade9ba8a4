// English grammar the persona needs: a third-person concern becomes first-person questions (or, for a wish or a
// dread, a statement of what matters) in a few wordings.
import type { Grammar } from "../types.js";
import { STOPWORDS } from "../../text/stopwords.js";

const LABEL = /^[^：:，,。.]{1,24}[：:]\s*/;
const AUX = /^(.{1,60}?)\s+(can|could|will|would|should|is|are|was|were|has|have|does|do|did|may|might|must)\s+(.+)$/i;
const WH = /^(how|what|why|when|where|which|who)\b/i;
const DIRECT_WH = /^(?:how|what|why|when|where|which|who)\s+(?:(?:much|many|long|often|soon|flexible|fast|big)\s+)?(?:is|are|was|were|do|does|did|can|could|will|would|should)\b/i;
/** An -ing word that starts an action ("Paying for", "Being cut off"), not a noun ("Parking costs"). */
const GERUND = /^(?:not\s+)?[a-z]+ing\s+(?:for|to|into|on|in|off|out|up|over|about|with|from|at|by|the|a|an|my|your|our|their|it|them|me|him|her|this|that|all|any|more|less|being|cut|hit|put|left|told|kept|sent|paid|\w+ed|\w+en)\b/i;
const FEARED = /^(?:being|paying|having to|losing|wasting|missing|repeating|getting (?:cut|charged|stuck|billed|hit|overcharged))\b/i;

/** A persona item labelled as how the customer talks or acts ("Talks: <manner>", "Does: <what they do on the call>"):
 *  directions for whoever plays the part, never something the customer asks about. */
const MANNER_LABEL = /^\s*(?:talks?|speaks?|speech|voice|tone|style|manner|does|acts|behaviou?rs?)\s*[:：]/i;
const FEELING = /^(?:(?:a|an|the|my|some)\s+)?(?:distrust|mistrust|fear|worry|worries|anxiety|frustration|anger|suspicion|dislike|impatience|embarrassment|pride)\b/i;

/** "worried about the side effects": asked as "should I be worried about …?". */
const WORRIED = /^(?:(?:i'?m|i am|you'?re|you are|he'?s|she'?s|they'?re)\s+)?(?:(?:a little|a bit|quite|very|slightly|somewhat)\s+)?(?:worried|concerned|anxious|nervous|scared|afraid)\s+(?:about|of|that)\s+(.+)$/i;

/** "worried I'll lose my place": a dread written as a clause is voiced as what worries the customer, not asked. */
const WORRIED_CLAUSE = /^(?:(?:i'?m|i am)\s+)?(?:(?:a little|a bit|quite|very|slightly|somewhat)\s+)?(?:worried|concerned|anxious|nervous|scared|afraid)\s+(?!about\b|of\b|that\b)((?:i|i'?ll|i'?d|i'?m|i'?ve|it|it'?ll|it'?s|they|they'?ll|this|the|my|we|we'?ll|a|an|there|someone|somebody|our|their|its|these|those)\b.+)$/i;

/** A concern written to the persona ("you've had dizzy spells") in its own voice ("I've had …"). */
function ownVoice(text: string): string {
  return text.replace(/\byou'?ve\b/gi, "I've").replace(/\byou'?re\b/gi, "I'm").replace(/\byou are\b/gi, "I am").replace(/\byour\b/gi, "my").replace(/\byou\b/gi, "I");
}

function upperFirst(text: string): string {
  return `${text[0]?.toUpperCase() ?? ""}${text.slice(1)}`;
}

/** Lower-cases a sentence's first word only when it is a function word or an -ing/-ed form: a name ("Josh", "Ray
 *  Dillard"), "I" and acronyms keep their capitals inside another sentence. */
function lowerFirst(text: string): string {
  const first = /^[A-Za-z']+/.exec(text)?.[0] ?? "";
  const common = STOPWORDS.has(first.toLowerCase()) || /^(?:why|when|where|whether|please|sorry|yes|no|sure|okay|thanks|thank)$/i.test(first) || /^[A-Z][a-z]+(?:ing|ed)$/.test(first);
  if (first === "I" || !common) return text;
  return `${text[0]?.toLowerCase() ?? ""}${text.slice(1)}`;
}

/** Adverbs that may stand between "I" and its verb ("I still owes" → "I still owe"). */
const BETWEEN = "(?:(?:really|just|half|also|still|only|never|always|often|usually|actually|already|even|rather|simply|now)\\s+)?";
/** "I wishes", "she doesn't" made first person: the verb after "I" loses its third-person ending. */
function agreed(text: string): string {
  return text
    // "she's on a pension" → "I'm on a pension"; "she's been told", "she's got two" → "I've …" (has before a participle).
    .replace(new RegExp(`\\bI's (${BETWEEN})(?=(?:been|got|had|gone|done|seen)\\b)`, "g"), "I've $1").replace(/\bI's\b/g, "I'm")
    .replace(new RegExp(`\\bI (${BETWEEN})is\\b`, "g"), "I $1am").replace(new RegExp(`\\bI (${BETWEEN})isn't\\b`, "g"), "I $1am not")
    .replace(new RegExp(`\\bI (${BETWEEN})has\\b`, "g"), "I $1have").replace(new RegExp(`\\bI (${BETWEEN})hasn't\\b`, "g"), "I $1haven't")
    .replace(new RegExp(`\\bI (${BETWEEN})does\\b`, "g"), "I $1do").replace(new RegExp(`\\bI (${BETWEEN})doesn't\\b`, "g"), "I $1don't")
    .replace(new RegExp(`\\bI (${BETWEEN})([a-z]+?)(sses|shes|ches|xes|zes|oes|ies|s)\\b`, "g"), (all, adverb: string, stem: string, ending: string) => {
      const word = `${stem}${ending}`;
      if (NOT_A_VERB.has(word) || (ending === "s" && /[sui]$/.test(stem))) return all;
      const base = ending === "ies" ? `${stem}y` : ending === "s" ? stem : ending === "sses" ? `${stem}ss` : `${stem}${ending.slice(0, -2)}`;
      return `I ${adverb}${base}`;
    });
}

/** Words ending in "s" that follow "I" without being a third-person verb. */
const NOT_A_VERB = new Set(["always", "perhaps", "was", "has", "is", "as", "us", "yes", "plus", "thus", "this", "unless", "less", "across", "besides", "nowadays", "sometimes", "afterwards", "towards", "backwards"]);

function firstPerson(text: string, name: string): string {
  const named = name === "" ? text : text.replaceAll(name, "I");
  const voiced = named
    .replace(/\bshe\b/gi, "I").replace(/\bhe\b/gi, "I").replace(/\bhim\b/gi, "me")
    // "call her back", "with her": the object is "me"; "her account" is "my account".
    .replace(/\bher\b(?=\s*(?:$|[,.;:?!)]|\s(?:and|or|but|if|when|to|for|with|about|at|in|on|again|back|up|down|first|now|today|know|before|after|because|so|that)\b))/gi, "me")
    .replace(/\bher\b/gi, "my").replace(/\bhis\b/gi, "my")
    .replace(/\bhers\b/gi, "mine").replace(/\bthe vendor\b/gi, "you").replace(/\bthe caller\b/gi, "you");
  return agreed(voiced);
}

/** "the seat count can be reduced" → "Can the seat count be reduced"; null when no auxiliary verb leads the clause. */
function invert(clause: string): string | null {
  const match = AUX.exec(clause);
  if (match === null) return null;
  const [, subject = "", aux = "", rest = ""] = match;
  if (subject.split(/\s+/).length > 6 || /\b(?:that|which|who|because|if|when)\b/i.test(subject)) return null;
  const who = subject === "I" ? "I" : lowerFirst(subject);
  // "I still have to sign": "have to" is no auxiliary to put first ("Do I still have to sign").
  if (/^ha(?:ve|s)$/i.test(aux) && /^to\b/i.test(rest)) return `${/^has$/i.test(aux) ? "Does" : "Do"} ${who} have ${rest}`;
  return `${upperFirst(aux.toLowerCase())} ${who} ${rest}`;
}

/** Written forms as a person says them aloud: contractions, "what happens if" → "what if", filler adverbs dropped. */
const SPOKEN: readonly (readonly [RegExp, string])[] = [
  [/\bwhat (?:happens|will happen) (if|when)\b/gi, "what if"],
  [/\bI will\b/g, "I'll"], [/\bwill not\b/gi, "won't"], [/\bcan ?not\b/gi, "can't"], [/\bdo not\b/gi, "don't"],
  [/\bdoes not\b/gi, "doesn't"], [/\bdid not\b/gi, "didn't"], [/\bis not\b/gi, "isn't"], [/\bare not\b/gi, "aren't"],
  [/\bI am\b/g, "I'm"], [/\bit is\b/gi, "it's"], [/\bthere is\b/gi, "there's"], [/\bthat is\b/gi, "that's"],
  [/\ba lot of\b/gi, "lots of"], [/\bin order to\b/gi, "to"], [/\bwhether or not\b/gi, "whether"],
  [/\bha(?:ve|s) to\b/gi, "need to"], [/\s+(?:really|actually|fully|quite|very|simply|properly|completely)\b/gi, ""],
];
/** Where a long clause's head ends: the next part is an addition the customer may leave for later. */
const HEAD_END = /\s+(?:and|or|but|before|after|because|so|since|until|unless|while|without|which|who)\s+/i;
/** A prepositional phrase at a clause's end (the circumstance, not the thing): "over winter", "on the flat". */
const TRAILING_ADJUNCT = /\s+(?:on|in|at|over|by|with|during|from|around|near|after|before)\s+(?:the\s+|a\s+|my\s+|this\s+|next\s+|last\s+)?[a-z0-9'-]+(?:\s+[a-z0-9'-]+)?$/gi;
/** A clause of more words than this may be said without its trailing circumstance. */
const SHORT_CLAUSE_WORDS = 5;
/** A clause longer than this is said by its head only, when it reads the persona out otherwise. */
const LONG_CLAUSE_WORDS = 7;

/** Other ways the customer may say a clause of its persona: spoken forms, without a leading article, its head. */
function retold(clause: string): string[] {
  const out: string[] = [];
  const spoken = SPOKEN.reduce((text, [form, said]) => text.replace(form, said), clause);
  if (spoken !== clause) out.push(spoken);
  const bare = spoken.replace(/^(?:the|a|an)\s+/i, "");
  if (bare !== spoken && bare.split(/\s+/).length >= 2) out.push(bare);
  const words = spoken.split(/\s+/);
  const cut = words.length > LONG_CLAUSE_WORDS ? HEAD_END.exec(spoken) : null;
  if (cut !== null && spoken.slice(0, cut.index).split(/\s+/).length >= 3) out.push(spoken.slice(0, cut.index));
  // "the pump fails over winter": the customer names the thing and leaves the circumstance to the context.
  const adjunct = words.length > SHORT_CLAUSE_WORDS ? [...spoken.matchAll(TRAILING_ADJUNCT)].at(-1) : undefined;
  if (adjunct?.index !== undefined && spoken.slice(0, adjunct.index).split(/\s+/).length >= 3) out.push(spoken.slice(0, adjunct.index));
  return out;
}

/** "what happens if X": asked with its condition first ("If X, what happens?"). */
const CONDITION_LAST = /^((?:how|what|why|when|where|which|who)\b.+?)\s+(if|when|once|before|after|until|unless)\s+(.{6,})$/i;

/** "the company will try to sell": a dread said as "what if the company tries to sell" (a plural subject keeps the verb). */
function willSaidNow(clause: string): string {
  const m = /^((?:the|a|an|my|our|this|that|some|someone|somebody)\b[^,]{0,40}?)\s+will\s+([a-z]+)\b(.*)$/i.exec(clause);
  if (m === null) return clause;
  const [, subject = "", verb = "", rest = ""] = m;
  const plural = /[^s]s$/i.test(subject.split(/\s+/).at(-1) ?? "");
  const said = plural ? verb : verb === "have" ? "has" : /(?:s|sh|ch|x|z|o)$/.test(verb) ? `${verb}es` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`;
  return `${subject} ${said}${rest}`;
}

/** "I'll lose my place": a dread said as "what if I lose my place?". */
const WILL = /\b(I|we|they|you)'ll\b|\bwill be\b/gi;

function wordings(part: string): string[] {
  const clause = part.replace(/[.?!]+$/, "");
  const told = retold(clause).flatMap(plainWordings);
  return [...plainWordings(clause), ...told.filter((w, i) => told.indexOf(w) === i)];
}

function plainWordings(clause: string): string[] {
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
  if (dread?.[1] !== undefined) {
    const feared = willSaidNow(dread[1].replace(WILL, (will, who: string | undefined) => (who !== undefined ? who : "is")));
    return [`I'm a bit worried ${dread[1]}.`, `Honestly, I worry ${dread[1]}.`, ...(feared !== dread[1] ? [`What if ${feared}?`] : [])];
  }
  const worried = WORRIED.exec(clause);
  if (worried?.[1] !== undefined) return [`Should I be worried about ${worried[1]}?`, `Is it normal, ${worried[1]}?`];
  if (/^what if\b/i.test(clause)) return [`${upperFirst(clause)}?`, `And ${lowerFirst(clause)}?`];
  if (DIRECT_WH.test(clause)) return [`${upperFirst(clause)}?`, `And ${lowerFirst(clause)}?`];
  if (WH.test(clause)) {
    const cond = CONDITION_LAST.exec(clause);
    const fronted = cond === null ? [] : [`${upperFirst((cond[2] ?? "").toLowerCase())} ${cond[3] ?? ""}, ${lowerFirst(cond[1] ?? "")}?`];
    return [`Can you tell me ${lowerFirst(clause)}?`, `Walk me through ${lowerFirst(clause)}.`, `I want to understand ${lowerFirst(clause)}.`, ...fronted];
  }
  const that = /^that\s+(.+)$/i.exec(clause);
  if (that?.[1] !== undefined) {
    // "that the parcel might get lost": something dreaded, voiced as a worry, not asked to be guaranteed.
    if (/\b(?:might|may|could|will)\b/i.test(that[1])) return [`I'm a bit worried ${that[1]}.`, `Honestly, I worry ${that[1]}.`];
    return [`How can I be sure ${that[1]}?`, `What guarantees that ${that[1]}?`];
  }
  // An action the persona wants or dreads is a concern to voice, not a question ("What about not having to drive?"
  // asks nothing a document answers): said as what matters to the customer.
  if (GERUND.test(clause)) {
    const phrase = lowerFirst(clause);
    const wanted = wantedAct(clause);
    if (FEARED.test(clause)) return [`My worry is ${phrase}.`, `I'd hate to end up ${phrase}.`, ...(wanted === null ? [] : [`I don't want to ${wanted.act}.`])];
    return [`The main thing for me is ${phrase}.`, `For me it's about ${phrase}.`, ...(wanted === null ? [] : [`I${wanted.not ? " don't" : ""} want to ${wanted.act}.`])];
  }
  // "was the second visit necessary": already a question.
  if (ASKS.test(clause)) return [`${upperFirst(clause)}?`, `And ${lowerFirst(clause)}?`];
  // "the bill changed and I want to know how": the statement, then the question it ends in.
  const knowing = WANTS_TO_KNOW.exec(clause);
  if (knowing?.[1] !== undefined && knowing[2] !== undefined) {
    const asked = `${upperFirst(knowing[2])}${knowing[3] ?? ""}?`;
    return [`${upperFirst(knowing[1])} — ${lowerFirst(asked)}`, `So ${lowerFirst(knowing[1])} — ${lowerFirst(asked)}`];
  }
  // A clause with its own verb ("the new form looks confusing", "I never got the letter") is said as it is, then
  // asked about; a bare topic ("the waiting list") is asked about in a frame.
  // One sentence: the words that say what it is about stay in the question.
  if (FINITE.test(clause)) return [`${upperFirst(clause)} — what can you tell me about that?`, `${upperFirst(clause)} — where does that leave me?`];
  const noun = lowerFirst(clause);
  return [`What about ${noun}?`, `What can you tell me about ${noun}?`, `And ${noun}, where do we stand on that?`];
}

/** The base form of an -ing word, or null where its spelling leaves it unsure ("wasting": wast or waste?). */
function baseVerb(ing: string): string | null {
  const stem = ing.toLowerCase().replace(/ing$/, "");
  if (stem === ing.toLowerCase() || stem.length < 2) return null;
  if (/([b-df-hj-kmnp-rtv-xz])\1$/.test(stem)) return stem.slice(0, -1);
  if (/^(?:[b-df-hj-np-tv-z]?[aeiou][b-df-hj-np-tv-z])$/.test(stem) && !/[wxy]$/.test(stem)) return `${stem}e`;
  if (/(?:[aeiou]y|[aeiou][aeiou][b-df-hj-np-tv-z]|ss|sh|ch|ck|nd|nt|rt|rk|ng|lp|pt|ct|ft|rn|wn|ll|ew|aw|ow|[aeiou]r)$/.test(stem) || stem === "be") return stem;
  return null;
}

/** "(not) paying for months I can't use" said as the act wanted ("pay for months I can't use"), or null. */
function wantedAct(clause: string): { act: string; not: boolean } | null {
  const m = /^(not\s+)?([a-z]+ing)\s+(.+)$/i.exec(clause);
  const base = m?.[2] === undefined ? null : baseVerb(m[2]);
  if (m === null || base === null) return null;
  return { act: `${base} ${m[3] ?? ""}`.trim(), not: m[1] !== undefined || FEARED.test(clause) };
}

/** A clause that opens with an auxiliary verb asks already ("is it ready", "can Maria sign"). */
const ASKS = /^(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|had)\s+\S+\s+\S+/i;
/** "…, and I want to know why": the statement (1) and the question word (2) with the rest (3). */
const WANTS_TO_KNOW = /^(.+?)\s*,?\s+and\s+I\s+(?:want|need|would like|'d like)\s+to\s+(?:know|understand|find out)\s+(why|how|what|when|where|who|whether|if)\b(.*)$/i;
/** A verb that makes a clause a statement of its own (a past form, a present "-s" after its subject, a modal). */
const FINITE = /^(?:I|we|they|it|you)(?:'(?:m|ve|d|ll|re))?\s+\w+|\s(?:is|are|was|were|has|have|had|did|does|do|can|could|will|would|should|won't|can't|isn't|aren't|wasn't|doesn't|didn't|put|got|went|came|said|told|sounds|seems|looks|feels|needs|wants|costs|takes|keeps|goes|broke|left|found|thought|knew)\b|(?<!\b(?:the|a|an|my|your|our|their|its|this|that|these|those|and|or)\s)\b\w{3,}ed\b(?!\s+(?:by|to|for)\b)/;
/** A concern that opens with the persona's own verb, its subject left out ("doesn't want to wait all week"). */
const LEADING_VERB = /^(?:doesn't|does not|don't|do not|isn't|is not|can't|cannot|won't|wants|needs|hopes|expects|prefers|thinks|feels|fears|dislikes|hates|likes|suspects|doubts|wonders|plans|intends|worries|would rather|would prefer|has to|had to)\b/i;
const SAME_SUBJECT: Record<string, string> = { "doesn't": "don't", "does not": "do not", "isn't": "am not", "hasn't": "haven't" };
/** Labels before a concern ("Main:", "Also:", "Underneath —"): how the document ranks it, never the customer's words. */
const PART_LABEL = /^[\s:：]*(?:[A-Za-z][A-Za-z ]{0,20}?\s*(?:[:：]|\s[—–]\s|,\s+(?=whether|that|what|how|why|the|a|an|my|I)))\s*/;

/** A concern's clause in the customer's own voice: labels off, the persona made first person, a left-out subject put in. */
function ownClause(part: string): string {
  let clause = part.trim();
  for (let i = 0; i < 2 && PART_LABEL.test(clause); i++) clause = clause.replace(PART_LABEL, "");
  const voiced = firstPerson(ownVoice(clause), "");
  // "Doesn't want to pay twice" opens the list with a capital: the verb after the "I" put in is lower case, so it agrees.
  const subject = LEADING_VERB.test(voiced) ? agreed(`I ${voiced.replace(LEADING_VERB, (verb) => verb.toLowerCase())}`) : voiced;
  // "I like the plan but doesn't like the fee": the second verb of the same "I" agrees too.
  return /^I\b/.test(subject) ? subject.replace(/\b(but|and|or)\s+(doesn't|does not|isn't|hasn't)\b/g, (_, conj: string, verb: string) => `${conj} ${SAME_SUBJECT[verb] ?? verb}`) : subject;
}

const PREPOSITION = /^(?:to|at|on|by|for|in|via|with|from)$/i;

/** An answer fitted to the words before its slot: no preposition twice ("refund to [how]" + "by transfer" → "refund by
 *  transfer"), no verb twice ("paid [how]" + "pay them directly" → "paid them directly"), and an answer that repeats
 *  the word before the slot keeps only what follows it ("visit [when]" + "book the visit for 10 am" → "visit for 10 am"). */
function fitSlot(before: string, value: string): { before: string; value: string } {
  const last = /([A-Za-z']+)\s*$/.exec(before)?.[1] ?? "";
  const words = value.trim().split(/\s+/);
  const first = words[0] ?? "";
  if (PREPOSITION.test(last) && PREPOSITION.test(first)) return { before: before.replace(/[A-Za-z']+\s*$/, ""), value };
  const repeated = words.findIndex((w) => last.length >= 4 && w.toLowerCase() === last.toLowerCase());
  if (repeated >= 0 && repeated < words.length - 1) return { before, value: words.slice(repeated + 1).join(" ") };
  const verb = first.toLowerCase();
  const done = last.toLowerCase();
  const sameVerb = done === `${verb}ed` || done === `${verb}d` || PARTICIPLES[verb] === done;
  return sameVerb && words.length > 1 ? { before, value: words.slice(1).join(" ") } : { before, value };
}

/** Past participles of common irregular verbs a summary writes before a slot ("paid", "sent", "kept"). */
const PARTICIPLES: Readonly<Record<string, string>> = { pay: "paid", send: "sent", give: "given", take: "taken", make: "made", put: "put", keep: "kept", leave: "left", hold: "held", bring: "brought", buy: "bought", sell: "sold", get: "got", set: "set", do: "done" };

const LISTENER_VERB: Readonly<Record<string, string>> = { is: "are", was: "were", has: "have", does: "do" };

const SUBORDINATE = /^(?:if|when|whenever|once|because|although|though|while|as|since|unless|after|before|until|provided|in case)\b/i;

export const EN_GRAMMAR: Grammar = {
  firstPerson,
  addressed: (text) => text.replace(/\bmine\b/gi, "yours").replace(/\bmy\b/gi, "your").replace(/\bI'm\b/g, "you're").replace(/\bI\b/g, "you").replace(/\bme\b/gi, "you"),
  echoed: (text) => text.replace(/\byours\b/gi, "mine").replace(/\byour\b/gi, "my").replace(/\byou\b/gi, "me"),
  concernQuestions: (concern) =>
    (MANNER_LABEL.test(concern) ? "" : concern)
      .replace(LABEL, "")
      .replace(/[“”"「」]/g, "")
      .replace(/\s*\([^)]*\)/g, "")
      .split(/;|\.(?!\d)|\?|,\s+(?:and\s+)?(?!I want|I need|I'd like)|\s+and\s+(?=whether|how|if|what|why)/i)
      .map(ownClause)
      // "…because my neighbour is driving him" is a reason, not something to ask about.
      .filter((part) => part.split(/\s+/).length >= 2 && !/^(?:because|since|as|so|but|which|who|although|though)\b/i.test(part))
      // "mistrust of banks" is a feeling behind the call, not something a customer asks about.
      .filter((part) => !FEELING.test(part))
      .map(wordings)
      .filter((variants) => variants.length > 0),
  // "If the form arrives late, we still …": a clause that only sets a condition keeps the clause it conditions.
  firstClause: (sentence) => {
    if (sentence.split(/\s+/).length <= 25) return sentence;
    const [first = sentence, second] = sentence.split(/,\s+/);
    return `${SUBORDINATE.test(first) && second !== undefined ? `${first}, ${second}` : first}.`;
  },
  lowerFirst,
  toListener: (text) =>
    text
      .replace(/\b(?:the|this) (?:customer|client|caller's customer)'s\b/gi, "your")
      .replace(/\b(?:the|this) (?:customer|client) (is|was|has|does)\b/gi, (_, verb: string) => `you ${LISTENER_VERB[verb.toLowerCase()] ?? verb}`)
      .replace(/\b(?:the|this) (?:customer|client) ([a-z]+?[^s'])s\b/gi, "you $1")
      .replace(/\b(?:the|this) (?:customer|client)\b/gi, "you"),
  isConcept: () => false,
  fitSlot,
};
