// Building DOM nodes from data. Text always goes in as text nodes (never as HTML), so
// whatever a customer or user wrote is shown, not interpreted.

const SVG_NS = "http://www.w3.org/2000/svg";

function setAttrs(el, attrs) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") el.setAttribute("class", value);
    else if (name === "text") el.textContent = value;
    else if (name === "dataset") Object.assign(el.dataset, value);
    else if (name.startsWith("on") && typeof value === "function") {
      el.addEventListener(name.slice(2), value);
    } else if (value === true) el.setAttribute(name, "");
    else el.setAttribute(name, String(value));
  }
}

function appendAll(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
}

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  appendAll(el, children);
  return el;
}

export function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  appendAll(el, children);
  return el;
}

export function $(selector, root = document) {
  return root.querySelector(selector);
}

export function fill(el, ...children) {
  el.replaceChildren();
  appendAll(el, children);
  return el;
}

export function options(select, items, { value, blank } = {}) {
  const keep = value ?? select.value;
  fill(
    select,
    blank === undefined ? null : h("option", { value: "" }, blank),
    items.map(([id, label]) => h("option", { value: id }, label)),
  );
  if ([...select.options].some((o) => o.value === keep)) select.value = keep;
  return select;
}

// A small status line (role=status) that a view writes progress and results to.
export function say(el, text, kind = "info") {
  el.textContent = text;
  el.dataset.kind = kind;
}

// The assistant's replies mark a few words as **bold** or `code`: shown as such, still
// as text nodes (nothing in the reply is read as HTML).
export function richText(text) {
  const parts = String(text).split(/(\*\*[^*\n]+\*\*|`[^`\n]+`)/);
  return parts.map((part) => {
    if (part.length > 4 && part.startsWith("**") && part.endsWith("**")) return h("strong", {}, part.slice(2, -2));
    if (part.length > 2 && part.startsWith("`") && part.endsWith("`")) return h("code", {}, part.slice(1, -1));
    return part;
  });
}

let uid = 0;
export function nextId(prefix) {
  uid += 1;
  return `${prefix}-${uid}`;
}

// A value kept in the browser across reloads; private windows may refuse: then it is not kept.
export function keepValue(key, value) {
  try {
    if (value) localStorage.setItem(key, value);
    else localStorage.removeItem(key);
  } catch {
    // not remembered across reloads then
  }
}

export function keptValue(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
