// Everything the rule caller derives from the scenario once (cached per CallerView object): usable step
// lines, the knowledge-base matcher, end-condition and closing-line classes, the grounded-figure base.
import type { CallerView } from "../seat.js";
import { coverage, similarity } from "../../text/similarity.js";
import { FigureIndex } from "../../text/figures.js";
import { KbMatcher } from "./kb-match.js";
import { endClassesOf, type EndClass } from "./end-classes.js";
import { introduction, stepFromTitle, type Names } from "./phrases.js";
import { asksIdentity } from "./identity-question.js";

export interface CallerPlan {
  readonly scenario: CallerView;
  readonly opening: string;
  /** Step delivered by the opening itself (1 when the opening says what step 1 says), else null. */
  readonly openingStep: number | null;
  /** Step-1 requests the opening leaves out (e.g. a verification question), said once identity is answered. */
  readonly identityFollowUp: string | null;
  /** The sentence that asks whether this is the customer, to ask again when the answer was "who's this?". */
  readonly identityQuestion: string | null;
  /** What the caller says for step i+1. */
  readonly stepLines: readonly string[];
  readonly kb: KbMatcher;
  readonly conditionClasses: readonly ReadonlySet<EndClass>[];
  readonly closingClasses: readonly ReadonlySet<EndClass>[];
  readonly names: Names;
  /** Figures the caller may state: the scenario's facts. */
  readonly figureBase: FigureIndex;
}

const INSTRUCTION = [
  /^(?:如|若|如果|假如|当)(?:客户|用户|对方|顾客)[^：:“"，,]{0,24}[：:]/,
  /^(?:注|备注|说明|提示)[：:]/,
  /^(?:if|when|should) (?:the )?(?:customer|client|caller|user|callee)\b[^:]{0,60}:/i,
  /^(?:note|tip|hint)s?:/i,
];
const STAGE_NOTE = /[（(][^（）()]*(?:用户|客户|对方|停顿|等待|语气|customer|caller|pause|wait|tone)[^（）()]*[)）]/g;

/** Sample lines the caller can say: instructions like "如客户否认：…" and stage notes are dropped. */
export function speakableLines(lines: readonly string[]): string[] {
  const kept = lines
    .filter((line) => !INSTRUCTION.some((pattern) => pattern.test(line.trim())))
    .map((line) => line.replace(STAGE_NOTE, "").trim())
    .filter((line) => line.length > 0);
  // A short unpunctuated fragment next to real sentences is a quoted label ("否认办理"), not a line.
  const fragment = (line: string): boolean =>
    !/[，。？！,.?!：:；;…、]/.test(line) && ((line.match(/[\u3400-\u9fff]/g)?.length ?? 0) > 0 ? line.length < 8 : line.split(/\s+/).length < 4);
  return kept.length > 1 ? kept.filter((line) => !fragment(line)) : kept;
}

/** The first step's line, plus who is calling when that line does not say it. */
function withIntroduction(first: string, language: CallerView["language"], names: Names): string {
  const said = first.toLowerCase();
  const named = [names.caller, names.organization ?? ""].some((name) => name.trim() !== "" && said.includes(name.trim().toLowerCase()));
  const intro = named ? null : introduction(language, names);
  if (intro === null || first === "") return first;
  return language === "zh" ? `${first}${intro}` : `${first} ${intro}`;
}

const REQUEST = /[？?]|请|麻烦|劳驾|\bplease\b|could you|can you|would you/i;
const plans = new WeakMap<CallerView, CallerPlan>();

export function callerPlan(scenario: CallerView): CallerPlan {
  const cached = plans.get(scenario);
  if (cached !== undefined) return cached;
  const { caller, language } = scenario;
  const joiner = language === "zh" ? "" : " ";
  const stepLines = caller.steps.map((step) => {
    const lines = speakableLines(step.lines);
    return lines.length > 0 ? lines.join(joiner) : stepFromTitle(language, step.title);
  });
  const first = stepLines[0] ?? "";
  const names: Names = { caller: caller.name, organization: caller.organization, customer: scenario.callee.name };
  const opening = caller.opening ?? withIntroduction(first, language, names);
  const openingStep = caller.steps.length === 0 ? null : caller.opening === null || coverage(opening, first) >= 0.5 || similarity(opening, first) >= 0.5 ? 1 : null;
  const firstLines = speakableLines(caller.steps[0]?.lines ?? []);
  const followUps = openingStep === 1 && caller.opening !== null ? firstLines.filter((line) => coverage(opening, line) < 0.5 && REQUEST.test(line)) : [];
  const sentences = [opening, ...firstLines].flatMap((text) => text.split(/(?<=[。！？!?])\s*/));
  const plan: CallerPlan = {
    scenario,
    opening,
    openingStep,
    identityFollowUp: followUps.length > 0 ? followUps.join(joiner) : null,
    identityQuestion: sentences.find((s) => asksIdentity(s, scenario.callee.name))?.trim() ?? null,
    stepLines,
    kb: new KbMatcher(caller.knowledgeBase),
    conditionClasses: caller.endConditions.map(endClassesOf),
    closingClasses: caller.closingLines.map(endClassesOf),
    names,
    figureBase: new FigureIndex(scenario.facts.flatMap((fact) => [fact.text, fact.source])),
  };
  plans.set(scenario, plan);
  return plan;
}
