// Role nominals linked to the person the article names (#13, role family): a source
// introduced by a role and named later, a role owned by a person or a place, titles written
// for a role. Each table has rows where the link is made and rows where it must not be.
// Texts are made up.
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { checkSpeaker, type SpeakerRow } from './support/speaker-rows.js';

type Row = SpeakerRow;

const check = checkSpeaker;

describe('a role linked to the person who holds it', () => {
  test.each<Row>([
    ['indefinite role named next as a subject', 'A former state Republican chairman says the primary should move to May.\n\nTom Reyes, who led the party for a decade, said the change would bring more voters.', 'the primary should', 'Tom Reyes', 'person'],
    ['indefinite role named later with the role as a title', 'A Marlow County judge refused on Friday to delay the trial, saying the defense had two years to prepare.\n\nThe lawyers had asked for ninety more days. Circuit Judge Amos Pell wrote that the trial would open in May.', 'the defense had', 'Amos Pell', 'person'],
    ['a place that owns a role says which one', 'Vermont\'s water commissioner says no one from her office leaked the test results.\n\nDana Ortiz says she ordered a review on Monday.', 'no one from', 'Dana Ortiz', 'person'],
    ['a person\'s lawyer is the one introduced as an attorney for that person', 'Dale Hunt pleaded not guilty in March. An attorney for Hunt, Rosa Klein, asked for more time.\n\nHunt\'s lawyer said she would appeal the ruling.', 'she would appeal', 'Rosa Klein', 'person'],
    ['his ex-wife shares his surname', 'Tom Reid and his wife, Nora Reid, divorced in 1990. Tom Reid wants the file opened.\n\nHis ex-wife said the papers should stay sealed.', 'the papers', 'Nora Reid', 'person'],
    ['a possessed role nobody holds is the protagonist other than the owner', 'Ann Petrie spoke at length on Wednesday about the mayor\'s race. Petrie has run three campaigns for Mayor Lu, and Petrie still advises her.\n\n“That was a mistake,” Lu\'s former campaign manager said.', 'That was', 'Ann Petrie', 'person'],
    ['the judge is Justice X', 'Supreme Court Justice Amos Pell heard the motion on Monday. Lawyers for Nora Reid argued that the file should stay sealed.\n\nThe judge said the file would stay sealed.', 'the file would', 'Amos Pell', 'person'],
  ])('%s', (...row) => check(row));
});

describe('roles that stay unnamed or keep their own name', () => {
  test.each<Row>([
    ['a spokesman is not the next person named', 'A spokesman said the plant would reopen in June.\n\nMayor Ann Petrie, who toured the site, said the town had waited long enough.', 'the plant would', null, 'anonymous'],
    ['an indefinite role with nobody named after stays unnamed', 'A federal judge said the city must pay the fine.', 'the city must', null],
    ['a person named after a preposition is not the holder', 'A former state Republican chairman says the primary should move to May.\n\nThe plan was drafted by Tom Reyes last year.', 'the primary should', null],
    ['a person named inside the source\'s own words is not the holder', 'A former state Republican chairman says Tom Reyes should step aside.', 'Tom Reyes should', null],
    ['the owner is never the holder', 'Ann Petrie spoke on Monday. Petrie said the race was close.\n\n“We will win,” Petrie\'s campaign manager said.', 'We will', null],
    ['Secretary of State X keeps the name', 'Ban Ki-moon, the secretary general, spoke first.\n\nSecretary of State John Kerry said the council would act.', 'the council', 'John Kerry', 'person'],
  ])('%s', (...row) => check(row));
});

