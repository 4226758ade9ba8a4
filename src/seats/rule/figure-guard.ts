// The caller's last line of defence: no figure leaves its mouth unless the scenario's facts or the
// customer's own words contain it. Offending sentences are dropped; an empty result falls back.
import type { Figure } from "../../text/figures.js";
import { FigureIndex, ungroundedFigures } from "../../text/figures.js";

const SENTENCE_BREAK = /(?<=[。！？!?；;])|(?<=\.)\s+/;

/** Per fact base: what each line misses against the facts alone (shared by every call of a scenario). */
const missesByBase = new WeakMap<FigureIndex, Map<string, Figure[]>>();

export class FigureGuard {
  private readonly heard = new FigureIndex();
  private readonly baseMisses: Map<string, Figure[]>;

  constructor(private readonly base: FigureIndex) {
    let misses = missesByBase.get(base);
    if (misses === undefined) {
      misses = new Map();
      missesByBase.set(base, misses);
    }
    this.baseMisses = misses;
  }

  /** Figures the customer said become sayable. */
  hear(text: string): void {
    this.heard.add(text);
  }

  ungrounded(text: string): Figure[] {
    let misses = this.baseMisses.get(text);
    if (misses === undefined) {
      misses = ungroundedFigures(text, this.base);
      if (this.baseMisses.size >= 20_000) this.baseMisses.clear();
      this.baseMisses.set(text, misses);
    }
    return misses.length === 0 ? misses : misses.filter((figure) => !this.heard.has(figure));
  }

  /** The text with every sentence holding an ungrounded figure removed, and what was removed. */
  clean(text: string): { text: string; removed: Figure[] } {
    const removed = this.ungrounded(text);
    if (removed.length === 0) return { text, removed };
    const kept = text.split(SENTENCE_BREAK).filter((sentence) => sentence.trim() !== "" && this.ungrounded(sentence).length === 0);
    return { text: kept.join(/[\u3400-\u9fff]/.test(text) ? "" : " ").trim(), removed };
  }
}
