import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';
import { RULE_EXAMPLE_SETTINGS } from './rule-examples';

/**
 * Twentieth session (issue 11): derogatory drafts written the way staff write, by writers the rules were not
 * written from. Fourteen families of `rules/lexicons/contempt-patterns.json`, each a shape that recurs across writers
 * in new words: blindness "if it bit her", "where good teachers go to die", the mocked "open door policy", "the
 * apple doesn't fall far" with a knife, a talking-down vocative answering a parent, people told to go back, theft
 * insinuated of people who have arrived, a group shut out of school, a place said to be lost to newcomers, people
 * who "think they're better than everyone", parents said to be unfit, idle busybodies, a leader who "hasn't taught
 * since the 90s", and "a bunch of" + a name for people.
 * Every held sentence is quiet on the code before this session; the sentences are written for this test, not
 * copied from a corpus. The quiet ones are the ordinary sentences of the same shape: fond hyperbole, the writer of
 * themselves, objects, comfort, counter-speech, sympathetic questions about a group.
 */
const analyser = compile(RULE_EXAMPLE_SETTINGS);
const holding = (text: string) => analyser.analyse(text).filter((f) => f.category === 'derogatory' && (f.severity === 'warning' || f.severity === 'high'));
const contempt = (text: string, family: string) =>
  analyser.analyse(text).filter((f) => f.ruleId.startsWith('contempt/') && f.explanation?.rule === `contempt: ${family}` && (f.severity === 'warning' || f.severity === 'high'));

function held(family: string, text: string): void {
  const found = contempt(text, family);
  expect(found.length, `${family} on: ${text}`).toBeGreaterThan(0);
  const f = found[0]!;
  expect(text.slice(f.start, f.end)).toBe(f.match);
}

describe('blindness to the obvious: "couldn\'t spot X if it bit her" (blind-to-it-20)', () => {
  test.each([
    "The new head of year couldn't spot a fight if it bit him on the nose.",
    "Our attendance officer wouldn't notice a truant if one waved at her from the bus stop.",
    "That governor wouldn't recognise good teaching if it sat on his lap.",
    "Honestly the deputy couldn't find a problem in a room full of them.",
  ])('held: %s', (text) => held('blind-to-it-20', text));

  test.each([
    ["the writer of themselves", "I wouldn't know a good wine if it bit me on the nose."],
    ['a plain fact with "tell … if it was"', "She couldn't tell if it was raining from the staffroom window."],
    ['a machine', "The new smoke alarm couldn't detect a fire if it sat on it, so the caretaker replaced it."],
    ['the writer takes the blame', "Year 9 can't spot a semicolon if it bit them, my fault for not teaching it yet."],
  ])('quiet: %s', (_, text) => expect(contempt(text, 'blind-to-it-20')).toEqual([]));
});

describe('"where good teachers go to die" (where-good-things-die-20)', () => {
  test.each([
    'Thornbury Academy: where enthusiasm goes to die.',
    'Our trust office, where good ideas go to die and consultants go to lunch.',
    "Pwyllgor y cyngor: lle mae gobaith yn mynd i farw.",
  ])('held: %s', (text) => held('where-good-things-die-20', text));

  test.each([
    ['leftovers in a fridge', 'The staffroom fridge: where leftovers go to die.'],
    ["the writer's own inbox", 'My inbox on a Friday afternoon: where good ideas go to die.'],
    ['old phones in a drawer', 'The drawer in the office is where old phones go to die.'],
  ])('quiet: %s', (_, text) => expect(holding(text)).toEqual([]));
});

describe('the mocked "open door policy" (open-door-mocked-20)', () => {
  test.each([
    "The principal loves her 'open door policy'. The door is open and she's never behind it.",
    "Our CEO's open door policy: open door, closed mind.",
    "Mae'r pennaeth yn sôn o hyd bod ei ddrws ar agor. Ydy, ond does neb adre.",
  ])('held: %s', (text) => held('open-door-mocked-20', text));

  test.each([
    ['praise of the policy', 'Our head has a real open door policy, never had to wait to see her and nobody is turned away.'],
    ['a house found open (no policy named)', 'We found the front door open and nobody home, so we called the police.'],
  ])('quiet: %s', (_, text) => expect(holding(text)).toEqual([]));
});

describe('"the apple doesn\'t fall far" with a knife (apple-tree-knife-20)', () => {
  test.each([
    "A mum told me her daughter 'doesn't do homework'. Apple doesn't fall far from the tree, does it.",
    "His dad turned up to the meeting and couldn't name a single one of his teachers. The apple doesn't fall far.",
    'Met the parents of the boy who flooded the toilets. Apple, tree and all that.',
    "Dyw'r afal ddim yn cwympo'n bell, na i gyd weda i.",
  ])('held: %s', (text) => held('apple-tree-knife-20', text));

  test.each([
    ['praise after a parent\'s talent', 'Her mum ran for Wales and she won the cross country today. Apple doesn\'t fall far from the tree!'],
    ['a coda with pride', "Dad is a chef and Maisie made the best cake in the bake off. The apple doesn't fall far from the tree, does it? So proud of her."],
    ['"never" of a parent\'s devotion', "Her dad never missed a match and now she's captain. Apple doesn't fall far from the tree."],
    ['an apple tree', 'We planted an apple tree in the reception garden today.'],
  ])('quiet: %s', (_, text) => expect(holding(text)).toEqual([]));
});

