import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';
import { CADOXTON } from './fixtures';

/**
 * Two narrowings of the eighth session reviewed for what they must not hide: a pupil named with a
 * team or stage role ("Tyler, our goalkeeper") is still the pupil, only an adult's trade makes the
 * name someone else; and a verdict on a place followed by a protected group after a comma ("the park
 * is a disgrace, immigrants have taken over") is still aimed at the group, only people who start a
 * clause of their own that is not hostile to them are let off.
 */
const school = compile({ ...CADOXTON, pupilNames: [...(CADOXTON.pupilNames ?? []), 'Tyler Hughes', 'Jac Evans'] });
const held = (draft: string, category: string) => school.analyse(draft).filter((f) => f.category === category && f.severity !== 'info');

describe('a pupil with a team or stage role after the name', () => {
  test.each([
    'Well done to Tyler, our goalkeeper, who saved three penalties today!',
    'Jac the striker scored twice for the Year 6 team',
    'Tyler, our captain, lifted the cup for the Year 6 team',
    'Jac y bardd wedi ennill y gadair yn eisteddfod yr ysgol',
  ])('still the pupil: %s', (draft) => expect(held(draft, 'pupil-name')).not.toEqual([]));

  test.each(['Tyler the plumber sorted the boiler in the staffroom at last, legend', 'Tyler, our electrician, rewired the hall over half term'])(
    'an adult trade makes the name someone else: %s',
    (draft) => expect(held(draft, 'pupil-name')).toEqual([]),
  );
});

describe('a verdict on a place, then a group after a comma', () => {
  test.each(['The park is a disgrace, immigrants have taken over', 'The town centre is a disgrace, Muslims are everywhere now', 'This estate is a disgrace, the gypsies have wrecked it'])(
    'still aimed at the group: %s',
    (draft) => expect(held(draft, 'derogatory')).not.toEqual([]),
  );

  test.each(['The cut is a disgrace, small rural schools will feel it first', 'that policy is vile, staff deserve better'])(
    'people starting a clause of their own are let off: %s',
    (draft) => expect(held(draft, 'derogatory')).toEqual([]),
  );
});
