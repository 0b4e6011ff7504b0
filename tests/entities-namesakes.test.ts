// Name forms and namesakes (#13, round 5): one body written two ways, misspelt surnames,
// namesakes sharing a surname, full names written only in quotes or transcripts. Each table
// has rows where the rule fires and rows where it must not. Texts are made up.
import { describe, test } from 'vitest';
import { checkSpeaker, type SpeakerRow } from './support/speaker-rows.js';

type Row = SpeakerRow;

const check = checkSpeaker;

describe('an organisation written with its prefix spelled out and as an acronym is one body', () => {
  test.each<Row>([
    ['“Security Council” → the spelled-out body when the article also writes “U.N. Security Council”', 'The United Nations Security Council met on Monday about the dam.\n\nThe ambassador spoke of the U.N. Security Council at length.\n\nThe Security Council said the dam must be inspected.', 'the dam must', 'United Nations Security Council', 'organization'],
    ['“Trade Commission” → the spelled-out body beside “E.U. Trade Commission”', 'The European Union Trade Commission opened an inquiry into the steel mills.\n\nLawyers wrote to the E.U. Trade Commission twice.\n\nThe Trade Commission said the inquiry would take a year.', 'the inquiry would', 'European Union Trade Commission', 'organization'],
    // Negatives: two different bodies sharing a tail stay ambiguous.
    ['two bodies sharing a tail (House, Senate) stay apart', 'The House Intelligence Committee met on Monday.\n\nThe Senate Intelligence Committee met on Tuesday.\n\nThe Intelligence Committee said the hearing would be closed.', 'the hearing', 'Intelligence Committee', 'organization'],
    ['a one-word prefix that is no acronym (Lakeland, Ashton) stays ambiguous', 'The Lakeland Water Board met on Monday.\n\nThe Ashton Water Board met on Tuesday.\n\nThe Water Board said the pipes were safe.', 'the pipes', 'Water Board', 'organization'],
  ])('%s', (...row) => check(row));
});

describe('a surname misspelt once is the person one letter away', () => {
  test.each<Row>([
    ['a dropped letter (“Okonkwo” → Okonwo): the coach named in full', 'The club hired coach Daniel Okonkwo in May.\n\nOkonwo said the team needed a new keeper.', 'the team', 'Daniel Okonkwo', 'person'],
    ['a doubled letter the full name lacks (“Bellamy” → Belllamy)', 'Judge Ruth Bellamy heard the appeal on Monday.\n\nBelllamy said the contract was void.', 'the contract', 'Ruth Bellamy', 'person'],
    // Negatives: short surnames, two people one letter away, a word written with its own first name.
    ['a short surname one letter off stays apart (“Cohn” is not Ann Cohen)', 'Ann Cohen ran the bakery for ten years.\n\nCohn said the rent had doubled.', 'the rent', 'Cohn'],
    ['two candidates one letter away: none', 'Mark Johnson and Rita Johnsen both ran for the board.\n\nJohnsan said the vote was fair.', 'the vote', 'Johnsan'],
    ['a name written in full with its own first name is its own person', 'Paul Hartman chairs the board. Ellen Hartmann runs the museum.\n\nHartmann said the museum would reopen.', 'the museum', 'Ellen Hartmann', 'person'],
  ])('%s', (...row) => check(row));
});

describe('namesakes sharing a surname: the one the passage is about keeps the bare surname', () => {
  test.each<Row>([
    ['a relative named in passing (“for his wife …”) does not take the first bare surname', 'Coach Marcus Vale spoke at the school on Monday, standing in for his wife Nora Vale.\n\nThe coach praised the teachers.\n\n“The gym is too small,” Vale said.', 'The gym', 'Marcus Vale', 'person'],
    ['a surname as a modifier (“a Vale rally”) does not hand the surname to the namesake', 'Voters in Lakeland will meet Nora Vale this week. Vale will speak on Friday, and Marcus Vale will tour the north.\n\nVolunteers held a Vale rally in Ashton.\n\nThe weather was poor all week and the roads were closed.\n\nMore volunteers arrived on Sunday.\n\nVale said she would fix the roads.', 'she would fix', 'Nora Vale', 'person'],
    // Negatives: a namesake introduced as a subject right before still takes the surname; one far back does not.
    ['a namesake introduced as a subject takes the first bare surname', 'Marcus Vale spoke at the school on Monday. Nora Vale arrived later.\n\n“The gym is too small,” Vale said.', 'The gym', 'Nora Vale', 'person'],
    ['a subject pages before does not outweigh the namesake just named', 'Marcus Vale and Nora Vale took the stage. The crowd cheered.\n\nThe band played.\n\nThe mayor left early.\n\nLater the crowd sang.\n\nThe rally ended with a march with Nora Vale through the town.\n\n“It was a good day,” Vale said.', 'It was', 'Nora Vale', 'person'],
  ])('%s', (...row) => check(row));
});

