import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';

/**
 * Eighth session, names around the school's own people and transport (drafts written here):
 * - a colleague named from the staff list (or by title) in the same sentence makes a roster first name
 *   the school's child: "Kacper sat next to Mrs Dunn all the way home" ("Bogdan's son Kacper" stays quiet);
 * - the escort on a school taxi or bus is the school's transport: "the escort on Kacper's taxi…";
 * - Welsh "o'r" ("from the") before a workplace names an adult: "Mererid o'r swyddfa", "Huw o'r garej";
 * - the school's acronym with its transport or community words: "the LHS minibus", "parents at lhs".
 */
const school = compile({
  schoolName: 'Lydgate House School',
  schoolAliases: ['LHS'],
  pupilNames: ['Kacper Zielinski', 'Mererid Huws', 'Huw Pennant'],
  staffNames: ['Rachel Dunn', 'Bogdan Nowicki'],
  policy: 'generic-uk',
});

const held = (draft: string, category: string) =>
  school
    .analyse(draft)
    .filter((f) => f.category === category && f.severity !== 'info')
    .map((f) => f.match);

describe('a roster first name beside the school’s own people', () => {
  test.each([
    'Kacper sat next to Mrs Dunn all the way home, singing',
    'Kacper wants to be a chef like Rachel when he grows up',
    "the escort on Kacper's taxi was late again this morning",
    'some boy on the bus called Kacper names and the taxi escort said nothing',
  ])('%s', (draft) => expect(held(draft, 'pupil-name')).not.toEqual([]));

  test.each([
    "Bogdan's son Kacper is learning the violin",
    'my colleague Bogdan and his son Kacper went fishing',
    'Kacper the window cleaner is a legend',
  ])('stays quiet: %s', (draft) => expect(held(draft, 'pupil-name')).toEqual([]));
});

describe('Welsh "o\'r" before a workplace: an adult', () => {
  test.each([
    "Mererid o'r swyddfa wedi dod â chacen i'r stafell staff",
    "Huw o'r garej wedi trwsio'r car mewn dim",
    "Mererid o'r siop lyfrau wedi argymell nofel grêt i flwyddyn 9",
  ])('stays quiet: %s', (draft) => expect(held(draft, 'pupil-name')).toEqual([]));

  test.each(["Mererid o'r dosbarth wedi ennill y ras, da iawn blwyddyn 9", 'Huw or Mererid will read in assembly'])('%s', (draft) =>
    expect(held(draft, 'pupil-name')).not.toEqual([]),
  );
});

describe("the school's acronym with its transport and community", () => {
  test.each([
    'whoever drove the LHS minibus today deserves a medal',
    'the driver on the LHS run was an hour late',
    'honestly some of the parents at lhs need to calm down',
    'kids from the LHS were brilliant at the gala',
  ])('%s', (draft) => expect(held(draft, 'school-name')).not.toEqual([]));

  test.each(['the LHS conference on hospitality was dull'])('stays quiet: %s', (draft) =>
    expect(held(draft, 'school-name')).toEqual([]),
  );
});
