// The crossings-per-day chart: an SVG drawn from the summary's days, described for screen readers.

import { $, integer, svg } from "./render.js";

function niceMax(value) {
  if (value <= 5) return 5;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * magnitude >= value) return step * magnitude;
  }
  return 10 * magnitude;
}

export function drawChart(days) {
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
