// The scenario reader's public API.
export { parseScenarioText, parseScenarioBytes, readScenarioFile, type ParseOptions } from "./read-scenario.js";
