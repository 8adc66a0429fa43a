/**
 * dossier's library API: pure functions from text to {@link Report}.
 *
 * ```ts
 * import { analyze } from 'dossier';
 * const report = analyze(articleText, { source: 'article.txt' });
 * ```
 */
import { ANALYSIS_STAGES, analyzeWith, type AnalysisResources, type AnalysisStage, type AnalyzeOptions } from './analysis/analyze.js';
import { loadGazetteer } from './gazetteer/gazetteer.js';
import { getWink } from './nlp/wink.js';
import type { Report } from './report.js';

let resources: AnalysisResources | undefined;

/** The shared resources (wink model, gazetteer), loaded on first use and kept for the process. */
export function loadResources(): AnalysisResources {
  resources ??= { wink: getWink(), gazetteer: loadGazetteer() };
  return resources;
}

/** Analyses one article and returns its report. The first call loads the model (~0.1 s). */
export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  return analyzeWith(loadResources(), text, options);
}

export { ANALYSIS_STAGES, analyzeWith };
export { aliasLookup, applyAliases, parseAliases, type AliasTable } from './names/aliases.js';
export type { AnalysisResources, AnalysisStage, AnalyzeOptions };
export * from './report.js';
