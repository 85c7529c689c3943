import { z } from 'zod';
import { findClassNames } from '../context/community';
import { findSchoolContext } from '../context/school-context';
import { defineDetector } from '../detector';

/**
 * What makes a draft about school: strong words ("my class", "Year 6", "INSET") and weak ones
 * ("well done", "so proud"), and class names ("5B", "Y6"), which are pupils too.
 */
export const schoolContextDetector = defineDetector({
  id: 'school-context',
  phase: 'context',
  description: 'School-context words and class names: whether a draft is about school.',
  rules: {},
  lexicon: z.object({}),
  select: () => ({}),
  compile: () => null,
  run: (_compiled, { doc }) => {
    const classNames = findClassNames(doc);
    return { schoolContext: [...findSchoolContext(doc), ...classNames.context], references: classNames.references };
  },
});
