"""The completeness panel, the journals and the alert queue's words in a real Chromium: every number
equals the API, each number opens its list, actions come from the API."""

from __future__ import annotations

import httpx
import pytest

from tests.browser.conftest import open_dashboard, screenshot

pytestmark = pytest.mark.browser
SUMMED = ("matched", "gaps", "missing", "microsoft_failures")


def _panel(dashboard, page) -> dict:
    first, last = page.input_value("#range-from"), page.input_value("#range-to")
    response = dashboard.api("/api/completeness", **{"from": first, "to": last})
    assert response.status_code == 200, response.text
    return response.json()


def _shown(page, name: str) -> str:
    return page.get_attribute(f"[data-completeness='{name}']", "data-value")


def test_the_completeness_numbers_equal_the_api_and_none_is_zero_on_the_demo(page, dashboard):
    open_dashboard(page)
    panel = _panel(dashboard, page)
    for name in SUMMED:
        expected = sum(d[name] for d in panel["reconciliation"])
        assert _shown(page, name) == str(expected), name
        assert page.inner_text(f"dd[data-completeness='{name}']").replace(",", "") == str(expected)
        assert expected > 0, f"the demo should make {name} non-zero"
    assert _shown(page, "quarantined") == str(panel["quarantined"]) and panel["quarantined"] > 0
    assert page.inner_text("dd[data-completeness='dead_letters']") == "not configured"
    assert page.inner_text("dd[data-completeness='newest_sealed_day']") == panel["trust"]["newest_sealed_day"]
    assert page.inner_text("dd[data-completeness='last_verify']").startswith("clean")
    drift = panel["schema_drift"]
    assert drift and _shown(page, "schema_drift") == str(len(drift))
    rows_shown = page.locator("#drift-table tbody tr")
    assert rows_shown.count() == len(drift) and rows_shown.first.get_attribute("data-field") == drift[0]["field"]
    assert str(drift[0]["events"]) in rows_shown.first.inner_text() and "Message received" in rows_shown.first.inner_text()
    # Per day: the table's rows are the API's days, newest first.
    rows = page.locator("#reconciliation-table tbody tr")
    assert rows.count() == len(panel["reconciliation"])
    newest = panel["reconciliation"][-1]
    assert rows.first.get_attribute("data-day") == newest["day"]
    screenshot(page, "completeness-panel.png")


def test_each_gap_number_opens_its_list(page, dashboard):
    open_dashboard(page)
    panel = _panel(dashboard, page)
    day = next(d for d in panel["reconciliation"] if d["gaps"])["day"]
    link = page.locator(f"#reconciliation-table tr[data-day='{day}'] a.num-link[href*='only=gaps']")
    assert link.get_attribute("href") == f"/api/reconciliation?from={day}&to={day}&only=gaps"
    link.click()
    page.wait_for_selector("#completeness-list:not([hidden]) #completeness-list-body tr")
    hours = dashboard.api("/api/reconciliation", **{"from": day, "to": day, "only": "gaps"}).json()["hours"]
    assert page.locator("#completeness-list-body tr").count() == len(hours)
    assert "logged" in page.inner_text("#completeness-list-body") and hours[0]["channel_id"] in page.inner_text(
        "#completeness-list-body")
    assert page.evaluate("document.activeElement.id") == "completeness-list-title"


def test_quarantined_events_per_day_by_reason_open_their_list_without_content(page, dashboard):
    open_dashboard(page)
    panel = _panel(dashboard, page)
    day = next(d for d in panel["quarantine"] if d["total"])
    reason, count = next(iter(day["reasons"].items()))
    row = page.locator(f"#quarantine-table tr[data-day='{day['day']}']")
    assert reason in row.inner_text()
    row.locator("a.num-link").last.click()
    page.wait_for_selector("#completeness-list-body tr")
    assert page.locator("#completeness-list-body tr").count() == count
    assert "truncated by a proxy" not in page.content()  # the poison event's content is never shown


