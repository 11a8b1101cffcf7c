"""The compliance dashboard in a real Chromium: numbers, alert review, exports, search, keyboard, layout, CSP."""

from __future__ import annotations

import csv
import io
import json

import httpx
import pytest

from handoff.local.demo import EVERYDAY_TEXTS, HEALTH_TEXTS
from handlers.dashboard import CSP
from tests.browser.conftest import LOCAL_USER, open_dashboard, screenshot

pytestmark = pytest.mark.browser
TOTALS = ("crossings_inbound", "crossings_outbound", "eu_exits", "failures_meta", "failures_sender",
          "failures_recipient", "failures_acs", "failures_acs_reconciled", "failures_unknown")


def _page_range(page) -> tuple[str, str]:
    return page.input_value("#range-from"), page.input_value("#range-to")


def _require(dashboard, path: str) -> None:
    """The page is built against endpoints that land on main in parallel: say so plainly while one is missing."""
    paths = httpx.get(f"{dashboard.base_url}/openapi.json").json()["paths"]
    if not any(p == path or (path.endswith("/") and p.startswith(path)) for p in paths):
        pytest.xfail(f"{path} is not in the API yet (lands on main separately)")


def _all_items(dashboard, path: str, **params) -> list[dict]:
    items, token = [], None
    while True:
        query = {**params, "limit": 500, **({"continuation_token": token} if token else {})}
        response = dashboard.api(path, **query)
        assert response.status_code == 200, response.text
        body = response.json()
        items += body["items"]
        token = body["continuation_token"]
        if not token:
            return items


def test_overview_numbers_equal_the_summary_api(page, dashboard):
    _require(dashboard, "/api/summary")
    open_dashboard(page)
    first, last = _page_range(page)
    assert (first, last) == (str(dashboard.first_day), str(dashboard.last_day))  # default: the last 14 days
    summary = dashboard.api("/api/summary", **{"from": first, "to": last}).json()
    totals = summary["totals"]
    assert totals["crossings_inbound"] + totals["crossings_outbound"] > 0, "the demo stream should show up"

    def shown(metric: str) -> str:
        return page.get_attribute(f"[data-metric='{metric}']", "data-value")

    for metric in TOTALS:
        assert shown(metric) == str(totals[metric]), metric
        # failures_acs_reconciled is shown inside the ACS figure's hint, not as a figure of its own.
        assert page.inner_text(f"#kpis [data-metric='{metric}']").replace(",", "") == str(totals[metric])
    sla = totals["sent_to_delivered_ms"]
    for metric, key in (("sla_median", "median"), ("sla_p95", "p95")):
        value = shown(metric)
        assert (float(value) if value else None) == pytest.approx(sla[key]), metric
    assert shown("sla_count") == str(sla["count"])
    assert shown("open_alerts") == str(summary["open_alerts"])

    # The chart and its table alternative carry the same per-day figures.
    chart = page.locator("#chart svg[role='img']")
    label = chart.get_attribute("aria-label")
    assert f"{totals['crossings_inbound']} inbound and {totals['crossings_outbound']} outbound" in label
    assert chart.locator("g.bar").count() == len(summary["days"])
    page.click("summary:has-text('Show the chart')")
    rows = page.locator("#daily-table tbody tr")
    assert rows.count() == len(summary["days"])
    shown_days = [[cell.replace(",", "") for cell in row] for row in rows.evaluate_all(
        "rows => rows.map(r => Array.from(r.cells, c => c.textContent))")]
    expected = [[d["day"], *(str(d[k]) for k in ("crossings_inbound", "crossings_outbound", "eu_exits",
                                                   "failures_meta", "failures_sender", "failures_recipient",
                                                   "failures_acs", "failures_unknown", "alerts_opened"))] for d in summary["days"]]
    assert shown_days == expected


