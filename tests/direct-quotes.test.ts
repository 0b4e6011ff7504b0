// Direct-quote detection, by phenomenon. Each row: input, and the quoted words expected
// (as `type: text`), in document order. Speakers are tested in the attribution suites.
import { describe, expect, test } from 'vitest';
import { extract, type Quote } from '../src/index.js';

const found = (text: string, includeNonSpeech = false): string[] =>
  extract(text, { includeNonSpeech }).quotes.filter((q) => q.type === 'direct' || q.type === 'other').map((q) => `${q.type}: ${q.text}`);

const directs = (text: string): Quote[] => extract(text).quotes.filter((q) => q.type === 'direct');

describe('quote marks of every family', () => {
  test.each([
    ['straight', '"We will win this fight," she said.', 'We will win this fight,'],
    ['curly', '“We will win this fight,” she said.', 'We will win this fight,'],
    ['single curly, British outer', '‘We will win this fight,’ she said.', 'We will win this fight,'],
    ['single straight, British outer', "'We will win this fight,' she said.", 'We will win this fight,'],
    ['guillemets', '«Nous allons gagner ce combat», a-t-elle dit.', 'Nous allons gagner ce combat'],
    ['guillemets with inner spaces', '« Nous allons gagner ce combat », a-t-elle dit.', 'Nous allons gagner ce combat'],
    ['reversed guillemets', '»Wir werden diesen Kampf gewinnen«, sagte sie.', 'Wir werden diesen Kampf gewinnen'],
    ['single guillemets', '‹Wir werden diesen Kampf gewinnen›, sagte sie.', 'Wir werden diesen Kampf gewinnen'],
    ['low-high „“', '„Wir werden diesen Kampf gewinnen“, sagte sie.', 'Wir werden diesen Kampf gewinnen'],
    ['low-high „”', '„Wij gaan dit gevecht winnen”, zei ze.', 'Wij gaan dit gevecht winnen'],
    ['corner brackets', '彼女は「私たちはこの戦いに勝つ。」と言った。', '私たちはこの戦いに勝つ。'],
    ['white corner brackets', '彼女は『私たちはこの戦いに勝つ。』と言った。', '私たちはこの戦いに勝つ。'],
    ['doubled apostrophes', "''We will win this fight,'' she said.", 'We will win this fight,'],
    ['backticks and apostrophes', "``We will win this fight,'' she said.", 'We will win this fight,'],
  ])('%s', (_name, text, words) => {
    const quotes = directs(text);
    expect(quotes.map((q) => q.text)).toEqual([words]);
    expect(text.slice(quotes[0]!.start, quotes[0]!.end)).toBe(words);
  });
});

describe('nesting', () => {
  test('a nested quote stays inside one record', () => {
    expect(found('“He told me ‘never again,’ and left,” she said.')).toEqual([
      'direct: He told me ‘never again,’ and left,',
    ]);
  });
  test('British style: double marks nested in single ones', () => {
    expect(found('‘He told me “never again,” and left,’ she said.')).toEqual([
      'direct: He told me “never again,” and left,',
    ]);
  });
  test('nested quote closing together with the outer one', () => {
    expect(found('“They called it ‘the deal of the century,’” he said.')).toEqual([
      'direct: They called it ‘the deal of the century,’',
    ]);
  });
});