describe('titles without an article, forces, campaigns and bodies named before or after the noun', () => {
  test.each<Row>([
    ['a title cut from its article is the protagonist', 'Ann Petrie toured the flooded plant on Monday. Petrie has led the county for six years, and Petrie spoke to the workers.\n\nOn Tuesday, the former judge and current county commissioner said the plant would reopen.', 'the plant would', 'Ann Petrie', 'person'],
    ['“Police say” opening a sentence is the force the article names', 'Officers of the Lakeland police arrested two men on Friday.\n\nPolice say the men had stolen a truck.', 'the men had', 'Lakeland police', 'organization'],
    ['“Petrie\'s team” is the Petrie campaign', 'The Petrie campaign opened an office in May. Ann Petrie visited it on Monday.\n\nPetrie\'s team says the office will stay open until the vote.', 'the office will', 'Petrie campaign', 'organization'],
    ['a union the article names only further down', 'The mine closed in July, according to the union.\n\nThe company blamed low prices. Miners were told on a Friday.\n\nJo Kim, a spokeswoman for the United Mine Workers, said the union would fight the closure.', 'The mine closed', 'United Mine Workers', 'organization'],
    ['a network named before its noun', 'Larry Cole hosts a show on the Coastline television network. Cole also writes a column.\n\nThe network said it would keep the show.', 'it would keep', 'Coastline', 'organization'],
    // Negatives: another determiner is no title; two bodies of the kind named later leave it unnamed.
    ['“my father” is no title', 'Ann Petrie spoke on Monday. Petrie said the race was close, and Petrie thanked voters.\n\n“We live in hard times,” my father often said.', 'We live', null, 'person'],
    ['two unions named later: no guess', 'The mine closed in July, according to the union.\n\nThe United Mine Workers and the Teamsters Union both protested.', 'The mine closed', null, 'organization'],
  ])('%s', (...row) => check(row));
});

describe('cues with no subject of their own take the subject of the clause they complete', () => {
  type CueRow = [label: string, text: string, quote: string, speaker: string | null];
  test.each<CueRow>([
    ['a gerund after a verb', 'The board members could not resist pointing out that the budget was balanced.', 'that the budget', 'The board members'],
    ['a gerund after “kept”', 'Ann Petrie kept insisting that the plan would work.', 'that the plan', 'Ann Petrie'],
    ['an infinitive after “is determined”', 'Ann Petrie is determined to tell voters that the plan will work.', 'that the plan', 'Ann Petrie'],
    ['an infinitive under a participle after the cue’s clause', '“It went well,” Ann Petrie said, not even needing to mention that the vote was close.', 'that the vote', 'Ann Petrie'],
    ['a participle after the messages the subject sent', 'Dana Ruiz fired off a string of messages late Sunday saying that the vote had been rigged.', 'that the vote', 'Dana Ruiz'],
    // Negatives: the object of "urged" is asked to speak, the subject speaks for the verb; a report by others is theirs.
    ['“urged voters to announce” is the urging', 'Voters urged Ann Petrie to announce that the plan was dead.', 'that the plan', 'Voters'],
    ['letters the subject found are not the subject’s', 'Dana Ruiz found letters late Sunday saying that the vote had been rigged.', 'that the vote', null],
  ])('%s', (_label, text, quote, speaker) => {
    const q = extract(text).quotes.find((x) => x.text.startsWith(quote));
    expect(q, `no quote starting ${quote}`).toBeDefined();
    expect(q!.speaker?.text ?? null).toBe(speaker);
  });
});

describe('a definite document with no issuer in its words: the source that just spoke', () => {
  test.each<Row>([
    ['a definite document is put out by the source that just spoke', 'The Harbor Board said on Monday that the port would close for a week. The statement noted that ships had been warned.', 'that ships had been', 'Harbor Board', 'document'],
    ['“according to the data” after the office that published it', 'The Lakeland Census Office said that the town grew by 4 percent. According to the data, most newcomers are retirees.', 'most newcomers', 'Lakeland Census Office', 'document'],
    // Negatives: the source spoke too long ago; an indefinite document is a new one.
    ['a speaker several sentences back is not the issuer', 'The Harbor Board said on Monday that the port would close for a week. Ships waited offshore. Crews slept on deck. Fishermen stayed home. The statement noted that ships had been warned.', 'that ships had been', null, 'document'],
    ['an indefinite document is a new one', 'The Harbor Board said on Monday that the port would close for a week. A report noted that ships had been warned.', 'that ships had been', null, 'document'],
  ])('%s', (...row) => check(row));
});

