/**
 * What the eighteenth session's training set (tests/corpus/train-19.jsonl, scored once at first contact, then
 * tuned on) taught about the school's name, pupils and confidential matters, each mechanism checked both ways.
 * Sentences are written for this file; none comes from a corpus.
 * - The school's name with one letter struck for another: a vowel for a vowel, or a key beside it.
 * - A name of several words run together in capitals, as a hashtag is, with no "#".
 * - A child placed in a class, and the writer saying readers will know who ("you'll all know who I mean").
 * - A Welsh word-name whose capital only opens the sentence is the word ("Gwawr goch" is a red dawn),
 *   unless a clause goes on from it ("Celyn yn symud…"); a name-word's diminutive before the weather is the weather.
 * - A listed public figure's own work is theirs when it is a title after the possessive, quoted or in
 *   capitals; a year before any pupil was born makes the name the figure's; a day named after them is theirs.
 * - Welsh: "methu deud" (north Walian) and "peidiwch â deud" as secrecy; a disclosure "wedi'i gofnodi, wedi'i
 *   basio 'mlaen"; a colleague "adra ers pythefnos efo'i nerfa". A colleague rang in sick; a named child not
 *   eating or visited by the welfare officer.
 * - Second round: Welsh "sir" after its article is the county, not a teacher; a uniform supplier and blazers are
 *   school words; "about refugees" is a topic, not a child's status; "my absence" is the writer's own; a trade after a possessive full name ("…'s bakery") is an adult's business;
 *   the name after "whoever played" is the part in a play.
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import type { Category } from '../../src/engine/types';
import type { SettingsInput } from '../../src/settings/schema';

const SCHOOL: SettingsInput = {
  schoolName: 'Harbour View Academy',
  schoolAliases: ['Harbour View', 'Ysgol Glan Morfa', 'Glan Morfa', 'Penmor Quay'],
  pupilNames: ['Gwawr Ellis', 'Celyn Rowlands', 'Awel Price', 'Tom Jones', 'Harper Lee', 'Gareth Edwards', 'Dylan Thomas', 'Cadi Fôn', 'Bilal Khan', 'Myrddin Hughes'],
  staffNames: ['Rhodri Bevan', 'Nerys Lloyd'],
};

const loud = (draft: string, category: Category) =>
  analyse(draft, SCHOOL)
    .filter((f) => f.category === category && (f.severity === 'warning' || f.severity === 'high'))
    .map((f) => `${f.ruleId} “${f.match}” ${f.severity}`);

describe("the school's name mistyped by one letter", () => {
  test('a vowel for a vowel, or a key beside it, is still the name', () => {
    expect(loud('Glan Marfa summer fair on Saturday 10 till 2, tombola and cakes', 'school-name')).not.toEqual([]);
    expect(loud('Glan Morfs summer fair on Saturday 10 till 2, tombola and cakes', 'school-name')).not.toEqual([]);
  });
  test('the first letter changed is another word', () => {
    expect(loud('Flan Morfa recipe from my nan, the kids loved it', 'school-name')).toEqual([]);
  });
});

describe('a name run together in capitals, without "#"', () => {
  test('is the school', () => {
    expect(loud('HarbourView year 7 sports day was chaos but the good kind', 'school-name')).not.toEqual([]);
  });
  test('run into another word it is a place, and quiet', () => {
    expect(loud('Booked the HarbourViewHotel for our anniversary', 'school-name')).toEqual([]);
  });
});

describe('a child in a class whom the writer says readers will know', () => {
  test('identifies the child', () => {
    expect(loud("A year 6 lad got sent home after the bus thing. You'll all know who I mean.", 'pupil-name')).not.toEqual([]);
    expect(loud("Hogyn Bl 5 wedi cael ei yrru adra ar ôl y ffrae ar y bws. Fydd pawb yn gwbod pwy dwi'n feddwl.", 'pupil-name')).not.toEqual([]);
  });
  test('said before the child, it is another remark', () => {
    expect(loud('You know who I mean. A boy in year 4 won the spelling bee.', 'pupil-name')).toEqual([]);
  });
});

describe('a Welsh word-name at the start of a sentence', () => {
  test('a red dawn and a fine breeze are the weather', () => {
    expect(loud("Gwawr goch dros y bae bore 'ma, glaw erbyn amser chwarae", 'pupil-name')).toEqual([]);
    expect(loud('Awel fach braf ar y traeth heno ar ôl diwrnod poeth yn y dosbarth', 'pupil-name')).toEqual([]);
  });
  test('a clause going on from it, or the diminutive alone, is the child', () => {
    expect(loud('Celyn yn symud at deulu newydd dydd Llun, cadwch lygad arni yn y dosbarth', 'pupil-name')).not.toEqual([]);
    expect(loud('Awel fach wedi cael diwrnod anodd yn y dosbarth heddiw', 'pupil-name')).not.toEqual([]);
  });
});

describe("a public figure's work, year and day", () => {
  test('are the figure, school words or not', () => {
    expect(loud("Tom Jones' 'Sunday Morning Tide' as a starter with year 7, they thought it was new", 'pupil-name')).toEqual([]);
    expect(loud("Harper Lee's Go Set a Watchman is on the year 10 reading list now", 'pupil-name')).toEqual([]);
    expect(loud("Gareth Edwards' try in '73 shown to my year 9s, jaws on the floor", 'pupil-name')).toEqual([]);
    expect(loud('Dylan Thomas Day on Monday, year 7 are reading Under Milk Wood', 'pupil-name')).toEqual([]);
  });
  test("a pupil's own things and marks stay the pupil", () => {
    expect(loud("Tom Jones' homework was brilliant in year 7 today", 'pupil-name')).not.toEqual([]);
    expect(loud('Gareth Edwards got 73 in his spelling test in year 9', 'pupil-name')).not.toEqual([]);
  });
});

describe('confidential matters as Welsh and English staff write them', () => {
  test('flagged', () => {
    expect(loud("Methu deud llawer ond diwrnod anodd yn yr ysgol heddiw, dwi 'di gorfod pasio fo 'mlaen", 'confidential')).not.toEqual([]);
    expect(loud("Dywedodd plentyn rywbeth wrtha i heddiw. Wedi'i gofnodi, wedi'i basio 'mlaen.", 'confidential')).not.toEqual([]);
    expect(loud("Rhodri Bevan 'di bod adra ers pythefnos efo'i nerfa. Peidiwch â deud 'mod i 'di deud", 'confidential')).not.toEqual([]);
    expect(loud("Rhodri Bevan's wife rang him in sick again, third Monday running", 'confidential')).not.toEqual([]);
    expect(loud('Cadi F dal ddim yn bwyta amser cinio, dwi’n poeni amdani', 'confidential')).not.toEqual([]);
    expect(loud('Cadi F absennol eto, swyddog lles yn mynd draw i’r tŷ fory', 'confidential')).not.toEqual([]);
  });
  test('the same words about nothing of the school stay quiet', () => {
    expect(loud("Methu deud llawer am y ffilm heb sbwylio'r diwedd, ewch i'w gweld hi!", 'confidential')).toEqual([]);
    expect(loud('Still not eating my five a day, the chocolate drawer wins again', 'confidential')).toEqual([]);
  });
});

describe('second round: words that are not what they look like', () => {
  test("Welsh 'sir' after its article is the county", () => {
    expect(loud("Hyfforddiant diogelu efo'r sir drwy'r pnawn, tair panad i aros yn effro", 'confidential')).toEqual([]);
  });
  test('a uniform supplier and a blazer are school words', () => {
    expect(loud("Penmor Quay's new uniform supplier wants £30 for a blazer", 'school-name')).not.toEqual([]);
  });
  test('a people talked about is a topic; a child who is one is a case', () => {
    expect(loud("A lad in my form repeated something about refugees he'd heard at home; we talked it through.", 'confidential')).toEqual([]);
    expect(loud('The new boy in my form is a refugee and finding it hard', 'confidential')).not.toEqual([]);
  });
  test("the writer's own absence is theirs", () => {
    expect(loud("Back after my op and HR want a meeting about my 'absence pattern'", 'confidential')).toEqual([]);
  });
  test("a business after a possessive full name is an adult's; a pupil's own things are the pupil's", () => {
    expect(loud("Bilal Khan's bakery does the best samosas in town, the kids in my class agree", 'pupil-name')).toEqual([]);
    expect(loud("Bilal Khan's reading book got left on the bus again, year 4", 'pupil-name')).not.toEqual([]);
  });
  test('the name after "whoever played" is the part; the one who played it is the child', () => {
    expect(loud('Year 8 drama went brilliantly, and whoever played Myrddin the wizard deserves an award', 'pupil-name')).toEqual([]);
    expect(loud('Myrddin played the wizard in the year 8 drama and was brilliant', 'pupil-name')).not.toEqual([]);
  });
});

describe('Welsh "am" after a class is "about", never "I am"', () => {
  test('learning about animals is quiet; calling the class animals is not', () => {
    expect(loud('Heddiw fe ddysgodd Bl 4 am anifeiliaid y fferm, a gwelon ni ŵyn bach', 'derogatory')).toEqual([]);
    expect(loud("Mae Bl 4 yn anifeiliaid heddiw, wir", 'derogatory')).not.toEqual([]);
  });
});

describe('a Welsh year right after a name, typed as one word or with no preposition', () => {
  test('with what the child did after it, places the child', () => {
    expect(loud('celyn bl2 wedi colli ei dant cynta amser cinio', 'pupil-name')).not.toEqual([]);
    expect(loud('Celyn bl 2 wedi colli ei dant cynta', 'pupil-name')).not.toEqual([]);
  });
  test('with nothing going on after it, it is a heading', () => {
    expect(loud('celyn bl2: gwaith celf y tymor', 'pupil-name')).toEqual([]);
  });
});

describe("the review's regressions: a pupil is still a pupil", () => {
  test('a Welsh word-name opening an English sentence about a child', () => {
    expect(loud('Celyn bit another child today.', 'pupil-name')).not.toEqual([]);
    expect(loud('Gwawr cried all morning again, mum says dad has moved out.', 'confidential')).not.toEqual([]);
  });
  test("a year far from the name is someone else's", () => {
    expect(loud('Gareth Edwards was sent home again, dad said he was just like this in 1998.', 'pupil-name')).not.toEqual([]);
  });
  test('a scare-quote or a family word after the possessive is no title', () => {
    expect(loud("Harper Lee's 'Headache' again 🙄 third time this week, mum never answers.", 'pupil-name')).not.toEqual([]);
    expect(loud("Harper Lee's Mum And Dad split up last week", 'confidential')).not.toEqual([]);
    expect(loud("Tom Jones' New Year resolution is to stop biting people", 'pupil-name')).not.toEqual([]);
  });
  test('a day in lower case is the pupil\'s day', () => {
    expect(loud('Gareth Edwards day one back after his exclusion, went ok.', 'pupil-name')).not.toEqual([]);
  });
  test('exclusions talked about by a pupil, or the school\'s own, stay a matter', () => {
    expect(loud('Celyn Rowlands has been talking about exclusions since his brother got one.', 'confidential')).not.toEqual([]);
    expect(loud('The head wants to discuss our exclusions with governors.', 'confidential')).not.toEqual([]);
  });
  test('a win or a joke is not "you will know who"', () => {
    expect(loud('A boy in year 10 scored a hat-trick on Saturday, we all know who 😂', 'pupil-name')).toEqual([]);
    expect(loud('A girl in year 2 lost her first tooth today! A visit from you know who tonight 🧚', 'pupil-name')).toEqual([]);
  });
  test('staff off sick as a crowd, and children passing on the weather, are no matter', () => {
    expect(loud('Half the staff called in sick with the norovirus', 'confidential')).toEqual([]);
    expect(loud("Mae'r plant wedi logio'r tywydd a wedi pasio fo mlaen i'r dosbarth nesa.", 'confidential')).toEqual([]);
  });
});
