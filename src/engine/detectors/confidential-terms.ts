import { defineDetector } from '../detector';
import { ConfidentialSchema } from '../schemas/lexicons';
import { ConfidentialMatcher, type TermMatch } from './confidential';

export type { TermMatch } from './confidential';

/**
 * Finds the confidential vocabulary once, in the context phase: terms that name a school process
 * ("EHCP", "PRU placement", "Project Phoenix") make a draft about school, which the name detectors
 * need to know; the `confidential` detector judges the same matches later.
 */
export const confidentialTermsDetector = defineDetector({
  id: 'confidential-terms',
  phase: 'context',
  description: 'Confidential vocabulary and the school context it gives, handed on to the confidential detector.',
  rules: {},
  lexicon: ConfidentialSchema,
  select: (bundle) => bundle.confidential,
  compile: (lexicon, config) => new ConfidentialMatcher(lexicon, config.extraConfidentialTerms),
  run: (matcher, { doc }) => {
    const terms: TermMatch[] = matcher.match(doc);
    return { confidentialTerms: terms, schoolContext: ConfidentialMatcher.schoolContext(doc, terms) };
  },
});
