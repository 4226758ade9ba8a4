// A container's key as the part of a scenario it names: keys are compound words written by a program ("end_message",
// "openingStatement", "QandA", "conversation_variables", "Goodbye"), so they are split into words and matched by rule.

/** The words of a key: camelCase, snake_case, kebab-case and dotted keys split, lower-cased ("QandA" → q and a). */
export function keyWords(key: string): string[] {
  return key
    .replace(/Q(?:and|&|n)A/gu, " q and a ")
    .replace(/([a-z0-9])([A-Z])/gu, "$1 $2")
    .replace(/([A-Z])([A-Z][a-z])/gu, "$1 $2")
    .split(/[\s_.\-/]+/u)
    .map((w) => w.toLowerCase())
    .filter((w) => w !== "");
}

/** The heading a key naming the simulated customer stands for. */
export const SIMULATED_HEADING = "Callee (simulated customer)";

interface KeyRule { name: string; heading: string; test: (words: readonly string[]) => boolean }

const has = (words: readonly string[], re: RegExp): boolean => words.some((w) => re.test(w));
const SAID = /^(?:message|messages|line|lines|text|phrase|phrases|speech|statement|script|say|words)$/u;

/** In order: the first rule a key's words meet names its part (the heading the reader knows it by). */
export const KEY_RULES: readonly KeyRule[] = [
  { name: "objections", heading: "Objections", test: (w) => has(w, /^(?:objections?|pushbacks?|rebuttals?)$/u) },
  { name: "closing", heading: "Closing lines", test: (w) => has(w, /^(?:goodbye|farewell|signoff|outro|bye|closing|hangup)$/u) || (has(w, /^(?:end|exit|close|ending)$/u) && has(w, SAID)) },
  // "firstMessage", "greeting_line", "begin_message": the first thing said.
  { name: "opening", heading: "Opening line", test: (w) => has(w, /^(?:prologue|welcome|opening|greeting)$/u) || (has(w, /^(?:first|begin|initial)$/u) && has(w, SAID)) },
  { name: "faq", heading: "FAQ", test: (w) => w.join(" ") === "q and a" || has(w, /^(?:faqs?|qa|qna|questions|kb)$/u) || (has(w, /^knowledge$/u) && has(w, /^(?:base|bank)$/u)) },
  // "SIM_CALLEE", "simulatorPersona", "test_user": the simulated customer a test runs against, the callee's part.
  { name: "callee", heading: SIMULATED_HEADING, test: (w) => has(w, /^(?:callee|simulator|simulated)$/u) || (has(w, /^test$/u) && has(w, /^(?:user|customer|client|persona)$/u)) },
  { name: "profile", heading: "Customer profile", test: (w) => (has(w, /^(?:customer|client|contact|callee|member|account)$/u) && has(w, /^(?:info|information|data|record|profile|fields|details|variables|facts)$/u)) || (has(w, /^(?:variables?|slots|vars)$/u) && (w.length === 1 || has(w, /^(?:conversation|session|dialog|dialogue|states?)$/u))) },
];

/** The heading a key stands for, or null when no rule reads it. */
export function keyHeading(key: string): string | null {
  const words = keyWords(key);
  return KEY_RULES.find((r) => r.test(words))?.heading ?? null;
}
