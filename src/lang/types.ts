// The LanguagePack: every cue word, phrase, pattern and line template the seats use, for one language, behind
// one typed interface. A pack missing an entry does not compile; seat logic reads the pack and never the language.
import type { Language } from "../schema/index.js";

/** What the customer's utterance does (the stable ids of the labelled utterance set). */
export const ACTS = [
  "confirm-identity", "deny-identity", "other-person", "asks-who", "suspects-scam", "question", "complaint",
  "suggestion", "busy", "wants-writing", "gives-contact", "agree", "refuse", "pick-option", "rating", "cant-hear",
  "repeat", "supervisor", "hostile", "injection", "goodbye", "other",
] as const;
export type Act = (typeof ACTS)[number];

/** Low-level cues a line of speech carries (several may hold at once). */
export type Cue =
  | "yes" | "deny" | "busy" | "written" | "bye" | "refuse" | "cancel" | "question" | "complaint" | "suggestion"
  | "escalate" | "hurry" | "hold" | "thanks" | "pushback" | "worry";
export const CUES: readonly Cue[] = ["yes", "deny", "busy", "written", "bye", "refuse", "cancel", "question", "complaint", "suggestion", "escalate", "hurry", "hold", "thanks", "pushback", "worry"];

/** What an end condition or a closing line is about. */
export type EndClass =
  | "identity" | "busy" | "written" | "done" | "suggestion" | "refuse" | "cancel" | "escalate" | "hostile"
  | "misconduct" | "interrupted" | "novalue" | "fraud" | "alternative" | "defer" | "urgent" | "hearing" | "relative";
export const END_CLASSES: readonly EndClass[] = ["relative", "identity", "busy", "written", "done", "suggestion", "refuse", "cancel", "escalate", "hostile", "misconduct", "interrupted", "novalue", "fraud", "alternative", "defer", "urgent", "hearing"];

export type Channel = "email" | "sms" | "phone" | "app" | "other";

/** A template: `{name}` slots are filled by fill(). */
export type Template = string;

export interface SpeechMeasure {
  /** Size of a line for turn budgets (zh: characters without spaces, en: words). */
  size(text: string): number;
  /** Speaking units of a line (zh: characters, en: words). */
  units(text: string): number;
  unitsPerSecond: number;
  /** Ends a sentence that lacks an end mark. */
  fullStop: string;
  /** The mark a spoken question ends with. */
  questionMark: string;
  /** Joins two spoken pieces ("" between Chinese sentences, " " between English ones). */
  joiner: string;
  /** Between items said in a row ("A, B", "A，B"). */
  listJoiner: string;
  /** A line of this many units or more is long (the customer may cut in). */
  longTurnUnits: number;
  /** What one caller turn may say: short joins freely; long only to unstall the script. */
  turnBudget: { short: number; long: number };
  /** An unpunctuated piece shorter than this, next to real sentences, is a quoted label, not a line. */
  labelUnits: number;
  /** A piece of text long enough to be said (not a label). */
  minLineUnits: number;
  /** Where one spoken clause ends and the next begins (ASR Chinese separates clauses by spaces; English words). */
  clauseBreak: RegExp;
  /** A line's speaking units in order, lower-cased, person words made one ("我"/"她", "my"/"her"): runs of them are
   *  compared with the persona's own description. */
  unitsOf(text: string): string[];
  /** The longest run of units of its own description a customer says as written (a thing's name, not a clause). */
  ownRunMax: number;
}

/** Concept classes: an id and the generic words that mean it (matched on a lower-cased question or entry). */
export type Concepts = readonly (readonly [string, RegExp])[];
/** Everyday service ideas a customer and a document may word differently ("how much" / "fee"; "退钱" / "退款"). */
export type LexiconConcept =
  | "price" | "free" | "refund" | "deposit" | "discount" | "payMethod" | "instalment" | "receipt" | "when"
  | "duration" | "delay" | "reschedule" | "cancel" | "book" | "warranty" | "repair" | "damage" | "replace"
  | "giveBack" | "deliver" | "collect" | "visit" | "place" | "access" | "parking" | "fire" | "presence" | "contact" | "writing" | "result"
  | "check" | "install" | "safety" | "health" | "medicine" | "child" | "family" | "pet" | "noise" | "clean"
  | "weather" | "options" | "contract" | "expire" | "change" | "transfer" | "privacy" | "compensation" | "insurance"
  | "staff" | "proof" | "prepare" | "next" | "speed" | "food" | "exercise" | "size" | "quantity" | "online"
  | "utility" | "keep" | "effect" | "eligibility" | "trust" | "media" | "travel" | "penalty" | "increase"
  | "recurrence" | "reason" | "feedback" | "hours" | "device" | "usage" | "lost" | "pause" | "resume" | "start"
  | "finish" | "trial";
