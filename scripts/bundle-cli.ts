// The `callsim` sub-commands as one bundled CommonJS file, dist/cli/callsim.cjs, which dist/cli/main.js compiles
// with V8's code cache (src/cli/bundled-cli.ts): a start reads one file instead of ~220 ES modules and, from the
// second run of a command on, compiles none of it. The library keeps tsc's per-module output.
import { chmodSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { build, type Plugin } from "esbuild";

const ENTRY = "src/cli/run-cli.ts";
const OUT_DIR = "dist/cli";
/** Beside main.js, so paths taken from `import.meta.url` (dist/serve, dist/batch, examples) still hold. */
const OUT_FILE = join(OUT_DIR, "callsim.cjs");
/** Files of earlier layouts of the bundle (split ES chunks). */
const OLD_PREFIX = "bundle-";
/** Which sources and packages each output file holds: the start-up tests read it to see what a command loads. */
const BUNDLE_META = join(OUT_DIR, "bundle-meta.json");
/** The entry, run through its first line (which gives node its flags) when started as a command. */
const ENTRY_OUT = join(OUT_DIR, "main.js");
/**
 * Packages on the start-up path of every command, bundled with whatever they import. Every other package stays a
 * plain import: native ones, the model SDKs (loaded only for a model seat, which a test checks by module name), the
 * server, the queue and the browser.
 */
const BUNDLED_PACKAGES = new Set([
  "zod",
  "commander",
  "mdast-util-from-markdown",
  "mdast-util-gfm-table",
  "mdast-util-to-string",
  "micromark-extension-gfm-table",
]);

const packageName = (specifier: string): string => specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/");

/** Our sources and the listed packages (with their own imports) go in; any other package import stays as it is. */
const keepOtherPackagesOutside: Plugin = {
  name: "keep-other-packages-outside",
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith("node:")) return { external: true };
      const fromPackage = /[\\/]node_modules[\\/]/.test(args.importer);
      return fromPackage || BUNDLED_PACKAGES.has(packageName(args.path)) ? undefined : { external: true };
    });
  },
};

/** A package file as `node_modules/<package>/…` wherever node_modules really is (a link, a parent folder). */
const portableInput = (input: string): string => input.replace(/^.*node_modules\//, "node_modules/");

/** zod's 60-odd translations of its error messages: the command speaks English, so only zod's own default stays. */
const onlyEnglishZodLocales: Plugin = {
  name: "only-english-zod-locales",
  setup(builder) {
    builder.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: join(args.resolveDir, "..", "locales", "en.js"), namespace: "zod-locales" } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({ contents: `export { default as en } from ${JSON.stringify(args.path)};`, resolveDir: dirname(args.path) }));
  },
};

function removeOldChunks(): void {
  for (const name of readdirSync(OUT_DIR)) if (name.startsWith(OLD_PREFIX) && name !== "bundle-meta.json") rmSync(join(OUT_DIR, name));
}

async function main(): Promise<void> {
  removeOldChunks();
  const result = await build({
    entryPoints: [ENTRY],
    outfile: OUT_FILE,
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    sourcemap: "linked",
    // CommonJS has no import.meta: each use reads the bundle's own URL (createRequire, dist/batch, dist/serve).
    define: { "import.meta.url": "__callsimBundleUrl" },
    metafile: true,
    logLevel: "warning",
    plugins: [onlyEnglishZodLocales, keepOtherPackagesOutside],
    banner: { js: 'const __callsimBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  });
  const outputs: Record<string, string[]> = {};
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (file.endsWith(".cjs")) outputs[relative(OUT_DIR, file)] = [...new Set(Object.keys(output.inputs).map(portableInput))].sort();
  }
  writeFileSync(BUNDLE_META, `${JSON.stringify({ outputs }, null, 1)}\n`);
  // npm marks a package's bin executable when it links it; a build from a clone run as ./dist/cli/main.js needs it too.
  chmodSync(ENTRY_OUT, 0o755);
}

await main();
