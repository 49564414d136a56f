// The one place that talks to the server: JSON in and out, the key as a Bearer header,
// errors as ApiError with the server's {"error": {"code", "message"}}.

const KEY = "journey.key";
let unauthorized = () => {};

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export function getKey() {
  try {
    return localStorage.getItem(KEY) || "";
  } catch {
    return "";
  }
}

export function setKey(value) {
  try {
    if (value) localStorage.setItem(KEY, value);
    else localStorage.removeItem(KEY);
  } catch {
    // kept for this page only
  }
}

export function onUnauthorized(fn) {
  unauthorized = fn;
}

export function url(path, query = {}) {
  const target = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === "" || value === false) continue;
    target.searchParams.set(name, String(value));
  }
  return target;
}

async function failure(response) {
  let code = `http_${response.status}`;
  let message = response.statusText || code;
  try {
    const body = await response.json();
    if (body && body.error) {
      code = body.error.code || code;
      message = body.error.message || message;
    } else if (body && body.detail) {
      message = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
    }
  } catch {
    // not JSON: keep the status text
  }
  if (response.status === 401) unauthorized();
  return new ApiError(response.status, code, message);
}

export async function request(path, { method = "GET", query, json, form, accept, signal } = {}) {
  const headers = { Accept: accept || "application/json" };
  const key = getKey();
  if (key) headers.Authorization = `Bearer ${key}`;
  let body;
  if (json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(json);
  } else if (form !== undefined) {
    body = form;
  }
  let response;
  try {
    response = await fetch(url(path, query), { method, headers, body, signal });
  } catch (err) {
    if (err && err.name === "AbortError") throw err;
    throw new ApiError(0, "network", String(err && err.message ? err.message : err));
  }
  if (!response.ok) throw await failure(response);
  return response;
}

export async function api(path, options = {}) {
  const response = await request(path, options);
  if (response.status === 204) return null;
  return response.json();
}

// A file from the server saved through a blob URL, so the key travels as a header.
export async function download(path, query, fallbackName) {
  const response = await request(path, { query, accept: "*/*" });
  const blob = await response.blob();
  const disposition = response.headers.get("Content-Disposition") || "";
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  const name = match ? decodeURIComponent(match[1]) : fallbackName;
  const href = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = href;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10000);
}

// A link that downloads with the key when there is one (a plain link works without).
export function downloadLink(el, path, query, fallbackName) {
  el.href = url(path, query).toString();
  el.setAttribute("download", fallbackName);
  el.addEventListener("click", (event) => {
    if (!getKey()) return;
    event.preventDefault();
    download(path, query, fallbackName).catch((err) => {
      el.dispatchEvent(new CustomEvent("journey-error", { bubbles: true, detail: err }));
    });
  });
  return el;
}

function parseEvent(block) {
  let event = "message";
  const data = [];
  for (const line of block.split("\n")) {
    if (!line || line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "event") event = value;
    else if (field === "data") data.push(value);
  }
  return { event, data: data.join("\n") };
}

function handle({ event, data }, onDelta) {
  if (!data) return null;
  const payload = JSON.parse(data);
  if (event === "delta") onDelta(payload.text || "");
  else if (event === "done") return payload;
  else if (event === "error") {
    const error = payload.error || payload;
    throw new ApiError(500, error.code || "internal", error.message || data);
  }
  return null;
}

// POST that answers with server-sent events: calls onDelta(text) for each `delta`,
// resolves with the `done` event's JSON.
export async function stream(path, json, onDelta) {
  const response = await request(path, { method: "POST", json, accept: "text/event-stream" });
  const type = response.headers.get("Content-Type") || "";
  if (!type.includes("text/event-stream")) return response.json();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let result = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let held = "";
    if (buffer.endsWith("\r")) {
      held = "\r";
      buffer = buffer.slice(0, -1);
    }
    buffer = buffer.replace(/\r\n?/g, "\n");
    let end = buffer.indexOf("\n\n");
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      end = buffer.indexOf("\n\n");
      result = handle(parseEvent(block), onDelta) ?? result;
    }
    buffer += held;
  }
  if (buffer.trim()) result = handle(parseEvent(buffer.replace(/\r\n?/g, "\n")), onDelta) ?? result;
  if (result === null) throw new ApiError(0, "stream", "the stream ended without an answer");
  return result;
}
