/**
 * What the seventeenth session's training set (tests/corpus/train-18.jsonl, scored once at first contact, then
 * tuned on) taught about derogatory drafts, each mechanism checked both ways. Sentences are written for this file;
 * none comes from a corpus.
 * - Welsh "cachu" in its mutations ("yn gachu llwyr", "a chachu") is the same strong word.
 * - Welsh "sinach" (a mean little wretch) is only ever said of people; "yn llo" said of a person is a dolt.
 * - A Welsh disclaimer of homophobia ("dwi'm yn homoffobig ond…") announces what follows, like "dwi'm yn hiliol ond".
 * - Welsh groups told by where they come from: "teuluoedd o dramor", "pobl o Wlad Pwyl".
 * - Threats: "cael peltan gen i" (a slap from me), dragged "gerfydd ei glustiau" / "by the collar",
 *   "shaking him by the collar", "put him through the staffroom window".
 * - A person likened to a dreary thing ("the human equivalent of a parking ticket", "a rain cloud in human
 *   form") or given the charm of someone with toothache.
 * - "couldn't organise a brew in a café": the drinks idiom with tea and cafés.
 * - An idiom of contempt with no subject of its own reaches across a one- or two-word aside ("Bless.") to the
 *   person named before it.
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import type { Category } from '../../src/engine/types';
import type { SettingsInput } from '../../src/settings/schema';

const SCHOOL: SettingsInput = {
  schoolName: 'Ysgol Bryn Eithin',
  schoolAliases: ['Bryn Eithin'],
  pupilNames: ['Gethin Parry', 'Nia Roberts'],
};

const loud = (draft: string, category: Category = 'derogatory') =>
  analyse(draft, SCHOOL)
    .filter((f) => f.category === category && (f.severity === 'warning' || f.severity === 'high'))
    .map((f) => `${f.ruleId} “${f.match}” ${f.severity} ${f.topic}`);

describe('Welsh "cachu" in its mutations', () => {
  test('flagged', () => {
    expect(loud("Mae'r ap presenoldeb newydd yn gachu llwyr, wir.")).not.toEqual([]);
    expect(loud('Glaw a chachu ci ar yr iard eto.')).not.toEqual([]);
  });
  test('the coward word is not needed, and an ordinary word stays quiet', () => {
    expect(loud("Mae'r ap presenoldeb newydd yn araf iawn heddiw.")).toEqual([]);
    expect(loud('Gachwyd dim byd, diolch byth.')).toEqual([]);
  });
});

describe('Welsh insults said of a person', () => {
  test('flagged', () => {
    expect(loud("Mae'r boi newydd yn y swyddfa yn hen sinach bach.")).not.toEqual([]);
    expect(loud("Mae'r dirprwy newydd yn llo go iawn.")).not.toEqual([]);
  });
  test('a calf on a farm stays quiet', () => {
    expect(loud("Aeth y plant i'r fferm a gweld llo bach newydd.")).toEqual([]);
    expect(loud("Mae'r fuwch wedi cael llo neithiwr.")).toEqual([]);
    expect(loud('Starting as Head of Year 10 in September, wish me luck.')).toEqual([]);
  });
});

describe('a Welsh disclaimer of homophobia', () => {
  test('flagged when a hostile remark follows', () => {
    expect(loud("Dwi'm yn homoffobig ond dydi dau dad ddim yn naturiol i blentyn bach.")).not.toEqual([]);
  });
  test('a disclaimer before nothing hostile stays quiet', () => {
    expect(loud("Dwi'm yn homoffobig ond mae'r wers yma'n rhy hir i Bl.2.")).toEqual([]);
  });
});

describe('Welsh groups told by where they come from', () => {
  test('flagged', () => {
    expect(loud("Pam bod pobl o dramor yn cael tai cyngor o flaen pobl leol? Jyst gofyn.")).not.toEqual([]);
  });
  test('a welcome stays quiet', () => {
    expect(loud("Croeso cynnes i'r teuluoedd o dramor sy wedi ymuno â ni eleni.")).toEqual([]);
    expect(loud("Mae gynnon ni ddau deulu o Wlad Pwyl yn y dosbarth ac maen nhw'n wych.")).toEqual([]);
  });
});

describe('threats: a slap from me, dragged by the ears, shaken by the collar, through a window', () => {
  test('flagged', () => {
    expect(loud("Os ydi o'n rhegi ar y staff eto mi gaiff o beltan gen i.")).not.toEqual([]);
    expect(loud("Dwi'n mynd i'w lusgo fo allan gerfydd ei glustiau os neith o hynna eto.")).not.toEqual([]);
    expect(loud("Next time that parent screams at the office I'll drag him out by the collar.")).not.toEqual([]);
    expect(loud("I swear I'll be grabbing the councillor by the throat at the next budget meeting.")).not.toEqual([]);
    expect(loud("If he parks across the gate again I'll put him through the staffroom window.")).not.toEqual([]);
  });
  test('a report, a dog, furniture and a picture stay quiet', () => {
    expect(loud('Fe gafodd o slap gan blentyn arall ar yr iard, wedi delio efo fo.')).toEqual([]);
    expect(loud("Os neith o'i waith cartref mi gaiff o sticer gen i.")).toEqual([]);
    expect(loud('I grabbed the dog by the collar before it ran into the road.')).toEqual([]);
    expect(loud('We dragged the old sofa by the legs out to the skip.')).toEqual([]);
    expect(loud("Dwi'n tynnu'r poster gerfydd y gornel.")).toEqual([]);
  });
});

describe('a person likened to a dreary thing', () => {
  test('flagged', () => {
    expect(loud('The new business manager is the human equivalent of a parking ticket.')).not.toEqual([]);
    expect(loud("Our chair of governors is a rain cloud in human form.")).not.toEqual([]);
    expect(loud('The cover supervisor has the bedside manner of a bailiff with a hangover.')).not.toEqual([]);
  });
  test('a warm likeness, the writer, or weather stay quiet', () => {
    expect(loud('Our new deputy is the human equivalent of a warm hug.')).toEqual([]);
    expect(loud("I'm the human equivalent of a wet weekend today, sorry everyone.")).toEqual([]);
    expect(loud('Forecast says a wet weekend in Tenby, so the trip is off.')).toEqual([]);
    expect(loud('Our head has the patience of a saint with the little ones.')).toEqual([]);
  });
});

describe('the drinks idiom with tea and cafés', () => {
  test('flagged', () => {
    expect(loud("Lovely fella, our site manager, but couldn't organise a cuppa in a tea room.")).not.toEqual([]);
  });
  test("the writer of themselves stays quiet", () => {
    expect(loud("I couldn't organise a brew in a café this week, too tired.")).toEqual([]);
  });
});

describe('an idiom of contempt across a short aside', () => {
  test('flagged', () => {
    expect(loud("The new cover supervisor asked what a lanyard was for. Bless him. Shouldn't be allowed near a classroom honestly.")).not.toEqual([]);
  });
  test('an idiom with no person before the aside, or not said of anyone, stays quiet', () => {
    expect(loud("Doughnuts in the staffroom again. Bless. Shouldn't be allowed near a bakery with my diet tbh.")).toEqual([]);
    expect(loud('Long week of reports. Honestly. Phones should not be allowed near a classroom at all.')).toEqual([]);
  });
});

describe('what the review of this session found, kept quiet', () => {
  test('a parent joking about teenagers, a cat, and a form through the door are no threats', () => {
    for (const draft of ['Had to drag them out of bed by their ears 😂 teenagers!', 'Mother cat grabbing them by the scruff, so sweet', 'Can you put them through the office door please']) expect(loud(draft), draft).toEqual([]);
  });
  test('praise between a colleague and an idiom with its own subject carries nothing back to the colleague', () => {
    const findings = analyse("Sian Parry organised the trip. Brilliant. The coach firm, meanwhile, couldn't organise a piss up in a brewery.", { ...SCHOOL, staffNames: ['Sian Parry'] });
    expect(findings.filter((f) => f.ruleId === 'hostility/insult')).toEqual([]);
  });
});
