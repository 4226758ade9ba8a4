// A script kept in a contact card's note (vCard), in YouTube SubViewer captions (.sbv) or in txt2tags markup: the
// words the container or markup carries are read, not its folding, escapes, timings, settings or comment lines.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";
import { subtitleText } from "../src/scenario/subtitle-cues.js";

const dir = mkdtempSync(join(tmpdir(), "callsim-contact-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

// A folded, escaped NOTE (the fold splits a word) in the first card; the second card is a colleague's.
const VCARD = [
  "BEGIN:VCARD", "VERSION:3.0", "N:Pellworth;Annika;;;", "FN:Annika Pellworth", "TEL;type=CELL:07700 900123",
  "NOTE:# Caller\\n\\n## Role\\nYou are Marek Vindale from Tidewell Hot Tub Care\\, booking the spring dra",
  " in-and-refill.\\n\\n## Steps\\n1. Greet: \"Hello\\, it's Marek from Tidewell about your hot tub.\"\\n2. Book:",
  "  \"Would Tuesday or Thursday morning suit for the refill?\"\\n3. Note the slot in the diary. Not said.\\n\\n# C",
  " allee\\n\\n## Role\\nAnnika Pellworth\\, a hot tub owner.",
  "END:VCARD",
  "BEGIN:VCARD", "VERSION:3.0", "FN:Marek Vindale", "ORG:Tidewell Hot Tub Care", "NOTE:technician", "END:VCARD", "",
].join("\r\n");

const SBV = `0:00:00.000,0:00:03.000
# Caller

0:00:03.000,0:00:06.000
## Role
You are Ilse Brankov from Kestrel Piano Removals.

0:00:06.000,0:00:09.500
## Steps
1. Greet: "Hello, it's Ilse from Kestrel about moving your upright piano."

0:00:09.500,0:00:13.000
2. Confirm: "Is the ground-floor hallway still clear for the trolley?"

0:00:13.000,0:00:16.000
3. Book: "Shall we say Friday at nine?"
`;

const T2T = `Glass greenhouse cleaning - autumn rebook
Clearpane Greenhouse Care
%%mtime(%Y-%m-%d)

%!target: html
%!encoding: utf-8

% Maintained by the office. The old moss treatment step below is withdrawn.

= Caller =

== Role ==

You are Odile Farrant from Clearpane Greenhouse Care.

== Steps ==

+ Greet: "Hello, it's Odile from Clearpane about your greenhouse clean."
+ Offer: "We can do the inside and outside panes for £65."
% + Moss: "We also treat moss on the frame for £20."
+ Book: "Would the second Monday of October suit you?"

== FAQ ==

: Do you use chemicals?
No, only rainwater and soft brushes.

= Callee =

== Role ==

Bertram Quayle, a keen gardener.
`;

describe("a script in a contact card, captions or txt2tags", () => {
  it("reads the vCard note: unfolded, unescaped, the colleague's card left out", async () => {
    const s = await readScenarioFile(file("hottub.vcf", VCARD));
    expect(s.caller.steps).toHaveLength(3);
    expect(s.caller.name).toBe("Marek Vindale");
    expect(s.callee.name).toBe("Annika Pellworth");
  });

  it("reads SBV captions without their comma-joined timings", async () => {
    const text = subtitleText(SBV);
    expect(text).toContain("## Steps");
    expect(text).not.toMatch(/0:00:/u);
    const s = await readScenarioFile(file("piano.sbv", SBV));
    expect(s.caller.steps).toHaveLength(3);
  });

  it("reads txt2tags as the Markdown it spells, % comment lines left out", async () => {
    const s = await readScenarioFile(file("greenhouse.t2t", T2T));
    expect(s.caller.steps).toHaveLength(3);
    expect(s.caller.steps.map((st) => st.lines.join(" ")).join(" ")).not.toMatch(/moss/u);
    expect(s.caller.knowledgeBase).toHaveLength(1);
    expect(s.callee.name).toBe("Bertram Quayle");
  });
});
