/**
 * What the twentieth session's training sets (tests/corpus/train-22.jsonl and train-23.jsonl, each scored once at
 * first contact, then tuned on) and the older sets' residue taught about pupils and confidential matters, each
 * mechanism checked both ways. Sentences are written for this file; none comes from a corpus.
 * - "will b here till 8": a name that is also a verb, in lower case, before a text-speak letter is no name.
 * - Welsh family words before a name ("fy nith", "fy mrawd") make it the writer's own family.
 * - Place lead-ins ("driving up to", "over the", Welsh "Pont") before a roster first name make it a place.
 * - "…you can probably guess which one" after a child and their class identifies the child.
 * - A street address never has a pronoun among its words ("year 3 booked her place").
 * - A name right before what no child has, not a possessive and with no school word beside it ("Chanel lipstick",
 *   "jack daniels and coke") is a brand; a coat, a bag or chips after a name are a pupil's (review).
 * - A child placed in a colleague's class ("Kieran in Mrs Bloomfield's class") is a child, not a colleague.
 * - Secrecy in plain words ("keep it in-house", "you didn't see this", Welsh "beidio dweud wrth neb") and home
 *   circumstances in plain words ("mam ar y botel", "dad's moved out", "can't afford the bus").
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import type { Category } from '../../src/engine/types';
import type { SettingsInput } from '../../src/settings/schema';

const SCHOOL: SettingsInput = {
  schoolName: 'Orwell Brook Primary School',
  schoolAliases: ['Orwell Brook', 'OBPS'],
  pupilNames: ['Harry Kane', 'Jack Daniels', 'Ted Baker', 'Stella Moss', 'Kieran Platt', 'Oliwia Nowak', 'Megan Lloyd', 'Kacper Nowicki', 'Ruby Murray', 'Tom Jones'],
  staffNames: ['Karen Bloomfield', 'Gary Studd'],
};

const loud = (draft: string, category: Category, school: SettingsInput = SCHOOL) =>
  analyse(draft, school)
    .filter((f) => f.category === category && (f.severity === 'warning' || f.severity === 'high'))
    .map((f) => `${f.ruleId} “${f.match}” ${f.severity}`);

describe('a name right before what no child has', () => {
  test('is a brand or a drink', () => {
    const CHANEL: SettingsInput = { ...SCHOOL, pupilNames: [...SCHOOL.pupilNames!, 'Chanel Riley'] };
    expect(loud('Treated myself to a Chanel lipstick after report-writing season. Worth every penny', 'pupil-name', CHANEL)).toEqual([]);
    expect(loud('friday night = jack daniels and a few cans and absolutely zero marking', 'pupil-name')).toEqual([]);
    expect(loud('ruby murray and a few cans friday girls?? no talking about work after 9pm', 'pupil-name')).toEqual([]);
  });
  test("a child's own things, food, a friend or a class are still the child (review, twentieth session)", () => {
    expect(loud('Kieran Platt trainers nicked from the changing rooms, police called', 'pupil-name')).not.toEqual([]);
    expect(loud('Kieran Platt trainers nicked from the changing rooms, police called', 'confidential')).not.toEqual([]);
    expect(loud("Ruby Murray and chips at the leavers disco, so proud of her", 'pupil-name')).not.toEqual([]);
    expect(loud("Ted Baker's bag was left in class again", 'pupil-name')).not.toEqual([]);
    expect(loud('Stella and Oliwia in year 2 were brilliant in assembly', 'pupil-name')).not.toEqual([]);
    expect(loud('Jack Daniels and coke bottles everywhere after the year 6 disco', 'pupil-name')).not.toEqual([]);
  });
});

describe("a child placed in a colleague's class", () => {
  test('is a child', () => {
    expect(loud("Kieran in Mrs Bloomfield's class has had an awful week", 'pupil-name')).not.toEqual([]);
    expect(loud("Oliwia from Mrs Bloomfield's class read to the whole hall", 'pupil-name')).not.toEqual([]);
  });
  test('a name beside a colleague with no class is still the colleague', () => {
    expect(loud('Oliwia with Mrs Bloomfield in the office sorting the rota', 'pupil-name')).toEqual([]);
  });
});

describe('secrecy and home circumstances in plain words', () => {
  test('are confidential beside the school or a named child', () => {
    expect(loud("Moderation came back and 3 of our Y2 writers got pushed down. Head says keep it in-house till it's submitted", 'confidential')).not.toEqual([]);
    expect(loud("Teulu un o'r plant mewn trafferth. Mam wedi gofyn i ni beidio dweud wrth neb.", 'confidential')).not.toEqual([]);
    expect(loud('Megan Ll yn llefen amser cinio eto. Dad wedi gadael a mam ar y botel.', 'confidential')).not.toEqual([]);
    expect(loud("Kacper N walks to school every day cos mum can't afford the bus. Never late.", 'confidential')).not.toEqual([]);
  });
  test('the same words about no one at school stay quiet', () => {
    expect(loud("my dad moved out when I was 9 and honestly it made me who I am", 'confidential')).toEqual([]);
    expect(loud("bus fares up again, can't afford the bus into town most weeks now", 'confidential')).toEqual([]);
  });
});

describe('text-speak, family and places', () => {
  const WILL: SettingsInput = { ...SCHOOL, pupilNames: ['Will Bentley', 'Elin Haf Jones', 'Skye Barton', 'Menai Hughes'] };
  test('"will b" before what one will be is no name; before a class or a verb it is', () => {
    expect(loud("will b here till 8 tonight, parents evening round 2", 'pupil-name', WILL)).toEqual([]);
    expect(loud('will b in year 9 smashed his PB today', 'pupil-name', WILL)).not.toEqual([]);
    expect(loud('will b was brilliant in the play', 'pupil-name', WILL)).not.toEqual([]);
  });
  test("a Welsh family word before the name is the writer's own family", () => {
    expect(loud("fy nith elin haf wedi cael ei dewis i gôr cenedlaethol ieuenctid cymru!! so proud", 'pupil-name', WILL)).toEqual([]);
    expect(loud('elin haf ym mlwyddyn 2 wedi cael ei dewis i gôr yr ysgol!!', 'pupil-name', WILL)).not.toEqual([]);
  });
  test('a place lead-in makes the name a place; the child in a class is still the child', () => {
    expect(loud('Half term plans: driving up to Skye with the dog. No marking. Bliss.', 'pupil-name', WILL)).toEqual([]);
    expect(loud("Sunset over the Menai tonight after parents' evening", 'pupil-name', WILL)).toEqual([]);
    expect(loud("Pont Menai ar gau eto, a'r plant yn canu yn y sêt gefn", 'pupil-name', WILL)).toEqual([]);
    expect(loud('Skye in year 3 booked her place on the trip', 'pupil-name', WILL)).not.toEqual([]);
  });
});

describe('a child readers can tell, and addresses', () => {
  test('"you can probably guess which one" after a child and their class', () => {
    expect(loud("Year 6 boy, you can probably guess which one if you've been on the yard this week. fixed-term.", 'pupil-name')).not.toEqual([]);
    expect(loud('A boy in year 10 scored a hat-trick, you can guess which one 😂', 'pupil-name')).toEqual([]);
  });
  test('a pronoun among the words is no street address', () => {
    expect(loud('Ted Baker in year 3 booked her place on the residential', 'confidential')).toEqual([]);
    expect(loud('Ted Baker in year 3 lives at 14 Meadow Place', 'confidential')).not.toEqual([]);
  });
});

describe('staff absence, results not yet out, and secrecy in more words', () => {
  test('a colleague off work again, in Welsh, with a secrecy cue', () => {
    const withCatrin: SettingsInput = { ...SCHOOL, staffNames: ['Catrin Pugh'] };
    expect(loud("Meddwl am Catrin heddiw, sydd i ffwrdd o'r gwaith eto gyda'i nerfau. Dim ond ni'n dwy sy'n gwybod 🤫", 'confidential', withCatrin)).toContain("confidential/staff-absence “gyda'i nerfau” high");
  });
  test('provisional results are not yet published', () => {
    const found = analyse('Got our provisional KS2 results back this morning 😬 Reading down 20%', SCHOOL).find((f) => f.ruleId === 'confidential/results-provisional');
    expect(found?.severity).toBe('warning');
    expect(loud('Published KS2 results are on the website now, so proud of everyone', 'confidential')).toEqual([]);
  });
  test('"can\'t say it here" beside an inspection; the words about a present stay quiet', () => {
    expect(loud("Ofsted grade's come back. Can't say it here but let's just say there'll be changes by Easter 🫣", 'confidential')).not.toEqual([]);
    expect(loud("Bought the best birthday present for my sister, can't say it here in case she reads this 🎁", 'confidential')).toEqual([]);
  });
});

describe("the writer's own absence, complaining in general, a report card", () => {
  test('a draft that opens on being off sick is the writer\'s own; a named colleague is still theirs', () => {
    expect(loud('Off sick with covid, day 3. Netflix, lemsip and guilt. Sorry 9X2 🤒', 'confidential')).toEqual([]);
    expect(loud('Karen Bloomfield off sick again. Third time this term', 'confidential')).not.toEqual([]);
  });
  test('Welsh "cwyno" alone is complaining in general; a complaint made is still one', () => {
    expect(loud("wedi cael llond bol ar bobol yn cwyno am 'saeson' ar y grŵp 'ma yn yr ysgol. sdim lle i hwnna", 'confidential')).toEqual([]);
    expect(loud("Rhiant wedi cwyno am Mrs Bloomfield eto i'r pennaeth. Dwi wedi blino.", 'confidential')).not.toEqual([]);
  });
  test('"on a report card again" beside a pupil is a sanction', () => {
    const REGGIE: SettingsInput = { ...SCHOOL, pupilNames: ['Reggie Hunt'] };
    expect(loud('Reggie (yes, THAT Reggie) is on a report card again. Three days in. Pray for me', 'confidential', REGGIE)).not.toEqual([]);
    expect(loud('Found my old school report card in the loft, "talks too much" 😂', 'confidential', REGGIE)).toEqual([]);
  });
});

describe('what the review of the twentieth session found, kept quiet or kept caught', () => {
  const WILL: SettingsInput = { ...SCHOOL, pupilNames: ['Will Bentley', 'Kieran Platt', 'Skye Barton'], staffNames: ['Karen Bloomfield'] };
  test('"will b" before what a child did is the child', () => {
    expect(loud('will b threw a chair at ms pugh again', 'pupil-name', WILL)).not.toEqual([]);
    expect(loud('will b and jack were fighting again', 'pupil-name', WILL)).not.toEqual([]);
    expect(loud('i will b late tonight, parents evening', 'pupil-name', WILL)).toEqual([]);
  });
  test('"a week on" and "driving to" are no places', () => {
    expect(loud("a week on, Kieran still hasn't come back to school", 'pupil-name', WILL)).not.toEqual([]);
    expect(loud('a week on Skye has still not settled in year 4', 'pupil-name', WILL)).not.toEqual([]);
  });
  test('streets with "of", "her" or "our" in their names are streets', () => {
    expect(loud('Kieran Platt in year 6 lives at 12 Isle of Wight Road now', 'confidential', WILL)).not.toEqual([]);
    expect(loud("Kieran Platt moved to 3 Our Lady's Road with his nan", 'confidential', WILL)).not.toEqual([]);
  });
  test('the writer\'s own results, a joke, a wedding, a word that is also an alias', () => {
    expect(loud('provisional results day for my own MA tomorrow, eek', 'confidential')).toEqual([]);
    expect(loud("you didn't see this 😂 year 6 cake sale disaster", 'confidential')).toEqual([]);
    expect(loud('Karen is off work again tomorrow for her wedding!! congrats', 'confidential', WILL)).toEqual([]);
    const SAPS: SettingsInput = { schoolName: "St Anne's Primary School", schoolAliases: ['SAPS'], pupilNames: [], staffNames: [] };
    expect(loud('the heat saps your energy on the school run', 'school-name', SAPS)).toEqual([]);
    expect(loud('from all of us at saps, have a lovely half term break', 'school-name', SAPS)).not.toEqual([]);
  });
});

