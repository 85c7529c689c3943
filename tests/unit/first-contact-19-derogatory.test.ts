/**
 * What the eighteenth session's training set (tests/corpus/train-19.jsonl, scored once at first contact, then
 * tuned on) taught about derogatory drafts, each mechanism checked both ways. Sentences are written for this file;
 * none comes from a corpus.
 * - Threats: a person fastened to something by the writer ("I'll staple him to…"), a Welsh slap with a word
 *   between ("rhoi peltan iawn iddo"), Welsh "un gair arall … a fydda i'n aros amdani" (one more word and I'll be waiting for her).
 * - Wits or looks counted "between them" ("not two brain cells between them", Welsh "dim un brên cell rhwng…"),
 *   and "more … than you have brain cells".
 * - A person likened to a wet dishcloth, said to have no backbone at all, or "a gob on her like…".
 * - Faint praise: "shame trying's all she does", Welsh "wedi llwyddo i … heb ddysgu dim byd", "siarad am awr
 *   heb ddeud dim byd".
 * - A verdict turned by an eye-roll or by applause after a complaint ("leadership at its finest 👏",
 *   "Talent, chwara teg 🙄"); illness or absence doubted with an eye-roll ("'stress' apparently 🙄").
 * - "… is the reason I drink"; Welsh "gwbod dim am addysg"; "fysat ti ddim yn ffeindio … efo map a thortsh".
 * - A verdict before whom it is of ("Useless, half the supply staff they send").
 * - Words: "fat slag" and the like (no target needed), Welsh "diawled diog", "hen fwli", "dyn bach pathetig",
 *   "polacs", and a masked "p*ss up in a brewery".
 * - A weapon emoji as the verb of the writer's threat ("I'm gonna 🔫 him"); a group said to ruin everywhere it goes.
 * - Counter-speech: the comments under a post about a group, or the things people say about it, are what is vile.
 * - Hostility toward a group: a warning or stereotype in the sentence after the group is named ("Travellers on
 *   the rec again. Lock up your bikes."), the need-to-know groups in Welsh, "when local families…" after
 *   "just asking", "a Christian country" after "just asking".
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import type { Category } from '../../src/engine/types';
import type { SettingsInput } from '../../src/settings/schema';

const SCHOOL: SettingsInput = {
  schoolName: 'Ysgol Cwm Derw',
  schoolAliases: ['Cwm Derw'],
  pupilNames: ['Osian Pryce', 'Lili Morgan'],
};

const loud = (draft: string, category: Category = 'derogatory') =>
  analyse(draft, SCHOOL)
    .filter((f) => f.category === category && (f.severity === 'warning' || f.severity === 'high'))
    .map((f) => `${f.ruleId} “${f.match}” ${f.severity} ${f.topic}`);

describe('threats: fastened by the writer, a slap with a word between, waiting for her outside', () => {
  test('flagged', () => {
    expect(loud('If the deputy moves my reading corner again I will literally staple him to the noticeboard.')).not.toEqual([]);
    expect(loud("Os ydi o'n dweud hynna eto dwi'n mynd i roi clatsien go iawn iddo fe.")).not.toEqual([]);
    expect(loud("Un sylw arall ganddi yn y grŵp WhatsApp a fydda i'n aros amdani tu allan i'r Co-op.")).not.toEqual([]);
  });
  test('papers stapled, a lift waited for, a slap reported stay quiet', () => {
    expect(loud("I'll staple them to the display board once they're dry.")).toEqual([]);
    expect(loud("I'll tape it to the wall by the door.")).toEqual([]);
    expect(loud("Mi fydda i'n aros amdani yn y car ar ôl y wers nofio.")).toEqual([]);
    expect(loud("Mi fydda i'n aros amdano fo tu allan i'r ysgol am chwarter wedi tri.")).toEqual([]);
  });
  test('keeping someone, a kicked machine, "once again" stay quiet', () => {
    expect(loud("I'm going to chain her to the radiator so she can't go! 😭")).toEqual([]);
    expect(loud("I'll superglue him to his chair so he stays forever, best TA ever 😭")).toEqual([]);
    expect(loud('dwi am roi cic iawn iddo')).toEqual([]);
    expect(loud("Mae'r peiriant golchi wedi torri eto, dwi am roi cic iawn iddo.")).toEqual([]);
    expect(loud("Unwaith eto mae Mam yn hwyr, felly fydda i'n aros amdani wrth y giât.")).toEqual([]);
    expect(loud("Unwaith eto mae Dad yn hwyr, felly fydda i'n aros amdano fo yn y car.")).toEqual([]);
  });
});

describe('wits or looks counted between them', () => {
  test('flagged', () => {
    expect(loud('The parents on the PTA committee, not two brain cells between them.')).not.toEqual([]);
    expect(loud('Town centre on a Friday night: not a full set of teeth between the lot of them.')).not.toEqual([]);
    expect(loud("Y criw newydd yn y swyddfa, dim un brên cell rhyngddyn nhw.")).not.toEqual([]);
    expect(loud('That governor has more opinions than he has brain cells.')).not.toEqual([]);
  });
  test('other nouns between them stay quiet', () => {
    expect(loud('Year 6 did the spelling test: not a single mistake between them!')).toEqual([]);
    expect(loud("Our founders had not a single GCSE between them, and look what they built.")).toEqual([]);
    expect(loud('By the end of the leavers assembly there was not a dry eye between them.')).toEqual([]);
    expect(loud('The tooth fairy is busy: Year 1 have not a full set of teeth between them, bless.')).toEqual([]);
    expect(loud('…200 caps and not a full set of teeth between them 😂')).toEqual([]);
    expect(loud('The front row at the club dinner: 300 caps and not a full set of teeth between them 😂')).toEqual([]);
  });
});

describe('a wet dishcloth, no backbone at all, a gob like a foghorn', () => {
  test('flagged', () => {
    expect(loud("Mae'r dirprwy fel cadach llestri gwlyb pan mae'r rhieni'n cwyno.")).not.toEqual([]);
    expect(loud('Our chair of governors folds every time, about as much use as a wet rag. No backbone at all.')).not.toEqual([]);
    expect(loud('That dad has a gob on him like a car alarm.')).not.toEqual([]);
  });
  test('things and science stay quiet', () => {
    expect(loud("Gadewch y cadach llestri gwlyb ar y sinc, diolch.")).toEqual([]);
    expect(loud('Year 3 came in from the downpour looking like wet rags, bless them.')).toEqual([]);
    expect(loud("Mwydod a malwod: creaduriaid heb asgwrn cefn o gwbl!")).toEqual([]);
  });
});

describe('faint praise', () => {
  test('flagged', () => {
    expect(loud("Our new cover manager is ever so keen, bless him. Pity trying is all he ever does.")).not.toEqual([]);
    expect(loud("Chwarae teg i'r ymgynghorydd, mae o wedi llwyddo i gadw'r cwrs am ddiwrnod cyfan heb ddysgu dim byd i ni.")).not.toEqual([]);
    expect(loud('Y cynghorydd yn y cyfarfod eto. Siaradodd am awr heb ddeud dim byd o werth.')).not.toEqual([]);
  });
  test('real achievement stays quiet', () => {
    expect(loud("Chwarae teg i Bl 6, maen nhw wedi llwyddo i godi £300 heb help neb!")).toEqual([]);
    expect(loud('Our reception class managed the whole trip to the farm without a single tear.')).toEqual([]);
    expect(loud('Bl 1 wedi llwyddo i wneud y gwasanaeth heb grio am unwaith 😅')).toEqual([]);
    expect(loud('Dosbarth Derbyn wedi llwyddo i ganu yn y cyngerdd heb grio am unwaith 😅')).toEqual([]);
  });
  test('the writer of themselves stays quiet', () => {
    expect(loud("Dwi 'di siarad am awr heb ddeud dim byd call…")).toEqual([]);
    expect(loud("Dwi'n gallu siarad am awr heb ddeud dim byd, sori 🙈")).toEqual([]);
  });
});

describe('a verdict turned by an eye-roll or by applause after a complaint', () => {
  test('flagged', () => {
    expect(loud('The head cancelled the residential and then booked a conference in Lisbon. Leadership at its finest 👏')).not.toEqual([]);
    expect(loud('Forty minutes from the trust adviser and not one thing we could use 🙄 leadership, apparently')).not.toEqual([]);
    expect(loud("The deputy is off again. 'migraine' apparently 🙄 the rest of us cover as usual")).not.toEqual([]);
    expect(loud("Our business manager is off again. Convenient how it's always the week of the audit 🙄")).not.toEqual([]);
  });
  test('meant, or unmarked, stays quiet', () => {
    expect(loud('Thank you to our head for covering my class today. Leadership at its best.')).toEqual([]);
    expect(loud('Mrs Hale is off with a migraine apparently, get well soon!')).toEqual([]);
    expect(loud("Convenient how the new bus stop is right outside the gate.")).toEqual([]);
    expect(loud("Convenient how it's always raining on sports day 🙄")).toEqual([]);
    expect(loud("Convenient how it's always the week of mocks that the boiler breaks 🙄")).toEqual([]);
    expect(loud("Convenient how it's always on a Friday that the photocopier jams 🙄")).toEqual([]);
  });
});

describe('the reason I drink; knowing nothing of education; lost with a map and a torch', () => {
  test('flagged', () => {
    expect(loud('That lad in Year 9 is the reason I drink.')).not.toEqual([]);
    expect(loud("Mae'r ymgynghorwyr o'r consortiwm yn gwbod dim am blant.")).not.toEqual([]);
    expect(loud("Pennaeth newydd yn sôn am 'weledigaeth'. Fysa fo ddim yn ffeindio'r ysgol efo map a thortsh.")).not.toEqual([]);
  });
  test('the writer of themselves stays quiet', () => {
    expect(loud("Dwi'n gwbod dim am blant bach, dwi'n dysgu Bl 11!")).toEqual([]);
    expect(loud("Mae'r llywodraeth yn gwbod dim am addysg, a dyna'r gwir.")).toEqual([]);
    expect(loud('Report season is the reason I drink 😂')).toEqual([]);
    expect(loud('Mrs Hale is off with a migraine apparently, get well soon!')).toEqual([]);
  });
});

describe('a verdict before whom it is of', () => {
  test('flagged', () => {
    expect(loud('Useless, half the supply staff the agency sends us this term.')).not.toEqual([]);
  });
  test('things stay quiet', () => {
    expect(loud('Useless, some of the printers on the top corridor.')).toEqual([]);
    expect(loud('Text system down again. Useless, half the parents never got the message.')).toEqual([]);
    expect(loud("Wifi down again. Useless, half the staff can't log in.")).toEqual([]);
  });
});

describe('words: adjective slurs, Welsh epithets, a masked drinks idiom', () => {
  test('flagged', () => {
    expect(loud("A Year 8 boy called a girl a 'dirty slag' at lunch and I've logged it.")).not.toEqual([]);
    expect(loud('Cyfarfod efo rhieni eto. Criw o ddiawled diog, pob un.')).not.toEqual([]);
    expect(loud("Mae'r hyfforddwr newydd yn hen fwli, pawb yn gwbod.")).not.toEqual([]);
    expect(loud("Y p0lacs 'ma ym mhob man.")).not.toEqual([]);
    expect(loud('The woman from the trust couldnt organise a p*ss up in a brewery.')).not.toEqual([]);
  });
  test('a slag heap, anti-bullying week, a party stay quiet', () => {
    expect(loud('Year 5 walked up the old slag heap above the village for their local history topic.')).toEqual([]);
    expect(loud("Wythnos gwrth-fwlio yr wythnos nesaf, pawb i wisgo sanau od.")).toEqual([]);
    expect(loud("Neges Bl 3 i'r wythnos gwrth-fwlio: paid â bod yn hen fwli!")).toEqual([]);
    expect(loud('The PTA can organise a party in a brewery, apparently: the summer social is at the Tap Room.')).toEqual([]);
  });
});

describe('hostility toward a group, the claim in the next sentence', () => {
  test('flagged', () => {
    expect(loud('Travellers on the rec again. Lock up your bikes.')).not.toEqual([]);
    expect(loud("Mae'r Sipsiwn wedi cyrraedd y maes. Cloiwch bob dim.")).not.toEqual([]);
    expect(loud("Pam bod ni'n gorfod cymryd y plant anabl i gyd? Maen nhw'n dal pawb arall yn ôl. Jyst gofyn.")).not.toEqual([]);
    expect(loud('Just asking, why do refugees get flats on the new estate when local families wait years?')).not.toEqual([]);
    expect(loud('Just asking, why does the assembly rota have Eid on it when this is a Christian country?')).not.toEqual([]);
  });
  test('a welcome, or the same words about no group, stay quiet', () => {
    expect(loud('Travellers from the site joined our sports day. Lovely to see them.')).toEqual([]);
    expect(loud('Bike sheds finally finished. Lock up your bikes every morning please.')).toEqual([]);
    expect(loud('Travellers from the site are visiting for culture week. Keep an eye on your emails for the timetable.')).toEqual([]);
    expect(loud('Lovely visit from the Traveller education service today. Lock everything up before half term please, the cleaners are in.')).toEqual([]);
    expect(loud("Croeso i'r ffoaduriaid newydd. Mae'r ffurflenni dan glo yn y swyddfa.")).toEqual([]);
    expect(loud('Our Muslim families always bring food for the fair. Always the way with them, so generous.')).toEqual([]);
    expect(loud('Muslim and Hindu families are part of our community. Britain was once a Christian country and now it is many things.')).toEqual([]);
    expect(loud("Mae'r plant anabl wedi mwynhau'r daith. Diolch i'r staff i gyd.")).toEqual([]);
    expect(loud('Local families can apply for the holiday club from Monday.')).toEqual([]);
    expect(loud('Plant efo anghenion dysgu yn cael sesiwn nofio heddiw. Cloiwch bob dim yn y loceri plis!')).toEqual([]);
    expect(loud("Plant efo anghenion dysgu yn mynd i'r pwll heddiw. Cloiwch bob dim yn eich loceri os gwelwch yn dda.")).toEqual([]);
  });
});

describe('a weapon emoji as the verb of a threat; a group that ruins everywhere', () => {
  test('flagged', () => {
    expect(loud("Honestly I'm gonna 🔫 him if he asks for the tracker again.")).not.toEqual([]);
    expect(loud("If she moves my chair once more I'll 🔪 her.")).not.toEqual([]);
    expect(loud('I will literally 🔪 the next parent who parks on the zigzags.')).not.toEqual([]);
    expect(loud("I'm gonna 🔪 the head if she changes the timetable again")).not.toEqual([]);
    expect(loud('Second-home crowd again. Those people ruin every village they move to.')).not.toEqual([]);
  });
  test('a cake, onions, a storm stay quiet', () => {
    expect(loud("I'll 🔪 the birthday cake at break, come to the staffroom.")).toEqual([]);
    expect(loud("It's Sue's fiftieth, I'll 🔪 her birthday cake at break.")).toEqual([]);
    expect(loud("I'm going to 🔪 those onions for the soup.")).toEqual([]);
    expect(loud('Storms like that one ruin everything they touch.')).toEqual([]);
    expect(loud('Bloody seagulls on the yard, they ruin everything they touch.')).toEqual([]);
    expect(loud('The pigeons on the roof, they ruin everything they touch.')).toEqual([]);
    expect(loud('Someone needs to 🔪 the head off this cauliflower')).toEqual([]);
    expect(loud("I'm going to 🔪 the head off this cabbage")).toEqual([]);
  });
});

describe('counter-speech: what is said about a group is what is vile', () => {
  test('quiet', () => {
    expect(loud('Some of the replies under the council post about the Syrian families are vile. They are our neighbours.')).toEqual([]);
    expect(loud('The things people say about Gypsy and Traveller families are disgusting. Not in our school.')).toEqual([]);
  });
  test('the same words said of the group are flagged', () => {
    expect(loud('The Syrian families on the estate are vile.')).not.toEqual([]);
  });
});
