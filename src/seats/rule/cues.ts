// What a line of speech does at the cue level (confirm, busy, in writing, question, complaint…), read with the
// language pack's patterns; plus the contact details a line gives. The words themselves live in src/lang/.
import { CUES, type Channel, type Cue, type LanguagePack } from "../../lang/index.js";

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

/** A figure that is a whole phone number (a callback line a closing may give anyone). */
export const isPhoneNumber = (figure: string): boolean => new RegExp(`^${PHONE.source}$`).test(figure.trim());

/** An email address or phone number given in a line (the same in every language). */
export function contactOf(text: string): { channel: "email" | "phone"; contact: string } | null {
  const email = EMAIL.exec(text);
  if (email) return { channel: "email", contact: email[0] };
  const phone = PHONE.exec(text);
  if (phone) return { channel: "phone", contact: phone[0].trim() };
  return null;
}
