import { z } from 'zod';

const phrases = z.array(z.string().trim().min(1).max(120)).min(1);
/** How many words may stand between the two halves of a composition: kept small so each check is a bounded look-back. */
const reach = z.number().int().min(1).max(16);

/**
 * Contempt told by composition (`rules/lexicons/composed-contempt.json`, read by
 * `src/engine/detectors/composed-contempt.ts`): a target and a predicate of contempt in one clause,
 * polite-sounding hostility toward a group, and praise followed by a knife in the next sentence.
 */
export const ComposedContemptSchema = z.strictObject({
  $comment: z.string().optional(),
  targetPredicate: z.strictObject({
    /** People and roles of the school community ("the head", "SLT", "that TA", "Year 9", "parents", "that lot", "Mrs"). */
    targets: phrases,
    /** Contempt said of a person: incompetence, stupidity, laziness, uselessness, unfitness, dehumanising, harm wished. */
    predicates: phrases,
    /** A word right before the predicate that turns it round ("is not lazy", "anything but useless"). */
    negations: phrases,
    /** Words earlier in the sentence that report or rebut the contempt ("stop calling TAs lazy", "people say parents are clueless"). */
    counterCues: phrases,
    /** The writer between target and predicate: the predicate is their own ("the head told me I'm useless"). */
    firstPerson: phrases,
    /** The writer's own family as the target: teasing ("my kids are so lazy"). */
    ownFamily: phrases,
    /** A thing between target and predicate is what is scorned ("SLT's new policy is useless"): civil criticism of a decision or an object. */
    things: phrases,
    /** A target said after the predicate as a clause of its own ("Rude, the lot of them", "useless, every one of them"). */
    trailingTargets: phrases,
    /** What links target and predicate as a judgement ("is", "were", "seems", "so", Welsh "yn", "mor"): "Year 3 made a simple circuit" has none. */
    links: phrases,
    /** First words of predicates that carry their own verb ("does nothing", "should be sacked", "like ornaments"): no link needed. */
    selfLinking: phrases,
    /** Words that may stand between the target and its link ("Year 10 today were", "the head of PE is"); any other word makes the target no subject ("the staff room is"). */
    beforeLink: phrases,
    /** Words that may stand between the link and the predicate ("are genuinely brain dead", "was an absolute liability"); any other word is a verb or noun of its own ("was given a simple task"). */
    afterLink: phrases,
    /** A sentence that frames the words as a costume, a story or a debate ("dressed as", "in the play", "whether"). */
    frames: phrases,
    /** Right after the predicate, words that deny it or narrow it to a skill or a moment ("rude to nobody", "rude? Never!", "hopeless at the phonics quiz"). */
    denialsAfter: phrases,
    reach,
  }),
  politeGroup: z.strictObject({
    /** Protected groups named plainly ("Polish families", "Travellers", "trans kids", "Muslims"). */
    groups: phrases,
    /** Groups named vaguely ("them", "that lot", "new families"): hostile only after a hedge. */
    vagueGroups: phrases,
    /** Hostility toward a group that needs no hedge ("don't integrate", "bring the area down", "a fad", "should go back"). */
    predicates: phrases,
    /** Words hostile only after a hedge ("too many", "for free", "go back"): "Polish kids go back to Gdańsk for Christmas" is nothing. */
    weakPredicates: phrases,
    /**
     * Claims that presuppose the group just named, so they may stand in the sentence after it as well as in
     * its own ("Travellers are back on the field. Lock up your bikes.", "… Always the way with that lot."):
     * warnings to guard children and property, and "you know what they're like".
     */
    afterNaming: phrases,
    /** The polite opener that tells the reader what follows is a slur ("not being funny but", "I'm not racist but", "just asking"). */
    hedges: phrases,
    /** Words that make the draft counter-speech or a report ("racist", "challenged", "reported", "a parent said"). */
    counterCues: phrases,
    /** Hedges that contain a counter word ("I'm not racist but"): never counter-speech. */
    counterExceptions: phrases,
    /** A word right before a claim that turns it round ("are not a drain", "never a fad"). */
    negations: phrases,
    reach,
  }),
  praiseThenKnife: z.strictObject({
    /** Praise in the first sentence ("Lovely assembly from the head"). */
    praise: phrases,
    /** Who is praised, in the first sentence or the second. */
    targets: phrases,
    /** How the second sentence opens ("Shame", "Pity", "Funny how"). */
    knives: phrases,
    /** The failure the second sentence tells ("can't remember a single child's name", "did nothing but…"). */
    failures: phrases,
    /** A farewell, a surprise, a show or a costume in either sentence: the "shame" is fond ("Shame she's leaving", "forgot his lines as the innkeeper"). */
    quiet: phrases,
    /** Most words from the knife to the failure, which must be the praised person's ("Shame he can't…", never "Shame I didn't…"). */
    between: z.number().int().min(1).max(8),
  }),
});
export type ComposedContemptLexicon = z.output<typeof ComposedContemptSchema>;
