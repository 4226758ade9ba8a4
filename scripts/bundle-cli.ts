// The `callsim` command as one bundled entry with lazily loaded chunks, written over tsc's dist/cli/main.js: a
// start then reads a handful of files instead of ~220 ES modules. The library keeps tsc's per-module output.
import { readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { build, type Plugin } from "esbuild";

const ENTRY = "src/cli/main.ts";
const OUT_DIR = "dist/cli";
/** Chunks sit beside the entry, so paths taken from `import.meta.url` (dist/serve, dist/batch, examples) still hold. */
const CHUNK_PREFIX = "bundle-";
/** Which sources and packages each output file holds: the start-up tests read it to see what a command loads. */
const BUNDLE_META = join(OUT_DIR, "bundle-meta.json");
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
  for (const name of readdirSync(OUT_DIR)) if (name.startsWith(CHUNK_PREFIX)) rmSync(join(OUT_DIR, name));
}

async function main(): Promise<void> {
  removeOldChunks();
  const result = await build({
    entryPoints: [ENTRY],
    outdir: OUT_DIR,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    chunkNames: `${CHUNK_PREFIX}[name]-[hash]`,
    sourcemap: "linked",
    metafile: true,
    logLevel: "warning",
    plugins: [onlyEnglishZodLocales, keepOtherPackagesOutside],
    // Bundled CommonJS packages (commander) call require for Node's own modules; ESM has none unless given one.
    banner: { js: 'import { createRequire as __callsimRequire } from "node:module"; const require = __callsimRequire(import.meta.url);' },
  });
  const outputs: Record<string, string[]> = {};
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (file.endsWith(".js")) outputs[relative(OUT_DIR, file)] = [...new Set(Object.keys(output.inputs).map(portableInput))].sort();
  }
  writeFileSync(BUNDLE_META, `${JSON.stringify({ outputs }, null, 1)}\n`);
}

await main();
