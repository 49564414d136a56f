// One record: fetched once and cached, its tag as chips, the correction form, and the
// record dialog that links from the evidence panel, search and the backlog open.

import { api } from "./api.js";
import { $, fill, h, nextId, options } from "./dom.js";
import { date, number, t } from "./i18n.js";
import { emotionName, emotionOptions, emotionValence, phaseName, phaseOptions } from "./knowledge.js";

const cache = new Map();
let reportError = (err) => console.warn(err);

export function setErrorReporter(fn) {
  reportError = fn;
}

export function getRecord(id) {
  if (!cache.has(id)) {
    const pending = api(`/v1/records/${encodeURIComponent(id)}`);
    pending.catch(() => cache.delete(id));
    cache.set(id, pending);
  }
  return cache.get(id);
}

export function remember(record) {
  cache.set(record.id, Promise.resolve(record));
}

function tone(emotion) {
  const valence = emotionValence(emotion);
  if (valence > 0) return "positive";
  if (valence < 0) return "negative";
  return "neutral";
}

export function tagChips(phase, emotion, { confidence, corrected } = {}) {
  if (!phase && !emotion) return h("span", { class: "chip muted" }, t("records.notTagged"));
  return h(
    "span",
    { class: "chips" },
    phase ? h("span", { class: "chip phase" }, phaseName(phase)) : null,
    emotion ? h("span", { class: `chip emotion ${tone(emotion)}` }, emotionName(emotion)) : null,
    typeof confidence === "number"
      ? h("span", { class: "chip muted" }, `${number(confidence * 100)}%`)
      : null,
    corrected ? h("span", { class: "chip corrected" }, t("records.corrected")) : null,
  );
}

export function recordTag(record) {
  const tag = record && record.tag;
  if (!tag) return tagChips(null, null);
  return tagChips(tag.phase, tag.emotion, { confidence: tag.confidence, corrected: tag.corrected });
}

export function recordLink(id, text) {
  return h(
    "a",
    {
      href: `#record/${encodeURIComponent(id)}`,
      class: "record-link",
      onclick: (event) => {
        event.preventDefault();
        openRecord(id);
      },
    },
    text ?? t("evidence.record", { id }),
  );
}

// A form with phase and emotion selects; calls onSaved(record) after the POST.
export function correctionForm(record, { onSaved, onCancel } = {}) {
  const phaseId = nextId("fix-phase");
  const emotionId = nextId("fix-emotion");
  const phase = options(h("select", { id: phaseId, name: "phase", required: true }), phaseOptions(), {
    value: record.tag ? record.tag.phase : "",
  });
  const emotion = options(h("select", { id: emotionId, name: "emotion", required: true }), emotionOptions(), {
    value: record.tag ? record.tag.emotion : "",
  });
  const save = h("button", { type: "submit", class: "primary" }, t("common.save"));
  const form = h(
    "form",
    {
      class: "correction",
      "aria-label": t("records.correctLabel", { id: record.external_id || record.id }),
    },
    h("label", { for: phaseId }, t("records.phase")),
    phase,
    h("label", { for: emotionId }, t("records.emotion")),
    emotion,
    save,
    onCancel ? h("button", { type: "button", onclick: onCancel }, t("common.cancel")) : null,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    save.disabled = true;
    try {
      const updated = await api(`/v1/records/${encodeURIComponent(record.id)}/corrections`, {
        method: "POST",
        json: { phase: phase.value, emotion: emotion.value },
      });
      remember(updated);
      if (onSaved) onSaved(updated);
    } catch (err) {
      reportError(err);
    } finally {
      save.disabled = false;
    }
  });
  return form;
}

function detail(name, value) {
  if (value === null || value === undefined || value === "") return null;
  return [h("dt", {}, name), h("dd", {}, value)];
}

function recordBody(record, dialog) {
  const tag = record.tag;
  const status = h("p", { class: "status", role: "status" });
  return [
    h("h2", { id: "record-dialog-title" }, t("record.title", { id: record.external_id || record.id })),
    h("p", { class: "record-text" }, record.text),
    h(
      "dl",
      { class: "facts" },
      detail(t("record.external"), record.external_id),
      detail(t("records.source"), record.source_type ? t(`source.${record.source_type}`) : null),
      detail(t("records.language"), record.language ? t(`lang.${record.language}`) : null),
      detail(t("records.col.date"), record.created_at ? date(record.created_at) : null),
      detail(t("record.rating"), record.rating ?? null),
      detail(
        t("record.tag"),
        h("span", {}, recordTag(record), tag && tag.source
          ? h("span", { class: "muted" }, ` ${t("record.taggedBy", { source: tag.source })}`)
          : null),
      ),
      tag && tag.evidence ? detail(t("record.evidence"), h("q", {}, tag.evidence)) : null,
    ),
    correctionForm(record, {
      onSaved: (updated) => {
        fill(dialog.querySelector(".dialog-body"), recordBody(updated, dialog));
        const line = dialog.querySelector(".status");
        if (line) line.textContent = t("records.saved", { id: updated.external_id || updated.id });
        document.dispatchEvent(new CustomEvent("journey-record-changed", { detail: updated }));
      },
    }),
    status,
  ];
}

export async function openRecord(id) {
  const dialog = $("#record-dialog");
  const body = dialog.querySelector(".dialog-body");
  fill(body, h("p", {}, t("common.loading")));
  if (!dialog.open) dialog.showModal();
  try {
    const record = await getRecord(id);
    fill(body, recordBody(record, dialog));
  } catch (err) {
    dialog.close();
    reportError(err);
  }
}
