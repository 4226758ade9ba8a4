// Where a customer question's answer lies (answerSource), remembered per plan: rule calls hear the same questions
// after the same steps with the same entries given, call after call, and ranking the sources is the costly part.
import type { CallerPlan } from "./caller-plan.js";
import { answerSource, type AnswerContext, type AnswerSource } from "./answer-source.js";

/** Questions remembered per plan (bounded: a batch of model calls hears ever new ones). */
const LIMIT = 5000;
type Table = { size: number; byText: Map<string, Map<string, AnswerSource>> };
const tables = new WeakMap<CallerPlan, Table>();

/** answerSource(plan, question, context) with the default weights, remembered (the result is shared: read-only). */
export function answerSourceOf(plan: CallerPlan, question: string, context: AnswerContext): AnswerSource {
  let table = tables.get(plan);
  if (table === undefined) tables.set(plan, (table = { size: 0, byText: new Map() }));
  // The context is all the answer depends on besides the question: the step just said and the entries given.
  const rest = `${context.lastStep ?? ""}|${context.kbLast?.join(",") ?? ""}|${context.kbAnswered?.join(",") ?? ""}`;
  let byRest = table.byText.get(question);
  const hit = byRest?.get(rest);
  if (hit !== undefined) return hit;
  const value = answerSource(plan, question, context);
  if (table.size >= LIMIT) {
    table.byText.clear();
    table.size = 0;
    byRest = undefined;
  }
  if (byRest === undefined) table.byText.set(question, (byRest = new Map()));
  byRest.set(rest, value);
  table.size++;
  return value;
}