describe('a talking-down vocative answering a parent (vocative-retort-20)', () => {
  test.each([
    "A dad told me his son is too clever for spellings. Love, he can't spell his own name.",
    "Mum on the phone asking why her girl was kept in. Babe, it's because she didn't bring a single piece of homework all term.",
    "One parent emailed to ask why the trip costs money. It's not a charity, sharon.",
  ])('held: %s', (text) => held('vocative-retort-20', text));

  test.each([
    ['comfort to a parent', "A mum asked me if it was her fault he was struggling. Love, it's not your fault, he's doing fine."],
    ['a welcome', "A dad asked if his son could join the choir. Love, of course he can, we don't turn anyone away!"],
    ['praise of a parent\'s child', "A parent thanked me for the report. Love, it's not me, it's your brilliant daughter."],
    ['a pupil quoted saying "sir"', "Year 7 this morning: 'Sir, I didn't do my homework because my dog ate it.'"],
  ])('quiet: %s', (_, text) => expect(holding(text)).toEqual([]));
});

describe('people told to go back, whoever they are (go-back-told-20)', () => {
  test.each([
    "The new lot on the estate keep moaning about the tractors. Go back to Manchester if you can't hack village life.",
    'If you don\'t like our school traditions there\'s always a ferry.',
    'Send them all back where they came from, simple as that.',
    "Maen nhw'n symud yma ac yn cwyno am bopeth. Ewch adre.",
  ])('held: %s', (text) => held('go-back-told-20', text));

  test.each([
    ['go back to bed, unwell', "Go back to bed if you don't feel well, the briefing is online."],
    ['an old version of software', "Go back to the old version if you don't like the new one."],
    ['a family visit', 'We go back to Birmingham every Christmas to see family.'],
    ['Welsh: unwell, go home', "Teimlo'n sâl yma? Ewch adre."],
    ['Welsh: go home safe', "Mae'r eira yma. Ewch adre'n saff."],
    ['Welsh: thanks for coming', 'Diolch i bawb am ddod yma heddiw! Ewch adra!'],
    ['forms sent back', 'Send them all back to the office if the forms are wrong.'],
    ['a sympathetic question about a group', 'Some of our Polish families are going back to Poland this summer. How can we help the children say goodbye?'],
  ])('quiet: %s', (_, text) => expect(holding(text)).toEqual([]));
});

describe('theft insinuated of people who have arrived (theft-insinuated-20)', () => {
  test.each([
    'The fair lot are on the field again. Lock up your bikes.',
    'That lot from the caravans are back for the summer. Hide the lawnmowers, lads.',
    "Mae'r teithwyr wedi cyrraedd y cae eto. Cloiwch eich beics.",
    'A new family moved onto our road and the bikes started going missing. Just saying.',
  ])('held: %s', (text) => held('theft-insinuated-20', text));

  test.each([
    ['children back, the biscuits', 'Year 6 are back from camp. Hide the biscuits!'],
    ['a cycling club', 'Cycling club is back on Tuesday. Lock up your bikes at the rack please.'],
    ['the writer\'s own family', 'My family are back from Spain, hide the gin.'],
    ['bikes missing, no people', 'Bikes keep going missing from the rack so please use the lock.'],
    ['a kind new family', 'The new family moved in next door and brought us a cake.'],
  ])('quiet: %s', (_, text) => expect(holding(text)).toEqual([]));
});

describe('people who "think they\'re better than everyone" (thinks-superior-20)', () => {
  test.each([
    'The PTA mums think theyre better than the rest of us.',
    "Mae'r teulu newydd 'na'n meddwl bod nhw'n well na pawb.",
    "Y ddynes o'r swyddfa yn meddwl bod hi'n gwbod bob dim.",
    'Mrs Price from the office thinks she owns the place.',
  ])('held: %s', (text) => held('thinks-superior-20', text));

  test.each([
    ['children, fondly', "Year 6 think they know everything now they're leaving lol"],
    ['a pet', 'My cat thinks she is better than everyone.'],
    ['a fond toddler', 'My nephew thinks he knows everything about dinosaurs, so cute.'],
    ['leavers, fondly', 'Year 6 think they run the place now.'],
  ])('quiet: %s', (_, text) => expect(holding(text)).toEqual([]));
});

