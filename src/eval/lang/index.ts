// The scorer's language packs, by scenario language: a table, so no check branches on the language.
import { rememberTests } from "../../util/remembered-tests.js";
import type { Language } from "../../schema/index.js";
import type { EvalLang } from "./types.js";
import { EN } from "./en.js";
import { ZH } from "./zh.js";

export type { EvalLang } from "./types.js";
export const EVAL_LANGS: Readonly<Record<Language, EvalLang>> = rememberTests({ zh: ZH, en: EN });
