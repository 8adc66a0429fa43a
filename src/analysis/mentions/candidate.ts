import type { Span } from '../../nlp/document.js';

/** A capitalised name found in the text, before it is typed. */
export interface Candidate extends Span {
  /** The name as written (no title, no possessive). */
  text: string;
  /** First token of the name. */
  tokenStart: number;
  /** One past the last token of the name. */
  tokenEnd: number;
  /** The title written before the name ("Russian President"), when the run began with one. */
  title?: string;
  /** First token of the title, when there is one. */
  titleStart?: number;
  /** True when the run stood in an ALL-CAPS line (headline, dateline), where case tells nothing. */
  inCapsLine: boolean;
  /** The whole name when the text shares it with a neighbour: "Frank" in "Frank and Linda Abernathy". */
  fullName?: string[];
  /** True for a place named inside an organization's name ("California" in "University of California"). */
  nested?: boolean;
}
