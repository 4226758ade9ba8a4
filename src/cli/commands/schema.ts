// `callsim schema NAME`: prints the JSON Schema of a public type.
import type { Command } from "commander";
import { SCHEMAS, jsonSchemaOf, type SchemaName } from "../../schema/index.js";
import { userError } from "../../errors.js";

export function registerSchemaCommand(program: Command): void {
  program
    .command("schema")
    .description(`print the JSON Schema of a type (${Object.keys(SCHEMAS).join(", ")})`)
    .argument("<name>", "scenario | call | score | labels")
    .action((name: string) => {
      if (!Object.hasOwn(SCHEMAS, name)) {
        throw userError("unknown-schema", `unknown schema '${name}' (expected one of: ${Object.keys(SCHEMAS).join(", ")})`);
      }
      process.stdout.write(`${JSON.stringify(jsonSchemaOf(name as SchemaName), null, 2)}\n`);
    });
}
