// Data written in a program of any language, in shapes the bracketed-data reader used to lose: a value wrapped in
// `new Type<T> { … }`, records with no separator, a type's declaration, `filter(lambda, LIST)`, a result record that
// gathers the other bindings, strings joined by an operator, `step(5, None)`, `objection("…", "…")`, names given a
// value with no `=` (`@caller "…"`, `def opening, do: "…"`), branches kept apart from the steps, and off flags
// (`live = false`, `hidden = True`, `on: false`).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";

const dir = mkdtempSync(join(tmpdir(), "callsim-code-shapes-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
type Read = Awaited<ReturnType<typeof readScenarioFile>>;
const lines = (s: Read): number => s.caller.steps.reduce((n, st) => n + st.lines.length, 0);
const branches = (s: Read): number => s.caller.steps.reduce((n, st) => n + (st.branches?.length ?? 0), 0);
const objections = (s: Read): number => s.caller.knowledgeBase.filter((k) => k.kind === "objection").length;
const counts = (s: Read): number[] => [s.caller.steps.length, lines(s), branches(s), s.caller.knowledgeBase.length, objections(s), s.caller.closingLines.length, s.caller.customerProfile.length];

const EN_LISTING = `/// Quill & Kettle Tea Blending — tasting kit follow-up. Module kept by Bartholomew Ince (tech), who never calls.
module tea.Followup

class Step {
  n: Int
  say: String?
  active: Boolean = true
}

class Branch {
  afterStep: Int
  \`when\`: String
  then: String
}

caller = "Philippa Ravensworth"
company = "Quill & Kettle Tea Blending"

customer {
  name = "Cosmo Ludgershall"
  kit = "Six-tin tasting kit, delivered on Monday"
  favourite = "He liked the smoked oolong best, he said on the form"
}

opening = "Hello Cosmo, it's Philippa from \\(company) — did the tasting kit arrive safely?"

steps = new Listing<Step> {
  new { n = 1; say = "Which of the six did you try first?" }
  new { n = 2; say = "Shall we offer a loyalty tin?"; active = false }
  new { n = 2; say = "If you liked the oolong, the full tin is forty grams and keeps for a year." }
  new { n = 3; say = null }
}

branches = new Listing {
  new { afterStep = 1; \`when\` = "he has not opened the kit yet"; then = "ask him to start with the green tea and ring back next week" }
}

faq = new Listing {
  new { q = "Is it loose leaf?"; a = "Yes, every blend is loose leaf." }
}

objections = new Listing {
  new { say = "Supermarket tea is cheaper."; reply = "It is; ours is blended in small batches each month." }
}

closing = "Lovely talking to you, Cosmo. Bye for now."

liveSteps = steps.toList().filter((s) -> s.active)
function greeting(name: String): String = "Hello \\(name)"
`;

const ZH_GATHERED = `# 青禾茶园 —— 春茶预订回访（本文件由 技术 仇明轩 维护，不外呼）
module Call

Base.@kwdef struct Step
    n::Int
    say::Union{String,Nothing} = nothing
    live::Bool = true
end

const CALLER = "闵雅琴"
const COMPANY = "青禾茶园"
const CUSTOMER = Dict("姓名" => "谭振华", "预订" => "明前龙井两斤", "上次" => "去年秋天买过桂花乌龙")
const OPENING = "谭先生您好，我是$(COMPANY)的闵雅琴，跟您确认一下春茶的预订。"
const STEPS = [
    Step(n = 1, say = "今年的明前茶三月底就能采，四月初给您发货。"),
    Step(n = 2, say = "要不要加一罐白茶？", live = false),
    Step(n = 2, say = "如果您方便的话，收货地址还是用去年那个吗？"),
    Step(n = 3),
]
const BRANCHES = [("客户说今年想换成碧螺春", "告诉他碧螺春也有，价格每斤便宜两百")]
const FAQ = [("茶叶怎么保存？", "密封放冰箱冷藏，半年内喝完最好。")]
const OBJECTIONS = [Dict("客户" => "网上买便宜多了。", "回应" => "我们是自家茶园现采现炒，品质有保证。")]
const CLOSING = "好的谭先生，发货了我给您发短信。"

const SCRIPT = (; caller = CALLER, company = COMPANY, customer = CUSTOMER, opening = OPENING,
                  steps = filter(s -> s.live, STEPS), branches = BRANCHES, faq = FAQ,
                  objections = OBJECTIONS, closing = CLOSING)
end
`;

const EN_JOINED = `# Build file registering the call script; maintained by Ottilie Brandt (platform), who makes no calls.
load("//calls:defs.bzl", "call_script", "step", "qa", "objection")

FIRM = "Saltmarsh Sea Kayak Hire"

call_script(
    name = "kayak_hire_confirm",
    caller = "Jasper Tremlett",
    organization = FIRM,
    customer = {"name": "Imogen Pascoe", "hire": "Two double kayaks, Sunday"},
    opening = "Hello Imogen, it's Jasper from " + FIRM + ", confirming your kayaks for Sunday.",
    steps = [
        step(1, "Please arrive half an hour early for the safety briefing."),
        step(2, "Would you like the wetsuits added?", hidden = True),
        step(2, "Everyone needs to be able to swim fifty metres."),
        step(3, None),
    ],
    kb = [
        qa("Can children come?", "Yes, from eight years old with an adult."),
        objection("The weather looks rough.", "If the wind is over force four we move you to another day at no cost."),
    ],
    closing = "See you Sunday at nine, Imogen.",
)
`;

const ZH_DEFINED = `defmodule Calls.Piano do
  @moduledoc """
  云杉琴行 —— 钢琴陪练体验课回访。维护：前台 俞嘉（不外呼）。
  """
  @caller "房思琪"
  @company "云杉琴行"

  def caller, do: @caller
  def company, do: @company
  def customer, do: %{name: "孔令辉", child: "女儿八岁，学琴一年", slot: "周六上午"}
  def opening, do: "孔先生您好，我是#{@company}的房思琪，跟您回访一下周末的体验课。"

  def steps do
    [
      %{n: 1, say: "孩子上次体验课的反馈挺好，老师说节奏感很不错。"},
      %{n: 2, say: "我们现在有买十送二的活动，要了解一下吗？", on: false},
      %{n: 2, say: "正式课每周一次，每次四十五分钟。"},
      %{n: 3, say: nil, note: "在系统里登记意向"}
    ]
  end

  def branches, do: [%{if: "客户说孩子周六有别的课", then: "改约周日下午"}]
  def faq, do: [{"可以先上一节再决定吗？", "可以，单节也能约。"}]
  def objections, do: [%{objection: "线上陪练便宜很多。", reply: "线下老师能当面纠正手型，进步更快。"}]
  def closing, do: "好的孔先生，有问题随时找我。"
end
`;

const HASKELL_LIKE = (lang: "en" | "zh"): string => {
  const t = lang === "en"
    ? { who: "Rosalind Aspinall", firm: "Bellfounders of Ashby", client: "Tobias Quarrie", a: "The tenor bell is back from tuning; shall we book the rehang?", b: "We need the tower key for two days.", c: "Log the rehang date in the ledger.", w: "he says the ringers practise on Thursdays", d: "offer Friday and Saturday instead", q: "Is the old clapper reused?", qa: "Yes, it is rebushed and refitted.", bye: "Thank you, we will see you at the tower." }
    : { who: "宁雪芳", firm: "博古钟表修复工坊", client: "郑国栋", a: "您那台座钟已经修好了，这周方便来取吗？", b: "取的时候我们会现场给您上一次弦。", c: "在登记簿上写好取件时间。", w: "客户说这周出差", d: "可以帮他保管到下周，不收费", q: "保修多久？", qa: "机芯保修一年。", bye: "好的，到时候见。" };
  return `module Call where

data Step = Step
  { stepNo  :: Int
  , stepSay :: Maybe Text
  , stepTag :: Text
  }

data Branch = Branch { afterStep :: Int, whenSays :: Text, thenSay :: Text }

callerName :: Text
callerName = "${t.who}"

company :: Text
company = "${t.firm}"

customer :: [(Text, Text)]
customer = [("name", "${t.client}"), ("item", "tenor bell / 座钟")]

steps :: [Step]
steps =
  [ Step 1 (Just "${t.a}") "ask"
  , Step 2 (Just "${t.b}") "access"
  , Step 3 Nothing "${t.c}"
  ]

branches :: [Branch]
branches =
  [ Branch 1 "${t.w}" "${t.d}"
  ]

faq :: [(Text, Text)]
faq = [("${t.q}", "${t.qa}")]

closing :: Text
closing = "${t.bye}"
`;
};

const TCL_LIKE = (lang: "en" | "zh"): string => {
  const t = lang === "en"
    ? { who: "Winifred Saltash", firm: "Hollowbrook Hoof Care", client: "Emrys Pritchard", a: "The herd is due its spring trim; does next Tuesday suit?", b: "Please have the crush in the yard by seven.", c: "Note the lame cows in the herd book.", bye: "Thanks, see you Tuesday." }
    : { who: "殷秀兰", firm: "远山磨刀铺", client: "鲍志强", a: "您店里的刀具到了季度打磨的时间，下周二方便吗？", b: "我们上门时请把要磨的刀集中放好。", c: "在台账上记下刀具数量。", bye: "好的，下周二见。" };
  return `#!/usr/bin/env tclsh
# call script; kept by the office, who makes no calls
set caller  "${t.who}"
set company "${t.firm}"
set customer [dict create name "${t.client}" site "unit 4 / 四号铺"]
set opening "${t.a}"
set steps {}
lappend steps [dict create n 1 say "${t.b}"]
lappend steps [dict create n 2 say "${t.c}"]
lappend steps [dict create n 3 say "${t.bye}"]
set closing "${t.bye}"
proc live_steps {steps} {
    set out {}
    foreach s $steps { lappend out $s }
    return $out
}
`;
};

describe("program data in shapes of any language", () => {
  it("reads a Tcl-style script (en, zh): set name \"…\", [dict create k v …] records, lappend'ed steps, a proc's code left out", async () => {
    for (const lang of ["en", "zh"] as const) {
      const s = await readScenarioFile(file(`knives-${lang}.tcl`, TCL_LIKE(lang)));
      expect([s.caller.name, s.callee.name]).toEqual(lang === "en" ? ["Winifred Saltash", "Emrys Pritchard"] : ["殷秀兰", "鲍志强"]);
      expect([s.caller.steps.length, s.caller.closingLines.length, s.caller.customerProfile.length]).toEqual([3, 1, 2]);
    }
  });

  it("reads positional constructors (en, zh): Step n Nothing \"…\" is a step with nothing to say, Branch n \"…\" \"…\" a condition and its action", async () => {
    for (const lang of ["en", "zh"] as const) {
      const s = await readScenarioFile(file(`bells-${lang}.hs`, HASKELL_LIKE(lang)));
      expect([s.caller.steps.length, lines(s), branches(s), s.caller.knowledgeBase.length, s.caller.closingLines.length]).toEqual([3, 2, 1, 1, 1]);
    }
  });

  it("reads a Pkl-style listing (en): new Listing<Step> { new {…} new {…} }, a class declaration, a separate branch list, say/reply objections", async () => {
    const s = await readScenarioFile(file("tea.pkl", EN_LISTING));
    expect([s.caller.name, s.caller.organization, s.callee.name]).toEqual(["Philippa Ravensworth", "Quill & Kettle Tea Blending", "Cosmo Ludgershall"]);
    // 3 live steps (the active = false twin sharing n 2 dropped), the "If you liked…" line spoken, not a branch.
    expect(counts(s)).toEqual([3, 2, 1, 2, 1, 1, 3]);
  });

  it("reads a Julia-style file (zh): the record gathering the other bindings, filter(lambda, LIST), live = false, 客户/回应 objections", async () => {
    const s = await readScenarioFile(file("tea.jl", ZH_GATHERED));
    expect([s.caller.name, s.caller.organization, s.callee.name]).toEqual(["闵雅琴", "青禾茶园", "谭振华"]);
    expect(counts(s)).toEqual([3, 2, 1, 2, 1, 1, 3]);
    expect(s.caller.opening).toContain("青禾茶园的闵雅琴");
  });

  it("reads a Starlark-style call (en): a string joined with +, step(n, None), qa() and objection() calls, hidden = True", async () => {
    const s = await readScenarioFile(file("kayak.star", EN_JOINED));
    expect([s.caller.name, s.caller.organization, s.callee.name]).toEqual(["Jasper Tremlett", "Saltmarsh Sea Kayak Hire", "Imogen Pascoe"]);
    expect(s.caller.opening).toBe("Hello Imogen, it's Jasper from Saltmarsh Sea Kayak Hire, confirming your kayaks for Sunday.");
    expect([s.caller.steps.length, lines(s), s.caller.knowledgeBase.length, objections(s)]).toEqual([3, 2, 2, 1]);
  });

  it("reads an Elixir-style module (zh): @name \"…\", def name, do: …, def name do … end, on: false", async () => {
    const s = await readScenarioFile(file("piano.ex", ZH_DEFINED));
    expect([s.caller.name, s.caller.organization, s.callee.name]).toEqual(["房思琪", "云杉琴行", "孔令辉"]);
    expect(counts(s)).toEqual([3, 2, 1, 2, 1, 1, 3]);
  });
});
