// `callsim serve` end to end in headless Chromium: a rule call ends with its scorecard; a person in the caller
// seat is flagged for an invented figure at its turn; an uploaded document's error shows at its line; a
// reload reconnects to the running call; the Chinese interface and a Chinese call render with a CJK font.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { browserAvailable, startConsole, type Console } from "./fixtures/serve-browser.js";
import { writeSyntheticBatch } from "./fixtures/batch-dir.js";
import { writeReport } from "../src/report/index.js";

const runIt = browserAvailable ? it : it.skip;
const WAIT = { timeout: 20_000 };
const EN_DOC = "examples/06-saas-renewal-checkin-en.md";
const ZH_DOC = "examples/00-seed-service-followup.md";
const shots = mkdtempSync(join(tmpdir(), "callsim-serve-shots-"));

let console_: Console;
beforeAll(async () => {
  if (browserAvailable) console_ = await startConsole();
}, 60_000);
afterAll(async () => {
  await console_?.close();
  process.stdout.write(`serve screenshots in ${shots}\n`);
});

async function openPage(locale = "en-US"): Promise<{ page: Page; problems: string[] }> {
  const context = await console_.browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => { if (message.type() === "error") problems.push(message.text()); });
  return { page, problems };
}

/** Opens a scenario on the Scenarios page and starts a call with the given seats, instantly paced. */
async function startCall(page: Page, ref: string, caller: string, callee: string): Promise<void> {
  await page.goto(`${console_.server.url}#/scenarios`);
  await page.locator(`a[data-ref="${ref}"]`).click();
  await page.getByTestId("caller-seat").selectOption(caller);
  await page.getByTestId("callee-seat").selectOption(callee);
  await page.getByTestId("speed").selectOption("0");
  await page.getByTestId("start").click();
  await page.getByTestId("call").waitFor(WAIT);
}

async function say(page: Page, text: string, turnsAfter: number): Promise<void> {
  await page.locator("form.human.waiting").waitFor(WAIT);
  await page.getByTestId("say").fill(text);
  await page.getByTestId("say").press("Enter");
  await expect.poll(() => page.locator("[data-testid=transcript] li.turn:not(.partial)").count(), WAIT).toBeGreaterThanOrEqual(turnsAfter);
}

