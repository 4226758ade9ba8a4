// A small hand-built English scenario for the LLM seat tests (independent of the document parser).
import type { Scenario } from "../../src/schema/index.js";

export const SAMPLE_SCENARIO: Scenario = {
  schemaVersion: 1,
  id: "sample-gym-renewal",
  title: "Gym membership renewal",
  language: "en",
  caller: {
    name: "Dana Reyes",
    organization: "Northside Fitness",
    role: "Membership advisor who calls members before their plan ends.",
    task: "Tell the member their plan ends soon, explain the renewal offer and note whether they want to renew.",
    customerProfile: ["Name: Sam Taylor", "Plan ends on 2025-09-30", "Visits about twice a week"],
    steps: [
      { index: 1, title: "Confirm identity", lines: ["Hi, is this Sam Taylor?"] },
      { index: 2, title: "State the purpose", lines: ["Your membership ends on September 30, so I'm calling about renewing."] },
      { index: 3, title: "Explain the offer", lines: ["Renewing for a year costs $480, which is 20% less than paying monthly."] },
      { index: 4, title: "Ask for a decision", lines: ["Would you like me to set up the renewal for you?"] },
    ],
    knowledgeBase: [
      { question: "Can I freeze my membership?", answer: "Yes, you can freeze it for up to 3 months a year at no charge." },
      { question: "Is there a cancellation fee?", answer: "There is no cancellation fee after the first 12 months." },
    ],
    opening: "Hi, this is Dana from Northside Fitness, do you have a minute to talk about your membership?",
    endConditions: ["The member decided whether to renew.", "The member asked to be called back later."],
    closingLines: ["Thanks for your time, Sam, have a great workout week!", "No problem, I'll call you back another time. Bye for now."],
    extraSections: [],
  },
  callee: {
    name: "Sam Taylor",
    role: "A member of Northside Fitness in their thirties.",
    background: "Has been a member for two years and likes the morning classes.",
    situation: "Just got home from work and is cooking dinner.",
    concerns: ["Whether the price goes up", "Being able to pause during travel"],
    behaviours: ["Answers briefly", "Asks about pausing the membership"],
    style: { positive: ["Yeah, go on.", "Hm, and what does that cost?"], negative: ["Thank you for your inquiry, I would be delighted to assist you."] },
    endConditions: ["Has decided about renewing.", "Is too busy and hangs up."],
    extraSections: [],
  },
  facts: [
    { text: "2025-09-30", value: null, unit: "date", line: 5, source: "Plan ends on 2025-09-30" },
    { text: "$480", value: 480, unit: "$", line: 12, source: "Renewing for a year costs $480" },
    { text: "20%", value: 20, unit: "%", line: 12, source: "which is 20% less than paying monthly" },
    { text: "3 months", value: 3, unit: "months", line: 15, source: "freeze it for up to 3 months a year" },
    { text: "12 months", value: 12, unit: "months", line: 17, source: "no cancellation fee after the first 12 months" },
  ],
  diagnostics: [],
};
