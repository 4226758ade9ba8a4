// Held-back part of the plate set (run once, at the end): other wordings and layouts, invented values, zh and en.
import { describe, expect, it } from "vitest";
import { checkData, replyWithData } from "../../src/seats/rule/identity-data.js";
import { askedData } from "../../src/seats/rule/identity-question.js";
import { packFor } from "../../src/lang/index.js";
import { createRandom } from "../../src/util/random.js";

const CASES = [
  { language: "en", ask: "Can you read me the number plate on the car, please?", record: ["Licence plate — LR63 TZU"], value: /LR63 ?TZU/, right: "LR63 TZU", wrong: "LR63 TZV" },
  { language: "en", ask: "Before we go on, could you tell me your car's registration?", record: ["Registration: 7DKP219"], value: /7DKP219/, right: "Sure, 7DKP219.", wrong: "7DKP291" },
  { language: "zh", ask: "您车牌是多少？我核对一下。", record: ["车牌：粤A·3M9X1"], value: /粤A·?3M9X1/, right: "粤A3M9X1", wrong: "粤A3M9X7" },
  { language: "zh", ask: "先跟您确认下，您那辆车的车牌号码是？", record: ["车辆信息：白色轿车，车牌号 苏E 8L26N"], value: /苏E ?8L26N/, right: "苏E8L26N", wrong: "苏E8L62N" },
] as const;

describe("held-back: a vehicle plate as verification data", () => {
  for (const c of CASES) {
    it(`${c.language}: ${c.ask}`, () => {
      const pack = packFor(c.language);
      const asked = askedData(c.ask, pack);
      expect(asked?.kind.name).toBe("plate");
      if (asked === null) return;
      expect(checkData(asked, c.right, c.record, pack)).toBe("confirmed");
      expect(checkData(asked, c.wrong, c.record, pack)).toBe("failed");
      expect(replyWithData(asked, [], c.record, { relative: false, gives: true }, pack, createRandom("t"))).toMatch(c.value);
    });
  }
});
