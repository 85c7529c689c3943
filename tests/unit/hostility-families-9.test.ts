/**
 * Hostility families found missing on the ninth blind set (issue 11, eighth session), each as a
 * mechanism rather than a sentence: a threat told as where a person will be sent ("I'll put him
 * through the window", Welsh "dylai rhywun ei daflu fo i'r afon"); a Welsh normative threat whose
 * pronoun follows the modal ("Dylen nhw gael eu saethu"); contempt adjectives stacked before a
 * name-call ("a miserable old cow"); contempt that can only be said of a person ("smarmy", "thinks
 * he's God", Welsh "twmffat", "llo o hogyn", "dim byd rhwng ei glustiau"); Welsh nationality slurs
 * with the adjective after the noun ("Sais budr"); verdicts stretched over a group by "the lot of
 * them" / "y lot" ("backwards", "rude"); deportation told politely ("integrate or go back", "should
 * be shipped back", "ewch adra"); questions that resent a group ("why the council lets them stay",
 * "always get a free pass"); group words the lists lacked (Bangla/Bengali families, "them off the
 * site", Welsh speakers). And the other side, which must stay quiet. Sentences are written for
 * this file; none comes from a corpus.
 */
import { describe, test } from 'vitest';
import { expectFlag, expectQuiet } from './support/derogatory-expect';

describe('a threat told as where a person will be sent', () => {
  test.each([
    'if that dad shouts at my TA again I swear ill throw him through a wall',
    "one more comment like that and I'll put her straight through the windscreen",
    'someone should chuck him in the canal tbh',
    "I'm gonna knock him into the middle of next week",
    "Dylai rhywun ei thaflu hi i'r môr",
    "Dwi am ei roi o drwy'r ffenest os ydi o'n gweiddi eto",
  ])('%s', (draft) => expectFlag(draft, 'hostility/threat'));

  test.each([
    'the football went through the hall window at lunch',
    "I'll put it in the skip when the caretaker's back",
    "I'll put him in next week's assembly rota",
    "I'll put her through to the office, one sec",
    'chuck them in the recycling bin please',
    "Dwi am ei daflu i'r bin",
    'we threw pebbles in the sea on the beach trip',
  ])('%s', (draft) => expectQuiet(draft));
});

describe('a Welsh normative threat with the pronoun after the modal', () => {
  test.each([
    "Mae'r Saeson yn prynu'r tai i gyd. Dylen nhw gael eu saethu",
    'Ffoaduriaid eto ar y newyddion. Dylen nhw gael eu hel adra',
  ])('%s', (draft) => expectFlag(draft, 'hostility/threat'));

  test.each(["Mae'r plant wedi gweithio'n galed. Dylen nhw gael eu canmol", 'Dylen nhw gael eu gwobrwyo am y sioe'])('%s', (draft) => expectQuiet(draft));
});

describe('contempt said of a person with no swear word', () => {
  test.each([
    'the woman on reception is a miserable old cow',
    "that girl's mum is a nasty piece of work",
    'the new deputy is a smarmy so and so',
    'our chair of governors thinks he is god',
    'the trust lead has nothing between his ears',
    'Twmffat o ddirprwy, dim syniad be mae o’n neud',
    'llo o hogyn, dim byd rhwng ei glustiau',
    'Hen ddyn bach hunanbwysig ydi o',
  ])('%s', (draft) => expectFlag(draft));

  test.each([
    'Dear Madam, thank you for your letter',
    'her piece of work on volcanoes was brilliant',
    'I am such a twmffat, left my keys at home again',
    'the weather is miserable but the kids loved the farm trip',
    'a miserable old day, the old bus broke down twice',
  ])('%s', (draft) => expectQuiet(draft));
});

describe('Welsh nationality slurs with the adjective after the noun', () => {
  test.each(["galwodd o fi'n Sais budr ar y bws", 'Saeson diawl yn prynu pob tŷ yn y pentre'])('%s', (draft) => expectFlag(draft, 'derogatory/slur'));

  test.each(["Mae'r Saeson yn dysgu Cymraeg yn dda iawn", 'roedd y llawr yn fudr ar ôl y parti'])('%s', (draft) => expectQuiet(draft));
});

describe('a verdict stretched over a group, and deportation told politely', () => {
  test.each([
    'the romanian dads never say hello. rude, the lot of them',
    'some of the afghan families still wont let the girls swim. backwards the lot of them',
    'polish lads on the scaffolding wolf whistling again. whole lot of em should be shipped back',
    'muslims should integrate or leave, simple as',
    'Saeson efo tai haf ym mhobman. Ewch adra.',
    'the travellers up the lane. why the council lets them stay is beyond me',
    'why do the roma kids always get a free pass on uniform?',
    'the bangla families take their kids out for weddings in term time, rules dont apply to them',
    'them off the site never pay for anything and then wonder why their kids are behind',
  ])('%s', (draft) => expectFlag(draft));

  test.each([
    'the romanian dads cooked for the whole fair, generous the lot of them',
    'the parcels should be shipped back to the supplier',
    'the travellers up the lane brought their horses to show Reception, the kids loved it',
    'year 6 get a free pass to the disco if they finish their project',
    'the builders off the site left the gate open again',
  ])('%s', (draft) => expectQuiet(draft));
});

describe('quiet: a verdict on a thing before a comma, and a dialect word in the writer\'s verdict on themselves', () => {
  test.each([
    'The new funding formula is a disgrace, village schools will lose out first.',
    'the cuts to music are a disgrace, children deserve better',
    'forgot my own PE kit on PE day. i am 41. absolute yampy numpty 🤦',
    'locked myself out of the staffroom twice today. dozy muppet 🤦‍♂️',
  ])('%s', (draft) => expectQuiet(draft));

  test.each([
    'that dad is a disgrace, shouting at the crossing patrol',
    'some of the governors, honestly, are deadwood, and they know it',
  ])('%s', (draft) => expectFlag(draft));
});
