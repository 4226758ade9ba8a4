import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JsonlAppender, recoverLog } from "../src/batch/jsonl-log.js";
import { JsonlLineReader } from "../src/batch/jsonl-read.js";
import { makeLine } from "./fixtures/batch-lines.js";

function tempFile(): string {
  return join(mkdtempSync(join(tmpdir(), "callsim-log-")), "calls.jsonl");
}

describe("calls.jsonl log", () => {
  it("appends whole lines and reads them back in order", async () => {
    const path = tempFile();
    const appender = await JsonlAppender.open(path);
    await Promise.all([1, 2, 3, 4, 5].map((seed) => appender.append(JSON.stringify(makeLine({ seed })))));
    await appender.close();
    const state = await recoverLog(path);
    expect(state.lines).toBe(5);
    expect([...state.doneKeys].sort()).toEqual(["demo#1#rule~rule", "demo#2#rule~rule", "demo#3#rule~rule", "demo#4#rule~rule", "demo#5#rule~rule"]);
    expect(state.droppedBytes).toBe(0);
  });

  it("drops a torn last line and truncates the file to the last complete line", async () => {
    const path = tempFile();
    const whole = `${JSON.stringify(makeLine({ seed: 1 }))}\n${JSON.stringify(makeLine({ seed: 2 }))}\n`;
    const torn = JSON.stringify(makeLine({ seed: 3 })).slice(0, 57);
    writeFileSync(path, whole + torn);
    const state = await recoverLog(path);
    expect(state.lines).toBe(2);
    expect(state.doneKeys.has("demo#3#rule~rule")).toBe(false);
    expect(state.droppedBytes).toBe(Buffer.byteLength(torn));
    expect(readFileSync(path, "utf8")).toBe(whole);
    // Appending after recovery yields a clean file.
    const appender = await JsonlAppender.open(path);
    await appender.append(JSON.stringify(makeLine({ seed: 3 })));
    await appender.close();
    expect((await recoverLog(path)).lines).toBe(3);
  });

  it("treats a complete JSON object without its newline as torn", async () => {
    const path = tempFile();
    writeFileSync(path, `${JSON.stringify(makeLine({ seed: 1 }))}\n${JSON.stringify(makeLine({ seed: 2 }))}`);
    const state = await recoverLog(path);
    expect(state.lines).toBe(1);
    expect([...state.doneKeys]).toEqual(["demo#1#rule~rule"]);
  });

  it("reads lines spanning chunk boundaries with multi-byte text intact", async () => {
    const path = tempFile();
    const long = "张".repeat(700_000); // 2.1 MB of 3-byte characters, past the 1 MiB read chunk
    appendFileSync(path, `${JSON.stringify({ a: long })}\n${JSON.stringify({ b: "尾" })}\n`);
    const reader = new JsonlLineReader(path);
    const seen: string[] = [];
    for await (const { text, line } of reader.lines()) seen.push(`${line}:${text.length}`);
    expect(seen).toEqual([`1:${long.length + 8}`, "2:9"]);
    expect(reader.tornBytes).toBe(0);
  });

  it("rejects a line containing a newline", async () => {
    const appender = await JsonlAppender.open(tempFile());
    await expect(appender.append("a\nb")).rejects.toThrow("must not contain a newline");
    await appender.close();
  });
});

describe("keyOfLine", () => {
  it("reads the key from the start of a batch line, escapes included, and falls back to a full parse", async () => {
    const { keyOfLine } = await import("../src/batch/jsonl-log.js");
    expect(keyOfLine(JSON.stringify(makeLine({ scenario: 'we"ird\\id', seed: 4 })))).toBe('we"ird\\id#4#rule~rule');
    expect(keyOfLine(JSON.stringify({ call: {}, job: { seed: 1, key: "late#1" } }))).toBe("late#1");
    expect(keyOfLine('{"job":{"key":"unterminated')).toBeNull();
    expect(keyOfLine("[1,2]")).toBeNull();
  });
});
