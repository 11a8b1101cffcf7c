// Handoff Ledger dashboard. Vanilla ES modules, no build step, no third party code.
// It reads the JSON API with the caller's own credentials and never sees message text (the API has none).
// Modules: api.js (requests), render.js (DOM and words), chart.js, alerts.js, transfers.js, completeness.js.

import { api, query } from "./api.js";
import { drawChart } from "./chart.js";
import { configureAlerts, closeNoteDialog, confirmNote, loadAlerts } from "./alerts.js";
import { loadCompleteness, loadJournals } from "./completeness.js";
import { loadTransfers, submitTransfer } from "./transfers.js";
import {
  $, $$, addDays, el, endOf, formatDuration, formatTime, integer, isoDay, setStatus, showError, startOf, word, yesNo,
} from "./render.js";
import { state } from "./state.js";

const DEFAULT_DAYS = 14;

// ---- who is signed in ---------------------------------------------------------------------------------

async function loadMe() {
  const who = $("#who");
  try {
    state.me = await api("/api/me");
  } catch (error) {
    state.me = { name: null, roles: [], is_officer: false };
    who.textContent = error.status === 401 ? "Not signed in" : `Signed-in user unknown (${error.message})`;
    applyRole();
    return;
  }
  const role = state.me.is_officer ? "Compliance officer" : "Reader";
  who.replaceChildren("Signed in as ", el("strong", { text: state.me.name }), " ",
    el("span", { class: `badge ${state.me.is_officer ? "badge-officer" : ""}`, text: role }));
  applyRole();
}

function applyRole() {
  const officer = Boolean(state.me && state.me.is_officer);
  document.body.classList.toggle("is-officer", officer);
  $("#alerts-readonly").hidden = officer;
  $("#exports-readonly").hidden = officer;
  $("#export-links").hidden = !officer;
  const fieldset = $("#transfer-fieldset");
  fieldset.disabled = !officer;
  $("#transfer-form").hidden = !officer;
}

// ---- range --------------------------------------------------------------------------------------------

function defaultRange() {
  const to = isoDay(new Date());
  return { from: addDays(to, -(DEFAULT_DAYS - 1)), to };
}

function readRange() {
  const from = $("#range-from").value;
  const to = $("#range-to").value;
  if (!from || !to) return null;
  return from <= to ? { from, to } : { from: to, to: from };
}

function writeRange(range) {
  $("#range-from").value = range.from;
  $("#range-to").value = range.to;
}

async function applyRange(range) {
  state.range = range;
  writeRange(range);
  updateExportLinks();
  setStatus(`Loading ${range.from} to ${range.to}…`);
  const results = await Promise.allSettled([loadSummary(), loadAlerts(), loadTransfers(), loadCompleteness(),
    loadJournals()]);
  const failed = results.filter((r) => r.status === "rejected");
  if (failed.length) {
    setStatus(`Loaded ${range.from} to ${range.to}, with problems: ${failed.map((r) => r.reason.message).join(" ")}`,
      "error");
  } else {
    setStatus(`Showing ${range.from} to ${range.to} (UTC).`);
  }
}

// ---- overview -----------------------------------------------------------------------------------------

function setMetric(name, value, text) {
  for (const node of $$(`[data-metric="${name}"]`)) {
    node.textContent = text ?? (value === null || value === undefined ? "–" : integer.format(value));
    node.dataset.value = value === null || value === undefined ? "" : String(value);
  }
}

