// Inline SVG charts: the emotion curve of a journey map and the impact/effort matrix.

import { s, nextId } from "./dom.js";
import { signed, t } from "./i18n.js";

function short(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function segments(points) {
  // Runs of consecutive points that have a value: a missing rating breaks the line.
  const runs = [];
  let run = [];
  for (const point of points) {
    if (point === null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push(point);
  }
  if (run.length) runs.push(run);
  return runs;
}

// phases: [{name, user, data}] with user/data on -2..+2 or null.
export function emotionCurve(phases) {
  const n = Math.max(phases.length, 1);
  const left = 44;
  const right = 16;
  const top = 34;
  const bottom = 44;
  const step = 112;
  const width = left + right + step * n;
  const height = 230;
  const plotH = height - top - bottom;
  const y = (v) => top + ((2 - v) / 4) * plotH;
  const x = (i) => left + step * (i + 0.5);
  const titleId = nextId("curve-title");
  const descId = nextId("curve-desc");
  const described = phases
    .map((p) => `${p.name}: ${t("map.team")} ${signed(p.user, 0)}, ${t("map.data")} ${signed(p.data)}`)
    .join("; ");
  const svg = s("svg", {
    class: "emotion-curve",
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: "img",
    "aria-labelledby": `${titleId} ${descId}`,
  });
  svg.append(s("title", { id: titleId }, t("map.curve")), s("desc", { id: descId }, described));
  for (let v = -2; v <= 2; v += 1) {
    svg.append(
      s("line", { class: v === 0 ? "axis zero" : "axis", x1: left, x2: width - right, y1: y(v), y2: y(v) }),
      s("text", { class: "tick", x: left - 8, y: y(v) + 4, "text-anchor": "end" }, signed(v, 0)),
    );
  }
  phases.forEach((p, i) => {
    const label = s("text", { class: "phase-label", x: x(i), y: height - bottom + 20, "text-anchor": "middle" },
      short(p.name, 15));
    label.append(s("title", {}, p.name));
    svg.append(label);
  });
  const series = [
    ["user", "team", t("map.team")],
    ["data", "data", t("map.data")],
  ];
  for (const [field, cls, name] of series) {
    const points = phases.map((p, i) => (p[field] === null || p[field] === undefined ? null : [x(i), y(p[field]), p]));
    for (const run of segments(points)) {
      if (run.length > 1) {
        svg.append(s("polyline", { class: `line ${cls}`, points: run.map(([px, py]) => `${px},${py}`).join(" ") }));
      }
      for (const [px, py, p] of run) {
        const dot = s("circle", { class: `dot ${cls}`, cx: px, cy: py, r: 5 });
        dot.append(s("title", {}, `${p.name}: ${name} ${signed(p[field], field === "user" ? 0 : 1)}`));
        svg.append(dot);
      }
    }
  }
  const legend = s("g", { class: "legend", transform: `translate(${left}, 14)` });
  series.forEach(([, cls, name], i) => {
    const offset = i * 90;
    legend.append(
      s("line", { class: `line ${cls}`, x1: offset, x2: offset + 24, y1: 0, y2: 0 }),
      s("circle", { class: `dot ${cls}`, cx: offset + 12, cy: 0, r: 4 }),
      s("text", { class: "legend-label", x: offset + 30, y: 4 }, name),
    );
  });
  svg.append(legend);
  return svg;
}

const CELLS = {
  quick_win: [0, 0],
  big_bet: [1, 0],
  fill_in: [0, 1],
  money_pit: [1, 1],
};

export function quadrantOf(impact, effort, threshold = 3) {
  if (impact >= threshold) return effort >= threshold ? "big_bet" : "quick_win";
  return effort >= threshold ? "money_pit" : "fill_in";
}

// fixes: [{position, title, impact, effort, quadrant}]
export function matrix(fixes) {
  const size = 360;
  const pad = 34;
  const cell = (size - pad - 8) / 2;
  const titleId = nextId("matrix-title");
  const descId = nextId("matrix-desc");
  const svg = s("svg", {
    class: "matrix",
    viewBox: `0 0 ${size} ${size}`,
    role: "img",
    "aria-labelledby": `${titleId} ${descId}`,
  });
  svg.append(s("title", { id: titleId }, t("matrix.title")), s("desc", { id: descId }, t("matrix.desc")));
  for (const [quadrant, [col, row]] of Object.entries(CELLS)) {
    const x0 = pad + col * cell;
    const y0 = 8 + row * cell;
    svg.append(
      s("rect", { class: `cell ${quadrant}`, x: x0, y: y0, width: cell, height: cell }),
      s("text", { class: "cell-label", x: x0 + 8, y: y0 + 18 }, t(`quadrant.${quadrant}`)),
    );
  }
  svg.append(
    s("text", { class: "axis-label", x: pad + cell, y: size - 8, "text-anchor": "middle" }, `${t("matrix.effort")} →`),
    s("text", {
      class: "axis-label", x: 14, y: 8 + cell, "text-anchor": "middle",
      transform: `rotate(-90 14 ${8 + cell})`,
    }, `${t("matrix.impact")} →`),
  );
  const taken = new Map();
  for (const fix of fixes) {
    const quadrant = fix.quadrant in CELLS ? fix.quadrant : quadrantOf(fix.impact, fix.effort);
    const [col, row] = CELLS[quadrant];
    const fx = (fix.effort - 1) / 4;
    const fy = 1 - (fix.impact - 1) / 4;
    let cx = pad + col * cell + 22 + fx * (cell - 44);
    let cy = 8 + row * cell + 34 + fy * (cell - 56);
    const spot = `${Math.round(cx)}:${Math.round(cy)}`;
    const seen = taken.get(spot) || 0;
    taken.set(spot, seen + 1);
    if (seen) {
      const angle = seen * 1.3;
      cx += Math.cos(angle) * 13 * Math.ceil(seen / 5);
      cy += Math.sin(angle) * 13 * Math.ceil(seen / 5);
    }
    const group = s("g", { class: `point ${quadrant}` });
    group.append(
      s("title", {}, `#${fix.position} ${fix.title}: ${t("matrix.impact")} ${fix.impact}, ${t("matrix.effort")} ${fix.effort}`),
      s("circle", { cx, cy, r: 11 }),
      s("text", { x: cx, y: cy + 4, "text-anchor": "middle" }, String(fix.position)),
    );
    svg.append(group);
  }
  return svg;
}
