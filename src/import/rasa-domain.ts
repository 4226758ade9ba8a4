// A Rasa-style domain file with its stories and rules (`slots`, `responses: utter_*`, `stories`, `rules`): the
// happy-path story's actions after the opening are the steps (a custom action says nothing), the other stories'
// responses are branches or endings, rules that answer an intent are the knowledge base, and slot values fill the
// `{slot}` templates. Read into the outline a person would write, then through the Markdown reader.
import type { PlatformParts } from "./prompt-scenario.js";

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Slot names that hold the caller's own name or organisation (generic words). */
const CALLER_SLOT = /^(?:agent|caller|bot|assistant|rep)_?name$/iu;
const ORG_SLOT = /^(?:company|org|organi[sz]ation|business|brand|shop|company_name|org_name)$/iu;
/** Response names by their part: an opening, a closing, an objection's answer. */
const OPENING = /^utter_(?:opening|greet|greeting|intro|introduction|hello)$/iu;
const CLOSING = /^utter_(?:goodbye|bye|closing|close|farewell|end)(?:_\w+)?$/iu;
const OBJECTION = /objection|pushback|push_back|rebuttal/iu;

function firstText(value: unknown): string {
  const first = list(value).find(isObject);
  return first === undefined || typeof first.text !== "string" ? "" : first.text;
}

function slotValues(slots: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!isObject(slots)) return out;
  for (const [name, slot] of Object.entries(slots)) {
    const value = isObject(slot) ? slot.initial_value : undefined;
    if (typeof value === "string" || typeof value === "number") out.set(name, String(value));
  }
  return out;
}

function filled(text: string, values: Map<string, string>): string {
  return text.replace(/\{(\w{1,40})\}/gu, (whole, name: string) => values.get(name) ?? whole);
}

/** Each story's or rule's actions, in order. */
function actions(story: unknown): string[] {
  return isObject(story) ? list(story.steps).filter(isObject).map((s) => (typeof s.action === "string" ? s.action : "")).filter((a) => a !== "") : [];
}

export function isRasaDomain(d: Json): boolean {
  return isObject(d.responses) && Object.keys(d.responses).some((k) => k.startsWith("utter_")) && (Array.isArray(d.stories) || Array.isArray(d.rules));
}

function humanise(name: string): string {
  return name.replace(/^(?:utter|action)_/u, "").replace(/^(?:step|faq|objection|branch)_/u, "").replace(/_/gu, " ");
}

export function readRasaDomain(d: Json): PlatformParts {
  const responses = isObject(d.responses) ? d.responses : {};
  const values = slotValues(d.slots);
  const say = (name: string): string => filled(firstText(responses[name]), values);
  const stories = list(d.stories);
  // The main path: the story with the most actions (the happy path a designer writes first when tied).
  const main = stories.map(actions).reduce<string[]>((best, a) => (a.length > best.length ? a : best), []);
  const opening = main.find((a) => OPENING.test(a)) ?? Object.keys(responses).find((k) => OPENING.test(k)) ?? null;
  const steps = main.filter((a) => a !== opening && !CLOSING.test(a));
  const closings = Object.keys(responses).filter((k) => CLOSING.test(k));
  const otherStories = stories.filter((s) => actions(s) !== main && actions(s).join() !== main.join());
  // Another story that ends in a response of no closing's name is a branch of the step it starts from.
  const branches = otherStories.map(actions).filter((a) => a.length > 0 && !CLOSING.test(a[a.length - 1] ?? ""));
  const answered = list(d.rules).map(actions).map((a) => a[a.length - 1] ?? "").filter((a) => a !== "" && say(a) !== "");
  const profile = [...values].filter(([name]) => !CALLER_SLOT.test(name) && !ORG_SLOT.test(name)).map(([name, value]) => `- ${name.replace(/_/gu, " ")}: ${value}`);
  const agent = [...values].find(([name]) => CALLER_SLOT.test(name))?.[1];
  const org = [...values].find(([name]) => ORG_SLOT.test(name))?.[1];
  const lines: string[] = [];
  if (agent !== undefined) lines.push("## Role", `You are ${agent}${org === undefined ? "" : `, calling on behalf of ${org}`}.`, "");
  if (profile.length > 0) lines.push("## Customer profile", ...profile, "");
  if (opening !== null && say(opening) !== "") lines.push("## Opening line", `"${say(opening)}"`, "");
  lines.push("## Steps");
  steps.forEach((a, i) => {
    const text = say(a);
    lines.push(text === "" ? `${i + 1}. ${humanise(a)} (no line: an action of the system)` : `${i + 1}. ${humanise(a)}: "${text}"`);
    for (const branch of branches.filter((b) => b.includes(a))) {
      const reply = branch.slice(branch.indexOf(a) + 1).map(say).find((t) => t !== "");
      if (reply !== undefined) lines.push(`   - If the customer answers otherwise (${humanise(branch[branch.length - 1] ?? "")}), then say: "${reply}"`);
    }
  });
  const faq = answered.filter((a) => !OBJECTION.test(a));
  const objections = answered.filter((a) => OBJECTION.test(a));
  if (faq.length > 0) lines.push("", "## FAQ", ...faq.flatMap((a) => [`- Q: ${humanise(a)}?`, `  A: ${say(a)}`]));
  if (objections.length > 0) lines.push("", "## Objection handling", ...objections.map((a) => `- "${humanise(a)}" → "${say(a)}"`));
  if (closings.length > 0) lines.push("", "## Closing lines", ...closings.map((k) => `- ${humanise(k)}: "${say(k)}"`));
  return {
    platform: "Rasa domain",
    prompt: lines.join("\n"),
    opening: opening === null ? null : say(opening) || null,
    used: ["slots", "responses", "stories", "rules"].filter((k) => d[k] !== undefined),
    ignored: Object.keys(d).filter((k) => !["slots", "responses", "stories", "rules", "version", "intents", "entities", "actions", "session_config", "forms"].includes(k)),
  };
}
