// Tab 2: two actors, their events per period by QuadClass (stacked bars) and mean Goldstein (line); a click on
// a period lists its events with their evidence.
import { api, query } from './api.js';
import { el, svg, showError, quadLegend, QUAD_COLOURS, actorLabel, evidenceNode } from './dom.js';

const W = 960, H = 360, LEFT = 48, RIGHT = 48, TOP = 16, BOTTOM = 56;

export function initRelations() {
  const legend = document.getElementById('rel-legend');
  quadLegend(legend);
  legend.append(el('span', {}, el('span', { class: 'swatch', style: 'background:#1d2733' }), 'mean Goldstein (right axis, −10 to +10)'));
  document.getElementById('rel-form').addEventListener('submit', (event) => {
    event.preventDefault();
    show();
  });
}

let latest = 0;

export async function show() {
  const ticket = ++latest;
  const a = document.getElementById('rel-a').value;
  const b = document.getElementById('rel-b').value;
  const by = document.getElementById('rel-by').value;
  showError('');
  try {
    const series = await api('/api/relations?' + query({ a, b, by,
      from: document.getElementById('rel-from').value, to: document.getElementById('rel-to').value }));
    if (ticket === latest) draw(series);
  } catch (error) {
    showError(error.message);
  }
}

function draw(series) {
  const chart = document.getElementById('rel-chart');
  document.getElementById('rel-events').replaceChildren();
  document.getElementById('rel-period-title').textContent = '';
  const periods = series.periods;
  if (periods.length === 0) {
    chart.replaceChildren(el('p', { class: 'muted', text: `No asserted events between ${series.a} and ${series.b}.` }));
    return;
  }
  const max = Math.max(1, ...periods.map((p) => p.events));
  const plotW = W - LEFT - RIGHT, plotH = H - TOP - BOTTOM;
  const step = plotW / periods.length;
  const barW = Math.max(1, step * 0.8);
  const y = (count) => TOP + plotH - (count / max) * plotH;
  const g = (value) => TOP + plotH / 2 - (value / 10) * (plotH / 2);
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img',
    'aria-label': `events between ${series.a} and ${series.b} by ${series.by}` });
  for (const tick of niceTicks(max)) {
    root.append(svg('line', { x1: LEFT, x2: W - RIGHT, y1: y(tick), y2: y(tick), stroke: '#eee' }),
      svg('text', { x: LEFT - 6, y: y(tick) + 4, 'text-anchor': 'end', 'font-size': 11, fill: '#666', text: tick }));
  }
  for (const value of [-10, 0, 10]) {
    root.append(svg('text', { x: W - RIGHT + 6, y: g(value) + 4, 'font-size': 11, fill: '#1d2733', text: value > 0 ? `+${value}` : value }));
  }
  root.append(svg('line', { x1: LEFT, x2: W - RIGHT, y1: g(0), y2: g(0), stroke: '#1d2733', 'stroke-dasharray': '2 3', opacity: 0.4 }));
  const labelEvery = Math.ceil(periods.length / 16);
  const line = [];
  periods.forEach((period, i) => {
    const x = LEFT + i * step + (step - barW) / 2;
    const group = svg('g', { class: 'period', 'data-period': period.period, onclick: () => list(series, period) });
    group.append(svg('rect', { class: 'hit', x: LEFT + i * step, y: TOP, width: step, height: plotH, fill: 'transparent' }));
    let base = 0;
    for (const q of [1, 2, 3, 4]) {
      const count = period[`qc${q}`];
      if (count === 0) continue;
      group.append(svg('rect', { class: `bar qc${q}`, x, y: y(base + count), width: barW, height: y(base) - y(base + count), fill: QUAD_COLOURS[q] }));
      base += count;
    }
    group.append(svg('title', { text: `${period.label}: ${period.events} events (QC1 ${period.qc1}, QC2 ${period.qc2}, QC3 ${period.qc3}, QC4 ${period.qc4})`
        + (period.goldstein === null ? '' : `, mean Goldstein ${period.goldstein.toFixed(2)}`) }));
    root.append(group);
    // An empty period breaks the line: no mean is drawn across a stretch without events.
    line.push(period.goldstein === null ? null : [x + barW / 2, g(period.goldstein), period]);
    if (i % labelEvery === 0) {
      root.append(svg('text', { x: LEFT + i * step + step / 2, y: H - BOTTOM + 16, 'font-size': 11, fill: '#666',
        'text-anchor': 'middle', text: period.label }));
    }
  });
  const runs = [[]];
  for (const point of line) {
    if (point) runs[runs.length - 1].push(point);
    else if (runs[runs.length - 1].length > 0) runs.push([]);
  }
  for (const run of runs.filter((points) => points.length > 1)) {
    root.append(svg('polyline', { points: run.map(([x, yy]) => `${x},${yy}`).join(' '), fill: 'none', stroke: '#1d2733', 'stroke-width': 1.5 }));
  }
  for (const [x, yy, period] of line.filter(Boolean)) {
    root.append(svg('circle', { class: 'goldstein', cx: x, cy: yy, r: 3.5, fill: '#1d2733', style: 'cursor:pointer', onclick: () => list(series, period) }));
  }
  root.append(svg('text', { x: LEFT, y: H - 12, 'font-size': 12, fill: '#333',
    text: `${series.a} ↔ ${series.b}: asserted events per ${series.by} (click a ${series.by} for its events)` }));
  chart.replaceChildren(root);
}

function niceTicks(max) {
  const step = Math.max(1, Math.ceil(max / 5));
  const ticks = [];
  for (let t = 0; t <= max; t += step) ticks.push(t);
  return ticks;
}

async function list(series, period) {
  const title = document.getElementById('rel-period-title');
  const target = document.getElementById('rel-events');
  title.textContent = `${series.a} and ${series.b}, ${period.label}: ${period.events} events`;
  try {
    const page = await api('/api/events?' + query({ actor: series.a, with: series.b, from: period.period, to: period.end,
      modality: 'asserted', evidence: 'true', limit: 100, sort: 'date', order: 'asc' }));
    target.replaceChildren(...page.events.filter((event) => series.directed === false
        || matches(event.source, series.a)).map(eventItem));
  } catch (error) {
    showError(error.message);
  }
}

function matches(actor, code) {
  return actor && (actor.code === code || actor.country === code);
}

export function eventItem(event) {
  const mention = event.mentions && event.mentions[0];
  return el('li', { class: `qc${event.quad_class}` },
    el('div', {}, el('strong', { text: actorLabel(event.source) }), ' ',
      el('span', { text: `${event.cameo} ${event.cameo_name || ''}` }), ' ', el('strong', { text: actorLabel(event.target) })),
    el('div', { class: 'muted small', text: `${event.date.value} (${event.date.precision}) · Goldstein ${event.goldstein}`
        + ` · ${event.mention_count} mentions in ${event.article_count} articles` }),
    mention ? evidenceNode(mention, event.quad_class) : null);
}
