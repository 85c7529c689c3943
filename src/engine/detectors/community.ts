import { z } from 'zod';
import { findReferences } from '../context/community';
import { defineDetector } from '../detector';

/**
 * Who a draft talks about, from the community lexicon: pupils, parents, staff, the school
 * ("the kids", "a parent", "SLT", "my Year 10s"), and other people ("this guy").
 */
export const communityDetector = defineDetector({
  id: 'community',
  phase: 'context',
  description: 'References to the school community and to people, from the community lexicon.',
  rules: {},
  lexicon: z.object({}),
  select: () => ({}),
  compile: () => null,
  run: (_compiled, { doc }) => ({ references: findReferences(doc) }),
});
