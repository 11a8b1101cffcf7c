// Completeness: is this every message that crossed? Reconciliation with ACS's own operations log per day,
// quarantined events per day by reason, dead letters waiting, the newest sealed day, the last verify, and
// schema drift (names of fields ACS sent that this version does not know: a schema change, before it costs data).
// Each number links to the list behind it (the API's JSON), and a click shows that list here.
// Also the journals an officer reviews: the access log and the legal holds.

import { api, query } from "./api.js";
import { $, addDays, el, endOf, formatTime, integer, showError, startOf } from "./render.js";
import { state } from "./state.js";

const MAX_DAYS = 92; // the completeness API answers at most this many days at once

function panelRange() {
  const { from, to } = state.range;
  const earliest = addDays(to, -(MAX_DAYS - 1));
  return { from: from < earliest ? earliest : from, to, clipped: from < earliest };
}

function numberLink(value, href, label, onOpen) {
  const text = integer.format(value ?? 0);
  if (!value) return el("span", { class: "num-zero", text, "data-value": "0" });
  return el("a", { href, class: "num-link", "data-value": String(value), "aria-label": `${text} ${label}`,
    text, onclick: (event) => { event.preventDefault(); onOpen(); } });
}

function setPanelMetric(name, value, text) {
  for (const node of document.querySelectorAll(`[data-completeness="${name}"]`)) {
    node.dataset.value = value === null || value === undefined ? "" : String(value);
    node.replaceChildren(text instanceof Node ? text : document.createTextNode(text ?? integer.format(value ?? 0)));
  }
}

async function showHours(day, only, title) {
  const path = `/api/reconciliation${query({ from: day, to: day, only })}`;
  const list = $("#completeness-list");
  list.hidden = false;
  $("#completeness-list-title").textContent = title;
  const body = await api(path);
  const rows = body.hours.map((h) => el("tr", {},
    el("td", { text: formatTime(h.hour).slice(0, 16) }),
    el("td", { class: "id", text: h.channel_id || "–" }),
    el("td", { text: h.statuses.filter((s) => !s.matched)
      .map((s) => `${s.status}: ${s.expected} logged, ${s.recorded} recorded`).join("; ") || "all matched" }),
    el("td", { class: "num", text: integer.format(h.microsoft_failures) })));
  $("#completeness-list-head").replaceChildren(el("tr", {}, ...["Hour (UTC)", "Channel", "Differences",
    "Microsoft-side failures"].map((t) => el("th", { scope: "col", text: t }))));
  $("#completeness-list-body").replaceChildren(...rows);
  $("#completeness-list-empty").hidden = rows.length > 0;
  $("#completeness-list-title").focus();
}

async function showQuarantine(day, reason, title) {
  const list = $("#completeness-list");
  list.hidden = false;
  $("#completeness-list-title").textContent = title;
  const body = await api(`/api/quarantine${query({ from: day, to: day, reason })}`);
  const rows = body.events.map((e) => el("tr", {},
    el("td", { text: formatTime(e.received_at) }),
    el("td", { text: e.reason }),
    el("td", { text: e.event_type || "–" }),
    el("td", { class: "id", text: e.event_id || "–" })));
  $("#completeness-list-head").replaceChildren(el("tr", {}, ...["Received (UTC)", "Reason", "Event type",
    "Event id"].map((t) => el("th", { scope: "col", text: t }))));
  $("#completeness-list-body").replaceChildren(...rows);
  $("#completeness-list-empty").hidden = rows.length > 0;
  $("#completeness-list-title").focus();
}

function reconciliationRow(d) {
  const day = d.day;
  const hours = (only) => `/api/reconciliation${query({ from: day, to: day, only })}`;
  return el("tr", { "data-day": day },
    el("th", { scope: "row", text: day }),
    el("td", { class: "num", text: integer.format(d.hours_compared) }),
    el("td", { class: "num" }, numberLink(d.matched, hours(null), `hours matched on ${day}`,
      () => showHours(day, null, `Compared hours on ${day}`))),
    el("td", { class: "num" }, numberLink(d.gaps, hours("gaps"), `hours with gaps on ${day}`,
      () => showHours(day, "gaps", `Hours with gaps on ${day}`))),
    el("td", { class: "num", text: integer.format(d.missing) }),
    el("td", { class: "num" }, numberLink(d.microsoft_failures, hours("microsoft_failures"),
      `Microsoft-side failures on ${day}`, () => showHours(day, "microsoft_failures",
        `Microsoft-side failures on ${day}`))));
}

const EVENT_TYPES = { received: "Message received", status: "Delivery status", analysis: "Message analysis" };

function driftRow(d) {
  return el("tr", { "data-field": d.field },
    el("td", { text: EVENT_TYPES[d.event_type] || d.event_type }),
    el("td", { text: d.data_version || "(none)" }),
    el("td", { class: "id", text: d.field }),
    el("td", { class: "num", text: integer.format(d.events) }),
    el("td", { text: formatTime(d.first_seen) }),
    el("td", { text: formatTime(d.last_seen) }));
}

