// A source file whose constants hold the call script: the prompt in a raw / multi-line string, the customer in a
// record literal, placeholders filled from the file's own values, commented-out code gone.
import { describe, expect, it } from "vitest";
import { codeTree, isCodeText } from "../src/import/code-tree.js";
import { lexCode } from "../src/import/code-lexer.js";
import { importPlatform } from "../src/import/index.js";

const SWIFT = [
  "// maintained by the app team",
  "struct Client { let name: String; let town: String }",
  'let client = Client(',
  '    name: "Ada Pemberton",',
  '    town: "Leeds",',
  '    plan: "gold"',
  ")",
  'let agent = "Cyril Mott"',
  'let firm = "Northgate Glass"',
  'let greeting = "Hello, this is \\(agent) from \\(firm)."',
  'let prompt = """',
  "    You are \\(agent) at \\(firm), calling \\(client.name) in \\(client.town).",
  "    1. Say: \"Is that \\(client.name)?\"",
  "    2. Say: \"Your renewal is due.\"",
  "    3. Book a date.",
  "    4. Thank them.",
  '    """',
  '// let old = "5. Offer the upgrade."',
].join("\n");

const GO = [
  "package calls",
  'import "fmt"',
  'const who = "Mei Lin"',
  'const shop = "Harbour Print"',
  "var customer = Customer{",
  '\tName:  "Tom Reed",',
  '\tPhone: "0100",',
  '\tOrder: "posters",',
  "}",
  "const Prompt = `You are %s of %s.",
  "line two",
  "line three",
  "line four",
  "line five`",
  "func Render() string { return fmt.Sprintf(Prompt, who, shop) }",
].join("\n");

describe("source code holding a call script in its constants", () => {
  it("finds strings of every form and drops comments", () => {
    const { strings } = lexCode('x := `raw "q"` // c\ny = r#"a "b" c"#\nz = @"say ""hi"""\n/* w = "gone" */');
    expect(strings.map((s) => s.value)).toEqual(['raw "q"', 'a "b" c', 'say "hi"']);
  });

  it("reads a Swift file: record, names, multi-line prompt with placeholders filled, dedented", () => {
    expect(isCodeText(SWIFT)).toBe(true);
    const tree = codeTree(SWIFT);
    expect(tree?.client).toEqual({ name: "Ada Pemberton", town: "Leeds", plan: "gold" });
    expect(tree?.greeting).toBe("Hello, this is Cyril Mott from Northgate Glass.");
    expect(String(tree?.prompt).split("\n")[0]).toBe("You are Cyril Mott at Northgate Glass, calling Ada Pemberton in Leeds.");
    expect(JSON.stringify(tree)).not.toContain("upgrade");
  });

  it("fills a Go raw string's %s from the Sprintf call's arguments", () => {
    expect(isCodeText(GO)).toBe(true);
    const tree = codeTree(GO);
    expect(String(tree?.Prompt).split("\n")[0]).toBe("You are Mei Lin of Harbour Print.");
    expect(tree?.customer).toEqual({ Name: "Tom Reed", Phone: "0100", Order: "posters" });
  });

  it("does not take Markdown prose for code", () => {
    expect(isCodeText('# Script\n\n1. Say "hello there"\n2. Say "how are you"\n3. Say "we called"\n4. Say "about your order"\n5. Say "bye"\n')).toBe(false);
  });

  it("reads a .strings catalogue's numbered step keys as steps, a step's if/then keys as its branch", () => {
    const text = [
      '/* who */', '"agent.name" = "Cyril Mott";', '"agent.company" = "Northgate Glass";',
      '"customer.name" = "Ada Pemberton";', '"customer.town" = "Leeds";',
      '"step.1.say" = "Hello, is that Ada?";', '"step.2.say" = "Your renewal is due next week.";',
      '"step.2.if" = "If she asks for a discount";', '"step.2.then" = "Offer the loyalty rate.";',
      '/* "step.3.say" = "Buy more?"; */', '"closing.say" = "Thanks, goodbye.";',
    ].join("\n");
    const scenario = importPlatform(codeTree(text), "x.strings")?.scenario;
    expect(scenario?.caller.steps.map((s) => [s.lines.length, s.branches?.length ?? 0])).toEqual([[1, 0], [1, 1]]);
  });
});

