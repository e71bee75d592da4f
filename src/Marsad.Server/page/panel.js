// The event panel: the event's fields, every source with its article (evidence highlighted), the reviews and the review form.
import { api, el, highlighted } from "./api.js";
import { t, typeLabel, modalityLabel } from "./i18n.js";

let vocabulary = { types: [], modalities: [], actors: [] };
export function setVocabulary(v) { vocabulary = v; }

const safeUrl = (url) => (typeof url === "string" && /^https?:\/\//i.test(url) ? url : null);

function fields(entries) {
  const dl = el("dl", null, "fields");
  for (const [label, value] of entries) {
    dl.append(el("dt", t(label)), el("dd", value ?? "—"));
  }
  return dl;
}

function place(e) {
  if (!e.location_name) return null;
  return [e.location_name, e.admin1, e.country].filter(Boolean).join("، ") + (e.location_precision ? ` (${e.location_precision})` : "");
}

export async function showEvent(panel, id, onReviewed) {
  panel.replaceChildren(el("p", t("loading"), "muted"));
  let detail;
  try {
    detail = await api(`/api/events/${encodeURIComponent(id)}`);
  } catch (error) {
    panel.replaceChildren(el("p", t("failed") + error.message, "status", "error"));
    return;
  }
  const e = detail.event;
  panel.replaceChildren();
  panel.dataset.eventId = e.id;
  const heading = el("h2", `${typeLabel(e.type)} · ${modalityLabel(e.modality)}`);
  if (e.review) heading.append(" ", el("span", t(e.review), "badge", e.review));
  panel.append(heading);
  panel.append(fields([
    ["actor1", e.actor1], ["actor2", e.actor2], ["place", place(e)],
    ["date", e.date_value ? `${e.date_value} (${e.date_precision})` : t("unknown")],
    ["fatalities", e.fatalities], ["confidence", e.confidence],
  ]));
  if (e.reviewed_by) panel.append(el("p", `${t("review")}: ${t(e.review)} — ${e.reviewed_by}, ${e.reviewed_at}`, "muted", "review-line"));

  panel.append(el("h3", `${t("sources")} (${detail.sources.length})`));
  for (const source of detail.sources) {
    const box = el("div", null, "source");
    const d = source.document;
    box.append(el("h4", d.title ?? d.source ?? `#${d.id}`));
    const meta = el("p", [d.source, d.published, d.author ? `${t("by")} ${d.author}` : null].filter(Boolean).join(" · "), "muted");
    const url = safeUrl(d.url);
    if (url) {
      const link = el("a", t("open_url"));
      link.href = url;
      link.rel = "noopener noreferrer";
      link.target = "_blank";
      meta.append(" · ", link);
    }
    box.append(meta);
    const m = source.mention;
    box.append(el("p", `${t("evidence")}: «${m.evidence.text}»`, "evidence-line"));
    if (m.attribution) box.append(el("p", `${t("attribution")}: ${m.attribution}`, "muted"));
    const article = highlighted(d.body, [m.evidence], 0);
    box.append(article);
    panel.append(box);
    requestAnimationFrame(() => article.querySelector("mark")?.scrollIntoView({ block: "center" }));
  }

  if (detail.reviews.length) {
    panel.append(el("h3", t("reviews")));
    const list = el("ul");
    for (const r of detail.reviews) {
      list.append(el("li", `${r.reviewed_at} · ${r.reviewer} · ${t(r.status)}${r.note ? " — " + r.note : ""}`));
    }
    panel.append(list);
  }
  panel.append(reviewForm(e, onReviewed));
}

function select(name, options, current, blank) {
  const s = el("select");
  s.name = name;
  if (blank) s.append(new Option(blank, ""));
  for (const [value, label] of options) s.append(new Option(label, value));
  s.value = current ?? "";
  return s;
}

function reviewForm(e, onReviewed) {
  const form = el("form", null, "review");
  form.noValidate = true;
  form.append(el("h3", t("review")));
  const actions = el("div", null, "actions");
  for (const action of ["confirm", "correct", "reject"]) {
    const label = el("label");
    const radio = el("input");
    radio.type = "radio";
    radio.name = "action";
    radio.value = action;
    radio.checked = action === "confirm";
    label.append(radio, " ", t(action));
    actions.append(label);
  }
  form.append(actions);

  const grid = el("fieldset");
  const add = (label, input) => grid.append(el("label", t(label)), input);
  const reviewer = el("input");
  reviewer.name = "reviewer";
  reviewer.value = localStorage.getItem("marsad.reviewer") ?? "";
  add("reviewer", reviewer);
  const actorOptions = vocabulary.actors.map((a) => [a.id, `${a.id} — ${a.name}`]);
  const type = select("type", vocabulary.types.map((x) => [x, typeLabel(x)]), e.type);
  const modality = select("modality", vocabulary.modalities.map((x) => [x, modalityLabel(x)]), e.modality);
  const actor1 = select("actor1", [["-", t("none")], ...actorOptions], e.actor1 ?? "-");
  const actor2 = select("actor2", [["-", t("none")], ...actorOptions], e.actor2 ?? "-");
  for (const s of [actor1, actor2]) {
    const current = s.name === "actor1" ? e.actor1 : e.actor2;
    if (current && ![...s.options].some((o) => o.value === current)) s.append(new Option(current, current));
    s.value = current ?? "-";
  }
  add("type", type);
  add("modality", modality);
  add("actor1", actor1);
  add("actor2", actor2);
  const placeSearch = el("input");
  placeSearch.name = "place_search";
  placeSearch.placeholder = t("place_search");
  placeSearch.value = e.location_name ?? "";
  const place = select("place", [], "", t("keep"));
  placeSearch.addEventListener("change", async () => {
    try {
      const found = await api(`/api/places?q=${encodeURIComponent(placeSearch.value)}`);
      place.replaceChildren(new Option(t("keep"), ""));
      for (const p of found.places) {
        place.append(new Option(`${p.name} — ${p.admin1 || ""} ${p.country} (${p.type})`, p.gazetteer_id));
      }
      if (found.places.length) place.value = found.places[0].gazetteer_id;
    } catch (error) {
      status.textContent = t("failed") + error.message;
    }
  });
  add("place", placeSearch);
  grid.append(el("span"), place);
  const date = el("input");
  date.name = "date";
  date.placeholder = "YYYY-MM-DD";
  date.value = e.date_value ?? "";
  add("date", date);
  const fatalities = el("input");
  fatalities.name = "fatalities";
  fatalities.type = "number";
  fatalities.min = "0";
  fatalities.value = e.fatalities ?? "";
  add("fatalities", fatalities);
  const note = el("input");
  note.name = "note";
  add("note", note);
  const token = el("input");
  token.name = "token";
  token.type = "password";
  token.value = sessionStorage.getItem("marsad.token") ?? "";
  add("token", token);
  form.append(grid);
  const save = el("button", t("save"));
  save.type = "submit";
  const status = el("p", "", "status");
  form.append(save, status);

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const action = form.querySelector("input[name=action]:checked").value;
    localStorage.setItem("marsad.reviewer", reviewer.value.trim());
    if (token.value.trim()) sessionStorage.setItem("marsad.token", token.value.trim());
    else sessionStorage.removeItem("marsad.token");
    const body = { action, reviewer: reviewer.value.trim() };
    if (note.value.trim()) body.note = note.value.trim();
    if (action === "correct") {
      const changed = {};
      if (type.value !== e.type) changed.type = type.value;
      if (modality.value !== e.modality) changed.modality = modality.value;
      const a1 = actor1.value === "-" ? null : actor1.value;
      const a2 = actor2.value === "-" ? null : actor2.value;
      if (a1 !== (e.actor1 ?? null)) changed.actor1 = a1;
      if (a2 !== (e.actor2 ?? null)) changed.actor2 = a2;
      if (place.value && place.value !== e.gazetteer_id) changed.place = place.value;
      const d = date.value.trim() || null;
      if (d !== (e.date_value ?? null)) changed.date = d;
      const f = fatalities.value === "" ? null : Number(fatalities.value);
      if (f !== (e.fatalities ?? null)) changed.fatalities = f;
      body.fields = changed;
    }
    status.classList.remove("error");
    status.textContent = t("loading");
    try {
      await api(`/api/events/${encodeURIComponent(e.id)}/review`, {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
      });
      status.textContent = t("saved");
      onReviewed(e.id);
    } catch (error) {
      status.classList.add("error");
      status.textContent = t("failed") + error.message;
    }
  });
  return form;
}
