// Masks e-mail addresses and phone numbers in dataset text; leaves other figures (dates, money, durations) alone.

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** Phone shapes; each is anchored so it does not eat into a longer number, and none matches a date like 2024-12-31. */
const PHONES: readonly RegExp[] = [
  // Chinese mobile, optionally +86, as 13812345678 or 138 1234 5678 / 138-1234-5678.
  /(?<!\d|\d\.)(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d|\.\d)/g,
  // Chinese landline with area code: 010-12345678, 0755-1234567, (021) 12345678.
  /(?<!\d|\d\.)(?:\(0\d{2,3}\)\s?|0\d{2,3}-)\d{7,8}(?!\d|\.\d)/g,
  // Service numbers 400/800-xxx-xxxx.
  /(?<!\d|\d\.)[48]00[\s-]?\d{3}[\s-]?\d{4}(?!\d|\.\d)/g,
  // International with a plus: +44 20 7946 0958, +1-415-555-0100.
  /\+\d{1,3}(?:[\s-]?\(?\d{1,4}\)?){2,5}(?!\d|\.\d)/g,
  // North American: (415) 555-0100, 415-555-0100, 415.555.0100.
  /(?<!\d|\d\.)(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d|\.\d)/g,
];

export const EMAIL_MASK = "[EMAIL]";
export const PHONE_MASK = "[PHONE]";

export function maskPii(text: string): string {
  let out = text.replace(EMAIL, EMAIL_MASK);
  for (const pattern of PHONES) out = out.replace(pattern, PHONE_MASK);
  return out;
}
