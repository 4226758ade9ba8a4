// A model's reading of a document (`callsim import FILE --model P:M`): the Scenario fields a person would fill, asked
// for through structured output and validated with zod; the offline reading's doubts are named in the request.
import { z } from "zod";
import { isUserError, userError } from "../errors.js";
import type { ChatMessage, ModelPort } from "../models/model-port.js";
import { requestObject } from "../models/structured.js";
import { UsageMeter } from "../models/usage-meter.js";
import type { Diagnostic } from "../schema/scenario.js";

const text = z.string();
const texts = z.array(z.string());

/** Every field required (null or [] when absent): providers with strict JSON schemas accept no optional keys. */
export const ModelReading = z.object({
  title: text.nullable(),
  caller: z.object({
    name: text.nullable(),
    organization: text.nullable(),
    role: text,
    task: text,
    customerProfile: texts,
    steps: z.array(z.object({ title: text, lines: texts, instructions: texts, branches: texts })),
    knowledgeBase: z.array(z.object({ question: text, answer: text, objection: z.boolean() })),
    opening: text.nullable(),
    endConditions: texts,
    closingLines: texts,
  }),
  callee: z.object({
    name: text.nullable(),
    role: text,
    background: text,
    situation: text.nullable(),
    concerns: texts,
    behaviours: texts,
    style: z.object({ positive: texts, negative: texts }),
    endConditions: texts,
  }),
});
export type ModelReading = z.infer<typeof ModelReading>;

/** A model reads a page of a script, not a data dump: longer documents are refused before any request. */
export const MAX_MODEL_DOCUMENT_CHARS = 120_000;

const INSTRUCTIONS = [
  "You read a phone-call scenario document (an agent's prompt or script, a customer persona, or a voice-platform export) and fill a JSON object with what it says.",
  "The caller is the agent who places the call; the callee is the customer who answers.",
  "Copy names, organisations, spoken lines (opening, step lines, closing lines, style examples) exactly as the document writes them, without quotation marks; never invent one.",
  "A name or organisation the document does not state plainly is null. A step's lines are what the caller says aloud; what it is told to do goes in instructions; conditional lines ('if…then…', '若…则…') in branches.",
  "knowledgeBase holds question/answer and objection/response pairs (objection: true for the latter). Anything the document does not say is null or an empty list.",
  "Reply with only the JSON object.",
].join("\n");

export function modelReadingMessages(document: string, doubts: readonly Diagnostic[]): ChatMessage[] {
  const unsure = doubts.length === 0 ? "" : `\n\nAn offline reader was unsure of these points; read them with care:\n${doubts.map((d) => `- ${d.line === null ? "" : `line ${d.line}: `}${d.message}`).join("\n")}`;
  return [
    { role: "system", content: INSTRUCTIONS },
    { role: "user", content: `Document:\n<<<\n${document}\n>>>${unsure}` },
  ];
}

/** The model's reading, validated; a model that gives none after a corrective retry is a one-line user error. */
export async function requestModelReading(port: ModelPort, document: string, doubts: readonly Diagnostic[], file: string): Promise<ModelReading> {
  if (document.length > MAX_MODEL_DOCUMENT_CHARS) {
    throw userError("too-long-for-model", `the document has ${document.length} characters; a model reading takes at most ${MAX_MODEL_DOCUMENT_CHARS} (import it without --model)`, { file });
  }
  try {
    const { value } = await requestObject(port, new UsageMeter(port.label), { messages: modelReadingMessages(document, doubts), name: "scenario_reading", schema: ModelReading });
    return value;
  } catch (error) {
    if (isUserError(error)) throw error;
    const why = error instanceof Error ? error.message : String(error);
    throw userError("model-reading-failed", `no model reading (${why}); nothing was written (import it without --model for the offline reading)`, { file });
  }
}
