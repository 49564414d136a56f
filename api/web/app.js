// Start-up: the session (dev banner or key prompt), the language toggle, the three views
// behind #audit, #data and #backlog, and one place that shows errors and confirmations.

import { api, getKey, onUnauthorized, setKey } from "./api.js";
import * as audit from "./audit.js";
import * as backlog from "./backlog.js";
import * as data from "./data.js";
import { $, fill, h } from "./dom.js";
import { applyStatic, lang, LANGS, onLangChange, setLang, t } from "./i18n.js";
import { loadKnowledge } from "./knowledge.js";
import { openRecord, setErrorReporter } from "./records.js";

const VIEWS = {
  audit: { init: audit.initAudit, show: audit.showAudit, render: audit.render },
  data: { init: data.initData, show: data.showData, render: data.render },
  backlog: { init: backlog.initBacklog, show: backlog.showBacklog, render: backlog.render },
};

let session = null;
let started = false;
let current = null;
let toastTimer = null;

const app = {
  lang,
  reportError,
  announce,
  currentAudit: audit.currentAudit,
};

function message(err) {
  if (err && err.code === "network") return t("error.network");
  return t("error.generic", { message: (err && err.message) || String(err) });
}

function showToast(text, kind) {
  const toast = $("#toast");
  clearTimeout(toastTimer);
  toast.dataset.kind = kind;
  fill(
    toast,
    h("p", {}, text),
    h("button", { type: "button", class: "small", onclick: () => { toast.hidden = true; } }, t("common.close")),
  );
  toast.hidden = false;
  if (kind !== "error") toastTimer = setTimeout(() => { toast.hidden = true; }, 6000);
}

function reportError(err) {
  if (err && err.status === 401) return; // the key prompt says it
  showToast(message(err), "error");
}

function announce(text) {
  showToast(text, "ok");
}

function llmLine(llm) {
  if (!llm) return t("session.offline");
  return typeof llm === "string" ? t("session.llm", { llm }) : t("session.llmOn");
}

function renderSession() {
  const banner = $("#dev-banner");
  const info = $("#session-info");
  if (!session) {
    banner.hidden = true;
    fill(info);
    return;
  }
  banner.hidden = !session.dev;
  banner.textContent = session.dev ? t("dev.banner", { workspace: session.workspace }) : "";
  fill(
    info,
    h("span", {}, t("session.workspace", { workspace: session.workspace })),
    h("span", { class: "muted" }, llmLine(session.llm)),
    session.version ? h("span", { class: "muted" }, `v${session.version}`) : null,
  );
  $("#key-forget").hidden = !getKey();
}

function renderLangButtons() {
  for (const button of document.querySelectorAll("[data-lang]")) {
    button.setAttribute("aria-pressed", String(button.dataset.lang === lang()));
  }
}

function askForKey(rejected) {
  const dialog = $("#key-dialog");
  $("#key-error").textContent = rejected ? t("key.bad") : "";
  $("#key-error").hidden = !rejected;
  if (!dialog.open) dialog.showModal();
  $("#key-input").focus();
}

async function connect() {
  try {
    session = await api("/v1/session");
  } catch (err) {
    if (err.status === 401) askForKey(Boolean(getKey()));
    else reportError(err);
    return;
  }
  renderSession();
  try {
    await loadKnowledge();
  } catch (err) {
    reportError(err);
  }
  if (!started) {
    started = true;
    for (const view of Object.values(VIEWS)) view.init(app);
  }
  route(false);
}

function viewFromHash() {
  const name = window.location.hash.replace(/^#/, "").split("/")[0];
  return name in VIEWS ? name : null;
}

function route(moveFocus = true) {
  if (!started) return;
  const hash = window.location.hash.replace(/^#/, "");
  if (hash.startsWith("record/")) {
    openRecord(decodeURIComponent(hash.slice("record/".length)));
  }
  const name = viewFromHash() || current || "audit";
  const changed = name !== current;
  current = name;
  for (const key of Object.keys(VIEWS)) {
    $(`#view-${key}`).hidden = key !== name;
    const link = $(`nav a[data-view="${key}"]`);
    if (key === name) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  if (changed) {
    VIEWS[name].show().catch(reportError);
    if (moveFocus) $(`#view-${name} h1`).focus();
  }
}

function wire() {
  for (const button of document.querySelectorAll("[data-lang]")) {
    button.addEventListener("click", () => setLang(button.dataset.lang));
  }
  onLangChange(async () => {
    renderLangButtons();
    renderSession();
    try {
      await loadKnowledge();
    } catch (err) {
      reportError(err);
    }
    if (started) for (const view of Object.values(VIEWS)) view.render();
  });
  window.addEventListener("hashchange", () => route(true));
  document.addEventListener("journey-error", (event) => reportError(event.detail));
  $("#key-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const value = $("#key-input").value.trim();
    if (!value) return;
    setKey(value);
    $("#key-input").value = "";
    $("#key-dialog").close();
    connect();
  });
  $("#key-forget").addEventListener("click", () => {
    setKey("");
    window.location.reload();
  });
  for (const dialog of document.querySelectorAll("dialog.closable")) {
    dialog.querySelector(".dialog-close").addEventListener("click", () => dialog.close());
  }
  $("#record-dialog").addEventListener("close", () => {
    if (window.location.hash.startsWith("#record/")) {
      window.history.replaceState(null, "", `#${current || "audit"}`);
    }
  });
  setErrorReporter(reportError);
  onUnauthorized(() => askForKey(true));
}

function boot() {
  if (!LANGS.includes(lang())) setLang("en");
  applyStatic();
  renderLangButtons();
  wire();
  connect();
}

boot();
