// The backlog view: build from the data or an audit, a sortable table, the impact/effort
// matrix, editing a fix, and every export.

import { api, downloadLink } from "./api.js";
import { matrix, quadrantOf } from "./charts.js";
import { $, fill, h, keepValue, keptValue, nextId, options, say } from "./dom.js";
import { date, number, t } from "./i18n.js";
import { phaseName } from "./knowledge.js";
import { recordLink } from "./records.js";

const STORE = "journey.backlog";
const RANKINGS = ["rice", "quadrant", "formula"];
const EXPORTS = [["md", "md"], ["csv", "csv"], ["json", "json"], ["jira", "jira.csv"], ["svg", "svg"], ["html", "html"]];
const COLUMNS = [
  ["position", "num"], ["title", "text"], ["phase", "text"], ["impact", "num"], ["effort", "num"],
  ["confidence", "num"], ["reach", "num"], ["score", "num"], ["quadrant", "text"], ["owner", "text"],
  ["due", "text"], ["kpi", "text"],
];

let app;
let backlog = null;
let backlogs = [];
let audits = [];
let sort = { key: "position", dir: 1 };

function keep(id) {
  keepValue(STORE, id);
}

function kept() {
  return keptValue(STORE);
}

export function initBacklog(context) {
  app = context;
  $("#backlog-form").addEventListener("submit", (event) => {
    event.preventDefault();
    build();
  });
  for (const radio of document.querySelectorAll("#backlog-form input[name=from]")) {
    radio.addEventListener("change", showSource);
  }
  $("#backlog-load").addEventListener("click", () => {
    const id = $("#backlog-list").value;
    if (id) openBacklog(id);
  });
  renderControls();
  showSource();
}

export async function showBacklog() {
  await Promise.all([loadLists()]);
  if (!backlog) {
    const id = kept();
    if (id && backlogs.some((b) => b.id === id)) await openBacklog(id);
  }
  render();
}

export function render() {
  renderControls();
  renderBacklog();
}

function showSource() {
  const fromAudit = $("#backlog-form input[name=from][value=audit]").checked;
  $("#audit-field").hidden = !fromAudit;
  $("#period-field").hidden = fromAudit;
}

async function loadLists() {
  try {
    const [b, a] = await Promise.all([api("/v1/backlogs"), api("/v1/audits")]);
    backlogs = (b && b.items) || [];
    audits = (a && a.items) || [];
  } catch (err) {
    app.reportError(err);
  }
  renderControls();
}

function renderControls() {
  options($("#backlog-rank"), RANKINGS.map((id) => [id, t(`rank.${id}`)]));
  const auditItems = audits.map((a) => [a.id, t("audit.item", { goal: a.goal || t("audit.untitled"), id: a.id }) + (a.finished ? " ✓" : "")]);
  const current = app && app.currentAudit ? app.currentAudit() : null;
  options($("#backlog-audit"), auditItems, { value: current ? current.id : undefined });
  if (!auditItems.length) options($("#backlog-audit"), [], { blank: t("backlog.noAudits") });
  options(
    $("#backlog-list"),
    backlogs.map((b) => [b.id, t("backlog.item", { title: b.title || b.id, count: t("backlog.fixes", { count: b.fixes ?? 0 }) })]),
    { blank: t("backlog.pick"), value: backlog ? backlog.id : "" },
  );
  $("#backlog-load").disabled = backlogs.length === 0;
}

async function build() {
  const fromAudit = $("#backlog-form input[name=from][value=audit]").checked;
  const body = { from: fromAudit ? "audit" : "data", rank_by: $("#backlog-rank").value, lang: app.lang() };
  if (fromAudit) {
    body.audit_id = $("#backlog-audit").value;
    if (!body.audit_id) {
      $("#backlog-audit").focus();
      return;
    }
  } else if ($("#backlog-period").value.trim()) body.period = $("#backlog-period").value.trim();
  const button = $("#backlog-form button[type=submit]");
  const status = $("#backlog-status");
  button.disabled = true;
  say(status, t("backlog.busy"));
  try {
    backlog = await api("/v1/backlogs", { method: "POST", json: body });
    keep(backlog.id);
    say(status, "");
    sort = { key: "position", dir: 1 };
    renderBacklog();
    loadLists();
  } catch (err) {
    say(status, "");
    app.reportError(err);
  } finally {
    button.disabled = false;
  }
}

async function openBacklog(id, rankBy) {
  try {
    backlog = await api(`/v1/backlogs/${encodeURIComponent(id)}`, { query: { rank_by: rankBy } });
    keep(backlog.id);
    renderBacklog();
  } catch (err) {
    app.reportError(err);
  }
}

