// Dateline map page. State lives in one `filters` object; every change refreshes the map
// clusters (/api/clusters, aggregated by the server so 100,000 events draw as a few hundred
// markers), the list (/api/events, keyset pages) and the timeline (/api/stats). The timeline is
// an SVG histogram: dragging across it sets From/To. Opening an event (/api/events/{id}) shows
// its codes in words and the reporting sentences with actor, verb, place and date marked.
// All text from the server is inserted with textContent, never as HTML.
'use strict';

const TYPE_COLORS = {
  'Battles': '#c62828', 'Explosions/Remote violence': '#ef6c00', 'Violence against civilians': '#6a1b9a',
  'Protests': '#1565c0', 'Riots': '#2e7d32', 'Strategic developments': '#546e7a',
  ASSAULT: '#c62828', PROTEST: '#1565c0', COERCE: '#546e7a', Other: '#8d6e63',
};
const colorOf = (t) => TYPE_COLORS[t] || TYPE_COLORS.Other;

// CAMEO codebook (Schrodt 2012): the twenty roots and the codes the coder uses most.
const CAMEO = {
  '01': 'Make public statement', '02': 'Appeal', '03': 'Express intent to cooperate', '04': 'Consult',
  '05': 'Engage in diplomatic cooperation', '06': 'Engage in material cooperation', '07': 'Provide aid',
  '08': 'Yield', '09': 'Investigate', '10': 'Demand', '11': 'Disapprove', '12': 'Reject', '13': 'Threaten',
  '14': 'Protest', '15': 'Exhibit force posture', '16': 'Reduce relations', '17': 'Coerce', '18': 'Assault',
  '19': 'Fight', '20': 'Use unconventional mass violence',
  '141': 'Demonstrate or rally', '143': 'Conduct strike or boycott', '145': 'Protest violently, riot',
  '173': 'Arrest, detain, or charge with legal action', '175': 'Use tactics of violent repression',
  '180': 'Use unconventional violence', '181': 'Abduct, hijack, or take hostage', '182': 'Physically assault',
  '183': 'Conduct suicide, car, or other non-military bombing', '186': 'Assassinate',
  '190': 'Use conventional military force', '191': 'Impose blockade, restrict movement', '192': 'Occupy territory',
  '193': 'Fight with small arms and light weapons', '194': 'Fight with artillery and tanks',
  '195': 'Employ aerial weapons', '200': 'Use unconventional mass violence', '202': 'Engage in mass killings',
};
const QUAD = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };
const GEO_PRECISION = { 1: 'the town itself', 2: 'near the town or part of a region', 3: 'a region', 4: 'the country only' };
const TIME_PRECISION = { 1: 'to the day', 2: 'to the week or a range of days', 3: 'to the month or coarser' };

const $ = (sel) => document.querySelector(sel);
const el = (tag, props = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') e.className = v; else if (k === 'text') e.textContent = v;
    else if (k.startsWith('aria') || k === 'role' || k === 'title' || k === 'href' || k === 'rel' || k === 'target') e.setAttribute(k.replace(/^aria/, 'aria-').toLowerCase().replace('aria--', 'aria-'), v);
    else e[k] = v;
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
};

let map, clusterLayer;
let filters = {};
let listCursor = null;
// Each view keeps a request counter so that only the newest answer is drawn when answers to
// quick successive filter changes arrive out of order.
const seq = { clusters: 0, list: 0, stats: 0 };

function query(extra = {}, omit = []) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filters, ...extra })) {
    if (v !== '' && v != null && !omit.includes(k)) p.set(k, v);
  }
  return p.toString();
}

async function getJson(url) {
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => ({ error: 'bad response' }));
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

function setStatus(msg) { $('#status').textContent = msg; }

function bboxParam() {
  const b = map.getBounds();
  const w = Math.max(-180, b.getWest()), e = Math.min(180, b.getEast());
  const s = Math.max(-90, b.getSouth()), n = Math.min(90, b.getNorth());
  return [w, s, e, n].map((x) => x.toFixed(4)).join(',');
}

