// A script step's line cut into the sentences an answer can be: each with its step and the step's title.

/** A script line's sentences, its questions included: "A, B or C — which suits you?" is where the options are. */
const SENTENCE = /(?<=[。！？!?；;])|(?<=\.)\s+/;

export function stepCandidates(stepLines: readonly string[], titles: readonly string[] = []): { step: number; sentence: string; title: string }[] {
  return stepLines.flatMap((line, i) => line.split(SENTENCE).map((s) => s.trim()).filter((s) => s !== "").map((sentence) => ({ step: i + 1, sentence, title: titles[i] ?? "" })));
}
