/**
 * Hostility families found missing or over-eager on the tenth blind set (issue 11, ninth session),
 * each as a mechanism rather than a sentence: a group resented by a why-question of a different
 * shape ("why bend over backwards for…", "why should we change … for them", "what's next"),
 * told it may not vote or that the country is full; a group said to be all illegal or all on the
 * social; a theft trope after a group moves in ("your bikes will be gone"); the
 * nationalities the lists lacked (Vietnamese, Ukrainian…); Welsh vulgarity ("twll dy din") and
 * North-East insults ("radgie", "sackless"). And the other side: counter-speech about stereotypes
 * or someone reported mouthing off, a quoted "go back…" the writer was told of, the writer's own
 * "dw i'n dwpsyn" and "the muppet who did it was me". Sentences are written for this file; none
 * comes from a corpus.
 */
import { describe, test } from 'vitest';
import { expectFlag, expectQuiet } from './support/derogatory-expect';

describe('a group resented by a question, or told it has no place', () => {
  test.each([
    'why bend over backwards for the refugee families all of a sudden?',
    'why should we change our menus for muslim families',
    'why do we always pander to the traveller families?',
    'Pam ddylen ni newid popeth i fewnfudwyr?',
    'incomers shouldnt be allowed to vote in the community council',
    "Mae'r mewnfudwyr yn newid y pentref, dylai nhw ddim cael pleidleisio",
    'the country is full, no more asylum seekers',
    'why do all these migrants get the new flats? sorry but we are already full. just asking',
  ])('%s', (draft) => expectFlag(draft));

  test.each([
    'why do muslim pupils fast in ramadan? genuine question so I can explain it to Year 4',
    'why do we bend over backwards to get the roof fixed before winter',
    'our new Syrian families are settling in. we were full of pride at the assembly',
    'Reception is full for September, sorry, but the waiting list is open',
    'the refugee families voted on the name of the new garden 🌱',
  ])('%s', (draft) => expectQuiet(draft));
});

describe('a group said to be all one bad thing', () => {
  test.each([
    'them albanian lads are all illegal, guaranteed',
    'the ukrainian lot? all on the social, every one',
    'the vietnamese lot round here are all illegal',
    'gypsies are back on the rec, your bikes will be gone, guaranteed',
    'the refugee families, you can smell them a mile off',
  ])('%s', (draft) => expectFlag(draft, undefined));

  test.each([
    'our vietnamese families cooked for the whole school fair, amazing',
    'the travellers left the field spotless, fair play to them',
    'Polish club on Saturdays is always late finishing, bring snacks',
  ])('%s', (draft) => expectQuiet(draft));
});

describe('counter-speech and reports of hate stay quiet', () => {
  test.each([
    'Our Roma families are the most generous I know. Sick of the tired stereotypes about them.',
    'fed up of the tired assumptions about our EAL parents on here',
    'a man at the bus stop was mouthing off about immigrants taking over. I told him my nan came from Cork',
    "heard a woman tell a dad outside the library to 'go home where you belong'. I'm still shaking",
    'some bloke banging on about refugees being a drain on society, had to walk away',
  ])('%s', (draft) => expectQuiet(draft));

  test.each([
    'sick of the travellers in this town',
    'fed up of the refugees round here',
  ])('%s', (draft) => expectFlag(draft, 'hostility/hateful-feeling'));
});

describe('Welsh vulgarity and North-East insults; the writer on themselves stays quiet', () => {
  test.each([
    ['Twll dy din di a dy bolisi gwisg ysgol', 'derogatory/profanity'],
    ['twll tin y cyngor a’u toriadau', 'derogatory/profanity'],
    ['half of 9C are radgies and the rest are sackless', 'derogatory/insult'],
    ['the new supply is proper sackless', 'derogatory/insult'],
  ])('%s', (draft, rule) => expectFlag(draft, rule));

  test.each([
    "Rwy'n dwpsyn heddiw, allweddi ar goll eto 🤦",
    "Rwy'n gymaint o lembo heddiw, sori bawb",
    'the sackless muppet who left the minibus lights on was me 🤦',
    'y twpsyn wnaeth golli’r gofrestr oedd fi',
    'roedd twll yn y to eto heddiw, bwcedi ym mhobman',
    'I was sackless today, forgot everything',
  ])('%s', (draft) => expectQuiet(draft));
});

describe('two everyday words are not a hateful word broken by a space', () => {
  test.each([
    'settled with new carers over in the next valley now',
    'the new carers over in the hub are lovely',
  ])('%s', (draft) => expectQuiet(draft));

  test.each([
    ['refugees are ver min', 'hostility/dehumanising'],
    ['gypsies are verm in', 'hostility/dehumanising'],
  ])('%s', (draft, rule) => expectFlag(draft, rule));
});
