// The simulator checks' language data by scenario language: a table, so no check branches on the language.
import { rememberTests } from "../../util/remembered-tests.js";
import type { Language } from "../../schema/index.js";
import type { SimLang } from "./sim-types.js";
import { SIM_EN } from "./sim-en.js";
import { SIM_ZH } from "./sim-zh.js";

export type { SimLang } from "./sim-types.js";
export const SIM_LANGS: Readonly<Record<Language, SimLang>> = rememberTests({ zh: SIM_ZH, en: SIM_EN });
