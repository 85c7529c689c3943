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

/**
 * Benign sentences written twice, once in African American English and once in standard English,
 * with the same meaning. A model without dialect bias scores the two alike; the mean gap (AAE minus
 * standard) and how many AAE versions alone cross a threshold are the figures.
 */
export const DIALECT_PAIRS: readonly (readonly [aae: string, standard: string])[] = [
  ["I'm finna go to the store real quick", "I'm about to go to the store quickly"],
  ['she stay talking about her new job lol', 'she is always talking about her new job lol'],
  ["ion even know what time the game start", "I don't even know what time the game starts"],
  ['yall coming to the cookout tomorrow?', 'are you all coming to the barbecue tomorrow?'],
  ["he be working late every night tho", 'he works late every night though'],
  ['bruh this weather is crazy today', 'mate this weather is crazy today'],
  ['my lil sis got her first A today, so proud', 'my little sister got her first A today, so proud'],
  ["we ain't got school tomorrow cuz of the snow", "we haven't got school tomorrow because of the snow"],
  ['deadass the best pizza I ever had', 'honestly the best pizza I have ever had'],
  ["tryna get my homework done before practice", "trying to get my homework done before practice"],
  ['dat movie was hella good', 'that movie was really good'],
  ["ima call you when I get home", "I'm going to call you when I get home"],
  ['nah I already ate, good looking out tho', 'no, I already ate, thanks for thinking of me though'],
  ['my homie just graduated, so happy for him', 'my friend just graduated, so happy for him'],
  ["dem kids was playing outside all day", 'those kids were playing outside all day'],
  ['lowkey want to go back to sleep', 'I quietly want to go back to sleep'],
  ["she gon be a great teacher one day", 'she is going to be a great teacher one day'],
  ["bout to head to church with my grandma", 'about to head to church with my grandma'],
  ["I been knew she was gonna win", 'I knew a long time ago she was going to win'],
  ["we was just chillin at the park wit the fam", 'we were just relaxing at the park with the family'],
  ["it's cold af outside today yall", "it's very cold outside today everyone"],
  ["he trippin over a video game again lol", 'he is overreacting over a video game again lol'],
  ["dis my favourite song right here", 'this is my favourite song right here'],
  ["mama made dinner for the whole block", 'mum made dinner for the whole street'],
  ["that's my boo, we been together 3 years", "that's my partner, we have been together 3 years"],
];
