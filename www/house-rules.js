// The "House rules" panel: the desk's watch-list, edited here, kept in localStorage,
// imported and exported as the JSON file the CLI and the widget read. The rules module
// (`pkg/rules.js`) is fetched only once there is a rule to match.
import { loadRules, compileRules } from "./pkg/rules.js";
import { hitsByRule } from "./pkg/render.js";
import { $, el, short, jumpButton } from "./dom.js";

const STORAGE_KEY = "wirelens.houseRules";
const FLAGS = [
  ["regex", "regex", "The pattern is a regular expression (Rust regex syntax), not literal text"],
  ["case_sensitive", "Aa", "Match upper and lower case exactly"],
  ["whole_word", "word", "Only whole words: no letter or digit may touch the match"],
];

let list = [];
let compiled = null; // CompiledRules of `list`, or null when no rule is enabled
let changed = () => {};
let say = () => {};

/** The rules as the analysis takes them: { set, labels } or null when there are none. */
export function currentRules() {
  if (!compiled) return null;
  return { set: compiled, labels: new Map(compiled.rules.map((r) => [r.id, r.label])), list };
}

/** Sets the panel up; `onChange()` runs after every change that alters the matches. */
export async function setupHouseRules({ onChange, onMessage }) {
  changed = onChange;
  say = onMessage;
  list = readStored();
  $("rule-add").addEventListener("click", () => {
    list = [...list, { id: freshId(), label: "", pattern: "", regex: false, case_sensitive: false, whole_word: true, enabled: true }];
    update({ focusLast: true });
  });
  $("rule-sample").addEventListener("click", async () => {
    try {
      replaceList(await (await fetch("samples/house-rules.json")).json(), "the sample desk list");
    } catch (err) {
      say(`Could not load the sample desk list: ${err.message || err}`, true);
    }
  });
  $("rule-export").addEventListener("click", exportList);
  $("rule-import").addEventListener("change", importList);
  await update({ quiet: true });
}

/** The stored list, or an empty one (with a message) if storage holds something else. */
function readStored() {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "[]");
    if (Array.isArray(stored)) return stored.filter((r) => r && typeof r === "object");
  } catch {
    // fall through: unreadable storage is an empty list, and the user is told
  }
  say("The stored house rules could not be read; starting with none.", true);
  return [];
}

function freshId() {
  const used = new Set(list.map((r) => String(r.id)));
  let n = list.length + 1;
  while (used.has(`rule-${n}`)) n++;
  return `rule-${n}`;
}

/** Saves, recompiles (loading the rules module on first use), redraws the editor and re-analyses. */
async function update({ focusLast = false, quiet = false } = {}) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(list));
  } catch (err) {
    say(`The house rules could not be saved in this browser: ${err.message || err}`, true);
  }
  compiled?.free();
  compiled = null;
  if (list.some((r) => r.enabled !== false && String(r.pattern ?? "").trim())) {
    try {
      await loadRules();
      compiled = compileRules(list);
    } catch (err) {
      say(`House rules are off: ${err.message || err}`, true);
    }
  }
  drawEditor();
  if (focusLast) $("rule-rows").querySelector("li:last-child input[name=pattern]")?.focus();
  if (!quiet) changed();
}

function replaceList(items, what) {
  if (!Array.isArray(items)) throw new Error("the file must hold a JSON list of rules");
  list = [];
  for (const item of items) {
    if (!item || typeof item !== "object") continue;
    list.push({ ...item, id: item.id === undefined || item.id === "" ? freshId() : String(item.id) });
  }
  say(`Loaded ${list.length} house rule${list.length === 1 ? "" : "s"} from ${what}.`);
  update();
}

function exportList() {
  const url = URL.createObjectURL(new Blob([JSON.stringify(list, null, 2)], { type: "application/json" }));
  const a = el("a", { href: url, download: "house-rules.json" });
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

async function importList(e) {
  const file = e.target.files?.[0];
  e.target.value = "";
  if (!file) return;
  try {
    replaceList(JSON.parse(await file.text()), file.name);
  } catch (err) {
    say(`Could not import ${file.name}: ${err.message || err}. Your rules are unchanged.`, true);
  }
}

/** One editable row per rule, with its error when it was refused. */
function drawEditor() {
  const errors = new Map((compiled?.errors ?? []).map((e) => [e.index, e.message]));
  $("rule-rows").replaceChildren(...list.map((rule, i) => ruleRow(rule, i, errors.get(i))));
  $("rule-empty").hidden = list.length > 0;
}

function ruleRow(rule, i, error) {
  const edit = (key, value) => {
    list = list.map((r, k) => (k === i ? { ...r, [key]: value } : r));
    update();
  };
  const enabled = el("input", { type: "checkbox", checked: rule.enabled !== false, title: "Use this rule" });
  enabled.setAttribute("aria-label", `Use rule ${rule.label || rule.pattern || i + 1}`);
  enabled.addEventListener("change", () => edit("enabled", enabled.checked));
  const label = el("input", { type: "text", name: "label", value: rule.label ?? "", placeholder: "label" });
  label.setAttribute("aria-label", "Label");
  label.addEventListener("change", () => edit("label", label.value));
  const pattern = el("input", { type: "text", name: "pattern", value: rule.pattern ?? "", placeholder: "word, phrase or pattern", spellcheck: false });
  pattern.setAttribute("aria-label", "Pattern");
  pattern.addEventListener("change", () => edit("pattern", pattern.value));
  const flags = FLAGS.map(([key, text, title]) => {
    const box = el("input", { type: "checkbox", checked: key === "whole_word" ? rule[key] !== false : rule[key] === true });
    box.addEventListener("change", () => edit(key, box.checked));
    return el("label", { className: "flag", title }, box, text);
  });
  const remove = el("button", { type: "button", className: "linkish", textContent: "remove" });
  remove.addEventListener("click", () => {
    list = list.filter((_, k) => k !== i);
    update();
  });
  const options = el("div", { className: "rule-options" }, ...flags, el("span", { className: "muted rule-count" }));
  const row = el("li", { className: `rule-row${rule.enabled === false ? " off" : ""}` }, enabled, label, remove, pattern, options);
  row.dataset.rule = String(rule.id);
  if (error) row.append(el("pre", { className: "error rule-error", textContent: error }));
  return row;
}

/** The matches of `doc` in the panel, by rule, and each rule's count in the editor. */
export function showRuleMatches(doc) {
  const rules = currentRules();
  const groups = hitsByRule(doc, rules?.labels);
  const counts = new Map(groups.map((g) => [g.rule, g.hits.length]));
  for (const row of $("rule-rows").children) {
    const n = counts.get(row.dataset.rule);
    row.querySelector(".rule-count").textContent = n ? `${n}×` : "";
  }
  $("rule-matches").replaceChildren(
    ...groups.map(({ rule, label, hits }) =>
      el(
        "section",
        { className: "rule-group" },
        el("h3", {}, `${label} `, el("span", { className: "muted", textContent: `${hits.length} match${hits.length === 1 ? "" : "es"}` })),
        el("ol", {}, ...hits.slice(0, 50).map(([h, i]) => el("li", {}, jumpButton(short(h.text, 60), `h${i}`)))),
      ),
    ),
  );
  if (!groups.length) $("rule-matches").replaceChildren(el("p", { className: "muted", textContent: rules ? "No house rule matches this text." : "" }));
  $("rule-matches").dataset.rules = rules ? rules.set.rules.map((r) => r.id).join(" ") : "";
}
