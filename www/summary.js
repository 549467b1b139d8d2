// The Markdown summary of an analysis, for notes and tickets.
import { kindLabel } from "./dom.js";
import { sourcingProfile, hitsByRule, piecesByCue, runText } from "./pkg/render.js";

/**
 * A Markdown summary of the analysis: quotations and reported speech apart, with sources;
 * the house rules' matches by rule when there were rules (`labels`: rule id → label).
 */
export function markdown(doc, labels = new Map()) {
  const lines = ["# wirelens summary", ""];
  if (doc.dateline) lines.push(`**Dateline:** ${doc.dateline.text}`, "");
  lines.push(`## Sources (${doc.sources.length})`, "");
  if (doc.sources.length) lines.push(`Profile: ${sourcingProfile(doc)}`, "");
  // Quotes per source, counted in one pass (ids are the sources' places).
  const counts = new Array(doc.sources.length).fill(0);
  for (const q of doc.quotes) if (q.source_id !== null) counts[q.source_id]++;
  for (const s of doc.sources) {
    const n = counts[s.id];
    lines.push(`- **${s.name}** (${s.type}${s.description ? `; ${s.description}` : ""}): ${n} quote${n === 1 ? "" : "s"}`);
  }
  lines.push("");
  const quoted = doc.quotes.filter((q) => q.kind !== "indirect");
  const reported = doc.quotes.filter((q) => q.kind === "indirect");
  lines.push(`## Quotes (${quoted.length})`, "");
  for (const q of quoted) lines.push(`- ${q.source ?? "unattributed"} (${kindLabel(q.kind)}): ${q.text}`);
  // One line per report: the pieces a cue splits joined by an ellipsis.
  const reports = piecesByCue(reported.map((q, i) => [q, i]));
  lines.push("", `## Reported speech (${reports.length})`, "");
  for (const run of reports) {
    const q = run[0][0];
    lines.push(`- ${q.source ?? "unattributed"}${q.cue ? ` (${q.cue.text})` : ""}: ${runText(run)}`);
  }
  lines.push("", `## Figures (${doc.figures.length})`, "", "| text | kind | value | unit |", "|---|---|---|---|");
  for (const f of doc.figures) lines.push(`| ${f.text} | ${f.kind} | ${f.value ?? ""} | ${f.unit ?? ""} |`);
  lines.push("", `## Credits (${doc.credits.length})`, "");
  for (const c of doc.credits) lines.push(`- ${c.role}: ${c.names.join(", ") || c.agency || c.text}`);
  if (doc.rules) {
    lines.push("", `## House rules (${doc.rules.length})`, "");
    for (const { rule, label, hits, texts } of hitsByRule(doc, labels)) {
      const words = texts.map((w) => `“${w}”`).join(", ");
      lines.push(`- **${label}** (\`${rule}\`), ${hits.length}×: ${words}`);
    }
  }
  return lines.join("\n") + "\n";
}

