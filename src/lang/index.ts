// The seats' language packs (zh, en) and the one way to get one: by the scenario's language, never by branching.
import type { Language } from "../schema/index.js";
import type { LanguagePack, Template } from "./types.js";
import { ZH } from "./zh/index.js";
import { EN } from "./en/index.js";

export * from "./types.js";

const PACKS: Record<Language, LanguagePack> = { zh: ZH, en: EN };

export function packFor(language: Language): LanguagePack {
  return PACKS[language];
}

/** A template with its `{name}` slots filled; a slot without a value becomes empty. */
export function fill(template: Template, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? "");
}

/** Every phrase and pattern source of a pack, flattened (the independence test compares packs with the scorer's). */
export function packTexts(pack: LanguagePack): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "string") out.push(value);
    else if (value instanceof RegExp) out.push(value.source);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(pack);
  return out;
}
