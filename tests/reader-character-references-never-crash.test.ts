import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeEntities } from "../src/scenario/entities.js";
import { parseScenarioText } from "../src/scenario/index.js";

const htmlDocument = (reference: string): string => [
  "<html><body>",
  "<h2>Caller</h2>",
  `<p>You are the caller ${reference}.</p>`,
  "<h3>Opening line</h3>",
  `<p>Hello, this is the service desk ${reference}.</p>`,
  "<h3>Steps</h3>",
  "<ol><li>Greet</li><li>Ask about the visit</li></ol>",
  "<h2>Customer</h2>",
  "<p>Persona: a busy man.</p>",
  "</body></html>",
].join("\n");

describe("numeric character references that name no character", () => {
  it("read as U+FFFD instead of failing (past U+10FFFF, zero, surrogates)", () => {
    expect(decodeEntities("a &#x110000; b &#9999999; c &#0; d &#xD800; e", {})).toBe("a \uFFFD b \uFFFD c \uFFFD d \uFFFD e");
    expect(decodeEntities("&#x4E2D;&#25991;&amp;", { amp: "&" })).toBe("中文&");
  });

  it("any numeric reference in an HTML document is read without an internal error", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffff }), fc.boolean(), (code, hex) => {
      const reference = hex ? `&#x${code.toString(16)};` : `&#${code};`;
      expect(() => parseScenarioText(htmlDocument(reference), { file: "doc.htm" })).not.toThrow(RangeError);
    }), { numRuns: 200 });
  });
});
