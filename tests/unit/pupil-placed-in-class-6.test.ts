import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';

/**
 * Sixth session: pupils pointed at by where they are at school (the mechanisms the sixth blind set
 * exposed, with drafts and a roster written here): a class named after birds or trees ("in
 * Kingfishers"), "in my form", a bare year number in a description ("the girl in 9 with…"),
 * "bl 5" in English, an article dropped ("little lad in Robins whose…") or joined in Welsh ("ma'r
 * ferch"), a lower-case initial that is also a word ("grace a in 8"), a Welsh double given name
 * ("Elin Haf"), and a child's teacher after a possessive ("Tyler-Jay's head of year").
 */
const school = compile({
  schoolName: 'Brackenfield Primary School',
  pupilNames: ['Mason Pell', 'Grace Ambrose', 'Tyler-Jay Hood', 'Elin Haf Pugh', 'Hope Lister'],
  staffNames: ['Joanne Tate'],
  policy: 'generic-uk',
});

const pupils = (draft: string) =>
  school
    .analyse(draft)
    .filter((f) => f.category === 'pupil-name' && f.severity !== 'info')
    .map((f) => f.match);

describe('where the child is at school', () => {
  test.each([
    'mason in kingfishers has been a different boy since half term',
    'a lad in my form called Jayden keeps asking if I am married',
    'the girl in 9 with the pink hair who lives above the chippy is losing weight, anyone else noticed?',
    'that lad in bl 5 with the red hair whose mam got arrested is with his nain now',
    'little lad in robins whose dad does the fish van told me he wants to be a shark',
    "ma'r ferch yn 9 gyda'r gwallt pinc sy'n byw uwchben y siop",
    'grace a in 8 told me something at lunch. passed it on straight away',
    'Elin Haf bl 6 read her poem in assembly and there was not a dry eye',
    "police at the front desk asking for Tyler-Jay's head of year",
  ])('%s', (draft) => expect(pupils(draft)).not.toEqual([]));

  test.each([
    'we were in 5 different shops looking for a costume',
    'the girl in 5 minutes flat had the tent up, what a star (at guides, my own daughter)',
    'a grace a day keeps me sane: coffee in 8 minutes flat',
    'Kingfishers nesting by the canal again this spring, beautiful',
    "someone wants to give that lad a good slap, gobbing off at the bus driver like that",
  ])('stays quiet: %s', (draft) => expect(pupils(draft)).toEqual([]));
});