describe('interrupted and multi-paragraph quotes', () => {
  test('a quote interrupted by a short attribution continues the first fragment', () => {
    const quotes = directs('“We might have had a joint statement,” he said. “But I felt it was important to mention it.”');
    expect(quotes.map((q) => [q.id, q.continues])).toEqual([['q1', null], ['q2', 'q1']]);
  });
  test('an attribution in mid-sentence', () => {
    const quotes = directs('“We might have had,” he said, “a joint statement.”');
    expect(quotes.map((q) => [q.text, q.continues])).toEqual([['We might have had,', null], ['a joint statement.', 'q1']]);
  });
  test('a long stretch of narrative between quotes starts a new utterance', () => {
    const quotes = directs(
      '“I am going to make sure they understand this,” he told the agency about his plans for the afternoon session. “Tell them how firm we are.”',
    );
    expect(quotes.map((q) => q.continues)).toEqual([null, null]);
  });
  test('a paragraph left open continues in the next paragraph that opens with a quote mark', () => {
    const text = 'She said:\n\n“The first thing is the budget. We cannot pass it as it is.\n\n“The second thing is the schedule, which is too tight.”\n\nThen she left.';
    const quotes = directs(text);
    expect(quotes.map((q) => [q.text, q.continues])).toEqual([
      ['The first thing is the budget. We cannot pass it as it is.', null],
      ['The second thing is the schedule, which is too tight.', 'q1'],
    ]);
    expect(extract(text).warnings).toEqual([]);
  });
  test('quotes in unrelated paragraphs are not linked', () => {
    const quotes = directs('“We are ready for the vote,” she said.\n\n“The committee will decide tomorrow,” he said.');
    expect(quotes.map((q) => q.continues)).toEqual([null, null]);
  });
});

describe('a trailing attribution stays an attribution', () => {
  test.each([
    ['with an appositive role', '“We will not back down on this,” Senator Jane Ames, a close adviser to the governor, told reporters.'],
    ['with a title', '“We will not back down on this,” Agriculture Minister Jane Ames told reporters.'],
  ])('%s: the quote is direct, not a mixed clause', (_name, text) => {
    expect(extract(text).quotes.map((q) => `${q.type}: ${q.text}`)).toEqual(['direct: We will not back down on this,']);
  });
});

describe('a quote with its own attribution is not swallowed by an earlier reported clause', () => {
  test.each([
    [
      'When the senator noted that the bill was late, Adams replied, “We will finish it this week.”',
      ['indirect: that the bill was late', 'direct: We will finish it this week.'],
    ],
    [
      'The mayor said he was surprised by the vote, saying, “Nobody expected this result.”',
      ['indirect: he was surprised by the vote', 'direct: Nobody expected this result.'],
    ],
    // A speech verb right before the mark, no comma: a quoted sentence is the verb's own quote.
    [
      'Some in the hall booed, and when the mayor said the fair was back, a man shouted “Go home!”',
      ['indirect: the fair was back', 'direct: Go home!'],
    ],
    // A sentence quoted after a colon, with its own trailing cue: the clause ends at the colon.
    [
      'The minister argued that the port had lost its trade: “The ships go elsewhere now,” she said.',
      ['indirect: that the port had lost its trade', 'direct: The ships go elsewhere now,'],
    ],
    // A label before the colon, the cue after the quote: nothing but the quote is reported.
    ['Her final verdict: “It is not enough,” the coach said.', ['direct: It is not enough,']],
    // A quoted utterance after its cue, then narration (`and said …`, a participle).
    [
      'The coach declared “What a season!” and said that the team would return next year.',
      ['direct: What a season!', 'indirect: that the team would return next year'],
    ],
    ['The coach said, “We are staying,” promising the fans a better season.', ['direct: We are staying,']],
    ['The coach said, “We are done,” until the board paid.', ['direct: We are done,']],
    // A relative clause in the speaker phrase after the quote is about the speaker, not content;
    // the quote's comma may stand inside a nested closing mark.
    ['“We are ready to open the gates,” Dana Reyes, the director of the club and who also coaches the team, told a reporter.', ['direct: We are ready to open the gates,']],
    ['“The club is ready for the ‘big crowd,’” Dana Reyes, the director, told a reporter.', ['direct: The club is ready for the ‘big crowd,’']],
  ])('%s', (text, expected) => {
    expect(extract(text).quotes.map((q) => `${q.type}: ${q.text}`)).toEqual(expected);
  });

  test.each([
    // No own cue after the colon quote: PolNeAR counts the colon and quote as part of the clause.
    ['The minister said that the port has one aim: “Faster ships and lower fees.”', ['mixed: that the port has one aim: “Faster ships and lower fees.”']],
    // Lower-case words after the colon continue the clause.
    ['The minister said the port has one aim: “faster ships,” she said.', ['mixed: the port has one aim: “faster ships,”']],
    // `calls` before a quote names words, it does not attribute a sentence.
    ['The mayor said the fair was back, which she calls “a real comeback.”', ['mixed: the fair was back, which she calls “a real comeback.”']],
    // The quoted words run on into the reporter's sentence: one mixed record.
    ['The coach said “we will be back” and that the team would return.', ['mixed: “we will be back” and that the team would return']],
    ['The coach said “we are staying” for years.', ['mixed: “we are staying” for years']],
    // Other words than narration after the quote: `unless …` is part of what was said.
    ['The coach said, “We are done,” unless the board pays.', ['mixed: “We are done,” unless the board pays']],
    // A finite verb after the quote outside a relative clause: the quote is part of a clause.
    ['“We are ready,” the director of the club felt after the match, she told a reporter.', ['mixed: “We are ready,” the director of the club felt after the match']],
  ])('not split: %s', (text, expected) => {
    expect(extract(text).quotes.map((q) => `${q.type}: ${q.text}`)).toEqual(expected);
  });
});