// ---- Map ----
function initMap(config) {
  map = L.map('map', { worldCopyJump: false, minZoom: 2, maxZoom: 14, keyboard: true, zoomControl: true })
    .setView([12, 10], 3);
  map.attributionControl.setPrefix(false);
  if (config.tiles) {
    L.tileLayer(config.tiles, { maxZoom: 18, attribution: 'Tiles: ' + new URL(config.tiles.replace(/\{s\}\./, '')).host }).addTo(map);
  } else {
    getJson('/static/countries.geojson').then((gj) => {
      L.geoJSON(gj, { interactive: false, style: { className: 'country', weight: 0.7, fillOpacity: 1, color: '#9aa3ad', fillColor: '#fbfaf6' } })
        .addTo(map).bringToBack();
      const dl = $('#countries');
      gj.features.map((f) => f.properties).sort((a, b) => a.name.localeCompare(b.name))
        .forEach((p) => dl.append(el('option', { value: p.iso3, text: p.name })));
    }).catch(() => setStatus('Country outlines unavailable'));
    map.attributionControl.addAttribution('Outlines: world-countries (ODbL)');
  }
  clusterLayer = L.layerGroup().addTo(map);
  map.on('moveend', () => { refreshClusters(); refreshList(); });
}

async function refreshClusters() {
  const mine = ++seq.clusters;
  let data;
  try {
    data = await getJson('/api/clusters?' + query({ zoom: map.getZoom(), bbox: bboxParam() }));
  } catch (e) { setStatus('Map: ' + e.message); return; }
  if (mine !== seq.clusters) return;
  clusterLayer.clearLayers();
  for (const c of data.cells) {
    const single = c.count === 1;
    const size = single ? Math.min(30, 10 + 3 * Math.sqrt(c.fatalities)) : Math.min(42, 16 + 4 * Math.log2(c.count));
    const label = single ? `${c.type}, ${c.fatalities} killed` : `${c.count} events, mostly ${c.type}, ${c.fatalities} killed; select to zoom in`;
    const icon = L.divIcon({
      className: 'cluster' + (single ? ' single' : ''),
      html: single ? '' : String(c.count),
      iconSize: [size, size],
    });
    const m = L.marker([c.lat, c.lon], { icon, title: label, alt: label, keyboard: true, riseOnHover: true });
    m.on('add', () => {
      const node = m.getElement();
      node.style.background = colorOf(c.type);
      node.setAttribute('role', 'button');
      node.setAttribute('aria-label', label);
      if (single) node.dataset.eventId = c.id;
    });
    const activate = () => {
      if (single) openEvent(c.id);
      else map.setView([c.lat, c.lon], Math.min(map.getMaxZoom(), map.getZoom() + 2));
    };
    m.on('click', activate);
    // Leaflet gives markers a tab stop but acts on Enter only for popups: Enter and Space here.
    m.on('add', () => m.getElement().addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); activate(); }
    }));
    clusterLayer.addLayer(m);
  }
  setStatus(`${data.total.toLocaleString()} events in view`);
}

// ---- List ----
function describeType(e) {
  return e.acled.sub_event_type || e.acled.event_type || (e.cameo && (CAMEO[e.cameo] || CAMEO[e.cameo_root])) || e.plover.type || 'Event';
}

function listItem(e) {
  const type = e.acled.event_type || e.plover.type || 'Other';
  const where = [e.place.name, e.place.country].filter(Boolean).join(', ');
  const fat = e.fatalities ? ` · ${e.fatalities.best} killed` : '';
  const b = el('button', { type: 'button', class: 'ev' },
    el('span', { class: 'sw', ariaHidden: 'true' }),
    el('span', { text: describeType(e) }),
    el('span', { class: 'meta', text: `${e.date || 'undated'} · ${where || 'unknown place'}${fat}` }));
  b.querySelector('.sw').style.background = colorOf(type);
  b.dataset.eventId = e.id;
  b.addEventListener('click', () => openEvent(e.id));
  return el('li', {}, b);
}

