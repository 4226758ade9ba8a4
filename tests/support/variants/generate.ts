// Hundreds of layout variants of the canonical scenarios from one seed, each with the truth its reading must match,
// and the comparison of a reading with that truth on the fields the reader-fixture bench compares.
import { createRandom } from "../../../src/util/random.js";
import type { Scenario } from "../../../src/schema/index.js";
import { loadCanons, type Canon } from "./canon.js";
import { FEATURES, allowed, applying, canonicalFeatures, pickFeatures, type Features } from "./features.js";
import { renderDocument } from "./render-document.js";

export interface Variant { id: string; canonId: string; features: Features; text: string; truth: Record<string, unknown> }

export function truthOf(canon: Canon): Record<string, unknown> {
  const c = canon.caller;
  const e = canon.callee;
  return {
    name: c.name, organization: c.organization, steps: c.steps.length, stepLines: c.steps.reduce((n, s) => n + s.lines.length, 0),
    kb: c.kb.length, opening: c.opening !== null, endConditions: c.endConditions.length, closingLines: c.closingLines.length,
    profile: c.profile.length, calleeName: e.name, concerns: e.concerns.length, behaviours: e.behaviours.length,
    positive: e.positive.length, negative: e.negative.length, calleeEnd: e.endConditions.length,
  };
}

export function observedOf(s: Scenario): Record<string, unknown> {
  const c = s.caller;
  const e = s.callee;
  return {
    name: c.name, organization: c.organization, steps: c.steps.length, stepLines: c.steps.reduce((n, step) => n + step.lines.length, 0),
    kb: c.knowledgeBase.length, opening: c.opening !== null, endConditions: c.endConditions.length, closingLines: c.closingLines.length,
    profile: c.customerProfile.length, calleeName: e.name, concerns: e.concerns.length, behaviours: e.behaviours.length,
    positive: e.style.positive.length, negative: e.style.negative.length, calleeEnd: e.endConditions.length,
  };
}

/** The truth's fields the reading got wrong. */
export function misses(truth: Record<string, unknown>, got: Record<string, unknown>): string[] {
  return Object.keys(truth).filter((key) => truth[key] !== got[key]);
}

function variantOf(canon: Canon, features: Features, seed: string): Variant {
  const titles = createRandom(`${seed}:titles`);
  const pick = (_key: string, options: readonly string[]): string => (features.wording === "canonical" ? (options[0] ?? "") : titles.pick(options.slice(1)));
  const { text, canon: adjusted } = renderDocument(canon, features, pick);
  return { id: seed, canonId: canon.id, features, text, truth: truthOf(adjusted) };
}

/** `perCanon` variants of each canonical scenario; the first of each is its canonical layout. */
export function generateVariants(seed: number, perCanon: number): Variant[] {
  const out: Variant[] = [];
  for (const canon of loadCanons()) {
    const random = createRandom(`${seed}:${canon.id}`);
    out.push(variantOf(canon, canonicalFeatures(), `${canon.id}#canonical`));
    for (let i = 1; i < perCanon; i++) out.push(variantOf(canon, pickFeatures(random, canon.language), `${canon.id}#${i}`));
  }
  return out;
}

/** Each canon in its own layout with one feature changed to each other value: failures told apart by cause. */
export function singleFeatureVariants(): Variant[] {
  const out: Variant[] = [];
  for (const canon of loadCanons()) {
    for (const [name, values] of Object.entries(FEATURES)) {
      for (const value of new Set(values.slice(1))) {
        if (value === values[0]) continue;
        const features = { ...canonicalFeatures(), [name]: value } as Features;
        if (!allowed(features, canon.language)) continue;
        out.push(variantOf(canon, features, `${canon.id}#${name}=${value}`));
      }
    }
  }
  return out;
}

export { applying };
