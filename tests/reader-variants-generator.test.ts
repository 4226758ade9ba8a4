// The layout-variant generator (tests/support/variants) is an instrument: the same seed gives the same documents,
// every layout value is drawn, every spoken line of the canon is in the document, and each canon's own layout reads
// back to its truth (so a miss on a variant is the layout's, not the truth's).
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { loadCanons } from "./support/variants/canon.js";
import { FEATURES } from "./support/variants/features.js";
import { generateVariants, misses, observedOf, singleFeatureVariants } from "./support/variants/generate.js";

describe("layout variants", () => {
  const variants = generateVariants(1, 40);

  it("are the same documents for the same seed and others for another", () => {
    expect(generateVariants(1, 40).map((v) => v.text)).toEqual(variants.map((v) => v.text));
    expect(generateVariants(2, 40).map((v) => v.text)).not.toEqual(variants.map((v) => v.text));
    expect(variants).toHaveLength(loadCanons().length * 40);
  });

  it("draw every value of every feature", () => {
    for (const [name, values] of Object.entries(FEATURES)) {
      for (const value of values) expect(variants.some((v) => v.features[name as keyof typeof FEATURES] === value), `${name}=${value}`).toBe(true);
    }
  });

  it("keep every spoken line, question and answer of the canon", () => {
    const canons = new Map(loadCanons().map((c) => [c.id, c]));
    for (const v of variants.filter((x) => x.features.container !== "json-fence")) {
      const canon = canons.get(v.canonId);
      if (canon === undefined) throw new Error(v.canonId);
      const text = v.text.replace(/\r\n/g, "\n");
      const said = [...canon.caller.steps.flatMap((s) => s.lines), ...canon.caller.kb.flatMap((e) => [e.q, e.a])];
      // YAML may fold a long line or escape a quote: compare on the first words.
      for (const line of said) expect(text.includes(line.slice(0, 12).replace(/\|/g, "\\|")) || text.includes(line.slice(0, 12)), `${v.id}: ${line}`).toBe(true);
    }
  });

  it("read back to the truth in each canon's own layout", () => {
    for (const v of variants.filter((x) => x.id.endsWith("#canonical"))) {
      expect(misses(v.truth, observedOf(parseScenarioText(v.text, { id: v.canonId }))), v.id).toEqual([]);
    }
  });

  // A floor, not a target: one feature changed at a time read 556 of 682 exactly (30 refused in the combined set)
  // before the fixes the variants showed, 668 after. The unquoted lines and unmarked lists left are ambiguous to a person too.
  it("one feature changed at a time: never refused, and at least 660 of 682 read exactly", () => {
    let exact = 0;
    const all = singleFeatureVariants();
    for (const v of all) if (misses(v.truth, observedOf(parseScenarioText(v.text, { id: v.canonId }))).length === 0) exact++;
    expect(all).toHaveLength(682);
    expect(exact).toBeGreaterThanOrEqual(660);
  });
});
