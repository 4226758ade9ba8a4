// What the scorer needs to hear in a language: cue patterns, each matched against lower-cased, half-width text.
// One typed interface, one pack per language; checks read `ctx.lang.<cue>` and never branch on the language.
// The packs are the scorer's own: they share no phrase with the rule seats' lists (tests/eval-lang-independent).

export interface EvalLang {
  /** A sentence asks something. */
  question: RegExp;
  /** The answerer says yes / it is them (start of a turn). */
  affirm: RegExp;
  /** The answerer is not the person asked for, or it is a wrong number. */
  notThePerson: RegExp;
  /** The answerer says they are a relative, colleague or assistant of the person asked for. */
  thirdParty: RegExp;
  /** Words for a relation or role to someone (mother, wife, assistant): global, every word is listed. */
  relation: RegExp;
  /** A record line naming who besides the customer may be told (guardian, authorised contact, joint holder). */
  authorised: RegExp;
  /** Words for money (a fee, a price, a deposit, any money): what a rule may bar someone other than the customer from hearing. */
  money: RegExp;
  /** Words naming the same relation (a spouse called one way by the document and another by the person answering). */
  sameRelation: readonly (readonly string[])[];
  /** A rule keeping something for one person only ("only with Mr A himself", "只跟…本人说"): what its clause names is barred to others. */
  onlyFor: RegExp;
  /** A clause that states a condition, not a fact ("if you agree", "您同意了再…"): a claim in it claims nothing yet. */
  conditional: RegExp;
  /** The customer asks to hear something again (did not catch it, say it again). */
  repeatAsk: RegExp;
  /** The caller asks whether it is speaking to the person (used together with the person's name). */
  identityAsk: RegExp;
  /** The caller introduces itself. */
  selfIntro: RegExp;
  /** A goodbye. */
  farewell: RegExp;
  /** The customer hands the word back ("go ahead", 您说): whoever speaks next, it is not the customer ending the call. */
  goOn: RegExp;
  /** "I don't know / I'll check / we'll reply in writing" instead of an answer. */
  deflection: RegExp;
  /** A word that offers alternatives in a question ("A or B?", "A还是B？"): a caller asking which one was meant. */
  alternative: RegExp;
  /** The customer is short of time. */
  busy: RegExp;
  /** The customer asks for it by text, email or in writing. */
  inWriting: RegExp;
  /** Call back later / another time. */
  callback: RegExp;
  /** The caller offers to ring back or asks when to ("when's a good time to ring you back?", "什么时候方便我再打给您"). */
  offersCallback: RegExp;
  /** An end condition where none of the offered times suits and the caller is to ring back once one is found. */
  noSlotFits: RegExp;
  /** The customer turns down every option offered at once ("none of those", "neither", "都不行"). */
  noneSuits: RegExp;
  /** The document's general rule on how any call ends ("after one of the closings is said or the other side hangs up"): no ending of its own. */
  generalEndRule: RegExp;
  /** The customer declines or refuses. */
  refusal: RegExp;
  /** The customer asks not to be called again: a refusal of the call whatever it answers. */
  noMoreCalls: RegExp;
  /** The customer takes the call for a fraud ("is this a scam?", "how did you get my number?", "骗子"): a refusal to go on. */
  suspicion: RegExp;
  /** The customer calls off what was arranged (an order, a booking, a service); a document's condition for that. */
  cancel: RegExp;
  /** The customer complains. */
  complaint: RegExp;
  /** The customer says the problem is still there (not fixed, only partly, happening again). */
  unresolved: RegExp;
  /** A document's end condition or closing line for a problem left open (not solved, disputed, complaint, hardship). */
  unresolvedEnding: RegExp;
  /** A document's end condition or closing line for a customer who has not decided yet (thinking it over, comparing). */
  undecidedEnding: RegExp;
  /** The customer hangs up or has to leave now. */
  hangUp: RegExp;
  /** The customer consents, chooses, gives a rating or a contact. */
  consent: RegExp;
  /** The caller states the customer chose, agreed, booked, rated or gave a contact. */
  claim: RegExp;
  /**
   * Spoken amounts of time the figure reader leaves out ("an hour", "half an hour", 一年, 半小时), each with its digits:
   * rewritten before an answer's amounts are compared with the knowledge base's (applied in order; global patterns).
   */
  spokenAmounts: readonly (readonly [RegExp, string])[];
  /** A section title naming the customer's questions and their answers ("Questions customers ask", "常问"). */
  faqTitle: RegExp;
  /** A rule of the document forbidding promises ("no promises", "don't promise", 不承诺, 别说): its quoted phrases name them. */
  promiseRule: RegExp;
  /** The caller vouches for an outcome in words of assurance ("I promise", "it'll never…", 保证, 肯定不会). */
  assurance: RegExp;
  /** The caller declines to vouch ("I can't promise", 没法保证): what a no-promise rule asks. */
  promiseDeclined: RegExp;
  /** A sales push (global: every word is listed). */
  salesPush: RegExp;
  /** The document's rule that the call is not a sales call, in any wording. */
  noSalesRule: RegExp;
  /** A no-sales phrase about manner only ("不过分推销", "does not hard-sell"): not a rule against selling. */
  mannerOnly: RegExp;
  /** A request verb or form. */
  request: RegExp;
  /** Sensitive data a caller must not ask for. */
  sensitive: RegExp;
  /** A negation before a cue in its clause. */
  negation: RegExp;
  /** The customer sounds like an AI assistant. */
  assistantVoice: RegExp;
  /** A stage direction or narration read aloud (brackets, asterisks, third-person description). */
  stageDirection: RegExp;
  /** The speaker gives their own name: group 1 is the name. */
  selfName: RegExp;
  /** The customer hands the phone to a family member or carer: that person then speaks for the customer. */
  handover: RegExp;
  /** Data asked to verify who answered (date of birth, postcode, last digits of an ID): every kind's `ask` at once. */
  verification: RegExp;
  /** The kinds of verification data: `ask` names the kind in the caller's words; `held` names it on a record line that
   *  also carries a figure (then the record can check it); `held: null` is always on the record (the customer's name). */
  verifyKinds: readonly VerifyKindCue[];
  /** An ask for the last N digits of a number ("the last three digits", "后三位"): group 1 is N, in digits or words. */
  lastDigits: RegExp;
  /** What may follow a data word when the datum itself is asked for ("date of birth, please", "出生日期是"), not a thing
   *  it describes ("a birthday party", "生日会"): matched at the start of the text after the data word. */
  dataPhraseEnd: RegExp;
  /** A digit said as a word, by value ("four", "四"): index d matches d, global. Data are often read digit by digit. */
  spokenDigits: readonly RegExp[];
  /** Two-digit numbers said as one word or a tens word and a unit ("nineteen", "ninety-five"), as digits: a year or a
   *  day read out in pairs ("nineteen ninety-five"). Applied before the single digits. */
  spokenPairs: (text: string) => string;
  /** A document's end condition or closing line about reaching the wrong person. */
  wrongPersonCondition: RegExp;
  /** A closing line or end-condition label for someone else answering: a message taken ("Message", "thanks for passing that on"), the bare wrong-number apology. */
  wrongPersonClose: RegExp;
  /** The caller acknowledges a complaint or remark (sorry, understood, noted). */
  acknowledge: RegExp;
  /** The caller says the customer is (or is not) the person on the record: a script line that checks identity. */
  identityLine: RegExp;
  /** A document's words naming the identity check or the rule behind it ("verify identity", "核对身份", "only discuss
   *  it with the account holder", "不得向他人透露"), in a step title, a rules section or prose: the caller must know
   *  who answered before any detail. */
  identityRule: RegExp;
  /** A step title naming the identity check, short as titles are ("Opening + identity", "身份确认", "Right person?"). */
  identityTitle: RegExp;
  /** The customer says a question of theirs went unanswered ("you didn't answer me", "我问你…呢", "先回答我"). */
  unanswered: RegExp;
  /** The customer corrects or denies what the caller just stated ("I said the 5th", "我没说满意"). */
  correction: RegExp;
  /** The customer puts a decision off or leaves it open (maybe, I'll talk it over, whatever you like). */
  hedge: RegExp;
  /** The caller reads back or records what was settled ("so to confirm", "I've noted", "跟您核对一下", "给您记"). */
  summary: RegExp;
  /** The answerer says their own name: "@NAME" stands for a name part of the person asked for. */
  ownName: RegExp;
  /** The caller offers something more (a product, a service, a place) and asks the customer to take it. */
  offer: RegExp;
  /** The caller asks the customer to rate or evaluate something (a "不满意" in the answer is a rating, not a complaint). */
  ratingAsk: RegExp;
  /** A sentence that asks for information: a question mark or an interrogative, not a sentence-final particle alone ("吃着呢"). */
  openQuestion: RegExp;
  /** A question after an amount, a time, a date or a duration ("how much", "什么时候"): figures in a reply answer it. */
  quantityAsk: RegExp;
  /** A question that asks the customer for a value ("which number", "几号") rather than to confirm one read out. */
  valueAsk: RegExp;
  /** A reply's first words that take a question up without naming it ("Yes, …", "I'm afraid not", "不能，…"). */
  answerOpener: RegExp;
  /** Something costs nothing ("free of charge", "不加钱", "全免"): an answer saying so is contradicted by a price. */
  free: RegExp;
  /** The caller proposes that the customer take, add or look at something ("want me to put you down for", "要不要看看"). */
  proposal: RegExp;
  /** A script sentence telling the caller what to do, not a line to say ("Read their score back", "依照情形念结束话"):
   *  an imperative of saying or asking with its object, the customer named in the third person (not as a modifier: "the customer lounge", "客户意见箱"), the script's parts. */
  direction: RegExp;
  /** A direction to read back or restate what was settled. */
  readBackDirection: RegExp;
  /** A direction to say the closing line that fits the ending. */
  closeDirection: RegExp;
  /** The caller records what the customer said ("这些想法我们都记下了", "I've noted your feedback"): no decision is claimed. */
  feedbackNoted: RegExp;
  /** A script's mark for a low rating, lower-cased: group `atMost` ("6 or less", "6分以下") or `below` ("under 8", "低于4分"). */
  lowRatingMark: RegExp;
  /** Small numbers said as words, index = value ("eight", "三"): a rating given in words. Global patterns. */
  ratingNumbers: readonly RegExp[];
  /** The caller asks the reason for an answer ("what went wrong?", "是哪里不满意？"). */
  reasonAsk: RegExp;
  /** The customer's answer to a close (lower-cased, from its start), taken aback ("What?", "Wait,", "啊？", "等等"). */
  closeProtest: RegExp;
  /** A whole turn that only hears the caller out ("Um, okay.", "嗯。"), lower-cased, nothing asked or said. */
  bareAck: RegExp;
  /** A template blank read out as it stands ("[day]", "{{time}}", "X点"), lower-cased. */
  placeholder: RegExp;
  /** A line that invites the customer's questions ("Any questions so far?", "您有什么想问的吗？"), lower-cased. */
  questionsInvite: RegExp;
  /** A direction to say the opening ("Say the opening line and wait…"): done by the caller's first turn. */
  openDirection: RegExp;
  /** A first step that directs the greeting ("Greet them and say who is calling…", "问好，说明来电方…"): done by the caller's first turn. */
  greetDirection: RegExp;
  /** The answerer asks who is calling ("Who's this?", "哪位？"). */
  whoIsCalling: RegExp;
  /** The customer says they heard it already ("Yes, you said.", "I heard you", "你刚说过了", "你都说三遍了"). */
  heardIt: RegExp;
  /** A step naming a check of a datum ("Postcode check", "核对生日"): the check word beside a verification kind's datum. */
  checkWord: RegExp;
  /**
   * The caller asks to be told something without a question's form: a request to say it ("tell me your …", "说下您的…")
   * or a statement left open for the customer to end ("and your postcode is…", "您的手机号是").
   */
  tellAsk: RegExp;
}

/** One kind of verification data (a birth date, a postcode, the last digits of a number). */
export interface VerifyKindCue {
  ask: RegExp;
  /** A record line holding this kind (the answer is then checked against it); null: any record line may hold it. */
  held: RegExp | null;
}

/** For a check named by its purpose ("for security, …", "为了核实身份，…"): the datum is unknown, no record line holds it. */
export const HELD_NOWHERE = /(?!)/;
