// The JSON API: fetch with the caller's own credentials, errors as readable sentences.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function api(path, options = {}) {
  const init = { credentials: "same-origin", headers: { Accept: "application/json" }, ...options };
  if (options.json !== undefined) {
    init.method = init.method || "POST";
    init.headers = { ...init.headers, "Content-Type": "application/json" };
    init.body = JSON.stringify(options.json);
    delete init.json;
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    throw new ApiError(0, "The server cannot be reached. Check the connection and try again.");
  }
  let body = null;
  const type = response.headers.get("Content-Type") || "";
  if (type.includes("json")) {
    try { body = await response.json(); } catch { body = null; }
  }
  if (!response.ok) {
    const detail = body && typeof body.error === "string" ? body.error : response.statusText;
    throw new ApiError(response.status, explain(response.status, detail));
  }
  return body;
}

function explain(status, detail) {
  switch (status) {
    case 401: return "You are not signed in. Reload the page to sign in.";
    case 403: return `Not allowed: ${detail}`;
    case 404: return `Not found: ${detail}`;
    case 409: return `Not possible any more: ${detail}`;
    case 503: return "Storage is temporarily unavailable. Try again in a few seconds.";
    default: return detail || `Request failed (${status})`;
  }
}

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