async function refreshList(append = false) {
  const extra = { limit: 50 };
  if ($('#in-view').checked) extra.bbox = bboxParam();
  if (append && listCursor) extra.cursor = listCursor;
  const mine = ++seq.list;
  let data;
  try { data = await getJson('/api/events?' + query(extra)); } catch (e) { setStatus('List: ' + e.message); return; }
  if (mine !== seq.list) return;
  const list = $('#list');
  if (!append) list.replaceChildren();
  data.events.forEach((e) => list.append(listItem(e)));
  listCursor = data.next_cursor;
  $('#more').hidden = !listCursor;
  $('#list-count').textContent = `(${list.children.length}${listCursor ? '+' : ''}${$('#in-view').checked ? ' in view' : ''})`;
}

// ---- Timeline ----
let timeline = { buckets: [], bucket: 'day' };

function bucketEnd(start, bucket) {
  const d = new Date(start + 'T00:00:00Z');
  if (bucket === 'day') return start;
  if (bucket === 'week') d.setUTCDate(d.getUTCDate() + 6);
  else { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); }
  return d.toISOString().slice(0, 10);
}

async function refreshTimeline() {
  const mine = ++seq.stats;
  let data;
  try { data = await getJson('/api/stats?' + query({}, ['since', 'until'])); } catch (e) { setStatus('Timeline: ' + e.message); return; }
  if (mine !== seq.stats) return;
  timeline = { buckets: data.timeline, bucket: data.bucket };
  drawTimeline();
  const sel = $('#f-type');
  if (sel.options.length <= 1) {
    data.types.forEach((t) => sel.append(el('option', { value: t.type, text: `${t.type} (${t.events})` })));
    sel.value = filters.type || '';
  }
}

function drawTimeline() {
  const box = $('#timeline');
  const W = box.clientWidth || 600, H = box.clientHeight || 100, pad = 16;
  const n = timeline.buckets.length;
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('role', 'img');
  const max = Math.max(1, ...timeline.buckets.map((b) => b.events));
  const bw = n ? W / n : W;
  timeline.buckets.forEach((b, i) => {
    const h = (H - pad) * b.events / max;
    const r = document.createElementNS(ns, 'rect');
    r.setAttribute('x', i * bw + 0.5); r.setAttribute('width', Math.max(1, bw - 1));
    r.setAttribute('y', H - pad - h); r.setAttribute('height', h);
    const inRange = (!filters.since || bucketEnd(b.start, timeline.bucket) >= filters.since) && (!filters.until || b.start <= filters.until);
    r.setAttribute('class', 'bar' + (inRange && (filters.since || filters.until) ? ' in' : ''));
    const t = document.createElementNS(ns, 'title');
    t.textContent = `${b.start}: ${b.events} events, ${b.fatalities} killed`;
    r.append(t);
    svg.append(r);
  });
  if (n) {
    for (const [i, anchor] of [[0, 'start'], [n - 1, 'end']]) {
      const t = document.createElementNS(ns, 'text');
      t.setAttribute('x', anchor === 'start' ? 2 : W - 2); t.setAttribute('y', H - 3);
      t.setAttribute('text-anchor', anchor); t.setAttribute('class', 'axis');
      t.textContent = timeline.buckets[i].start;
      svg.append(t);
    }
  }
  const total = timeline.buckets.reduce((s, b) => s + b.events, 0);
  svg.setAttribute('aria-label', n ? `${total} dated events from ${timeline.buckets[0].start} to ${timeline.buckets[n - 1].start}, by ${timeline.bucket}` : 'No dated events');
  box.replaceChildren(svg);
  $('#timeline-range').textContent = filters.since || filters.until ? `${filters.since || '…'} to ${filters.until || '…'}` : `by ${timeline.bucket}`;
}