def test_an_officer_acknowledges_then_resolves_an_alert_with_notes(page, dashboard):
    _require(dashboard, "/api/me")
    open_dashboard(page)
    assert LOCAL_USER in page.inner_text("#who") and "officer" in page.inner_text("#who").lower()
    acknowledge = page.locator("tr[data-state='open'] button[data-action='acknowledge']").first
    acknowledge.wait_for()
    alert_id = acknowledge.get_attribute("data-alert")
    row = page.locator(f"tr[data-alert-row='{alert_id}']")

    acknowledge.click()
    dialog = page.locator("#note-dialog")
    assert dialog.is_visible() and page.evaluate("document.activeElement.id") == "note-text"
    page.click("#note-confirm")  # an empty note is refused on the page
    assert "note" in page.inner_text("#note-error").lower() and dialog.is_visible()
    page.fill("#note-text", "Checking with the clinic team")
    page.click("#note-confirm")
    row.and_(page.locator("[data-state='acknowledged']")).wait_for()
    assert not dialog.is_visible()
    assert f"Alert {alert_id} acknowledged" in page.inner_text("#status")

    row.locator("button[data-action='resolve']").click()
    page.fill("#note-text", "Patient contacted through the secure portal instead")
    page.click("#note-confirm")
    row.and_(page.locator("[data-state='resolved']")).wait_for()
    assert row.locator("button[data-action]").count() == 0  # nothing left to do with a resolved alert

    detail = dashboard.api(f"/api/alerts/{alert_id}").json()
    assert detail["alert"]["state"] == "resolved" and detail["alert"]["updated_by"] == LOCAL_USER
    assert [(t["to_state"], t["by"], t["note"]) for t in detail["transitions"]][-2:] == [
        ("acknowledged", LOCAL_USER, "Checking with the clinic team"),
        ("resolved", LOCAL_USER, "Patient contacted through the secure portal instead")]


@pytest.mark.parametrize("kind, api_path", [("handoffs", "/api/handoffs"), ("alerts", "/api/alerts")])
def test_csv_export_downloads_one_row_per_api_item(page, dashboard, kind, api_path):
    _require(dashboard, "/api/exports/")
    open_dashboard(page)
    with page.expect_download() as info:
        page.click(f"a[data-export='{kind}'][data-format='csv']")
    download = info.value
    first, last = _page_range(page)
    assert download.suggested_filename.endswith(".csv")
    text = download.path().read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows and rows[0], "a CSV export starts with a header"
    params = {"from": f"{first}T00:00:00Z", "to": dashboard.range_params()["to"]}
    assert len(rows) - 1 == len(_all_items(dashboard, api_path, **params))


def test_jsonl_export_downloads_json_lines(page, dashboard):
    _require(dashboard, "/api/exports/")
    open_dashboard(page)
    with page.expect_download() as info:
        page.click("a[data-export='handoffs'][data-format='jsonl']")
    lines = [line for line in info.value.path().read_text(encoding="utf-8").splitlines() if line.strip()]
    assert lines and all(isinstance(json.loads(line), dict) for line in lines)


def test_message_search_shows_summary_and_timeline_without_any_text(page, dashboard):
    items = _all_items(dashboard, "/api/handoffs", **dashboard.range_params(), direction="outbound")
    message = max(items, key=lambda m: m["event_count"])
    detail = dashboard.api(f"/api/messages/{message['message_id']}").json()
    open_dashboard(page)
    page.fill("#search-id", message["message_id"])
    page.press("#search-id", "Enter")
    page.locator("#search-result").wait_for(state="visible")
    assert page.locator("#timeline-table tbody tr").count() == len(detail["timeline"]) >= 2
    summary = page.inner_text("#search-summary")
    assert message["message_id"] in summary and message["status"] in summary
    assert (message["counterparty"] or "–") in summary
    statuses = page.locator("#timeline-table tbody tr td:nth-child(3)").all_inner_texts()
    assert statuses == [e["status"] or "–" for e in detail["timeline"]]

    page.fill("#search-id", "no-such-message-id")
    page.press("#search-id", "Enter")
    page.locator("#search-status:has-text('No message')").wait_for()
    assert page.locator("#search-result").is_hidden()

    # The page never shows message text: the API has none, and nothing on the page makes any up.
    body = page.inner_text("body")
    assert not [t for t in EVERYDAY_TEXTS + HEALTH_TEXTS if t in body]


def test_keyboard_skip_link_and_tab_order_reach_the_main_controls(page, dashboard):
    open_dashboard(page)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to main content"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    wanted = ["range-from", "range-to", "range-apply", "alert-state", "search-id"]
    if page.evaluate("document.body.classList.contains('is-officer')"):
        wanted += ["tr-case", "tr-submit", "export:handoffs.csv"]  # shown to officers only
    order: list[str] = []
    for _ in range(400):
        page.keyboard.press("Tab")
        focused = page.evaluate("""() => { const e = document.activeElement;
            return e.dataset.export ? `export:${e.dataset.export}.${e.dataset.format}` : (e.id || e.tagName); }""")
        if focused in wanted and focused not in order:
            order.append(focused)
            assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none", focused
        if len(order) == len(wanted):
            break
    assert order == wanted  # every main control is reachable, in reading order

    # Buttons are buttons: every clickable control is a native button, link, or form field.
    assert page.locator("[onclick], div[role='button'], span[role='button']").count() == 0
    unlabelled = page.evaluate("""() => Array.from(document.querySelectorAll('input, select, textarea'))
        .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).map(e => e.id || e.name)""")
    assert unlabelled == []
    assert page.locator("main#main, header, nav, footer").count() == 4