describe("a resource file's named values", () => {
  it("nests `Step2_If`-style names and reads .resx <data name><value> entries as the steps, FAQ and profile they spell", async () => {
    const { xmlTree } = await import("../src/import/xml-tree.js");
    const entry = (name: string, value: string): string => `<data name="${name}" xml:space="preserve"><value>${value}</value><comment>n</comment></data>`;
    const xml = `<?xml version="1.0"?>\n<root>\n${[
      entry("AgentName", "Cyril Mott"), entry("Customer_Name", "Ada Pemberton"), entry("Customer_Town", "Leeds"),
      entry("Step1_Say", "Hello, is that Ada?"), entry("Step2_Say", "Your renewal is due."), entry("Step2_If", "If she asks for a discount"),
      entry("Step2_Then", "Offer the loyalty rate."), entry("Objection1", "Too dear."), entry("Objection1_Reply", "It is less than last year."),
    ].join("\n")}\n</root>`;
    expect(xmlTree(xml)).toEqual({
      AgentName: "Cyril Mott",
      Customer: { Name: "Ada Pemberton", Town: "Leeds" },
      Step: [{ Say: "Hello, is that Ada?" }, { Say: "Your renewal is due.", If: "If she asks for a discount", Then: "Offer the loyalty rate." }],
      Objection: [{ objection: "Too dear.", Reply: "It is less than last year." }],
    });
  });
});

describe("a Lisp file's definitions", () => {
  it("reads defconst strings, an alist as a record, plists as list items and dotted pairs as Q&A; `;` comments gone", () => {
    const el = [
      ";;; calls.el --- a script",
      '(defconst my-agent "Cyril Mott")',
      "(defvar my-client",
      "  '((name . \"Ada Pemberton\")",
      '    (town . "Leeds"))',
      '  "Client alist.")',
      "(defconst my-steps",
      "  '((1 :say \"Hello, it's Cyril.\")",
      '    ;; (2 :say "Buy more?")',
      '    (2 :say "Your renewal is due." :if "she asks for a discount" :then "offer the loyalty rate")))',
      "(defconst my-faq",
      "  '((\"Is it safe?\" . \"Yes.\")",
      '    (:objection "Too dear." . "It is less than last year.")))',
    ].join("\n");
    expect(codeTree(el)).toEqual({
      "my-agent": "Cyril Mott",
      "my-client": { name: "Ada Pemberton", town: "Leeds" },
      "my-steps": [{ say: "Hello, it's Cyril." }, { say: "Your renewal is due.", if: "she asks for a discount", then: "offer the loyalty rate" }],
      "my-faq": [{ q: "Is it safe?", a: "Yes." }, { objection: "Too dear.", reply: "It is less than last year." }],
    });
  });
});

describe("a Windows registry export", () => {
  it("nests keys by backslash path, reads dword flags, drops a [-deleted] key and keeps Q/A pairs apart from objection/reply pairs numbered on their own", async () => {
    const { sectionConfigTree } = await import("../src/import/section-config.js");
    const reg = [
      "Windows Registry Editor Version 5.00", "", "[HKEY_CURRENT_USER\\App\\Calls\\Step01]", '"Say"="Hello."', '"Active"=dword:00000001',
      "[HKEY_CURRENT_USER\\App\\Calls\\Step02]", '"Say"="Old line."', '"Active"=dword:00000000',
      "[-HKEY_CURRENT_USER\\App\\Calls\\Step03]", "[HKEY_CURRENT_USER\\App\\Faq]", '"Q1"="Is it safe?"', '"A1"="Yes."', '"Q2"="How long?"', '"A2"="A day."', '"Objection1"="Too dear."', '"Reply1"="It is less."',
    ].join("\n");
    expect(sectionConfigTree(reg)).toEqual({ HKEY_CURRENT_USER: { App: {
      Calls: { Step: [{ Say: "Hello.", Active: true }, { Say: "Old line.", Active: false }] },
      Faq: [{ Q: "Is it safe?", A: "Yes." }, { Q: "How long?", A: "A day." }, { Objection: "Too dear.", Reply: "It is less." }],
    } } });
  });
});
