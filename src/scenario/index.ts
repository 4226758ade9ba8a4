// The scenario reader's public API.
export { parseScenarioText, parseScenarioBytes, readScenarioFile, readScenarioWithTrace, type ParseOptions, type Reading } from "./read-scenario.js";
export { withPersonas, readPersonaFile, readWithPersonas } from "./persona.js";
export { explainText, sourceComment } from "./explain.js";
export type { Decision } from "./trace.js";
