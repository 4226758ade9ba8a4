// The page shell and its files: the compiled front end (dist/serve/ui) and Preact/htm from node_modules,
// mapped by an import map, so the console works offline with no bundler and no CDN.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { STYLES } from "./styles.js";

const here = dirname(fileURLToPath(import.meta.url));

/** The compiled front end: next to this module in dist; from the sources (tests), the build's copy. */
export function defaultUiDir(): string {
  const candidates = [join(here, "ui"), join(here, "..", "..", "dist", "serve", "ui")];
  return candidates.find((dir) => existsSync(join(dir, "main.js"))) ?? (candidates[0] as string);
}

/** Browser module name → file in node_modules. */
export function vendorFiles(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const preact = dirname(require.resolve("preact/package.json"));
  const htm = dirname(dirname(require.resolve("htm")));
  return {
    "preact.mjs": join(preact, "dist", "preact.mjs"),
    "hooks.mjs": join(preact, "hooks", "dist", "hooks.mjs"),
    "htm.mjs": join(htm, "dist", "htm.mjs"),
    "htm-preact.mjs": join(htm, "preact", "index.mjs"),
  };
}

const IMPORT_MAP = JSON.stringify({
  imports: { preact: "/vendor/preact.mjs", "preact/hooks": "/vendor/hooks.mjs", htm: "/vendor/htm.mjs", "htm/preact": "/vendor/htm-preact.mjs" },
});

const hashOf = (text: string): string => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/** Only our own files run; the import map is allowed by its hash; no inline handlers, no eval, no other origin. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${hashOf(IMPORT_MAP)}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

export const INDEX_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>callsim</title>
<link rel="stylesheet" href="/ui/styles.css">
<script type="importmap">${IMPORT_MAP}</script>
<script type="module" src="/ui/main.js"></script>
</head>
<body><div id="app"></div></body>
</html>
`;

export { STYLES };

const TYPES: Readonly<Record<string, string>> = { ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8", ".map": "application/json" };

/** A file under `dir` by its relative name, or null (no way out of `dir`). */
export async function readAsset(dir: string, name: string): Promise<{ body: Buffer; type: string } | null> {
  const path = normalize(join(dir, name));
  if (!path.startsWith(dir + sep)) return null;
  const ext = /\.[a-z]+$/.exec(name)?.[0] ?? "";
  const type = TYPES[ext];
  if (type === undefined) return null;
  try {
    return { body: await readFile(path), type };
  } catch {
    return null;
  }
}
