#!/usr/bin/env node
// The callsim entry: V8 settings, then a sub-command through the bundled command (compiled from V8's code cache
// when there is one: bundled-cli.ts) and the top-level help through the plain modules, which load less.
import { setFlagsFromString } from "node:v8";
import { requestedCommand } from "./requested-command.js";

/**
 * V8 first runs a new regular expression in its interpreter and compiles it to machine code when it is used again;
 * a rule call runs hundreds of the language pack's patterns a few times each, so compiling them at once saves about
 * a seventh of a rule run's CPU at start-up (bench/startup.bench.ts). Matching is the same either way. Set before
 * any code is compiled: V8 keys its code cache on the flags.
 */
const V8_FLAGS = ["--no-regexp-tier-up"] as const;

for (const flag of V8_FLAGS) setFlagsFromString(flag);
const command = requestedCommand(process.argv.slice(2));
const cli = (command === null ? null : (await import("./bundled-cli.js")).loadBundledCli(command)) ?? (await import("./run-cli.js"));
await cli.runCli(process.argv);
