// The caller may only say figures found in the scenario's facts or in the customer's own words.
import { packFor } from "../../lang/index.js";
import { FigureIndex, ungroundedFigures, type Figure } from "../../text/figures.js";
import type { Language } from "../../schema/index.js";
import type { CallerView, CallState } from "../seat.js";

export function groundingIndex(scenario: CallerView, state: CallState): FigureIndex {
  const customerWords = state.turns.filter((t) => t.speaker === "callee").map((t) => t.text);
  return new FigureIndex([...scenario.facts.map((f) => f.text), ...customerWords]);
}

/** The same index kept across one call's turns: facts once, then each new customer turn as it comes. */
export class GroundingIndex {
  private index: FigureIndex | null = null;
  private seenTurns = 0;

  for(scenario: CallerView, state: CallState): FigureIndex {
    if (this.index === null || state.turns.length < this.seenTurns) {
      this.index = groundingIndex(scenario, state);
    } else {
      for (const turn of state.turns.slice(this.seenTurns)) if (turn.speaker === "callee") this.index.add(turn.text);
    }
    this.seenTurns = state.turns.length;
    return this.index;
  }
}

export function inventedFigures(text: string, index: FigureIndex): Figure[] {
  return ungroundedFigures(text, index);
}

export function honestReply(language: Language): string {
  return packFor(language).caller.honestFigure;
}

export function groundingCorrection(figures: readonly Figure[]): string {
  const list = figures.map((f) => `"${f.text}"`).join(", ");
  return `Your reply stated ${list}, which is not among the figures you may state and was not said by the customer. Say it again without inventing figures; if you do not have a figure, say honestly that you will check and get back to them.`;
}

/** Sentence boundaries: CJK and Latin end marks; a period only when followed by a space or the end (not 3.5). */
export function splitSentences(text: string): string[] {
  const parts = text.match(/[^。！？!?；;\n]*(?:[。！？!?；;\n]+|$)|[^.]*\.(?=\s|$)/g) ?? [text];
  const sentences: string[] = [];
  for (const part of parts) {
    if (part === "") continue;
    // Latin sentences inside the CJK split: break on ". " but not on decimals.
    for (const piece of part.split(/(?<=[a-zA-Z\u4e00-\u9fff)"'”’]\.)\s+/)) if (piece.trim() !== "") sentences.push(piece);
  }
  return sentences;
}

/** Drop every sentence that still carries an invented figure and say the honest line instead (once). */
export function replaceInvented(text: string, index: FigureIndex, language: Language): string {
  const kept = splitSentences(text).filter((s) => ungroundedFigures(s, index).length === 0);
  const honest = honestReply(language);
  const joiner = packFor(language).speech.joiner;
  return [...kept.map((s) => s.trim()), honest].join(joiner);
}
