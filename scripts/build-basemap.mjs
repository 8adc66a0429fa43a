#!/usr/bin/env node
/**
 * Builds generated/basemap.json: the world map under the HTML report's place marks. The country
 * outlines of world-atlas (Natural Earth 1:110m, public domain) are projected once, here, with
 * d3-geo's Equal Earth projection fitted to a fixed frame, and stored as SVG path data; the
 * report then only projects its places (src/format/html/map.ts, same projection and frame).
 * Runs before tsc (`npm run build:data`), so this is plain Node ESM.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';

const require = createRequire(import.meta.url);

/** Width of the map's frame in SVG units; the height follows from the projection. */
export const MAP_WIDTH = 960;
/** Decimals kept in the path data: a tenth of a unit is finer than a pixel at full width. */
const DIGITS = 1;

/** The basemap: frame, projection parameters, and three paths (sphere, land, borders). */
export function buildBasemap() {
  const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
  const sphere = { type: 'Sphere' };
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, sphere);
  const [[, top], [, bottom]] = geoPath(projection).bounds(sphere);
  const height = Math.ceil(bottom + top);
  const path = geoPath(projection).digits(DIGITS);
  return {
    source: 'world-atlas countries-110m (Natural Earth)',
    projection: 'equalEarth',
    width: MAP_WIDTH,
    height,
    scale: projection.scale(),
    translate: projection.translate(),
    sphere: path(sphere),
    land: path(feature(world, world.objects.land)),
    borders: path(mesh(world, world.objects.countries, (a, b) => a !== b)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
  const text = JSON.stringify(buildBasemap());
  mkdirSync(join(root, 'generated'), { recursive: true });
  writeFileSync(join(root, 'generated', 'basemap.json'), text);
  console.log(`basemap: generated/basemap.json ${Math.round(text.length / 1024)} KiB in ${Date.now() - started} ms`);
}
