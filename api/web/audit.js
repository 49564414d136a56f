// The audit view: the chat, the evidence panel beside it and the journey map below,
// all drawn from the Audit the server returns after every message.

import { api, ApiError, downloadLink, stream } from "./api.js";
import { curveTicks, emotionCurve } from "./charts.js";
import { $, fill, h, keepValue, keptValue, options, richText } from "./dom.js";
import { has, number, signed, t } from "./i18n.js";
import { emotionName } from "./knowledge.js";
import { getRecord, recordLink, recordTag } from "./records.js";

const STORE = "journey.audit";
const LANES = ["touchpoints", "actions", "questions", "emotion", "pain_points", "opportunities", "kpis", "backstage"];
const OPTIONAL_LANES = new Set(["questions", "backstage"]);
const MAP_FORMATS = [["md", "md"], ["html", "html"], ["json", "json"], ["csv", "csv"], ["mermaid", "mmd"]];
const MAX_TAGGED_QUOTES = 40;

let app;
let audit = null;
let audits = [];
let busy = false;

function keep(id) {
  keepValue(STORE, id);
}

function kept() {
  return keptValue(STORE);
}

export function initAudit(context) {
  app = context;
  $("#audit-new").addEventListener("click", () => startAudit());
  $("#audit-load").addEventListener("click", () => {
    const id = $("#audit-list").value;
    if (id) openAudit(id);
  });
  $("#composer").addEventListener("submit", (event) => {
    event.preventDefault();
    send();
  });
  $("#chat-input").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      send();
    }
  });
  render();
}

export async function showAudit() {
  await refreshList();
  if (!audit) {
    const id = kept();
    if (id && audits.some((a) => a.id === id)) await openAudit(id);
  }
  render();
}

export function currentAudit() {
  return audit;
}

async function refreshList() {
  try {
    const answer = await api("/v1/audits");
    audits = (answer && answer.items) || [];
  } catch (err) {
    app.reportError(err);
  }
  renderList();
}

function renderList() {
  const items = audits.map((a) => [
    a.id,
    t("audit.item", { goal: a.goal || t("audit.untitled"), id: a.id }) + (a.finished ? " ✓" : ""),
  ]);
  options($("#audit-list"), items, { blank: t("audit.pick"), value: audit ? audit.id : "" });
  $("#audit-load").disabled = audits.length === 0;
}

async function startAudit() {
  if (busy) return;
  busy = true;
  setBusy(true);
  try {
    audit = await api("/v1/audits", { method: "POST", json: { lang: app.lang() } });
    keep(audit.id);
    render();
    refreshList();
    $("#chat-input").focus();
  } catch (err) {
    app.reportError(err);
  } finally {
    busy = false;
    setBusy(false);
  }
}

async function openAudit(id) {
  try {
    audit = await api(`/v1/audits/${encodeURIComponent(id)}`);
    keep(audit.id);
    render();
  } catch (err) {
    app.reportError(err);
  }
}

function setBusy(on) {
  const finished = !audit || audit.finished;
  $("#chat-input").disabled = finished;
  $("#composer button[type=submit]").disabled = on || finished;
  $("#composer").setAttribute("aria-busy", on ? "true" : "false");
}

function bubble(role, text) {
  return h(
    "li",
    { class: `msg ${role}` },
    h("span", { class: "who" }, role === "user" ? t("audit.you") : t("audit.assistant")),
    h("p", { class: "text" }, role === "user" ? text : richText(text)),
  );
}

function scrollDown() {
  const list = $("#messages");
  list.scrollTop = list.scrollHeight;
}

async function send() {
  const input = $("#chat-input");
  const text = input.value.trim();
  if (!text || busy || !audit || audit.finished) return;
  busy = true;
  setBusy(true);
  input.value = "";
  const list = $("#messages");
  const mine = bubble("user", text);
  const theirs = bubble("assistant", t("audit.waiting"));
  theirs.classList.add("pending");
  list.append(mine, theirs);
  scrollDown();
  const id = encodeURIComponent(audit.id);
  let got = "";
  try {
    let answer;
    try {
      answer = await stream(`/v1/audits/${id}/messages/stream`, { text }, (delta) => {
        got += delta;
        theirs.querySelector(".text").textContent = got;
        scrollDown();
      });
    } catch (err) {
      const noStream = err instanceof ApiError && (err.status === 404 || err.status === 405 || err.code === "stream");
      if (got || !noStream) throw err;
      answer = await api(`/v1/audits/${id}/messages`, { method: "POST", json: { text } });
    }
    const before = audit.step;
    audit = answer;
    render();
    if (audit.finished || before !== audit.step) refreshList(); // the list shows goal and state
  } catch (err) {
    mine.remove();
    theirs.remove();
    input.value = text;
    app.reportError(err);
  } finally {
    busy = false;
    setBusy(false);
    if (!input.disabled) input.focus();
  }
}

