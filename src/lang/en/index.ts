// The English LanguagePack: speaking measure, grammar helpers, and the cue and line tables.
import type { LanguagePack, SpeechMeasure } from "../types.js";
import { countMatches } from "../../util/count-matches.js";
import { EN_HEARING } from "./hearing.js";
import { EN_CLARIFY } from "./clarify.js";
import { EN_DOCUMENT } from "./document.js";
import { EN_CALLEE, EN_CALLER } from "./lines.js";
import { EN_STEP_ACTS } from "./step-acts.js";
import { EN_GRAMMAR } from "./grammar.js";

const WORD = /[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*/g;
const NON_SPACE_RUN = /\S+/g;
const OWN_WORD = /[a-z0-9]+(?:'[a-z]+)?/g;
const PERSON_WORD = /^(?:i|me|my|mine|he|him|his|she|her|hers|they|them|their)(?:'[a-z]+)?$/;

const speech: SpeechMeasure = {
  size: (text) => countMatches(NON_SPACE_RUN, text),
  units: (text) => countMatches(WORD, text),
  unitsPerSecond: 2.7,
  fullStop: ".",
  questionMark: "?",
  joiner: " ",
  listJoiner: ", ",
  longTurnUnits: 35,
  turnBudget: { short: 70, long: 95 },
  labelUnits: 4,
  clauseBreak: /(?<=[,.!?;])\s*/,
  minLineUnits: 3,
  // Words, with person words one unit: "her car" told is "my car" said.
  unitsOf: (text) => (text.toLowerCase().replace(/[’‘]/g, "'").match(OWN_WORD) ?? []).map((w) => (PERSON_WORD.test(w) ? "@" : w)),
  ownRunMax: 5,
};

export const EN: LanguagePack = { id: "en", clarify: EN_CLARIFY, speech, hearing: EN_HEARING, document: EN_DOCUMENT, caller: EN_CALLER, callee: EN_CALLEE, grammar: EN_GRAMMAR, stepActs: EN_STEP_ACTS };
