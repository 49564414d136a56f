// The data view: upload with the ingest report, a tag job with its progress, the records
// table with filters and corrections, and search.

import { api } from "./api.js";
import { $, fill, h, options, say } from "./dom.js";
import { date, number, t } from "./i18n.js";
import { emotionOptions, phaseOptions } from "./knowledge.js";
import { correctionForm, recordLink, remember, tagChips } from "./records.js";

const FORMATS = ["csv", "json", "jsonl", "chat", "zendesk", "intercom", "reviews"];
const SOURCES = ["review", "chat", "ticket", "survey"];
const LANGUAGES = ["nl", "en", "other"];
const CLASSIFIERS = ["auto", "local", "llm"];
const FINISHED = new Set(["done", "cancelled", "failed"]);
const JOB_STORE = "journey.tagjob";
const PAGE = 25;
const POLL_MS = 600;

let app;
let report = null;
let job = null;
let polling = null;
let page = { total: 0, offset: 0, items: [] };
let hits = null;

function storeJob(id) {
  try {
    if (id) localStorage.setItem(JOB_STORE, id);
    else localStorage.removeItem(JOB_STORE);
  } catch {
    // the job is not followed across reloads then
  }
}

function storedJob() {
  try {
    return localStorage.getItem(JOB_STORE);
  } catch {
    return null;
  }
}

export function initData(context) {
  app = context;
  $("#upload-form").addEventListener("submit", (event) => {
    event.preventDefault();
    upload();
  });
  $("#tag-form").addEventListener("submit", (event) => {
    event.preventDefault();
    startTagging();
  });
  $("#tag-cancel").addEventListener("click", cancelTagging);
  $("#records-filter").addEventListener("submit", (event) => {
    event.preventDefault();
    page.offset = 0;
    loadRecords();
  });
  $("#records-prev").addEventListener("click", () => {
    page.offset = Math.max(0, page.offset - PAGE);
    loadRecords();
  });
  $("#records-next").addEventListener("click", () => {
    page.offset += PAGE;
    loadRecords();
  });
  $("#search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    search();
  });
  document.addEventListener("journey-record-changed", (event) => {
    const updated = event.detail;
    page.items = page.items.map((r) => (r.id === updated.id ? updated : r));
    renderRecords();
  });
  renderControls();
}

let shownOnce = false;

export async function showData() {
  renderControls();
  if (!shownOnce) {
    shownOnce = true;
    const id = storedJob();
    if (id) followJob(id);
  }
  await loadRecords();
}

export function render() {
  renderControls();
  renderReport();
  renderJob();
  renderRecords();
  renderHits();
}

function renderControls() {
  options($("#upload-format"), FORMATS.map((f) => [f, f]), { blank: t("upload.detect") });
  options($("#upload-source"), SOURCES.map((id) => [id, t(`source.${id}`)]), { blank: t("upload.detect") });
  options($("#tag-classifier"), CLASSIFIERS.map((id) => [id, t(`tag.${id}`)]));
  const phases = [...phaseOptions(), ["unknown", t("phase.unknown")]];
  for (const sel of ["#filter-phase", "#search-phase"]) options($(sel), phases, { blank: t("common.all") });
  for (const sel of ["#filter-emotion", "#search-emotion"]) options($(sel), emotionOptions(), { blank: t("common.all") });
  for (const sel of ["#filter-source", "#search-source"]) {
    options($(sel), SOURCES.map((id) => [id, t(`source.${id}`)]), { blank: t("common.all") });
  }
  for (const sel of ["#filter-language", "#search-language"]) {
    options($(sel), LANGUAGES.map((id) => [id, t(`lang.${id}`)]), { blank: t("common.all") });
  }
}

// --- upload -----------------------------------------------------------------------------

async function upload() {
  const input = $("#upload-file");
  const status = $("#upload-status");
  const file = input.files && input.files[0];
  if (!file) {
    say(status, t("upload.noFile"), "error");
    input.focus();
    return;
  }
  const form = new FormData();
  form.append("file", file, file.name);
  if ($("#upload-format").value) form.append("format", $("#upload-format").value);
  if ($("#upload-source").value) form.append("source_type", $("#upload-source").value);
  const button = $("#upload-form button[type=submit]");
  button.disabled = true;
  say(status, t("upload.busy"));
  try {
    report = await api("/v1/records", { method: "POST", form });
    say(status, "");
    renderReport();
    page.offset = 0;
    loadRecords();
  } catch (err) {
    say(status, "");
    app.reportError(err);
  } finally {
    button.disabled = false;
  }
}

function counts(title, table) {
  const entries = Object.entries(table || {}).filter(([, n]) => n);
  if (!entries.length) return null;
  return h(
    "div",
    { class: "counts" },
    h("h4", {}, title),
    h("ul", { class: "chips" }, entries.map(([name, n]) => h("li", { class: "chip" }, `${name} ${number(n)}`))),
  );
}

