// The caller's last line of defence: no figure leaves its mouth unless the scenario's facts or the
// customer's own words contain it. Offending sentences are dropped; an empty result falls back.
import type { Figure } from "../../text/figures.js";
import { FigureIndex, figuresIn } from "../../text/figures.js";

const SENTENCE_BREAK = /(?<=[。！？!?；;])|(?<=\.)\s+/;

/**
 * The scenario's facts as what the caller may state. A figure written as a fact is written is grounded at once; any
 * other (a date said another way, "$3.50" for "$3.5") is looked up in the full index, built on first need: indexing
 * every fact of a 5 MB document took half a second of the first call, and lines read from the document seldom need it.
 */
export class FactBase {
  private index: FigureIndex | null = null;

  constructor(private readonly texts: ReadonlySet<string>) {}

  has(figure: Figure): boolean {
    return this.texts.has(figure.text.trim()) || (this.index ??= new FigureIndex([...this.texts])).has(figure);
  }
}

/** Per fact base: what each line misses against the facts alone (shared by every call of a scenario). */
const missesByBase = new WeakMap<FactBase, Map<string, Figure[]>>();

export class FigureGuard {
  private readonly heard = new FigureIndex();
  private readonly baseMisses: Map<string, Figure[]>;

  constructor(private readonly base: FactBase) {
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
      misses = figuresIn(text).filter((figure) => !this.base.has(figure));
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