describe('a full name written only inside quote marks completes a surname-only person', () => {
  test.each<Row>([
    ['“Mr. Adeyemi” takes the given name a quoted event name carries', 'Mr. Adeyemi opened the new clinic on Monday.\n\nVolunteers wore shirts reading “Tunde Adeyemi Clinic Day.”\n\n“We built this together,” Mr. Adeyemi said.', 'We built', 'Tunde Adeyemi', 'person'],
    ['the coach only ever called “Coach Brandt” in prose, named in full by a player', 'Coach Brandt ran the drills for two hours.\n\n“Nobody works harder than Kasimir Brandt,” the captain said.\n\n“Speed is everything,” Brandt said.', 'Speed is', 'Kasimir Brandt', 'person'],
    // Negatives: two quoted given names, a given name of the other gender, a capitalised common word.
    ['two different given names in quotes: the surname stays', 'Mr. Adeyemi opened the clinic.\n\n“Tunde Adeyemi and Femi Adeyemi built it,” a nurse said.\n\n“We built this together,” Mr. Adeyemi said.', 'We built', 'Adeyemi', 'person'],
    ['a quoted given name of the other gender is someone else', 'Mr. Brandt ran the drills.\n\n“Ask Martha Brandt about the budget,” a parent said.\n\n“Speed is everything,” Mr. Brandt said.', 'Speed is', 'Brandt', 'person'],
    ['a capitalised common word before the surname is no given name', 'Mr. Brandt ran the drills. The team would thank him later.\n\n“Thank Brandt for the title,” a parent said.\n\n“Speed is everything,” Mr. Brandt said.', 'Speed is', 'Brandt', 'person'],
  ])('%s', (...row) => check(row));
});

describe('“Police say” opening a sentence refers to the one force the article names', () => {
  test.each<Row>([
    ['capitalised at a sentence start, named later', 'A driver was stopped on the bridge at dawn. Police say he had no licence.\n\nThe Ashton County police chief, Rosa Lind, spoke in the afternoon.', 'he had no', 'Ashton County police', 'organization'],
    ['capitalised at a sentence start, named before', 'The Lakeland police closed the bridge at dawn. Traffic stopped for hours.\n\nPolice say the repairs will take a week.', 'the repairs', 'Lakeland police', 'organization'],
    // Negatives: two forces named, or none.
    ['two forces named: none chosen', 'The Lakeland police and the Ashton police met on Monday.\n\nPolice say the bridge is safe.', 'the bridge', 'Police'],
    ['no force named: as written', 'A driver was stopped on the bridge at dawn.\n\nPolice say he had no licence.', 'he had no', 'Police'],
  ])('%s', (...row) => check(row));
});

describe('a nickname in quote marks between a first name and a surname stays in the name', () => {
  test.each<Row>([
    ['straight marks: the surname alone later finds the full name', 'State Sen. Robert "Bo" Kellner opened the hearing on Monday.\n\nKellner said the budget would pass.', 'the budget', 'Robert "Bo" Kellner', 'person'],
    ['curly marks, the person speaks', 'Coach Margaret “Peg” Haller watched from the bench.\n\n“We were tired,” Haller said.', 'We were tired', 'Margaret “Peg” Haller', 'person'],
    // Negatives: a quoted word after a surname, or after a word that is no first name, is not a nickname.
    ['a quoted word after a full name is a quote, not a nickname', 'Paul Ames called the plan "Reckless" Monday.\n\nAmes said the vote would fail.', 'the vote', 'Paul Ames', 'person'],
    ['after a word that is no first name', 'The Lakeland "Tigers" Stadium opened on Monday. Rosa Lind cut the ribbon.\n\nLind said the seats were sold out.', 'the seats', 'Rosa Lind', 'person'],
  ])('%s', (...row) => check(row));
});

describe('an acronym written once with two neighbouring letters swapped is the acronym written before', () => {
  test.each<Row>([
    ['a later slip (“NSWL” after “NWSL”) joins the earlier spelling', 'The NWSL announced a new season on Monday.\n\nThe NSWL said the final would be played in June.', 'the final', 'NWSL', 'organization'],
    // Negatives: a different letter is another body; a slip written before the real spelling stays.
    ['a different letter (ACLU, ACLJ) is another body', 'The ACLU filed a brief on Monday.\n\nThe ACLJ said the law was fair.', 'the law', 'ACLJ', 'organization'],
    ['a three-letter acronym is never re-spelt (ABC, BAC)', 'The ABC aired the debate on Monday.\n\nThe BAC said the figures were wrong.', 'the figures', 'BAC', 'organization'],
  ])('%s', (...row) => check(row));
});