describe('doubled apostrophes are quote marks to the reported-clause rules too', () => {
  // NYT and wire text type `''` for a double mark; the tokenizer splits it into two `'` tokens,
  // so the rules ask the quote-mark layer what opens a quote instead of comparing token text.
  test.each([
    [
      "As for taxes, ''closing loopholes for the rich involves some paperwork,'' said Ms. Lane.",
      ["mixed: As for taxes, ''closing loopholes for the rich involves some paperwork,''"],
    ],
    // The same sentence with curly marks, as before.
    ['As for taxes, “closing loopholes for the rich involves some paperwork,” said Ms. Lane.', ['mixed: As for taxes, “closing loopholes for the rich involves some paperwork,”']],
  ])('%s', (text, expected) => {
    expect(extract(text).quotes.map((q) => `${q.type}: ${q.text}`)).toEqual(expected);
  });

  test.each([
    // Nothing before the quote: a direct quote with its trailing cue, no mixed record.
    ["''Closing loopholes for the rich involves some paperwork,'' said Ms. Lane.", ['direct: Closing loopholes for the rich involves some paperwork,']],
    // A quoted phrase without a verb after the adverbial is no clause: nothing is reported.
    ["As for taxes, ''a great deal of paperwork,'' said Ms. Lane.", []],
  ])('not mixed: %s', (text, expected) => {
    expect(extract(text).quotes.map((q) => `${q.type}: ${q.text}`)).toEqual(expected);
  });
});

describe('an as-clause attributes the quote after it', () => {
  test.each([
    // A subject and a speech verb in an `as` clause set off by a comma right before the mark:
    // the quote is the source's words even when it is short, lower-case or title-cased.
    ['The council, as one paper called them in an editorial last week, “the slow movers,” met again on Monday.', ['direct: the slow movers,']],
    ['The town hall, as one columnist put it, “Faint Hearts Hall,” stayed shut.', ['direct: Faint Hearts Hall,']],
  ])('%s', (text, expected) => {
    expect(found(text, true)).toEqual(expected);
  });

  test.each([
    // No speech verb: `as drafted` is no attribution.
    ['The plan, as drafted, “needs more work.”', ['other: needs more work.']],
    // Lower-case words run on after the quote: part of the sentence, one mixed record.
    ['The board met as the chair said, “we are in no hurry” about the vote.', []],
  ])('not attributed: %s', (text, expected) => {
    expect(found(text, true)).toEqual(expected);
  });
});

describe('a quote of several sentences run on from the writer\'s words, then a trailing cue', () => {
  test.each([
    // wink cuts the quote at its inner sentence end; the report is the lead-in and the whole quote.
    [
      'The agency “only asks that firms list their big units. That leaves most firms unlisted,” the audit says.',
      ['mixed: The agency “only asks that firms list their big units. That leaves most firms unlisted,”'],
    ],
    // After a colon, the lead-in starts after it.
    [
      "Here is one example: The agency ''only asks for the big units. By asking for so little, it lets most firms hide the rest,'' the audit says.",
      ["mixed: The agency ''only asks for the big units. By asking for so little, it lets most firms hide the rest,''"],
    ],
  ])('%s', (text, expected) => {
    expect(extract(text).quotes.map((q) => `${q.type}: ${q.text}`)).toEqual(expected);
  });

  test.each([
    // No lead-in: a direct quote with its cue.
    ['“The agency only asks for big units. That leaves most firms unlisted,” the audit says.', ['direct: The agency only asks for big units. That leaves most firms unlisted,']],
    // No trailing cue of the quote's own: the quoted words stay a fragment (`other`).
    ['The agency “only asks for big units. That leaves most firms unlisted.” The audit says it will return.', ['other: only asks for big units. That leaves most firms unlisted.']],
  ])('not joined: %s', (text, expected) => {
    expect(found(text, true)).toEqual(expected);
  });
});