async function loadSummary() {
  const { from, to } = state.range;
  const errorNode = $("#overview-error");
  let summary;
  try {
    summary = await api(`/api/summary${query({ from, to })}`);
  } catch (error) {
    showError(errorNode, `The overview could not be loaded. ${error.message}`);
    throw error;
  }
  showError(errorNode, "");
  const totals = summary.totals;
  for (const key of ["crossings_inbound", "crossings_outbound", "eu_exits", "failures_meta", "failures_sender",
    "failures_recipient", "failures_acs", "failures_acs_reconciled", "failures_unknown"]) {
    setMetric(key, totals[key]);
  }
  const sla = totals.sent_to_delivered_ms || {};
  setMetric("sla_median", sla.median, formatDuration(sla.median));
  setMetric("sla_p95", sla.p95, formatDuration(sla.p95));
  setMetric("sla_count", sla.count);
  setMetric("open_alerts", summary.open_alerts);
  drawChart(summary.days || []);
  fillDailyTable(summary.days || []);
}

function fillDailyTable(days) {
  const rows = days.map((d) => el("tr", {},
    el("th", { scope: "row", text: d.day }),
    ...[d.crossings_inbound, d.crossings_outbound, d.eu_exits, d.failures_meta, d.failures_sender,
      d.failures_recipient, d.failures_acs, d.failures_unknown, d.alerts_opened].map((n) => el("td", { class: "num", text: integer.format(n ?? 0) }))));
  $("#daily-table tbody").replaceChildren(...rows);
}

// ---- message search -----------------------------------------------------------------------------------

function summaryItems(s) {
  const health = s.health
    ? (s.health.flagged ? `flagged (${s.health.categories.join(", ") || "no category"}; score ${s.health.score})`
      : "not flagged")
    : "not checked";
  return [
    ["Message id", s.message_id],
    ["Direction", s.direction === "inbound" ? "inbound (Meta → Microsoft)" : "outbound (Microsoft → Meta)"],
    ["Status", s.status],
    ["Hand-off (UTC)", formatTime(s.handoff_at)],
    ["Terms before → after", `${s.terms_before} → ${s.terms_after}`],
    ["Data location", s.data_location || "unknown"],
    ["Leaves the EU Data Boundary", yesNo(s.eu_exit)],
    ["Counterparty (pseudonym)", s.counterparty || "–"],
    ["Counterparty country", s.counterparty_country || "unknown"],
    ["Message type", [s.message_type, s.media_type].filter(Boolean).join(", ") || "–"],
    ["Sent / Delivered / Read (UTC)", [s.sent_at, s.delivered_at, s.read_at].map(formatTime).join(" / ")],
    ["Failure", s.failed_at ? `${formatTime(s.failed_at)}, side: ${word("side", s.failure_side || "unknown")}` +
      (s.error_code ? `, code ${describeCode(s.error_code)}` : "") : "none"],
    ["Health information", health],
    ["Anomalies", s.anomalies.length ? s.anomalies.join(", ") : "none"],
    ["Events received", String(s.event_count)],
  ];
}

// The messages this one replies or reacts to, as the event gave them; a recorded one opens on click.
const RELATIONS = { reply_to: "Replies to", reacts_to: "Reacts to" };

function referenceItems(references) {
  return references.flatMap((r) => [el("dt", { text: RELATIONS[r.relation] || r.relation }),
    el("dd", { "data-reference": r.relation }, r.recorded
      ? el("a", { href: `#search`, class: "id", text: r.message_id,
        onclick: (event) => { event.preventDefault(); searchMessage(r.message_id); } })
      : el("span", { class: "id", text: `${r.message_id} (not in the ledger)` }))]);
}

// Meta's published error codes and whose side each one is (GET /api/meta-error-codes), loaded once.
let metaCodes = null;

async function loadMetaCodes() {
  if (metaCodes) return metaCodes;
  try {
    const body = await api("/api/meta-error-codes");
    metaCodes = body.items.map((c) => {
      const [first, last] = c.code.split("-").map(Number);
      return { ...c, first, last: last ?? first };
    });
  } catch {
    metaCodes = [];
  }
  return metaCodes;
}

function describeCode(code) {
  const value = Number(code);
  const known = /^\d+$/.test(code) && (metaCodes || []).find((c) => c.first <= value && value <= c.last);
  if (!known) return `${code} (not in Meta's published table: side unknown)`;
  return `${code}, ${word("side", known.side).toLowerCase()}: ${known.title}`;
}

