// Call scripts kept where teams keep them: a Python module (a preview loop and a record's typed fields are no data), a
// raw-HTML wiki page (definition lists, <details> questions, a closings table under a header row), a chatbot export
// (a variables list, the script inside one prompt string, a knowledge array, a retired part) and Word's labelled
// tracked changes. Before, the Python steps were read from the preview loop, the knowledge array landed among the
// closings under the prompt's last heading, and "[Deleted: …]" text was read as the script's.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";
import { acceptTrackedChanges } from "../src/scenario/tracked-changes.js";

const dir = mkdtempSync(join(tmpdir(), "callsim-exported-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const PY = `"""Kiln hire reminder -- outbound script."""
from dataclasses import dataclass

SHOP = "Emberhouse Kilns"
AGENT = "Noor Haddad"

CUSTOMER = {"name": "Ms Ida Lorne", "kiln": "front-loader, 60 litres", "due": "8 March"}

@dataclass
class Step:
    n: int
    key: str
    say: str = ""

STEPS = [
    Step(1, "hello", f"Hi, it's {AGENT} from {SHOP}. Is that Ida Lorne?"),
    Step(2, "why", f"Your kiln hire ends on {CUSTOMER['due']} and I'd like to arrange the collection."),
    # Step(3, "upsell", "Would you like a shelf kit too?"),
    Step(3, "slot", "We can collect on Monday or Thursday morning. Which suits you?"),
    Step(4, "read_back"),  # read back in own words
]

FAQ = {
    "Does it need to be cold?": "Yes, switched off for a full day before we lift it.",
    "Do I pay anything?": "No, the hire was paid up front.",
}

CLOSINGS = {
    "booked": "Great, we'll see you then. Bye!",
    "callback": "No problem, I'll ring back later. Bye.",
}

if __name__ == "__main__":
    for s in STEPS:
        print(f"{s.n} {s.say}")
`;

const HTML = `<!doctype html>
<html><head><title>Tuning call</title><style>dt{font-weight:bold}</style></head>
<body>
<h1>Harp tuning visit</h1>
<p><b>Caller:</b> Wren Ashby from Pedal &amp; String Harps.</p>
<h2>Customer</h2>
<dl>
  <dt>Name</dt><dd>Mr Olu Banjo</dd>
  <dt>Instrument</dt><dd>Concert grand harp, 47 strings</dd>
</dl>
<h2>Script</h2>
<ol>
  <li data-step="1">&ldquo;Hello, it&rsquo;s Wren from Pedal &amp; String Harps &ndash; is that Olu Banjo?&rdquo;</li>
  <li data-step="2">&ldquo;Your harp is due its yearly regulation; could we visit next week?&rdquo;</li>
  <!-- <li data-step="3">Offer new gut strings</li> -->
  <li data-step="3">Confirm the day in your own words.</li>
</ol>
<h2>If they ask</h2>
<details><summary>How long does it take?</summary><p>About three hours.</p></details>
<details><summary>Do I need to move it?</summary>
<p>No, we work where it stands.</p>
</details>
<h2>Closing lines</h2>
<table>
<tr><th>When</th><th>Say</th></tr>
<tr><td>booked</td><td>&ldquo;Lovely, see you then. Bye!&rdquo;</td></tr>
<tr><td>busy</td><td>&ldquo;I&rsquo;ll call back later. Bye.&rdquo;</td></tr>
</table>
</body></html>
`;

const PROMPT = [
  "# Role",
  "You are {{agent}}, a booking assistant at {{shop}}.",
  "",
  "# Steps",
  "1. Greeting: say the first message.",
  "2. Reason: \"Your sofa cover is ready to collect.\"",
  "3. Slot: \"Would Friday or Saturday suit you?\"",
  "",
  "# Closings",
  "- Booked: \"Great, see you then. Bye.\"",
  "- Busy: \"I'll call back later. Bye.\"",
].join("\n");

const EXPORT = {
  app: { name: "cover collection", mode: "voice" },
  variables: [
    { key: "shop", value: "Loomworth Covers" },
    { key: "agent", value: "Tamsin Roe" },
    { key: "customer", value: "Piet Maas", note: "as on the order" },
  ],
  opening_message: "Hello, this is {{agent}} from {{shop}}. Is that {{customer}}?",
  prompt: PROMPT,
  knowledge: { items: [{ q: "Can someone else collect?", a: "Yes, with the order number." }, { q: "How late are you open?", a: "Until six." }] },
  _deprecated: { step_3: "3. Offer: a second cover at half price." },
};

const README = ["# kiln-reminder", "", "The script lives in the config below; edit it and redeploy.", "", "```python", PY, "```", "", "## Deploy", "", "Run the dialler."].join("\n");

describe("call scripts as teams keep them", () => {
  it("a README whose script is a program in a fence: the fence read as the program", async () => {
    const s = await readScenarioFile(file("README.md", README));
    expect(s.caller.steps).toHaveLength(4);
    expect(s.caller.knowledgeBase).toHaveLength(2);
  });

  it("a Python module: the Step list by its declared fields, a commented step left out, the preview loop no data", async () => {
    const s = await readScenarioFile(file("kiln.py", PY));
    expect(s.caller.name).toBe("Noor Haddad");
    expect(s.caller.steps.map((step) => step.lines.length)).toEqual([1, 1, 1, 0]);
    expect(s.caller.steps[1]?.lines[0]).toContain("ends on 8 March");
    expect(s.caller.knowledgeBase).toHaveLength(2);
    expect(s.caller.closingLines).toEqual(["Great, we'll see you then. Bye!", "No problem, I'll ring back later. Bye."]);
    expect(s.caller.endConditions).toEqual(["booked", "callback"]);
  });

  it("a raw-HTML page: <dl> fields, <details> questions, a header row that is no closing", async () => {
    const s = await readScenarioFile(file("harp.html", HTML));
    expect(s.caller.steps).toHaveLength(3);
    expect(s.caller.knowledgeBase.map((e) => e.answer)).toEqual(["About three hours.", "No, we work where it stands."]);
    expect(s.caller.closingLines).toEqual(["Lovely, see you then. Bye!", "I’ll call back later. Bye."]);
    expect(s.caller.customerProfile.some((line) => line.includes("Concert grand harp"))).toBe(true);
  });

  it("a chatbot export: variables fill the slots, the knowledge array stays the FAQ, a retired part is dropped", async () => {
    const s = await readScenarioFile(file("cover.json", JSON.stringify(EXPORT, null, 2)));
    expect(s.caller.opening).toBe("Hello, this is Tamsin Roe from Loomworth Covers. Is that Piet Maas?");
    expect(s.caller.steps).toHaveLength(3);
    expect(s.caller.knowledgeBase).toHaveLength(2);
    expect(s.caller.closingLines).toHaveLength(2);
    expect(JSON.stringify(s.caller.steps)).not.toContain("half price");
  });

  it("Word's labelled tracked changes: deletions go with their comment anchors, insertions stay", () => {
    const text = "Price: [Deleted: £40][Inserted: £45] a visit.[Comment 1]\n[删除：第3步 推荐套餐：「加购一套」]〔批注2〕\n第3步 复述：[插入：用自己的话确认时间。]";
    expect(acceptTrackedChanges(text)).toBe("Price: £45 a visit.\n\n第3步 复述：用自己的话确认时间。");
  });
});