describe('headline quotes and quotes continued after an attribution', () => {
  test.each([
    // `Speaker: ‘Quote.’` as a headline: title case there says nothing about a title.
    ['Ames: ‘We Will Not Back Down.’\n\nThe senator spoke on Monday.', ['direct: We Will Not Back Down.']],
    ['Ames: ‘We Will Not Back Down’\n\nThe senator spoke on Monday.', ['direct: We Will Not Back Down']],
    // After `she said, clapping.` the next quote goes on with the utterance.
    ['Rally Day\n\n“Here comes the Boss,” she said, clapping. “The Boss. The Big Man.”', ['direct: Here comes the Boss,', 'direct: The Boss. The Big Man.']],
  ])('%s', (text, expected) => {
    expect(found(text, true)).toEqual(expected);
  });

  test.each([
    // A work's name after a headline colon: no verb, no sentence end.
    ['Review: ‘The Long Road Home’\n\nThe film is back in cinemas.', ['other: The Long Road Home']],
    // Not the headline: the title test still applies.
    ['Cinema Notes\n\nThe season opens with a classic: “The Long Road Home”', ['other: The Long Road Home']],
    // No speech verb between the two quotes.
    ['Harbour\n\n“We won,” and then, later, “Best Team Ever”', ['direct: We won,', 'other: Best Team Ever']],
  ])('not speech: %s', (text, expected) => {
    expect(found(text, true)).toEqual(expected);
  });
});

describe('apostrophes are not quotes', () => {
  test.each([
    ['contraction', 'I don’t think so and we won’t go there.'],
    ['decade', 'It was big in the ’90s and the \'80s too.'],
    ['rock ’n’ roll', 'He loved rock ’n’ roll all his life.'],
    ['plural possessive', 'The students’ union met. Jones\' car was parked outside.'],
    ['name', 'Dr. Jane O’Neil and Mr. O\'Brien arrived.'],
    ['left mark typed as apostrophe', 'President Trump‘s own press conference went on.'],
    ['elision', 'Tell ’em we’re coming ’til dawn.'],
  ])('%s', (_name, text) => {
    expect(extract(text, { includeNonSpeech: true }).quotes).toEqual([]);
    expect(extract(text).warnings).toEqual([]);
  });
  test('a possessive inside a quote does not close it', () => {
    expect(found('“The students’ union will not accept this plan,” she said.')).toEqual([
      'direct: The students’ union will not accept this plan,',
    ]);
  });
  test('a single-quoted phrase after a possessive', () => {
    expect(found("Jones' car was there. 'We are not leaving today,' he said.")).toEqual(['direct: We are not leaving today,']);
  });
});

describe('stray and unbalanced marks', () => {
  test('an unclosed quote ends at its paragraph end, with a warning', () => {
    const text = 'He said: “We will not back down from this at all.\n\nThe vote is on Monday. “It will pass,” she said.';
    const r = extract(text);
    expect(r.quotes.map((q) => q.text)).toEqual(['We will not back down from this at all.', 'It will pass,']);
    expect(r.warnings.map((w) => [w.code, text.slice(w.start, w.end)])).toEqual([['unclosed-quote', '“']]);
  });
  test('a stray closing mark is reported and loses nothing', () => {
    const text = 'The plan” was late.\n\n“It will pass easily,” she said.';
    const r = extract(text);
    expect(r.quotes.map((q) => q.text)).toEqual(['It will pass easily,']);
    expect(r.warnings.map((w) => w.code)).toEqual(['unmatched-quote']);
  });
  test('an opening mark left open before another quote does not swallow it', () => {
    const text = '“The first one never closes. Then she said: “the second is fine.”';
    const r = extract(text);
    expect(r.quotes.map((q) => q.text)).toContain('the second is fine.');
    expect(r.warnings.map((w) => w.code)).toContain('unclosed-quote');
  });
});

