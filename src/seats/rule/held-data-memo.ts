// What a customer's own texts hold for a request for data, kept per callee view and item asked: a batch asks each
// persona the same check questions call after call, and reading its texts' clauses for the item is pure.
import type { LanguagePack, VerifyKind } from "../../lang/index.js";
import type { CalleeView } from "../seat.js";
import { heldData, type HeldData } from "./identity-data.js";
import type { AskedData } from "./identity-question.js";

/** Requests kept per view and kind; a table is emptied whole when full. */
const LIMIT = 2000;
const tables = new WeakMap<CalleeView, Map<VerifyKind, Map<string, HeldData>>>();

/** heldData(asked, ownTexts, view.ownData, pack), remembered; `ownTexts` must be the view's own texts. */
export function heldDataOf(view: CalleeView, asked: AskedData, ownTexts: () => readonly string[], pack: LanguagePack): HeldData {
  let byKind = tables.get(view);
  if (byKind === undefined) tables.set(view, (byKind = new Map()));
  let table = byKind.get(asked.kind);
  if (table === undefined) byKind.set(asked.kind, (table = new Map()));
  const key = `${asked.count ?? ""}\u0000${asked.sentence}`;
  let held = table.get(key);
  if (held === undefined) {
    held = heldData(asked, ownTexts(), view.ownData, pack);
    if (table.size >= LIMIT) table.clear();
    table.set(key, held);
  }
  return held;
}
