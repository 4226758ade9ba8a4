// English wording of the clarifying question between two close knowledge-base entries, and of the reply to it.
import type { ClarifyCues } from "../types.js";

export const EN_CLARIFY: ClarifyCues = {
  ask: "Just so I give you the right answer: do you mean \"{a}\", or \"{b}\"?",
  asked: /do you mean "([^"]+)",? or "([^"]+)"\?/i,
  pick: ["I mean \"{option}\".", "\"{option}\", that one.", "That one: \"{option}\"."],
  first: /\b(?:the first|first one|the former|the earlier one)\b/i,
  second: /\b(?:the second|second one|the latter|the other one|the last one)\b/i,
  neither: /\b(?:neither|none of (?:those|them|that)|not (?:really )?either)\b/i,
  neitherSaid: ["Neither, actually.", "Neither of those, no."],
};
