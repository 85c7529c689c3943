/**
 * What the seventeenth session's set (tests/corpus/train-17.jsonl, scored once at first contact, then tuned on)
 * taught about derogatory drafts, each mechanism checked both ways. Sentences are written for this file; none
 * comes from a corpus.
 * - A threat verb after a threatening subject may name its person with a bare "the" and a person noun
 *   ("someone should slap the bloke who…"); a thing or a person's things stay quiet.
 * - "I'm lamping him": a blow the writer says they are about to give, right after "I'm", to a person.
 * - "I'd give anything to headbutt…": a wish to harm is a threatening subject.
 * - Welsh "dwi'n mynd i'w gwthio hi i'r afon": the object pronoun fused with "i" ("i'w"), and a river by name.
 * - Welsh "dwi'n taflu'r tebot ato fo" (a hard thing thrown at a person), "dwi'n gollwng gwynt o'i deiars o".
 * - "couldn't organise a piss up in a vineyard": any drinks place, and "pi$$".
 * - "setting fire to his shed with him in it": a fire with a person inside.
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import type { Category } from '../../src/engine/types';
import type { SettingsInput } from '../../src/settings/schema';

const SCHOOL: SettingsInput = {
  schoolName: 'Ysgol Cwm Derwen',
  schoolAliases: ['Cwm Derwen'],
  pupilNames: ['Osian Pritchard', 'Amira Begum'],
};

const loud = (draft: string, category: Category = 'derogatory') =>
  analyse(draft, SCHOOL)
    .filter((f) => f.category === category && (f.severity === 'warning' || f.severity === 'high'))
    .map((f) => `${f.ruleId} “${f.match}” ${f.severity} ${f.topic}`);

describe('a threat verb aimed at "the" and a person noun', () => {
  test('flagged', () => {
    expect(loud('Somebody should slap the bloke who was shouting at our receptionist.')).not.toEqual([]);
    expect(loud('I want to throttle the mum who blocked the bus bay again.')).not.toEqual([]);
  });
  test('a thing, or the person\'s things, stay quiet', () => {
    expect(loud("I'm going to beat the traffic home tonight.")).toEqual([]);
    expect(loud('We need to end the year on a high.')).toEqual([]);
    expect(loud("Someone should kick the dad's football back over the fence.")).toEqual([]);
    expect(loud('Someone should deal with the kid who keeps losing pens, he needs a pencil case.')).toEqual([]);
  });
});

describe('"I\'m lamping him": a blow about to be given', () => {
  test('flagged', () => {
    expect(loud("If he mouths off at the gate once more I'm decking him.")).not.toEqual([]);
  });
  test('no person after, or denied', () => {
    expect(loud("I'm punching above my weight with this new timetable.")).toEqual([]);
    expect(loud("I'm battering the fish for tea tonight.")).toEqual([]);
    expect(loud("I'm not slapping him, I'm not daft.")).toEqual([]);
    expect(loud("I'm slapping on the sun cream before sports day.")).toEqual([]);
  });
});

describe('a wish to harm as the subject', () => {
  test('flagged', () => {
    expect(loud("I'd give anything to headbutt the lad who nicked my bike.")).not.toEqual([]);
  });
  test('a wish for something kind stays quiet', () => {
    expect(loud("I'd give anything to hug the kid who wrote me that card.")).toEqual([]);
    expect(loud("I'd give anything to end the meeting before five.")).toEqual([]);
  });
});

describe('Welsh threats by a thing thrown or a river', () => {
  test('flagged', () => {
    expect(loud("Os ydi o'n deud hynna eto dwi'n mynd i'w wthio fo i'r Conwy.")).not.toEqual([]);
    expect(loud("Os neith o hynna eto dwi'n taflu'r tebot ato fo.")).not.toEqual([]);
    expect(loud("Os ti'n parcio yna eto dwi'n gollwng gwynt o dy deiars di.")).not.toEqual([]);
  });
  test('play, housework and the garage stay quiet', () => {
    expect(loud("Dwi'n taflu'r bêl ato fo ar yr iard.")).toEqual([]);
    expect(loud("Dwi'n taflu'r ffôn ar y gwely a mynd i gysgu.")).toEqual([]);
    expect(loud("Mae'r garej yn gollwng gwynt o'r teiars yn yr oerfel.")).toEqual([]);
    expect(loud("Dwi'n mynd i'w gweld hi yn y Conwy dydd Sadwrn.")).toEqual([]);
  });
});

describe('incompetence told by any drinks place', () => {
  test('flagged', () => {
    expect(loud("The trust couldn't organise a piss up in a vineyard.")).not.toEqual([]);
    expect(loud("Our head couldn't organise a pi$$ up in a cider farm.")).not.toEqual([]);
  });
  test('the writer, or plain news, stays quiet', () => {
    expect(loud("The cider farm couldn't organise parking for the festival.")).toEqual([]);
  });
});

describe('a fire with a person inside', () => {
  test('flagged', () => {
    expect(loud("If he locks the staffroom again I'm setting fire to his office with him in it.")).not.toEqual([]);
  });
  test('no fire, or no person inside, stays quiet', () => {
    expect(loud('Found the old staff photo with him in it, what a throwback.')).toEqual([]);
    expect(loud("We're setting fire to the bonfire at six, bring sparklers.")).toEqual([]);
  });
});
