// Lint: the recommended JavaScript and TypeScript rules, on sources, tests and benches.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  // tests/fixtures/real holds scenario documents written as code files (a reader test input, never run).
  { ignores: ["dist/", "dist-bench/", "node_modules/", "coverage/", "tests/fixtures/real/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
);
