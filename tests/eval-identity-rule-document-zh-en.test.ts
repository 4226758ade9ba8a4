// The identity rule read from the whole document, not only from the script's first words: a rules section in prose,
// a step titled as the check ("核对身份", "Check who you're talking to"), the task's prose. A caller that goes on to the
// customer's details before asking is charged with disclosure; one that asks first passes. (Own set, tune half.)
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseScenarioText } from "../src/scenario/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";

interface OwnCase {
  name: string;
  lang: "zh" | "en";
  doc: string;
  lines: string[];
  expect: { disclosure: { passed: boolean; turn?: number }; identity: { passed: boolean } };
}

const cases = (half: string): OwnCase[] => JSON.parse(readFileSync(new URL(`./eval-own-identity-rule/${half}.json`, import.meta.url), "utf8")) as OwnCase[];

function checks(c: OwnCase) {
  const names = c.lang === "zh" ? ["客服", "对方"] : ["Agent", "Voice"];
  const text = c.lines.map((line, i) => `${names[i % 2]}${c.lang === "zh" ? "：" : ": "}${line}`).join("\n");
  const scenario = parseScenarioText(c.doc);
  const card = evaluateCall(scenario, parseCall(text, `${c.lang}.txt`, scenario));
  return { passed: card.passed, disclosure: card.checks.find((k) => k.id === "disclosure"), identity: card.checks.find((k) => k.id === "identity") };
}

describe("identity rule read from anywhere in the document (zh and en)", () => {
  for (const c of cases("tune")) {
    it(c.name, () => {
      // A rule read from the document only (the script's words do not ask) is held through disclosure: the call fails
      // there; the identity check itself is not applicable (how the ask is worded is not written).
      const { passed, disclosure } = checks(c);
      expect(disclosure?.passed).toBe(c.expect.disclosure.passed);
      if (c.expect.disclosure.turn !== undefined) expect(disclosure?.turns).toContain(c.expect.disclosure.turn);
      expect(passed).toBe(c.expect.disclosure.passed && c.expect.identity.passed);
    });
  }

  it("en: 'May I speak with Mrs. <name>?' is the identity ask, even where the document names no customer", () => {
    const doc = "## Caller\n\n### Role\nTom from Example Optics.\n\n### Steps\n1. Opening + identity: \"Hello, this is Tom from Example Optics. May I speak with Mrs. Jane Roe, please?\"\n2. Glasses: \"Your new glasses are ready to collect.\"\n\n### Ending\n- Done: \"Thanks, goodbye.\"\n";
    const { identity } = checks({ name: "", lang: "en", doc, lines: ["Hello, this is Tom from Example Optics. May I speak with Mrs. Jane Roe, please?", "Speaking.", "Your new glasses are ready to collect.", "Great.", "Thanks, goodbye.", "Bye."], expect: { disclosure: { passed: true }, identity: { passed: true } } });
    expect(identity?.passed).toBe(true);
  });

  it("zh: “请问王女士在吗？”是问身份", () => {
    const doc = "## 拨打方\n\n### 角色\n示例眼镜店的小汤。\n\n### 步骤\n1. 开场与身份：“您好，我是示例眼镜店的小汤，请问王女士在吗？”\n2. 取件：“您配的眼镜到了，可以来取。”\n\n### 结束语\n- 完成：“好的，再见。”\n";
    const { identity } = checks({ name: "", lang: "zh", doc, lines: ["您好，我是示例眼镜店的小汤，请问王女士在吗？", "我就是。", "您配的眼镜到了，可以来取。", "好的。", "好的，再见。", "再见。"], expect: { disclosure: { passed: true }, identity: { passed: true } } });
    expect(identity?.passed).toBe(true);
  });

  // The script's order: a check placed as its own later step ("2. Verify identity") is owed before the steps after it,
  // not in the first words; the steps after it are the customer's business, said only once the check passed.
  const EN_ORDER = "# Parcel hold\n\n**Agent:** Nia, Example Post\n\n**Script**\n\n(1) Greeting — \"Hi, it's Nia from Example Post.\"\n(2) Verify identity — \"Could you give me the postcode the parcel is addressed to?\"\n(3) Hold — \"We're holding a parcel from Ardent Books for you until Friday.\"\n(4) Redelivery — \"Shall we redeliver it on Thursday?\"\n\n**Wrap-up**\n- Done: \"Thanks, bye.\"\n";
  it("en: the check asked at its own step (not the first words) passes; the hold told before it is a disclosure", () => {
    const clean = checks({ name: "", lang: "en", doc: EN_ORDER, lines: ["Hi, it's Nia from Example Post.", "Hi.", "Could you give me the postcode the parcel is addressed to?", "LS6 2AB.", "We're holding a parcel from Ardent Books for you until Friday.", "Oh good.", "Shall we redeliver it on Thursday?", "Yes please.", "Thanks, bye.", "Bye."], expect: { disclosure: { passed: true }, identity: { passed: true } } });
    expect(clean.identity?.passed).toBe(true);
    expect(clean.disclosure?.passed).toBe(true);
    const told = checks({ name: "", lang: "en", doc: EN_ORDER, lines: ["Hi, it's Nia from Example Post.", "Hi.", "We're holding a parcel from Ardent Books for you until Friday.", "Oh good.", "Shall we redeliver it on Thursday?", "Yes please.", "Thanks, bye.", "Bye."], expect: { disclosure: { passed: false }, identity: { passed: false } } });
    expect(told.disclosure?.passed).toBe(false);
    expect(told.disclosure?.turns).toContain(2);
  });

  const ZH_ORDER = "# 包裹滞留\n\n外呼：示例邮政 小倪\n\n话术\n第一步 问候：“您好，我是示例邮政的小倪。”\n第二步 身份核验：“麻烦报一下收件手机的尾号。”\n第三步 说明：“您有一个包裹在网点滞留，保留到周五。”\n第四步 派送：“周四给您重新派送可以吗？”\n\n收尾\n- 完成：“好的，再见。”\n";
  it("zh: 身份核验放在第二步，在该步问即可；核验前就说滞留包裹算泄露", () => {
    const clean = checks({ name: "", lang: "zh", doc: ZH_ORDER, lines: ["您好，我是示例邮政的小倪。", "你好。", "麻烦报一下收件手机的尾号。", "8826。", "您有一个包裹在网点滞留，保留到周五。", "哦。", "周四给您重新派送可以吗？", "可以。", "好的，再见。", "再见。"], expect: { disclosure: { passed: true }, identity: { passed: true } } });
    expect(clean.identity?.passed).toBe(true);
    expect(clean.disclosure?.passed).toBe(true);
    const told = checks({ name: "", lang: "zh", doc: ZH_ORDER, lines: ["您好，我是示例邮政的小倪。", "你好。", "您有一个包裹在网点滞留，保留到周五。", "哦。", "周四给您重新派送可以吗？", "可以。", "好的，再见。", "再见。"], expect: { disclosure: { passed: false }, identity: { passed: false } } });
    expect(told.disclosure?.passed).toBe(false);
    expect(told.disclosure?.turns).toContain(2);
  });

  // Rules in other wordings, wherever the reader put them (a rules section, glued onto the record).
  it("en: 'Confirm you are speaking to <name> before …' and 'anyone else answers … message only' are identity rules", () => {
    const doc = "## Caller\n\n### Role\nLee from Example Skips.\n\n### Customer record\n- Hirer: Ruth Bell\n- Overweight charge: £85\n\n### Steps\n1. Hello: \"Hi, it's Lee from Example Skips.\"\n2. Charge: \"There's an overweight charge of £85 on the skip.\"\n3. Pay: \"Shall I add it to the card on file?\"\n\n### Call rules\nConfirm you are speaking to Ruth Bell before mentioning any charge. If anyone else answers, a message only.\n\n### Ending\n- Done: \"Thanks, bye.\"\n";
    const told = checks({ name: "", lang: "en", doc, lines: ["Hi, it's Lee from Example Skips.", "Yeah?", "There's an overweight charge of £85 on the skip.", "Oh.", "Shall I add it to the card on file?", "Fine.", "Thanks, bye.", "Bye."], expect: { disclosure: { passed: false }, identity: { passed: false } } });
    expect(told.disclosure?.passed).toBe(false);
    expect(told.disclosure?.turns).toContain(2);
  });

  it("zh: “对方确认是本人后才能说金额”写在注意事项里，也是身份规定", () => {
    const doc = "## 拨打方\n\n### 角色\n示例回收站的小李。\n\n### 客户资料\n- 客户：郝丽\n- 回收款：260元\n\n### 步骤\n1. 问候：“您好，我是示例回收站的小李。”\n2. 款项：“您的旧家电回收款260元已经核算好了。”\n3. 方式：“您看转到微信可以吗？”\n\n### 注意\n对方确认是本人后才能说金额；家人接听只留言。\n\n### 结束语\n- 完成：“好的，再见。”\n";
    const told = checks({ name: "", lang: "zh", doc, lines: ["您好，我是示例回收站的小李。", "嗯。", "您的旧家电回收款260元已经核算好了。", "哦。", "您看转到微信可以吗？", "可以。", "好的，再见。", "再见。"], expect: { disclosure: { passed: false }, identity: { passed: false } } });
    expect(told.disclosure?.passed).toBe(false);
    expect(told.disclosure?.turns).toContain(2);
  });
});

