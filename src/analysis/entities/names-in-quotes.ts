/**
 * A given name alone inside a quotation ("David understood the business") cannot be the speaker
 * talking about himself: when two people share that given name and one of them says it, the
 * other is meant. Runs after speaker attribution, which it needs.
 */
import type { AnalysedEntities, Entity, QuoteFinding } from '../types.js';

/** Moves given-name-only mentions inside quotes to the namesake who is not speaking. */
export function resolveNamesInQuotes(analysed: AnalysedEntities, quotes: readonly QuoteFinding[]): void {
  const people = analysed.entities.filter((e) => e.type === 'person');
  const byGivenName = new Map<string, Entity[]>();
  for (const person of people) {
    const words = person.name.split(/\s+/);
    if (words.length < 2) continue;
    const given = words[0] as string;
    byGivenName.set(given, [...(byGivenName.get(given) ?? []), person]);
  }
  for (const alone of people) {
    if (alone.name.includes(' ')) continue;
    const namesakes = byGivenName.get(alone.name);
    if (!namesakes || namesakes.length !== 2) continue;
    for (const mention of [...alone.mentions]) {
      const quote = quotes.find((q) => q.fragments.some((f) => f.start <= mention.start && mention.end <= f.end));
      const speaker = quote?.speaker?.entity;
      const other = namesakes.find((p) => p.index !== speaker);
      if (speaker === undefined || !other || !namesakes.some((p) => p.index === speaker)) continue;
      alone.mentions.splice(alone.mentions.indexOf(mention), 1);
      mention.entity = other.index;
      other.mentions.push(mention);
      other.mentions.sort((a, b) => a.start - b.start);
      if (!other.aliases.includes(mention.text)) other.aliases.push(mention.text);
    }
  }
}
