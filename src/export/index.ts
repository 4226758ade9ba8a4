// Fine-tuning datasets from a batch directory.
export { exportCalls, type ExportOptions, type ExportResult } from "./export-calls.js";
export { toMessages, formatExample, type ChatMessage, type ExportFormat } from "./to-example.js";
export { systemMessage, type Perspective } from "./system-message.js";
export { createPiiMasker, maskPii, type PiiKind, type PiiMasker } from "./mask-pii.js";
