/**
 * The report's map: the basemap compiled at build time (scripts/build-basemap.mjs), with one
 * mark per place of the corpus that has coordinates, sized by its mentions. Drawn here as SVG,
 * so the map needs no script to show; the page script only adds zoom and selection.
 */
import { geoEqualEarth } from 'd3-geo';
import type { Report } from '../../report.js';
import type { Basemap } from './assets.js';
import { escapeHtml } from './escape.js';
import type { MapPlace } from './page-data.js';

/** Radius of the smallest and largest marks, in basemap units (the frame is 960 wide). */
const MIN_RADIUS = 2.5;
const MAX_RADIUS = 14;

/**
 * The places of the corpus that have coordinates, one per name, country and position, with
 * their mentions summed and the articles that name them; most mentioned first. Also returns,
 * for each article, the mark index of each of its places (or undefined).
 */
export function collectMapPlaces(reports: readonly Report[], basemap: Basemap): { places: MapPlace[]; marks: (number | undefined)[][] } {
  const projection = geoEqualEarth().scale(basemap.scale).translate(basemap.translate);
  const byKey = new Map<string, MapPlace>();
  const keys = reports.map((report, article) =>
    report.places.map((place) => {
      if (!place.coordinates) return undefined;
      const { lat, lon } = place.coordinates;
      const key = `${place.name}\u0000${place.country ?? ''}\u0000${lat}\u0000${lon}`;
      let entry = byKey.get(key);
      if (!entry) {
        const [x, y] = projection([lon, lat]) ?? [0, 0];
        entry = {
          name: place.name,
          kind: place.kind,
          ...(place.country ? { country: place.country } : {}),
          lat,
          lon,
          x: Math.round(x * 10) / 10,
          y: Math.round(y * 10) / 10,
          mentions: 0,
          articles: [],
        };
        byKey.set(key, entry);
      }
      entry.mentions += place.mentions.length;
      if (entry.articles[entry.articles.length - 1] !== article) entry.articles.push(article);
      return key;
    }),
  );
  const places = [...byKey.values()].sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const index = new Map(places.map((place, i) => [place, i]));
  const marks = keys.map((row) => row.map((key) => (key === undefined ? undefined : index.get(byKey.get(key)!))));
  return { places, marks };
}

/** Radius of a mark: its area grows with mentions, relative to the most mentioned place. */
export function markRadius(mentions: number, most: number): number {
  return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(mentions / Math.max(1, most));
}

/** The map as an SVG element: sphere, land, borders, then the marks, largest first. */
export function renderMap(places: readonly MapPlace[], basemap: Basemap): string {
  const most = places[0]?.mentions ?? 1;
  const marks = places
    .map((place, i) => {
      const r = markRadius(place.mentions, most).toFixed(1);
      const label = `${place.name}: ${place.mentions} mention${place.mentions === 1 ? '' : 's'} in ${place.articles.length} article${place.articles.length === 1 ? '' : 's'}`;
      return `<circle class="mark" data-place="${i}" cx="${place.x}" cy="${place.y}" r="${r}" data-r="${r}"><title>${escapeHtml(label)}</title></circle>`;
    })
    .join('');
  return (
    `<svg class="map-svg" viewBox="0 0 ${basemap.width} ${basemap.height}" role="img" aria-labelledby="map-title map-desc" preserveAspectRatio="xMidYMid meet">` +
    `<title id="map-title">Map of the places named in the corpus</title>` +
    `<desc id="map-desc">${places.length} place${places.length === 1 ? '' : 's'} with coordinates, each a circle sized by its mentions; the same places are listed beside the map.</desc>` +
    `<path class="sphere" d="${basemap.sphere}"/><path class="land" d="${basemap.land}"/><path class="borders" d="${basemap.borders}"/>` +
    `<g class="marks">${marks}</g></svg>`
  );
}

/** The places of the map as a list beside it (the map's text alternative), most mentioned first. */
export function renderPlaceList(places: readonly MapPlace[]): string {
  if (places.length === 0) return '<p class="empty">No place with coordinates in this corpus.</p>';
  const items = places
    .map((place, i) => {
      const where = [place.kind, place.country].filter(Boolean).join(' · ');
      return `<li><button type="button" class="linkish" data-map-place="${i}">${escapeHtml(place.name)}</button> <span class="detail">${escapeHtml(where)} · ${place.mentions} mention${place.mentions === 1 ? '' : 's'} · ${place.articles.length} article${place.articles.length === 1 ? '' : 's'}</span></li>`;
    })
    .join('');
  return `<ol class="place-list" id="place-list">${items}</ol>`;
}