function rows() {
  const ranked = new Map((backlog.ranked || []).map((r) => [r.fix_id, r]));
  const list = backlog.fixes.map((fix, index) => {
    const rank = ranked.get(fix.id) || {};
    return {
      fix,
      position: rank.position ?? index + 1,
      score: rank.score ?? null,
      quadrant: rank.quadrant || quadrantOf(fix.impact, fix.effort),
    };
  });
  return list;
}

function sortValue(row, key) {
  switch (key) {
    case "position": return row.position;
    case "score": return row.score;
    case "quadrant": return t(`quadrant.${row.quadrant}`);
    case "phase": return row.fix.phase ? phaseName(row.fix.phase) : null;
    default: return row.fix[key] ?? null;
  }
}

function sorted(list) {
  const { key, dir } = sort;
  return [...list].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === y) return a.position - b.position;
    if (x === null || x === "") return 1; // empty cells last either way
    if (y === null || y === "") return -1;
    const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), app.lang());
    return order * dir || a.position - b.position;
  });
}

function cell(row, key) {
  const fix = row.fix;
  switch (key) {
    case "position": return String(row.position);
    case "title": return titleCell(fix);
    case "phase": return fix.phase ? phaseName(fix.phase) : t("common.none");
    case "confidence": return `${number((fix.confidence ?? 0) * 100)}%`;
    case "reach": return fix.reach === null || fix.reach === undefined ? t("common.none") : number(fix.reach);
    case "score": return row.score === null ? t("common.none") : number(row.score, 1);
    case "quadrant": return h("span", { class: `chip quadrant ${row.quadrant}` }, t(`quadrant.${row.quadrant}`));
    case "due": return fix.due ? date(fix.due) : t("common.none");
    default: return fix[key] === null || fix[key] === undefined || fix[key] === "" ? t("common.none") : String(fix[key]);
  }
}

function titleCell(fix) {
  const quotes = fix.quotes || [];
  const pains = fix.pain_points || [];
  if (!fix.description && !quotes.length && !pains.length) return fix.title;
  return h(
    "details",
    {},
    h("summary", {}, fix.title),
    fix.description ? h("p", {}, fix.description) : null,
    pains.length ? [h("h4", {}, t("backlog.painPoints")), h("ul", {}, pains.map((p) => h("li", {}, p)))] : null,
    quotes.length
      ? [
        h("h4", {}, t("backlog.quotes")),
        h("ul", { class: "quotes" }, quotes.map((q) => h("li", {}, h("blockquote", {}, q.text), recordLink(q.record_id)))),
      ]
      : null,
  );
}

function header(key, kind) {
  const label = t(`col.${key}`);
  const active = sort.key === key;
  const button = h(
    "button",
    {
      type: "button",
      class: "sort",
      "aria-label": t("backlog.sort", { column: key === "position" ? "#" : label }),
      onclick: () => {
        sort = { key, dir: active ? -sort.dir : 1 };
        renderBacklog();
        const again = $(`#backlog-table th[data-key="${key}"] button`);
        if (again) again.focus();
      },
    },
    label,
    h("span", { class: "arrow", "aria-hidden": "true" }, active ? (sort.dir > 0 ? " ▲" : " ▼") : ""),
  );
  return h(
    "th",
    {
      scope: "col",
      class: kind,
      "data-key": key,
      "aria-sort": active ? (sort.dir > 0 ? "ascending" : "descending") : null,
    },
    button,
  );
}