describe('words voiced aloud: chanted, sung, shouted', () => {
  test.each([
    // Right after a voicing verb the title test does not apply: the words were said.
    ['The fans chanted “Ross! Ross!”', ['direct: Ross! Ross!']],
    // The participle attributes its own quote, so the clause before it ends at the comma.
    ['At the picnic, the band leader called the mayors to the stage, singing “Our Town Tonight.”', ['direct: Our Town Tonight.']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test.each([
    // A title announced by a noun stays a title.
    ['The band played the song “Our Town Tonight.”', ['other: Our Town Tonight.']],
    // The quoted words run on into the sentence.
    ['The fans were chanting “Ross, Ross” all night.', ['other: Ross, Ross']],
  ])('not speech: %s', (text, expected) => {
    expect(found(text, true)).toEqual(expected);
  });
});

describe('not speech: scare quotes, terms, titles', () => {
  test.each([
    ['scare quote', 'They pushed the so-called “woke” agenda.', 'woke'],
    ['one-word term', 'The result was “concrete” by any measure.', 'concrete'],
    ['quoted words run into a sentence', 'Many voters found the ad “rather odd and a bit too long” last week.', 'rather odd and a bit too long'],
    ['film title', 'She watched the film “Jaws” again.', 'Jaws'],
    ['title in Title Case', 'They sang “A Change Is Gonna Come” at the rally.', 'A Change Is Gonna Come'],
    ['nickname', 'A group nicknamed “the Squad” met.', 'the Squad'],
    ['term with a comma inside', 'The rules cover a “targeted employment area,” which is new.', 'targeted employment area,'],
    ['title after a comma', 'The shelf held his book, “The Art of the Deal.”', 'The Art of the Deal.'],
  ])('%s', (_name, text, words) => {
    expect(found(text)).toEqual([]);
    expect(found(text, true)).toEqual([`other: ${words}`]);
  });
  test.each([
    ['a short sentence', '“Neither do I.”', 'Neither do I.'],
    ['a short clause with a comma', '“I would,” Melanie said.', 'I would,'],
    ['an exclamation', '“Never!” she shouted.', 'Never!'],
    ['after a sentence connective', 'Then “we are ready to sign,” Lee said.', 'we are ready to sign,'],
    // A noun that announces titles (`campaign`, `words`), then a comma: a quoted sentence is speech.
    ['a sentence after `the campaign,`', 'According to the campaign, “The speech will be given at the college on Monday.”', 'The speech will be given at the college on Monday.'],
    ['a sentence after `in her words,`', 'She backed him because, in her words, “He knows how to run a port.”', 'He knows how to run a port.'],
  ])('short speech is still speech: %s', (_name, text, words) => {
    expect(found(text)).toEqual([`direct: ${words}`]);
  });
});

describe('offsets hold on any input', () => {
  test.each([
    ['CRLF', 'Intro line.\r\n\r\n“We will win this fight,” she said.\r\n'],
    ['tabs', '\t“We will\twin this fight,”\tshe said.'],
    ['NBSP', 'She said:\u00a0“We will win this fight.”'],
    ['emoji', '🎉🎉 “We will win 🎉 this fight,” she said. 👍'],
    ['zero-width', 'Intro\u200b text. “We will\u200b win this fight,” she said.'],
    ['decomposed accents', 'Jose\u0301 said: “Cafe\u0301 owners will win this fight.”'],
  ])('%s', (_name, text) => {
    const quotes = directs(text);
    expect(quotes).toHaveLength(1);
    const q = quotes[0]!;
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.text).toMatch(/^We will|^Cafe/);
    expect(text.slice(q.context.start, q.context.end)).toContain(q.text);
  });
});