describe("callsim serve in Chromium", () => {
  runIt("plays a rule-vs-rule call to its end and shows the scorecard and the ticked script", async () => {
    const { page, problems } = await openPage();
    await startCall(page, EN_DOC, "rule", "rule");
    await page.getByTestId("scorecard").waitFor(WAIT);
    expect(await page.getByTestId("status").innerText()).toBe("Call ended");
    expect(await page.locator("[data-testid=transcript] li.turn").count()).toBeGreaterThan(4);
    expect(await page.locator("[data-testid=script-panel] li.done").count()).toBeGreaterThan(0);
    expect(Number(await page.getByTestId("score").innerText())).toBeGreaterThan(0);
    expect(await page.getByTestId("identity").innerText()).toBe("confirmed");
    await page.screenshot({ path: join(shots, "rule-call-en.png"), fullPage: true });
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  runIt("a person in the caller seat types three lines and the scorecard flags the invented figure at its turn", async () => {
    const { page, problems } = await openPage();
    await startCall(page, EN_DOC, "human", "rule");
    await say(page, "Hi, is this Priya Raman? This is Daniel Okafor, your Customer Success Manager at Cobaltix.", 2);
    await say(page, "Good news: if you renew today you get a 47% discount and a $5,000 refund.", 4);
    await say(page, "Thanks Priya, I'll send the quote in writing. Goodbye.", 6);
    await page.getByTestId("hang-up").click();
    await page.getByTestId("scorecard").waitFor(WAIT);
    const invented = page.locator("li.check.failed[data-check=invented-figure]");
    expect(await invented.innerText()).toContain("47%");
    expect(await page.getByTestId("verdict").innerText()).toBe("failed");
    // The failing check links to the caller's second line (turn index 2), and the link focuses that turn.
    await invented.locator("a[data-turn='2']").click();
    expect(await page.locator("#turn-2").getAttribute("class")).toContain("focus");
    expect(await page.locator("#turn-2 .text").innerText()).toContain("47% discount");
    await page.screenshot({ path: join(shots, "human-caller-flagged.png"), fullPage: true });
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  runIt("an uploaded document with an error shows the diagnostic at its line, and a fix reads live", async () => {
    const { page, problems } = await openPage();
    await page.goto(`${console_.server.url}#/scenarios`);
    const broken = ["# Broken practice document", "", "Some notes before the sides.", "", "## Caller", "", "### Role", "You are Alex from a gym, calling a member.", "", "## Callee", "", "### Role", "Sam, a member.", ""].join("\n");
    await page.getByTestId("upload").setInputFiles({ name: "broken.md", mimeType: "text/markdown", buffer: Buffer.from(broken) });
    const flagged = page.locator("[data-testid=doc-lines] li.flagged");
    await flagged.first().waitFor(WAIT);
    expect(await flagged.count()).toBe(1);
    expect(await flagged.getAttribute("data-line")).toBe("5");
    expect(await flagged.innerText()).toContain("neither steps");
    expect(await page.locator("[data-testid=diagnostics] a[data-line='5']").count()).toBe(1);
    await page.screenshot({ path: join(shots, "upload-error.png"), fullPage: true });
    // Typing an opening line into the editor reads the document again without saving it.
    const fixed = broken.replace("## Callee", '### Opening line\n"Hi Sam, this is Alex from the gym."\n\n## Callee');
    await page.getByTestId("doc-text").fill(fixed);
    await page.locator("[data-testid=report] .ok").waitFor(WAIT);
    expect(await flagged.count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  runIt("a reload during a call reconnects to it and the person goes on", async () => {
    const { page, problems } = await openPage();
    await startCall(page, EN_DOC, "human", "rule");
    await say(page, "Hi, is this Priya Raman? This is Daniel Okafor, your Customer Success Manager at Cobaltix.", 2);
    const url = page.url();
    await page.reload();
    expect(page.url()).toBe(url);
    await page.locator("form.human.waiting").waitFor(WAIT);
    expect(await page.locator("[data-testid=transcript] li.turn").count()).toBe(2);
    expect(await page.getByTestId("status").innerText()).toBe("Call in progress");
    // Call text is text: markup typed into a call is shown as typed and never runs.
    const payload = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>`;
    await say(page, payload, 4);
    expect(await page.locator("#turn-2 .text").innerText()).toBe(payload);
    expect(await page.locator("#turn-2 img, #turn-2 script").count()).toBe(0);
    await page.getByTestId("hang-up").click();
    await page.getByTestId("scorecard").waitFor(WAIT);
    expect(await page.evaluate("window.__pwned === undefined")).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  runIt("a trainee practises the caller, sees where they went wrong and the attempt in their history", async () => {
    const { page, problems } = await openPage();
    await page.goto(`${console_.server.url}#/practice`);
    await page.getByTestId("trainee").fill("Ann");
    await page.getByTestId("persona").selectOption(EN_DOC);
    await page.getByTestId("difficulty").selectOption("hard");
    // The same customer every run (a new attempt gets a random seed by default).
    await page.getByTestId("practice-seed").fill("1");
    await page.getByTestId("practice-start").click();
    await page.getByTestId("call").waitFor(WAIT);
    await say(page, "Hi, is this Priya Raman? This is Daniel Okafor, your Customer Success Manager at Cobaltix.", 2);
    await say(page, "Good news: if you renew today you get a 47% discount and a $5,000 refund.", 4);
    await page.getByTestId("hang-up").click();
    const coaching = page.getByTestId("coaching");
    await coaching.waitFor(WAIT);
    const note = coaching.locator("li[data-turn='2']");
    expect(await note.innerText()).toContain("invented-figure");
    expect(await note.locator(".better").innerText()).toContain("212 active seats");
    await page.screenshot({ path: join(shots, "practice-coaching.png"), fullPage: true });
    await page.goto(`${console_.server.url}#/practice`);
    const rows = page.locator("[data-testid=attempts] tbody tr");
    await rows.first().waitFor(WAIT);
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain("hard");
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  runIt("browses a batch run, filters it by a failing check and opens a call", async () => {
    writeSyntheticBatch(join(console_.dataDir, "runs", "demo"), 5);
    await writeReport(join(console_.dataDir, "runs", "demo"));
    const { page, problems } = await openPage();
    await page.goto(`${console_.server.url}#/runs`);
    await page.locator("[data-testid=runs] a", { hasText: "demo" }).click();
    await page.getByTestId("run").waitFor(WAIT);
    expect(await page.locator("[data-testid=run-calls] tbody tr").count()).toBe(10);
    expect(await page.locator(".histograms svg.histogram").count()).toBe(2);
    await page.screenshot({ path: join(shots, "runs.png"), fullPage: true });
    await page.getByTestId("filter-check").selectOption("grounding");
    await expect.poll(() => page.locator("[data-testid=run-calls] tbody tr").count(), WAIT).toBe(2);
    await page.locator("[data-testid=run-calls] tbody tr a").first().click();
    await page.getByTestId("scorecard").waitFor(WAIT);
    expect(await page.locator("li.check.failed[data-check=grounding]").count()).toBe(1);
    // The batch's own report (its charts) runs in its sandbox.
    await page.goto(`${console_.server.url}api/runs/demo/report.html`);
    await page.waitForFunction("'__callsimReport' in window && Object.keys(window.Chart.instances).length > 0", undefined, WAIT);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  runIt("follows a Chinese browser: Chinese interface, a Chinese call rendered with a CJK font", async () => {
    const { page, problems } = await openPage("zh-CN");
    await startCall(page, ZH_DOC, "rule", "rule");
    await page.getByTestId("scorecard").waitFor(WAIT);
    expect(await page.locator("header nav").innerText()).toContain("场景");
    expect(await page.getByTestId("status").innerText()).toBe("通话已结束");
    const first = page.locator("#turn-0 .text");
    expect(await first.innerText()).toMatch(/[\u4e00-\u9fff]{4}/);
    const client = await page.context().newCDPSession(page);
    await client.send("DOM.enable");
    await client.send("CSS.enable");
    const { root } = await client.send("DOM.getDocument", { depth: -1 });
    const { nodeId } = await client.send("DOM.querySelector", { nodeId: root.nodeId, selector: "#turn-0 .text" });
    const { fonts } = await client.send("CSS.getPlatformFontsForNode", { nodeId });
    const cjk = fonts.filter((font) => /WenQuanYi|Noto Sans CJK|Droid Sans Fallback/i.test(font.familyName));
    expect(cjk.reduce((sum, font) => sum + font.glyphCount, 0)).toBeGreaterThanOrEqual(4);
    await page.screenshot({ path: join(shots, "call-zh.png"), fullPage: false });
    // The switch goes back to English and is remembered.
    await page.getByTestId("lang").selectOption("en");
    expect(await page.getByTestId("status").innerText()).toBe("Call ended");
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);
});
