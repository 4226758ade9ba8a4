// A customer giving a street address of its own that neither the scenario (persona, record, script) nor anything said
// before in the call holds: it makes up where it lives, so it is no longer the customer the document describes.
import { perScenario, perScenarioText } from "../context.js";
import type { Fault } from "../faults.js";
import type { BreakInput } from "./persona-break.js";

export function unknownAddress({ ctx, lang }: BreakInput, turns: readonly number[]): Fault[] {
  const known = perScenario(ctx.scenario, "simKnownAddressText", () => JSON.stringify(ctx.scenario).toLowerCase());
  const faults: Fault[] = [];
  for (const turn of turns) {
    const text = ctx.turns[turn]?.text ?? "";
    // Kept per scenario and text: the address pattern is run over every customer turn.
    const street = perScenarioText(ctx.scenario, "simAddressClaim", text, () => lang.addressClaim.exec(text)?.[1]?.toLowerCase());
    if (street === undefined) continue;
    const tail = lang.streetTail > 0 && street.length > lang.streetTail ? street.slice(-lang.streetTail) : street;
    const said = (text: string): boolean => text.includes(tail);
    const before = ctx.turns.slice(0, turn).map((t) => t.text.toLowerCase()).join("\n");
    if (!said(known) && !said(before)) faults.push({ turn, message: `gives an address ("${street}") that neither its persona nor the record knows` });
  }
  return faults;
}
