// Three readings of stop 29: a statement about a past occasion that fell short is a complaint; an acknowledgement
// that goes on to take the point agrees (a bare one does not); a question about the way to pay asks for no sum.
import { describe, expect, it } from "vitest";
import { packFor } from "../src/lang/index.js";
import { readActs } from "../src/seats/rule/acts.js";
import { typesAsked } from "../src/seats/rule/answer-terms.js";

const en = packFor("en");
const zh = packFor("zh");
const context = { prev: null, customerName: "Alex Example", awaiting: null } as const;

describe("past grievances, acknowledgements and the way to pay", () => {
  it("reads a past occasion that fell short as a complaint, unless asked or said to be fine", () => {
    expect(readActs("last time the van came two hours late and nobody phoned", en, context)[0]).toBe("complaint");
    expect(readActs("上回送货的师傅没打招呼就走了", zh, context)[0]).toBe("complaint");
    expect(readActs("last time it was fine, no trouble at all", en, context)[0]).not.toBe("complaint");
    expect(readActs("上次多少钱来着 我忘了", zh, context)[0]).toBe("question");
  });

  it("reads an acknowledgement that goes on as agreement, a bare one as other", () => {
    expect(readActs("晓得了 到时候把门开着", zh, context)[0]).toBe("agree");
    expect(readActs("嗯嗯 晓得了", zh, context)[0]).toBe("other");
    expect(readActs("yeah alright, fire away", en, context)[0]).toBe("agree");
  });

  it("asks no sum when asking the way to pay", () => {
    expect(typesAsked("how do I pay for it", en)).not.toContain("money");
    expect(typesAsked("can I pay by card", en)).not.toContain("money");
    expect(typesAsked("how much do I pay", en)).toContain("money");
    expect(typesAsked("do I have to pay", en)).toContain("money");
  });
});
