// `callsim eval SCENARIO CALL [--json] [--judge PROVIDER:MODEL]`: score a call record or a transcript against its
// scenario; a readable scorecard by default, `--json` prints the scorecard as JSON.
// `callsim eval --labels DIR|FILE [--judge PROVIDER:MODEL]`: score labelled calls and print the agreement table.
import type { Command } from "commander";
import { readScenarioFile } from "../../scenario/index.js";
import { evaluateCall, loadCall, withExtraChecks } from "../../eval/index.js";
import { judgeCall, judgeLabelled } from "../../eval/judge.js";
import { formatScorecard } from "../../eval/format-scorecard.js";
import { inert } from "../terminal-text.js";
import { runAgreement, ruleJudge, type LabelJudge } from "../../eval/agreement/run-agreement.js";
import { formatAgreement } from "../../eval/agreement/format-agreement.js";
import { ModelRuntime, type ModelPort } from "../../models/index.js";
import { isUserError, userError } from "../../errors.js";

interface EvalOptions {
  json?: boolean;
  judge?: string;
  baseUrl?: string;
  labels?: string;
}

/** The judge's model port; flag errors name --judge, not the seats' --model. */
function judgePort(spec: string, baseUrl: string | undefined, seed: number): ModelPort {
  try {
    return new ModelRuntime({ model: spec, baseUrl }).portFor("caller", seed);
  } catch (error) {
    if (isUserError(error) && error.message.startsWith("--model")) throw userError(error.code, error.message.replace("--model", "--judge"));
    throw error;
  }
}

async function evalLabels(path: string, options: EvalOptions): Promise<void> {
  const spec = options.judge;
  const judge: LabelJudge = spec === undefined ? ruleJudge : (item) => judgeLabelled(item.scenario, item.call, judgePort(spec, options.baseUrl, 0));
  const { reports } = await runAgreement(path, judge);
  const title = spec === undefined ? "rules" : `judge ${spec}`;
  if (options.json === true) process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  else process.stdout.write(inert(reports.map((r) => formatAgreement(r, title)).join("\n")));
}

export function registerEvalCommand(program: Command): void {
  program
    .command("eval")
    .description("score a call (record from `callsim run --json`, JSONL of {speaker, text}, or a `Name: text` transcript) against its scenario; or measure agreement with labelled calls (--labels)")
    .argument("[scenario]", "scenario document")
    .argument("[call]", "call record JSON, JSONL or plain-text transcript ('-' reads stdin)")
    .option("--json", "print the scorecard (or the agreement reports) as JSON")
    .option("--judge <provider:model>", "add a model judge's findings (same fault ids as the rules); with --labels, measure the judge instead of the rules")
    .option("--base-url <url>", "OpenAI-compatible endpoint for the judge model")
    .option("--labels <dir|file>", "labelled calls (tests/labelled/ format): print verdict agreement, faults located and false alarms")
    .action(async (scenarioPath: string | undefined, callPath: string | undefined, options: EvalOptions) => {
      if (options.labels !== undefined) return evalLabels(options.labels, options);
      if (scenarioPath === undefined || callPath === undefined) throw userError("eval-args", "eval needs SCENARIO and CALL (or --labels DIR|FILE)");
      const scenario = await readScenarioFile(scenarioPath);
      const call = await loadCall(callPath, scenario);
      if (call.scenario.id !== scenario.id) {
        process.stderr.write(inert(`callsim: warning: ${callPath} was recorded for scenario '${call.scenario.id}', scoring it against '${scenario.id}'`) + "\n");
      }
      let card = evaluateCall(scenario, call);
      if (options.judge !== undefined) {
        const port = judgePort(options.judge, options.baseUrl, call.seed);
        card = withExtraChecks(card, await judgeCall(scenario, call, port));
      }
      process.stdout.write(options.json === true ? `${JSON.stringify(card, null, 2)}\n` : inert(formatScorecard(card, `${callPath} against '${scenario.id}'`)));
    });
}
