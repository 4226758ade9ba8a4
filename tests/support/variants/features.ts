// The layout features a variant combines, each with the values teams write; a seeded source picks one of each.
import type { Random } from "../../../src/util/random.js";

export const FEATURES = {
  container: ["markdown", "markdown", "markdown", "front-matter", "yaml-fence", "json-fence"],
  titles: ["atx", "atx-shallow", "atx-deep", "setext", "colon", "fullwidth-colon", "lenticular", "bold", "bold-colon", "caps", "outline-num", "outline-word"],
  docTitle: ["none", "h1"],
  sides: ["titled", "prefixed"],
  order: ["caller-first", "callee-first"],
  openingAt: ["after-kb", "before-steps"],
  wording: ["canonical", "other"],
  inline: ["own-line", "same-line"],
  steps: ["md-bold", "md-plain", "heading", "step-word", "step-ordinal", "hash-dash", "lettered", "tasklist", "table", "circled", "paren", "say-label"],
  quotes: ["curly", "corner", "straight", "single", "blockquote", "backtick", "none"],
  kb: ["qa-list", "qa-plain", "long-label", "table", "deflist", "bold-q", "details", "heading-q", "numbered", "arrow"],
  endings: ["sublabels", "sections", "table", "arrow"],
  style: ["sublabels", "sections", "marks", "table"],
  lists: ["dash", "star", "numbered", "bullet-char", "plain"],
  profile: ["list", "table"],
  eol: ["lf", "lf", "lf", "crlf"],
} as const;

export type FeatureName = keyof typeof FEATURES;
export type Features = { [K in FeatureName]: (typeof FEATURES)[K][number] };

/** Values that do not fit a language (no capital letters in Chinese). */
const NOT_IN: Partial<Record<"zh" | "en", Partial<Record<FeatureName, readonly string[]>>>> = { zh: { titles: ["caps"], quotes: ["single"] } };

export function pickFeatures(random: Random, language: "zh" | "en"): Features {
  const out: Record<string, string> = {};
  for (const [name, values] of Object.entries(FEATURES)) {
    const barred = NOT_IN[language]?.[name as FeatureName] ?? [];
    out[name] = random.pick(values.filter((v) => !barred.includes(v)));
  }
  return out as Features;
}

export function allowed(f: Features, language: "zh" | "en"): boolean {
  const barred = NOT_IN[language] ?? {};
  return Object.entries(barred).every(([name, values]) => !values.includes(f[name as FeatureName]));
}

/** The canonical layout (the examples' own): every first value. */
export function canonicalFeatures(): Features {
  const out: Record<string, string> = {};
  for (const [name, values] of Object.entries(FEATURES)) out[name] = values[0] as string;
  return out as Features;
}

/** Features that shape nothing under the others picked are reported as not applying ("-"). */
export function applying(f: Features): Partial<Record<FeatureName, string>> {
  const structured = f.container === "yaml-fence" || f.container === "json-fence";
  if (structured) return { container: f.container, wording: f.wording, order: f.order };
  const out: Partial<Record<FeatureName, string>> = { ...f };
  if (!["colon", "fullwidth-colon", "lenticular", "bold-colon", "caps"].includes(f.titles)) delete out.inline;
  if (f.eol === "lf") delete out.eol;
  return out;
}
