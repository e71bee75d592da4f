// The map page: events from /api/events on an offline basemap, filters, a brushable timeline,
// the event panel with the review form, and a box to paste an article.
import { api, el, highlighted } from "./api.js";
import { t, typeLabel, modalityLabel, applyLanguage, toggleLanguage, onLanguageChange } from "./i18n.js";
import { drawTimeline } from "./timeline.js";
import { showEvent, setVocabulary } from "./panel.js";

const PAGE = 1000;
const MAX_PAGES = 20;
const state = { from: null, to: null, vocabulary: { types: [], modalities: [], actors: [] } };
const $ = (id) => document.getElementById(id);

const map = L.map("map", { minZoom: 2, maxZoom: 13, worldCopyJump: true, attributionControl: true }).setView([34.5, 39], 6);
map.attributionControl.setPrefix(false);
map.attributionControl.addAttribution("Natural Earth (world-atlas) · Leaflet");
const clusters = L.markerClusterGroup({ maxClusterRadius: 40, spiderfyOnMaxZoom: true, showCoverageOnHover: false });
const routes = L.layerGroup();
const pasted = L.layerGroup();
clusters.addTo(map);
routes.addTo(map);
pasted.addTo(map);

async function loadBasemap() {
  const topology = await api("vendor/world-atlas/countries-50m.json");
  const countries = topojson.feature(topology, topology.objects.countries);
  L.geoJSON(countries, { style: () => ({ className: "country" }), interactive: false }).addTo(map).bringToBack();
}

function marker(e, extraClass) {
  const dot = el("span", null, "mk", `t-${e.type}`, `m-${e.modality}`, e.review ? "reviewed" : null, extraClass);
  dot.dataset.eventId = e.id ?? "";
  dot.title = `${typeLabel(e.type)} · ${modalityLabel(e.modality)} · ${e.location_name ?? ""}`;
  return L.marker([e.lat, e.lon], { icon: L.divIcon({ html: dot, className: "mk-wrap", iconSize: [16, 16] }), keyboard: true, title: dot.title });
}

function filterQuery() {
  const q = new URLSearchParams();
  for (const [name, id] of [["type", "f-type"], ["actor", "f-actor"], ["modality", "f-modality"], ["country", "f-country"], ["reviewed", "f-reviewed"]]) {
    const value = $(id).value.trim();
    if (value) q.set(name, value);
  }
  return q;
}

async function loadEvents() {
  const q = filterQuery();
  if (state.from) q.set("from", state.from);
  if (state.to) q.set("to", state.to);
  const features = [];
  let total = 0;
  try {
    for (let page = 1; page <= MAX_PAGES; page++) {
      q.set("page", page);
      q.set("page_size", PAGE);
      const collection = await api(`/api/events?${q}`, { headers: { Accept: "application/geo+json" } });
      total = collection.total;
      features.push(...collection.features);
      if (page * PAGE >= total) break;
    }
  } catch (error) {
    $("count").textContent = t("failed") + error.message;
    return;
  }
  clusters.clearLayers();
  routes.clearLayers();
  const markers = [];
  let unplaced = 0;
  for (const f of features) {
    const e = f.properties;
    if (!f.geometry) {
      unplaced++;
      continue;
    }
    const m = marker(e);
    m.on("click", () => openEvent(e.id));
    markers.push(m);
    if (Array.isArray(e.route) && e.route.length >= 2 && e.route.every((p) => p.lat !== null && p.lon !== null)) {
      const line = L.polyline(e.route.map((p) => [p.lat, p.lon]), { className: `route ${e.type}` });
      line.bindTooltip(`${typeLabel(e.type)}: ${e.route.map((p) => p.name).join(" — ")}`);
      line.on("click", () => openEvent(e.id));
      routes.addLayer(line);
    }
  }
  clusters.addLayers(markers);
  $("count").textContent = t("events_shown", features.length, total) + (unplaced ? ` (${unplaced} ${t("no_location")})` : "");
  document.body.dataset.loaded = String(features.length);
}

async function loadTimeline() {
  const q = filterQuery();
  try {
    const stats = await api(`/api/stats?${q}`);
    drawTimeline($("timeline"), stats.by_day, (from, to) => {
      state.from = from;
      state.to = to;
      showDates();
      loadEvents();
    });
  } catch (error) {
    $("count").textContent = t("failed") + error.message;
  }
}

