#!/usr/bin/env -S node --no-regexp-tier-up
// The callsim entry: a sub-command through the bundled command (compiled from V8's code cache when there is one:
// bundled-cli.ts) and the top-level help through the plain modules, which load less.
//
// The V8 flag on the first line: V8 first runs a new regular expression in its interpreter and compiles it to
// machine code when it is used again; a rule call runs hundreds of the language pack's patterns a few times each, so
// compiling them at once saves about a seventh of a rule run's CPU at start-up (bench/startup.bench.ts). It is given
// to node when the process starts (the installed `callsim` command runs this file through that line), never set
// from here: Node documents V8 flags changed after start as able to crash the process, and a CLI child started with
// other code loaded first (tsx) died by a signal in CI while this file still set it. Matching is the same either way.
import { requestedCommand } from "./requested-command.js";

const command = requestedCommand(process.argv.slice(2));
const cli = (command === null ? null : (await import("./bundled-cli.js")).loadBundledCli(command)) ?? (await import("./run-cli.js"));
await cli.runCli(process.argv);
