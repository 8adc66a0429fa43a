/**
 * The package's root folder, for the files dossier reads at run time (generated/ indexes and
 * assets, package.json). Every such path is built from here, never from the reading module's own
 * place: this file sits two folders deep in dist/ (dist/support/), as does the one-file bundle
 * the CLI runs (dist/bundle/, scripts/build-bundle.mjs), so `../../` is the root from both.
 */
export const PACKAGE_ROOT = new URL('../../', import.meta.url);
