// The few generic lines a rule seat may need when the document gives none, filled from the language pack:
// honest "I'll follow up in writing", acknowledgements, a polite goodbye per kind of ending, the relay message.
import { fill, type CallerLines, type EndClass, type LanguagePack } from "../../lang/index.js";

export interface Names {
  caller: string;
  organization: string | null;
  customer: string;
}

/** An honest "I don't know, I'll follow up in writing"; `variant` picks one (0 = the plainest). */
export function unknownAnswer(pack: LanguagePack, variant = 0): string {
  const list = pack.caller.unknown;
  return list[Math.abs(Math.floor(variant)) % list.length] ?? list[0];
}

/** "This is NAME from ORG.": said when neither the opening nor the first line says who is calling. Null without a name. */
export function introduction(pack: LanguagePack, names: Names): string | null {
  if (names.caller.trim() === "") return null;
  const { named, plain } = pack.caller.introduction;
  return fill(names.organization ? named : plain, { caller: names.caller, organization: names.organization ?? "" });
}

export function acknowledge(pack: LanguagePack, kind: keyof CallerLines["acknowledge"]): string {
  return pack.caller.acknowledge[kind];
}

/** " from ORG" / "ORG的" as the pack words it, or empty. */
function from(pack: LanguagePack, names: Names): string {
  return names.organization ? fill(pack.caller.fromOrganization, { organization: names.organization }) : "";
}

/** The message left with someone who is not the customer: who called, for whom, nothing about the matter. */
export function relayMessage(pack: LanguagePack, names: Names): string {
  const values = speaker(pack, names);
  const noName = names.customer.trim() === "";
  const { relay, relayNoName, relayNoSpeaker, relayNoNameNoSpeaker } = pack.caller;
  if (values.caller === "") return fill(noName ? relayNoNameNoSpeaker : relayNoSpeaker, values);
  return fill(noName ? relayNoName : relay, values);
}

/** "This is NAME from ORG."; a document naming neither gets the pack's plain reassurance instead of an empty "this is". */
export function whoIsCalling(pack: LanguagePack, names: Names): string {
  const values = speaker(pack, names);
  return values.caller === "" ? pack.caller.scamReassure : fill(pack.caller.whoIsCalling, values);
}

/** Who speaks: the caller's name and organisation, or the organisation alone when the document names no caller. */
function speaker(pack: LanguagePack, names: Names): Record<string, string> {
  if (names.caller.trim() === "") return { caller: names.organization ?? "", from: "", customer: names.customer };
  return { caller: names.caller, from: from(pack, names), customer: names.customer };
}

export function genericClosing(pack: LanguagePack, kind: EndClass): string {
  return pack.caller.closing[kind] ?? pack.caller.closing.default;
}

/** Read the customer's contact back before closing. */
export function confirmContact(pack: LanguagePack, contact: string): string {
  return fill(pack.caller.confirmContact, { contact });
}

/** A line for a step that has no sample lines, built from its title. */
export function stepFromTitle(pack: LanguagePack, title: string): string {
  return fill(pack.caller.stepFromTitle, { title: title.replace(/[。.!！]+$/, "") });
}
