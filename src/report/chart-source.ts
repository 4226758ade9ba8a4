// The Chart.js UMD build, read from the installed package so report.html needs no network.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

let cached: string | null = null;

export function chartJsSource(): string {
  if (cached !== null) return cached;
  // The package's exports map hides dist/chart.umd.js, so locate the package by its main entry instead.
  const main = createRequire(import.meta.url).resolve("chart.js");
  const source = readFileSync(join(dirname(main), "chart.umd.js"), "utf8");
  // The source map is not shipped in the report; "</script" never occurs in the build but is guarded anyway.
  cached = source.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n").replace(/<\/script/gi, "<\\/script");
  return cached;
}
