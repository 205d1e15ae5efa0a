// Tab 3: the events table: filters, sorting by a column, paging; a click on a row shows every mention.
import { api, query, formFields } from './api.js';
import { el, showError, actorLabel, evidenceNode } from './dom.js';

const state = { sort: 'date', order: 'desc', offset: 0 };

export function initEvents() {
  const form = document.getElementById('ev-form');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state.offset = 0;
    load();
  });
  document.querySelectorAll('#ev-table th[data-sort]').forEach((th) => th.addEventListener('click', () => {
    state.order = state.sort === th.dataset.sort && state.order === 'desc' ? 'asc' : 'desc';
    state.sort = th.dataset.sort;
    state.offset = 0;
    load();
  }));
  document.getElementById('ev-prev').addEventListener('click', () => {
    state.offset = Math.max(0, state.offset - size());
    load();
  });
  document.getElementById('ev-next').addEventListener('click', () => {
    state.offset += size();
    load();
  });
  document.getElementById('ev-size').addEventListener('change', () => {
    state.offset = 0;
    load();
  });
}

function size() {
  return Number(document.getElementById('ev-size').value);
}

export async function load() {
  showError('');
  const fields = formFields(document.getElementById('ev-form'));
  try {
    const page = await api('/api/events?' + query({ ...fields, sort: state.sort, order: state.order, limit: size(), offset: state.offset }));
    const body = document.querySelector('#ev-table tbody');
    body.replaceChildren(...page.events.map((event) => el('tr', { class: `qc${event.quad_class}`, onclick: () => detail(event.id) },
      el('td', { text: event.date.value }), el('td', { text: actorLabel(event.source) }),
      el('td', { title: event.cameo_name || '', text: `${event.cameo} ${event.cameo_name || ''}` }),
      el('td', { text: actorLabel(event.target) }), el('td', {}, el('span', { class: 'tag', text: event.modality })),
      el('td', { text: event.goldstein }), el('td', { text: event.mention_count }),
      el('td', { text: event.confidence.toFixed(2) }), el('td', { text: event.location ? event.location.name : '' }))));
    document.querySelectorAll('#ev-table th').forEach((th) => {
      th.classList.toggle('sorted', th.dataset.sort === state.sort);
      th.classList.toggle('asc', th.dataset.sort === state.sort && state.order === 'asc');
    });
    const last = Math.min(page.total, state.offset + page.events.length);
    document.getElementById('ev-page').textContent = page.total === 0 ? 'no events'
      : `${state.offset + 1}–${last} of ${page.total}`;
    document.getElementById('ev-prev').disabled = state.offset === 0;
    document.getElementById('ev-next').disabled = last >= page.total;
  } catch (error) {
    showError(error.message);
  }
}

async function detail(id) {
  try {
    const event = await api(`/api/events/${encodeURIComponent(id)}`);
    document.getElementById('ev-detail').replaceChildren(
      el('h3', { text: `Event ${event.id}: ${actorLabel(event.source)} ${event.cameo} ${event.cameo_name || ''} ${actorLabel(event.target)}` }),
      el('p', { class: 'muted', text: `${event.date.value} (${event.date.precision}), ${event.modality}, QuadClass ${event.quad_class},`
          + ` Goldstein ${event.goldstein}, confidence ${event.confidence}; ${event.mention_count} mentions in`
          + ` ${event.article_count} articles from ${event.source_count} sources` }),
      el('ol', { class: 'events' }, ...event.mentions.map((mention) => el('li', { class: `qc${event.quad_class}` },
        el('div', { class: 'muted small', text: `${mention.article.id} (${mention.article.date}), sentence ${mention.sentence}`
            + (mention.rule ? ` · rule ${mention.rule}` : '') }),
        evidenceNode(mention, event.quad_class)))));
  } catch (error) {
    showError(error.message);
  }
}
