// What a step's line waits for (awaitedReply), remembered: the rule caller reads every customer line against the
// line of its step, the same few lines per document call after call.
import type { LanguagePack } from "../../lang/index.js";
import { awaitedReply, type StepAsk } from "./caller-plan.js";

/** Lines remembered per pack and customer (bounded: a batch over many documents meets ever new ones). */
const LIMIT = 5000;
/** Customers remembered per pack: a batch over thousands of documents meets a new customer in each. */
const CUSTOMER_LIMIT = 200;
const tables = new WeakMap<LanguagePack, Map<string, Map<string, StepAsk>>>();

/** awaitedReply(line, pack, customer), remembered (a value: nothing shared to mutate). */
export function awaitedReplyOf(line: string, pack: LanguagePack, customer: string): StepAsk {
  let byCustomer = tables.get(pack);
  if (byCustomer === undefined) tables.set(pack, (byCustomer = new Map()));
  let byLine = byCustomer.get(customer);
  if (byLine === undefined) {
    if (byCustomer.size >= CUSTOMER_LIMIT) byCustomer.clear();
    byCustomer.set(customer, (byLine = new Map()));
  }
  // StepAsk may be null: only a missing line reads undefined.
  const hit = byLine.get(line);
  if (hit !== undefined) return hit;
  const value = awaitedReply(line, pack, customer);
  if (byLine.size >= LIMIT) byLine.clear();
  byLine.set(line, value);
  return value;
}
