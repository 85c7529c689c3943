import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import type { SettingsInput } from '../../src/settings/schema';
import type { Severity } from '../../src/engine/types';
import { CADOXTON, ST_NICHOLAS } from './fixtures';

/**
 * The school-name detector, as a teacher sees it (docs/detection.md, "School name").
 * Each row is a draft and the school-name findings it must produce: the exact words flagged,
 * their severity and topic. An empty list means the draft must not be flagged for the school's name.
 */

type Expected = { match: string; severity: Severity; topic: 'named' | 'place' };
type Row = { draft: string; expected: Expected[] };

/** Cadoxton Primary, with an alias that has no type words in it. */
const CADOXTON_WITH_NICKNAME: SettingsInput = { ...CADOXTON, schoolAliases: ['Ysgol Cadoxton', 'Little Acorns'] };

const named = (match: string): Expected[] => [{ match, severity: 'warning', topic: 'named' }];
const placeWarning = (match: string): Expected[] => [{ match, severity: 'warning', topic: 'place' }];
const placeInfo = (match: string): Expected[] => [{ match, severity: 'info', topic: 'place' }];
const nothing: Expected[] = [];

function schoolFindings(draft: string, settings: SettingsInput) {
  const findings = analyse(draft, settings).filter((f) => f.category === 'school-name');
  // Every finding points at the draft's own words.
  for (const f of findings) expect(draft.slice(f.start, f.end)).toBe(f.match);
  return findings.map(({ match, severity, topic }) => ({ match, severity, topic }));
}

function check(settings: SettingsInput) {
  return ({ draft, expected }: Row) => {
    expect(schoolFindings(draft, settings)).toEqual(expected);
  };
}

