/**
 * Words the benchmark generator fills its templates with: names of people, places and organizations from many
 * regions and topics, so generated digests exercise the reader the way varied real digests would (not only the
 * seed's war coverage). Data only; `generate-corpus.ts` holds the templates.
 */
// prettier-ignore
export const FIRST_NAMES = [
  'Amina', 'Oleksandr', 'Maria', 'Jean-Pierre', 'Kwame', 'Priya', 'Hiroshi', 'Fatima', 'Carlos', 'Ingrid',
  'Mehmet', 'Olga', 'Thabo', 'Lucia', 'Dmitri', 'Aisha', 'Lars', 'Mei', 'Rafael', 'Nadia', 'Tomasz', 'Yusuf',
  'Elena', 'Samuel', 'Giorgos', 'Leila', 'Pavel', 'Chioma', 'Andrzej', 'Sofia', 'Kenji', 'Anders', 'Zainab',
  'Viktor', 'Isabel', 'Omar', 'Katarzyna', 'Rustam', 'Hannah', 'Emmanuel',
] as const;

// prettier-ignore
export const LAST_NAMES = [
  'Kovalenko', 'Haddad', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Sharma', 'Novak', 'Mensah', 'Petrov',
  'García', 'Yilmaz', 'Schneider', 'Nowak', 'Abubakar', 'Rossi', 'Ivanova', 'Dlamini', 'Papadopoulos',
  'Kowalczyk', 'Bakr', 'Fernandes', 'Hansen', 'Nakamura', 'Oyelaran', 'Horvat', 'Karimov', 'Mahlangu', 'Bianchi',
  'Szabó', 'Ortega', 'Lehmann', 'Adeyemi', 'Korhonen', 'Vasquez', 'Demir', 'Sokolova', 'Keller', 'Banda',
  'Marchetti',
] as const;

// prettier-ignore
export const TITLES = [
  'President', 'Prime Minister', 'Foreign Minister', 'Defense Minister', 'Finance Minister', 'Health Minister',
  'Interior Minister', 'opposition leader', 'spokeswoman', 'spokesman', 'mayor', 'analyst', 'economist',
  'commander', 'ambassador', 'governor', 'chief executive', 'activist', 'senator', 'central bank governor',
] as const;

/** [country, demonym, capital, another city]. */
// prettier-ignore
export const COUNTRIES = [
  ['Ukraine', 'Ukrainian', 'Kyiv', 'Kharkiv'], ['Poland', 'Polish', 'Warsaw', 'Gdańsk'],
  ['France', 'French', 'Paris', 'Marseille'], ['Germany', 'German', 'Berlin', 'Hamburg'],
  ['Nigeria', 'Nigerian', 'Abuja', 'Lagos'], ['Kenya', 'Kenyan', 'Nairobi', 'Mombasa'],
  ['Japan', 'Japanese', 'Tokyo', 'Osaka'], ['India', 'Indian', 'New Delhi', 'Mumbai'],
  ['Brazil', 'Brazilian', 'Brasília', 'São Paulo'], ['Turkey', 'Turkish', 'Ankara', 'Istanbul'],
  ['Egypt', 'Egyptian', 'Cairo', 'Alexandria'], ['Sweden', 'Swedish', 'Stockholm', 'Gothenburg'],
  ['Italy', 'Italian', 'Rome', 'Milan'], ['Spain', 'Spanish', 'Madrid', 'Barcelona'],
  ['Canada', 'Canadian', 'Ottawa', 'Toronto'], ['Mexico', 'Mexican', 'Mexico City', 'Guadalajara'],
  ['South Africa', 'South African', 'Pretoria', 'Johannesburg'], ['Indonesia', 'Indonesian', 'Jakarta', 'Surabaya'],
  ['Greece', 'Greek', 'Athens', 'Thessaloniki'], ['Finland', 'Finnish', 'Helsinki', 'Tampere'],
  ['Lebanon', 'Lebanese', 'Beirut', 'Tripoli'], ['Kazakhstan', 'Kazakh', 'Astana', 'Almaty'],
  ['Argentina', 'Argentine', 'Buenos Aires', 'Córdoba'], ['Vietnam', 'Vietnamese', 'Hanoi', 'Ho Chi Minh City'],
] as const;

// prettier-ignore
export const REGIONS = [
  'the Black Sea', 'the Baltic', 'the Sahel', 'the Balkans', 'the Horn of Africa', 'the Gulf', 'Central Asia',
  'the Caucasus', 'the Mediterranean', 'Southeast Asia', 'the Amazon basin', 'the Arctic',
] as const;

// prettier-ignore
export const ORGANIZATIONS = [
  'the European Union', 'the United Nations', 'NATO', 'the World Health Organization', 'the World Bank',
  'the International Monetary Fund', 'the Red Cross', 'Amnesty International', 'the African Union', 'OPEC',
  'the European Commission', 'the World Food Programme', 'Médecins Sans Frontières', 'the IAEA', 'Interpol',
  'the European Central Bank', 'Siemens', 'Gazprom', 'Airbus', 'Toyota', 'Shell', 'Maersk',
] as const;

/** Who a story's news comes from, opening its first paragraph: "Al-Madina News: While …". */
// prettier-ignore
export const NEWS_SOURCES = [
  'Al-Madina News', 'Reuters', 'AFP', 'Associated Press', 'Anadolu Agency', 'Kyodo', 'BBC', 'Deutsche Welle',
  'Al Jazeera', 'Xinhua', 'The Guardian', 'Le Monde', 'El País', 'TASS',
] as const;

// prettier-ignore
export const NEWSPAPERS = [
  'the Washington Post', 'the Financial Times', 'the Telegraph', 'the New York Times', 'Der Spiegel',
  'Corriere della Sera', 'the Times of India', 'Asahi Shimbun',
] as const;

// prettier-ignore
export const TOPICS = [
  ['grain exports', 'shipments', 'ports'], ['gas prices', 'pipelines', 'energy supplies'],
  ['elections', 'ballots', 'polling stations'], ['floods', 'roads', 'evacuations'],
  ['wildfires', 'forests', 'firefighters'], ['arms sales', 'licences', 'embargo'],
  ['a cyber attack', 'servers', 'hackers'], ['inflation', 'interest rates', 'wages'],
  ['a rail strike', 'trains', 'unions'], ['a vaccine campaign', 'clinics', 'doses'],
  ['refugees', 'border crossings', 'shelters'], ['drought', 'harvests', 'water reserves'],
  ['a football final', 'stadiums', 'fans'], ['a trade deal', 'tariffs', 'exporters'],
] as const;

// prettier-ignore
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

// prettier-ignore
export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December',
] as const;

/** Short sub-headings in the seed's manner: lower-case phrases, a number, a quoted phrase. */
// prettier-ignore
export const SUBHEADINGS = [
  'strategic goal', 'logistical chaos', 'supply disruption', 'close the loophole', 'a long night',
  'what comes next', 'the numbers', 'reactions', 'behind the scenes', 'a difficult choice', 'background',
  'the cost', 'no end in sight', 'on the ground', 'a new plan', 'criticism grows', 'the timeline', 'at stake',
] as const;

// prettier-ignore
export const BOILERPLATE = ['Leave a Comment', 'Share this article', 'Read more', 'Advertisement'] as const;