describe('parents said to be unfit to have children (unfit-parents-20)', () => {
  test.each([
    'Half the families at that end need a licence before they have kids.',
    'Lot down the road breed like rabbits and never turn up to anything.',
  ])('held: %s', (text) => held('unfit-parents-20', text));

  // The staff-voice head, not this family, already holds two ordinary sentences of this shape ("the class guinea
  // pigs breed like rabbits", "I shouldn't have kids, I can't keep a cactus alive"): checked on the family only.
  test.each([
    ['pets', 'The class guinea pigs breed like rabbits.'],
    ['the writer of themselves', "I shouldn't have kids, I can't keep a cactus alive."],
    ['a licence for a dog', 'You need a licence to run a minibus for the school.'],
  ])('quiet: %s', (_, text) => expect(contempt(text, 'unfit-parents-20')).toEqual([]));
});

describe('people dismissed as idle busybodies (idle-busybodies-20)', () => {
  test.each([
    'Eleven emails from the same dad about a lost glove. Some people have way too much time on their hands.',
    "Rhai pobl efo gormod o amser, wir.",
    'The village Facebook lot have nothing better to do than moan about the school run.',
  ])('held: %s', (text) => held('idle-busybodies-20', text));

  test.each([
    ['admiration of an elaborate effort', 'Someone had far too much time on their hands, this cake sculpture is amazing!'],
    ['a retirement joke', 'Since he retired my dad has too much time on his hands.'],
    ['the writer of themselves', 'Half term and I have too much time on my hands already.'],
  ])('quiet: %s', (_, text) => expect(holding(text)).toEqual([]));
});

describe('a group or a faith shut out of school or town (no-place-for-them-20)', () => {
  test.each([
    'New RSE scheme has a week on different families. Keep that ideology out of my classroom thanks.',
    'That gender nonsense has no place in a reception class.',
    "Maen nhw isio agor canolfan newydd i'r teuluoedd. Does dim lle iddyn nhw yn y pentre.",
  ])('held: %s', (text) => held('no-place-for-them-20', text));

  test.each([
    ['bullying shut out', 'Bullying has no place in our school.'],
    ['racism shut out', 'Racism has no place here.'],
    ['counter-speech', 'Keep that hateful far-right agenda away from our kids.'],
    ['vapes, an object', 'Keep the vapes away from the kids please.'],
    ['Welsh: no parking space', "Dim lle i barcio yma heddiw, sori."],
  ])('quiet: %s', (_, text) => expect(holding(text)).toEqual([]));
});

describe('a place said to be lost to newcomers (not-our-country-anymore-20)', () => {
  test.each([
    'Three new shops on the high street and not one sign in English. Tell me this is still Britain.',
    "Swansea isn't even Welsh anymore, walk down the Kingsway.",
    "Half the estate's turning into a foreign country.",
    'Our village was a lovely place before that lot moved in.',
  ])('held: %s', (text) => held('not-our-country-anymore-20', text));

  test.each([
    ['weather', 'Sunshine for sports day? Is this still England? 😂'],
    ['roadworks', "We'd like our town back after eight months of roadworks."],
    ['a report, then a rebuttal', "People say Leicester isn't English anymore. It is, and it's brilliant."],
    ['a sympathetic question about a group', 'Lots of our new families hear no English at home. What helps them most in reception?'],
  ])('quiet: %s', (_, text) => expect(holding(text)).toEqual([]));
});

describe('a leader mocked as out of touch with teaching (never-taught-20)', () => {
  test.each([
    "Another policy from a trust director who hasn't taught since the Olympics.",
    "Inset run by consultants who've never taught a class, telling us about behaviour.",
    "Dim un o'r swyddogion wedi sefyll o flaen dosbarth erioed.",
  ])('held: %s', (text) => held('never-taught-20', text));

  test.each([
    ['the writer of themselves', "I haven't taught since 2009, I'm in the office now."],
    ['a returners course', "Our returners course is for teachers who haven't taught since having children."],
    ['praise after it', "Our new head hasn't taught since 2015 but she's been brilliant with us."],
    ['the writer\'s own family', "My mum hasn't taught since 1998 but still marks my homework."],
  ])('quiet: %s', (_, text) => expect(holding(text)).toEqual([]));
});

describe('people called a bunch of something (bunch-of-epithet-20)', () => {
  test.each([
    'The new trust board: a bunch of pen pushers.',
    'Cyngor sir eto. Criw o glowns yn y swyddfa.',
    'The trust lot came in today, a load of cowboys.',
  ])('held: %s', (text) => held('bunch-of-epithet-20', text));

  // The insult lexicon, not this family, already holds "a bunch of clowns" whatever the clowns are: checked on the family only.
  test.each([
    ['clowns hired for a fair', 'We hired a bunch of clowns for the summer fair!'],
    ['children in costume', 'Year 2 dressed as a bunch of clowns for the circus assembly.'],
    ['the writer included', 'A bunch of numpties, me included, forgot the cakes.'],
  ])('quiet: %s', (_, text) => expect(contempt(text, 'bunch-of-epithet-20')).toEqual([]));
});
