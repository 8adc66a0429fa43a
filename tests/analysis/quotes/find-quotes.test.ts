import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributeSpeakers } from '../../../src/analysis/quotes/attribute-speakers.js';
import { findQuotes } from '../../../src/analysis/quotes/find-quotes.js';
import { docOf, slices } from './helpers.js';

const quotesOf = (text: string) => findQuotes(docOf(text)).map((q) => ({ kind: q.kind, text: q.text, fragments: slices(text, q.fragments) }));

describe('findQuotes: direct speech', () => {
  it('finds a quotation with its attribution after it', () => {
    expect(quotesOf('“We will not raise taxes,” Gov. Ellen Park said Tuesday.')).toEqual([
      { kind: 'direct', text: 'We will not raise taxes,', fragments: ['“We will not raise taxes,”'] },
    ]);
  });

  it('finds a quotation introduced by a reporting clause', () => {
    expect(quotesOf('The mayor told reporters, "The budget is balanced."')[0]?.kind).toBe('direct');
    expect(quotesOf('Ortega said: “The vote is Thursday.”')[0]?.kind).toBe('direct');
  });

  it('joins a quotation interrupted by its attribution into one of two fragments', () => {
    const text = '“The plant will close in March,” the company said. “About 300 jobs will go.”';
    expect(quotesOf(text)).toEqual([
      {
        kind: 'direct',
        text: 'The plant will close in March. About 300 jobs will go.',
        fragments: ['“The plant will close in March,”', '“About 300 jobs will go.”'],
      },
    ]);
  });

  it('keeps apart two quotations when each has its own attribution and the second names someone else', () => {
    const text = 'When someone in the crowd shouted, “Ashford,” Hale joked, again in a fake accent, “Come on up!”';
    expect(quotesOf(text).map((q) => q.fragments)).toEqual([['“Ashford,”'], ['“Come on up!”']]);
    // With no attribution of its own, the first part is the same speaker's: one quotation.
    expect(quotesOf('“Ashford,” Hale joked, “come on up!”').map((q) => q.fragments)).toEqual([['“Ashford,”', '“come on up!”']]);
  });

  it('joins the parts around an attribution that ends on a place’s abbreviation', () => {
    for (const [open, close] of [['“', '”'], ["''", "''"]]) {
      const text = `${open}We lost the vote,${close} said Dana Whitcomb, 34, of Tampa, Fla. ${open}Next time we will win.${close}`;
      const quotes = quotesOf(text);
      expect(quotes).toHaveLength(1);
      expect(quotes[0]).toMatchObject({ kind: 'direct', text: 'We lost the vote. Next time we will win.' });
    }
  });

  it('reads no quotation in an excerpt set off by a straight mark no mark closes, in an article quoting in curly marks', () => {
    const text = 'The Ledger reports:\n\n"The first time she saw him, she cheered. “Here he comes,” she said.\n\n"Then the crowd went quiet.\n\n“It was a good night,” Dana Whitcomb said.';
    expect(quotesOf(text).map((q) => [q.kind, q.fragments])).toEqual([
      ['direct', ['“Here he comes,”']],
      ['direct', ['“It was a good night,”']],
    ]);
  });

  it('reads a nickname set inside a name as a partial quote that does not cut the reporting clause', () => {
    const text = '"What a night for the town!" his cousin, Del. Marian "Mimi" Garrow (D-Ohio), called out to the crowd.';
    expect(quotesOf(text).map((q) => [q.kind, q.fragments])).toEqual([
      ['direct', ['"What a night for the town!"']],
      ['partial', ['"Mimi"']],
    ]);
  });

  it('lets the second part of an interrupted sentence go on in lower case', () => {
    const text = '"If the rates rise," he said, "the bank will feel it first."';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.fragments).toHaveLength(2);
    expect(quotes[0]?.kind).toBe('direct');
  });

  it('joins the parts around an attribution whose appositive carries a relative clause', () => {
    const withComma = '“We will not trade away our water,” said Sen. Ann Lee, a Democrat from Ohio, whose vote leaders had counted on. “If the deal is fair, I will sign it.”';
    expect(quotesOf(withComma).map((q) => [q.kind, q.fragments.length])).toEqual([['direct', 2]]);
    const noComma = '“They are paying too much,” said Tom Reyes, an analyst at Acme Capital Ltd. who owns shares in both banks. “I would wait a year.”';
    expect(quotesOf(noComma).map((q) => [q.kind, q.fragments.length])).toEqual([['direct', 2]]);
  });

  it('does not join two quotations that each have their own attribution', () => {
    const text = '“We are ready,” Smith said. “So are we,” Jones replied.';
    expect(quotesOf(text).map((q) => q.fragments.length)).toEqual([1, 1]);
  });

  it('reads a quotation running over paragraphs as one, a fragment per paragraph', () => {
    const text = 'Ortega continued:\n\n“The first thing is the budget.\n\n“The second is the schools.”';
    const [quote] = quotesOf(text);
    expect(quote?.kind).toBe('direct');
    expect(quote?.fragments).toEqual(['“The first thing is the budget.', '“The second is the schools.”']);
    expect(quote?.text).toBe('The first thing is the budget. The second is the schools.');
  });

  it("reads two apostrophes as a double mark, as archive copies print them", () => {
    const text = "''We may at last get some rain this week,'' the forecaster wrote on her page.";
    expect(quotesOf(text)).toEqual([{ kind: 'direct', text: 'We may at last get some rain this week,', fragments: ["''We may at last get some rain this week,''"] }]);
  });
});

