// The model's reading laid over the offline one, field by field: a field the offline reader left empty takes the
// model's value when every name and spoken line of it is in the document; a field it read stays, and any difference
// is reported for the person to decide.
import type { Scenario } from "../schema/scenario.js";
import type { Decision } from "../scenario/trace.js";
import type { ModelReading } from "./model-reading.js";

type Status = "same" | "filled" | "kept" | "ungrounded" | "empty";

export interface FieldDifference {
  field: string;
  status: Status;
  offline: string;
  model: string;
  /** For "ungrounded": the model's text not found in the document. */
  missing?: string;
}

interface FieldRule {
  field: string;
  side: "caller" | "callee" | "scenario";
  /** The value as display items (a scalar is one item; empty: no items). */
  offline(s: Scenario): string[];
  model(r: ModelReading): string[];
  /** Names and spoken lines: each must be found in the document before the value is used. */
  quoted(r: ModelReading): string[];
  apply(s: Scenario, r: ModelReading): void;
  /** The offline warning that the field was left empty, dropped once the model fills it. */
  doubt: RegExp;
}

const one = (v: string | null): string[] => (v === null || v.trim() === "" ? [] : [v]);
const none = (): string[] => [];
const NEVER = /$^/;

const RULES: readonly FieldRule[] = [
  { field: "title", side: "scenario", offline: (s) => one(s.title), model: (r) => one(r.title), quoted: (r) => one(r.title), apply: (s, r) => void (s.title = r.title), doubt: NEVER },
  { field: "caller.name", side: "caller", offline: (s) => one(s.caller.name), model: (r) => one(r.caller.name), quoted: (r) => one(r.caller.name), apply: (s, r) => void (s.caller.name = r.caller.name ?? ""), doubt: /^missing caller name/ },
  { field: "caller.organization", side: "caller", offline: (s) => one(s.caller.organization), model: (r) => one(r.caller.organization), quoted: (r) => one(r.caller.organization), apply: (s, r) => void (s.caller.organization = r.caller.organization), doubt: /^caller organisation not stated/ },
  { field: "caller.role", side: "caller", offline: (s) => one(s.caller.role), model: (r) => one(r.caller.role), quoted: none, apply: (s, r) => void (s.caller.role = r.caller.role), doubt: /^missing caller role/ },
  { field: "caller.task", side: "caller", offline: (s) => one(s.caller.task), model: (r) => one(r.caller.task), quoted: none, apply: (s, r) => void (s.caller.task = r.caller.task), doubt: /^missing caller task/ },
  { field: "caller.customerProfile", side: "caller", offline: (s) => s.caller.customerProfile, model: (r) => r.caller.customerProfile, quoted: none, apply: (s, r) => void (s.caller.customerProfile = r.caller.customerProfile), doubt: /^missing customer profile/ },
  {
    field: "caller.steps",
    side: "caller",
    offline: (s) => s.caller.steps.map((st) => `${st.title}: ${st.lines.join(" / ")}`),
    model: (r) => r.caller.steps.map((st) => `${st.title}: ${st.lines.join(" / ")}`),
    quoted: (r) => r.caller.steps.flatMap((st) => st.lines),
    apply: (s, r) =>
      void (s.caller.steps = r.caller.steps.map((st, i) => ({
        index: i + 1,
        title: st.title,
        lines: st.lines,
        ...(st.instructions.length === 0 ? {} : { instructions: st.instructions }),
        ...(st.branches.length === 0 ? {} : { branches: st.branches }),
      }))),
    doubt: /^missing steps/,
  },
  {
    field: "caller.knowledgeBase",
    side: "caller",
    offline: (s) => s.caller.knowledgeBase.map((e) => `${e.question} → ${e.answer}`),
    model: (r) => r.caller.knowledgeBase.map((e) => `${e.question} → ${e.answer}`),
    quoted: none,
    apply: (s, r) => void (s.caller.knowledgeBase = r.caller.knowledgeBase.map((e) => (e.objection ? { question: e.question, answer: e.answer, kind: "objection" as const } : { question: e.question, answer: e.answer }))),
    doubt: /^missing (?:knowledge base|Q&A pairs)/,
  },
  { field: "caller.opening", side: "caller", offline: (s) => one(s.caller.opening), model: (r) => one(r.caller.opening), quoted: (r) => one(r.caller.opening), apply: (s, r) => void (s.caller.opening = r.caller.opening), doubt: /^missing opening/ },
  { field: "caller.endConditions", side: "caller", offline: (s) => s.caller.endConditions, model: (r) => r.caller.endConditions, quoted: none, apply: (s, r) => void (s.caller.endConditions = r.caller.endConditions), doubt: /^missing caller end conditions/ },
  { field: "caller.closingLines", side: "caller", offline: (s) => s.caller.closingLines, model: (r) => r.caller.closingLines, quoted: (r) => r.caller.closingLines, apply: (s, r) => void (s.caller.closingLines = r.caller.closingLines), doubt: /^missing closing lines/ },
  { field: "callee.name", side: "callee", offline: (s) => one(s.callee.name), model: (r) => one(r.callee.name), quoted: (r) => one(r.callee.name), apply: (s, r) => void (s.callee.name = r.callee.name ?? ""), doubt: /^missing callee name/ },
  { field: "callee.role", side: "callee", offline: (s) => one(s.callee.role), model: (r) => one(r.callee.role), quoted: none, apply: (s, r) => void (s.callee.role = r.callee.role), doubt: /^missing callee role/ },
  { field: "callee.background", side: "callee", offline: (s) => one(s.callee.background), model: (r) => one(r.callee.background), quoted: none, apply: (s, r) => void (s.callee.background = r.callee.background), doubt: /^missing callee background/ },
  { field: "callee.situation", side: "callee", offline: (s) => one(s.callee.situation), model: (r) => one(r.callee.situation), quoted: none, apply: (s, r) => void (s.callee.situation = r.callee.situation), doubt: NEVER },
  { field: "callee.concerns", side: "callee", offline: (s) => s.callee.concerns, model: (r) => r.callee.concerns, quoted: none, apply: (s, r) => void (s.callee.concerns = r.callee.concerns), doubt: /^missing callee concerns/ },
  { field: "callee.behaviours", side: "callee", offline: (s) => s.callee.behaviours, model: (r) => r.callee.behaviours, quoted: none, apply: (s, r) => void (s.callee.behaviours = r.callee.behaviours), doubt: /^missing callee behaviours/ },
  {
    field: "callee.style",
    side: "callee",
    offline: (s) => [...s.callee.style.positive.map((l) => `+ ${l}`), ...s.callee.style.negative.map((l) => `- ${l}`)],
    model: (r) => [...r.callee.style.positive.map((l) => `+ ${l}`), ...r.callee.style.negative.map((l) => `- ${l}`)],
    quoted: (r) => [...r.callee.style.positive, ...r.callee.style.negative],
    apply: (s, r) => void (s.callee.style = { positive: r.callee.style.positive, negative: r.callee.style.negative }),
    doubt: /^missing reply style examples/,
  },
  { field: "callee.endConditions", side: "callee", offline: (s) => s.callee.endConditions, model: (r) => r.callee.endConditions, quoted: none, apply: (s, r) => void (s.callee.endConditions = r.callee.endConditions), doubt: /^missing callee end conditions/ },
];

