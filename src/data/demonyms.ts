// Nationalities, religions, parties and regions used as adjectives or as group nouns. A
// capitalised word from here is a descriptor ("the Kentucky Republican", "a Russian
// official"), never a name on its own. Lower case, singular and plural.

/** Lower-case demonyms and party/religion adjectives. */
export const DEMONYMS: ReadonlySet<string> = new Set([
  'american', 'americans', 'british', 'briton', 'britons', 'english', 'scottish', 'welsh', 'irish',
  'canadian', 'canadians', 'mexican', 'mexicans', 'cuban', 'cubans', 'brazilian', 'brazilians',
  'argentine', 'argentinian', 'chilean', 'colombian', 'venezuelan', 'venezuelans', 'peruvian',
  'french', 'german', 'germans', 'italian', 'italians', 'spanish', 'spaniard', 'spaniards',
  'portuguese', 'dutch', 'belgian', 'swiss', 'austrian', 'swedish', 'swede', 'swedes', 'norwegian',
  'danish', 'dane', 'danes', 'finnish', 'finn', 'finns', 'polish', 'pole', 'poles', 'czech',
  'czechs', 'slovak', 'hungarian', 'hungarians', 'romanian', 'romanians', 'bulgarian', 'serbian',
  'serb', 'serbs', 'croatian', 'croat', 'croats', 'bosnian', 'greek', 'greeks', 'turkish', 'turk',
  'turks', 'russian', 'russians', 'ukrainian', 'ukrainians', 'belarusian', 'georgian', 'armenian',
  'armenians', 'azerbaijani', 'kazakh', 'uzbek', 'iranian', 'iranians', 'iraqi', 'iraqis', 'syrian',
  'syrians', 'lebanese', 'jordanian', 'jordanians', 'israeli', 'israelis', 'palestinian',
  'palestinians', 'egyptian', 'egyptians', 'libyan', 'libyans', 'tunisian', 'algerian',
  'moroccan', 'saudi', 'saudis', 'emirati', 'qatari', 'yemeni', 'yemenis', 'kuwaiti', 'afghan',
  'afghans', 'pakistani', 'pakistanis', 'indian', 'indians', 'bangladeshi', 'sri', 'lankan',
  'nepalese', 'chinese', 'japanese', 'korean', 'koreans', 'vietnamese', 'thai', 'filipino',
  'filipinos', 'indonesian', 'indonesians', 'malaysian', 'singaporean', 'australian',
  'australians', 'nigerian', 'nigerians', 'kenyan', 'kenyans', 'ethiopian', 'ethiopians',
  'somali', 'somalis', 'sudanese', 'ghanaian', 'south', 'african', 'africans', 'european',
  'europeans', 'asian', 'asians', 'latin', 'latino', 'latinos', 'latina', 'latinas', 'hispanic',
  'hispanics', 'arab', 'arabs', 'kurdish', 'kurd', 'kurds', 'jewish', 'jew', 'jews', 'muslim',
  'muslims', 'christian', 'christians', 'catholic', 'catholics', 'protestant', 'evangelical',
  'evangelicals', 'mormon', 'mormons', 'sunni', 'shiite', 'shia', 'hindu', 'buddhist',
  'republican', 'republicans', 'democrat', 'democrats', 'democratic', 'libertarian', 'green',
  'conservative', 'conservatives', 'liberal', 'liberals', 'labour', 'tory', 'tories', 'gop',
  'texan', 'texans', 'californian', 'californians', 'floridian', 'new', 'yorker', 'yorkers',
  'midwestern', 'southern', 'northern', 'western', 'eastern', 'federal', 'national', 'state',
]);
