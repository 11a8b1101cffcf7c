// Handoff Ledger dashboard. Vanilla ES module, no build step, no third party code.
// It reads the JSON API with the caller's own credentials and never sees message text (the API has none).

const SVG = "http://www.w3.org/2000/svg";
const DAY_MS = 86400000;
const DEFAULT_DAYS = 14;

const $ = (selector, root = document) => root.querySelector(selector);
const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));

const state = {
  me: null,            // {name, roles, is_officer}
  range: null,         // {from: "YYYY-MM-DD", to: "YYYY-MM-DD"} inclusive days
  alertsToken: null,
  transfersToken: null,
  pendingAction: null, // {alert, action} while the note dialog is open
};

// ---- small helpers -------------------------------------------------------------------------------------

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function api(path, options = {}) {
  const init = { credentials: "same-origin", headers: { Accept: "application/json" }, ...options };
  if (options.json !== undefined) {
    init.method = init.method || "POST";
    init.headers = { ...init.headers, "Content-Type": "application/json" };
    init.body = JSON.stringify(options.json);
    delete init.json;
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    throw new ApiError(0, "The server cannot be reached. Check the connection and try again.");
  }
  let body = null;
  const type = response.headers.get("Content-Type") || "";
  if (type.includes("json")) {
    try { body = await response.json(); } catch { body = null; }
  }
  if (!response.ok) {
    const detail = body && typeof body.error === "string" ? body.error : response.statusText;
    throw new ApiError(response.status, explain(response.status, detail));
  }
  return body;
}

function explain(status, detail) {
  switch (status) {
    case 401: return "You are not signed in. Reload the page to sign in.";
    case 403: return `Not allowed: ${detail}`;
    case 404: return `Not found: ${detail}`;
    case 409: return `Not possible any more: ${detail}`;
    case 503: return "Storage is temporarily unavailable. Try again in a few seconds.";
    default: return detail || `Request failed (${status})`;
  }
}

function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

function el(tag, attrs = {}, ...children) {
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

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

const isoDay = (date) => date.toISOString().slice(0, 10);
const addDays = (day, n) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS));
const startOf = (day) => `${day}T00:00:00Z`;
const endOf = (day) => `${addDays(day, 1)}T00:00:00Z`; // exclusive upper bound of an inclusive day

function formatTime(value) {
  if (!value) return "–";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return date.toISOString().replace("T", " ").replace(/\.\d+Z$|Z$/, "");
}

const integer = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });

function formatDuration(ms) {
  if (ms === null || ms === undefined) return "no data";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms < 3600000) return `${(ms / 60000).toFixed(1)} min`;
  return `${(ms / 3600000).toFixed(1)} h`;
}

function yesNo(value) {
  if (value === true) return "yes";
  if (value === false) return "no";
  return "unknown";
}

function setStatus(message, kind = "info") {
  const node = $("#status");
  node.textContent = message;
  node.dataset.kind = kind;
}

function showError(node, message) {
  node.textContent = message;
  node.hidden = !message;
}

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
  const results = await Promise.allSettled([loadSummary(), loadAlerts(), loadTransfers()]);
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
  for (const key of ["crossings_inbound", "crossings_outbound", "eu_exits", "failures_meta", "failures_acs",
    "failures_unknown"]) {
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
    ...[d.crossings_inbound, d.crossings_outbound, d.eu_exits, d.failures_meta, d.failures_acs,
      d.failures_unknown, d.alerts_opened].map((n) => el("td", { class: "num", text: integer.format(n ?? 0) }))));
  $("#daily-table tbody").replaceChildren(...rows);
}

function niceMax(value) {
  if (value <= 5) return 5;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * magnitude >= value) return step * magnitude;
  }
  return 10 * magnitude;
}

