// Dataset PII masking: see pii/ for what is found and how; this is the export's entry point.
export { createPiiMasker, maskPii, type PiiMasker } from "./pii/masker.js";
export type { PiiKind } from "./pii/span.js";
