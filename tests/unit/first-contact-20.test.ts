/**
 * What the nineteenth session's training set (tests/corpus/train-20.jsonl, scored once at first contact, then
 * tuned on) taught about the school's name, pupils and confidential matters, each mechanism checked both ways.
 * Sentences are written for this file; none comes from a corpus.
 * - A full stop typed with no space after it ends no sentence inside initials or before a number ("R.S",
 *   "bl.9"), and a number's stop before a space does end one ("Year 6. Well done").
 * - Initials typed with full stops and a class ("D.P. in 9 Coch") identify a child as "DP in 9C" does.
 * - "little madam", "cheeky sir", "little sister" are no title: the name after them is not an adult's.
 * - A degree word before a full name ("feeling very Charlie Brown") borrows a character, not a pupil.
 * - More public figures and their cues: fiction (Torchwood), Welsh rugby (the All Blacks), history (a
 *   lighthouse, the British Legion), a chef's dishes.
 * - A landmark after the place word ("the Humber Bridge") is the landmark; a Welsh little word that is also
 *   the school's own word ("bod" for "Ysgol Bod") is the word in lower case.
 * - A teaching assistant's child ("the lad I support", "I do 1:1 with"), "lass", "hogyn", a lesson period.
 * - Confidential: south-Walian secrecy ("sa i fod gweud"), "not my place to say", a subject department as
 *   school words, jobs "at risk", a named child's mental health, name-calling of a named child.
 * - From train-21 (the session's second set): a doubled letter typed once in the school's name ("eccleshil");
 *   a place between two others ("between Seaburn and St Peter's") is a route; a mutated Welsh family word
 *   before a name ("i fam Efa"); "the only girl in year 6 who…" describes a child, "I was the only girl…" is
 *   the writer; school events as weak school words (cross country, carol service); more public figures
 *   (boxers, a singer's new video); home circumstances (no dinner money, a divorce), the Welsh PRU and support
 *   plan, Welsh "you didn't hear it from me" and "the parents don't know yet", selective mutism.
 * - A roster first name mistyped by one letter before the same pupil's surname ("jordon henderson").
 * - A secrecy cue beside the school's own business in plain nouns ("budget", "jobs", "at ours"), with no school
 *   word written; a named child's misconduct in plain words (started a fight, set the fire alarm off, selling
 *   vapes, "kicks off once more").
 * - "the little girl whose dad runs the chippy…" in a post with school words is a described child; breakfast and
 *   after-school clubs are school words.
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import { tokenize } from '../../src/engine/text/tokenize';
import type { Category } from '../../src/engine/types';
import type { SettingsInput } from '../../src/settings/schema';

const SCHOOL: SettingsInput = {
  schoolName: 'Estuary Vale Academy',
  schoolAliases: ['Estuary Vale', 'EVA', 'Ysgol Bod', 'Bodfael'],
  pupilNames: ['Lily-Mae Doyle', 'Deon Pryce', 'Charlie Brown', 'Ianto Jones', 'Carwyn James', 'Grace Darling', 'Jamie Oliver', 'Nye Powell', 'Heulwen Jones', 'Cai Evans', 'Mercedes Okafor'],
  staffNames: ['Rhodri Bevan', 'Nerys Lloyd'],
};
const VALE: SettingsInput = {
  schoolName: 'Eccleshill Vale Academy',
  schoolAliases: ['Eccleshill Vale', 'Seaburn Dene', 'Ysgol Cwm Llyfnant'],
  pupilNames: ['Efa Lloyd', 'Oluwaseun Adeyemi', 'Muhammad Ali', 'Zayn Malik', 'Rowan Hart', 'Jordan Henderson', 'Grace Hall', 'Kate Reed'],
  staffNames: [],
};
const HUMBER: SettingsInput = { schoolName: 'Humber Vale Academy', schoolAliases: ['Humber Vale', 'HVA'], pupilNames: ['Amber Kirk'], staffNames: [] };

const loud = (draft: string, category: Category, school: SettingsInput = SCHOOL) =>
  analyse(draft, school)
    .filter((f) => f.category === category && (f.severity === 'warning' || f.severity === 'high'))
    .map((f) => `${f.ruleId} “${f.match}” ${f.severity}`);

const sentences = (draft: string) => tokenize(draft).tokens.map((t) => `${t.raw}:${t.sentence}`).join(' ');

describe('a full stop with no space after it', () => {
  test('ends no sentence inside initials or before a number', () => {
    expect(sentences('R.S in 3C')).toBe('R:0 S:0 in:0 3C:0');
    expect(sentences('Heulwen bl.9 yn')).toBe('Heulwen:0 bl:0 9:0 yn:0');
    expect(sentences('it took 2.5 hours')).toBe('it:0 took:0 2:0 5:0 hours:0');
  });
  test('still ends one between words, and after a number before a space', () => {
    expect(sentences('done.Then we')).toBe('done:0 Then:1 we:1');
    expect(sentences('Year 6.Well done')).toBe('Year:0 6:0 Well:1 done:1');
    expect(sentences('with Bl 6. Begw and')).toBe('with:0 Bl:0 6:0 Begw:1 and:1');
  });
});

describe('initials with full stops and a class', () => {
  test('identify a child', () => {
    expect(loud('D.P. in 9 Coch finally cracked simultaneous equations today', 'pupil-name')).toEqual(['pupil-name/initials-in-class “D.P. in 9 Coch” warning']);
    expect(loud('J. K. in Year 4 read the whole book to the class', 'pupil-name')).not.toEqual([]);
  });
  test('a subject with full stops, or a year and a time, is not a child', () => {
    expect(loud('P.E. in 9 Coch was a washout in the rain', 'pupil-name')).toEqual([]);
    expect(loud('Half term in 9 weeks, R.I.P. my sanity', 'pupil-name')).toEqual([]);
  });
});

describe('"little madam" is no title', () => {
  test('the child after it is named', () => {
    expect(loud('that little madam lily mae in year 2 told me to shut up today', 'pupil-name')).not.toEqual([]);
  });
  test('"a little madam" with no name after it reads as it always did (review)', () => {
    expect(loud('My daughter was being a little madam at the shops today', 'derogatory')).toEqual([]);
  });
  test('a title before the same name is still an adult', () => {
    expect(loud('Lovely chat with madam Lily at the craft fair, she makes candles', 'pupil-name')).toEqual([]);
  });
});

describe('a degree word before a full name', () => {
  test('borrows a character', () => {
    expect(loud('Feeling very Charlie Brown this week. Roll on Friday', 'pupil-name')).toEqual([]);
  });
  test('the same name without it is the pupil, and so is a pupil who is no public figure (review)', () => {
    expect(loud('Charlie Brown was very good in class today', 'pupil-name')).not.toEqual([]);
    expect(loud('Peak Deon Pryce behaviour today, he tidied the whole classroom!', 'pupil-name')).not.toEqual([]);
  });
});

describe('more public figures and their cues', () => {
  test('a cue of their kind makes the name theirs', () => {
    expect(loud("Ianto Jones 😭 still not over it #Torchwood", 'pupil-name')).toEqual([]);
    expect(loud('Carwyn James. Llanelli 9, All Blacks 3. Best coach we ever had', 'pupil-name')).toEqual([]);
    expect(loud("Made Jamie Oliver's 15 minute lasagne tonight, took me an hour", 'pupil-name')).toEqual([]);
    expect(loud('Grace Darling rowed out to the wreck from the lighthouse, what a woman', 'pupil-name')).toEqual([]);
  });
  test('school words beside the name keep the pupil', () => {
    expect(loud('Ianto Jones in Year 3 did brilliantly in class today', 'pupil-name')).not.toEqual([]);
    expect(loud('Carwyn James in year 5 scored twice for the school team', 'pupil-name')).not.toEqual([]);
  });
});

describe('a landmark, and a Welsh little word', () => {
  test('a landmark after the place word is the landmark', () => {
    expect(loud('Year 8 trip to the Humber Bridge today. 140 kids, zero lost', 'school-name', HUMBER)).toEqual([]);
  });
  test('the place word beside school words is still the school', () => {
    expect(loud('Year 8 did brilliantly at Humber today, proud of them', 'school-name', HUMBER)).not.toEqual([]);
  });
  test('"bod" in lower case is the verb', () => {
    expect(loud("Noson rieni heno. Un tad yn gofyn pam bod ei fab o'n dysgu Cymraeg", 'school-name')).toEqual([]);
  });
  test('"Ysgol Bod" is still the school', () => {
    expect(loud('Noson rieni yn Ysgol Bod heno', 'school-name')).not.toEqual([]);
  });
});

describe("a teaching assistant's child, and a lesson period", () => {
  test('"the lad I support" and a period make a first name a pupil', () => {
    expect(loud("The lad I support, Nye, is lovely most days", 'pupil-name')).not.toEqual([]);
    expect(loud("swear down if Deon kicks off once more in period 5 I'm walking out", 'pupil-name')).not.toEqual([]);
  });
  test('the same names elsewhere stay quiet', () => {
    expect(loud('I support Nye Bevan’s idea of the NHS, always have', 'pupil-name')).toEqual([]);
  });
});

describe('confidential matters as staff write them', () => {
  test('south-Walian and plain secrecy beside a school matter', () => {
    expect(loud("Sa i fod gweud dim eto ond ma' tri ohonon ni wedi cael gwybod bod ein swyddi mewn perygl.", 'confidential')).not.toEqual([]);
    expect(loud("Y sosial wedi bod yn yr ysgol eto heddiw. Dim fy lle i ddeud mwy.", 'confidential')).not.toEqual([]);
    expect(loud("Someone from the English department got caught. Not my place to say more.", 'confidential')).not.toEqual([]);
  });
  test('a named child: mental health, name-calling', () => {
    expect(loud('So proud of Mercedes O today, back after her time in hospital with her mental health', 'confidential')).not.toEqual([]);
    expect(loud('lads in year 5 calling cai evans all sorts of names on the yard today', 'confidential')).not.toEqual([]);
  });
  test('the same words with nothing secret or personal stay quiet', () => {
    expect(loud('Mental health awareness week: our staff wellbeing walk is on Friday', 'confidential')).toEqual([]);
    expect(loud('Not my place to say, but that new bakery on the high street is amazing', 'confidential')).toEqual([]);
  });
});

describe("train-21: the school's name, routes and pupils", () => {
  test('a doubled letter typed once is still the name', () => {
    expect(loud('eccleshil vale yr 11 prom was unreal', 'school-name', VALE)).not.toEqual([]);
  });
  test('a final letter left out that was not doubled is another name', () => {
    expect(loud('Eccleshill Val prom was unreal', 'school-name', VALE).filter((f) => f.includes('Val”'))).toEqual([]);
  });
  test('a place between two others is the route', () => {
    expect(loud("Metro broke down again between Seaburn and St Peter's, sat there with my marking", 'school-name', VALE)).toEqual([]);
  });
  test('a mutated Welsh family word before a first name points at the child', () => {
    expect(loud("Diolch o galon i fam Efa am y bara brith 🥰", 'pupil-name', VALE)).not.toEqual([]);
  });
  test('"the only girl in year 6 who…" describes a child; "I was the only girl…" is the writer', () => {
    expect(loud('the only girl in year 6 who plays rugby scored twice today', 'pupil-name', VALE)).not.toEqual([]);
    expect(loud('I was the only girl in my class who liked maths, and look at me now', 'pupil-name', VALE)).toEqual([]);
    expect(loud('My mum was the only girl in year 6 who went to grammar school', 'pupil-name', VALE)).toEqual([]);
    expect(loud('My daughter is the only girl in year 6 who plays in the football team at her school', 'pupil-name', VALE)).toEqual([]);
    expect(loud("Ro'n i'n yr unig hogan yn y dosbarth sy'n siarad Cymraeg", 'pupil-name', VALE)).toEqual([]);
  });
  test('school events make a nickname a pupil', () => {
    expect(loud('Big shout out to Seun who ran the whole cross country with his lace undone', 'pupil-name', VALE)).not.toEqual([]);
  });
  test('a boxer and a singer are theirs by their own cues', () => {
    expect(loud('Muhammad Ali was the greatest of all time. Watching When We Were Kings again tonight', 'pupil-name', VALE)).toEqual([]);
    expect(loud("anyone else seen zayn malik's new video?? can't stop watching", 'pupil-name', VALE)).toEqual([]);
  });
});

describe('train-21: confidential matters', () => {
  test('home circumstances and a divorce beside a child', () => {
    expect(loud("Bairn in Y1 with no dinner money again, dad's cleared off", 'confidential', VALE)).not.toEqual([]);
    expect(loud("Rowan Hart's parents both want the report. Horrible divorce.", 'confidential', VALE)).not.toEqual([]);
  });
  test('the Welsh PRU, a support plan, and Welsh secrecy', () => {
    expect(loud("plentyn sy'n symud i'r uned cyfeirio disgyblion ym mis Medi a'r rhieni ddim yn gwybod eto", 'confidential', VALE)).not.toEqual([]);
    expect(loud("sôn bod un o'r athrawon ar gynllun cefnogi ers y Pasg. ond ddim gen i glywsoch chi", 'confidential', VALE)).not.toEqual([]);
  });
  test('the same words in general talk stay quiet', () => {
    expect(loud('Divorce rates have fallen again, says the news tonight', 'confidential', VALE)).toEqual([]);
  });
});

describe('a first name mistyped by one letter before the same pupil\'s surname', () => {
  test('is the pupil', () => {
    expect(loud('jordon henderson in my class scored a hat trick at the tournament', 'pupil-name', VALE)).toEqual(['pupil-name/roster-full “jordon henderson” high']);
    expect(loud('Gtace Hall was brilliant today', 'pupil-name', VALE)).not.toEqual([]);
  });
  test('another known first name one letter away is the pupil only beside school words (review)', () => {
    expect(loud('Katy Reed designed our new logo, so talented', 'pupil-name', VALE)).toEqual([]);
  });
  test('an everyday word, or another first name made by a letter more or less, is someone else', () => {
    expect(loud('Grave Hall is a listed building now', 'pupil-name', VALE)).toEqual([]);
    expect(loud('Katie Reed came to the book launch', 'pupil-name', VALE)).toEqual([]);
  });
});

describe("a secrecy cue beside the school's own business", () => {
  test('governors, redundancies, moderation make the secret a school matter', () => {
    expect(loud("can't say owt yet but the governors meet tonight about it", 'confidential', VALE)).not.toEqual([]);
    expect(loud("Not allowed to say yet. Redundancies are coming though.", 'confidential', VALE)).not.toEqual([]);
  });
  test('household words beside a secret, or an emoji cue, stay quiet (review)', () => {
    expect(loud('Between us, the household budget is a joke this month', 'confidential', VALE)).toEqual([]);
    expect(loud("Can't say owt yet, but big news at ours — we're getting a puppy! 🐶", 'confidential', VALE)).toEqual([]);
    expect(loud('Secret Santa reveal at ours tonight, can\'t wait 🤫', 'confidential', VALE)).toEqual([]);
  });
  test('a secret about the writer\'s own life or a biscuit stays quiet', () => {
    expect(loud("Can't say anything yet but we're expecting! Baby due in May 🤫", 'confidential', VALE)).toEqual([]);
    expect(loud('Best biscuits in the staffroom are in my drawer 🤫', 'confidential', VALE)).toEqual([]);
    expect(loud("Keep it between us but I've booked a surprise trip to Paris for his birthday", 'confidential', VALE)).toEqual([]);
  });
});

describe("a named child's misconduct in plain words", () => {
  test('is a confidential matter about the child', () => {
    expect(loud('Rowan started a fight in the lunch queue', 'confidential', VALE)).not.toEqual([]);
    expect(loud('Rowan set the fire alarm off again', 'confidential', VALE)).not.toEqual([]);
    expect(loud('Rowan was selling vapes behind the sports hall', 'confidential', VALE)).not.toEqual([]);
    expect(loud("if Rowan kicks off once more in period 5 I'm walking out", 'confidential', VALE)).not.toEqual([]);
  });
  test('a match that kicks off, or a fire drill, is not', () => {
    expect(loud('Match kicks off at 3, Rowan in goal', 'confidential', VALE)).toEqual([]);
    expect(loud('Fire alarm test at 10, Rowan helped me count everyone out', 'confidential', VALE)).toEqual([]);
  });
});

describe('a child picked out by their family, in a post about school', () => {
  test('is a described child', () => {
    expect(loud('the little girl whose dad runs the chippy has been coming in hungry, breakfast club feeding her', 'pupil-name', VALE)).not.toEqual([]);
  });
  test('with nothing about school it is a neighbour\'s child', () => {
    expect(loud('the lad whose dad runs the chippy gave me extra chips, legend', 'pupil-name', VALE)).toEqual([]);
  });
});
