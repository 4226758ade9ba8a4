import { mkdtempSync, readdirSync, rmSync, truncateSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadJieba } from "../src/text/jieba-image.js";
import { defaultCacheDir } from "../src/util/cache-dir.js";

// Texts of other kinds than the probe: names jieba's HMM must join, figures, Latin inside Chinese, a long run.
const TEXTS = [
  "您好，请问是欧阳女士吗？我是物业服务中心的小周",
  "上次维修后热水器还漏水吗，师傅周四下午两点到三点之间上门",
  "如果方便的话，我们把回访记录发到您的邮箱abc@example.com",
  "这个季度的满意度调查一共十二道题，大概需要五分钟",
  "嗯嗯好的没问题谢谢您啊再见",
];

const dirs: string[] = [];
const tempCache = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "callsim-jieba-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const cuts = (jieba: ReturnType<typeof loadJieba>["jieba"]): string[][] => TEXTS.map((text) => jieba.cut(text, true));
const imageIn = (dir: string): string => {
  const name = readdirSync(dir).find((file) => file.endsWith(".img"));
  if (name === undefined) throw new Error(`no image in ${dir}`);
  return join(dir, name);
};

describe("jieba's dictionary image", () => {
  it("is written on the first load and gives the same words as the built dictionary on the next", () => {
    const dir = tempCache();
    const built = loadJieba(dir);
    expect(built.source).toBe("built");
    const expected = cuts(built.jieba);
    const restored = loadJieba(dir);
    expect(restored.source).toBe("image");
    expect(restored.jieba).not.toBe(built.jieba);
    expect(cuts(restored.jieba)).toEqual(expected);
    // Words added after a restore go into the restored dictionary, as after a build.
    expect(restored.jieba.cut("甲乙丙丁戊", true)).not.toEqual(["甲乙丙丁戊"]);
    restored.jieba.add_word("甲乙丙丁戊", 100_000, null);
    expect(restored.jieba.cut("甲乙丙丁戊", true)).toEqual(["甲乙丙丁戊"]);
  });

  it("is rebuilt, with the same words, when the image is cut short or is not an image", () => {
    const dir = tempCache();
    const expected = cuts(loadJieba(dir).jieba);
    const image = imageIn(dir);
    truncateSync(image, Math.floor(statSync(image).size / 2));
    const afterTruncation = loadJieba(dir);
    expect(afterTruncation.source).toBe("built");
    expect(cuts(afterTruncation.jieba)).toEqual(expected);
    expect(loadJieba(dir).source).toBe("image");

    writeFileSync(image, "not an image");
    const afterGarbage = loadJieba(dir);
    expect(afterGarbage.source).toBe("built");
    expect(cuts(afterGarbage.jieba)).toEqual(expected);
  });

  it("is left alone when no cache folder can be written, and turned off by an empty CALLSIM_CACHE_DIR", () => {
    const file = join(tempCache(), "a-file");
    writeFileSync(file, "");
    const load = loadJieba(join(file, "cache"));
    expect(load.source).toBe("built");
    expect(load.jieba.cut("谢谢您", true)).toEqual(["谢谢您"]);
    expect(defaultCacheDir({ CALLSIM_CACHE_DIR: "" })).toBeNull();
    expect(defaultCacheDir({ CALLSIM_CACHE_DIR: "/x" })).toBe("/x");
    expect(defaultCacheDir({ XDG_CACHE_HOME: "/y" })).toBe(join("/y", "callsim"));
  });
});