async function searchMessage(id, scroll = false) {
  await loadMetaCodes();
  const input = $("#search-id");
  input.value = id;
  const status = $("#search-status");
  const result = $("#search-result");
  status.textContent = `Looking up ${id}…`;
  if (scroll) $("#search").scrollIntoView({ block: "start" });
  let detail;
  try {
    detail = await api(`/api/messages/${encodeURIComponent(id)}`);
  } catch (error) {
    result.hidden = true;
    status.textContent = error.status === 404 ? `No message with id ${id} in the ledger.` : error.message;
    return;
  }
  $("#search-summary").replaceChildren(...summaryItems(detail.summary).flatMap(([term, value]) =>
    [el("dt", { text: term }), el("dd", { text: value })]), ...referenceItems(detail.references));
  const rows = detail.timeline.map((e) => el("tr", {},
    el("td", { text: formatTime(e.occurred_at) }),
    el("td", { text: e.kind }),
    el("td", { text: e.status || "–" }),
    el("td", { text: e.failure_side || "–" }),
    el("td", { text: e.error_code ? describeCode(e.error_code) : "–" }),
    el("td", { text: e.health ? (e.health.flagged ? `flagged: ${e.health.categories.join(", ")}` : "clear")
      : "–" }),
    el("td", { class: "id", text: e.event_id })));
  $("#timeline-table tbody").replaceChildren(...rows);
  result.hidden = false;
  status.textContent = `Message ${id}: ${detail.summary.status}, ${detail.timeline.length} event(s) on the timeline.`;
  if (scroll) $("#search-summary-title").setAttribute("tabindex", "-1");
  if (scroll) $("#search-summary-title").focus();
}

// ---- exports ------------------------------------------------------------------------------------------

function updateExportLinks() {
  const { from, to } = state.range;
  for (const link of $$("[data-export]")) {
    const { export: kind, format } = link.dataset;
    link.href = `/api/exports/${kind}.${format}${query({ from: startOf(from), to: endOf(to) })}`;
    link.setAttribute("download", `${kind}-${from}-to-${to}.${format}`);
  }
}

// ---- wiring -------------------------------------------------------------------------------------------

function wire() {
  configureAlerts({ changed: () => loadSummary().catch(() => {}), showMessage: searchMessage });
  $("#range-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const range = readRange();
    if (range) applyRange(range);
  });
  $("#range-reset").addEventListener("click", () => applyRange(defaultRange()));
  $("#alert-filter").addEventListener("submit", (event) => {
    event.preventDefault();
    loadAlerts().then(() => setStatus("Alert queue updated."), (error) => setStatus(error.message, "error"));
  });
  $("#alerts-more").addEventListener("click", () => loadAlerts(true).catch((e) => setStatus(e.message, "error")));
  $("#transfers-more").addEventListener("click",
    () => loadTransfers(true).catch((e) => setStatus(e.message, "error")));
  $("#search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const id = $("#search-id").value.trim();
    if (id) searchMessage(id);
  });
  $("#transfer-form").addEventListener("submit", submitTransfer);
  $("#note-form").addEventListener("submit", confirmNote);
  $("#note-cancel").addEventListener("click", closeNoteDialog);
  $("#note-dialog").addEventListener("cancel", (event) => { event.preventDefault(); closeNoteDialog(); });
  // The skip link and the section links move focus, not only the scroll position.
  for (const link of $$('a[href^="#"]:not([data-export])')) {
    link.addEventListener("click", () => {
      const target = document.getElementById(link.getAttribute("href").slice(1));
      if (!target) return;
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.focus();
    });
  }
}

async function start() {
  wire();
  const range = defaultRange();
  writeRange(range);
  state.range = range;
  updateExportLinks();
  await loadMe();
  await applyRange(range);
  document.body.dataset.ready = "true";
}

start();
