// Phase and emotion lists from the knowledge base (GET /v1/knowledge/...), in the UI's
// language: the record filters, the correction form and names on the map read them.

import { api } from "./api.js";
import { lang, t } from "./i18n.js";

const DEFAULT_MODEL = "journey7";
let phases = [];
let emotions = [];
let loadedFor = null;

export function label(item, language = lang()) {
  if (!item) return "";
  const name = item.name ?? item.label ?? item.title;
  if (typeof name === "string") return name;
  if (name && typeof name === "object") return name[language] || name.en || name.nl || item.id;
  return item.id;
}

export async function loadKnowledge(force = false) {
  const language = lang();
  if (!force && loadedFor === language) return;
  const [models, feelings] = await Promise.all([
    api("/v1/knowledge/phase-models", { query: { lang: language } }),
    api("/v1/knowledge/emotions", { query: { lang: language } }),
  ]);
  const list = (models && models.items) || [];
  const model = list.find((m) => m.id === DEFAULT_MODEL) || list.find((m) => m.default) || list[0];
  phases = model && Array.isArray(model.phases) ? model.phases : [];
  let items = (feelings && feelings.items) || [];
  if (items.length === 1 && Array.isArray(items[0].emotions)) items = items[0].emotions;
  emotions = items;
  loadedFor = language;
}

export function phaseOptions() {
  return phases.map((p) => [p.id, label(p)]);
}

export function emotionOptions() {
  return emotions.map((e) => [e.id, label(e)]);
}

export function phaseName(id) {
  if (!id) return t("common.none");
  if (id === "unknown") return t("phase.unknown");
  const found = phases.find((p) => p.id === id);
  return found ? label(found) : id;
}

export function emotionName(id) {
  if (!id) return t("common.none");
  const found = emotions.find((e) => e.id === id);
  return found ? label(found) : id;
}

export function emotionValence(id) {
  const found = emotions.find((e) => e.id === id);
  return found && typeof found.valence === "number" ? found.valence : 0;
}
