/**
 * What every HTML report inlines: the page script and style sheet (built from
 * src/format/html/page/ by scripts/build-page.mjs) and the basemap (scripts/build-basemap.mjs),
 * all under generated/. Read once per process, on first use.
 */
import { readFileSync } from 'node:fs';
import { PACKAGE_ROOT } from '../../support/package-root.js';

/** The world map compiled at build time, in SVG units. */
export interface Basemap {
  width: number;
  height: number;
  /** Equal Earth projection parameters that place coordinates on this frame. */
  scale: number;
  translate: [number, number];
  /** SVG path data. */
  sphere: string;
  land: string;
  borders: string;
}

/** The inlined parts of a report page. */
export interface PageAssets {
  script: string;
  style: string;
  basemap: Basemap;
}

const GENERATED = new URL('generated/', PACKAGE_ROOT);

let cached: PageAssets | undefined;

/**
 * The page assets from generated/, read on first call.
 *
 * @throws Error naming the build step when a file is missing (a checkout that was not built)
 */
export function loadPageAssets(): PageAssets {
  if (cached) return cached;
  const read = (name: string): string => {
    try {
      return readFileSync(new URL(name, GENERATED), 'utf8');
    } catch (error) {
      throw new Error(`generated/${name} is missing: run \`npm run build\` (${(error as Error).message})`);
    }
  };
  cached = {
    script: read('report-page.js'),
    style: read('report-page.css'),
    basemap: JSON.parse(read('basemap.json')) as Basemap,
  };
  return cached;
}
