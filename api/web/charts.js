// Inline SVG charts: the emotion curve of a journey map and the impact/effort matrix.

import { s, nextId } from "./dom.js";
import { signed, t } from "./i18n.js";

const CURVE_HEIGHT = 150;
const CURVE_PAD = 14;

function curveY(value) {
  return CURVE_PAD + ((2 - value) / 4) * (CURVE_HEIGHT - 2 * CURVE_PAD);
}

// The -2..+2 scale for the row header beside the curve.
export function curveTicks() {
  const svg = s("svg", { class: "curve-ticks", width: "100%", height: CURVE_HEIGHT, "aria-hidden": "true" });
  for (let v = -2; v <= 2; v += 1) {
    svg.append(s("text", { class: "tick", x: "100%", dx: -6, y: curveY(v) + 4, "text-anchor": "end" }, signed(v, 0)));
  }
  return svg;
}

// The emotion curve across the map's phase columns (equal widths), so each point sits in
// its phase's column: x in percent, y on -2..+2. phases: [{name, user, data}], null = none.
export function emotionCurve(phases) {
  const n = Math.max(phases.length, 1);
  const x = (i) => `${(((i + 0.5) / n) * 100).toFixed(3)}%`;
  const titleId = nextId("curve-title");
  const descId = nextId("curve-desc");
  const described = phases
    .map((p) => `${p.name}: ${t("map.team")} ${signed(p.user, 0)}, ${t("map.data")} ${signed(p.data)}`)
    .join("; ");
  const svg = s("svg", {
    class: "emotion-curve",
    width: "100%",
    height: CURVE_HEIGHT,
    role: "img",
    "aria-labelledby": `${titleId} ${descId}`,
  });
  svg.append(s("title", { id: titleId }, t("map.curve")), s("desc", { id: descId }, described));
  for (let v = -2; v <= 2; v += 1) {
    svg.append(s("line", { class: v === 0 ? "axis zero" : "axis", x1: "0", x2: "100%", y1: curveY(v), y2: curveY(v) }));
  }
  const series = [
    ["user", "team", t("map.team"), 0],
    ["data", "data", t("map.data"), 1],
  ];
  for (const [field, cls, name, digits] of series) {
    const has = (p) => p[field] !== null && p[field] !== undefined;
    phases.forEach((p, i) => {
      const next = phases[i + 1];
      if (has(p) && next && has(next)) {
        svg.append(s("line", {
          class: `line ${cls}`, x1: x(i), y1: curveY(p[field]), x2: x(i + 1), y2: curveY(next[field]),
        }));
      }
    });
    phases.forEach((p, i) => {
      if (!has(p)) return;
      const dot = s("circle", { class: `dot ${cls}`, cx: x(i), cy: curveY(p[field]), r: 5 });
      dot.append(s("title", {}, `${p.name}: ${name} ${signed(p[field], digits)}`));
      svg.append(dot);
    });
  }
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
    // Fixes with the same scores sit side by side (then a row lower), not on top.
    const spot = `${quadrant}:${fix.impact}:${fix.effort}`;
    const seen = taken.get(spot) || 0;
    taken.set(spot, seen + 1);
    const cellLeft = pad + col * cell + 14;
    const perRow = Math.max(1, Math.floor((pad + (col + 1) * cell - 14 - cx) / 24) + 1);
    cx += (seen % perRow) * 24;
    cy += Math.floor(seen / perRow) * 24;
    cx = Math.max(cellLeft, cx);
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