describe('a newspaper named after a first name is no person', () => {
  test.each<Row>([
    ['“the Charlotte Observer” is a newspaper, no antecedent of she', 'The Charlotte Observer reported the closure on Monday.\n\n“It was sudden,” she said.', 'It was sudden', null],
    // Negatives: a first name with a surname is still a person; without `the` a publication word may be a surname.
    ['“Charlotte Lind” is still a person', 'Charlotte Lind spoke on Monday.\n\n“It was sudden,” she said.', 'It was sudden', 'Charlotte Lind', 'person'],
    ['“Molly Sentinel” without `the` is a person', 'Molly Sentinel wrote the guide in 1922.\n\n“Manners matter,” she said.', 'Manners matter', 'Molly Sentinel', 'person'],
  ])('%s', (...row) => check(row));
});

describe('name boundaries: slashes between partners, a possessive kept on the word, a stray article', () => {
  test.each<Row>([
    ['a poll by two partners joined by a slash is named by both', 'Voters want a new bridge, according to a Lakeland Herald/KLKD News poll.', 'Voters want', 'Lakeland Herald/KLKD News', 'organization'],
    ['“according to a …/… poll” keeps no article in the name', 'Ann Lind leads by four points, according to a Metro/Ipsen poll of likely voters.', 'Ann Lind leads', 'Metro/Ipsen', 'organization'],
    ['a possessive the tokenizer kept on the last word is no part of the name', 'I wrote about the mayor’s plan last week, as I did earlier about Rosa J. Lind\'s.\n\nLind said the plan would cost too much.', 'the plan would', 'Rosa J. Lind', 'person'],
    // Negatives: a slash with spaces, or between lower-case words, joins nothing.
    ['a slash between lower-case words joins no name', 'Paul Ames said the fee/tax debate was over.\n\nAmes said the vote would pass.', 'the vote', 'Paul Ames', 'person'],
  ])('%s', (...row) => check(row));
});

describe('an acronym the article writes keeps “X Agency and Y Board” one name', () => {
  test.each<Row>([
    ['“Trade Agency and Harbours Board” with “T.A.H.B.” later', 'Fishermen filed a complaint with the Trade Agency and Harbours Board on Monday.\n\nThe T.A.H.B. said it would inspect the docks.', 'it would inspect', 'Trade Agency and Harbours Board', 'organization'],
    // Negative: without the acronym, two bodies joined by `and` stay two.
    ['no acronym in the article: two bodies', 'Fishermen wrote to the Trade Agency and Harbours Board on Monday.\n\nThe Harbours Board said it would inspect the docks.', 'it would inspect', 'Harbours Board', 'organization'],
  ])('%s', (...row) => check(row));
});

describe('a title with an `of` phrase before a name is the descriptor', () => {
  test.each<Row>([
    ['“Chief of Staff” after an organisation', 'Lakeland Council Chief of Staff Denis Moran said the budget was late.', 'the budget', 'Denis Moran', 'person'],
    ['“Director of Public Works”', 'Director of Public Works Ann Lind said the bridge would reopen in May.', 'the bridge', 'Ann Lind', 'person'],
    ['“Minister of Finance”, then the surname alone', 'Minister of Finance Rosa Lindqvist opened the session.\n\nLindqvist said taxes would not rise.', 'taxes would', 'Rosa Lindqvist', 'person'],
    // Negatives: a person of an organisation, and an organisation's own `of`, are unchanged.
    ['“Mr. Morgan of the Sierra Club” is still Morgan', 'Mr. Morgan of the Sierra Club said the river was clean.', 'the river', 'Morgan', 'person'],
    ['“Bureau of Land Management” stays an organisation', 'The Bureau of Land Management said the fence would stay.', 'the fence', 'Bureau of Land Management', 'organization'],
  ])('%s', (...row) => check(row));
});

describe('a surname that is also a role word does not hide the title before the first name', () => {
  test.each<Row>([
    ['“Vermont Sen. Ann Tester”: Tester is the surname, not a title', 'Vermont Sen. Ann Tester spoke on Monday.\n\nTester said the farm bill would pass.', 'the farm bill', 'Ann Tester', 'person'],
    // Negative: an organisation word before the first name still makes the whole an organisation's title.
    ['“Sierra Club President Ann Lind” keeps its descriptor', 'Sierra Club President Ann Lind said the river was clean.', 'the river', 'Ann Lind', 'person'],
  ])('%s', (...row) => check(row));
});
