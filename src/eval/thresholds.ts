// Similarity thresholds (0..1, see src/text/similarity.ts), tuned on paraphrased zh/en transcripts in
// tests/fixtures/transcripts: unrelated lines of one script score below 0.1, loose paraphrases 0.35-0.6.
export const THRESHOLDS = {
  /** A caller turn delivers a script step when it matches one of the step's sample lines (or its title) this well. */
  stepLine: 0.35,
  /**
   * A step is said in other words when the caller's turns name this share of its content words, each weighted by how
   * few steps of the script name it (src/eval/step-content.ts): a paraphrase keeps about a third of what only its step
   * names; a step never touched shares only the script's common words (dev: 0-0.2).
   */
  stepContent: 0.3,
  /** A turn's match to a step below this share of its best step match is shared wording, not delivery. */
  stepRelativeToBest: 0.6,
  /** A customer utterance asks a knowledge-base question. */
  kbQuestion: 0.3,
  /** The caller's reply restates the entry's answer well enough to be "correct" (when figures agree). */
  kbAnswerCorrect: 0.3,
  /** Below this, the reply does not address the entry at all. */
  kbAnswerAny: 0.1,
  /** A caller turn says a closing line. */
  closingLine: 0.35,
  /** The opening's substance was delivered. */
  opening: 0.3,
  /** A customer turn closely paraphrases a negative style example. */
  negativeExample: 0.5,
  /** A caller request for sensitive data is the script's own (e.g. "last 4 digits of the card"). */
  scriptedRequest: 0.35,
} as const;
