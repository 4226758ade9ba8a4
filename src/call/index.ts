// The call engine's public face.
export { runCall } from "./run-call.js";
export type { RunCallOptions } from "./run-call.js";
export { callId } from "./call-id.js";
export { speakingMs, TIMING } from "./timing.js";
export { emptyOutcome, applyPatch } from "./call-state.js";
