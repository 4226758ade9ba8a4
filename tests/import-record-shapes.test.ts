// Records declared with field names and given by position, dead preprocessor code, module wrappers and function
// bodies, read by the bracketed-data reader (invented examples).
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { looseLiteralTree } from "../src/import/loose-literal.js";
import { readScenarioFile } from "../src/scenario/index.js";

describe("positional records by declared type", () => {
  it("maps a Kotlin data class's positional and named arguments onto its fields", () => {
    const text = [
      "data class Stage(val idx: Int, val text: String?, val on: Boolean = true)",
      'val agent = "Ola Nordmann"',
      "val stages = listOf(",
      '  Stage(1, "First we check the parcel."),',
      '  Stage(2, "Old line.", on = false),',
      "  Stage(2, null),",
      ")",
      'val wrap = "Bye now."',
      'val extra = "More text."',
    ].join("\n");
    const tree = looseLiteralTree(text);
    expect(tree?.stages).toEqual([{ idx: 1, text: "First we check the parcel." }, { idx: 2, text: "Old line.", on: false }, { idx: 2, text: null }]);
  });

  it("reads an Elm-style record constructor applied to its values", () => {
    const text = [
      "type alias Stage = { idx : Int, text : Maybe String, on : Bool }",
      "stages =",
      '    [ Stage 1 (Just "Hello there.") True',
      '    , Stage 2 (Just "Retired.") False',
      "    , Stage 3 Nothing True",
      "    ]",
      'agent = "Ola Nordmann"',
      'wrap = "Bye."',
      'extra = "More text."',
    ].join("\n");
    expect(looseLiteralTree(text)?.stages).toEqual([{ idx: 1, text: "Hello there.", on: true }, { idx: 2, text: "Retired.", on: false }, { idx: 3, text: null, on: true }]);
  });

  it("reads C struct initialisers under the typedef's fields, skips #if 0 and the body of main", () => {
    const text = [
      "typedef struct { int idx; const char *text; int on; } stage_t;",
      '#define AGENT "Ola Nordmann"',
      'static const char *HELLO = "Hi, it is " AGENT " here.";',
      "static const stage_t STAGES[] = {",
      '    {1, "Check the parcel.", 1},',
      "#if 0",
      '    {2, "Dead line.", 1},',
      "#endif",
      '    {2, "Book the van.", 1},',
      "};",
      'static const char *WRAP = "Bye.";',
      "int main(void) {",
      '    for (int i = 0; i < 2; i++) { if (STAGES[i].on) printf("%s", STAGES[i].text); }',
      "}",
    ].join("\n");
    const tree = looseLiteralTree(text);
    expect(tree?.STAGES).toEqual([{ idx: 1, text: "Check the parcel.", on: 1 }, { idx: 2, text: "Book the van.", on: 1 }]);
    expect(tree?.HELLO).toBe("Hi, it is Ola Nordmann here.");
  });

  it("reads through a namespace wrapper and a `new Type(…)` record", () => {
    const text = [
      "namespace Acme.Calls",
      "{",
      "    public record Stage(int Idx, string Text);",
      '    public const string Agent = "Ola Nordmann";',
      "    public static readonly List<Stage> Stages = new()",
      "    {",
      '        new Stage(1, "Check the parcel."),',
      '        new Stage(2, "Book the van."),',
      "    };",
      '    public const string Wrap = "Bye.";',
      '    public const string Extra = "More.";',
      "}",
    ].join("\n");
    const tree = looseLiteralTree(text);
    expect(tree?.Stages).toEqual([{ Idx: 1, Text: "Check the parcel." }, { Idx: 2, Text: "Book the van." }]);
    expect(tree?.Agent).toBe("Ola Nordmann");
  });

  it("reads a Kotlin file end to end: a mapOf profile, an objection flagged in the Q&A list, a branch kept as two constants", async () => {
    const text = [
      "data class Stage(val idx: Int, val text: String?, val on: Boolean = true)",
      "data class Qa(val q: String, val a: String, val objection: Boolean = false)",
      'const val CALLER = "Ola Nordmann"',
      'const val COMPANY = "Fjord Parcel Lockers"',
      'val customer = mapOf("name" to "Kari Hansen", "locker" to "Locker 12, Main Street")',
      'val opening = "Hi Kari, it is $CALLER from $COMPANY about your parcel."',
      "val stages = listOf(",
      '  Stage(1, "Your parcel is in locker 12 until Friday."),',
      '  Stage(2, "Would you like the code sent again?", on = false),',
      "  Stage(2, null),",
      ")",
      'val branchIf = "she says the locker will not open"',
      'val branchThen = "I will open it remotely now."',
      "val qa = listOf(",
      '  Qa("How long is it kept?", "Five days."),',
      '  Qa("I never ordered this.", "I can send it back free of charge.", objection = true),',
      ")",
      'val closing = "Thanks Kari, bye."',
      "fun main() {",
      "    for (s in stages) { if (s.on) println(s.text) }",
      "}",
    ].join("\n");
    const dir = mkdtempSync(join(tmpdir(), "shapes-"));
    const path = join(dir, "locker.kt");
    writeFileSync(path, text);
    const s = await readScenarioFile(path);
    const c = s.caller;
    expect([c.name, s.callee.name, c.steps.length, c.steps.reduce((n, x) => n + (x.branches?.length ?? 0), 0)]).toEqual(["Ola Nordmann", "Kari Hansen", 2, 1]);
    expect([c.knowledgeBase.length, c.knowledgeBase.filter((e) => e.kind === "objection").length, c.customerProfile.length]).toEqual([2, 1, 2]);
  });

  it("takes an Elm doc comment `{-| … -}` as a comment (its backticks open no string)", () => {
    const text = [
      "{-| Stages for the desk; `stages` is read by the screen. -}",
      "type alias Stage = { idx : Int, text : Maybe String }",
      'agent = "Ola Nordmann"',
      'stages = [ Stage 1 (Just "Hello."), Stage 2 (Just "Next.") ]',
      'wrap = "Bye."',
      'extra = "More."',
    ].join("\n");
    expect(looseLiteralTree(text)?.stages).toEqual([{ idx: 1, text: "Hello." }, { idx: 2, text: "Next." }]);
  });

  it("reads a variant constructor declared inside a type's braces (Gleam) by its fields", () => {
    const text = [
      "pub type Stage {",
      "  Stage(idx: Int, text: String, on: Bool)",
      "}",
      'pub const agent = "Ola Nordmann"',
      'pub const stages = [Stage(1, "Hello.", True), Stage(2, "Old.", False)]',
      'pub const wrap = "Bye."',
      'pub const extra = "More."',
    ].join("\n");
    expect(looseLiteralTree(text)?.stages).toEqual([{ idx: 1, text: "Hello.", on: true }, { idx: 2, text: "Old.", on: false }]);
  });

  it("drops a D `/+ … +/` comment and reads Visual Basic `As` types, `'` comments and `New T With {.k = v}`", () => {
    const d = [
      "struct Stage { int idx; string text; }",
      'immutable agent = "Ola Nordmann";',
      "immutable Stage[] stages = [",
      '    Stage(1, "Hello."),',
      '    /+ Stage(2, "Dead."), +/',
      '    Stage(2, "Next."),',
      "];",
      'immutable wrap = "Bye.";',
      'immutable extra = "More.";',
    ].join("\n");
    expect(looseLiteralTree(d)?.stages).toEqual([{ idx: 1, text: "Hello." }, { idx: 2, text: "Next." }]);
    const vb = [
      "' Desk script; it's kept by the ops team",
      "Public Module Desk",
      '    Public Const Agent As String = "Ola Nordmann"',
      "    Public ReadOnly Stages As New List(Of Stage) From {",
      '        New Stage With {.Idx = 1, .Text = "Hello."},',
      '        New Stage With {.Idx = 2, .Text = "Next."}',
      "    }",
      "    ' New Stage With {.Idx = 3, .Text = \"Dead.\"}",
      '    Public ReadOnly Wrap As String = "Bye."',
      '    Public ReadOnly Extra As String = "More."',
      "End Module",
    ].join("\n");
    const tree = looseLiteralTree(vb);
    expect([tree?.Agent, tree?.Stages]).toEqual(["Ola Nordmann", [{ Idx: 1, Text: "Hello." }, { Idx: 2, Text: "Next." }]]);
  });

  it("keeps a call's one argument a list of one (`listOf(\"Q\" to \"A\")`, `f(x,)`)", () => {
    const text = [
      'val agent = "Ola Nordmann"',
      'val faq = listOf("Is it free?" to "Yes.", "Is it far?" to "No.")',
      'val objections = listOf("Too dear for me." to "It is the same price as last year.")',
      'val wrap = "Bye."',
    ].join("\n");
    expect(looseLiteralTree(text)?.objections).toEqual([{ q: "Too dear for me.", a: "It is the same price as last year." }]);
  });

  it("reads Fortran: ! comments, & continuation, // joins, a derived type's fields, .false. and IF_n/THEN_n", async () => {
    const text = [
      "! Desk script -- kept by the ops team; \"not this\" is a comment",
      "module desk",
      "  implicit none",
      "  type, public :: stage_t",
      "     integer          :: n",
      "     character(len=80) :: text",
      "     logical          :: on = .true.",
      "  end type stage_t",
      '  character(len=*), parameter :: CALLER = "Ola Nordmann"',
      '  character(len=*), parameter :: COMPANY = "Fjord Parcel Lockers"',
      '  character(len=*), parameter :: OPENING = "Hi, it is " // CALLER // &',
      '       " from " // COMPANY // "."',
      "  type(stage_t), parameter :: steps(3) = [ &",
      '       stage_t(1, "Your parcel is in locker 12.", .true.), &',
      '       stage_t(2, "Old line.", .false.), &',
      '       stage_t(2, "Shall I send the code again?", .true.) ]',
      '  character(len=*), parameter :: IF_2 = "she says the code does not work"',
      '  character(len=*), parameter :: THEN_2 = "I will open it remotely."',
      '  character(len=*), parameter :: closing = "Thanks, bye."',
      "end module desk",
    ].join("\n");
    const tree = looseLiteralTree(text);
    expect(tree?.OPENING).toBe("Hi, it is Ola Nordmann from Fjord Parcel Lockers.");
    expect(tree?.steps).toEqual([{ n: 1, text: "Your parcel is in locker 12.", on: true }, { n: 2, text: "Old line.", on: false }, { n: 2, text: "Shall I send the code again?", on: true }]);
    const dir = mkdtempSync(join(tmpdir(), "shapes-"));
    const path = join(dir, "desk.f90");
    writeFileSync(path, text);
    const s = await readScenarioFile(path);
    expect([s.caller.name, s.caller.steps.length, s.caller.steps.reduce((n, x) => n + (x.branches?.length ?? 0), 0)]).toEqual(["Ola Nordmann", 2, 1]);
  });
});
