// A program's knowledge base written as `("question", "answer")` pairs or a record keyed by what the customer asks
// (one entry or many), and a branch written alone as one record (`branch = (step: 2, when: "…", then: "…")`): the
// pairs are Q&A entries (objections under a key naming them), the lone branch hangs from the step it names.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";

const dir = mkdtempSync(join(tmpdir(), "callsim-keyed-pairs-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const branchesAt = (s: { caller: { steps: { branches?: unknown[] }[] } }): number[] => s.caller.steps.map((st) => st.branches?.length ?? 0);

const EN_PERL = `#!/usr/bin/perl
use strict;
my %caller = (name => 'Rosalind Avery', company => 'Fernleaf Piano Tuning');
my %customer = (name => 'Tobias Lindqvist', piano => 'upright from 1962', last => 'last March');
my $opening = "Hello Tobias, it's Rosalind from Fernleaf Piano Tuning about your yearly tuning.";
my @steps = (
    { n => 1, say => 'Your piano is due its yearly tuning this month.' },
    { n => 2, say => 'Would Tuesday morning suit you for the visit?' },
    { n => 3, say => 'It takes about ninety minutes and the room should be quiet.' },
);
my %branch = (step => 2, when => 'he is away on Tuesday', then => 'Offer Thursday afternoon instead.');
my @faq = (
    ['Do I need to move the piano away from the wall?', 'No, it can stay exactly where it is.'],
    ['Can I pay by card on the day?', 'Yes, the tuner carries a card reader.'],
);
my %objections = ('It still sounds fine to me' => 'Pitch drifts slowly, so a yearly tuning saves a bigger correction later.');
my @closing = ('Thanks Tobias, see you on Tuesday.');
print "$opening\\n";
`;

const ZH_NIM = `## 松韵琴行 · 钢琴年度调音 预约
type
  Step = object
    n: int
    say: string

const
  CallerName = "闻书瑶"
  Company = "松韵琴行"

let customer = (name: "喻志远", piano: "立式钢琴 2012年", last: "去年四月")

let opening = &"喻先生您好，我是{Company}的闻书瑶，您家的钢琴到了年度调音的时间了。"

let steps = @[
  Step(n: 1, say: "今年的调音还是上门，大约一个半小时。"),
  Step(n: 2, say: "下周二上午或者周四下午，您哪个时间方便？"),
  Step(n: 3, say: "调音那天麻烦家里保持安静，师傅要听音。"),
]

let branch = (step: 2, whenSaid: "喻先生说两天都不在家", then: "那我们约下下周，您定一个时间。")

let faq = @[
  ("调音要不要挪琴", "不用挪，原地就可以调。"),
  ("可以刷卡吗", "可以，师傅带了刷卡机。"),
]

let objections = @[
  ("我听着音还挺准的", "音准是慢慢跑的，每年调一次，以后就不用大修。"),
]

let closing = @["好的喻先生，那就周二见。"]
`;

describe("Q&A pairs and a lone branch in a program's data", () => {
  it("en: a Perl list of [question, answer] pairs and a hash keyed by an objection are entries; a lone %branch hangs from its step", async () => {
    const s = await readScenarioFile(file("piano.pl", EN_PERL));
    expect(s.caller.knowledgeBase.length).toBe(3);
    expect(s.caller.knowledgeBase.filter((e) => e.kind === "objection").length).toBe(1);
    expect(branchesAt(s)).toEqual([0, 1, 0]);
  });
  it("zh: Nim tuples of (问, 答) and one objection are entries; a lone branch tuple hangs from its step", async () => {
    const s = await readScenarioFile(file("piano.nim", ZH_NIM));
    expect(s.caller.knowledgeBase.length).toBe(3);
    expect(s.caller.knowledgeBase.filter((e) => e.kind === "objection").length).toBe(1);
    expect(branchesAt(s)).toEqual([0, 1, 0]);
  });
});
