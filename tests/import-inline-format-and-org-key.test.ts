// A template written inside its format call (`Printf.sprintf "…%s…" company`, `string.format("…%s…", org)`) has its
// `%s` filled from the names after it, and a caller record's `org` key is the organisation: the opening then names
// the company the caller works for, so the organisation is read.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";

const dir = mkdtempSync(join(tmpdir(), "callsim-inline-format-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const ML = `(* kiln servicing: booking call *)
let caller = "Maren Holt"
let company = "Eastmoor Kiln Repairs"

let customer = [ ("name", "Jonah Petrakis"); ("kiln", "front-loading electric kiln") ]

let opening =
  Printf.sprintf "Hi Jonah, it's Maren from %s, calling about your yearly kiln service." company

let steps = [
  { n = 1; say = Some "The engineer can come on Monday morning." };
  { n = 2; say = Some "Please let the kiln cool for a full day first." };
  { n = 3; say = Some "The visit takes about two hours." };
]

let closing = [ "Thanks Jonah, see you on Monday." ]
`;

const LUA = `-- 窑炉保养 预约电话
local caller = { name = "祁晓岚", org = "东岭窑炉维修" }
local customer = { name = "喻志远", kiln = "电窑 前开门" }
local opening = string.format("喻先生您好，我是%s的%s，来约您的窑炉年度保养。", caller.org, caller.name)
local steps = {
  { n = 1, say = "师傅周一上午可以上门。" },
  { n = 2, say = "麻烦提前一天让窑炉完全冷却。" },
  { n = 3, say = "保养大概两个小时。" },
}
local closing = { "好的喻先生，那周一见。" }
return { caller = caller, customer = customer, opening = opening, steps = steps, closing = closing }
`;

const PERL = `#!/usr/bin/perl
use strict;
my %caller = (name => 'Maren Holt', org => 'Eastmoor Kiln Repairs');
my %customer = (name => 'Jonah Petrakis', kiln => 'front-loading electric kiln');
my $opening = "Hi Jonah, it's $caller{name} from $caller{org}, calling about your yearly kiln service.";
my @steps = (
    { n => 1, say => 'The engineer can come on Monday morning.' },
    { n => 2, say => 'Please let the kiln cool for a full day first.' },
    { n => 3, say => 'The visit takes about two hours.' },
);
my @closing = ('Thanks Jonah, see you on Monday.');
print "$opening\n";
`;

describe("a format call's own template, and an org key", () => {
  it("en: Printf.sprintf \"…%s…\" company fills %s, and the organisation is read", async () => {
    const s = await readScenarioFile(file("kiln.ml", ML));
    expect(s.caller.opening).toContain("Eastmoor Kiln Repairs");
    expect(s.caller.organization).toBe("Eastmoor Kiln Repairs");
  });
  it("zh: string.format(\"…%s…\", caller.org, caller.name) fills %s, and the org key is the organisation", async () => {
    const s = await readScenarioFile(file("kiln.lua", LUA));
    expect(s.caller.opening).toContain("东岭窑炉维修的祁晓岚");
    expect(s.caller.organization).toBe("东岭窑炉维修");
  });
  it("en: a Perl %caller with org => '…' names the organisation", async () => {
    const s = await readScenarioFile(file("kiln.pl", PERL));
    expect(s.caller.organization).toBe("Eastmoor Kiln Repairs");
  });
});
