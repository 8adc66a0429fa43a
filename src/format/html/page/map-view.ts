/**
 * The map's behaviour: zoom (buttons, wheel, keyboard), drag to pan, and selecting a place (a
 * mark or its entry in the list) to see the articles that name it. Marks keep their size on
 * screen whatever the zoom.
 */
import type { MapPlace, PageArticle } from '../page-data.js';
import { byId, el, plural } from './dom.js';

interface View {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Closest zoom: a fortieth of the world's width (a region the size of Belgium). */
const MIN_WIDTH_SHARE = 1 / 40;

/** Wires the map in #map-box, if the report has one. */
export function initMap(places: readonly MapPlace[], articles: readonly PageArticle[]): void {
  const svg = document.querySelector<SVGSVGElement>('#map-box svg');
  if (!svg) return;
  const full: View = { x: 0, y: 0, w: svg.viewBox.baseVal.width, h: svg.viewBox.baseVal.height };
  const marks = [...svg.querySelectorAll<SVGCircleElement>('circle.mark')];
  const panel = byId('map-panel');
  let view = { ...full };

  const apply = (next: View): void => {
    const w = Math.min(full.w, Math.max(full.w * MIN_WIDTH_SHARE, next.w));
    const h = (w * full.h) / full.w;
    const x = Math.min(full.w - w, Math.max(0, next.x + (next.w - w) / 2));
    const y = Math.min(full.h - h, Math.max(0, next.y + (next.h - h) / 2));
    view = { x, y, w, h };
    svg.setAttribute('viewBox', `${x.toFixed(2)} ${y.toFixed(2)} ${w.toFixed(2)} ${h.toFixed(2)}`);
    const scale = w / full.w;
    for (const mark of marks) mark.setAttribute('r', (Number(mark.dataset['r']) * Math.sqrt(scale)).toFixed(2));
  };
  const zoom = (factor: number, cx = view.x + view.w / 2, cy = view.y + view.h / 2): void => {
    apply({ x: cx - (cx - view.x) / factor, y: cy - (cy - view.y) / factor, w: view.w / factor, h: view.h / factor });
  };
  const fit = (): void => {
    if (places.length === 0) return apply(full);
    const xs = places.map((p) => p.x);
    const ys = places.map((p) => p.y);
    const pad = 30;
    const x0 = Math.min(...xs) - pad;
    const y0 = Math.min(...ys) - pad;
    let w = Math.max(...xs) + pad - x0;
    let h = Math.max(...ys) + pad - y0;
    // Keep the frame's proportions, around the places' box.
    if (w / h < full.w / full.h) w = (h * full.w) / full.h;
    else h = (w * full.h) / full.w;
    const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
    const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
    apply({ x: cx - w / 2, y: cy - h / 2, w, h });
  };

  const controls = byId('map-controls');
  // Symbols get a name; words are their own name (the title only explains them).
  const button = (label: string, text: string, action: () => void): HTMLButtonElement => {
    const b = el('button', { type: 'button', 'aria-label': text.length === 1 ? label : undefined, title: label }, text);
    b.addEventListener('click', action);
    return b;
  };
  controls.replaceChildren(
    button('Zoom in', '+', () => zoom(1.6)),
    button('Zoom out', '−', () => zoom(1 / 1.6)),
    button('Fit the map to the places', 'Fit places', fit),
    button('Show the whole world', 'World', () => apply(full)),
  );

  const box = byId('map-box');
  box.addEventListener('keydown', (event) => {
    const step = view.w / 8;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const move = moves[event.key];
    if (move) apply({ ...view, x: view.x + move[0], y: view.y + move[1] });
    else if (event.key === '+' || event.key === '=') zoom(1.6);
    else if (event.key === '-') zoom(1 / 1.6);
    else return;
    event.preventDefault();
  });
  const toMap = (event: MouseEvent): [number, number] => {
    const rect = svg.getBoundingClientRect();
    // preserveAspectRatio meet: the drawing is centred in the element at one scale.
    const scale = Math.min(rect.width / view.w, rect.height / view.h);
    const left = rect.left + (rect.width - view.w * scale) / 2;
    const top = rect.top + (rect.height - view.h * scale) / 2;
    return [view.x + (event.clientX - left) / scale, view.y + (event.clientY - top) / scale];
  };
  box.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      const [cx, cy] = toMap(event);
      zoom(event.deltaY < 0 ? 1.25 : 1 / 1.25, cx, cy);
    },
    { passive: false },
  );
  let drag: { x: number; y: number; view: View; moved: boolean } | undefined;
  svg.addEventListener('pointerdown', (event) => {
    drag = { x: event.clientX, y: event.clientY, view: { ...view }, moved: false };
  });
  window.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const rect = svg.getBoundingClientRect();
    const scale = Math.min(rect.width / view.w, rect.height / view.h);
    const dx = (event.clientX - drag.x) / scale;
    const dy = (event.clientY - drag.y) / scale;
    if (Math.abs(dx) + Math.abs(dy) > 2) drag.moved = true;
    if (drag.moved) apply({ ...drag.view, x: drag.view.x - dx, y: drag.view.y - dy });
  });
  window.addEventListener('pointerup', () => {
    setTimeout(() => (drag = undefined));
  });

  const select = (index: number): void => {
    const place = places[index];
    if (!place) return;
    for (const mark of marks) mark.classList.toggle('is-selected', mark.dataset['place'] === String(index));
    for (const entry of document.querySelectorAll<HTMLElement>('[data-map-place]')) {
      entry.setAttribute('aria-pressed', entry.dataset['mapPlace'] === String(index) ? 'true' : 'false');
    }
    const links = place.articles.map((a) => el('li', {}, el('a', { href: `#article/${a}` }, articles[a]?.source ?? '')));
    panel.replaceChildren(
      el('h3', {}, place.name),
      el('p', {}, `${[place.kind, place.country].filter(Boolean).join(' · ')} · ${place.lat.toFixed(2)}, ${place.lon.toFixed(2)} · ${plural(place.mentions, 'mention')} in ${plural(place.articles.length, 'article')}`),
      el('ul', { class: 'article-links' }, ...links),
    );
  };
  svg.addEventListener('click', (event) => {
    if (drag?.moved) return;
    const mark = event.target instanceof Element ? event.target.closest<SVGCircleElement>('circle.mark') : null;
    if (mark) select(Number(mark.dataset['place']));
  });
  for (const entry of document.querySelectorAll<HTMLElement>('[data-map-place]')) entry.setAttribute('aria-pressed', 'false');
  byId('place-list-box').addEventListener('click', (event) => {
    const entry = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-map-place]') : null;
    if (entry) select(Number(entry.dataset['mapPlace']));
  });
  fit();
}
