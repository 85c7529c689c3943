import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';

/**
 * Seventh session: a child pointed at without a name ("the little lad with the curly hair", "the new
 * lad in year 8", "yr hogyn bach efo'r sbectol", "plentyn yn fy nosbarth") is one child, so a matter
 * told in plain words beside them is about them (high), not a floating phrase with no school matter
 * near. A lad or a little one outside school ("the lad at the chippy", "our little one") stays quiet.
 */
const nant = compile({
  schoolName: 'Ysgol Gynradd Nant Celyn',
  schoolAliases: ['Nant Celyn', 'YGNC'],
  pupilNames: ['Efa Prydderch', 'Twm Gwilym', 'Leusa Rhys', 'Caron Ifans'],
  staffNames: ['Meinir Jones'],
  policy: 'generic-uk',
});
const acting = (draft: string) => nant.analyse(draft).filter((f) => f.severity !== 'info' && f.category === 'confidential');

describe('a described child and a plain-words matter: high', () => {
  test.each([
    ['the little lad with the curly hair in reception came in with bruises on his arms again. passed it on', 'confidential/logged-disclosure'],
    ['the new lad in year 8 has been sofa surfing since his mum kicked him out', 'confidential/home-circumstances'],
    ["yr hogyn bach efo'r sbectol yn y dosbarth derbyn yn cysgu ar y soffa ers wsnos, dwi 'di'i godi fo", 'confidential/home-circumstances'],
    ['plentyn yn fy nosbarth wedi deud rhywbeth difrifol heddiw, wedi\'i basio fe ymlaen', 'confidential/logged-disclosure'],
  ])('%s', (draft, rule) => {
    const finding = acting(draft).find((f) => f.ruleId === rule);
    expect(finding, JSON.stringify(acting(draft).map((f) => f.ruleId))).toBeDefined();
    expect(finding!.severity).toBe('high');
  });

  test.each([
    'the lad at the chippy gave me extra scraps, what a legend',
    'yr hogyn bach drws nesa wedi dysgu reidio beic heddiw, chwarae teg iddo',
    'our little one has been up all night teething, send coffee',
  ])('stays quiet: %s', (draft) => expect(acting(draft)).toEqual([]));
});