function initBrush() {
  const box = $('#timeline');
  let startX = null, brush = null;
  const index = (x) => {
    const n = timeline.buckets.length, r = box.getBoundingClientRect();
    return Math.max(0, Math.min(n - 1, Math.floor((x - r.left) / r.width * n)));
  };
  box.addEventListener('pointerdown', (ev) => {
    if (!timeline.buckets.length) return;
    startX = ev.clientX;
    box.setPointerCapture(ev.pointerId);
    brush = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    brush.setAttribute('class', 'brush');
    brush.setAttribute('y', 0); brush.setAttribute('height', box.clientHeight);
    box.querySelector('svg').append(brush);
  });
  box.addEventListener('pointermove', (ev) => {
    if (startX == null) return;
    const r = box.getBoundingClientRect();
    const a = Math.min(startX, ev.clientX) - r.left, b = Math.max(startX, ev.clientX) - r.left;
    const scale = (box.clientWidth || r.width) / r.width;
    brush.setAttribute('x', a * scale); brush.setAttribute('width', Math.max(1, (b - a) * scale));
  });
  box.addEventListener('pointerup', (ev) => {
    if (startX == null) return;
    const i = index(Math.min(startX, ev.clientX)), j = index(Math.max(startX, ev.clientX));
    startX = null;
    const first = timeline.buckets[i].start, last = bucketEnd(timeline.buckets[j].start, timeline.bucket);
    if (Math.abs(i - j) === 0 && filters.since === first && filters.until === last) {
      setDates('', '');  // a click on the selected bar clears the selection
    } else {
      setDates(first, last);
    }
  });
}

function setDates(since, until) {
  $('#f-since').value = since; $('#f-until').value = until;
  applyFilters();
}

// ---- Event panel ----
function dd(dl, term, value) {
  if (value == null || value === '') return;
  dl.append(el('dt', { text: term }), el('dd', {}, value));
}

function actorText(a) {
  if (!a) return null;
  return [a.name, a.code ? `(${a.code})` : '', a.acled_name && a.acled_name !== a.name ? `— ACLED: ${a.acled_name}` : ''].filter(Boolean).join(' ');
}

function safeUrl(u) {
  try { const x = new URL(u); return x.protocol === 'http:' || x.protocol === 'https:' ? x.href : null; } catch (e) { return null; }
}

function reportNode(r) {
  const q = el('blockquote');
  if (r.sentence) {
    for (const seg of r.sentence.segments) {
      if (!seg.marks.length) { q.append(seg.text); continue; }
      const m = el('mark', { class: seg.marks.join(' '), text: seg.text, title: seg.marks.join(', ') });
      q.append(m);
    }
  } else {
    q.append(el('em', { text: '(sentence not stored)' }));
  }
  const a = r.article;
  const src = el('div', { class: 'src' });
  const name = [a.source, a.published].filter(Boolean).join(', ');
  const href = a.url && safeUrl(a.url);
  if (href) src.append(el('a', { href, target: '_blank', rel: 'noopener noreferrer', text: a.title || href }), ' — ', name);
  else src.append(a.title || a.key, ' — ', name);
  src.append(' · ', el('a', { href: `/api/articles/${a.id}`, text: 'article as stored' }));
  const flags = [];
  if (r.negated) flags.push('negated');
  if (r.mood && r.mood !== 'asserted') flags.push(r.mood);
  if (r.attributed) flags.push('attributed to a speaker');
  if (flags.length) src.append(' · ', flags.join(', '));
  return el('div', { class: 'report' }, q, src);
}

