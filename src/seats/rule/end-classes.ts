// What an end condition (or a closing line) is about, read from its words with the language pack: identity
// mismatch, busy, written follow-up, refusal, cancellation, escalation, all done… Both rule seats use it to pick
// "their" condition for a situation without knowing the scenario in advance.
import { END_CLASSES, type EndClass, type LanguagePack } from "../../lang/index.js";

export type { EndClass } from "../../lang/index.js";

/** Classes an end condition or closing line belongs to (possibly several, possibly none). */
export function endClassesOf(text: string, pack: LanguagePack): Set<EndClass> {
  const found = new Set<EndClass>();
  for (const name of END_CLASSES) if (pack.document.endClasses[name].test(text)) found.add(name);
  return found;
}

/** Score weights of pickCondition. */
const RANK_WEIGHT = 10;
const AVOID_PENALTY = 5;
const FOREIGN_PENALTY = 15;
const FOREIGN_IDENTITY_PENALTY = 1000;

/**
 * Best condition (0-based) for a situation: `wanted` lists classes from most to least fitting.
 * A condition scores by the best-ranked wanted class it has; ties go to the earlier condition.
 * Returns null when no condition has any wanted class.
 */
export function pickCondition(classes: readonly ReadonlySet<EndClass>[], wanted: readonly EndClass[], avoid: readonly EndClass[] = []): number | null {
  let best: number | null = null;
  let bestScore = 0;
  classes.forEach((set, index) => {
    let score = 0;
    wanted.forEach((name, rank) => {
      if (set.has(name)) score += (wanted.length - rank) * RANK_WEIGHT;
    });
    for (const name of avoid) if (set.has(name)) score -= AVOID_PENALTY;
    // A condition about something else that did not happen fits less well; a wrong-person condition is never
    // the answer to anything but a wrong person.
    for (const name of set) if (!wanted.includes(name) && name !== "interrupted") score -= name === "identity" || name === "relative" ? FOREIGN_IDENTITY_PENALTY : FOREIGN_PENALTY;
    // …but a condition about the situation itself stays a candidate.
    if (wanted[0] !== undefined && set.has(wanted[0])) score = Math.max(score, 1);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}