function renderReport() {
  const box = $("#ingest-report");
  if (!report) {
    fill(box);
    return;
  }
  const sources = Object.fromEntries(
    Object.entries(report.by_source || {}).map(([id, n]) => [SOURCES.includes(id) ? t(`source.${id}`) : id, n]),
  );
  const languages = Object.fromEntries(
    Object.entries(report.by_language || {}).map(([id, n]) => [LANGUAGES.includes(id) ? t(`lang.${id}`) : id, n]),
  );
  const rejects = report.rejects || [];
  fill(
    box,
    h("h3", {}, t("report.title")),
    h(
      "dl",
      { class: "report-counts" },
      ["read", "stored", "duplicates", "rejected"].map((key) => h(
        "div",
        { class: `count-box ${key}` },
        h("dt", {}, t(`report.${key}`)),
        h("dd", { "data-count": key }, number(report[key] || 0)),
      )),
    ),
    h("p", { class: "muted" }, t("report.seconds", { seconds: number(report.seconds || 0, 1) })),
    counts(t("report.bySource"), sources),
    counts(t("report.byLanguage"), languages),
    counts(t("report.redactions"), report.redactions),
    rejects.length
      ? h(
        "div",
        { class: "scroll" },
        h(
          "table",
          { class: "rejects" },
          h("caption", {}, t("report.rejects")),
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("report.where")), h("th", { scope: "col" }, t("report.reason")))),
          h("tbody", {}, rejects.map((r) => h(
            "tr",
            {},
            h("td", { class: "nowrap" }, r.line === null || r.line === undefined ? r.file : `${r.file}:${r.line}`),
            h("td", {}, r.reason),
          ))),
        ),
      )
      : null,
  );
}

// --- tagging ----------------------------------------------------------------------------

async function startTagging() {
  if (job && !FINISHED.has(job.status)) return;
  const button = $("#tag-form button[type=submit]");
  button.disabled = true;
  try {
    job = await api("/v1/tag-jobs", {
      method: "POST",
      json: { only_untagged: $("#tag-untagged").checked, classifier: $("#tag-classifier").value },
    });
    storeJob(job.id);
    renderJob();
    poll();
  } catch (err) {
    button.disabled = false;
    app.reportError(err);
  }
}

async function followJob(id) {
  try {
    job = await api(`/v1/tag-jobs/${encodeURIComponent(id)}`);
    renderJob();
    if (!FINISHED.has(job.status)) poll();
    else storeJob(null);
  } catch {
    storeJob(null);
  }
}

function poll() {
  clearTimeout(polling);
  polling = setTimeout(async () => {
    if (!job) return;
    try {
      job = await api(`/v1/tag-jobs/${encodeURIComponent(job.id)}`);
    } catch (err) {
      app.reportError(err);
      return;
    }
    renderJob();
    if (FINISHED.has(job.status)) {
      storeJob(null);
      loadRecords();
    } else poll();
  }, POLL_MS);
}

async function cancelTagging() {
  if (!job) return;
  try {
    job = await api(`/v1/tag-jobs/${encodeURIComponent(job.id)}/cancel`, { method: "POST" });
    renderJob();
  } catch (err) {
    app.reportError(err);
  }
}

function renderJob() {
  const bar = $("#tag-progress");
  const status = $("#tag-status");
  const running = job && !FINISHED.has(job.status);
  $("#tag-form button[type=submit]").disabled = Boolean(running);
  $("#tag-cancel").hidden = !running;
  if (!job) {
    bar.hidden = true;
    say(status, "");
    return;
  }
  const total = job.total || 0;
  const done = total ? Math.min(job.done || 0, total) : job.done || 0;
  const progress = typeof job.progress === "number" ? job.progress : total ? done / total : 0;
  bar.hidden = false;
  bar.value = Math.max(0, Math.min(1, progress));
  const line = [
    t(`status.${job.status}`),
    t("tag.progress", { done: number(done), total: number(total), percent: number(progress * 100) }),
  ];
  if (job.status === "done") line.push(t("tag.summary", { tagged: number(job.tagged || 0), cached: number(job.cached || 0) }));
  if (job.error) line.push(job.error);
  say(status, line.join(" · "), job.status === "failed" ? "error" : "info");
  status.dataset.status = job.status;
}

// --- records ----------------------------------------------------------------------------

async function loadRecords() {
  const query = {
    phase: $("#filter-phase").value,
    emotion: $("#filter-emotion").value,
    source_type: $("#filter-source").value,
    language: $("#filter-language").value,
    untagged: $("#filter-untagged").checked ? "true" : "",
    limit: PAGE,
    offset: page.offset,
  };
  try {
    const answer = await api("/v1/records", { query });
    page = { total: answer.total || 0, offset: page.offset, items: answer.items || [] };
    for (const record of page.items) remember(record);
  } catch (err) {
    app.reportError(err);
  }
  renderRecords();
}

