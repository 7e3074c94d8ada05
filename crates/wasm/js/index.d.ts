// srdi-calc: types of the package entry point (index.js). The data types are generated with the
// wasm module (srdi_calc.d.ts; the profile's are generated from its JSON Schema); this file adds the fast `evaluate` and the init functions.
import type { InitInput, InitOutput, SyncInitInput } from './srdi_calc.js';
import type { Assessment, Profile } from './srdi_calc.js';

export type {
  Amount, Assessment, Category, City, DateSpec, DocumentStanding, External, FieldProblem, Fix, Flag, Item, Level,
  NearMiss, PolicyEntry, Profile, Size, SrdiInputError, Text, Totals, Until, VersionInfo,
  Timeline, TimelineYear, TimelineEntry, TimelineWhat, TimelineSums, Receipt, Verification, RulesAge,
  Achievements, Finance, Procurement, Rd, Talent, Titles,
} from './srdi_calc.js';
export { evaluateFull, validate, policies, schema, version, timeline, receipt, verify, rulesAge } from './srdi_calc.js';

/** The engines this package runs in (WebAssembly with reference types); elsewhere `init`/`initSync` throw an Error saying so. */
export const SUPPORTED_ENGINES: string;
/** Loads the wasm (fetched next to this file unless given) and the rule tables. */
export default function init(input?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
/** Synchronous init from the wasm's bytes or a compiled module (e.g. in Node). */
export function initSync(input: { module: SyncInitInput } | SyncInitInput): InitOutput;
/** Evaluates one enterprise profile on a date (YYYY-MM-DD, default today). Throws `SrdiInputError` for bad input. */
export function evaluate(profile: Profile, asOf?: string | null): Assessment;
