// The alert queue: list, and acknowledge or resolve with a note. The actions each alert allows come from
// the API (allowed_actions): the page does not copy the server's state machine.

import { api, query } from "./api.js";
import { $, el, endOf, formatTime, setStatus, showError, startOf, word, words, yesNo } from "./render.js";
import { state } from "./state.js";

const hooks = { changed: () => {}, showMessage: () => {} };

export function configureAlerts({ changed, showMessage }) {
  hooks.changed = changed;
  hooks.showMessage = showMessage;
}

// How each action reads; whether an alert allows it is the API's answer, not the page's.
const ACTIONS = {
  acknowledge: { verb: "Acknowledge", done: "acknowledged" },
  resolve: { verb: "Resolve", done: "resolved" },
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
    for (const action of alert.allowed_actions || []) {
      const spec = ACTIONS[action];
      if (!spec) continue;
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
      "aria-label": `Show message ${alert.message_id}`, onclick: () => hooks.showMessage(alert.message_id, true) })
    : el("span", { class: "muted", text: "none" });
  return el("tr", { "data-alert-row": alert.alert_id, "data-state": alert.state },
    el("td", { text: formatTime(alert.opened_at) }),
    el("td", {}, el("span", { class: `sev sev-${alert.severity}`, text: word("severity", alert.severity) })),
    el("td", { class: "state", text: word("state", alert.state) + (alert.updated_by ? ` (by ${alert.updated_by})` : "") }),
    el("td", { text: alert.categories.length ? words("category", alert.categories) : word("reason", alert.reason) }),
    el("td", { text: crossingText(alert) }),
    el("td", { class: "id" }, message),
    actions);
}

export async function loadAlerts(append = false) {
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
  $("#note-about").textContent = `Alert ${alert.alert_id}: ${word("severity", alert.severity)}, ` +
    `${alert.categories.length ? words("category", alert.categories) : word("reason", alert.reason)}, ` +
    `opened ${formatTime(alert.opened_at)} UTC.`;
  $("#note-confirm").textContent = spec.verb;
  $("#note-text").value = "";
  showError($("#note-error"), "");
  $("#note-dialog").showModal();
  $("#note-text").focus();
}

export function closeNoteDialog() {
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

export async function confirmNote(event) {
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
    hooks.changed();
  } catch (error) {
    showError($("#note-error"), error.message);
  } finally {
    button.disabled = false;
  }
}