function drawChart(days) {
  const host = $("#chart");
  const width = 720;
  const height = 260;
  const pad = { top: 12, right: 12, bottom: 44, left: 44 };
  const inner = { w: width - pad.left - pad.right, h: height - pad.top - pad.bottom };
  const totals = days.map((d) => (d.crossings_inbound || 0) + (d.crossings_outbound || 0));
  const max = niceMax(Math.max(0, ...totals));
  const inbound = days.reduce((n, d) => n + (d.crossings_inbound || 0), 0);
  const outbound = days.reduce((n, d) => n + (d.crossings_outbound || 0), 0);
  let peak = null;
  days.forEach((d, i) => { if (peak === null || totals[i] > totals[peak]) peak = i; });
  const label = days.length
    ? `Stacked bar chart of crossings per day from ${days[0].day} to ${days[days.length - 1].day}: ` +
      `${inbound} inbound and ${outbound} outbound in total` +
      (peak !== null && totals[peak] > 0 ? `; busiest day ${days[peak].day} with ${totals[peak]}.` : ".") +
      " The same figures are in the table below."
    : "No days in the range.";

  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": label,
    class: "chart-svg", preserveAspectRatio: "xMidYMid meet", focusable: "false" });
  const title = svg("title");
  title.textContent = label;
  chart.append(title);

  const y = (value) => pad.top + inner.h - (value / max) * inner.h;
  for (let i = 0; i <= 4; i += 1) {
    const value = (max / 4) * i;
    const gy = y(value);
    chart.append(svg("line", { x1: pad.left, x2: width - pad.right, y1: gy, y2: gy, class: "grid" }));
    const tick = svg("text", { x: pad.left - 6, y: gy + 4, class: "axis-label", "text-anchor": "end" });
    tick.textContent = integer.format(value);
    chart.append(tick);
  }
  const slot = days.length ? inner.w / days.length : inner.w;
  const barWidth = Math.max(2, Math.min(40, slot * 0.7));
  const labelEvery = Math.ceil(days.length / 10) || 1;
  days.forEach((d, i) => {
    const x = pad.left + slot * i + (slot - barWidth) / 2;
    const inH = ((d.crossings_inbound || 0) / max) * inner.h;
    const outH = ((d.crossings_outbound || 0) / max) * inner.h;
    const group = svg("g", { class: "bar" });
    const tip = svg("title");
    tip.textContent = `${d.day}: ${d.crossings_inbound} inbound, ${d.crossings_outbound} outbound`;
    group.append(tip);
    group.append(svg("rect", { x, y: pad.top + inner.h - inH, width: barWidth, height: inH, class: "bar-inbound" }));
    group.append(svg("rect", { x, y: pad.top + inner.h - inH - outH, width: barWidth, height: outH,
      class: "bar-outbound" }));
    chart.append(group);
    if (i % labelEvery === 0) {
      const text = svg("text", { x: x + barWidth / 2, y: height - pad.bottom + 16, class: "axis-label",
        "text-anchor": "middle" });
      text.textContent = d.day.slice(5);
      chart.append(text);
    }
  });
  chart.append(svg("line", { x1: pad.left, x2: width - pad.right, y1: pad.top + inner.h, y2: pad.top + inner.h,
    class: "axis" }));
  const caption = svg("text", { x: pad.left + inner.w / 2, y: height - 6, class: "axis-label",
    "text-anchor": "middle" });
  caption.textContent = "Day (month-day, UTC)";
  chart.append(caption);
  host.replaceChildren(chart);
}

// ---- alerts -------------------------------------------------------------------------------------------

const ACTIONS = {
  acknowledge: { verb: "Acknowledge", done: "acknowledged", allowed: ["open"] },
  resolve: { verb: "Resolve", done: "resolved", allowed: ["open", "acknowledged"] },
};

function crossingText(alert) {
  const parts = [alert.direction];
  if (alert.counterparty_country) parts.push(`party in ${alert.counterparty_country}`);
  if (alert.data_location) parts.push(`data in ${alert.data_location}`);
  parts.push(`EU exit: ${yesNo(alert.eu_exit)}`);
  return parts.join(", ");
}

