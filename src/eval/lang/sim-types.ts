// What the simulator checks need to hear in a language, apart from the caller checks' pack (`EvalLang`): how a
// customer claims who they are, speaks for someone absent, ends a call and says why. Language data only; the checks in
// src/eval/simulator/ read `SIM_LANGS[language]` and never branch on the language.

export interface SimLang {
  /** The answerer says it is them ("it's me", "speaking", "是我"), at the start of a turn. Not a bare "yes". */
  selfAffirm: RegExp;
  /** The answerer speaks for the customer as someone absent: takes a message, says they are the customer's relative. */
  speaksForCustomer: RegExp;
  /** The answerer says the number is wrong or nobody of that name is there. */
  wrongNumber: RegExp;
  /** The answerer says they are not the person asked for. */
  notMe: RegExp;
  /** Someone who answered for the customer goes to fetch them or hands the phone over ("hold on, I'll get her"). */
  fetches: RegExp;
  /** A persona text that lets someone else pick up the customer's phone (a spouse, a receptionist). */
  otherAnswerer: RegExp;
  /** Said right before an occupation word, the speaker claims it as their own job ("as a", "I work as a", "我是做"). */
  occupationClaim: RegExp;
  /** Occupation words, matched as written (lower-case); the longer of two overlapping words wins. */
  occupations: readonly string[];
  /** The speaker states its own age: group 1 is the number (digits or words). */
  ageClaim: RegExp;
  /** The persona states the customer's age: group 1 is the number. */
  personaAge: RegExp;
  /** Number words and their values, summed when several stand together ("fifty-two"); Chinese numerals are read apart. */
  numberWords: Readonly<Record<string, number>>;
  /** The speaker says where it lives: group 1 is the place as written (matched on the text as written, not lower-cased). */
  placeClaim: RegExp;
  /** Places the persona names (where the customer lives or comes from): group 1 of each match. */
  personaPlace: RegExp;
  /** The speaker says it is retired ("I'm retired", "我退休好几年了"); not a retirement to come. */
  retiredClaim: RegExp;
  /** The speaker says it works now ("I'm at work", "on my shift", "我在上班"). */
  workingClaim: RegExp;
  /** In the persona's first sentence: the customer is retired. */
  retiredWord: RegExp;
  /** In the persona's first sentence: the customer works (besides an occupation word). */
  worksWord: RegExp;
  /** The speaker says it has no children ("I don't have kids", "我家没孩子"). */
  childlessClaim: RegExp;
  /** The speaker speaks of its own child or grandchild ("my daughter", "我儿子"). */
  ownChildClaim: RegExp;
  /** In the persona: the customer has no children. */
  childlessWord: RegExp;
  /** In the persona: a child or grandchild of the customer's (any mention of one). */
  childWord: RegExp;
  /** Spouse words by gender (a husband, a wife), and the "my" that makes one the speaker's own. */
  spouses: readonly RegExp[];
  ownSpouse: RegExp;
  /** Pronouns and possessives, any person: copied third-person prose reads the same once they are all one token. */
  pronoun: RegExp;
  /** Third-person pronouns by gender: prose about the persona read aloud with its "he" or "she" is narration. */
  thirdPerson: readonly RegExp[];
  /** Right after the customer's own name, a verb of narration: the customer describes itself in the third person. */
  narrationVerb: RegExp;
  /** The customer leaves the call (I'm done, hanging up), stronger than a polite goodbye. */
  leaving: RegExp;
  /** The customer says there is nothing more to ask (the close written for "all questions answered"). */
  nothingMore: RegExp;
  /**
   * A bare decline ("leave it", "不弄了"): a leaving line that only declines gives no reason, and declining in the
   * leaving line itself is no cause of the leaving.
   */
  bareDecline: RegExp;
  /**
   * The customer puts the matter off in the middle of it with no reason ("let me think", "we'll see", "我再想想",
   * "先这样吧"): said as the call's last word, it trails off rather than ends.
   */
  putOff: RegExp;
  /** The customer thanks the caller: a bare "thanks" closes, it does not trail off. */
  thanks: RegExp;
  /** A line that breaks off unfinished: it ends on an ellipsis or a dash (the text as written). */
  breaksOff: RegExp;
  /** The customer asks for someone in charge (a manager, whoever decides) to deal with it or call back. */
  escalation: RegExp;
  /** Words left of a leaving line once its goodbye and leave-taking are cut out: fillers, not a reason. */
  filler: RegExp;
  /** The caller offers something to take up (an add-on, a specialist's call): ground for a customer suspecting a sale. */
  offer: RegExp;
  /** An accused act that is a sale (sell, sign up, 推销). */
  salesAct: RegExp;
  /** An end condition written for "all its questions answered". */
  premiseAnswered: RegExp;
  /** An end condition written for "after hearing X, Y and Z": group 1 is what must have been heard. */
  premiseHeard: RegExp;
  /** An end condition written for a sales pitch or a forbidden request from the caller. */
  premiseSales: RegExp;
  /** "Or" between a condition's alternative causes ("甲或乙", "A or B"). */
  alternative: RegExp;
  /** Separators of the items of a premise ("甲、乙和丙", "A, B and C"). */
  itemSeparator: RegExp;
  /** The customer accuses the caller of meaning to do something: group 1 is the act (a verb or a two-character word). */
  accusation: RegExp;
  /** Causes a customer gives for ending that must have a ground in the call or the persona: urgent, cannot hear. */
  situational: readonly RegExp[];
  /** A customer offering help or service like an agent does ("anything else I can do for you?"), beside the caller pack's cue. */
  assistantVoice: RegExp;
  /**
   * The customer says it is not a real person: an AI, a model, a simulation, someone playing a role or reading a
   * persona. Said in the first person or about the call itself, never a question about the caller.
   */
  selfReveal: RegExp;
  /** An insult aimed at the caller (name-calling, "get lost"), not a suspicion put as a question. */
  insult: RegExp;
  /** A persona trait that makes rudeness part of the role (short-tempered, swears, 脾气暴躁). */
  roughTrait: RegExp;
  /** Said right before a trait word, the persona denies it ("not hostile", "never rude", "不粗鲁"). */
  traitDenied: RegExp;
  /** Words too common to count as the content two lines share. */
  stopwords: ReadonlySet<string>;
  /**
   * A persona's worry written as the question the customer would put ("will it rain on the day?", "能不能晚点开门"): asked in
   * its own words it is the customer's question, not the persona read out. A worry written as a statement or as
   * "whether …" is not one.
   */
  directQuestion: RegExp;
  /** A street address with its house number ("7 Quillon Road", "长安路8号"): group 1 is the street's name as written. */
  addressClaim: RegExp;
  /**
   * A street name matched without spaces may carry a lead-in word ("我家是长安路"): it is known by its last this many
   * characters; 0 when the name is matched alone and known only whole.
   */
  streetTail: number;
  /**
   * A bracket right after a word, holding words only ("挺好（摆摆手）就这样"): an action read aloud mid-line. One holding a
   * figure ("五楼（2）室") is part of what is said.
   */
  midLineAction: RegExp;
}
