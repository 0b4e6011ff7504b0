import { describe, expect, test } from 'vitest';
import { WinkTokenizer } from '../src/nlp/wink.js';
import { analyzeDocument } from '../src/extract.js';
import { findSpeakerAtCue } from '../src/rules/speaker-at-cue.js';

// The contract the indirect-quote stage relies on: given the tokens of a cue, the speaker
// around it (or null), the side it stands on, and the addressee of verbs of telling.
const tokenizer = new WinkTokenizer();

function at(text: string, cue: string, nth = 0) {
  const { doc } = analyzeDocument(text, tokenizer);
  const words = cue.split(' ');
  const first = doc.tokens.filter((t, i) => words.every((w, k) => doc.tokens[i + k]?.text === w) && t.text === words[0])[nth];
  if (!first) throw new Error(`no cue ${cue} in ${text}`);
  const found = findSpeakerAtCue(doc, { first: first.index, end: first.index + words.length });
  if (found) expect(text.slice(found.speaker.start, found.speaker.end)).toBe(found.speaker.text);
  return found;
}

type Row = [text: string, cue: string, speaker: string | null, side?: 'before' | 'after', extra?: { name?: string | null; kind?: string; addressee?: string | null; descriptors?: string[] }];

describe('findSpeakerAtCue', () => {
  const rows: Row[] = [
    ['Bolton said that Russia was not open to talks.', 'said', 'Bolton', 'before', { name: 'Bolton', kind: 'person' }],
    ['The White House said the meeting would go ahead.', 'said', 'The White House', 'before', { name: 'White House', kind: 'organization' }],
    ['Russia is not open to talks, said Bolton.', 'said', 'Bolton', 'after'],
    ['Russia is not open to talks, according to a senior official.', 'according to', 'a senior official', 'after', { kind: 'anonymous', name: null }],
    ['He told reporters that the talks had failed.', 'told', 'He', 'before', { addressee: 'reporters' }],
    ['Bolton told the AP that the talks had failed.', 'told', 'Bolton', 'before', { addressee: 'the AP' }],
    ['Flynn, a top Trump surrogate, said the polls were wrong.', 'said', 'Flynn', 'before', { descriptors: ['a top Trump surrogate'] }],
    ['Sen. Mitch McConnell (R-Ky.) said the bill would pass.', 'said', 'Sen. Mitch McConnell', 'before', { name: 'Mitch McConnell', descriptors: ['Sen.', 'R-Ky.'] }],
    ['Democratic nominee Hillary Clinton, at a later press event, said the plan was sound.', 'said', 'Democratic nominee Hillary Clinton', 'before', { name: 'Hillary Clinton' }],
    ['A Kremlin spokesperson said the proposal was unacceptable.', 'said', 'A Kremlin spokesperson', 'before', { kind: 'organization', name: 'Kremlin' }],
    ['Russian officials said the proposal was unacceptable.', 'said', 'Russian officials', 'before', { kind: 'group' }],
    ['Bolton, who has long opposed the deal, said it was dead.', 'said', 'Bolton', 'before', { descriptors: ['who has long opposed the deal'] }],
    ['Mr. Morgan of the Sierra Club said the deal was the least bad outcome.', 'said', 'Mr. Morgan of the Sierra Club', 'before', { name: 'Morgan' }],
    ['Bolton also later said the talks were useful.', 'said', 'Bolton', 'before'],
    ['Mr. Daniloff, now 81 and retired in Cambridge, Mass., said the arrest was a shock.', 'said', 'Mr. Daniloff', 'before', { descriptors: ['now 81 and retired in Cambridge', 'Mass.'] }],
    // A relative pronoun is the mention as written; the name is its antecedent's.
    ['The crowd cheered Stevie Wonder, who joked that he had not seen it yet.', 'joked', 'who', 'before', { name: 'Stevie Wonder' }],
    ['Wells Fargo just this month announced it would drop the incentives.', 'announced', 'Wells Fargo', 'before'],
    ['Hawaii, as one of the climate advisers pointed out, rarely sees two storms.', 'pointed out', 'one of the climate advisers', 'before'],
    ['The Commission on Presidential Debates says there was a problem.', 'says', 'The Commission on Presidential Debates', 'before'],
    // A chain of asides between the subject and the cue (#13 family 7).
    ['Jane Wilson, of Dayton, Ohio, said she had served in the navy.', 'said', 'Jane Wilson', 'before', { name: 'Jane Wilson', descriptors: ['of Dayton, Ohio'] }],
    ['Jean-Paul Martin, the foreign minister of France, a permanent member of the council, said the test was a provocation.', 'said', 'Jean-Paul Martin', 'before'],
    ['Kall -- co-author of Winning Debates, a book about debate tactics -- said the candidate liked surprises.', 'said', 'Kall', 'before'],
    ['Michael Adams, president of the Union of Nurses, which represents city nurses, said the strike would go on.', 'said', 'Michael Adams', 'before'],
    ['In an interview on Tuesday, Smith, 56, who has served on the budget panel for a decade, told a radio program the fund was misused.', 'told', 'Smith', 'before'],
    ['Officials at the Border Inspection Office, a branch of the Customs Agency, said they were worried.', 'said', 'Officials at the Border Inspection Office', 'before'],
    ['Members of the council said they were worried.', 'said', 'Members of the council', 'before', { name: null }],
    // Groups named without a noun of their own.
    ['Nearly eight of 10 voters say they plan to watch.', 'say', 'eight of 10 voters', 'before', { kind: 'group' }],
    ['Those close to him say that he would consider other names.', 'say', 'Those close to him', 'before', { kind: 'group', name: null }],
    ['He met the families, many of whom say the claims are unfounded.', 'say', 'many of whom', 'before', { kind: 'group' }],
    ['But some note that the plan has changed little.', 'note', 'some', 'before', { kind: 'group' }],
    ['Few of the voters said they would stay home.', 'said', 'Few of the voters', 'before', { kind: 'group', name: null }],
    // Ratios and shares of people, over hedging words.
    ['Six in 10 Lakeland voters said the ferry mattered.', 'said', 'Six in 10 Lakeland voters', 'before', { kind: 'group' }],
    ['About four out of 10 riders said fares were too high.', 'said', 'About four out of 10 riders', 'before', { kind: 'group' }],
    ['And a third said that the vote was unfair.', 'said', 'a third', 'before', { kind: 'group' }],
    ['Less than a third agreed that the port should close.', 'agreed', 'Less than a third', 'before', { kind: 'group' }],
    ['Half said they would vote again.', 'said', 'Half', 'before', { kind: 'group', name: null }],
    ['Two-thirds said that they would stay home.', 'said', 'Two-thirds', 'before', { kind: 'group' }],
    ['One of the mayor’s advisers said the plan was dead.', 'said', 'One of the mayor’s advisers', 'before', { kind: 'anonymous', name: null }],
    // A time phrase between subject and cue; a month that is a surname.
    ['Sanders on Tuesday said he wants to change the tax code.', 'said', 'Sanders', 'before'],
    ['British Prime Minister Theresa May said the country would leave.', 'said', 'British Prime Minister Theresa May', 'before', { name: 'Theresa May' }],
    // After "according to", a bare noun the tagger read as a verb.
    ['The man ran. According to police, officers saw him drop a bag.', 'According to', 'police', 'after', { kind: 'organization' }],
    ['Romney led the group, according to exit polls.', 'according to', 'exit polls', 'after'],
    // A cue used as a noun: its owner speaks.
    ['Reporters checked Donald Trump’s claim that crime had doubled.', 'claim', 'Donald Trump', 'before', { name: 'Donald Trump' }],
    ['Contrary to his claim that people would learn nothing, the returns were revealing.', 'claim', 'his', 'before'],
    ['It contradicted the police department’s earlier claim that he had refused.', 'claim', 'the police department', 'before'],
    ['The paper ran a fact-check on Dana Ortiz’s claim that fares had doubled.', 'claim', 'Dana Ortiz', 'before', { name: 'Dana Ortiz' }],
    ['Reporters questioned the chair of the Harbor Board’s claim that the pier was safe.', 'claim', 'the chair of the Harbor Board', 'before'],
    ['Clinton seized on a New York Times report that Trump had a loss.', 'report', 'a New York Times', 'before', { kind: 'organization' }],
    // A naming clause inside another speaker's clause: the pronoun is that speaker.
    ['The secretary general condemned what he called a brazen breach of the rules.', 'called', 'The secretary general', 'before'],
    ['The campaign is seeking to contrast her approach with what they call his selfish message.', 'call', 'The campaign', 'before'],
    // A document issued by the subject speaks for it.
    ['At the meeting, the Security Council issued a statement calling the test a clear violation.', 'calling', 'the Security Council', 'before'],
    ['The company released a statement saying it would appeal.', 'saying', 'The company', 'before'],
    // A contracted auxiliary between subject and cue.
    ['He’s claiming that voting fraud is a big problem.', 'claiming', 'He', 'before'],
    ["If, as I've suggested, he benefits from the rules, that is a problem.", 'suggested', 'I', 'before'],
    // Heard or caught speaking: the subject of the passive speaks (#13 family 7).
    ['Maria Vance can be heard yelling to the guards that her son was unarmed.', 'yelling', 'Maria Vance', 'before'],
    ['The coach was caught saying that the referee was paid.', 'saying', 'The coach', 'before'],
    // A cue noun that heads the object of a verb: the verb's subject speaks.
    ['Larsen made the following comment: “It is too late.”', 'comment', 'Larsen', 'before', { name: 'Larsen' }],
    // A progressive after asides is the subject's own verb, not a participle of the main clause.
    ['Councillors Ann Petrie, of Ward 3, and Tom Abey, of Ward 5, are now saying that the vote was rushed.', 'saying', 'Tom Abey', 'before'],
    // A state after a comma ends a place aside: the subject is the name before the chain.
    ['Rosa Benn, 61, of Lowell, Mass., who watched from the dock, said the ferry was late.', 'said', 'Rosa Benn', 'before', { name: 'Rosa Benn' }],
    ['Tom Ruiz, 52, of Dayton, Ohio, who has run the firm since 2019, said the plan would pay off.', 'said', 'Tom Ruiz', 'before'],
    // An appositive ending in a short quoted title, its comma inside the closing mark.
    ['Ada Lowe, host of Radio Nine’s “Morning Tide,” said the ferry was late.', 'said', 'Ada Lowe', 'before', { name: 'Ada Lowe' }],
    ["Tom Abey, the editor in charge of ''Harbor Notes,'' said the column would end.", 'said', 'Tom Abey', 'before'],
    // A hyphenated word inside the phrase after the cue.
    ['Fares will rise 9 percent, according to the union-backed Transit Riders League, more than wages.', 'according to', 'the union-backed Transit Riders League', 'after'],
    ['“We were the better side,” said the 24-year-old.', 'said', 'the 24-year-old', 'after', { kind: 'person' }],
    // A reduced relative clause between the subject and the cue.
    ['A Harbor College survey released in early May found that most riders wanted later buses.', 'found', 'A Harbor College survey', 'before', { descriptors: ['A Harbor College survey', 'released in early May'] }],
    ['Engineers hired by the county say the bridge is safe.', 'say', 'Engineers', 'before'],
    ['A court filing obtained by the Ledger says the club owed rent.', 'says', 'A court filing', 'before'],
    ['Officials involved in the audit said the books were clean.', 'said', 'Officials', 'before'],
    ['Analysts hired by the club’s largest lender say the debt is too high.', 'say', 'Analysts', 'before'],
    // A participle of feeling after "be": its subject holds the view (no passive).
    ['Mr. Ackman is convinced that the fund will recover.', 'convinced', 'Mr. Ackman', 'before'],
    ['Local farmers are worried about the drought.', 'worried', 'Local farmers', 'before'],
    // A reflexive that stresses the subject stands between it and the cue.
    ['The mayor herself was delighted by the turnout.', 'delighted', 'The mayor', 'before'],
    ['Shareholders themselves often disagree with the ratings.', 'disagree', 'Shareholders', 'before'],
    // A cue noun owned by a pronoun in a verb's object: the verb's subject, when it agrees.
    ['The coach on Friday stepped up his attacks on the league.', 'attacks', 'The coach', 'before'],
    ['Vance has toned down her criticism of the plan.', 'criticism', 'Vance', 'before'],
    // A subject noun with prepositional modifiers before the cue; a poll `out` on a day; an opener after a conjunction.
    ['The survey by the Harbor Institute of Dayton showed most riders wanted later buses.', 'showed', 'The survey by the Harbor Institute of Dayton', 'before'],
    ['A spokesman for Mayor Ann Ruiz of Dayton defended the route.', 'defended', 'A spokesman for Mayor Ann Ruiz of Dayton', 'before'],
    ['Footage from the match shows that fans ran onto the pitch.', 'shows', 'Footage from the match', 'before'],
    ['A Harbor College poll out Monday showed the mayor ahead.', 'showed', 'A Harbor College poll', 'before'],
    ['And in Dayton, a Harbor College poll released last week showed the mayor ahead.', 'showed', 'a Harbor College poll', 'before'],
    // "you" as written (an interviewer's question, an aside to the reader).
    ['Do you think the ferry should run at night?', 'think', 'you', 'before', { kind: 'person', name: null }],
    // A modal split from its `n't`, and `able to`, between subject and cue.
    ["They can't blame this on the council.", 'blame', 'They', 'before'],
    ['He was able to tout his record.', 'tout', 'He', 'before'],
    ["The mayor won't be able to brag about the budget.", 'brag', 'The mayor', 'before'],
    // `since` as an adverb after an auxiliary.
    ['She has since said that she attended.', 'said', 'She', 'before'],
    ['Vance has since revised his proposal on the ferry.', 'proposal', 'Vance', 'before'],
    // A share after hedging words, with its phrase.
    ['In Dayton, about half of the riders said the fares were fair.', 'said', 'about half of the riders', 'before'],
    ['At least half of voters in each county say the ferry matters.', 'say', 'At least half of voters in each county', 'before'],
    // A day after `late`, `earlier`, `last` between subject and cue.
    ['Vance late Monday agreed to debate in May.', 'agreed', 'Vance', 'before'],
    ['The mayor last Friday said the bridge was safe.', 'said', 'The mayor', 'before'],
    // A bare count of people opening its clause.
    ['Of the riders, 43 said the fares were fair.', 'said', '43', 'before', { kind: 'group' }],
    ['In the survey, at least 2,000 said they would move.', 'said', 'at least 2,000', 'before', { kind: 'group' }],
    ['All but two said the plan should go ahead.', 'said', 'All but two', 'before', { kind: 'group' }],
    // A possessive `'s` before a cue noun is no form of "be".
    ['Rita Cole’s attacks on the plan were sharp.', 'attacks', 'Rita Cole', 'before'],
  ];
  test.each(rows)('%s → %s', (text, cue, speaker, side, extra) => {
    const found = at(text, cue);
    expect(found?.speaker.text ?? null).toBe(speaker);
    if (side) expect(found?.side).toBe(side);
    if (extra?.name !== undefined) expect(found?.speaker.name).toBe(extra.name);
    if (extra?.kind !== undefined) expect(found?.speaker.kind).toBe(extra.kind);
    if (extra?.addressee !== undefined) expect(found?.addressee?.text ?? null).toBe(extra.addressee);
    if (extra?.descriptors !== undefined) expect(found?.speaker.descriptors).toEqual(extra.descriptors);
  });

  // Never a nearby name that is not the cue's subject.
  const negatives: Row[] = [
    ['The officials said Bolton would resign.', 'said', 'The officials'],
    ['In an interview with the AP said nothing.', 'said', null],
    ['Russia is not open, said the talks were over.', 'said', null],
    ['Bolton met Patrushev, telling reporters the talks were over.', 'telling', null],
    ['Thousands of screaming fans waited.', 'screaming', null],
    // After "told", the phrase is the one spoken to, even in inverted order.
    ['The vote was lost, told the Reuters news agency.', 'told', null],
    // After "and", the phrase after the verb is its object, not an inverted speaker.
    ['Graham urged Republicans to act and criticized the party’s silence.', 'criticized', null],
    ['He reported her presence on Twitter, said nothing else.', 'said', null],
    // A participle after a comma belongs to the main clause, not to the phrase before the comma.
    ['The doctors wrote to the head of the department, calling for his dismissal.', 'calling', null],
    // A chain of asides whose phrase does not open the clause: an object, not a subject.
    ['Police arrested Jones, of Dayton, Ohio, said a spokesman.', 'said', 'a spokesman'],
    ['The crowd cheered for Jones, a former mayor, the winner, said the announcer.', 'said', 'the announcer'],
    // A month after a word that is not a first name stays a date; "close to" without "those" is not a group here.
    ['Officials in May said the plan would work.', 'said', 'Officials'],
    ['Aides close to him said the speech was long.', 'said', null],
    // A participle after a quoted phrase belongs to the clause before it, not to a name before the quote.
    ['Ruiz rejected the claim that Lowe “ruined the port,” saying the books were clean.', 'saying', null],
    // A ratio or share that does not open its clause is no subject.
    ['The plan was backed by six in 10 voters, said the mayor.', 'said', 'the mayor'],
    ['Turnout rose by a third, the clerk said.', 'said', 'the clerk'],
    // A quantifier that does not open its clause is not a lone subject.
    ['He read all the notes some said were lost.', 'said', null],
    // After "according to", a longer phrase is read as usual, not word by word.
    ['The figure is wrong, according to the police report filed on Monday.', 'according to', 'the police report'],
    // A noun cue with no owner has no speaker; a possessive before a verb that is not a cue is not one.
    ['She liked the claim that taxes would fall.', 'claim', null],
    // Another name between the clause's subject and the pronoun: the pronoun stays.
    ['Trump attacked Clinton over what she called deplorables.', 'called', 'she'],
    // Not a naming verb, or a relative clause's own report: the pronoun stays.
    ['He mocked the donations, which he said were favors.', 'said', 'he'],
    // A document that was not issued by the subject (cited, read) speaks for itself.
    ['Police cited a report saying the man was armed.', 'saying', 'a report'],
    // Not after a form of "be", or not a participle cue: no passive subject.
    ['The coach heard saying no was hard.', 'saying', null],
    // A cue noun whose verb has no named subject: nobody is taken for it.
    ['They read the following statement: “We are sorry.”', 'statement', null],
    // A country opening its clause is the subject, not the end of a place aside.
    ['In the end, Canada, the largest buyer, said the deal was fair.', 'said', 'Canada', 'before'],
    // A name before a place chain that does not open the clause is an object, not the subject.
    ['Police stopped Rosa Benn, of Lowell, Mass., said a spokesman.', 'said', 'a spokesman'],
    // A spaced dash is no hyphen: the phrase ends before it.
    ['Rents fell, according to the board - a figure tenants doubt.', 'according to', 'the board'],
    // A finite verb with its object, or a coordinated verb, is no reduced relative.
    ['The league fined the coach and said the matter was closed.', 'said', null],
    ['The striker who scored twice said the win mattered.', 'said', null],
    // A naming participle is itself a reduced relative: the noun before its phrase names no speaker.
    ['She runs a bakery linked to a charity called Bread First.', 'called', null],
    // A chain of prepositional phrases that opens with its preposition, or hangs from an object, is no subject.
    ['In an interview with the paper on Monday said nothing.', 'said', null],
    ['The board met the head of the union and said the deal was off.', 'said', null],
    ['She read the letter from the mayor, said the clerk.', 'said', 'the clerk'],
    ['Reached by Harbor News, Bennett denied the notion that the plan was off, explaining that he was away.', 'explaining', null],
    // A day after a noun before a participle: the noun may head the participle (the clause's subject is found elsewhere).
    ['Vance unleashed a series of posts early Friday saying that the vote was rigged.', 'saying', null],
    // `since` opening a clause is no adverb between subject and cue.
    ['The fares rose since the board said so.', 'said', 'the board'],
    // A share that is the object of a verb is no subject.
    ['The fee doubled for about half of the riders, said the clerk.', 'said', 'the clerk'],
    // A year, or an age after a name, is no count of people.
    ['In 2016 said nothing.', 'said', null],
    ['Woodrow Benford, 58, who lives in Dayton, says he knew little about the plan.', 'says', 'Woodrow Benford'],
    // `able` without `to` is no bridge to a subject.
    ['The able clerk, said the mayor, was late.', 'said', 'the mayor'],
    // A true passive keeps its subject out: it was spoken to.
    ['The minister was asked whether the plan would pass.', 'asked', null],
    // A reflexive object is no stressed subject.
    ['She blamed herself, said the coach.', 'said', 'the coach'],
    // The pronoun stays when no verb with an agreeing subject stands right before it.
    ['Vance told Rita Cole to drop her criticism of the plan.', 'criticism', 'her'],
    ['The board met Vance to discuss her criticism of the plan.', 'criticism', 'her'],
    ['The players said the coach stepped up their attacks on the league.', 'attacks', 'their'],
  ];
  test.each(negatives)('not a speaker: %s', (text, cue, speaker) => {
    expect(at(text, cue)?.speaker.text ?? null).toBe(speaker);
  });
});
