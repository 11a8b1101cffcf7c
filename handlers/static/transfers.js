// Support data transfers: the customer's authorisation before a support case sends data to Meta.

import { api, query } from "./api.js";
import { $, el, endOf, formatTime, startOf } from "./render.js";
import { state } from "./state.js";

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

export async function loadTransfers(append = false) {
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

export async function submitTransfer(event) {
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
