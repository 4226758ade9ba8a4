// The customer says its concerns in its own words: of the wordings a concern has, those that read out no run of its
// own description longer than the pack's `ownRunMax` (a thing's name may be echoed, a clause of the persona's prose
// may not). Measured on the persona's description with the lines it quotes cut out: those are words given to say.
import type { CalleeSide } from "../../schema/index.js";
import type { LanguagePack } from "../../lang/index.js";

const QUOTED = /[“"「『][^”"」』\n]{1,200}[”"」』]/gu;

/** Every run one unit longer than the pack allows, of the persona's description (role, background, concerns…). */
export function describedRuns(side: CalleeSide, pack: LanguagePack): ReadonlySet<string> {
  const size = pack.speech.ownRunMax + 1;
  const runs = new Set<string>();
  for (const text of [side.role, side.background, side.situation ?? "", ...side.concerns, ...side.behaviours]) {
    for (const piece of text.replace(QUOTED, "\n").split("\n")) {
      const units = pack.speech.unitsOf(piece);
      for (let i = 0; i + size <= units.length; i++) runs.add(units.slice(i, i + size).join(" "));
    }
  }
  return runs;
}

/** How many too-long runs of the description a line reads out (0: its own words). */
export function copiedRuns(line: string, runs: ReadonlySet<string>, pack: LanguagePack): number {
  const size = pack.speech.ownRunMax + 1;
  const units = pack.speech.unitsOf(line);
  let n = 0;
  for (let i = 0; i + size <= units.length; i++) if (runs.has(units.slice(i, i + size).join(" "))) n++;
  return n;
}

/** A concern's wordings in the customer's own words, best first: those that copy nothing, else the least copying. */
export function ownWordings(wordings: readonly string[], runs: ReadonlySet<string>, pack: LanguagePack): string[] {
  const scored = wordings.map((text, order) => ({ text, order, copied: copiedRuns(text, runs, pack) }));
  const least = Math.min(...scored.map((w) => w.copied));
  return scored.filter((w) => w.copied === least).map((w) => w.text);
}