function quarantineRow(d) {
  const day = d.day;
  const reasons = Object.entries(d.reasons).map(([reason, n]) => el("span", { class: "reason" },
    `${reason}: `, numberLink(n, `/api/quarantine${query({ from: day, to: day, reason })}`,
      `quarantined on ${day} for ${reason}`, () => showQuarantine(day, reason, `Quarantined on ${day}: ${reason}`))));
  return el("tr", { "data-day": day },
    el("th", { scope: "row", text: day }),
    el("td", { class: "num" }, numberLink(d.total, `/api/quarantine${query({ from: day, to: day })}`,
      `quarantined on ${day}`, () => showQuarantine(day, null, `Quarantined on ${day}`))),
    el("td", {}, ...(reasons.length ? reasons : [el("span", { class: "muted", text: "–" })])));
}

export async function loadCompleteness() {
  const range = panelRange();
  const errorNode = $("#completeness-error");
  let panel;
  try {
    panel = await api(`/api/completeness${query({ from: range.from, to: range.to })}`);
  } catch (error) {
    showError(errorNode, `Completeness could not be loaded. ${error.message}`);
    throw error;
  }
  showError(errorNode, "");
  $("#completeness-clipped").hidden = !range.clipped;
  const sum = (items, key) => items.reduce((n, d) => n + (d[key] || 0), 0);
  const rec = panel.reconciliation;
  setPanelMetric("matched", sum(rec, "matched"));
  setPanelMetric("gaps", sum(rec, "gaps"));
  setPanelMetric("missing", sum(rec, "missing"));
  setPanelMetric("microsoft_failures", sum(rec, "microsoft_failures"));
  setPanelMetric("quarantined", panel.quarantined);
  const dead = panel.dead_letters;
  setPanelMetric("dead_letters", dead.waiting,
    !dead.configured ? "not configured" : dead.waiting === null ? `unknown (${dead.error})`
      : `${dead.at_least ? "at least " : ""}${integer.format(dead.waiting)}`);
  const trust = panel.trust;
  setPanelMetric("newest_sealed_day", trust.newest_sealed_day, trust.newest_sealed_day || "nothing sealed yet");
  const verify = trust.last_verify;
  setPanelMetric("last_verify", verify ? (verify.clean ? 1 : 0) : null, !verify ? "not run yet"
    : `${verify.clean ? "clean" : `${verify.problems} problem(s)`} (${verify.days} day(s), ${formatTime(verify.at)} UTC)`);
  $("#reconciliation-table tbody").replaceChildren(...rec.slice().reverse().map(reconciliationRow));
  $("#quarantine-table tbody").replaceChildren(...panel.quarantine.slice().reverse().map(quarantineRow));
  $("#reconciliation-empty").hidden = sum(rec, "hours_compared") > 0;
  const drift = panel.schema_drift;
  setPanelMetric("schema_drift", drift.length, drift.length
    ? `${integer.format(drift.length)} field(s) on ${integer.format(sum(drift, "events"))} event observation(s)`
    : "none");
  $("#drift-table tbody").replaceChildren(...drift.map(driftRow));
  $("#drift-empty").hidden = drift.length > 0;
}

// ---- access log and legal holds -------------------------------------------------------------------------

function accessRow(r) {
  return el("tr", {}, el("td", { text: formatTime(r.at) }), el("td", { text: r.who }), el("td", { text: r.action }),
    el("td", { class: "id", text: r.target || "–" }), el("td", { class: "num", text: String(r.status) }));
}

function holdRow(h) {
  const scope = [h.message_ids.length ? `${h.message_ids.length} message(s)` : null,
    h.from || h.to ? `${formatTime(h.from)} → ${formatTime(h.to)}` : null].filter(Boolean).join(", ") || "–";
  return el("tr", { "data-hold": h.hold_id }, el("td", { text: formatTime(h.placed_at) }),
    el("td", { text: h.placed_by }), el("td", { text: h.reason }), el("td", { text: scope }),
    el("td", { text: h.active ? "in force" : `released ${formatTime(h.release && h.release.released_at)}` }));
}

export async function loadJournals() {
  const officer = Boolean(state.me && state.me.is_officer);
  $("#access-readonly").hidden = officer;
  $("#access-table").hidden = !officer;
  const holds = await api("/api/legal-holds");
  $("#holds-table tbody").replaceChildren(...holds.items.map(holdRow));
  $("#holds-empty").hidden = holds.items.length > 0;
  if (!officer) return;
  const { from, to } = state.range;
  const page = await api(`/api/access-log${query({ from: startOf(from), to: endOf(to), limit: 50 })}`);
  $("#access-table tbody").replaceChildren(...page.items.map(accessRow));
  $("#access-empty").hidden = page.items.length > 0;
}