describe('Cadoxton Primary School', () => {
  describe('the name with its type words, any case: warning', () => {
    test.each<Row>([
      { draft: 'Great day at Cadoxton Primary School today', expected: named('Cadoxton Primary School') },
      { draft: 'Great day at Cadoxton Primary today', expected: named('Cadoxton Primary') },
      { draft: 'great day at cadoxton primary school', expected: named('cadoxton primary school') },
      { draft: 'So lucky to work at Cadoxton primary', expected: named('Cadoxton primary') },
      { draft: 'Cadoxton PS netball team won again', expected: named('Cadoxton PS') },
      // "School" alone is a compatible type word: still our school.
      { draft: 'Open evening at Cadoxton School on Thursday', expected: named('Cadoxton School') },
    ])('$draft', check(CADOXTON));
  });

  describe('hashtags and handles: warning', () => {
    test.each<Row>([
      { draft: 'What a day! #CadoxtonPrimary', expected: named('#CadoxtonPrimary') },
      { draft: 'What a day! #cadoxtonprimaryschool', expected: named('#cadoxtonprimaryschool') },
      { draft: 'Thanks @cadoxtonprimary for having us', expected: named('@cadoxtonprimary') },
      { draft: 'Follow @cadoxton_ps for updates', expected: named('@cadoxton_ps') },
      // A class account built on the school's handle is still the school.
      { draft: 'Photos are on @CadoxtonPS_Y6', expected: named('@CadoxtonPS_Y6') },
    ])('$draft', check(CADOXTON));
  });

  describe('the Welsh form and the aliases: warning', () => {
    test.each<Row>([
      { draft: 'Diwrnod gwych yn Ysgol Gynradd Cadoxton', expected: named('Ysgol Gynradd Cadoxton') },
      { draft: 'diwrnod gwych yn ysgol gynradd cadoxton', expected: named('ysgol gynradd cadoxton') },
      { draft: 'Llongyfarchiadau! #YsgolCadoxton', expected: named('#YsgolCadoxton') },
      // The configured alias.
      { draft: 'Eisteddfod at Ysgol Cadoxton today', expected: named('Ysgol Cadoxton') },
    ])('$draft', check(CADOXTON));

    test.each<Row>([
      // An alias with no type words counts on its own, without a cue.
      { draft: 'Little Acorns open morning on Saturday', expected: named('Little Acorns') },
      { draft: 'Lovely morning at little acorns', expected: named('little acorns') },
    ])('$draft', check(CADOXTON_WITH_NICKNAME));
  });

  describe('the place word alone', () => {
    test.each<Row>([
      // A town, not the school: worth knowing, not a risk.
      { draft: 'Lovely walk round Cadoxton this morning', expected: placeInfo('Cadoxton') },
      { draft: 'Traffic in Cadoxton is terrible again', expected: placeInfo('Cadoxton') },
      // Trap: strong school words in another sentence do not make the town the school.
      { draft: 'Lovely walk round Cadoxton this morning. Back to marking tonight.', expected: placeInfo('Cadoxton') },
      // Trap: same sentence, but the school word is more than 40 characters away.
      {
        draft: 'Lovely long walk round Cadoxton, along the old railway path and over the fields, before marking',
        expected: placeInfo('Cadoxton'),
      },
    ])('as a town: info — $draft', check(CADOXTON));

    test.each<Row>([
      { draft: 'Ten years teaching at Cadoxton this September', expected: placeWarning('Cadoxton') },
      { draft: 'Cadoxton parents are the best', expected: placeWarning('Cadoxton') },
      { draft: 'The kids at Cadoxton never fail to surprise me', expected: placeWarning('Cadoxton') },
      // Strong school words within 40 characters in the same sentence.
      { draft: 'Sports day in Cadoxton was a washout', expected: placeWarning('Cadoxton') },
      { draft: 'CADOXTON PARENTS ARE THE BEST', expected: placeWarning('CADOXTON') },
    ])('as the school, beside a cue or school words: warning — $draft', check(CADOXTON));
  });

  describe('Welsh mutations count as the place word', () => {
    test.each<Row>([
      // "dysgu yng" (teaching in) is a cue: the school.
      { draft: 'Deg mlynedd yn dysgu yng Nghadoxton', expected: placeWarning('Nghadoxton') },
      // No cue: the town.
      { draft: 'Siopa yng Nghadoxton heddiw', expected: placeInfo('Nghadoxton') },
    ])('$draft', check(CADOXTON));
  });

  describe('another school in the same town: nothing', () => {
    test.each<Row>([
      { draft: 'Transition day at Cadoxton High School', expected: nothing },
      { draft: 'My eldest starts at Cadoxton High in September', expected: nothing },
      { draft: 'Cadoxton Comprehensive won the cup', expected: nothing },
      { draft: 'Well done #CadoxtonHigh', expected: nothing },
      // A cue before it ("teaching at") does not turn another school into ours.
      { draft: 'Ten years teaching at Cadoxton High School', expected: nothing },
    ])('$draft', check(CADOXTON));
  });

  describe('unusual input still works', () => {
    test.each<Row>([
      { draft: 'Great day at Cadoxton\nPrimary School', expected: named('Cadoxton\nPrimary School') },
      { draft: 'Proud to teach at “Cadoxton Primary”', expected: named('Cadoxton Primary') },
      { draft: 'Proud to teach at "Cadoxton Primary"', expected: named('Cadoxton Primary') },
      { draft: '🎉Cadoxton Primary🎉 best school!', expected: named('Cadoxton Primary') },
      { draft: '🎉🎉 #CadoxtonPrimary 🎉', expected: named('#CadoxtonPrimary') },
      { draft: 'CADOXTON PRIMARY SCHOOL ROCKS', expected: named('CADOXTON PRIMARY SCHOOL') },
    ])('$draft', check(CADOXTON));
  });
});

