import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';

/**
 * Eighth session: "called"/"named" (Welsh "o'r enw") introduce a child, not only a café. The place
 * lead-ins ("a café called …", "caffi o'r enw …") had made every "a boy in my class called Tyler" a
 * place, so an unlisted child introduced that way was never found. Drafts written here.
 */
const school = compile({ schoolName: 'Ysgol Gynradd Llanfor', pupilNames: ['Gwion Parry'], policy: 'generic-uk' });

const children = (draft: string) =>
  school
    .analyse(draft)
    .filter((f) => f.category === 'pupil-name' && f.severity !== 'info')
    .map((f) => f.match);

describe('a child introduced by name', () => {
  test.each([
    ['a boy in my class called Tyler has been hitting the others', 'Tyler'],
    ['a new girl in year 3 named Amelie cried all morning', 'Amelie'],
    ["merch newydd yn fy nosbarth o'r enw Mererid, mae hi'n swil iawn", 'Mererid'],
    ["bachgen ym mlwyddyn 5 o'r enw Cai wedi torri ei fraich", 'Cai'],
  ])('%s', (draft, name) => expect(children(draft)).toContain(name));

  test.each([
    'we took year 6 to a café called Lucia for hot chocolate',
    "aeth y dosbarth i gaffi o'r enw Lowri yn y dre",
    'our class read a book about a dog called Biscuit',
    'year 2 watched a film called Moana after sports day',
  ])('stays quiet: %s', (draft) => expect(children(draft)).toEqual([]));
});
