import { describe, expect, it } from 'vitest';
import { topicNames } from '../../../src/core/parse/topic-names.ts';

describe('topicNames', () => {
  it.each<[string, string[]]>([
    ['Berlin sold arms to Moscow, said the Kremlin.', ['mosco', 'kreml']],
    ['The Russians and the Russian army left Russia.', ['russi', 'russi', 'russi']],
    ['It began. Then Belarus joined.', ['belar']],
    ['He spoke on Monday in March to President Putin.', ['putin']],
    ['“Terrorist act” was the verdict of Kyiv’s court.', ['kyiv']],
    ['It is noteworthy that I went.', []],
    ['', []],
  ])('%j', (text, expected) => {
    expect(topicNames(text)).toEqual(expected);
  });
});
