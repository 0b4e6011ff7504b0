// Inputs for `npm run bench`: scaling variants of an article, the pathological texts of issue 7,
// and a synthetic news archive full of never-seen words. All deterministic (seeded PRNG).

/** mulberry32: a small seeded PRNG, so every run builds the same inputs. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MB = 1_000_000;

/** Repeats `unit` (joined by `sep`) until the text reaches `size` characters, then cuts it there. */
function fill(size: number, next: () => string, sep = ''): string {
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const s = next();
    parts.push(s);
    n += s.length + sep.length;
  }
  return parts.join(sep).slice(0, size);
}

/** The article as one paragraph: every line break becomes a space. */
export function asOneParagraph(article: string): string {
  return article.replace(/\s*\n\s*/g, ' ');
}

export interface NamedInput {
  name: string;
  text: string;
  /** What it stresses. */
  note: string;
  /**
   * What is timed (default `extract`): `html` = the CLI's page reader (htmlToText) then
   * extract on its text; `audit` = audit(source, claim) with the source's extraction made
   * beforehand (`text` is the claim); `decode` = the CLI's decoder on each of `parts` (files),
   * as HTML. Time per MB is over `text` (plus `source` for audit).
   */
  stage?: 'extract' | 'html' | 'audit' | 'decode';
  /** audit: the article the claim is checked against. */
  source?: string;
  /** decode: the files, each decoded on its own (their concatenation is `text`). */
  parts?: string[];
}

/** Scaling: one article, ×10, ×100 (as separate paragraphs), ×100 as one huge paragraph. */
export function scalingInputs(article: string): NamedInput[] {
  const rep = (n: number, sep: string, a: string) => Array.from({ length: n }, () => a).join(sep);
  return [
    { name: '1 article', text: article, note: `${article.length} chars` },
    { name: '×10', text: rep(10, '\n\n', article), note: 'the article 10 times' },
    { name: '×100', text: rep(100, '\n\n', article), note: 'the article 100 times' },
    { name: '×100 one paragraph', text: rep(100, ' ', asOneParagraph(article)), note: 'no line break at all' },
  ];
}

const QUOTE_MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', '「', '」'];

