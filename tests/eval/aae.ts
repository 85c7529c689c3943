/**
 * Lexical markers of African American English, used only to MEASURE dialect bias (docs/models.md):
 * a tweet containing any of them is counted in the "AAE markers" group. Respellings and habitual
 * or auxiliary forms documented in the AAE literature (Green 2002; Blodgett, Green and O'Connor 2016;
 * Davidson, Bhattacharya and Weber 2019). A rough proxy, not a dialect classifier: it finds tweets
 * written in the style the 2019 paper showed classifiers over-flag. Slurs are deliberately not
 * markers, so a tweet is not counted as AAE because of a word the product should flag anyway.
 */
export const AAE_MARKERS: ReadonlySet<string> = new Set([
  'finna', 'fitna', 'tryna', 'ion', 'dat', 'dis', 'dem', 'dey', 'da', 'wit', 'bruh', 'lil', 'ima', 'imma', 'aint',
  'yall', 'deadass', 'thang', 'trippin', 'bout', 'cuz', 'nah', 'sholl', 'gon', 'ova', 'wen', 'witchu', 'yo',
  'homie', 'bae', 'shawty', 'lowkey', 'ard', 'talmbout', 'stay', 'hella', 'tho', 'doe', 'boutta', 'outchea', 'chu',
]);

export function hasAaeMarker(words: readonly string[]): boolean {
  return words.some((w) => AAE_MARKERS.has(w));
}
