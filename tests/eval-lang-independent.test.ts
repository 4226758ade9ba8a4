// The scorer must not be tuned to agree with the player: its language packs (src/eval/lang/) share no phrase with the
// rule seats' cue lists and canned lines (src/seats/rule/, src/lang/). A "phrase" is four or more Chinese characters
// or three or more English words. Shorter items (为什么, 不需要, "tell me", "no thanks") are the language's common
// words, which any listener of a phone call must hear; they are not phrases one list could have copied from the other.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EVAL_LANGS } from "../src/eval/lang/index.js";
import { SIM_LANGS } from "../src/eval/lang/sim.js";

const RULE_DIRS = ["src/seats/rule", "src/lang"];

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith(".ts") ? [path] : [];
  });
}

/** Phrases of a text: runs of 3+ CJK characters and of 2+ English words, between any regex or string syntax. */
function phrases(text: string): Set<string> {
  const out = new Set<string>();
  for (const part of text.split(/[|()[\]{}?*+^$\\/"'`,;:.!！，。？、…=<>&@#%~-]+|\\[bsdwu]/u)) {
    const cleaned = part.trim().toLowerCase();
    for (const run of cleaned.match(/[\u4e00-\u9fff]{4,}/gu) ?? []) out.add(run);
    const words = cleaned.replace(/[^a-z\s]/gu, " ").split(/\s+/u).filter((w) => w.length > 0);
    if (words.length >= 3 && !/[\u4e00-\u9fff]/u.test(cleaned)) out.add(words.join(" "));
  }
  return out;
}

/** The text of a pack entry: a pattern's source, or each item of a word list. */
function entryTexts(entry: unknown): string[] {
  if (entry instanceof RegExp) return [entry.source];
  if (typeof entry === "string") return [entry];
  if (entry instanceof Set || Array.isArray(entry)) return [...(entry as Iterable<unknown>)].flatMap(entryTexts);
  return [];
}

/** Expand a cue pattern's simple alternations so "(?:不|没)需要" yields both readings' literal parts. */
function packPhrases(): Set<string> {
  const out = new Set<string>();
  for (const lang of [...Object.values(EVAL_LANGS), ...Object.values(SIM_LANGS)]) {
    for (const entry of Object.values(lang) as unknown[]) for (const text of entryTexts(entry)) for (const phrase of phrases(text)) out.add(phrase);
  }
  return out;
}

describe("the scorer's language packs are its own", () => {
  it("share no phrase with the rule seats' lists and lines", () => {
    const rule = new Set<string>();
    for (const file of RULE_DIRS.flatMap(files)) for (const phrase of phrases(readFileSync(file, "utf8"))) rule.add(phrase);
    expect(rule.size).toBeGreaterThan(50);
    const shared = [...packPhrases()].filter((phrase) => rule.has(phrase));
    expect(shared).toEqual([]);
  });

  it("the phrase reader finds phrases (the check above can fail)", () => {
    expect([...phrases("/(?:不感兴趣|not interested at all|再见|no thanks)/")].sort()).toEqual(["not interested at all", "不感兴趣"]);
  });
});