function alertRow(alert) {
  const officer = Boolean(state.me && state.me.is_officer);
  const actions = el("td", { class: "actions" });
  if (officer) {
    for (const [action, spec] of Object.entries(ACTIONS)) {
      if (!spec.allowed.includes(alert.state)) continue;
      actions.append(el("button", {
        type: "button", class: action === "resolve" ? "secondary small" : "small",
        "data-action": action, "data-alert": alert.alert_id,
        "aria-label": `${spec.verb} alert ${alert.alert_id}`,
        text: spec.verb, onclick: () => openNoteDialog(alert, action),
      }));
    }
  }
  if (!actions.childNodes.length) actions.append(el("span", { class: "muted", text: "–" }));
  const message = alert.message_id
    ? el("button", { type: "button", class: "link", text: alert.message_id,
      "aria-label": `Show message ${alert.message_id}`, onclick: () => searchMessage(alert.message_id, true) })
    : el("span", { class: "muted", text: "none" });
  return el("tr", { "data-alert-row": alert.alert_id, "data-state": alert.state },
    el("td", { text: formatTime(alert.opened_at) }),
    el("td", {}, el("span", { class: `sev sev-${alert.severity}`, text: alert.severity })),
    el("td", { class: "state", text: alert.state + (alert.updated_by ? ` (by ${alert.updated_by})` : "") }),
    el("td", { text: alert.categories.join(", ") || "–" }),
    el("td", { text: crossingText(alert) }),
    el("td", { class: "id" }, message),
    actions);
}

async function loadAlerts(append = false) {
  const { from, to } = state.range;
  const params = { from: startOf(from), to: endOf(to), state: $("#alert-state").value,
    severity: $("#alert-severity").value, limit: 50, continuation_token: append ? state.alertsToken : null };
  const page = await api(`/api/alerts${query(params)}`);
  const body = $("#alerts-table tbody");
  const rows = page.items.map(alertRow);
  if (append) body.append(...rows); else body.replaceChildren(...rows);
  state.alertsToken = page.continuation_token;
  $("#alerts-more").hidden = !state.alertsToken;
  $("#alerts-empty").hidden = body.children.length > 0;
}

function openNoteDialog(alert, action) {
  const spec = ACTIONS[action];
  state.pendingAction = { alert, action };
  $("#note-title").textContent = `${spec.verb} alert`;
  $("#note-about").textContent = `Alert ${alert.alert_id}: ${alert.severity}, ${alert.categories.join(", ") ||
    alert.reason}, opened ${formatTime(alert.opened_at)} UTC.`;
  $("#note-confirm").textContent = spec.verb;
  $("#note-text").value = "";
  showError($("#note-error"), "");
  $("#note-dialog").showModal();
  $("#note-text").focus();
}

function closeNoteDialog() {
  const pending = state.pendingAction;
  state.pendingAction = null;
  const dialog = $("#note-dialog");
  if (dialog.open) dialog.close();
  // Return focus to where the officer was: the row's next button, else the table.
  if (pending) {
    const row = $(`[data-alert-row="${CSS.escape(pending.alert.alert_id)}"]`);
    const next = row && $("button[data-action]", row);
    (next || $("#alerts-table")).focus?.();
  }
}

async function confirmNote(event) {
  event.preventDefault();
  const pending = state.pendingAction;
  if (!pending) return;
  const note = $("#note-text").value.trim();
  if (!note) {
    showError($("#note-error"), "Write a note: it is kept with the alert's history.");
    $("#note-text").focus();
    return;
  }
  const spec = ACTIONS[pending.action];
  const button = $("#note-confirm");
  button.disabled = true;
  try {
    const updated = await api(`/api/alerts/${encodeURIComponent(pending.alert.alert_id)}/${pending.action}`,
      { json: { note } });
    const row = $(`[data-alert-row="${CSS.escape(updated.alert_id)}"]`);
    if (row) row.replaceWith(alertRow(updated));
    closeNoteDialog();
    setStatus(`Alert ${updated.alert_id} ${spec.done}.`);
    loadSummary().catch(() => {});
  } catch (error) {
    showError($("#note-error"), error.message);
  } finally {
    button.disabled = false;
  }
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
    ["Failure", s.failed_at ? `${formatTime(s.failed_at)}, ${s.failure_side || "unknown"} side` +
      (s.error_code ? `, code ${s.error_code}` : "") : "none"],
    ["Health information", health],
    ["Anomalies", s.anomalies.length ? s.anomalies.join(", ") : "none"],
    ["Events received", String(s.event_count)],
  ];
}

