// Documents saved as UTF-8 with BOM, CRLF, GB18030/GBK or UTF-16 (with or without BOM) read the same as UTF-8;
// empty, binary, oversized and missing files are user errors naming the file.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseScenarioBytes, parseScenarioText, readScenarioFile } from "../src/scenario/index.js";
import { DEFAULTS } from "../src/defaults.js";

const fixture = (name: string): string => join(import.meta.dirname, "fixtures", "scenarios", name);
const seedPath = join(import.meta.dirname, "..", "examples", "00-seed-service-followup.md");
const seedText = readFileSync(seedPath, "utf8");
const tmp = mkdtempSync(join(tmpdir(), "callsim-decode-"));

function withoutDiagnostics<T extends { diagnostics: unknown[] }>(s: T): Omit<T, "diagnostics"> {
  const { diagnostics: _ignored, ...rest } = s;
  return rest;
}

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, "utf16le");
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) { be[i] = le[i + 1] ?? 0; be[i + 1] = le[i] ?? 0; }
  return be;
}

describe("encodings", () => {
  const reference = parseScenarioText(seedText, { id: "seed" });

  it("reads UTF-8 with a BOM and CRLF line ends like plain UTF-8, without warnings", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText.replace(/\n/g, "\r\n"), "utf8")]);
    const s = parseScenarioBytes(bytes, { id: "seed" });
    expect(s).toEqual(reference);
  });

  it("reads full-width colons and parentheses in headings and labels", () => {
    const text = seedText.replace(/### 核心任务（一句话）/, "### 核心任务（一句话）：").replace(/- Q：/g, "- Ｑ：").replace(/ {2}A：/g, "  Ａ：");
    const s = parseScenarioText(text, { id: "seed" });
    expect(s.caller.task).toBe(reference.caller.task);
    expect(s.caller.knowledgeBase).toHaveLength(5);
  });

  for (const [label, encode, encoding] of [
    ["UTF-16LE with BOM", (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")]), "UTF-16LE"],
    ["UTF-16BE with BOM", (t: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(t)]), "UTF-16BE"],
    ["UTF-16LE without BOM", (t: string) => Buffer.from(t, "utf16le"), "UTF-16LE"],
    ["UTF-16BE without BOM", (t: string) => utf16be(t), "UTF-16BE"],
  ] as const) {
    it(`reads ${label} and says so in a warning`, () => {
      const s = parseScenarioBytes(encode(seedText), { id: "seed" });
      expect(withoutDiagnostics(s)).toEqual(withoutDiagnostics(reference));
      expect(s.diagnostics).toEqual([{ severity: "warning", message: `decoded as ${encoding} (not UTF-8)`, line: null }]);
    });
  }

  it("reads GB18030 and GBK files (made with iconv) and names the encoding", async () => {
    for (const [encoded, source] of [["encoded/zh-gb18030.md", "zh-numbered-headings.md"], ["encoded/zh-gbk.txt", "zh-bold-headings.md"]] as const) {
      const s = await readScenarioFile(fixture(encoded));
      const utf8 = await readScenarioFile(fixture(source));
      expect(s.caller).toEqual(utf8.caller);
      expect(s.callee).toEqual(utf8.callee);
      expect(s.facts).toEqual(utf8.facts);
      expect(s.diagnostics[0]).toEqual({ severity: "warning", message: "decoded as GB18030/GBK (not UTF-8)", line: null });
    }
  });

  it("rejects empty, whitespace-only, binary and oversized files as user errors naming the file", async () => {
    const cases: [string, Buffer, string][] = [
      ["empty.md", Buffer.alloc(0), "empty-document"],
      ["blank.md", Buffer.from(" \n\r\n\t\n", "utf8"), "empty-document"],
      ["nul.md", Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02, 0xff, 0x00, 0x00, 0x10, 0x80, 0x00, 0x7f]), "binary-document"],
      ["png.md", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00]), "binary-document"],
      ["big.md", Buffer.alloc(DEFAULTS.maxDocumentBytes + 1, 0x61), "file-too-large"],
    ];
    for (const [name, bytes, code] of cases) {
      const path = join(tmp, name);
      writeFileSync(path, bytes);
      await expect(readScenarioFile(path), name).rejects.toMatchObject({ kind: "user", code, file: path });
    }
    await expect(readScenarioFile(join(tmp, "missing.md"))).rejects.toMatchObject({ kind: "user", code: "file-unreadable", message: "no such file" });
    await expect(readScenarioFile(tmp)).rejects.toMatchObject({ kind: "user", code: "not-a-file" });
  });

  it("accepts a document of exactly the size limit", async () => {
    const pad = DEFAULTS.maxDocumentBytes - Buffer.byteLength(seedText, "utf8");
    const path = join(tmp, "at-limit.md");
    writeFileSync(path, seedText + " ".repeat(pad));
    const s = await readScenarioFile(path);
    expect(s.caller.steps).toHaveLength(8);
  });
});

describe("damaged UTF-8", () => {
  it("keeps a UTF-8 file with one damaged byte as UTF-8 and warns about the replacement", () => {
    const bytes = Buffer.from(seedText, "utf8");
    const at = bytes.indexOf(Buffer.from("客户服务回访员", "utf8"));
    bytes[at + 1] = 0x41;
    const s = parseScenarioBytes(bytes, { id: "seed" });
    expect(s.caller.steps).toHaveLength(8);
    expect(s.diagnostics).toEqual([{ severity: "warning", message: "2 invalid UTF-8 byte sequence(s) replaced with U+FFFD", line: null }]);
  });
});
