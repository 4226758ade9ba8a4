// What an outside caller's line delivers, read by callsim (the agent reports no script indices): the script
// step it is closest to, and the knowledge-base answers whose content words it mostly says.
import { coverage, similarity } from "../../text/similarity.js";
import { speakableLines } from "../rule/caller-plan.js";
import type { CallerView } from "../seat.js";
import { packFor } from "../../lang/index.js";

export const DELIVERY = {
  /** Share of a knowledge-base answer's content words a line must say to count as giving that answer. */
  kbCoverage: 0.6,
  /** Similarity above which a line counts as delivering a script step. */
  stepSimilarity: 0.45,
} as const;

export function deliveryOf(view: CallerView, text: string): { step: number | null; kb: number[] } {
  const kb: number[] = [];
  view.caller.knowledgeBase.forEach((entry, i) => {
    if (coverage(text, entry.answer) >= DELIVERY.kbCoverage) kb.push(i);
  });
  const pack = packFor(view.language);
  let step: number | null = null;
  let best: number = DELIVERY.stepSimilarity;
  for (const s of view.caller.steps) {
    const score = similarity(text, speakableLines(s.lines, pack).join(" "));
    if (score > best) {
      step = s.index;
      best = score;
    }
  }
  return { step, kb };
}
