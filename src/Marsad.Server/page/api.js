// The page's calls to the API: JSON in and out; a problem+json answer becomes an Error with its detail.
export async function api(path, options = {}) {
  const headers = { Accept: "application/json", ...(options.headers ?? {}) };
  const token = sessionStorage.getItem("marsad.token");
  if (token && options.method === "POST") headers.Authorization = `Bearer ${token}`;
  const response = await fetch(path, { ...options, headers });
  const type = response.headers.get("Content-Type") ?? "";
  const body = type.includes("json") ? await response.json() : await response.text();
  if (!response.ok) {
    throw new Error(typeof body === "object" ? `${body.status} ${body.title}: ${body.detail ?? ""}` : `${response.status}`);
  }
  return body;
}

/** An element with text content (never markup) and classes. */
export function el(tag, text, ...classes) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const c of classes) if (c) node.classList.add(c);
  return node;
}

/** The body with the given spans highlighted: text nodes and <mark> elements only, so article text never becomes markup. */
export function highlighted(body, spans, currentIndex = -1) {
  const container = el("div", null, "article");
  container.dir = "rtl";
  container.lang = "ar";
  const sorted = spans.map((s, i) => ({ ...s, i })).filter((s) => s.start >= 0 && s.end <= body.length && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) continue;
    container.append(document.createTextNode(body.slice(at, span.start)));
    const mark = el("mark", body.slice(span.start, span.end), "evidence", span.i === currentIndex ? "current" : null);
    mark.dataset.start = span.start;
    container.append(mark);
    at = span.end;
  }
  container.append(document.createTextNode(body.slice(at)));
  return container;
}
