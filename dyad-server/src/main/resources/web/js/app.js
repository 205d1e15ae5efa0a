// The dashboard: tabs, the shared list of known actors, and the store's counts.
import { api } from './api.js';
import { el } from './dom.js';
import { initCode } from './code.js';
import { initRelations, show as showRelations } from './relations.js';
import { initEvents, load as loadEvents } from './events.js';
import { initNetwork, draw as drawNetwork } from './network.js';
import { initMap, draw as drawMap } from './map.js';

const firstShow = { relations: showRelations, events: loadEvents, network: drawNetwork, map: drawMap };
const shown = new Set();

function select(tab) {
  document.querySelectorAll('#tabs button').forEach((button) => button.classList.toggle('active', button.dataset.tab === tab));
  document.querySelectorAll('.tab').forEach((section) => { section.hidden = section.id !== `tab-${tab}`; });
  if (!shown.has(tab) && firstShow[tab]) firstShow[tab]();
  shown.add(tab);
  if (location.hash !== `#${tab}`) history.replaceState(null, '', `#${tab}`);
}

async function refresh() {
  try {
    const stats = await api('/api/stats');
    document.getElementById('stats').textContent = `${stats.articles} articles · ${stats.events} events · `
      + `${stats.mentions} mentions${stats.coder_ready ? '' : ' · coder loading'}`;
    const top = await api('/api/top/actors?limit=200');
    const countries = new Set(top.rows.map((row) => row.key.slice(0, 3)));
    document.getElementById('actor-list').replaceChildren(...[...countries].sort().map((code) => el('option', { value: code })),
      ...top.rows.map((row) => el('option', { value: row.key, text: row.label })));
  } catch (error) {
    document.getElementById('stats').textContent = error.message;
  }
}

initCode();
initRelations();
initEvents();
initNetwork();
initMap();
document.querySelectorAll('#tabs button').forEach((button) => button.addEventListener('click', () => select(button.dataset.tab)));
select((location.hash || '#code').slice(1) in { code: 1, ...firstShow } ? (location.hash || '#code').slice(1) : 'code');
refresh();