/** Per language: the words and phrases of each idea, and how one of them is found in a lower-cased text. */
export interface Lexicon {
  groups: Record<LexiconConcept, readonly string[]>;
  /** A pattern source finding the entry with its inflections (and word edges where the language has them). */
  phrase(entry: string): string;
}
/** What kind of answer a question wants, and whether a text holds that kind of answer. */
export type AnswerType = "money" | "date" | "duration" | "count" | "person" | "place";
/** `holds` reads a lower-cased text, `holdsCased` (where case tells, as a capitalised name does) the text as written. */
export type AnswerTypes = Record<AnswerType, { asks: RegExp; holds: RegExp; holdsCased?: RegExp }>;

/** Patterns that read the customer's words. */
export interface HearingCues {
  cues: Record<Cue, RegExp>;
  acts: Record<Exclude<Act, "question" | "other">, RegExp>;
  /** Words that accept one of the offered options, read only right after a choice or time question. */
  choiceAccept: RegExp;
  /** "did you hear me?": the line is about hearing, not a question to answer. */
  channel: Record<Exclude<Channel, "other">, RegExp>;
  /** A line that is a question in form. */
  questionForm: RegExp;
  /** A question asked as a tag on a statement ("…, right?", "…是吧"): it asks to confirm what the statement says. */
  confirmTag: RegExp;
  /** The acceptance words after an option or a time ("周末上午都行" → "周末上午", "Tuesday works" → "Tuesday"). */
  answerTail: RegExp;
  /** A polite request in question form ("could you …", "麻烦你…"): what it asks for is the act, not a question. */
  request: RegExp;
  /** A line that opens by agreeing ("fine, …", "行，…"): what follows is how, not a new act. */
  agreeLead: RegExp;
  /** Leaving the choice to the caller ("whichever suits you", "你们安排就行"): agrees to any option, picks none. */
  delegates: RegExp;
  /** Someone answering for the customer offers to pass word on ("shall I give her a message?", "要我帮你带话吗"). */
  offersMessage: RegExp;
  /** Telling the caller to go first ("you first", "你先说你是谁"): a datum asked for is held back until then. */
  youFirst: RegExp;
  /** A prompt to go on ("What else?", "然后呢？"): asks for the next point, not for an answer. */
  goOnPrompt: RegExp;
  /** "is one of them better?" / "哪个好？": the customer asks the caller to choose between the options offered. */
  asksWhichOption: RegExp;
  /** A question starting with an interrogative (a real ask, not an echo). */
  interrogativeStart: RegExp;
  /** A conditional ("what if…", "万一…"): a question about it is asked, not complained; a clause opening with it
   *  names no option. */
  hypothetical: RegExp;
  /** An exclamation in question words ("What a season!"): it asks nothing. */
  exclamation: RegExp;
  /** Colloquial or ASR wordings rewritten to the document's register before matching a question. */
  synonyms: readonly (readonly [RegExp, string | ((match: string) => string)])[];
  /** Generic synonym classes used when matching a question to the document's entries. */
  concepts: Concepts;
  /** The everyday-word lexicon, matched alongside the concept classes. */
  lexicon: Lexicon;
  answerTypes: AnswerTypes;
  /** Filler frames ("I want to know", "请问") dropped before matching a question. */
  questionFrame: RegExp;
  /** Question words and particles ("什么", "能不能", "吗"): dropped before character pairs are taken, since they
   *  pair with every topic. */
  questionWords: RegExp;
  /** Everyday words that name no topic ("get", "thing", "anyway", "东西", "一下"): a question sharing only these
   *  with an entry has not said what it is about, so they weigh little when a question is matched. */
  lightWords: readonly string[];
  /** Single characters that say nothing of a topic alone ("是", "有", "要"; empty where a language is not written in
   *  characters): every other character of a question is also matched alone, since a spoken paraphrase often keeps
   *  one character of the document's word ("烟" of "抽烟", "保" of "质保") and no pair. */
  lightChars: string;
  /** The words that ask for a kind of answer ("when", "how much", "几点", "多久"; global): the form of a question,
   *  not its topic. They are read for the kind of answer wanted and dropped from the terms a question is matched on. */
  askWords: RegExp;
  /** The customer asks to be reminded of something ("remind me…", "…来着"): what the caller's record or script
   *  already holds, rarely a knowledge-base entry. */
  asksRecall: RegExp;
  /** The customer asks the caller to say again what it just said (a time or a sum asked "again", "你刚说…"): the
   *  step the caller's previous line delivered answers, whatever else shares the question's words. */
  asksSaidAgain: RegExp;
  /** The customer asks what the call is about ("啥事", "why are you ringing"): the step just said answers. */
  asksPurpose: RegExp;
  /** Words of a caller's greeting, self-introduction and identity question ("hello", "this is … from", "could I
   *  speak to", "您好", "请问是"), global: what a script line holds beyond them and the names says what the call is about. */
  callerFraming: RegExp;
  /** The customer asks about its own record ("what did I pay again", "我那个…来着"): a profile fact may answer. */
  asksOwnRecord: RegExp;
  /** The customer wants a figure / a document. */
  asksFigure: RegExp;
  asksDocument: RegExp;
  hasDocument: RegExp;
  requestsSomething: RegExp;
  /** Kinds of question (why / when / how much / how / can / yes-no): index-aligned across packs. */
  questionKinds: readonly [RegExp, RegExp, RegExp, RegExp, RegExp, RegExp];
  asksDefinition: RegExp;
  defines: RegExp;
  salesWorry: RegExp;
  scamWorry: RegExp;
  /** "Are you really from …?", "怎么证明你是…": doubt that the caller is who it says, answered by saying who is calling. */
  doubtsCaller: RegExp;
  /** "What does that mean?", "什么意思？": a question about what the caller just said, answered from that line. */
  refersBack: RegExp;
  /** "养护期是什么意思", "what does 'curing' mean?": what a named word means (a question, never "say it again"). */
  meaningTerm: RegExp;
  /** Two figures joined as a range ("N to M", "N元到M元"): group 1 the low end, group 2 the high one. */
  figureRange: RegExp;
  /** Short echo ("50块？"): how many units an echoed word has at most. */
  echoUnits: number;
  /** A sentence of the caller's brief that tells the caller what to do or not to say ("Do not quote…", "If she
   *  asks about X, say…", "不许报价：…"): a rule of the call, never a fact to read out as an answer. */
  directive: RegExp;
  /** Where a question in several parts splits ("X, and also Y?", "X、Y", "X，还有Y"). */
  partBreak: RegExp;
  /** A line that gives data: digits, a spelled number, a date ("february seventeenth", "八八四二"). */
  givesData: RegExp;
  /** Asked for a datum, a reply that does not have it to hand: a wait while it is fetched, or it is elsewhere or
   *  forgotten ("hang on, it's on an email somewhere", "我不记得了"). It gives none. */
  notAtHand: RegExp;
  /** A caller line proposing something the customer can say yes to ("Shall I book it?", "这样可以吗？"). */
  proposal: RegExp;
  /** A caller's line that checks a detail with a yes/no question anywhere in it ("…, still right?", "没变吧？"); its
   *  first group, when it has one, is the word asked about ("装好了吗" → "装好"), which a reply may echo to say yes. */
  checkAsked: RegExp;
  /** A line opening by affirming a checked detail ("correct", "spot on", "that's right"): agrees with the check. */
  affirmLead: RegExp;
  /** A question offering another time or way than the ones put ("can you do the week after", "下礼拜可以吗"): after
   *  turning the offer down, the line asks, and the question is its main act. */
  counterOffer: RegExp;
  /** "Just tell me": the customer waves a request off to hear what the call is about. */
  brushOff: RegExp;
  /** A word of the caller's line echoed to ask who is calling ("什么磐禾", "Harlow and who?"): group 1 or 2. */
  echoedName: RegExp;
  /** Someone naming their own role in the customer's affairs ("I'm the site manager", "我是监理"): group 1, a role the
   *  caller did not ask for. */
  namesRole: RegExp;
  /** A line opening by declining ("no, …", "不用了…"): after a proposal, a refusal whatever follows. */
  declineLead: RegExp;
  /** A negation and the word it negates (group 1: "won't bother with the X" → X, "不打" → 打): global. */
  negated: RegExp;
  /** A line opening with a suggestion ("I suggest", "you should", "我建议"). */
  suggestionLead: RegExp;
  /** Rating words and numerals ("very satisfied", "五分"). */
  ratingValue: RegExp;
  /** A line that opens with a bare score ("four he was late", "三 师傅迟到了"): read as a rating only when one was asked. */
  ratingLead: RegExp;
  /** A statement recounting a past occasion that fell short (an occasion word, a shortfall word): a complaint
   *  whatever its other words, unless the speaker says it was fine. */
  pastGrievance: { occasion: RegExp; shortfall: RegExp; content: RegExp };
  /** "Odo's at work": someone named, away (case-sensitive, so "school's out" is not a person). */
  namedAway: RegExp;
  /** Relative / colleague named by the person answering ("I'm his wife"). */
  relation: RegExp;
}

