// Tab 1: paste or load an article, code it, and see its events beside the text with their spans marked.
import { api } from './api.js';
import { el, showError, quadLegend, actorLabel } from './dom.js';

export function initCode() {
  const form = document.getElementById('code-form');
  const date = document.getElementById('code-date');
  const text = document.getElementById('code-text');
  date.value = new Date().toISOString().slice(0, 10);
  quadLegend(document.getElementById('code-legend'));
  document.getElementById('code-legend').append(el('span', { class: 'actor', text: 'actor' }),
    el('span', { class: 'trigger', text: 'trigger' }));
  text.addEventListener('input', () => takeDateLine(text, date));
  document.getElementById('code-file').addEventListener('change', async (event) => {
    const file = event.target.files[0];
    if (!file) return;
    text.value = await file.text();
    takeDateLine(text, date);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run('/api/code', {});
  });
  document.getElementById('code-store').addEventListener('click', () => {
    const token = document.getElementById('code-token').value.trim();
    run('/api/articles', token ? { Authorization: `Bearer ${token}` } : {});
  });
}

/**
 * A header "date YYYY-MM-DD" (as in Dyad's .txt files, on its own line or before the text) sets the date and
 * is taken out of the text, as `dyad code` reads such a file.
 */
function takeDateLine(text, date) {
  const match = text.value.match(/^\s*date[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|$)/);
  if (match) {
    date.value = match[1];
    text.value = text.value.slice(match[0].length).trim();
  }
}

async function run(path, headers) {
  const status = document.getElementById('code-status');
  const article = {
    text: document.getElementById('code-text').value,
    date: document.getElementById('code-date').value,
    title: document.getElementById('code-title').value || undefined,
  };
  showError('');
  status.textContent = 'coding ...';
  try {
    const body = JSON.stringify(article);
    const result = await api(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
    if (path === '/api/articles') {
      status.textContent = `${result.status}: ${result.events} events (${result.new_events} new, ${result.joined} joined known events)`;
      if (result.status !== 'coded') return;
      const shown = await api('/api/code', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      render(shown);
    } else {
      status.textContent = `${result.events.length} events in ${result.sentences} sentences`;
      render(result);
    }
  } catch (error) {
    status.textContent = '';
    showError(error.message);
  }
}

function render(result) {
  const list = document.getElementById('code-events');
  const article = document.getElementById('code-article');
  article.replaceChildren(...highlighted(result.text, result.events));
  list.replaceChildren(...result.events.map((event, index) => el('li', {
    class: `qc${event.quad_class}`, 'data-event': index, onclick: () => focus(index),
  },
  el('div', {}, el('strong', { text: actorLabel(event.source) }), ' ',
    el('span', { text: `${event.cameo} ${event.cameo_name}` }), ' ', el('strong', { text: actorLabel(event.target) })),
  el('div', { class: 'muted small', text: `${event.date.value} (${event.date.precision}) · ${event.modality}`
      + (event.location ? ` · ${event.location.name}` : '') + ` · confidence ${event.confidence.toFixed(2)}` }))));
}

function focus(index) {
  document.querySelectorAll('.focus').forEach((node) => node.classList.remove('focus'));
  const marks = document.querySelectorAll(`#code-article [data-events~="${index}"]`);
  marks.forEach((node) => node.classList.add('focus'));
  document.querySelector(`#code-events li[data-event="${index}"]`)?.classList.add('focus');
  marks[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

/**
 * The text cut at every span boundary; each piece inside an evidence span is a <mark> in its event's QuadClass
 * colour (the innermost, i.e. shortest, evidence wins), with actor and trigger pieces marked inside.
 */
function highlighted(text, events) {
  const spans = [];
  events.forEach((event, index) => {
    spans.push({ begin: event.evidence_span[0], end: event.evidence_span[1], kind: 'evidence', index, qc: event.quad_class });
    for (const actor of [event.source, event.target]) {
      if (actor && actor.span) spans.push({ begin: actor.span[0], end: actor.span[1], kind: 'actor', index });
    }
    if (event.trigger && event.trigger.span) {
      spans.push({ begin: event.trigger.span[0], end: event.trigger.span[1], kind: 'trigger', index });
    }
  });
  const cuts = new Set([0, text.length]);
  for (const span of spans) {
    if (span.begin >= 0 && span.end <= text.length && span.begin < span.end) {
      cuts.add(span.begin);
      cuts.add(span.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [begin, end] = [points[i], points[i + 1]];
    const covering = spans.filter((span) => span.begin <= begin && span.end >= end);
    const evidence = covering.filter((span) => span.kind === 'evidence')
      .sort((a, b) => (a.end - a.begin) - (b.end - b.begin));
    const piece = text.slice(begin, end);
    if (evidence.length === 0) {
      pieces.push(piece);
      continue;
    }
    const classes = [`qc${evidence[0].qc}`];
    if (covering.some((span) => span.kind === 'actor')) classes.push('actor');
    if (covering.some((span) => span.kind === 'trigger')) classes.push('trigger');
    const indexes = [...new Set(evidence.map((span) => span.index))];
    pieces.push(el('mark', {
      class: classes.join(' '), 'data-events': indexes.join(' '),
      title: indexes.map((index) => `${events[index].cameo} ${events[index].cameo_name}`).join('\n'),
      onclick: () => focus(indexes[0]),
    }, piece));
  }
  return pieces;
}