describe('findQuotes: partial quotations', () => {
  it('marks a quoted word inside the reporter’s sentence as partial', () => {
    expect(quotesOf('She called half of his supporters “deplorables.”')[0]?.kind).toBe('partial');
  });

  it('marks scare quotes, titles and nicknames as partial', () => {
    const text = 'The so-called "reform" bill, dubbed "Ryancare" by critics, was discussed on "Meet the Press" on Sunday.';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(3);
    expect(quotes.every((q) => q.kind === 'partial')).toBe(true);
  });

  it('marks quoted words finishing the reporter’s clause as partial, whatever their length', () => {
    const text = 'Trump said the deal was “the worst trade deal maybe ever signed anywhere, but certainly ever signed in this country.”';
    expect(quotesOf(text)[0]?.kind).toBe('partial');
  });

  it('marks a quotation that the reporter’s words continue after as partial', () => {
    const text = '“We are extremely happy” about the ruling, said Ann Lee, the union’s director.';
    expect(quotesOf(text)[0]?.kind).toBe('partial');
  });

  it('marks a lower-case quotation after a reporting clause as partial', () => {
    expect(quotesOf('He added that the plan would be “a total disaster for workers.”')[0]?.kind).toBe('partial');
    expect(quotesOf('While the talks go on, he said, “nobody will leave the table.”')[0]?.kind).toBe('partial');
  });

  it('reads a quotation listed after another like the first one', () => {
    const text = 'The search covered words such as "ambassador," "attack," and "Benghazi."';
    expect(quotesOf(text).map((q) => q.kind)).toEqual(['partial', 'partial', 'partial']);
  });
});

describe('findQuotes: robustness', () => {
  it('returns nothing for empty text or text without quotations', () => {
    expect(findQuotes(docOf(''))).toEqual([]);
    expect(findQuotes(docOf('The council met on Friday.'))).toEqual([]);
  });

  it('keeps an unbalanced mark from swallowing the rest of the article', () => {
    const text = 'The senator called it “a betrayal.\n\nThe vote was 52 to 48.\n\n“It is done,” Smith said.';
    const quotes = findQuotes(docOf(text));
    expect(quotes).toHaveLength(2);
    expect(quotes[0]?.fragments[0]?.end).toBeLessThanOrEqual(text.indexOf('\n'));
  });

  it('stays fast on long runs of marks and quotations (linear scans)', () => {
    const texts = [
      '“ " \'\' « „ '.repeat(8000),
      '“We will win,” Smith said, and “the plan” is “a disaster” according to Jones '.repeat(1200),
      '“We will win.\n\n'.repeat(2000),
    ];
    for (const text of texts) {
      const doc = docOf(text);
      const started = performance.now();
      const quotes = findQuotes(doc);
      attributeSpeakers(doc, quotes, { entities: [], mentions: [] });
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });

  it('never throws and keeps fragments inside the text, in order', () => {
    const piece = fc.constantFrom('"', '“', '”', "''", "'", '’', '«', '»', '„', ' ', '\n', '\n\n', 'he said', 'Smith', ',', '.', ':', 'We won', 'it’s', '—', 'said Sen. Ann Lee', 'according to', '(', ')');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const doc = docOf(text);
        const quotes = attributeSpeakers(doc, findQuotes(doc), { entities: [], mentions: [] });
        for (const q of quotes) {
          let last = -1;
          for (const f of q.fragments) {
            expect(f.start).toBeGreaterThan(last);
            expect(f.end).toBeLessThanOrEqual(text.length);
            expect(f.end).toBeGreaterThan(f.start);
            last = f.end - 1;
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