/** The kinds of data a caller may verify identity with; one generic named rule each in every pack. */
export type VerifyKindName = "lastDigits" | "birthYear" | "birthDate" | "postcode" | "address" | "reference" | "place" | "email" | "plate";

/** One kind of verification data: how a caller line asks for it, how a side's own text names it, its shape. */
export interface VerifyKind {
  name: VerifyKindName;
  /** A caller sentence asking for this kind (for lastDigits, group 1 is the count: "4", "four", "四"). */
  asked: RegExp;
  /** Words in a profile or persona line that name the item ("birth date", "尾号"); its value follows. */
  label: RegExp;
  /** A value of the right shape (global flag: every match is read). */
  shape: RegExp;
  /** A value recognisable with no label before it (a house number and a street name in a profile line), or null when the shape
   *  alone says too little (any four digits). */
  bare: RegExp | null;
  /** How the customer says a value it has to make up: "#" a digit, "{year}", "{month}", "{monthName}", "{day}". */
  form: Template;
  /** The item as the caller names it when it says what it checks ("地址", "your birth date"). */
  said: string;
  /** False where a customer who does not hold the item cannot make one up (a place name): it says it does not know. */
  inventable?: boolean;
}

/** Patterns that read the document (end conditions, instructions, promises, persona text). */
export interface DocumentCues {
  endClasses: Record<EndClass, RegExp>;
  /** A question-and-answer pair written inline ("Q: … A: …"), for documents whose knowledge base is prose. */
  qaPair: RegExp;
  /** A line holding a question, a dash and its answer ("A1. Can I park there? — Yes, behind the hall."), global and
   *  multiline: capture 1 the question, 2 the answer. Read where the document has no knowledge base and no Q:/A: pairs. */
  /** A question and its answer on one line with nothing between them but a space ("Can I pay by phone? No, …"):
   *  read as the knowledge base only where most lines of a section are written so (group 1 the question, 2 the answer). */
  qaBare: RegExp;
  qaLine: RegExp;
  /** The instruction a step title opens with ("Ask about…", "确认…"): what the caller does, not what the step is about. */
  titleVerb: RegExp;
  /** Instruction lines in a script ("If the customer denies: …"). */
  instruction: readonly RegExp[];
  /** A step branch read as an answer (branch-answer.ts): the word joining its situation to what to do ("/ then:"),
   *  a clause that is only the caller's own chore ("note it", "use ending X"), and a request to pass on ("ask them
   *  to …") with what it is said as ("please …"). */
  branchAnswer: { then: RegExp; chore: RegExp; askThem: RegExp; please: string; askFor: RegExp };
  /** Stage notes inside a sample line ("(pause)"). */
  stageNote: RegExp;
  /** A record line's key that marks a note to the caller ("Note:", "备注："): its value may be said, the key never. */
  noteKey: RegExp;
  /** A record line's key that says how the caller checks who answered ("verify with", "身份核对"): the line is never
   *  said. Only a key that is about the check itself, not one that merely holds the word ("last check", "security deposit"). */
  verifyKey: RegExp;
  /** The label an answer is written after ("A:", "答复："), never said. */
  answerLabel: RegExp;
  /** A step line that only tells the caller to close with the document's closing line ("Use the closing line that
   *  fits how the call ended"): the call closes there, the words are never said. */
  closeInstruction: RegExp;
  /** Words quoted in a line (a cake's inscription, a label's text): mentioned, never asked for (global). */
  quoted: RegExp;
  /** A span of days ("Tuesday to Saturday", "周二到周六"): open hours, not a list of times to pick from. */
  daySpan: RegExp;
  /** A value taken back and said again ("the third… no, the fourth", "不对，是…"): the later one holds. */
  selfCorrection: RegExp;
  /** A quoted span of any length in double quote marks: a line to say, such as the closing an end condition quotes (global). */
  quotedLine: RegExp;
  /** A line that asks something of the customer. */
  request: RegExp;
  /** A step that waits for an answer: a rating, a choice, a time. */
  asksRating: RegExp;
  asksChoice: RegExp;
  asksTime: RegExp;
  /** A time or date as said in an answer or an offer ("11 月 12 日", "周四下午", "Tuesday morning", "the 12th") (global). */
  timePhrase: RegExp;
  /** A stretch of clock time a script states (a clock time, or two joined by "到" / "to"): what a closing's
   *  time slot holds when the caller itself told the time and nobody chose one. */
  clockSpan: RegExp;
  /** Separates the options a choice question offers ("A or B"). */
  optionSeparator: RegExp;
  /** A sentence that offers alternatives ("… or …", "…还是…"): where a choice's options are. */
  offersAlternative: RegExp;
  /** A persona's clause that wants a thing it names ("would rather have the morning", "更想约下午"). */
  prefersOption: RegExp;
  /** A persona's clause that rules out a thing it names ("Fridays are no good", "周一没空"). */
  rulesOutOption: RegExp;
  /** A rule of the call that gives the very words for a situation ("客户要求减免时说“…”", "If she asks to pause,
   *  say: "…""): group 1 the situation, group 2 the line to say. */
  saysFor: RegExp;
  /** The marker before each item of an enumerated offer ("一是…；二是…", "first, …; second, …", "1) … 2) …"); two or
   *  more in one sentence list its options (no capturing groups: the offer is split on it). */
  enumeration: RegExp;
  /** A remark after an offered option ("下午都可以", "Friday works"), left off when the customer says the option back. */
  optionRemark: RegExp;
  /** A piece of a split offer that is a clause about the option before it ("A, B or C, which …": the clause after C), not an option. */
  notAnOption: RegExp;
  /** The words before the first option ("would you prefer"), cut off. */
  optionFrame: RegExp;
  /** A line that states what the customer chose, agreed, rated or when (a claim the outcome must back). */
  claimsChoice: RegExp;
  claimsTime: RegExp;
  claimsRating: RegExp;
  /** A caller line asking whether this is the customer, and the words that make it an identity check. */
  identityQuestion: RegExp;
  identityCheck: RegExp;
  asksWho: RegExp;
  asksCode: RegExp;
  /** A request for data that verifies the customer (a birth date, a postcode, the last digits of a number). */
  asksVerification: RegExp;
  /** Words that make a request for data a check of who answered ("核对", "verify"), in its line or its step's title. */
  /** An end condition for a datum that does not match the record ("信息不一致", "a wrong datum"). */
  datumMismatch: RegExp;
  checksData: RegExp;
  /** The kinds of verification data, most specific first (the first whose `asked` matches is the kind asked). */
  verifyKinds: readonly [VerifyKind, ...VerifyKind[]];
  /** Count words of "the last N digits" ("four" → 4); digits are read as numbers. */
  countWords: Readonly<Record<string, number>>;
  /** Month names as said in dates, January first (empty where months are numbers). */
  monthNames: readonly string[];
  /** A persona clause saying the person does not know or remember an item. */
  /** A persona's clause saying it gives an item readily ("from memory", "张口就来"): that item is not held back. */
  givesReadily: RegExp;
  notKnown: RegExp;
  /** A caller line that wraps up ("any other questions?"). */
  wrapUp: RegExp;
  openQuestion: RegExp;
  asksSuggestion: RegExp;
  claim: RegExp;
  noSales: RegExp;
  noSecrets: RegExp;
  mannerOnly: RegExp;
  /** Persona text: an opener line; a phrase heard from the caller before a quote; a "says" before a quote. */
  opener: RegExp;
  /** A behaviour that describes how the persona answers the phone ("Opens guarded: …"): its quotes are openers. */
  pickUp: RegExp;
  heardBefore: RegExp;
  saysBefore: RegExp;
  conceptAfter: RegExp;
  hangsUp: RegExp;
  thanks: RegExp;
  impatient: RegExp;
  holds: RegExp;
  /** Honorifics after a surname ("王先生"). */
  honorific: RegExp;
  /** Words next to a person's name that say a woman or a man (an honorific, a kinship term: "Mrs", "女士", "大爷"). */
  female: RegExp;
  male: RegExp;
  /** Words that mark the persona as a relative or colleague ("his wife", "她丈夫"); someone who answers for "you" is not the persona. */
  relativeRole: RegExp;
  /** Where an end condition's cause ends and the customer's reaction begins ("…, so she hangs up", "…，就挂断"). */
  consequence: RegExp;
  /** An end condition caused by something the caller does ("the caller asks for money, so she hangs up"). */
  callerCause: RegExp;
  /** Someone in the customer's household or office named in the persona text (group 1: the relation). */
  householdMember: RegExp;
  /** The persona says that person often takes the customer's calls. */
  answersForCustomer: RegExp;
  /** What a persona written as prose wants to know or worries about, when it lists no concerns: group `ask` a question
   *  ("wants to know whether …", "想知道能不能…"), group `worry` a fear, said through `worry` ("worried about {worry}"). */
  proseConcern: { pattern: RegExp; worry: Template };
}

