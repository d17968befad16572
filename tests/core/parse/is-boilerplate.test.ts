import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../../src/core/parse/is-boilerplate.ts';

describe('isBoilerplate', () => {
  it.each<[string]>([
    ['Leave a Comment'],
    ['leave a comment'],
    ['Share this article'],
    ['Read also'],
    ['Read more »'],
    ['Related'],
    ['Related articles:'],
    ['Advertisement'],
    ['Read also: Saudi Arabia hosts new talks between the Sudanese parties'],
    ['Click here to subscribe to our newsletter'],
    ['We use cookies to improve your experience on our website.'],
    ['Subscribe to our Telegram channel'],
    ['12 Comments'],
    ['* * *'],
    ['———'],
    ['Tags: Ukraine, Russia, Azovstal'],
    ['Photo: AFP'],
    ['Read also Russia warns Finland over NATO membership'],
    ['Facebook Twitter WhatsApp Email'],
    ['Share: Facebook | Twitter'],
    [
      'We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.',
    ],
    ['Your email address will not be published. Required fields are marked *'],
    ['Comments are closed.'],
    // news sites' furniture
    ['Continue reading below'],
    ['Story continues below'],
    ['Photo: Reuters'],
    ['Photo by Sergei Supinsky/AFP'],
    ['Follow us on Telegram'],
    ['Click here to read more'],
    ['Click here'],
    ['Listen to this article'],
    // bylines and credit lines
    ['By Marta Oliveira'],
    ['(Reporting by Ana Lima and Tom Hale in Lisbon; Writing by Mark Stone; Editing by Kirsten Hale)'],
    // translations
    ['Lire aussi : le Yémen entre deux guerres'],
    ['Publicité'],
    ['Lea también: Petro anuncia una reforma'],
    ['Lesen Sie auch: Scholz in Kiew'],
    ['Anzeige'],
    ['Leia também'],
    ['Читайте также: Засуха в Центральной Азии'],
    ['Реклама'],
    ['Підписуйтесь на наш канал'],
    ['اقرأ أيضا: الجيش يعلن'],
    [
      'Read also: the commission’s report on the war crimes in the region, and what the government said in reply',
    ],
  ])('fires on %j', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each<[string]>([
    ['Related talks resumed in Vienna on Monday.'],
    ['The related sanctions were lifted in 2016.'],
    ['Officials said the two attacks were related'],
    ['Comments by the minister angered Kyiv.'],
    ['Share prices fell sharply in London'],
    ['Read the full statement, the ministry said, on its website.'],
    ['Leave a Comment on the deal, the minister urged reporters.'],
    ['More than a thousand civilians are hiding in the factory.'],
    ['3 stars'],
    ['Photographers gathered at the scene.'],
    ['Readers also wrote to the newspaper.'],
    ['Facebook said it had removed the accounts.'],
    ['Twitter'.concat(' and Facebook were blocked in the country for a week.')],
    ['X'],
    // a title without words is read, not dropped
    ['★'],
    ['🔥🔥🔥'],
    ['###'],
    ['strategic goal'],
    // link words inside a sentence, or a long sentence that happens to start like a link
    ['He asked the deputies to read also the report of the commission.'],
    [
      'Read also the report of the commission, which found that the army had shelled the town twice in March.',
    ],
    ['Photographs of the scene were published by the ministry.'],
    ['Continue reading the statement, the spokesman told the press conference in Kyiv on Monday evening.'],
    ['Advertisements for the new loans appeared across Lagos.'],
    ['Teilen der Armee wurde der Rückzug befohlen.'],
    ['Реклама алкоголя запрещена в Казахстане с 2024 года.'],
    ['Video footage showed soldiers entering the building.'],
    [`Click here to ${'read the long story that follows '.repeat(8)}`],
  ])('does not fire on %j', (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});
