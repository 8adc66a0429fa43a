/**
 * Per-document memos: answers that stages compute from one document and ask for again (is this
 * token a reporting verb, the reporting clause after this quote, the roles of the article's
 * people). They live in the document they describe, never in module globals, so an analysis
 * cannot see anything of the documents analysed before it, and they go when the document goes.
 */
import type { NlpDocument } from './document.js';

/**
 * One kind of memo: a module declares its key once, as a constant, with the function that
 * makes an empty memo for a document. The key holds no state of its own.
 */
export interface MemoKey<T> {
  /** For debugging: what the memo holds. */
  readonly name: string;
  /** Makes the (empty) memo for one document. */
  readonly create: (doc: NlpDocument) => T;
}

/** Declares a kind of per-document memo. */
export function memoKey<T>(name: string, create: (doc: NlpDocument) => T): MemoKey<T> {
  return { name, create };
}

/** The memos of one document, by key; made empty with the document by `tokenize`. */
export class DocumentMemos {
  readonly #values = new Map<MemoKey<unknown>, unknown>();
  // Stages ask the same memo many times in a row: the last one is answered without the map.
  #lastKey: MemoKey<unknown> | undefined;
  #lastValue: unknown;

  /** The document's memo of kind `key`, made on first use. */
  get<T>(doc: NlpDocument, key: MemoKey<T>): T {
    if (key === this.#lastKey) return this.#lastValue as T;
    let value = this.#values.get(key) as T | undefined;
    if (value === undefined) {
      value = key.create(doc);
      this.#values.set(key, value);
    }
    this.#lastKey = key;
    this.#lastValue = value;
    return value;
  }
}

/** The memo of kind `key` kept with `doc`. */
export function memoOf<T>(doc: NlpDocument, key: MemoKey<T>): T {
  return doc.memos.get(doc, key);
}
