import { describe, expect, it } from "vitest";
import { parseSeeds } from "../src/batch/seeds.js";
import { expandJobs, jobCount } from "../src/batch/jobs.js";
import { isModelSeat } from "../src/batch/types.js";

describe("seeds and job expansion", () => {
  it("parses ranges and lists into sorted distinct seeds", () => {
    expect(parseSeeds("1-5")).toEqual([1, 2, 3, 4, 5]);
    expect(parseSeeds("9, 2-3,3,7..8")).toEqual([2, 3, 7, 8, 9]);
    expect(parseSeeds("42")).toEqual([42]);
  });

  it("rejects malformed seeds as a user error", () => {
    expect(() => parseSeeds("1-")).toThrow("bad --seeds '1-'");
    expect(() => parseSeeds("5-1")).toThrow("must not be below the start");
    expect(() => parseSeeds("1-99999999")).toThrow("more than");
    expect(() => parseSeeds("-3--1")).toThrow("seeds are integers >= 0");
    expect(() => parseSeeds("1,-2")).toThrow("seeds are integers >= 0");
  });

  it("expands scenarios × seats × seeds with unique stable keys", () => {
    const plan = {
      scenarios: [{ id: "a", path: "a.md" }, { id: "b", path: "b.md" }],
      seeds: [1, 2, 3],
      callers: ["rule", "llm:gpt-x"],
      callees: ["rule"],
    };
    const jobs = [...expandJobs(plan)];
    expect(jobCount(plan)).toBe(12);
    expect(jobs).toHaveLength(12);
    expect(new Set(jobs.map((job) => job.key)).size).toBe(12);
    expect(jobs[0]).toEqual({ key: "a#1#rule~rule", scenario: "a", seed: 1, caller: "rule", callee: "rule" });
    expect(jobs[3]?.key).toBe("a#1#llm:gpt-x~rule");
    expect(jobs.filter((job) => isModelSeat(job.caller) || isModelSeat(job.callee))).toHaveLength(6);
  });
});
