export * from "./wirelens.js";
export { default } from "./wirelens.js";
import type { Analysis } from "./wirelens.js";
/** Analyses `text`; returns the contract document (UTF-16 offsets). Throws over the size limit. */
export function analyze(text: string): Analysis;
