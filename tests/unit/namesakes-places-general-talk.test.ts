import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import type { SettingsInput } from '../../src/settings/schema';

/**
 * Benign drafts that share words with the school or its pupils (issue 13, fifth session): an alias
 * read as a place or another institution, a pupil's name that is a public figure's or a fictional
 * character's, a name-word naming an organisation, an adult from the writer's own circles, and
 * talk about the profession in general. Each mechanism is checked both ways: quiet where the draft
 * is about something else, still flagged where it is about the school or a pupil.
 */
const SCHOOL: SettingsInput = {
  schoolName: "St Teilo's Church in Wales Primary School",
  schoolAliases: ["St Teilo's", 'Nant Glas', 'the Meadow', '#TeuluNantGlas'],
  pupilNames: ['Harry Kane', 'Tom Hanks', 'Jon Snow', 'Rhys Pritchard', 'Awel Morgan', 'Dorota Nowak', 'Kyle Bevan'],
  staffNames: ['Menna Rees'],
  policy: 'generic-uk',
};

const flagged = (draft: string, category: string) => analyse(draft, SCHOOL).filter((f) => f.category === category && (f.severity === 'warning' || f.severity === 'high'));
const rules = (draft: string) => analyse(draft, SCHOOL).map((f) => f.ruleId);

describe('the school alias as a place or another institution', () => {
  test.each([
    'Nant Glas Road closed again for resurfacing, took me forty minutes',
    "Evensong at St Teilo's church was beautiful, the choir were amazing",
    'Lovely pilgrimage walk for the Feast of St Teilo this morning',
    'Bws 23 i Nant Glas yn hwyr eto, dim syndod',
    "Mae'r goleuadau wedi torri ar Stad Nant Glas eto",
    'Walked the dog round Nant Glas before the rain came in',
    "Read about St Teilo's Church in Wales Primary in Cardiff winning a gardening prize, stealing that idea",
    'sitting down by the meadow with a flask and a good book',
    'pob nant glas yn y cwm yn llawn ŵyn bach',
  ])('quiet: %s', (draft) => {
    expect(flagged(draft, 'school-name')).toEqual([]);
  });

  test('the other institution is reported at info, with the words that say so', () => {
    expect(rules("Evensong at St Teilo's church was beautiful")).toContain('school-name/alias-elsewhere');
  });

  test.each([
    "So proud of St Teilo's today, what a concert",
    'Nant Glas choir sang beautifully at the service',
    'The Meadow had its sports day today, so much fun',
    "St Teilo's church school nativity is tonight",
    'the meadow kids were brilliant on the trip today',
  ])('still the school: %s', (draft) => {
    expect(flagged(draft, 'school-name').length).toBeGreaterThan(0);
  });
});

describe('a pupil with a public figure’s or a character’s name', () => {
  test.each([
    'Harry Kane with a brilliant header in the final, what a finish',
    'Tom Hanks was brilliant when we watched Cast Away last night',
    "Kilkenny's Rhys Pritchard sent off in the county final, what a call",
    'Jon Snow is still the best character in the whole series',
  ])('quiet: %s', (draft) => {
    expect(flagged(draft, 'pupil-name')).toEqual([]);
  });

  test.each([
    'Harry Kane in 6T scored at lunch and would not stop celebrating',
    'Harry Kane in Year 6 scored a penalty at lunch',
    'Tom Hanks was star of the week in my class',
    'Rhys Pritchard was sent off in PE for arguing with the ref',
  ])('still a pupil: %s', (draft) => {
    expect(flagged(draft, 'pupil-name').length).toBeGreaterThan(0);
  });
});

describe('word-names and adults of the writer’s own circles', () => {
  test('a name-word that names an organisation, and its hashtag, are the organisation', () => {
    expect(flagged('So many school leaders at the Awel Network awards tonight, proud to be part of it #Awel', 'pupil-name')).toEqual([]);
  });
  test('the same name-word doing something in school is a pupil', () => {
    expect(flagged('Awel read beautifully in assembly today, star of the week', 'pupil-name').length).toBeGreaterThan(0);
  });
  test('an adult from the writer’s pilates class is not a pupil; one from the writer’s class is', () => {
    expect(flagged('Dorota from my pilates class just had a baby girl!', 'pupil-name')).toEqual([]);
    expect(flagged('Dorota from my class was star of the week', 'pupil-name').length).toBeGreaterThan(0);
  });
  test('a name-word with the Welsh diminutive after it is a child', () => {
    expect(flagged('Awel fach wedi cael ei gwahardd am dridiau', 'pupil-name').length).toBeGreaterThan(0);
  });
});

describe('talk about the profession in general', () => {
  test('an insult aimed at pay for people is aimed at the pay', () => {
    expect(rules('Pay for teaching assistants is a disgrace in this country')).not.toContain('derogatory/insult');
    expect(rules('Pay for teaching assistants is a disgrace in this country')).not.toContain('hostility/insult');
    // Said of the assistants it is an insult, told as one remark (the role and its verdict) with the word inside it.
    expect(rules('The teaching assistants at my school are a disgrace')).toContain('contempt/target-predicate');
  });
  test('a home-circumstances word naming a group, with no one person near, is general talk', () => {
    expect(flagged('Every school should be welcoming asylum seekers, not treating them as a problem.', 'confidential')).toEqual([]);
  });
  test('a confidential term used of any case in a post about training is that training', () => {
    expect(flagged('Great INSET on restorative practice. We talked about what an exclusion teaches a child.', 'confidential')).toEqual([]);
    expect(flagged("Kyle's exclusion meeting is tomorrow, dreading it", 'confidential').length).toBeGreaterThan(0);
  });
});
