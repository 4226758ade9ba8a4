// A knowledge base written as paragraphs, each an emphasised question and its answer, under a heading the reader does
// not know.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

const HEAD = ["## Who you are", "You are Ben Cole from Example Windows.", "", "## Steps", "1. Hello", '   - "Hi, is that Mara?"', ""];

describe("FAQ paragraphs", () => {
  it("reads '**question?** — answer' paragraphs as entries", () => {
    const s = parseScenarioText([...HEAD, "## What owners wonder", "", "**Do you clean skylights?** — Yes, from inside and out.", "", "**Can I pay by card?** — Yes, on the day.", ""].join("\n"));
    expect(s.caller.knowledgeBase.map((e) => e.question)).toEqual(["Do you clean skylights?", "Can I pay by card?"]);
  });

  it("leaves a single emphasised paragraph alone", () => {
    const s = parseScenarioText([...HEAD, "## Aside", "", "**Why now?** — spring is busy.", ""].join("\n"));
    expect(s.caller.knowledgeBase).toEqual([]);
  });
});
