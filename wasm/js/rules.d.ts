/** A house rule as a desk writes it. */
export interface Rule {
  id: string;
  /** What a match is labelled with; the pattern when absent. */
  label?: string;
  pattern: string;
  /** false (default): literal text; true: the Rust `regex` crate's syntax. */
  regex?: boolean;
  case_sensitive?: boolean;
  /** Default true: no letter, digit or `_` may touch either end of a match. */
  whole_word?: boolean;
  /** Default true; a disabled rule is kept in the list but not matched. */
  enabled?: boolean;
}
/** One match: `input.slice(start, end) === text` (UTF-16 units). */
export interface RuleHit { rule: string; start: number; end: number; text: string; }
/** A refused rule: its place in the list, its id if it had one, and why. */
export interface RuleError { index: number; id: string | null; message: string; }
/** Fetches and initialises the house-rules module (once); `moduleOrPath` as wasm-bindgen's init takes it. */
export function loadRules(moduleOrPath?: BufferSource | WebAssembly.Module | URL | string): Promise<void>;
/** Whether `loadRules()` has finished. */
export function rulesLoaded(): boolean;
/** A compiled list of rules. */
export class CompiledRules {
  constructor(list: Rule[]);
  readonly errors: RuleError[];
  readonly rules: Array<{ id: string; label: string }>;
  /** Every match in `text`, sorted by start. */
  find(text: string): RuleHit[];
  free(): void;
}
/** Compiles a list of rules; needs `loadRules()` first. */
export function compileRules(list: Rule[]): CompiledRules;
/** A `CompiledRules` as is, or a list compiled once per list object. */
export function compiled(rules: Rule[] | CompiledRules): CompiledRules;
