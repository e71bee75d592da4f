// Events per day as bars; dragging across them (brushing) filters the map to those days.
const NS = "http://www.w3.org/2000/svg";
const DAY = 86400000;

export function drawTimeline(svg, days, onBrush) {
  svg.replaceChildren();
  const width = svg.clientWidth || 800;
  const height = svg.clientHeight || 70;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const points = days.filter((d) => d.key).map((d) => ({ t: Date.parse(d.key + "T00:00:00Z"), count: d.count, key: d.key }))
    .filter((d) => !Number.isNaN(d.t));
  if (points.length === 0) return;
  const min = Math.min(...points.map((p) => p.t));
  const max = Math.max(...points.map((p) => p.t)) + DAY;
  const top = Math.max(...points.map((p) => p.count));
  const x = (t) => ((t - min) / (max - min)) * width;
  const barWidth = Math.max(2, width / ((max - min) / DAY) - 1);
  for (const p of points) {
    const h = Math.max(2, (p.count / top) * (height - 14));
    const bar = document.createElementNS(NS, "rect");
    bar.setAttribute("class", "bar");
    bar.setAttribute("x", x(p.t));
    bar.setAttribute("y", height - 12 - h);
    bar.setAttribute("width", barWidth);
    bar.setAttribute("height", h);
    const title = document.createElementNS(NS, "title");
    title.textContent = `${p.key}: ${p.count}`;
    bar.append(title);
    svg.append(bar);
  }
  for (const [t, anchor] of [[min, "start"], [max - DAY, "end"]]) {
    const label = document.createElementNS(NS, "text");
    label.setAttribute("x", anchor === "start" ? 2 : width - 2);
    label.setAttribute("y", height - 2);
    label.setAttribute("text-anchor", anchor);
    label.textContent = new Date(t).toISOString().slice(0, 10);
    svg.append(label);
  }
  const brush = document.createElementNS(NS, "rect");
  brush.setAttribute("class", "brush");
  brush.setAttribute("y", 0);
  brush.setAttribute("height", height);
  brush.setAttribute("width", 0);
  svg.append(brush);
  const dayAt = (px) => new Date(min + Math.floor(((px / width) * (max - min)) / DAY) * DAY).toISOString().slice(0, 10);
  const local = (event) => {
    const box = svg.getBoundingClientRect();
    return Math.min(width, Math.max(0, ((event.clientX - box.left) / box.width) * width));
  };
  let start = null;
  svg.onpointerdown = (event) => {
    start = local(event);
    svg.setPointerCapture(event.pointerId);
    brush.setAttribute("x", start);
    brush.setAttribute("width", 0);
  };
  svg.onpointermove = (event) => {
    if (start === null) return;
    const now = local(event);
    brush.setAttribute("x", Math.min(start, now));
    brush.setAttribute("width", Math.abs(now - start));
  };
  svg.onpointerup = (event) => {
    if (start === null) return;
    const end = local(event);
    const [a, b] = [Math.min(start, end), Math.max(start, end)];
    start = null;
    if (b - a < 3) {
      brush.setAttribute("width", 0);
      return;
    }
    onBrush(dayAt(a), dayAt(b));
  };
}