describe('St Nicholas CIW Primary School', () => {
  describe('the name with its type words, Saint/St/St. and any case: warning', () => {
    test.each<Row>([
      { draft: 'Harvest service at St Nicholas CIW Primary School', expected: named('St Nicholas CIW Primary School') },
      { draft: 'Harvest service at St Nicholas Primary', expected: named('St Nicholas Primary') },
      { draft: 'Harvest service at Saint Nicholas Primary School', expected: named('Saint Nicholas Primary School') },
      { draft: 'Harvest service at St. Nicholas Primary', expected: named('St. Nicholas Primary') },
      { draft: 'harvest service at st nicholas ciw primary', expected: named('st nicholas ciw primary') },
      { draft: 'HARVEST SERVICE AT ST NICHOLAS PRIMARY', expected: named('ST NICHOLAS PRIMARY') },
    ])('$draft', check(ST_NICHOLAS));
  });

  describe('hashtags and handles: warning', () => {
    test.each<Row>([
      { draft: 'Christmas jumper day #StNicholasPrimary', expected: named('#StNicholasPrimary') },
      { draft: 'Christmas jumper day #SaintNicholasPrimary', expected: named('#SaintNicholasPrimary') },
      { draft: 'Thanks @stnicholasciw for the invite', expected: named('@stnicholasciw') },
    ])('$draft', check(ST_NICHOLAS));
  });

  describe('the Welsh alias: warning', () => {
    test.each<Row>([
      { draft: 'Gwasanaeth Nadolig yn Ysgol Sant Nicolas', expected: named('Ysgol Sant Nicolas') },
      { draft: 'gwasanaeth nadolig yn ysgol sant nicolas', expected: named('ysgol sant nicolas') },
    ])('$draft', check(ST_NICHOLAS));
  });

  describe('the place words alone', () => {
    test.each<Row>([
      // St Nicholas is also a village in the Vale of Glamorgan.
      { draft: 'Cycled through St Nicholas on Sunday', expected: placeInfo('St Nicholas') },
      { draft: 'St Nicholas parents, the PTA meets tonight', expected: placeWarning('St Nicholas') },
      { draft: 'First day at Saint Nicholas tomorrow!', expected: placeWarning('Saint Nicholas') },
      // A nickname of the own words counts as the place word: it needs a cue.
      { draft: "St Nick's parents, the PTA meets tonight", expected: placeWarning("St Nick's") },
    ])('$draft', check(ST_NICHOLAS));
  });

  describe('another denomination or type is another school: nothing', () => {
    test.each<Row>([
      { draft: 'Netball against St Nicholas RC Primary today', expected: nothing },
      { draft: 'Netball against St Nicholas Catholic Primary School today', expected: nothing },
      { draft: 'Netball against St Nicholas C of E Primary today', expected: nothing },
      { draft: 'Netball against St Nicholas High School today', expected: nothing },
      { draft: 'Netball against #StNicholasRC today', expected: nothing },
    ])('$draft', check(ST_NICHOLAS));
  });
});

/** Aliases that are also a place, a road or someone else's acronym (issue 13, the second blind set). */
describe('aliases that are also places or acronyms', () => {
  const BEACON: SettingsInput = { schoolName: 'Beacon Hill Academy', schoolAliases: ['Beacon', 'BHA', 'Beacon Hill', 'Ellerby Road', 'MBA'] };
  const quiet = (match: string): Expected[] => [{ match, severity: 'info', topic: 'named' }];

  describe('read as the place or the organisation, with no school word beside it: info', () => {
    test.each<Row>([
      { draft: 'walked up beacon hill with the dog this morning, frost everywhere', expected: quiet('beacon hill') },
      { draft: 'ellerby road is shut by the garage cos of a burst water main', expected: quiet('ellerby road') },
      { draft: "she's a beacon of hope that woman, raised 10k for the hospice", expected: quiet('beacon') },
      { draft: 'the beacon on the high street has the best book section in town', expected: quiet('beacon') },
      { draft: 'the BHA conference on hospitality careers was really useful for my year 12 catering group', expected: quiet('BHA') },
      // An acronym everyone uses for something else still needs a post about school.
      { draft: 'Finally finished my MBA dissertation!', expected: quiet('MBA') },
    ])('$draft', check(BEACON));
  });

  describe('the school: a warning', () => {
    test.each<Row>([
      // An acronym alias in capitals that is nobody else's is the school, with or without school words.
      { draft: 'another week at BHA survived. just about.', expected: named('BHA') },
      { draft: 'BHA vs Northfield in the cup final thursday, come and support!', expected: named('BHA') },
      // A place alias with no place reading, or with an institution word after it, is the school.
      { draft: 'back at beacon tomorrow, two weeks went way too fast', expected: named('beacon') },
      { draft: 'the beacon governors rubber stamp everything', expected: named('beacon') },
      { draft: 'ellerby road are through to the county final in netball!!', expected: named('ellerby road') },
      // A place reading with school words beside it is still the school.
      { draft: 'walked up to Beacon Hill for the Year 6 leavers assembly', expected: named('Beacon Hill') },
      { draft: 'MBA sports day was a washout', expected: named('MBA') },
    ])('$draft', check(BEACON));
  });
});