async function openEvent(id) {
  let e;
  try { e = await getJson(`/api/events/${encodeURIComponent(id)}`); } catch (err) { setStatus('Event: ' + err.message); return; }
  const panel = $('#detail');
  const close = el('button', { type: 'button', class: 'close', text: 'Close', ariaLabel: 'Close the event' });
  close.addEventListener('click', () => { panel.hidden = true; panel.replaceChildren(); });
  const title = el('h2', { id: 'detail-title', text: describeType(e) });
  const dl = el('dl');
  const acled = [e.acled.disorder_type, e.acled.event_type, e.acled.sub_event_type].filter(Boolean).join(' › ');
  dd(dl, 'ACLED', acled);
  if (e.cameo) dd(dl, 'CAMEO', `${e.cameo} ${CAMEO[e.cameo] || ''}${CAMEO[e.cameo_root] && !CAMEO[e.cameo] ? CAMEO[e.cameo_root] : ''} (root ${e.cameo_root} ${CAMEO[e.cameo_root] || ''}; ${QUAD[e.quad_class] || 'no quad class'}, Goldstein ${e.goldstein})`);
  if (e.plover.type) dd(dl, 'PLOVER', [e.plover.type, e.plover.mode].filter(Boolean).join(' / '));
  dd(dl, 'Source actor', actorText(e.source) || 'unknown');
  dd(dl, 'Target actor', actorText(e.target) || 'unknown');
  const p = e.place;
  const placeText = p.name ? `${p.name}${p.admin1 && p.admin1 !== p.name ? ', ' + p.admin1 : ''}${p.country ? ', ' + p.country : ''}` : (p.country || 'unknown');
  dd(dl, 'Place', placeText + (p.precision ? ` — located to ${GEO_PRECISION[p.precision] || 'precision ' + p.precision}` : ''));
  dd(dl, 'Date', (e.date || 'undated') + (e.date_end ? ` to ${e.date_end}` : '') + (e.date_precision ? ` — known ${TIME_PRECISION[e.date_precision] || ''}` : ''));
  const f = e.fatalities;
  dd(dl, 'Fatalities', f ? (f.low === f.high ? String(f.best) : `${f.best} (between ${f.low} and ${f.high})`) : 'not reported');
  dd(dl, 'Reports', `${e.num_reports} from ${e.num_sources} source${e.num_sources === 1 ? '' : 's'}`);
  const legend = el('p', { class: 'marks-legend' }, 'Highlighted: ', el('mark', { class: 'actor', text: 'actor' }), ' ',
    el('mark', { class: 'verb', text: 'verb' }), ' ', el('mark', { class: 'place', text: 'place' }), ' ', el('mark', { class: 'date', text: 'date' }));
  const reports = el('div', { class: 'reports' }, el('h3', { text: 'Reported in' }), legend, ...e.reports.map(reportNode));
  panel.replaceChildren(close, title, dl, reports);
  panel.hidden = false;
  panel.focus();
  if (p.lat != null && p.lon != null && !map.getBounds().contains([p.lat, p.lon])) map.setView([p.lat, p.lon], Math.max(map.getZoom(), 6));
}

// ---- Filters ----
function readFilters() {
  const fd = new FormData($('#filters'));
  const f = {};
  for (const [k, v] of fd.entries()) if (String(v).trim() !== '') f[k] = String(v).trim();
  return f;
}

function applyFilters() {
  filters = readFilters();
  refreshClusters();
  refreshList();
  refreshTimeline();
}

let actorTimer = null;
function initFilters() {
  $('#filters').addEventListener('submit', (ev) => { ev.preventDefault(); applyFilters(); });
  $('#f-type').addEventListener('change', applyFilters);
  $('#f-reset').addEventListener('click', () => { $('#filters').reset(); applyFilters(); });
  $('#more').addEventListener('click', () => refreshList(true));
  $('#in-view').addEventListener('change', () => refreshList());
  $('#f-actor').addEventListener('input', (ev) => {
    clearTimeout(actorTimer);
    const q = ev.target.value.trim();
    if (q.length < 2) return;
    actorTimer = setTimeout(async () => {
      try {
        const data = await getJson('/api/actors?' + new URLSearchParams({ q, limit: 10 }));
        $('#actors').replaceChildren(...data.actors.map((a) => el('option', { value: a.name, text: a.code || '' })));
      } catch (e) { /* autocomplete is optional */ }
    }, 200);
  });
}

function drawLegend() {
  const types = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments', 'Other'];
  const lg = $('#legend');
  for (const t of types) {
    const sw = el('span', { class: 'sw' });
    sw.style.background = colorOf(t);
    lg.append(el('div', {}, sw, t));
  }
  lg.append(el('div', { class: 'meta', text: 'size: events or deaths' }));
}

async function main() {
  let config = { tiles: null };
  try { config = await getJson('/api/config'); } catch (e) { /* defaults */ }
  initMap(config);
  initFilters();
  initBrush();
  drawLegend();
  applyFilters();
  window.addEventListener('resize', () => drawTimeline());
}

document.addEventListener('DOMContentLoaded', main);
