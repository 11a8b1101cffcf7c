// Rendering helpers shared by every part of the page: DOM building, formatting, status lines, words.

const SVG = "http://www.w3.org/2000/svg";
const DAY_MS = 86400000;

export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

export const isoDay = (date) => date.toISOString().slice(0, 10);
export const addDays = (day, n) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS));
export const startOf = (day) => `${day}T00:00:00Z`;
export const endOf = (day) => `${addDays(day, 1)}T00:00:00Z`; // exclusive upper bound of an inclusive day

export function formatTime(value) {
  if (!value) return "–";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return date.toISOString().replace("T", " ").replace(/\.\d+Z$|Z$/, "");
}

export const integer = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });

export function formatDuration(ms) {
  if (ms === null || ms === undefined) return "no data";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms < 3600000) return `${(ms / 60000).toFixed(1)} min`;
  return `${(ms / 3600000).toFixed(1)} h`;
}

export function yesNo(value) {
  if (value === true) return "yes";
  if (value === false) return "no";
  return "unknown";
}

export function setStatus(message, kind = "info") {
  const node = $("#status");
  node.textContent = message;
  node.dataset.kind = kind;
}

export function showError(node, message) {
  node.textContent = message;
  node.hidden = !message;
}
// Identifiers the API uses, as words an officer reads. Unknown identifiers are shown as they are.
const WORDS = {
  severity: { low: "Low", medium: "Medium", high: "High", critical: "Critical" },
  state: { open: "Open", acknowledged: "Acknowledged", resolved: "Resolved" },
  reason: { health_text: "Health information in text", unscanned_media: "Media with nothing to scan" },
  category: {
    care_appointment_provider: "Care, appointments and providers", condition: "Conditions",
    everyday: "Everyday health words", health_identifier: "Health identifiers", medication: "Medication",
    mental_health: "Mental health", procedure: "Procedures", reproductive_sexual_health: "Reproductive and sexual health",
    substance_use: "Substance use", symptom: "Symptoms", test_result: "Test results",
  },
  side: { meta: "Meta platform", sender: "Sender or template", recipient: "Recipient", acs: "ACS",
    unknown: "Unknown" },
};

export function word(kind, id) {
  if (id === null || id === undefined || id === "") return "–";
  const known = WORDS[kind] && WORDS[kind][id];
  return known || String(id).replaceAll("_", " ");
}

export const words = (kind, ids) => (ids && ids.length ? ids.map((id) => word(kind, id)).join(", ") : "–");
