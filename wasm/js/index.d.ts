export * from "./wirelens.js";
export { default } from "./wirelens.js";
import type { Analysis } from "./wirelens.js";
/** Analyses `text`; returns the contract document (UTF-16 offsets). Throws over the size limit. */
export function analyze(text: string): Analysis;
/** An `analyze` function over one instance of the raw module (`wirelens/raw`). */
export function makeAnalyze(rawModule: { analyze(text: string): Analysis; analyzePacked(utf8: Uint8Array): unknown }): (text: string) => Analysis;
/** A fresh, separately initialised analyzer (after a panic trapped the current one). */
export function freshAnalyzer(generation: number): Promise<{ analyze: (text: string) => Analysis; module: unknown }>;
