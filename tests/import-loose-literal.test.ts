// Bracketed data in any language's syntax (Dhall `let … in`, Scala `Map("k" -> "v")`, Haskell tuples and `Just`,
// HOCON `key { … }`): read as records and lists by one parser, whatever the keywords, commented-out records gone.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { looseLiteralTree } from "../src/import/loose-literal.js";
import { readScenarioFile } from "../src/scenario/index.js";

const dir = mkdtempSync(join(tmpdir(), "callsim-loose-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const lines = (s: { caller: { steps: { lines: unknown[] }[] } }): number => s.caller.steps.reduce((n, st) => n + st.lines.length, 0);
const branches = (s: { caller: { steps: { branches?: unknown[] }[] } }): number => s.caller.steps.reduce((n, st) => n + (st.branches?.length ?? 0), 0);

const DHALL_LIKE = `-- piano-stool upholstery: collection call
let Pair = { when : Text, then : Text }
let who = "Odile Brennand"
let firm = "Stoolcraft Upholsterers"
let client = { name = "Gaspard Whitlow", stool = "duet stool, green velvet", ready = "Thursday" }
let steps
    : List { say : Optional Text, branch : Optional Pair }
    = [ { say = Some "Hello Gaspard, it's \${who} from \${firm}; your stool is ready.", branch = None Pair }
      , { say = Some "Would Thursday afternoon suit for collection?"
        , branch = Some { when = "he cannot come Thursday", then = "offer Saturday morning" }
        }
      {- , { say = Some "Shall we treat the legs with beeswax too?", branch = None Pair } -}
      , { say = Some "The velvet is stain-guarded, so a damp cloth is all it needs.", branch = None Pair }
      ]
in  { agent = { name = who, company = firm }
    , customer = client
    , steps
    , faq = [ { q = "Can I pay on collection?", a = "Yes, card or cash." } ]
    , closing = "See you Thursday, Gaspard. Goodbye!"
    }
`;

const SCALA_LIKE = `final case class Step(n: Int, say: String, active: Boolean = true)

object StoolCall {
  val callerName = "Odile Brennand"
  val customer: Map[String, String] = Map("name" -> "Gaspard Whitlow", "stool" -> "duet stool")
  val steps: List[Step] = List(
    Step(1, s"""Hello Gaspard, it's $callerName calling about your stool."""),
    Step(2, """Would Thursday afternoon suit for collection?"""),
    // Step(3, """Shall we wax the legs too?"""),
    Step(3, """The velvet only needs a damp cloth.""")
  )
  val faq = List("Can I pay on collection?" -> "Yes, card or cash.", "Do you deliver?" -> "Within ten miles, free.")
  val closing = "See you Thursday. Goodbye!"
}
`;

describe("bracketed data of any language", () => {
  it("reads a Dhall-style file: let bindings, Some/None, a type annotation, a block comment, punned fields", async () => {
    const s = await readScenarioFile(file("stool.dhall", DHALL_LIKE));
    expect([s.caller.name, s.caller.organization, s.callee.name]).toEqual(["Odile Brennand", "Stoolcraft Upholsterers", "Gaspard Whitlow"]);
    expect([s.caller.steps.length, lines(s), branches(s), s.caller.knowledgeBase.length, s.caller.closingLines.length, s.caller.customerProfile.length]).toEqual([3, 3, 1, 1, 1, 3]);
    expect(s.caller.steps[0]?.lines[0]).toContain("it's Odile Brennand from Stoolcraft Upholsterers");
  });

  it("reads Scala-style constructors and arrow pairs: numbered records, a profile map, question-keyed FAQ", () => {
    // The object wrapping the bindings is taken off: its members are the file's top level.
    const tree = looseLiteralTree(SCALA_LIKE) as Record<string, unknown>;
    expect(tree.customer).toEqual({ name: "Gaspard Whitlow", stool: "duet stool" });
    expect((tree.steps as { n: number }[]).map((s) => s.n)).toEqual([1, 2, 3]);
    expect(tree.faq).toEqual([{ q: "Can I pay on collection?", a: "Yes, card or cash." }, { q: "Do you deliver?", a: "Within ten miles, free." }]);
  });

  it("takes a class's parameter list for no document: the object's bindings are read", async () => {
    const s = await readScenarioFile(file("stool.scala", SCALA_LIKE));
    expect([s.caller.name, s.callee.name, s.caller.steps.length, s.caller.knowledgeBase.length, s.caller.closingLines.length]).toEqual(["Odile Brennand", "Gaspard Whitlow", 3, 2, 1]);
  });
});
