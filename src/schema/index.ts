// The single schema module: every type that crosses a boundary, and its JSON Schema.
import { z } from "zod";
import { Scenario } from "./scenario.js";
import { CallRecord } from "./call.js";
import { Scorecard } from "./score.js";
import { LabelledCall } from "./labels.js";

export * from "./scenario.js";
export * from "./call.js";
export * from "./score.js";
export * from "./labels.js";

/** Version of the Scenario, CallRecord and Scorecard shapes. */
export const SCHEMA_VERSION = 1 as const;

export const SCHEMAS = { scenario: Scenario, call: CallRecord, score: Scorecard, labels: LabelledCall } as const;
export type SchemaName = keyof typeof SCHEMAS;

export function jsonSchemaOf(name: SchemaName): Record<string, unknown> {
  return z.toJSONSchema(SCHEMAS[name], { target: "draft-2020-12" }) as Record<string, unknown>;
}
