// "Is this a sales call?" / "Is this a scam?": when the caller's own side of the document promises no selling (or
// no request for passwords and codes), the caller says so plainly instead of "I don't know". Without such a promise
// in the document it makes none: the question then goes the usual way.
import type { LanguagePack } from "../../lang/index.js";
import type { CallerView } from "../seat.js";
import { whoIsCalling, type Names } from "./phrases.js";

const promises = new WeakMap<CallerView, { sales: boolean; secrets: boolean }>();

function promisesOf(scenario: CallerView, pack: LanguagePack): { sales: boolean; secrets: boolean } {
  let found = promises.get(scenario);
  if (found === undefined) {
    const caller = scenario.caller;
    // The document's rules (its own sections) promise as much as its role text does.
    const text = [caller.role, caller.task, caller.opening ?? "", ...caller.steps.flatMap((s) => s.lines), ...caller.extraSections.map((x) => `${x.title}\n${x.body}`)].join("\n");
    const { noSales, noSecrets, mannerOnly } = pack.document;
    // "does not hard-sell" limits the manner of selling; it does not promise there is none.
    const sales = [...text.matchAll(new RegExp(noSales.source, `g${noSales.flags.replace("g", "")}`))].some((m) => !mannerOnly.test(m[0]));
    found = { sales, secrets: noSecrets.test(text) };
    promises.set(scenario, found);
  }
  return found;
}

/** The reassurance the document backs for this worry, or null. "Are you really from …?" is answered by who is
 *  calling (the document names it), with the promise about secrets when the document makes one. */
export function reassurance(scenario: CallerView, question: string, pack: LanguagePack, names: Names | null = null): string | null {
  const backed = promisesOf(scenario, pack);
  if (names !== null && pack.hearing.doubtsCaller.test(question) && (names.caller.trim() !== "" || (names.organization ?? "").trim() !== "")) {
    const who = whoIsCalling(pack, names);
    return backed.secrets ? `${who}${pack.speech.joiner}${pack.caller.scamReassure}` : who;
  }
  if (pack.hearing.scamWorry.test(question) && backed.secrets) return pack.caller.scamReassure;
  if (pack.hearing.salesWorry.test(question) && backed.sales) return pack.caller.salesReassure;
  return null;
}