function showDates() {
  $("dates").textContent = state.from ? t("dates", state.from, state.to) : "";
  $("dates-clear").hidden = !state.from;
}

function openEvent(id) {
  showEvent($("panel"), id, async (reviewedId) => {
    await loadEvents();
    openEvent(reviewedId);
  });
}

function fillFilters() {
  const v = state.vocabulary;
  const fill = (select, options) => {
    const current = select.value;
    select.replaceChildren(new Option(t("any"), ""));
    for (const [value, label] of options) select.append(new Option(label, value));
    select.value = current;
  };
  fill($("f-type"), v.types.map((x) => [x, typeLabel(x)]));
  fill($("f-modality"), v.modalities.map((x) => [x, modalityLabel(x)]));
  fill($("f-actor"), v.actors.map((a) => [a.id, `${a.id} — ${a.name}`]));
  const legend = $("legend");
  legend.replaceChildren();
  for (const type of v.types) {
    const item = el("span");
    item.append(el("i", null, "swatch", `t-${type}`), typeLabel(type));
    legend.append(item);
  }
}

async function extractPasted() {
  const text = $("paste-text").value;
  const out = $("paste-results");
  if (!text.trim()) return;
  out.replaceChildren(el("p", t("loading"), "muted"));
  const q = new URLSearchParams();
  const published = $("paste-published").value.trim();
  if (published) q.set("published", published);
  if ($("paste-store").checked) q.set("store", "true");
  let result;
  try {
    result = await api(`/api/extract?${q}`, { method: "POST", headers: { "Content-Type": "text/plain; charset=utf-8" }, body: text });
  } catch (error) {
    out.replaceChildren(el("p", t("failed") + error.message, "status", "error"));
    return;
  }
  pasted.clearLayers();
  out.replaceChildren();
  if (result.document.title) out.append(el("h3", result.document.title, "pasted-title"));
  const list = el("ol", null, "pasted-events");
  const bounds = [];
  result.events.forEach((e, i) => {
    const item = el("li", [typeLabel(e.type), modalityLabel(e.modality), e.actor1?.id, e.actor2 ? `→ ${e.actor2.id}` : null,
      e.location?.name, e.date?.value, `«${e.evidence.text}»`].filter(Boolean).join(" · "), "event-item");
    item.addEventListener("click", () => {
      out.querySelector(".article")?.replaceWith(highlighted(result.document.body ?? "", result.events.map((x) => x.evidence), i));
    });
    list.append(item);
    if (e.location?.lat != null && e.location?.lon != null) {
      const m = marker({ type: e.type, modality: e.modality, location_name: e.location.name, lat: e.location.lat, lon: e.location.lon }, "pasted");
      m.bindTooltip(`${typeLabel(e.type)} · ${e.location.name}`);
      pasted.addLayer(m);
      bounds.push([e.location.lat, e.location.lon]);
    }
  });
  if (!result.events.length) out.append(el("p", t("no_events"), "muted"));
  out.append(list, highlighted(result.document.body ?? "", result.events.map((x) => x.evidence)));
  if (bounds.length) map.fitBounds(bounds, { maxZoom: 9, padding: [30, 30] });
  if (result.stored && !result.stored.duplicate) refresh();
}

function refresh() {
  loadEvents();
  loadTimeline();
}

async function start() {
  applyLanguage();
  $("lang").addEventListener("click", toggleLanguage);
  $("paste-toggle").addEventListener("click", () => {
    $("paste").hidden = !$("paste").hidden;
    if (!$("paste").hidden) $("paste-text").focus();
  });
  $("paste-go").addEventListener("click", extractPasted);
  $("dates-clear").addEventListener("click", () => {
    state.from = state.to = null;
    showDates();
    loadTimeline();
    loadEvents();
  });
  for (const id of ["f-type", "f-actor", "f-modality", "f-country", "f-reviewed"]) {
    $(id).addEventListener("change", refresh);
  }
  try {
    state.vocabulary = await api("/api/vocabulary");
  } catch (error) {
    $("count").textContent = t("failed") + error.message;
  }
  setVocabulary(state.vocabulary);
  fillFilters();
  onLanguageChange(() => {
    fillFilters();
    showDates();
    const id = $("panel").dataset.eventId;
    if (id) openEvent(id);
  });
  loadBasemap().catch((error) => { $("count").textContent = t("failed") + error.message; });
  refresh();
}

start();