def test_alert_actions_come_from_the_api_and_severities_and_categories_are_words(page, dashboard):
    open_dashboard(page)
    page.select_option("#alert-state", "")
    page.click("#alert-filter button[type='submit']")
    page.wait_for_selector("#alerts-table tbody tr")
    first, last = page.input_value("#range-from"), page.input_value("#range-to")
    items = dashboard.api("/api/alerts", **{"from": f"{first}T00:00:00Z", "limit": 50}).json()["items"]
    assert items and all("allowed_actions" in a for a in items)
    for alert in items[:20]:
        row = page.locator(f"tr[data-alert-row='{alert['alert_id']}']")
        shown = sorted(row.locator("button[data-action]").evaluate_all("bs => bs.map(b => b.dataset.action)"))
        assert shown == sorted(alert["allowed_actions"]), alert["alert_id"]
    pills = page.locator("#alerts-table .sev")
    texts = set(pills.all_inner_texts())
    assert texts <= {"Low", "Medium", "High", "Critical"} and texts
    # One line each at 1280 px: a pill never wraps.
    assert page.evaluate("""() => [...document.querySelectorAll('#alerts-table .sev')].every(p =>
        p.getClientRects().length === 1 && p.getBoundingClientRect().height < 2 * parseFloat(getComputedStyle(p).fontSize))""")
    categories = page.locator("#alerts-table tbody tr td:nth-child(4)").all_inner_texts()
    assert not any("_" in c for c in categories)


def test_legal_holds_and_the_access_log_are_on_the_page(page, dashboard):
    hold = httpx.post(f"{dashboard.base_url}/api/legal-holds", json={
        "reason": "litigation 2026-17", "message_ids": ["m-browser-1"]}, timeout=30)
    assert hold.status_code == 201, hold.text
    open_dashboard(page)
    page.wait_for_selector(f"#holds-table tr[data-hold='{hold.json()['hold_id']}']")
    assert "litigation 2026-17" in page.inner_text("#holds-table") and "in force" in page.inner_text("#holds-table")
    page.wait_for_selector("#access-table tbody tr")
    assert "/api/legal-holds" in page.inner_text("#access-table")


def test_reconciled_microsoft_failures_show_within_acs_failures_and_codes_name_their_side(page, dashboard):
    open_dashboard(page)
    panel = _panel(dashboard, page)
    failures = sum(d["microsoft_failures"] for d in panel["reconciliation"])
    hint = page.locator("#kpis [data-metric='failures_acs_reconciled']")
    assert hint.inner_text() == str(failures) and failures > 0
    # A message that failed with a Meta code: the search names the side Meta's table gives the code.
    first, last = page.input_value("#range-from"), page.input_value("#range-to")
    failed = dashboard.api("/api/handoffs", **{"from": f"{first}T00:00:00Z", "status": "Failed",
                                              "limit": 200}).json()["items"]
    coded = next(m for m in failed if m["error_code"])
    page.fill("#search-id", coded["message_id"])
    page.click("#search-form button[type='submit']")
    page.wait_for_selector("#search-result:not([hidden])")
    text = page.inner_text("#search-summary")
    codes = {c["code"]: c for c in dashboard.api("/api/meta-error-codes").json()["items"]}
    expected = codes[coded["error_code"]]
    assert f"code {coded['error_code']}, " in text and expected["title"] in text


def test_failures_show_four_sides_and_unknown_and_reconciled_acs_failures_count_on_acs(page, dashboard):
    open_dashboard(page)
    first, last = page.input_value("#range-from"), page.input_value("#range-to")
    totals = dashboard.api("/api/summary", **{"from": first, "to": last}).json()["totals"]
    panel = _panel(dashboard, page)
    assert totals["failures_acs_reconciled"] == sum(d["microsoft_failures"] for d in panel["reconciliation"]) > 0
    assert totals["failures_acs"] >= totals["failures_acs_reconciled"]
    assert totals["failures_sender"] > 0  # the demo's 131047 / 131049: caused by the sender, not Meta
    for side in ("meta", "sender", "recipient", "acs", "unknown"):
        shown = page.get_attribute(f"dd[data-metric='failures_{side}']", "data-value")
        assert shown == str(totals[f"failures_{side}"]), side