function renderBacklog() {
  const box = $("#backlog-view");
  if (!backlog) {
    fill(box, h("p", { class: "muted" }, t("backlog.empty")));
    return;
  }
  const list = rows();
  const rankSelect = options(
    h("select", { id: "backlog-rerank" }),
    RANKINGS.map((id) => [id, t(`rank.${id}`)]),
    { value: backlog.ranking },
  );
  rankSelect.addEventListener("change", () => openBacklog(backlog.id, rankSelect.value));
  const ranking = backlog.ranking || "rice";
  fill(
    box,
    h(
      "div",
      { class: "panel-head" },
      h("h2", {}, backlog.title || backlog.id),
      h("p", { class: "muted" }, `${t("backlog.fixes", { count: list.length })} · ${backlog.id}`),
    ),
    h(
      "div",
      { class: "toolbar" },
      h("label", { for: "backlog-rerank" }, t("backlog.rankBy")),
      rankSelect,
      h(
        "div",
        { class: "downloads" },
        h("span", { class: "label" }, t("export.title")),
        EXPORTS.map(([format, ext]) => downloadLink(
          h("a", { class: "button small", "data-format": format }, t(`export.${format}`)),
          `/v1/backlogs/${encodeURIComponent(backlog.id)}/export`,
          { format, rank_by: ranking },
          `${backlog.id}.${ext}`,
        )),
      ),
    ),
    h(
      "div",
      { class: "backlog-grid" },
      h(
        "div",
        { class: "scroll", tabindex: "0", role: "region", "aria-label": t("backlog.tableCaption") },
        h(
          "table",
          { id: "backlog-table", class: "backlog" },
          h("caption", { class: "sr-only" }, t("backlog.tableCaption")),
          h("thead", {}, h("tr", {}, COLUMNS.map(([key, kind]) => header(key, kind)), h("th", { scope: "col" }, h("span", { class: "sr-only" }, t("col.edit"))))),
          h(
            "tbody",
            {},
            sorted(list).map((row) => h(
              "tr",
              { "data-fix": row.fix.id },
              COLUMNS.map(([key, kind]) => h("td", { class: kind }, cell(row, key))),
              h("td", {}, h("button", {
                type: "button",
                class: "small",
                "aria-label": t("backlog.editFix", { title: row.fix.title }),
                onclick: () => editFix(row.fix),
              }, t("common.edit"))),
            )),
          ),
        ),
      ),
      h(
        "figure",
        { class: "matrix-wrap" },
        h("figcaption", {}, t("matrix.title")),
        matrix(list.map((row) => ({
          position: row.position,
          title: row.fix.title,
          impact: row.fix.impact,
          effort: row.fix.effort,
          quadrant: row.quadrant,
        }))),
      ),
    ),
  );
}

// --- editing a fix --------------------------------------------------------------------------

const FIELDS = [
  ["impact", { type: "number", min: 1, max: 5, step: 1, required: true }],
  ["effort", { type: "number", min: 1, max: 5, step: 1, required: true }],
  ["confidence", { type: "number", min: 0, max: 1, step: 0.05, required: true }],
  ["reach", { type: "number", min: 0, step: 1 }],
  ["owner", { type: "text" }],
  ["due", { type: "date" }],
  ["kpi", { type: "text" }],
];

const CLEARABLE = new Set(["owner", "kpi"]);

function editFix(fix) {
  const dialog = $("#fix-dialog");
  const body = dialog.querySelector(".dialog-body");
  const inputs = {};
  const fields = FIELDS.map(([name, attrs]) => {
    const id = nextId(`fix-${name}`);
    const value = fix[name] === null || fix[name] === undefined ? "" : String(fix[name]);
    const input = h("input", { id, name, ...attrs, value });
    inputs[name] = input;
    return h("div", { class: "field" }, h("label", { for: id }, t(`col.${name}`)), input);
  });
  const status = h("p", { class: "status", role: "status" });
  const form = h(
    "form",
    { class: "fix-form" },
    h("h2", { id: "fix-dialog-title" }, t("backlog.editFix", { title: fix.title })),
    h("div", { class: "field-grid" }, fields),
    h(
      "div",
      { class: "actions" },
      h("button", { type: "submit", class: "primary" }, t("common.save")),
      h("button", { type: "button", onclick: () => dialog.close() }, t("common.cancel")),
    ),
    status,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const patch = {};
    for (const [name, attrs] of FIELDS) {
      const raw = inputs[name].value.trim();
      const before = fix[name] === null || fix[name] === undefined ? "" : String(fix[name]);
      if (raw === before) continue;
      // An empty owner or KPI clears it; the API keeps a due date or reach that is left empty.
      if (raw === "" && !CLEARABLE.has(name)) continue;
      patch[name] = attrs.type === "number" ? Number(raw) : raw;
    }
    if (!Object.keys(patch).length) {
      dialog.close();
      return;
    }
    try {
      backlog = await api(
        `/v1/backlogs/${encodeURIComponent(backlog.id)}/fixes/${encodeURIComponent(fix.id)}`,
        { method: "PATCH", json: patch, query: { rank_by: backlog.ranking } },
      );
      dialog.close();
      renderBacklog();
      const row = rows().find((r) => r.fix.id === fix.id);
      const saved = row ? row.fix : fix;
      app.announce(t("backlog.saved", { title: saved.title, position: row ? row.position : "?" }));
      const again = $(`#backlog-table tr[data-fix="${CSS.escape(fix.id)}"] button`);
      if (again) again.focus();
    } catch (err) {
      say(status, err.message, "error");
    }
  });
  fill(body, form);
  dialog.showModal();
  inputs.impact.focus();
}