export function render() {
  renderList();
  renderChat();
  renderEvidence();
  renderMap();
  setBusy(busy);
}

function renderChat() {
  const list = $("#messages");
  const note = $("#audit-step");
  if (!audit) {
    fill(list);
    note.dataset.step = "";
    note.textContent = t("audit.none");
    return;
  }
  const messages = (audit.messages || []).map((m) => ({ role: m.role, text: m.text }));
  const reply = audit.reply && audit.reply.text;
  if (reply && (!messages.length || messages[messages.length - 1].text !== reply)) {
    messages.push({ role: "assistant", text: reply });
  }
  fill(list, messages.map((m) => bubble(m.role === "user" ? "user" : "assistant", m.text)));
  note.dataset.step = audit.finished ? "finished" : audit.step;
  const step = has(`step.${audit.step}`) ? t(`step.${audit.step}`) : audit.step;
  note.textContent = audit.finished ? t("audit.finished") : t("audit.step", { step });
  scrollDown();
}

// --- evidence --------------------------------------------------------------------------

function evidencePhases(map) {
  return (map.phases || []).filter((p) => {
    const quotes = (p.pain_points || []).some((pp) => (pp.quotes || []).length);
    return (p.emotion && p.emotion.data_count > 0) || quotes;
  });
}

function renderEvidence() {
  const box = $("#evidence");
  const map = audit && audit.map;
  const phases = map ? evidencePhases(map) : [];
  if (!phases.length) {
    fill(box, h("p", { class: "muted" }, t("evidence.empty")));
    return;
  }
  const tagged = [];
  fill(
    box,
    phases.map((phase) => {
      const emotion = phase.emotion || {};
      const mix = Object.entries(emotion.mix || {}).sort((a, b) => b[1] - a[1]);
      const pains = (phase.pain_points || []).filter((pp) => pp.source.accepted !== false);
      return h(
        "section",
        { class: "ev-phase" },
        h("h3", {}, phase.name),
        h(
          "p",
          { class: "meta" },
          t("evidence.records", { count: emotion.data_count || 0 }),
          emotion.data === null || emotion.data === undefined
            ? null
            : ` · ${t("evidence.mood", { value: signed(emotion.data) })}`,
        ),
        mix.length
          ? h("ul", { class: "chips mix" }, mix.map(([id, count]) => h("li", { class: "chip" }, `${emotionName(id)} ${count}`)))
          : null,
        pains.length
          ? h(
            "ul",
            { class: "pains" },
            pains.map((pp) => h(
              "li",
              {},
              h(
                "p",
                { class: "pain" },
                pp.text,
                pp.count ? h("span", { class: "count" }, ` ${t("map.times", { count: pp.count })}`) : null,
                pp.share ? h("span", { class: "muted" }, ` · ${t("evidence.share", { percent: number(pp.share * 100) })}`) : null,
              ),
              (pp.quotes || []).length
                ? h(
                  "ul",
                  { class: "quotes" },
                  pp.quotes.map((q) => {
                    const tags = h("span", { class: "tags" });
                    tagged.push([q.record_id, tags]);
                    return h(
                      "li",
                      {},
                      h("blockquote", {}, q.text),
                      h("p", { class: "quote-meta" }, recordLink(q.record_id), " ", tags),
                    );
                  }),
                )
                : null,
            )),
          )
          : null,
      );
    }),
  );
  for (const [id, slot] of tagged.slice(0, MAX_TAGGED_QUOTES)) {
    getRecord(id).then((record) => fill(slot, recordTag(record))).catch(() => {});
  }
}

// --- map ------------------------------------------------------------------------------

function provenance(source) {
  const kind = (source && source.kind) || "asserted";
  return h("span", { class: `prov ${kind}`, title: t(`prov.title.${kind}`) }, t(`prov.${kind}`));
}

