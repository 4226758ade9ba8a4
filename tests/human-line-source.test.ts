// The human seat's input: one line per turn from a pipe, end of input as null, prompts only on a terminal.
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { streamLineSource } from "../src/seats/human/index.js";

describe("lines from a pipe", () => {
  it("gives one line per read, in order, then null at end of input, without prompting", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let prompted = "";
    output.on("data", (chunk: Buffer) => (prompted += chunk.toString()));
    const source = streamLineSource(input, output);
    input.write("first line\nsecond");
    input.write(" line\n");
    expect(await source.read("> ")).toBe("first line");
    const pending = source.read("> ");
    input.end("third\n");
    expect(await pending).toBe("second line");
    expect(await source.read("> ")).toBe("third");
    expect(await source.read("> ")).toBeNull();
    expect(prompted).toBe("");
    await source.close();
  });

  it("a read waiting for input rejects when the call is aborted", async () => {
    const input = new PassThrough();
    const source = streamLineSource(input, new PassThrough());
    const abort = new AbortController();
    const pending = source.read("> ", abort.signal);
    abort.abort(new Error("interrupted (Ctrl-C)"));
    await expect(pending).rejects.toThrow("interrupted (Ctrl-C)");
    await source.close();
  });
});
