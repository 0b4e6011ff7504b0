// Places that stand alone as capitalised words and would otherwise read as a person's name
// ("Russia offers an insight" is not a person acting). Countries, US states, world cities
// and regions often in the news; lower case.

/** Lower-case names of countries, states, cities and regions. */
export const PLACE_NAMES: ReadonlySet<string> = new Set([
  'afghanistan', 'albania', 'algeria', 'america', 'angola', 'argentina', 'armenia', 'australia',
  'austria', 'azerbaijan', 'bahrain', 'bangladesh', 'belarus', 'belgium', 'bolivia', 'bosnia',
  'brazil', 'britain', 'bulgaria', 'burma', 'cambodia', 'cameroon', 'canada', 'chile', 'china',
  'colombia', 'congo', 'croatia', 'cuba', 'cyprus', 'czechia', 'denmark', 'ecuador', 'egypt',
  'england', 'estonia', 'ethiopia', 'europe', 'finland', 'france', 'georgia', 'germany', 'ghana',
  'greece', 'guatemala', 'haiti', 'honduras', 'hungary', 'iceland', 'india', 'indonesia', 'iran',
  'iraq', 'ireland', 'israel', 'italy', 'jamaica', 'japan', 'kazakhstan', 'kenya',
  'korea', 'kosovo', 'kuwait', 'laos', 'latvia', 'lebanon', 'libya', 'lithuania', 'malaysia',
  'mali', 'mexico', 'moldova', 'mongolia', 'morocco', 'mozambique', 'myanmar', 'nepal',
  'netherlands', 'nicaragua', 'niger', 'nigeria', 'norway', 'oman', 'pakistan', 'palestine',
  'panama', 'paraguay', 'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania',
  'russia', 'rwanda', 'scotland', 'senegal', 'serbia', 'singapore', 'slovakia', 'slovenia',
  'somalia', 'spain', 'sudan', 'sweden', 'switzerland', 'syria', 'taiwan', 'tanzania',
  'thailand', 'tunisia', 'turkey', 'uganda', 'ukraine', 'uruguay', 'uzbekistan', 'venezuela',
  'vietnam', 'wales', 'yemen', 'zambia', 'zimbabwe', 'u.s.', 'us', 'usa', 'u.k.', 'uk', 'eu',
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut',
  'delaware', 'florida', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas',
  'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota',
  'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'ohio', 'oklahoma', 'oregon',
  'pennsylvania', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington',
  'wisconsin', 'wyoming', 'new', 'north', 'south', 'east', 'west', 'york', 'jersey', 'hampshire',
  'mexico', 'carolina', 'dakota', 'chicago', 'boston', 'philadelphia', 'detroit', 'cleveland',
  'miami', 'atlanta', 'houston', 'dallas', 'denver', 'seattle', 'phoenix', 'baltimore',
  'manhattan', 'brooklyn', 'london', 'paris', 'berlin', 'moscow', 'beijing', 'tokyo', 'helsinki',
  'brussels', 'rome', 'madrid', 'kiev', 'kyiv', 'tehran', 'baghdad', 'damascus', 'jerusalem',
  'gaza', 'aleppo', 'mosul', 'benghazi', 'crimea', 'asia', 'africa', 'antarctica', 'oceania',
  'hollywood', 'silicon', 'valley', 'midwest',
]);
