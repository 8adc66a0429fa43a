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
  /**
   * True when case tells nothing of the name: it stood in an ALL-CAPS line (headline, dateline),
   * or is a place written all in lower case ("living in malaysia"). It is looked up in title case.
   */
  inCapsLine: boolean;
  /** The whole name when the text shares it with a neighbour: "Frank" in "Frank and Linda Abernathy". */
  fullName?: string[];
  /** True for a place named inside an organization's name ("California" in "University of California"). */
  nested?: boolean;
  /** The name's words, once asked for (see classify-candidates.ts, `nameParts`). */
  nameParts?: string[];
}

/** The fields every candidate is made with; the optional ones may be left out here. */
type CandidateFields = Pick<Candidate, 'start' | 'end' | 'text' | 'tokenStart' | 'tokenEnd' | 'inCapsLine'> & Partial<Candidate>;

/**
 * A candidate with every field present, in one order: the stages that read candidates then meet
 * one object shape (V8 compiles code for the shapes it meets, and compiles again when a new one
 * turns up).
 */
export function newCandidate(f: CandidateFields): Candidate {
  return {
    start: f.start,
    end: f.end,
    text: f.text,
    tokenStart: f.tokenStart,
    tokenEnd: f.tokenEnd,
    title: f.title,
    titleStart: f.titleStart,
    inCapsLine: f.inCapsLine,
    fullName: f.fullName,
    nested: f.nested,
    nameParts: undefined,
  };
}
