// "您是王先生本人，还是他爱人？" / "Is that Mrs Hart, or her son Mark?": an identity question offering people to choose
// from is answered by saying which one the persona is, as its own text names itself (the name it opens with), not by
// a bare "it's me" that says neither.
import type { LanguagePack } from "../../lang/index.js";

/** A shared run this short names nobody (one character of a family name, a two-letter word). */
const NAME_MIN = { cjk: 2, latin: 3 } as const;

/** The longest run of `a` also in `b` (case-blind), with where it stands in `b`. */
function sharedRun(a: string, b: string): { text: string; at: number } | null {
  const low = b.toLowerCase();
  let best: { text: string; at: number } | null = null;
  for (let i = 0; i < a.length; i++) {
    for (let j = a.length; j > i + (best?.text.length ?? 0); j--) {
      const run = a.slice(i, j).trim();
      const at = low.indexOf(run.toLowerCase());
      if (run !== "" && at >= 0) {
        best = { text: run, at };
        break;
      }
    }
  }
  return best;
}

/** A run that can be a name: whole CJK characters, or whole capitalised Latin words. */
function nameLike(run: string): boolean {
  if (/^[\u4e00-\u9fff]+$/u.test(run)) return run.length >= NAME_MIN.cjk;
  return /^(?:[A-Z][a-z'-]+)(?: [A-Z][a-z'-]+)*$/u.test(run) && run.length >= NAME_MIN.latin;
}

/** Which of the people the question offers the persona is: the offered name its own text states first. */
export function whichOne(question: string, ownText: string, pack: LanguagePack): string | null {
  if (!pack.document.offersAlternative.test(question)) return null;
  const parts = question.split(pack.document.optionSeparator).filter((part) => part.trim() !== "");
  if (parts.length < 2) return null;
  // Each offered person is the clause touching the "or": the first part's last clause, the others' first.
  const clauses = (part: string): string[] => part.split(pack.speech.clauseBreak).map((c) => c.trim()).filter((c) => c !== "");
  const offered = parts.map((part, i) => (i === 0 ? clauses(part).at(-1) : clauses(part)[0]) ?? "").filter((part) => part !== "");
  const found = offered
    .map((part) => sharedRun(part, ownText))
    .filter((run): run is { text: string; at: number } => run !== null && nameLike(run.text))
    .sort((x, y) => x.at - y.at);
  return found[0]?.text ?? null;
}