export interface CallerLines {
  unknown: readonly [string, ...string[]];
  introduction: { named: Template; plain: Template };
  /** "{organization}的" / " from {organization}": the organisation inside a longer line. */
  fromOrganization: Template;
  acknowledge: Record<"complaint" | "suggestion" | "worry" | "written" | "hold" | "plain" | "urgent" | "hearing" | "repeat" | "rating" | "choice" | "time" | "message", string>;
  bridges: readonly [string, ...string[]];
  /** Reading a choice or a time back ("{choice}": the customer's option in the caller's words). */
  readBack: Template;
  /** "As I said, {first}". */
  recap: Template;
  pointBack: Template;
  /** "What does that mean?" with nothing in the document to explain it: the point of the line said plainly, in
   *  fewer words ("{gist}": its last clause); `lead` is a joining word a clause may open with ("so", "所以"), left off. */
  plainly: { line: Template; lead: RegExp };
  /** A record line "key: value" said as a sentence: "{key}" the key in words, "{value}" what it holds; `on` for a
   *  key that is a date ("On 3 May, …"). */
  recordLine: { about: Template; on: Template };
  confirmContact: Template;
  stepFromTitle: Template;
  closing: Record<EndClass | "default", string>;
  /** The relay message for a relative: names the customer, says nothing about the matter. */
  relay: Template;
  relayNoName: Template;
  /** The same two when the document names neither the caller nor the organisation: no "this is …" clause. */
  relayNoSpeaker: Template;
  relayNoNameNoSpeaker: Template;
  wrongNumber: Template;
  /** Before identity is confirmed, a question about the matter gets this. */
  identityFirst: Template;
  /** The bare goodbye after a closing the document wrote without one, and the words that already say it. */
  goodbye: string;
  saysGoodbye: RegExp;
  /** An in-role answer to a line that tries to make the caller drop its role. */
  injection: readonly [string, ...string[]];
  whoIsCalling: Template;
  scamReassure: string;
  salesReassure: string;
  /** Asking once more for the verification data before any detail. */
  verifyAgain: Template;
  /** The other datum a step's branch has the caller ask for when the first cannot be given ("No problem. Could you
   *  give me {what} instead?"). */
  askInstead: Template;
  /** Said once the verification data given matches the record, before the call goes on. */
  verified: string;
  /** Said before a request for verification data that does not name what it checks ("{kind}": the kind's `said`). */
  verifyLead: Template;
  /** The data given does not match the record: asked once more, nothing specific said. */
  verifyMismatch: Template;
  /** A step's quoted options asked as a choice ({options}: the options joined by optionList, the last by optionOr). */
  offerOptions: Template;
  optionList: string;
  optionOr: string;
  /** "is one of them better?": the options said again, side by side, the choice left to the customer ({options}); no pick. */
  yourChoice: Template;
  /** Said with options laid out again: each may suit, the customer's priorities decide (no pick). */
  bothFit: string;
  /** Re-asking a step's question once when the answer did not come. */
  reask: Template;
  supervisor: string;
  sorryHostile: string;
  honestFigure: string;
  inRoleDeflection: string;
  /** How the model seats are told which language to speak. */
  modelLanguageName: string;
}