describe('“the campaign”: the campaign of the person the passage is about', () => {
  test.each<Row>([
    ['“the campaign” is the campaign of the person the passage is about', 'The Petrie campaign and the Reid campaign both opened offices in May.\n\nTom Reid toured the docks on Monday. Reid spoke to the crews.\n\nThe campaign said that the tour would continue on Friday.', 'that the tour', 'Reid campaign', 'organization'],
    ['the other way round', 'The Reid campaign and the Petrie campaign both opened offices in May.\n\nAnn Petrie toured the docks on Monday. Petrie spoke to the crews.\n\nThe campaign said that the tour would continue on Friday.', 'that the tour', 'Petrie campaign', 'organization'],
    // Negative: no campaign named after that person: the one named last.
    ['no campaign named for the person: the campaign named last', 'The Petrie campaign opened an office in May.\n\nTom Reid toured the docks on Monday. Reid spoke to the crews.\n\nThe campaign said that the tour would continue on Friday.', 'that the tour', 'Petrie campaign', 'organization'],
  ])('%s', (...row) => check(row));
});

describe('a document noun after its issuer over lower-case adjectives', () => {
  test.each<Row>([
    ['an adjective between the issuer and the poll', 'Poll: Voters Turn Against the Bridge\n\nSupport for the bridge fell to 40 percent, according to a new Lakeland Herald online poll.', 'Voters Turn', 'Lakeland Herald', 'document'],
    // Negative: a noun between ("readers") is no part of the issuer's name.
    ['another noun between is not the issuer\'s poll', 'Poll: Voters Turn Against the Bridge\n\nSupport for the bridge fell to 40 percent, Lakeland Herald readers said in a phone poll.', 'Voters Turn', null, 'document'],
  ])('%s', (...row) => check(row));
});

describe('a new source who works for someone the article names', () => {
  test.each<Row>([
    ['a spokeswoman for a named person is the staffer named next with that person\'s name', 'A spokeswoman for Ann Petrie says that the mayor never met the developer.\n\nPetrie press secretary Jo Kim spoke to reporters on Friday after the developer made the claim.', 'that the mayor never', 'Jo Kim', 'person'],
    // Negatives: a stand-in noun (aide, official) and a body written in lower case link to no one.
    ['an aide to a named person is a stand-in, not the next person named', 'An aide to Ann Petrie says that the mayor never met the developer.\n\nTom Reid, who owns the site, said on Friday that the meeting took place.', 'that the mayor never', null, 'anonymous'],
    ['a spokesman for a body written in lower case is not specific', 'A spokesman for the company says the plant will reopen.\n\nTom Reid, who owns the site, said on Friday that it would not.', 'the plant will', null, 'anonymous'],
  ])('%s', (...row) => check(row));
});

describe('owners before a role, teams named after a person, compound document nouns', () => {
  test.each<Row>([
    ['an owner\'s name opens a role appositive', 'The plant closed in May. Lakeland Bank\'s chief executive, Lena Ortiz, said that the jobs would move to Ohio.', 'that the jobs', 'Lena Ortiz', 'person'],
    ['“the Reid team” is the Reid campaign', 'The Reid campaign opened an office in May. Ann Petrie met voters.\n\nThe Reid team said that the office would stay open.', 'that the office', 'Reid campaign', 'organization'],
    ['a noun between the issuer and the poll (“opinion poll”)', 'Poll: Voters Turn Against the Bridge\n\nSupport for the bridge fell to 40 percent, according to the latest Lakeland Herald opinion poll.', 'Voters Turn', 'Lakeland Herald', 'document'],
    // Negative: a group noun with a list after it gets no descriptor and no name.
    ['a list after a comma is no role appositive', 'Leaders of three towns, Ann Petrie and Tom Reid among them, said that the bridge must stay.', 'that the bridge', null],
  ])('%s', (...row) => check(row));
});