@pytest.mark.parametrize("width, height", [(375, 800), (1280, 800)])
def test_layout_has_no_horizontal_scroll(page, dashboard, width, height):
    page.set_viewport_size({"width": width, "height": height})
    open_dashboard(page)
    page.click("summary:has-text('Show the chart')")
    items = dashboard.api("/api/handoffs", **dashboard.range_params(), limit=1).json()["items"]
    if items:
        page.fill("#search-id", items[0]["message_id"])
        page.press("#search-id", "Enter")
        page.locator("#search-result").wait_for(state="visible")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    if width < 500:  # one column: every section spans the same column
        lefts = page.locator("main > section").evaluate_all("s => s.map(e => Math.round(e.getBoundingClientRect().left))")
        assert len(set(lefts)) == 1
    path = screenshot(page, f"dashboard-{width}x{height}.png")
    assert path.stat().st_size > 10_000


def test_strict_csp_is_sent_and_nothing_violates_it(page, dashboard, console):
    response = page.goto("/")
    headers = response.headers
    assert headers["content-security-policy"] == CSP
    assert headers["x-content-type-options"] == "nosniff" and headers["referrer-policy"] == "no-referrer"
    for asset in ("app.js", "app.css", "icon.svg"):
        asset_headers = httpx.get(f"{dashboard.base_url}/static/{asset}").headers
        assert asset_headers["x-content-type-options"] == "nosniff" and "etag" in asset_headers
    page.wait_for_selector("body[data-ready='true']")
    page.click("summary:has-text('Show the chart')")
    acknowledge = page.locator("button[data-action='acknowledge']").first
    if acknowledge.count():
        acknowledge.click()
        page.click("#note-cancel")
    assert page.locator("[style]").count() == 0  # no inline styles anywhere in the DOM
    assert console.csp_violations() == []

    # The listener does see violations: an injected inline script is blocked and reported.
    page.evaluate("""() => { const s = document.createElement('script');
        s.textContent = 'window.injected = true'; document.body.append(s); }""")
    page.wait_for_timeout(200)
    assert page.evaluate("window.injected === undefined")
    assert console.csp_violations()


def test_an_officer_records_a_support_data_transfer_authorisation(page, dashboard):
    _require(dashboard, "/api/support-transfers")
    open_dashboard(page)
    page.click("#tr-submit")  # nothing filled in: the page says what is missing, next to the fields
    assert page.get_attribute("#tr-case", "aria-invalid") == "true"
    assert "case number" in page.inner_text("#transfer-status").lower()
    message_id = dashboard.api("/api/handoffs", **dashboard.range_params(), limit=1).json()["items"][0]["message_id"]
    page.fill("#tr-case", "SR-2026-0042")
    page.fill("#tr-scope", "delivery statuses and Meta error codes")
    page.fill("#tr-ids", message_id)
    page.fill("#tr-note", "customer consent by e-mail")
    page.click("#tr-submit")
    page.locator("#transfer-status:has-text('recorded')").wait_for()
    row = page.locator("#transfers-table tbody tr", has_text="SR-2026-0042")
    assert message_id in row.inner_text() and LOCAL_USER in row.inner_text()
    items = dashboard.api("/api/support-transfers", **dashboard.range_params()).json()["items"]
    assert [(t["case_number"], t["message_ids"], t["authorised_by"]) for t in items
            if t["case_number"] == "SR-2026-0042"] == [("SR-2026-0042", [message_id], LOCAL_USER)]


def test_a_reaction_shows_the_message_it_reacts_to_and_opens_it(page, dashboard):
    # The demo's customer in the move to BSUIDs reacted to a message the business sent them.
    reaction = next(i for i in _all_items(dashboard, "/api/handoffs", **dashboard.range_params(), direction="inbound")
                    if i["reacts_to"])
    detail = dashboard.api(f"/api/messages/{reaction['message_id']}").json()
    assert detail["references"] == [{"relation": "reacts_to", "message_id": reaction["reacts_to"], "recorded": True}]
    open_dashboard(page)
    page.fill("#search-id", reaction["message_id"])
    page.press("#search-id", "Enter")
    page.locator("#search-result").wait_for(state="visible")
    shown = page.locator("dd[data-reference='reacts_to'] a")
    assert shown.inner_text() == reaction["reacts_to"]
    shown.click()
    page.locator(f"#search-status:has-text('Message {reaction['reacts_to']}')").wait_for()
    assert reaction["reacts_to"] in page.inner_text("#search-summary")
