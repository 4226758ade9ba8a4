// `callsim import FILE --model PROVIDER:MODEL`: the offline reading checked by a model's structured reading; fields
// the offline reader left empty are filled where the document bears the model out, and every difference is printed.
import { extname } from "node:path";
import { modelSettingsFrom } from "../model-options.js";
import { ModelRuntime } from "../../models/model-runtime.js";
import { requestModelReading } from "../../import/model-reading.js";
import { differencesText, mergeModelReading, type Merged } from "../../import/model-merge.js";
import { Scenario } from "../../schema/scenario.js";
import { systemError } from "../../errors.js";

export interface ModelImportOptions {
  model?: string;
  baseUrl?: string;
  record?: string;
  replay?: string;
  timeoutMs?: string;
  maxRetries?: string;
}

/** A platform export's words are its string values; JSON escapes would hide a line the model copied. */
function documentWords(file: string, text: string): string {
  if (extname(file).toLowerCase() !== ".json") return text;
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === "object" && v !== null) Object.values(v).forEach(walk);
  };
  try {
    walk(JSON.parse(text));
  } catch {
    return text;
  }
  return out.join("\n");
}

export async function withModelReading(offline: Scenario, text: string, file: string, keepCallee: boolean, options: ModelImportOptions): Promise<Merged & { report: string }> {
  const runtime = new ModelRuntime(modelSettingsFrom({ ...options, callerModel: undefined, calleeModel: undefined }));
  const port = runtime.portFor("caller", 0);
  const doubts = offline.diagnostics.filter((d) => d.severity === "warning");
  const reading = await requestModelReading(port, text, doubts, file);
  const merged = mergeModelReading(offline, reading, documentWords(file, text), text.split(/\r\n|\r|\n/), port.label, keepCallee);
  const checked = Scenario.safeParse(merged.scenario);
  if (!checked.success) throw systemError("scenario-shape", `the model's reading made an invalid Scenario: ${checked.error.issues[0]?.message ?? ""}`);
  return { ...merged, report: differencesText(merged.differences, port.label, file) };
}
