import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';

/**
 * Seventh session: an unlisted child identified by description (drafts written here): words about the
 * child before the child noun ("the tall Somali lad in year 6 who…"), north-Walian child nouns
 * ("hogyn", "hogan"), a disability aid ("in the wheelchair"), and where the child lives or came from,
 * or that they joined us, standing in for a class ("the lad who lives above the chippy … told the
 * DSL", "yr hogyn mawr 'na o Dŷ Gwyn sy'n…"). A description with nothing about school stays quiet.
 */
const school = compile({ schoolName: 'Ysgol Gynradd Llanfor', schoolAliases: ['Ysgol Llanfor'], pupilNames: ['Gwion Parry'], policy: 'generic-uk' });

const described = (draft: string) =>
  school
    .analyse(draft)
    .filter((f) => f.category === 'pupil-name' && f.severity !== 'info')
    .map((f) => f.match);

describe('a child described, not named', () => {
  test.each([
    'the tall Polish girl in year 5 who does gymnastics got a fixed-term exclusion',
    'the ginger lad in my class who plays for the under 9s was in tears again',
    "yr hogyn newydd o Gaernarfon yn bl4, yr un efo'r tad sy'n gyrru tacsi",
    "yr hogan fach yn y gadair olwyn yn y dosbarth derbyn",
    'the little girl in a wheelchair in reception still has no lift to the hall',
    'the little lad who lives above the bookies came in with a black eye. told the DSL',
    'the lad with the shaved head who started with us last week has already been in a fight',
    "ma'r hogyn mawr 'na o Bant Glas sy'n pigo ar y plant bach yn yr ysgol eto",
  ])('%s', (draft) => expect(described(draft)).not.toEqual([]));

  test.each([
    'the lad who lives next door mowed my lawn, what a star',
    'the tall girl in the red coat at the bus stop smiled at me',
    'a boy who lives near me plays the trumpet very loudly',
    "yr hogyn o Gaernarfon sy'n canu yn y band, am lais",
    'the big lad from Church Farm who sells eggs had run out again',
  ])('stays quiet: %s', (draft) => expect(described(draft)).toEqual([]));
});
