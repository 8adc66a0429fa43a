/**
 * The analysis pipeline over one document: tokens and sentences → candidate names → typed
 * mentions (plus places nested in organization names, organizations opening event names) →
 * canonical entities → quotations → speakers → report. Pure: no I/O, no `process`; the wink instance and the gazetteer come in as
 * resources, loaded once by the caller.
 */
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import { tokenize } from '../nlp/tokenize.js';
import type { WinkEngine } from '../nlp/wink.js';
import type { Report } from '../report.js';
import type { QuoteFinding } from './types.js';
import { buildReport } from './build-report.js';
import { linkEntities } from './entities/link-entities.js';
import { resolveNamesInQuotes } from './entities/names-in-quotes.js';
import { classifyCandidates } from './mentions/classify-candidates.js';
import { DEFAULT_MODEL, type TypingModel } from './mentions/typing-model.js';
import { explainTyping } from './mentions/explain-typing.js';
import { findCandidates } from './mentions/find-candidates.js';
import { nestedOrganizations } from './mentions/nested-organizations.js';
import { nestedPlaces } from './mentions/nested-places.js';
import { rankMentions } from './mentions/rank-mentions.js';
import { attributeSpeakers } from './quotes/attribute-speakers.js';
import { findQuotes } from './quotes/find-quotes.js';
import { transcriptTurns } from './quotes/transcript-turns.js';

/** What the analysis needs besides the text: loaded once per process or worker. */
export interface AnalysisResources {
  wink: WinkEngine;
  gazetteer: Gazetteer;
  /** The typing model (feature weights, rules switched off); the learned one when absent. */
  model?: TypingModel;
}

/** Options of one analysis. */
export interface AnalyzeOptions {
  /** Label of the document in the report: a path, `-` for standard input. Default `-`. */
  source?: string;
  /** Add `explain` to the report: what chose each finding. */
  explain?: boolean;
  /** Speaker sieves to switch off, by name (see `SIEVE_NAMES`), to measure what each does. */
  disabledSieves?: readonly string[];
  /**
   * Called as each stage of the pipeline ends, with its name: lets a benchmark time the real
   * pipeline stage by stage (bench/stages.mjs) instead of a copy of it. Absent, nothing is called.
   */
  onStage?: (stage: AnalysisStage) => void;
}

/** The stages of {@link analyzeWith}, in the order they run and end. */
export const ANALYSIS_STAGES = ['tokenize', 'findCandidates', 'classifyCandidates', 'nestedNames', 'rankMentions', 'linkEntities', 'findQuotes', 'attributeSpeakers', 'transcriptTurns', 'resolveNamesInQuotes', 'buildReport'] as const;

/** A stage of the pipeline, as {@link AnalyzeOptions.onStage} names it. */
export type AnalysisStage = (typeof ANALYSIS_STAGES)[number];

/** Where a quotation begins. */
function firstStart(q: QuoteFinding): number {
  return q.fragments[0]?.start ?? 0;
}

/** Analyses one document with the given resources and returns its report. */
export function analyzeWith(resources: AnalysisResources, text: string, options: AnalyzeOptions = {}): Report {
  const { wink, gazetteer, model } = resources;
  const onStage = options.onStage;
  const doc = tokenize(wink, text);
  onStage?.('tokenize');
  const candidates = findCandidates(doc, gazetteer);
  onStage?.('findCandidates');
  const typed = classifyCandidates(doc, gazetteer, candidates, model);
  onStage?.('classifyCandidates');
  const nested = [...nestedPlaces(doc, gazetteer, typed), ...nestedOrganizations(doc, gazetteer, typed)];
  onStage?.('nestedNames');
  const ranked = rankMentions(doc, typed);
  onStage?.('rankMentions');
  const entities = linkEntities(doc, gazetteer, [...typed, ...nested], ranked);
  onStage?.('linkEntities');
  const found = findQuotes(doc);
  onStage?.('findQuotes');
  const attributed = attributeSpeakers(doc, found, entities, { disabledSieves: new Set(options.disabledSieves ?? []) });
  onStage?.('attributeSpeakers');
  const turns = transcriptTurns(doc, entities, gazetteer);
  // In text order: a turn holds any quotation its speaker quotes, and comes before it.
  const quotes = turns.length === 0 ? attributed : [...attributed, ...turns].sort((a, b) => firstStart(a) - firstStart(b) || Number(b.kind === 'transcript') - Number(a.kind === 'transcript'));
  onStage?.('transcriptTurns');
  resolveNamesInQuotes(entities, quotes);
  onStage?.('resolveNamesInQuotes');
  const report = buildReport(doc, entities, quotes, options.source ?? '-', options.explain === true);
  onStage?.('buildReport');
  if (options.explain) report.explain = { entities: explainTyping(typed, model ?? DEFAULT_MODEL), ...report.explain };
  return report;
}
