/**
 * Test helpers for the quote stages: a tokenised document, and a small hand-made entity list
 * standing in for the entity stages (every occurrence of each given name, or of its last word,
 * becomes a mention of that entity).
 */
import type { NlpDocument } from '../../../src/nlp/document.js';
import { tokenize } from '../../../src/nlp/tokenize.js';
import { getWink } from '../../../src/nlp/wink.js';
import type { AnalysedEntities, Entity, EntityMention, EntityType } from '../../../src/analysis/types.js';

/** Tokenises `text` with the shared wink instance. */
export function docOf(text: string): NlpDocument {
  return tokenize(getWink(), text);
}

/** An entity to mark in the text. */
export interface Named {
  name: string;
  type?: EntityType;
  gender?: 'female' | 'male';
  /** The gender most bearers of the given name have, where `gender` is unknown. */
  genderLean?: 'female' | 'male';
  titles?: string[];
}

/** Marks each full name, and each later use of its last word alone, as a mention. */
export function entitiesOf(doc: NlpDocument, named: readonly Named[]): AnalysedEntities {
  const entities: Entity[] = named.map((n, index) => ({
    index,
    type: n.type ?? 'person',
    name: n.name,
    aliases: [],
    titles: n.titles ?? [],
    ...(n.gender ? { gender: n.gender } : {}),
    ...(n.genderLean ? { genderLean: n.genderLean } : {}),
    mentions: [],
  }));
  const mentions: EntityMention[] = [];
  const taken = new Set<number>();
  named.forEach((n, index) => {
    const forms = [n.name, n.name.split(' ').pop() as string];
    for (const form of forms) {
      let at = doc.text.indexOf(form);
      while (at >= 0) {
        const end = at + form.length;
        const first = doc.tokens.findIndex((t) => t.start === at);
        const last = doc.tokens.findIndex((t) => t.end === end);
        if (first >= 0 && last >= first && !taken.has(first) && !taken.has(last)) {
          for (let t = first; t <= last; t++) taken.add(t);
          const mention: EntityMention = { start: at, end, text: form, type: n.type ?? 'person', tokenStart: first, tokenEnd: last + 1, entity: index };
          mentions.push(mention);
          (entities[index] as Entity).mentions.push(mention);
        }
        at = doc.text.indexOf(form, end);
      }
    }
  });
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}

/** The text of each fragment of a span list. */
export function slices(text: string, spans: readonly { start: number; end: number }[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}
