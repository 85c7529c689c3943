import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';
import { RULE_EXAMPLE_SETTINGS } from './rule-examples';

// Fourteenth session: a staff process in Welsh about one of the support or office staff ("cyfarfod disgyblu i un
// o'r cymhorthwyr", train-13) was not about anyone: the North Walian "cymhorthydd" and the office's "ysgrifenyddes"
// were not staff words (rules/lexicons/community.json), as "teaching assistant" and "cynorthwyydd" were.
const analyser = compile(RULE_EXAMPLE_SETTINGS);
const acting = (text: string) => analyser.analyse(text).filter((f) => f.category === 'confidential' && f.severity !== 'info');

describe('Welsh support and office staff are colleagues a staff matter can be about', () => {
  test.each([
    "cyfarfod disgyblu i un o'r cymhorthwyr fory. pawb yn cerdded ar blisg wyau",
    'ysgrifenyddes newydd di cael rhybudd ysgrifenedig yn barod',
    'cymhorthydd dosbarth 3 wedi cael rhybudd terfynol heddiw',
  ])('held: %s', (draft) => {
    expect(acting(draft)).toEqual([expect.objectContaining({ category: 'confidential' })]);
  });

  test.each([
    "Diolch o galon i'r cymhorthydd dosbarth am y gacen heddiw",
    "Mae'r ysgrifenyddes newydd yn hyfryd, croeso mawr iddi",
    "Un o'r cymhorthwyr yn rhedeg y marathon dydd Sul, pob lwc!",
    'Dirprwy bennaeth wedi trefnu disgo Nadolig gwych i blant bl6',
    'Our new secretary is lovely and the office has never been tidier',
  ])('quiet: %s', (draft) => {
    expect(acting(draft)).toEqual([]);
  });
});

// The same session: "year 4 teacher is on a support plan" named no one (community.json yearStaff).
describe('a teacher or assistant named by their year group is one colleague', () => {
  test.each([
    'year 4 teacher is on a support plan and everyone knows it 😬 poor woman',
    'the yr 6 ta has been signed off with stress again',
  ])('held: %s', (draft) => {
    expect(acting(draft)).toEqual(expect.arrayContaining([expect.objectContaining({ category: 'confidential' })]));
  });

  test.each([
    'Our year 4 teacher took the class to Cardiff Bay today, what a day',
    'Year 6 teacher here, any SATs week survival tips welcome!',
    'The year 4 teachers are on a training day so the kids are home',
    "My son's year 2 teacher is lovely, he comes home singing every day",
    'Support plan templates for the new term are on the shared drive',
  ])('quiet: %s', (draft) => {
    expect(acting(draft)).toEqual([]);
  });
});
