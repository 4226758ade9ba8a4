// A script sentence that states something and then asks in its last clause ("The kit has a glass part, we can swap
// it for a plastic one, shall we?"): a customer question it answers is answered by its statement clauses, and when
// the step comes the caller asks only the clause it has not said yet.
import type { LanguagePack } from "../../lang/index.js";

/** Where a sentence's clauses part: commas and semicolons of either script. */
const CLAUSE_BREAK = /(?<=[，,；;])/u;
const ASKS = /[？?]\s*$/u;

/** The statement clauses before a sentence's asking last clause, with the clause apart; null when it has none. */
function parts(sentence: string, pack: LanguagePack): { statement: string; ask: string } | null {
  const text = sentence.trim();
  if (!ASKS.test(text)) return null;
  const clauses = text.split(CLAUSE_BREAK).filter((c) => c.trim() !== "");
  const ask = clauses.pop();
  if (ask === undefined || clauses.length === 0) return null;
  const statement = clauses.join("").replace(/[，,；;]\s*$/u, "").trim();
  // A statement too short to tell anything ("So," / "您好，") or one that asks itself is no answer.
  if (/[？?]/u.test(statement) || pack.speech.units(statement) < pack.speech.minLineUnits * 2) return null;
  // The clause said alone starts a sentence (a no-op in scripts without case).
  const alone = ask.trim();
  return { statement: `${statement}${pack.speech.fullStop}`, ask: `${alone.charAt(0).toUpperCase()}${alone.slice(1)}` };
}

/** The statement part of an asking script sentence, said as an answer; null when the sentence only asks. */
export function statementAnswer(sentence: string, pack: LanguagePack): string | null {
  return parts(sentence, pack)?.statement ?? null;
}

/** A step sentence whose statement the caller already said: only its asking clause is left to say. */
export function leftToAsk(sentence: string, callerSaid: readonly string[], pack: LanguagePack): string {
  const found = parts(sentence, pack);
  if (found === null) return sentence;
  const statement = found.statement.slice(0, -pack.speech.fullStop.length);
  return callerSaid.some((text) => text.includes(statement)) ? found.ask : sentence;
}
