import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';

/**
 * Ninth session: what stands after a roster first name, or before it, can make it plainly someone
 * else, even in a post about school: a trade or a title after "the"/"y" ("Jacob the electrician",
 * "Elen, y frenhines"), a patronymic and another name ("Iolo ap Rhydderch", another person's whole
 * Welsh name), the writer's own name ("my name (Layla) means night"), a Welsh weather idiom ("Haf
 * braf!"). Contrasts: the pupil with a class, a pupil's patronymic surname cut to its initial.
 * Roster and drafts written here.
 */
const school = compile({
  schoolName: 'Ysgol Bryn Derw',
  schoolAliases: ['Bryn Derw'],
  pupilNames: ['Jacob Reilly', 'Elen Pugh', 'Iolo ap Dafydd', 'Layla Hussain', 'Haf Morgan', 'Arthur Price'],
  policy: 'generic-uk',
});

const pupil = (draft: string) =>
  school
    .analyse(draft)
    .filter((f) => f.category === 'pupil-name' && f.severity !== 'info')
    .map((f) => f.match);

describe('someone else', () => {
  test.each([
    'Jacob the electrician finally fixed the staffroom lights, hero of the week',
    'Jacob y trydanwr wedi trwsio golau ystafell staff o’r diwedd',
    'Elen, y frenhines, in our Year 5 Tudors and Welsh princes topic today, the class loved it',
    'Arthur the king and the round table, Year 3 topic starts Monday',
    'Iolo ap Rhydderch ar y radio bore ma yn sôn am addysg, da iawn',
    'my name (Layla) means night in Arabic, told my year 9s and now I am Miss Midnight',
    'fy enw i ydy Haf ac rydw i’n athrawes yn yr ysgol ers deg mlynedd',
    'Haf braf o’r diwedd! diwrnod ola’r tymor ysgol',
  ])('%s', (draft) => expect(pupil(draft)).toEqual([]));
});

describe('still the pupil', () => {
  test.each([
    ['Jacob in my class wants to be an electrician', 'Jacob'],
    ['Iolo ap D wedi cael ei wahardd am dri diwrnod, paid dweud wrth neb', 'Iolo'],
    ['Layla in Year 9 read her poem in assembly', 'Layla'],
    ['Iolo ap Dafydd read beautifully in assembly', 'Iolo ap Dafydd'],
  ])('%s', (draft, match) => expect(pupil(draft).join(' ')).toContain(match));
});