/** Whitespace, quotation marks and emphasis marks do not decide whether a line is the document's. */
export function comparable(text: string): string {
  return text.replace(/[\s“”"「」『』‘’'*_`]+/gu, "").toLowerCase();
}

/**
 * The model's text is the document's: the same characters, whitespace and quotes aside; a Latin word must stand as a
 * whole word ("Member" is not found in "members").
 */
function foundIn(document: string, comparableDocument: string, text: string): boolean {
  const wanted = comparable(text);
  if (wanted === "") return true;
  if (!comparableDocument.includes(wanted)) return false;
  if (!/^[\p{Script=Latin}\s.'’-]+$/u.test(text)) return true;
  const words = text.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(?<![\\p{L}])${words.join("\\s+")}(?![\\p{L}])`, "iu").test(document);
}

export interface Merged {
  scenario: Scenario;
  differences: FieldDifference[];
  decisions: Decision[];
}

/**
 * `document`: the text the model read (for grounding); `source`: its lines (to cite where a filled value stands);
 * `keepCallee`: the callee came from a --persona file and is not the model's to fill.
 */
export function mergeModelReading(offline: Scenario, reading: ModelReading, document: string, source: readonly string[], label: string, keepCallee: boolean): Merged {
  const scenario: Scenario = structuredClone(offline);
  const inDocument = comparable(document);
  const differences: FieldDifference[] = [];
  const decisions: Decision[] = [];
  const filled: FieldRule[] = [];
  for (const rule of RULES) {
    if (keepCallee && rule.side === "callee") continue;
    const before = rule.offline(offline);
    const proposed = rule.model(reading);
    const shown = { field: rule.field, offline: display(before), model: display(proposed) };
    const missing = rule.quoted(reading).find((t) => !foundIn(document, inDocument, t));
    if (before.length === 0 && proposed.length === 0) differences.push({ ...shown, status: "empty" });
    else if (same(before, proposed)) differences.push({ ...shown, status: "same" });
    else if (before.length > 0) differences.push({ ...shown, status: "kept" });
    else if (missing !== undefined) differences.push({ ...shown, status: "ungrounded", missing });
    else {
      rule.apply(scenario, reading);
      filled.push(rule);
      differences.push({ ...shown, status: "filled" });
      const first = rule.quoted(reading)[0] ?? proposed[0] ?? "";
      decisions.push({ field: rule.field, lines: lineOf(source, first), evidence: `${shown.model} from model ${label} (the offline reader left it empty)` });
    }
  }
  scenario.diagnostics = [
    ...scenario.diagnostics.filter((d) => !filled.some((rule) => rule.doubt.test(d.message))),
    ...filled.map((rule) => ({ severity: "warning" as const, message: `${rule.field} filled by model ${label}; check it`, line: null })),
  ];
  return { scenario, differences, decisions };
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => comparable(x) === comparable(b[i] ?? ""));
}

function display(items: readonly string[]): string {
  if (items.length === 0) return "(empty)";
  const flat = (t: string): string => {
    const one = t.replace(/\s+/g, " ").trim();
    return one.length > 70 ? `${one.slice(0, 69)}…` : one;
  };
  if (items.length === 1) return `'${flat(items[0] ?? "")}'`;
  return `${items.length} items: ${items.slice(0, 3).map((t) => `'${flat(t)}'`).join(", ")}${items.length > 3 ? ", …" : ""}`;
}

/** The first source line holding the text, as a decision's lines. */
function lineOf(source: readonly string[], text: string): number[] {
  const wanted = comparable(text);
  if (wanted === "") return [];
  const at = source.findIndex((line) => comparable(line).includes(wanted));
  return at < 0 ? [] : [at + 1];
}

const STATUS_WORDS: Record<Status, string> = {
  same: "same",
  filled: "filled by the model",
  kept: "differs; offline reading kept",
  ungrounded: "model's value not in the document; not used",
  empty: "empty in both",
};

/** The differences as lines for the terminal. */
export function differencesText(differences: readonly FieldDifference[], label: string, file: string): string {
  const out = [`${file}: model ${label} against the offline reading, field by field:`];
  for (const d of differences) {
    out.push(`  ${d.field}: ${STATUS_WORDS[d.status]}`);
    if (d.status === "same" || d.status === "empty") continue;
    out.push(`    offline: ${d.offline}`, `    model:   ${d.model}`);
    if (d.missing !== undefined) out.push(`    not found: '${d.missing.slice(0, 70)}'`);
  }
  return `${out.join("\n")}\n`;
}
