// The PII masker of one call: finds every kind of personal data in each text and replaces it with a placeholder
// that stays the same for the same value throughout the call ([PHONE_1] twice for one number written two ways).
import { findAddresses } from "./address.js";
import { findEmails } from "./email.js";
import { findNames, nameForms, namesSaid, surnameFullNames } from "./names.js";
import { findNumberPii } from "./numbers.js";
import { findPlates } from "./plates.js";
import { asciiView, dropOverlaps, type PiiKind, type PiiSpan } from "./span.js";

export interface PiiMasker {
  /** Masks one text; call `learnNames` with every text of the call first so names said late are masked early. */
  mask(text: string): string;
  /** Names the speakers give for themselves anywhere in the call. */
  learnNames(texts: readonly string[]): void;
}

export function createPiiMasker(options: { names?: readonly string[] } = {}): PiiMasker {
  const forms = (options.names ?? []).flatMap((name) => nameForms(name));
  const numbers = new Map<PiiKind, Map<string, number>>();
  const placeholder = (span: PiiSpan): string => {
    const seen = numbers.get(span.kind) ?? new Map<string, number>();
    numbers.set(span.kind, seen);
    const n = seen.get(span.key) ?? seen.size + 1;
    seen.set(span.key, n);
    return `[${span.kind}_${n}]`;
  };
  return {
    learnNames(texts) {
      for (const text of texts) {
        for (const said of namesSaid(text)) {
          forms.push(...nameForms(said));
          if (said.length === 1) for (const full of surnameFullNames(text, said)) forms.push(...nameForms(full).map((form) => ({ ...form, key: said })));
        }
      }
    },
    mask(text) {
      const view = asciiView(text);
      const spans = dropOverlaps([...findEmails(view), ...findNumberPii(view), ...findPlates(view), ...findAddresses(text), ...findNames(text, forms)]);
      let out = "";
      let at = 0;
      for (const span of spans) {
        out += text.slice(at, span.start) + placeholder(span);
        at = span.end;
      }
      return out + text.slice(at);
    },
  };
}

/** Masks one text on its own (names: only those it says itself). */
export function maskPii(text: string, names: readonly string[] = []): string {
  const masker = createPiiMasker({ names });
  masker.learnNames([text]);
  return masker.mask(text);
}
