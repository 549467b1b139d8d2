// The Markdown summary of an analysis, for notes and tickets.

/** A Markdown summary of the analysis, for notes and tickets. */
export function markdown(doc) {
  const lines = ["# wirelens summary", ""];
  if (doc.dateline) lines.push(`**Dateline:** ${doc.dateline.text}`, "");
  lines.push(`## Quotes (${doc.quotes.length})`, "");
  for (const q of doc.quotes) lines.push(`- ${q.source ?? "unattributed"}: ${q.text}`);
  lines.push("", `## Figures (${doc.figures.length})`, "", "| text | kind | value | unit |", "|---|---|---|---|");
  for (const f of doc.figures) lines.push(`| ${f.text} | ${f.kind} | ${f.value ?? ""} | ${f.unit ?? ""} |`);
  lines.push("", `## Credits (${doc.credits.length})`, "");
  for (const c of doc.credits) lines.push(`- ${c.role}: ${c.names.join(", ") || c.agency || c.text}`);
  return lines.join("\n") + "\n";
}