function visible(items) {
  return (items || []).filter((item) => !item.source || item.source.accepted !== false);
}

function laneItems(phase, lane) {
  if (lane === "emotion") {
    const e = phase.emotion || {};
    return h(
      "dl",
      { class: "emotion-cell" },
      h("dt", {}, t("map.team")),
      h("dd", {}, e.user === null || e.user === undefined ? t("common.none") : signed(e.user, 0)),
      h("dt", {}, t("map.data")),
      h("dd", {}, e.data === null || e.data === undefined ? t("common.none") : `${signed(e.data)} (${e.data_count || 0})`),
    );
  }
  const items = visible(phase[lane]);
  if (!items.length) return null;
  return h(
    "ul",
    { class: "lane-items" },
    items.map((item) => h(
      "li",
      {},
      h("span", { class: "item-text" }, item.text),
      lane === "pain_points" && item.count ? h("span", { class: "count" }, ` ${t("map.times", { count: item.count })}`) : null,
      lane === "opportunities" && item.impact && item.effort
        ? h("span", { class: "muted" }, ` (${t("map.scores", { impact: item.impact, effort: item.effort })})`)
        : null,
      lane === "touchpoints" && item.owner ? h("span", { class: "muted" }, ` · ${t("map.owner", { owner: item.owner.text })}`) : null,
      " ",
      provenance(item.source),
    )),
  );
}

function renderMap() {
  const box = $("#journey-map");
  const downloads = $("#map-downloads");
  const map = audit && audit.map;
  if (!map || !(map.phases || []).length) {
    fill(box, h("p", { class: "muted" }, t("map.empty")));
    fill(downloads);
    if (map && audit) renderDownloads(downloads);
    return;
  }
  renderDownloads(downloads);
  const phases = map.phases;
  const lanes = LANES.filter((lane) => !OPTIONAL_LANES.has(lane) || phases.some((p) => visible(p[lane]).length));
  const facts = [["map.goal", map.goal], ["map.persona", map.persona], ["map.scenario", map.scenario]]
    .filter(([, element]) => element && element.text);
  const curve = phases.map((p) => ({
    name: p.name,
    user: p.emotion ? p.emotion.user : null,
    data: p.emotion ? p.emotion.data : null,
  }));
  fill(
    box,
    facts.length
      ? h("dl", { class: "map-facts" }, facts.map(([key, element]) => [h("dt", {}, t(key)), h("dd", {}, element.text, " ", provenance(element.source))]))
      : null,
    h(
      "p",
      { class: "legend" },
      t("map.curve"),
      " ",
      h("span", { class: "key team", "aria-hidden": "true" }),
      ` ${t("map.team")} `,
      h("span", { class: "key data", "aria-hidden": "true" }),
      ` ${t("map.data")}`,
    ),
    h(
      "div",
      { class: "scroll map-scroll", tabindex: "0", role: "region", "aria-label": t("map.title") },
      h(
        "table",
        { class: "journey-map", style: `min-width: ${10.5 + 10 * phases.length}rem` },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, t("map.lane")),
            phases.map((p) => h(
              "th",
              { scope: "col", class: p.skipped ? "skipped" : null },
              p.name,
              p.skipped ? h("span", { class: "muted" }, ` (${t("map.skipped")})`) : null,
            )),
          ),
        ),
        h(
          "tbody",
          {},
          lanes.map((lane) => [
            h(
              "tr",
              { class: `lane lane-${lane}` },
              h("th", { scope: "row" }, t(`map.lane.${lane}`)),
              phases.map((p) => h("td", { class: p.skipped ? "skipped" : null }, laneItems(p, lane))),
            ),
            lane === "emotion"
              ? h(
                "tr",
                { class: "lane lane-curve" },
                h("th", { scope: "row" }, h("span", { class: "sr-only" }, t("map.curve")), curveTicks()),
                h("td", { colspan: String(phases.length) }, emotionCurve(curve)),
              )
              : null,
          ]),
        ),
      ),
    ),
  );
}

function renderDownloads(box) {
  const id = audit.id;
  fill(
    box,
    h("span", { class: "label" }, t("audit.downloadMap")),
    MAP_FORMATS.map(([format, ext]) => downloadLink(
      h("a", { class: "button small" }, t(`export.${format}`)),
      `/v1/audits/${encodeURIComponent(id)}/map`,
      { format },
      `${id}.${ext}`,
    )),
  );
}
