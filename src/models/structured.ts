// An object out of any model: JSON schema in the request, then tolerant parse + repair, then one corrective retry.
import { z } from "zod";
import { systemError } from "../errors.js";
import type { ChatMessage, ModelPort, ResponseSchema } from "./model-port.js";
import { parseTolerantJson } from "./tolerant-json.js";
import type { UsageMeter } from "./usage-meter.js";

export interface ObjectRequest<T> {
  messages: readonly ChatMessage[];
  name: string;
  schema: z.ZodType<T>;
  stream?: boolean | undefined;
  onTextDelta?: ((delta: string) => void) | undefined;
  signal?: AbortSignal | undefined;
  seed?: number | undefined;
}

export interface ObjectResult<T> {
  value: T;
  /** Raw text of the accepted reply. */
  text: string;
  /** What had to be fixed, one line each (empty when the first reply was clean JSON). */
  repairs: string[];
}

const schemaCache = new WeakMap<z.ZodType, Record<string, unknown>>();

export function wireSchema(name: string, schema: z.ZodType): ResponseSchema {
  let json = schemaCache.get(schema);
  if (json === undefined) {
    const { $schema: _ignored, ...rest } = z.toJSONSchema(schema) as Record<string, unknown>;
    json = rest;
    schemaCache.set(schema, json);
  }
  return { name, jsonSchema: json };
}

type Attempt<T> = { ok: true; value: T; repaired: boolean } | { ok: false; error: string };

function read<T>(text: string, schema: z.ZodType<T>): Attempt<T> {
  const parsed = parseTolerantJson(text);
  if (!parsed.ok) return parsed;
  const checked = schema.safeParse(parsed.value);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { ok: false, error: `${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "does not match the schema"}` };
  }
  return { ok: true, value: checked.data, repaired: parsed.repaired };
}

export function correctionMessage(error: string): string {
  return `Your last reply was not a valid JSON object for the required schema (${error}). Reply again with only that JSON object, no other text.`;
}

export async function requestObject<T>(port: ModelPort, meter: UsageMeter, request: ObjectRequest<T>): Promise<ObjectResult<T>> {
  const schema = wireSchema(request.name, request.schema);
  const ask = async (messages: readonly ChatMessage[], stream: boolean) => {
    try {
      const reply = await port.complete({ messages, schema, stream, onTextDelta: request.onTextDelta, signal: request.signal, seed: request.seed });
      meter.add(reply);
      return reply;
    } catch (error) {
      meter.addFailure(error);
      throw error;
    }
  };
  const first = await ask(request.messages, request.stream === true);
  const firstRead = read(first.text, request.schema);
  if (firstRead.ok) {
    return { value: firstRead.value, text: first.text, repairs: firstRead.repaired ? ["reply was not bare JSON; extracted and repaired"] : [] };
  }
  const corrective: ChatMessage[] = [
    ...request.messages,
    { role: "assistant", content: first.text },
    { role: "user", content: correctionMessage(firstRead.error) },
  ];
  const second = await ask(corrective, request.stream === true);
  const secondRead = read(second.text, request.schema);
  if (!secondRead.ok) {
    throw systemError("model-bad-output", `model ${port.label} gave no valid JSON after a corrective retry: ${secondRead.error}`);
  }
  return { value: secondRead.value, text: second.text, repairs: [`invalid JSON (${firstRead.error}); corrective retry succeeded`] };
}