export interface CalleeLines {
  yes: readonly [string, ...string[]];
  /** Answering "is that A, or B?" by saying which ("{who}": the name the caller gave). */
  iAm: readonly [string, ...string[]];
  selfNamed: Template;
  deny: readonly [string, ...string[]];
  denyAgain: readonly [string, ...string[]];
  relative: readonly [Template, ...Template[]];
  /** The relation word when the persona text names none ("家人", "family member"). */
  relationFallback: string;
  /** A bare relation word as the relative says it of themselves ("the wife", "老伴"). */
  relationPlain: Template;
  relativeTakesMessage: readonly [Template, ...Template[]];
  /** How someone answering for the customer speaks of them ({them} in the relative's lines), by what the caller
   *  called the customer. */
  customerPronoun: Record<"female" | "male" | "unknown", string>;
  noCode: readonly [string, ...string[]];
  /** The customer does not know or remember the item asked for (says so rather than invent it). */
  dataUnknown: readonly [string, ...string[]];
  /** A relative asked for the customer's own data: it is not theirs to give. */
  dataNotMine: readonly [string, ...string[]];
  /** Giving the verification data asked for ("{code}": the customer's answer). */
  codeAnswer: readonly [Template, ...Template[]];
  ack: readonly [string, ...string[]];
  agree: readonly [string, ...string[]];
  /** An answer to an open question ("how has it been?") that claims nothing the persona did not say. */
  openAnswer: readonly [string, ...string[]];
  hurry: readonly [string, ...string[]];
  suggestion: readonly [string, ...string[]];
  experiencePrefix: readonly [string, ...string[]];
  /** Templates that put a concern in the persona's words ("{concern}, 这个我想问问"). */
  concernFrames: readonly [Template, ...Template[]];
  /** Reactions to a caller's line by trait. */
  calm: readonly [string, ...string[]];
  curt: readonly [string, ...string[]];
  rating: readonly [Template, ...Template[]];
  ratingWords: readonly [string, ...string[]];
  choiceFrames: readonly [Template, ...Template[]];
  /** An option offered as an act ("Shall I email it", "would you rather collect it"): the asking frame taken off and
   *  the pick said as that act ("Please email it.", "I'll collect it."); empty where options keep their subject. */
  actFrames: readonly { frame: RegExp; replies: readonly [Template, ...Template[]] }[];
  /** A pick when the question names no options ("the first one, I think"). */
  choiceFallback: readonly [string, ...string[]];
  timeAnswers: readonly [string, ...string[]];
  endings: Record<EndClass | "default", string>;
  thanked: string;
}

