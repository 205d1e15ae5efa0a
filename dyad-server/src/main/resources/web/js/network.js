// Tab 4: actors on a circle, an edge per ordered pair, its width by events and its colour from conflict to
// cooperation (net cooperation index of the pair's events).
import { api, query, formFields } from './api.js';
import { el, svg, showError, conflictColour, conflictLegend } from './dom.js';

const W = 900, H = 700;

export function initNetwork() {
  conflictLegend(document.getElementById('net-legend'), 'edge colour: net cooperation; width: events');
  document.getElementById('net-form').addEventListener('submit', (event) => {
    event.preventDefault();
    draw();
  });
}

export async function draw() {
  showError('');
  try {
    const { edges } = await api('/api/network?' + query(formFields(document.getElementById('net-form'))));
    const chart = document.getElementById('net-chart');
    if (edges.length === 0) {
      chart.replaceChildren(el('p', { class: 'muted', text: 'No events between two known actors.' }));
      return;
    }
    const weight = new Map();
    const names = new Map();
    for (const edge of edges) {
      weight.set(edge.source, (weight.get(edge.source) || 0) + edge.events);
      weight.set(edge.target, (weight.get(edge.target) || 0) + edge.events);
      names.set(edge.source, edge.source_name);
      names.set(edge.target, edge.target_name);
    }
    // Around the circle by country then code, so an actor's sectors sit together.
    const nodes = [...weight.keys()].sort();
    const radius = Math.min(W, H) / 2 - 90;
    const at = new Map(nodes.map((code, i) => {
      const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
      return [code, [W / 2 + radius * Math.cos(angle), H / 2 + radius * Math.sin(angle), angle]];
    }));
    const maxEvents = Math.max(...edges.map((edge) => edge.events));
    const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-label': 'actor network' });
    root.append(svg('defs', {}, svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 22, refY: 5, markerWidth: 9,
      markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' }, svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#888' }))));
    for (const edge of edges) {
      const [x1, y1] = at.get(edge.source);
      const [x2, y2] = at.get(edge.target);
      // A slight curve keeps A→B and B→A apart.
      const mx = (x1 + x2) / 2 + (y2 - y1) * 0.12, my = (y1 + y2) / 2 - (x2 - x1) * 0.12;
      root.append(svg('path', { class: 'edge', d: `M ${x1} ${y1} Q ${mx} ${my} ${x2} ${y2}`, fill: 'none',
        stroke: conflictColour(edge.net_cooperation), 'stroke-width': 1 + 7 * (edge.events / maxEvents), opacity: 0.8,
        'marker-end': 'url(#arrow)' },
      svg('title', { text: `${edge.source_name} → ${edge.target_name}: ${edge.events} events, net cooperation `
          + `${edge.net_cooperation.toFixed(2)}, mean Goldstein ${edge.goldstein.toFixed(2)}` })));
    }
    const maxWeight = Math.max(...weight.values());
    for (const code of nodes) {
      const [x, y, angle] = at.get(code);
      const right = Math.cos(angle) >= 0;
      root.append(svg('g', { class: 'node' },
        svg('circle', { cx: x, cy: y, r: 4 + 8 * Math.sqrt(weight.get(code) / maxWeight), fill: '#1d2733' }),
        svg('text', { x: x + (right ? 14 : -14), y: y + 4, 'font-size': 12, 'text-anchor': right ? 'start' : 'end',
          text: code }),
        svg('title', { text: `${names.get(code)} (${code}): ${weight.get(code)} events` })));
    }
    chart.replaceChildren(root);
  } catch (error) {
    showError(error.message);
  }
}