/** The pathological inputs of issue 7, about 1 MB each (the 70,000-space runs: repeated). */
export function pathologicalInputs(article: string): NamedInput[] {
  const r = rng(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const oneParagraph = asOneParagraph(article);
  const shortParagraphs = ['“Yes,” he said.', 'No comment.', '“We will see', 'She declined.', '”', 'Mr. Smith said so.'];
  let para = 0;
  const spaces = ' '.repeat(70_000);
  const randomCodePoint = (): string => {
    const x = r();
    // Favour the odd: lone surrogates, controls, bidi and zero-width marks, astral symbols.
    if (x < 0.1) return String.fromCharCode(0xd800 + Math.floor(r() * 0x800)); // lone surrogate half
    if (x < 0.15) return String.fromCharCode(Math.floor(r() * 0x20)); // C0 controls incl. NUL, \n
    if (x < 0.2) return pick(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u202e', '\u202d', '\u2066', '\u2069']);
    if (x < 0.3) return ' ';
    if (x < 0.4) return String.fromCodePoint(0x10000 + Math.floor(r() * 0xfffff));
    if (x < 0.45) return pick(QUOTE_MARKS);
    return String.fromCharCode(0x20 + Math.floor(r() * (0xd7ff - 0x20)));
  };
  return [
    {
      name: 'quote marks',
      // Mostly marks, a few spaces so that wink sees many tokens, not one.
      text: fill(MB, () => (r() < 0.2 ? ' ' : pick(QUOTE_MARKS))),
      note: '1 MB of quote marks, 20% spaces',
    },
    {
      name: 'apostrophes',
      text: fill(MB, () => pick(["'", '’', '‘', "don't", "'90s", "rock 'n' roll", "Jones'", 'O’Neil’s', "'tis", 'rock ’n’ roll']), ' '),
      note: "apostrophes alone and in words ('90s, rock 'n' roll, Jones')",
    },
    {
      name: 'unclosed quotes',
      text: fill(MB, () => `“We will not stop here, said the mayor of town number ${para++} ${r() < 0.2 ? '\n\n' : ''}`),
      note: 'opening marks never closed, paragraph breaks every ~5',
    },
    { name: 'one 1 MB paragraph', text: fill(MB, () => oneParagraph, ' '), note: 'the article, no line breaks' },
    {
      name: '100,000 paragraphs',
      text: Array.from({ length: 100_000 }, (_, i) => shortParagraphs[i % shortParagraphs.length]).join('\n\n'),
      note: 'short paragraphs, some with quotes',
    },
    {
      name: '70,000-space runs',
      text: fill(MB, () => `${article}${spaces}`),
      note: 'the article then 70,000 spaces, repeated (wink breaks on 65,535+)',
    },
    { name: 'random code points', text: fill(MB, randomCodePoint), note: 'incl. lone surrogates, controls, bidi, astral' },
    ...issue10Inputs(article),
  ];
}

/** Syllable words, distinct for i < 15,625: names and titles never seen before. */
const coined = (i: number): string => {
  const syl = 'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu'.split(' ');
  const w = syl[i % 25]! + syl[Math.floor(i / 25) % 25]! + syl[Math.floor(i / 625) % 25]!;
  return w[0]!.toUpperCase() + w.slice(1);
};

/** Words from a fixed vocabulary, deterministic. */
function wordList(n: number, seed: number, vocabulary: number): string[] {
  const r = rng(seed);
  return Array.from({ length: n }, () => `w${Math.floor(r() * vocabulary)}`);
}

/**
 * The super-linear costs of issue 10, one row each (whoever fixes them): sizes where the
 * issue measured tens of seconds before the fixes.
 */
export function issue10Inputs(article: string): NamedInput[] {
  const paragraphs = article.split(/\n\s*\n/).filter((p) => p.trim());
  const newsPage = (n: number): string =>
    `<!doctype html><html><head><title>Council vote</title></head><body><nav><a href="/">Home</a></nav><article><h1>Council vote</h1>${Array.from({ length: n }, (_, i) => `<p>${paragraphs[i % paragraphs.length]}</p>`).join('\n')}</article><footer>© News</footer></body></html>`;
  // The old /<meta[^>]+charset\s*=\s*["']?\s*(…)/ backtracked over every <meta start and every
  // split of the spaces between its two \s*: the first head took it about 1 s.
  const crafted = [
    `${'<meta'.repeat(200)} charset=${' '.repeat(3000)}!`,
    `<meta charset=${' '.repeat(4000)}!`,
    `<meta charset=${' '.repeat(200)}`.repeat(18),
    '<meta' + ' charset'.repeat(500),
    '<meta'.repeat(800),
  ].map((h) => h.slice(0, 4096).padEnd(4096, ' '));
  const heads = Array.from({ length: 250 }, (_, i) => crafted[i % crafted.length]!);
  let para = 0;
  const fragments = fill(280_000, () => `he said “we will ${coined(para++ % 15_000).toLowerCase()} it” and `);
  const quoteWords = wordList(8000, 11, 5000).join(' ');
  return [
    {
      name: 'many titles',
      // One person, a different title each time (`Bababa Senator John Smith said …`).
      text: fill(200_000, () => {
        const i = para++;
        return i % 2
          ? `${coined(i)} Senator John Smith said the vote would pass on day ${i}.\n\n`
          : `“We will pass the bill on day ${i},” said ${coined(i)} Senator John Smith.\n\n`;
      }),
      note: '200 KB: one person with a different title in each paragraph (descriptors)',
    },
    { name: '`a\\n` lines', text: fill(400_000, () => 'a\n'), note: '400 KB: paragraphs without a quote mark' },
    {
      name: 'TSV table',
      text: fill(MB, () => `${para++}\t${coined(para % 15_000)}\t${(para * 7) % 1000}.${para % 10}\t${coined((para * 3) % 15_000)} Council\n`),
      note: '1 MB: a table, one row per line, no quote mark',
    },
    {
      name: 'shared surname',
      text: fill(MB, () => {
        const i = para++;
        return i % 2 ? `${coined(i)} Smith said the plan was sound.\n\n` : `“The plan is sound,” said ${coined(i)} Smith.\n\n`;
      }),
      note: '1 MB: thousands of people named Smith (resolvePerson)',
    },
    { name: 'ordinary news page', stage: 'html', text: newsPage(2500), note: 'baseline for HTML rows: the seed article’s paragraphs as <p>, ~1 MB' },
    {
      name: 'sibling <p>',
      stage: 'html',
      text: `<!doctype html><html><body><article>${fill(MB - 200, () => `<p>Paragraph ${para++} of the report, with a few words.</p>`)}</article></body></html>`,
      note: '1 MB page, ~20,000 sibling paragraphs',
    },
    {
      name: 'nested 20,000 deep',
      stage: 'html',
      text: `<!doctype html><html><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}${'<span>'.repeat(20_000)}deep</article></body></html>`,
      note: 'an article, then 20,000 unclosed <span> (read whole, with a warning)',
    },
    { name: 'claim of fragments', stage: 'audit', source: article, text: fragments, note: 'audit: a 280 KB claim of quoted fragments' },
    {
      name: 'word diff 8k × 8k',
      stage: 'audit',
      source: `“${quoteWords},” said Ann Lee.`,
      text: wordList(8000, 12, 5000).join(' '),
      note: 'audit: 8,000 claimed words against an 8,000-word quote',
    },
    { name: '<meta charset> heads', stage: 'decode', parts: heads, text: heads.join(''), note: '250 crafted 4 KB HTML heads, decoded one by one' },
  ];
}

const CONSONANTS = 'bcdfghjklmnprstvwxz';
const VOWELS = 'aeiou';

const SYLLABLES = [...CONSONANTS].flatMap((c) => [...VOWELS].map((v) => c + v));
/** Distinct serials before words repeat. */
export const FRESH_WORD_CAPACITY = SYLLABLES.length ** 3;

/**
 * A pronounceable, letters-only word never seen before: 1-2 random syllables, then the serial
 * written as exactly 3 syllables (95^3 = 857,375 serials). Equal lengths share the serial
 * position, so two serials never give the same word.
 */
function freshWord(r: () => number, serial: number): string {
  let w = '';
  const syllables = 1 + Math.floor(r() * 2);
  for (let s = 0; s < syllables; s++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)]!;
  let n = serial % SYLLABLES.length ** 3;
  for (let s = 0; s < 3; s++) {
    w += SYLLABLES[n % SYLLABLES.length]!;
    n = Math.floor(n / SYLLABLES.length);
  }
  return w;
}

const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

/**
 * One synthetic news article (~2.6 KB): headline, direct and indirect quotes, speakers with
 * titles, and 28 words never seen before (names, places, jargon).
 */
export function syntheticArticle(i: number, serialStart: number): { text: string; fresh: number } {
  const r = rng(1000 + i);
  let serial = serialStart;
  const w = () => freshWord(r, serial++);
  const name = () => `${cap(w())} ${cap(w())}`;
  const a = name();
  const b = name();
  const place = cap(w());
  const org = `${cap(w())} Council`;
  const surnameA = a.split(' ')[1]!;
  const surnameB = b.split(' ')[1]!;
  const text = [
    `${surnameA} Says ${place} Will Not Back ${cap(w())} Plan`,
    '',
    `${place} — The ${org} met on Tuesday to discuss the ${w()} proposal, which has divided residents for months.`,
    '',
    `“We are not going to accept a plan that ignores the people of ${place},” said ${a}, the council’s chair. “This is about ${w()}, not politics.”`,
    '',
    `${surnameA} told reporters that the ${w()} fund would be reviewed before the vote, and that the ${org} expected a decision by spring.`,
    '',
    `Her opponent, ${b}, disagreed. “The numbers from ${cap(w())} speak for themselves,” ${surnameB} said, adding that the ${w()} study was “deeply flawed.”`,
    '',
    `According to ${surnameB}, the ${w()} and ${w()} programmes would cost ${Math.floor(r() * 90 + 10)} million dollars over five years.`,
    '',
    `“I don’t think anyone here wants a ${w()} crisis,” ${surnameA} said. “But we have to be honest about the ${w()}.”`,
    '',
    `The vote, first planned for ${cap(w())} Day, was postponed. ${surnameB} said the delay was “a mistake,” while ${surnameA} called it prudent.`,
    '',
    `Residents of ${cap(w())} and ${cap(w())} are expected to attend the next meeting, officials said.`,
    '',
    `The dispute began last year, when a report by the ${cap(w())} Institute found that spending on ${w()} had doubled since 2015. The report was widely shared on social media, and several neighbourhood groups organised public meetings to discuss it.`,
    '',
    `Not everyone was convinced. A spokesman for the ${cap(w())} Association said the figures were “out of date” and promised a detailed response within weeks. The association has not published one.`,
    '',
    `Local business owners say they are worried. ${name()}, who runs a bakery on ${cap(w())} Street, said sales had fallen by a third. “People are waiting to see what happens,” she said. “Nobody wants to spend money right now.”`,
    '',
    `Officials at the ${cap(w())} Department declined to comment on the details, citing the ongoing review. In a brief statement, the department said it “remains committed to working with all parties” and would publish its own assessment once the consultation period ends.`,
    '',
    `Similar disputes have played out in neighbouring towns. In ${cap(w())}, a plan to merge two school districts collapsed last spring after months of public hearings, and in ${cap(w())} a new transit levy was approved only after it was cut by half. Observers say the lesson is that residents want to be consulted early, not presented with a finished plan.`,
    '',
    `The council is scheduled to meet again on Thursday.`,
  ].join('\n');
  return { text, fresh: serial - serialStart };
}
