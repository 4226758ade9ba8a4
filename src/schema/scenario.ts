// The Scenario: one validated object parsed from a two-role call document.
// Field names are a public contract (other tools read them); change them only with SCHEMA_VERSION.
import { z } from "zod";

export const Language = z.enum(["zh", "en"]);
export type Language = z.infer<typeof Language>;

export const Diagnostic = z.object({
  severity: z.enum(["error", "warning"]),
  message: z.string(),
  /** 1-based line in the source document, null when it concerns the whole document. */
  line: z.number().int().nullable(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export const ExtraSection = z.object({ title: z.string(), body: z.string() });
export type ExtraSection = z.infer<typeof ExtraSection>;

export const Step = z.object({
  /** 1-based position in the script. */
  index: z.number().int().min(1),
  /** The step heading text, without numbering or emphasis marks. */
  title: z.string(),
  /** Sample lines of the step, quotes removed. */
  lines: z.array(z.string()),
  /** What the caller is told to do in this step (not said aloud), when the document says it apart from the lines. */
  instructions: z.array(z.string()).optional(),
  /** Conditional lines of the step ("若客户说没钱，则…", "If they object, then …"), as written. */
  branches: z.array(z.string()).optional(),
});
export type Step = z.infer<typeof Step>;

export const KbEntry = z.object({
  question: z.string(),
  answer: z.string(),
  /** "objection": what the customer objects and the scripted response; absent for a plain question and answer. */
  kind: z.enum(["faq", "objection"]).optional(),
});
export type KbEntry = z.infer<typeof KbEntry>;

export const Fact = z.object({
  /** The figure as written, e.g. "10分钟", "$12,500", "2024-12-31", "30%". */
  text: z.string(),
  /** Numeric value when the figure has one (dates: null). */
  value: z.number().nullable(),
  /** Unit or kind as written after/before the number ("分钟", "$", "%", "date", ""). */
  unit: z.string(),
  /** 1-based source line the figure comes from. */
  line: z.number().int(),
  /** The text of that source line (trimmed). */
  source: z.string(),
});
export type Fact = z.infer<typeof Fact>;

export const CallerSide = z.object({
  /** "" when the document states no name the reader is sure of; the reading then carries a warning saying so (v1). */
  name: z.string(),
  organization: z.string().nullable(),
  role: z.string(),
  task: z.string(),
  customerProfile: z.array(z.string()),
  steps: z.array(Step),
  knowledgeBase: z.array(KbEntry),
  opening: z.string().nullable(),
  endConditions: z.array(z.string()),
  closingLines: z.array(z.string()),
  extraSections: z.array(ExtraSection),
  /** The caller's lines in the document's example conversations ("**AI:** …", "客户说…→…"), apart from the script. */
  exampleLines: z.array(z.string()).optional(),
});
export type CallerSide = z.infer<typeof CallerSide>;

export const CalleeSide = z.object({
  /** "" when no persona or profile names the person (a template variable such as {{customer_name}} is no name). */
  name: z.string(),
  role: z.string(),
  background: z.string(),
  /** The situation right before the call, when the document states it apart. */
  situation: z.string().nullable(),
  concerns: z.array(z.string()),
  behaviours: z.array(z.string()),
  style: z.object({ positive: z.array(z.string()), negative: z.array(z.string()) }),
  endConditions: z.array(z.string()),
  extraSections: z.array(ExtraSection),
});
export type CalleeSide = z.infer<typeof CalleeSide>;

export const Scenario = z.object({
  schemaVersion: z.literal(1),
  /** Stable id: the file's base name without extension, or given in JSON/YAML. */
  id: z.string(),
  /** Document title when it has one. */
  title: z.string().nullable(),
  language: Language,
  caller: CallerSide,
  callee: CalleeSide,
  facts: z.array(Fact),
  diagnostics: z.array(Diagnostic),
});
export type Scenario = z.infer<typeof Scenario>;