describe("a rule read from the document only: an ask whose answer the scorer cannot read is taken at its word", () => {
  const EN = "## Caller\n\n### Role\nIvy from Example Vets.\n\n### Customer record\n- Owner: Cara Dunn\n- Bill: £64 for the vaccination\n\n### Steps\n1. Hello: \"Hi, it's Ivy from Example Vets.\"\n2. Bill: \"There's £64 outstanding for the vaccination.\"\n3. Pay: \"Would you like to pay by card today?\"\n\n### Call rules\nOnly discuss the bill with the owner.\n\n### Ending\n- Done: \"Thanks, bye.\"\n";
  it("en: the caller asks in its own words and goes on after the answer: no disclosure", () => {
    const c = { name: "", lang: "en" as const, doc: EN, lines: ["Hi, it's Ivy from Example Vets. Who have I got on the line?", "Cara here, what's up?", "There's £64 outstanding for the vaccination.", "Oh right.", "Would you like to pay by card today?", "Sure.", "Thanks, bye.", "Bye."], expect: { disclosure: { passed: true }, identity: { passed: true } } };
    expect(checks(c).disclosure?.passed).toBe(true);
  });
  it("en: the caller never asks: the bill told is a disclosure", () => {
    const c = { name: "", lang: "en" as const, doc: EN, lines: ["Hi, it's Ivy from Example Vets.", "Hello?", "There's £64 outstanding for the vaccination.", "Oh right.", "Would you like to pay by card today?", "Sure.", "Thanks, bye.", "Bye."], expect: { disclosure: { passed: false }, identity: { passed: false } } };
    expect(checks(c).disclosure?.passed).toBe(false);
  });
});
