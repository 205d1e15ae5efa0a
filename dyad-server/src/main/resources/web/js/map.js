// Tab 5: event places as dots on an equirectangular world map drawn from the country shapes the server ships
// (Natural Earth 1:110m); dot area by events, colour by mean Goldstein.
import { api, query, formFields } from './api.js';
import { el, svg, showError, conflictColour, conflictLegend } from './dom.js';

const W = 1000, H = 500;
let shapes = null;

export function initMap() {
  conflictLegend(document.getElementById('map-legend'), 'dot colour: mean Goldstein / 10; area: events');
  document.getElementById('map-form').addEventListener('submit', (event) => {
    event.preventDefault();
    draw();
  });
}

const x = (lon) => ((lon + 180) / 360) * W;
const y = (lat) => ((90 - lat) / 180) * H;

function ringPath(ring) {
  return ring.map(([lon, lat], i) => `${i === 0 ? 'M' : 'L'}${x(lon).toFixed(1)},${y(lat).toFixed(1)}`).join('') + 'Z';
}

function countryPath(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((polygon) => polygon.map(ringPath).join('')).join('');
}

export async function draw() {
  showError('');
  try {
    if (!shapes) {
      const response = await fetch('countries-110m.geojson');
      shapes = await response.json();
    }
    const { places } = await api('/api/places?' + query(formFields(document.getElementById('map-form'))));
    const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-label': 'map of event places' });
    root.append(svg('rect', { x: 0, y: 0, width: W, height: H, fill: '#eef4f8' }));
    for (const feature of shapes.features) {
      root.append(svg('path', { class: 'country', d: countryPath(feature.geometry), fill: '#dfe3e6', stroke: '#fff',
        'stroke-width': 0.5 }, svg('title', { text: feature.properties.name })));
    }
    const max = Math.max(1, ...places.map((place) => place.events));
    for (const place of [...places].sort((a, b) => b.events - a.events)) {
      root.append(svg('circle', { class: 'place', cx: x(place.lon), cy: y(place.lat), r: 3 + 12 * Math.sqrt(place.events / max),
        fill: conflictColour(place.goldstein / 10), 'fill-opacity': 0.75, stroke: '#1d2733', 'stroke-width': 0.5 },
      svg('title', { text: `${place.name}${place.country ? ` (${place.country})` : ''}: ${place.events} events, mean Goldstein ${place.goldstein.toFixed(2)}` })));
    }
    document.getElementById('map-chart').replaceChildren(root);
    if (places.length === 0) document.getElementById('map-chart').append(el('p', { class: 'muted', text: 'No events with a place.' }));
  } catch (error) {
    showError(error.message);
  }
}
