// `callsim eval SCENARIO CALL [--json] [--judge PROVIDER:MODEL]`: score a call record or a transcript against its
// scenario; a readable scorecard by default, `--json` prints { score, checks, metrics } only.
import type { Command } from "commander";
import { readScenarioFile } from "../../scenario/index.js";
import { evaluateCall, loadCall, withExtraChecks } from "../../eval/index.js";
import { judgeCall } from "../../eval/judge.js";
import { formatScorecard } from "../../eval/format-scorecard.js";
import { ModelRuntime, type ModelPort } from "../../models/index.js";
import { isUserError, userError } from "../../errors.js";

interface EvalOptions {
  json?: boolean;
  judge?: string;
  baseUrl?: string;
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

export function registerEvalCommand(program: Command): void {
  program
    .command("eval")
    .description("score a call (record from `callsim run --json`, JSONL of {speaker, text}, or a `Name: text` transcript) against its scenario")
    .argument("<scenario>", "scenario document")
    .argument("<call>", "call record JSON, JSONL or plain-text transcript ('-' reads stdin)")
    .option("--json", "print only { score, checks, metrics } as JSON")
    .option("--judge <provider:model>", "add model-judged checks (concern addressed, tone, callee persona)")
    .option("--base-url <url>", "OpenAI-compatible endpoint for the judge model")
    .action(async (scenarioPath: string, callPath: string, options: EvalOptions) => {
      const scenario = await readScenarioFile(scenarioPath);
      const call = await loadCall(callPath, scenario);
      if (call.scenario.id !== scenario.id) {
        process.stderr.write(`callsim: warning: ${callPath} was recorded for scenario '${call.scenario.id}', scoring it against '${scenario.id}'\n`);
      }
      let card = evaluateCall(scenario, call);
      if (options.judge !== undefined) {
        const port = judgePort(options.judge, options.baseUrl, call.seed);
        card = withExtraChecks(card, await judgeCall(scenario, call, port));
      }
      const { score, checks, metrics } = card;
      process.stdout.write(options.json === true ? `${JSON.stringify({ score, checks, metrics }, null, 2)}\n` : formatScorecard(card, `${callPath} against '${scenario.id}'`));
    });
}