async function searchMessage(id, scroll = false) {
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
    [el("dt", { text: term }), el("dd", { text: value })]));
  const rows = detail.timeline.map((e) => el("tr", {},
    el("td", { text: formatTime(e.occurred_at) }),
    el("td", { text: e.kind }),
    el("td", { text: e.status || "–" }),
    el("td", { text: e.failure_side || "–" }),
    el("td", { text: e.error_code || "–" }),
    el("td", { text: e.health ? (e.health.flagged ? `flagged: ${e.health.categories.join(", ")}` : "clear")
      : "–" }),
    el("td", { class: "id", text: e.event_id })));
  $("#timeline-table tbody").replaceChildren(...rows);
  result.hidden = false;
  status.textContent = `Message ${id}: ${detail.summary.status}, ${detail.timeline.length} event(s) on the timeline.`;
  if (scroll) $("#search-summary-title").setAttribute("tabindex", "-1");
  if (scroll) $("#search-summary-title").focus();
}

// ---- support data transfers ---------------------------------------------------------------------------

function utcFromLocalInput(value) {
  if (!value) return null;
  return `${value.length === 16 ? `${value}:00` : value}Z`;
}

function transferRow(t) {
  const ids = t.message_ids || [];
  const range = t.from || t.to ? `${formatTime(t.from)} → ${formatTime(t.to)}` : "–";
  return el("tr", { "data-transfer": t.transfer_id },
    el("td", { text: formatTime(t.authorised_at) }),
    el("td", { text: t.authorised_by }),
    el("td", { text: t.case_number }),
    el("td", { text: t.scope }),
    el("td", { class: "id", text: ids.length ? ids.join(", ") : "–" }),
    el("td", { text: range }),
    el("td", { text: t.note || "–" }));
}

async function loadTransfers(append = false) {
  const { from, to } = state.range;
  const params = { from: startOf(from), to: endOf(to), limit: 50,
    continuation_token: append ? state.transfersToken : null };
  const body = $("#transfers-table tbody");
  let page;
  try {
    page = await api(`/api/support-transfers${query(params)}`);
  } catch (error) {
    body.replaceChildren();
    $("#transfers-empty").hidden = false;
    $("#transfers-empty").textContent = `Authorisations could not be loaded. ${error.message}`;
    throw error;
  }
  const rows = page.items.map(transferRow);
  if (append) body.append(...rows); else body.replaceChildren(...rows);
  state.transfersToken = page.continuation_token;
  $("#transfers-more").hidden = !state.transfersToken;
  $("#transfers-empty").textContent = "No authorisations in the range.";
  $("#transfers-empty").hidden = body.children.length > 0;
}

async function submitTransfer(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const status = $("#transfer-status");
  const caseNumber = $("#tr-case").value.trim();
  const scope = $("#tr-scope").value.trim();
  const ids = $("#tr-ids").value.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);
  const from = utcFromLocalInput($("#tr-from").value);
  const to = utcFromLocalInput($("#tr-to").value);
  const problems = [];
  if (!caseNumber) problems.push(["#tr-case", "Enter the case number."]);
  if (!scope) problems.push(["#tr-scope", "Describe the scope."]);
  if (!ids.length && !(from && to)) problems.push(["#tr-ids", "Give message ids, or both ends of a time range."]);
  if (from && to && from > to) problems.push(["#tr-from", "The time range ends before it starts."]);
  for (const field of ["#tr-case", "#tr-scope", "#tr-ids", "#tr-from"]) $(field).removeAttribute("aria-invalid");
  if (problems.length) {
    for (const [field] of problems) $(field).setAttribute("aria-invalid", "true");
    status.dataset.kind = "error";
    status.textContent = problems.map(([, text]) => text).join(" ");
    $(problems[0][0]).focus();
    return;
  }
  const payload = { case_number: caseNumber, scope };
  if (ids.length) payload.message_ids = ids;
  if (from) payload.from = from;
  if (to) payload.to = to;
  const note = $("#tr-note").value.trim();
  if (note) payload.note = note;
  const button = $("#tr-submit");
  button.disabled = true;
  try {
    const record = await api("/api/support-transfers", { json: payload });
    form.reset();
    status.dataset.kind = "info";
    status.textContent = `Authorisation for case ${record.case_number} recorded at ${formatTime(record.authorised_at)} UTC.`;
    await loadTransfers().catch(() => {});
    const row = $(`[data-transfer="${CSS.escape(record.transfer_id)}"]`);
    if (!row) $("#transfers-table tbody").prepend(transferRow(record));
    $("#transfers-empty").hidden = true;
  } catch (error) {
    status.dataset.kind = "error";
    status.textContent = error.message;
  } finally {
    button.disabled = false;
  }
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
