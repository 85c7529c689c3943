import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';

/**
 * Sixth session: first names that are someone other than a pupil (the kinds of false alarm the
 * sixth blind set exposed, with drafts and a roster written here): a place name ("Isle of Skye",
 * "Loch Lomond"), a couple getting married ("Cerys a Dylan yn priodi"), the writer's own child in
 * spoken Welsh ("Rhodri bach fi"), an adult from a college, a speaker or a transfer, and a later
 * bare mention of a name first written with another surname ("Macsen Wledig … Breuddwyd Macsen").
 * Each has a contrast that must still warn.
 */
const school = compile({
  schoolName: 'Ysgol Gynradd Pen y Graig',
  schoolAliases: ['Pen y Graig'],
  pupilNames: ['Skye Bevan', 'Lomond Jones', 'Cerys Pugh', 'Dylan Hughes', 'Rhodri Owen', 'Arjun Mehta', 'Macsen Lloyd', 'Wayne Rooney'],
  staffNames: ['Sian Evans'],
  policy: 'generic-uk',
});

const pupils = (draft: string) =>
  school
    .analyse(draft)
    .filter((f) => f.category === 'pupil-name' && f.severity !== 'info')
    .map((f) => f.match);

describe('someone else, not a pupil', () => {
  test.each([
    'Off to the Isle of Skye for half term, no marking coming with me',
    'Loch Lomond in the rain was still gorgeous, what a weekend',
    'Cerys a Dylan yn priodi o’r diwedd! Llongyfarchiadau i’r ddau 💍',
    'Cerys and Dylan are finally getting married, such a lovely couple',
    'Rhodri bach fi wedi colli ei ddant cyntaf heno 🦷',
    'Arjun from the local college came in to talk to Year 6 about engineering',
    'Went to hear Wayne Rooney speak at the club dinner, great stories',
    'Macsen Wledig yn y wers hanes heddi, y plant wrth eu boddau gyda Breuddwyd Macsen',
  ])('%s', (draft) => expect(pupils(draft)).toEqual([]));
});

describe('still a pupil', () => {
  test.each([
    'Skye in Year 4 read her poem beautifully in assembly today',
    'Cerys and Dylan in Year 2 were stars of the week!',
    'Rhodri wedi gwneud yn wych yn y dosbarth heddi',
    'Arjun from Year 5 came to the office to show me his model',
    'Macsen L yn y wers hanes wedi gwneud gwaith gwych heddi',
  ])('%s', (draft) => expect(pupils(draft)).not.toEqual([]));
});