const COLUMNS = ["records.col.id", "records.col.text", "records.source", "records.language", "records.col.date", "records.phase", "records.emotion", "records.col.confidence", "records.col.correct"];

function recordRow(record) {
  const tag = record.tag;
  const cells = [
    h("td", { class: "nowrap" }, recordLink(record.id, record.external_id || record.id)),
    h("td", { class: "text-cell" }, h("span", { class: "clamp" }, record.text)),
    h("td", {}, record.source_type ? t(`source.${record.source_type}`) : t("common.none")),
    h("td", {}, record.language ? t(`lang.${record.language}`) : t("common.none")),
    h("td", { class: "nowrap" }, date(record.created_at)),
    h("td", {}, tag ? tagChips(tag.phase, null) : tagChips(null, null)),
    h("td", {}, tag ? tagChips(null, tag.emotion, { corrected: tag.corrected }) : null),
    h("td", { class: "num" }, tag && typeof tag.confidence === "number" ? `${number(tag.confidence * 100)}%` : t("common.none")),
    h("td", {}),
  ];
  // On a phone the rows become cards: each cell carries its column's name.
  cells.forEach((td, i) => td.setAttribute("data-label", t(COLUMNS[i])));
  const row = h("tr", { "data-record": record.id }, cells);
  const button = h("button", { type: "button", class: "small", "aria-expanded": "false" }, t("records.correct"));
  button.addEventListener("click", () => {
    const open = row.nextElementSibling && row.nextElementSibling.classList.contains("editor");
    if (open) {
      row.nextElementSibling.remove();
      button.setAttribute("aria-expanded", "false");
      return;
    }
    const editor = h("tr", { class: "editor" });
    const close = () => {
      editor.remove();
      button.setAttribute("aria-expanded", "false");
      button.focus();
    };
    const form = correctionForm(record, {
      onCancel: close,
      onSaved: (updated) => {
        page.items = page.items.map((r) => (r.id === updated.id ? updated : r));
        renderRecords();
        app.announce(t("records.saved", { id: updated.external_id || updated.id }));
        const again = $(`#records-table tr[data-record="${CSS.escape(updated.id)}"] button`);
        if (again) again.focus();
      },
    });
    editor.append(h("td", { colspan: String(COLUMNS.length) }, form));
    row.after(editor);
    button.setAttribute("aria-expanded", "true");
    form.querySelector("select").focus();
  });
  row.lastElementChild.append(button);
  return row;
}

function renderRecords() {
  const table = $("#records-table");
  fill(
    table,
    h("caption", { class: "sr-only" }, t("records.title")),
    h("thead", {}, h("tr", {}, COLUMNS.map((key) => h("th", { scope: "col" }, t(key))))),
    h(
      "tbody",
      {},
      page.items.length
        ? page.items.map(recordRow)
        : h("tr", {}, h("td", { colspan: String(COLUMNS.length), class: "muted" }, t("records.none"))),
    ),
  );
  const from = page.total ? page.offset + 1 : 0;
  const to = Math.min(page.offset + page.items.length, page.total);
  $("#records-page").textContent = t("records.page", { from: number(from), to: number(to), total: number(page.total) });
  $("#records-prev").disabled = page.offset === 0;
  $("#records-next").disabled = page.offset + PAGE >= page.total;
}

// --- search -----------------------------------------------------------------------------

async function search() {
  const q = $("#search-q").value.trim();
  if (!q) {
    $("#search-q").focus();
    return;
  }
  const query = {
    q,
    phase: $("#search-phase").value,
    emotion: $("#search-emotion").value,
    source_type: $("#search-source").value,
    language: $("#search-language").value,
    k: $("#search-k").value,
  };
  try {
    hits = await api("/v1/search", { query });
  } catch (err) {
    app.reportError(err);
    return;
  }
  renderHits();
}

function renderHits() {
  const list = $("#search-results");
  const status = $("#search-status");
  if (!hits) {
    fill(list);
    say(status, "");
    return;
  }
  const items = hits.hits || [];
  say(status, items.length ? t("search.count", { count: items.length }) : t("search.none"));
  fill(
    list,
    items.map((hit) => h(
      "li",
      { class: "hit" },
      h("p", { class: "hit-text" }, hit.text),
      h(
        "p",
        { class: "hit-meta" },
        recordLink(hit.record_id, hit.external_id || hit.record_id),
        " ",
        tagChips(hit.phase, hit.emotion),
        " ",
        h(
          "span",
          { class: "muted" },
          [
            hit.source_type ? t(`source.${hit.source_type}`) : null,
            hit.language ? t(`lang.${hit.language}`) : null,
            hit.created_at ? date(hit.created_at) : null,
            t("search.score", { score: number(hit.score || 0, 3) }),
          ].filter(Boolean).join(" · "),
        ),
      ),
    )),
  );
}
