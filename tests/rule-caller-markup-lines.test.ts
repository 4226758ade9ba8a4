// A step line that is only markup left by the page it came from ("</ul></li>") is nothing to say: said, the guards
// strip it and the turn loses the answer it carried.
import { describe, expect, it } from "vitest";
import { speakableLines } from "../src/seats/rule/caller-plan.js";
import { packFor } from "../src/lang/index.js";

const LINES = { zh: "<p>请问您这周六上午在家吗？</p>", en: "<p>Will you be in on Saturday morning?</p>" } as const;

describe("markup-only step lines", () => {
  for (const lang of ["zh", "en"] as const) {
    it(`${lang}: drops a line of bare tags and keeps a line with words in tags`, () => {
      const pack = packFor(lang);
      expect(speakableLines(["</ul></li>"], pack)).toEqual([]);
      expect(speakableLines(["<br/>"], pack)).toEqual([]);
      expect(speakableLines([LINES[lang]], pack)).toEqual([LINES[lang]]);
    });
  }
});