export interface Grammar {
  /** A persona's third-person sentence turned into the first person ("she" → "I"). */
  firstPerson(text: string, name: string): string;
  /** The customer's own words about themselves as the caller says them back ("my account" → "your account"). */
  addressed(text: string): string;
  /** Words the caller said about the listener, as the listener says them back ("your account" → "my account"). */
  echoed(text: string): string;
  /** The questions a concern implies: one list of wordings per clause, plainest first. */
  concernQuestions(concern: string): string[][];
  /** A sentence split off at its first clause (recaps stay short). */
  firstClause(sentence: string): string;
  /** A note written about the customer ("the customer plans …", "客户计划…") as said to them ("you plan …"). */
  toListener(text: string): string;
  /** An answer put into a summary's slot after `before` (the summary up to the slot): `before` as it stays (a
   *  preposition the answer brings itself dropped) and the value as it fits ("paid [to whom]" + "pay them directly" →
   *  "paid them directly"). */
  fitSlot(before: string, value: string): { before: string; value: string };
  /** Lower-cases the first letter where the language has case. */
  lowerFirst(text: string): string;
  /** A concept in quotes, not speech (zh: a bare short phrase). */
  isConcept(quote: string): boolean;
}

/** Asking which of two close knowledge-base entries the customer means, and reading the reply (either seat). */
export interface ClarifyCues {
  /** The caller's short question offering both ("{a}", "{b}": the entries' own questions, question mark left off). */
  ask: Template;
  /** Reads the two options back out of such a question (capture groups 1 and 2). */
  asked: RegExp;
  /** The customer's pick ("{option}": the option it means, in the words offered). */
  pick: readonly [Template, ...Template[]];
  /** A reply naming the first / the second option by its place ("the first one", "后面那个"). */
  first: RegExp;
  second: RegExp;
  /** The customer means neither option (read), and how the rule customer says so. */
  neither: RegExp;
  neitherSaid: readonly [string, ...string[]];
}

