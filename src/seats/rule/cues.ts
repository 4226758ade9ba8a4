// What a line of speech does at the cue level (confirm, busy, in writing, question, complaint…), read with the
// language pack's patterns; plus the contact details a line gives. The words themselves live in src/lang/.
import { CUES, type Channel, type Cue, type LanguagePack } from "../../lang/index.js";
import { byText } from "./memo.js";

export type { Cue } from "../../lang/index.js";

export function hasCue(text: string, cue: Cue, pack: LanguagePack): boolean {
  return pack.hearing.cues[cue].test(text.trim());
}

export function cuesOf(text: string, pack: LanguagePack): Set<Cue> {
  const found = new Set<Cue>();
  const trimmed = text.trim();
  for (const cue of CUES) if (pack.hearing.cues[cue].test(trimmed)) found.add(cue);
  return found;
}

const CHANNEL_ORDER = ["email", "sms", "app", "phone"] as const;

/** Follow-up channel named in a line, if any. */
export function channelOf(text: string, pack: LanguagePack): Channel | null {
  for (const channel of CHANNEL_ORDER) if (pack.hearing.channel[channel].test(text)) return channel;
  if (pack.hearing.cues.written.test(text)) return "other";
  return null;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const PHONE = /(?<![\d.])(?:\+?\d{1,3}[ -]?)?(?:1[3-9]\d{9}|\(?\d{3}\)?[ -]?\d{3}[ -]?\d{4}|\d{3,4}-\d{7,8})(?![\d.])/;

/** Digit groups with single spaces or hyphens between them, opening with a trunk or country prefix. */
const SPOKEN_PHONE = /(?<![\d.,:/])(?:\+\d{1,3}[ -]?|[01]\d{1,4}[ -])\d{2,6}(?:[ -]\d{2,6}){0,3}(?![\d.,:/])/g;
/** How many digits a dialled number has, from a short national number to one with its country code. */
const SPOKEN_PHONE_DIGITS = [9, 13] as const;

/** A figure that is a whole phone number (a callback line a closing may give anyone). */
export const isPhoneNumber = (figure: string): boolean => new RegExp(`^${PHONE.source}$`).test(figure.trim());

/** An email address or phone number given in a line (the same in every language); remembered, read-only. */
export const contactOf = byText(contactIn);

function contactIn(text: string): { readonly channel: "email" | "phone"; readonly contact: string } | null {
  const email = EMAIL.exec(text);
  if (email) return { channel: "email", contact: email[0] };
  const phone = PHONE.exec(text);
  if (phone) return { channel: "phone", contact: phone[0].trim() };
  // A number read out in groups ("020 7946 0000", "138 0000 1111"): a phone number by its length, as dialled.
  for (const match of text.matchAll(SPOKEN_PHONE)) {
    const digits = match[0].replace(/\D/g, "").length;
    if (digits >= SPOKEN_PHONE_DIGITS[0] && digits <= SPOKEN_PHONE_DIGITS[1]) return { channel: "phone", contact: match[0].trim() };
  }
  return null;
}
