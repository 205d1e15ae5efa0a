// Small DOM and SVG helpers. Text always goes in as text nodes, never as HTML.
const SVG = 'http://www.w3.org/2000/svg';

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  setAll(node, attributes);
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

export function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  setAll(node, attributes);
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

function setAll(node, attributes) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') node.textContent = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
}

export function showError(message) {
  const box = document.getElementById('error');
  box.textContent = message || '';
  box.hidden = !message;
}

export const QUAD_NAMES = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
export const QUAD_COLOURS = ['#999', '#66bd63', '#1a9850', '#f46d43', '#a50026'];

/** A colour from conflict (-1, red) through grey (0) to cooperation (+1, green). */
export function conflictColour(value) {
  const v = Math.max(-1, Math.min(1, value));
  const grey = [150, 150, 150];
  const end = v < 0 ? [178, 24, 43] : [26, 152, 80];
  const t = Math.abs(v);
  const mix = grey.map((g, i) => Math.round(g + (end[i] - g) * t));
  return `rgb(${mix.join(',')})`;
}

export function quadLegend(container) {
  container.replaceChildren(...[1, 2, 3, 4].map((q) => el('span', {},
    el('span', { class: 'swatch', style: `background:${QUAD_COLOURS[q]}` }), `QC${q} ${QUAD_NAMES[q]}`)));
}

export function conflictLegend(container, what) {
  container.replaceChildren(...[-1, -0.5, 0, 0.5, 1].map((v) => el('span', {},
    el('span', { class: 'swatch', style: `background:${conflictColour(v)}` }),
    v === -1 ? 'conflict' : v === 1 ? 'cooperation' : v.toFixed(1))), el('span', { text: what }));
}

/** An actor as people read it: the name, with the code. */
export function actorLabel(actor) {
  if (!actor) return '—';
  return actor.code && actor.code !== actor.name ? `${actor.name} (${actor.code})` : actor.name || actor.code;
}

/** A mention's evidence with its actor and trigger spans marked (spans are offsets into the article). */
export function evidenceNode(mention, quadClass) {
  const text = mention.evidence || '';
  const base = mention.evidence_span ? mention.evidence_span[0] : 0;
  const marks = [];
  const add = (span, cls) => {
    if (span && span[0] >= base && span[1] <= base + text.length) marks.push([span[0] - base, span[1] - base, cls]);
  };
  add(mention.source_span, 'actor');
  add(mention.target_span, 'actor');
  add(mention.trigger_span, 'trigger');
  marks.sort((a, b) => a[0] - b[0]);
  const node = el('mark', { class: `qc${quadClass}` });
  let at = 0;
  for (const [begin, end, cls] of marks) {
    if (begin < at) continue;
    node.append(text.slice(at, begin), el('span', { class: cls, text: text.slice(begin, end) }));
    at = end;
  }
  node.append(text.slice(at));
  return el('div', { class: 'evidence' }, node);
}