/** How a script step written as a direction to the caller ("Ask for the postcode and compare it…", a zh "tell them …") becomes
 *  an act said in the caller's own words: the direction itself is never said aloud. */
export interface StepActCues {
  /** Directions with nothing to say in the step's turn: a greeting or identity check the opening already did, or a
   *  branch for another person answering (the identity gate handles it). */
  silent: readonly RegExp[];
  /** A step for another person answering (a branch for "另一人接听" or "another person answers"), by its title or a line: the identity gate
   *  handles that person; the step says nothing in the customer's call. */
  branch: RegExp;
  /** A line that speaks to the customer (second person, a question mark): speech as written, never a direction. */
  speech: RegExp;
  /** A direction that ends the call ("recap …, then close", a thanks-and-end line): the step closes with the closing line. */
  close: RegExp;
  /** Directions turned into speech, tried in order; each pattern captures `rest` (what the direction is about) and
   *  the template says it (`{rest}`). `lookup`: a rest that holds no figure is said as the profile facts it names
   *  ("needed": the act is no act without them, such as an offer of slots the profile lists). */
  acts: readonly { name: string; when: RegExp; say: Template; lookup?: "needed" | "optional" }[];
  /** Leading marks a line comes with ("— ", "- "). */
  lead: RegExp;
  /** Tails of a direction that are notes to the caller ("… own words", "（…）"), never said (global). */
  drop: RegExp;
  /** Third person about the customer → second person, in order (a direction says "him", the caller says "you"). */
  toYou: readonly (readonly [RegExp, string])[];
  /** The caller's own question of who answered, for a document with an identity rule and no such line. */
  identity: Template;
  /** A labelled note to the caller ("Trainer's note: …"): never said. */
  note: RegExp;
  /** A line that opens on a short situation before a colon ("客户要改…：…", "不行：…", "If neither suits: …"): a
   *  branch for that case, not part of the step's turn (a head that addresses the customer is speech, not a case). */
  situation: RegExp;
  /** A lead telling the caller to read out what follows ("逐个念：", "Read out:"): what follows is said, the lead not. */
  readOut: RegExp;
  /** Words too common to tie a direction to a profile fact. */
  common: RegExp;
}

export interface LanguagePack {
  readonly id: Language;
  readonly stepActs: StepActCues;
  readonly clarify: ClarifyCues;
  readonly speech: SpeechMeasure;
  readonly hearing: HearingCues;
  readonly document: DocumentCues;
  readonly caller: CallerLines;
  readonly callee: CalleeLines;
  readonly grammar: Grammar;
}
