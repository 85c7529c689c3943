import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import type { SettingsInput } from '../../src/settings/schema';

/**
 * Ordinary posts by school staff, found in review, and what a teacher would expect: the engine
 * must not cry wolf on them, nor miss the ones that do name a child or insult someone.
 */
const configs = JSON.parse(readFileSync(fileURLToPath(new URL('../corpus/configs.json', import.meta.url)), 'utf8')) as Record<string, SettingsInput>;
const acting = (config: string, draft: string) => analyse(draft, configs[config]!).filter((f) => f.severity !== 'info');

describe('nothing to warn about', () => {
  test.each([
    ['cadoxton', 'Dim ysgol yfory oherwydd yr eira!'], // Welsh "dim" is "no", not "dim"
    ['westacre', 'Nativity rehearsals: Mary, Joseph, the donkey and the ass all word perfect!'],
    ['westacre', 'The ox and the ass stole the show at our nativity'],
    ['westacre', 'The kids were crazy today, end of term excitement'],
    ['westacre', 'My class were hyper and a bit mental after the Christmas party'],
    ['westacre', 'Our class snake Sid escaped again 🐍'],
    ['westacre', 'Harrison Ford is my Year 2 crush apparently'], // a roster first name, then another surname
    ['gloucestershire', 'George Washington was our Year 6 topic today'],
    ['generic', 'Hannah Montana fancy dress day in my class'],
    ['westacre', 'Leo Tolstoy on my reading list this half term'],
    ['gloucestershire', 'Jude the Obscure is on my reading pile for half term'],
    ['gloucestershire', 'We read George and the Dragon with my class'],
    ['generic', 'Hannah from the office is leaving us'], // a colleague
    ['stnicholas', 'Our school values are Hope and Kindness'],
    ['westacre', 'We planted a Willow dome in the school garden'],
    ['gloucestershire', 'Rose Bowl quiz tonight with the staff'],
    ['westacre', 'Hope is the theme of our assembly'],
    ['cadmus', 'Poppy seeds everywhere after the lemon drizzle in the staffroom'],
    ['westacre', 'Our Amelia starts Year 1 on Monday and she has already packed her bag'], // the writer's own child
    ['cadoxton', 'Happy birthday to my beautiful daughter Nia, born 12/03/2015'],
    ['cadoxton', 'My little girl was born on the 3rd of March 2015'],
    ['westacre', 'Our new neighbour Jack Wilson has offered to help put the fence back up'],
    ['cadoxton', 'Feeling like a total numpty – turned up to work in odd shoes'],
    ['generic', 'We need to assess the children before half term'],
    ['generic', 'Phonics check next week for Year 1, fingers crossed!'], // a year group is not a result
    ['generic', 'Congratulations to all our Year 11s on their GCSE results today!'],
    ['generic', 'Year 6 sat their SATs maths paper today, so proud'],
    ['generic', 'My class are writing a story about a useless robot'], // "useless" describes the robot
    ['generic', 'Year 9 are studying Nazi Germany this term'],
    ['cadoxton', 'Beth am y trip ysgol yfory?'], // Welsh "beth" is "what", not Elizabeth
    ['generic', 'Year 4 loved learning about Henry VIII today.'],
    ['generic', 'Year 5 reading A Christmas Carol by Charles Dickens'],
    ['generic', 'Year 4 did a fab presentation about Rosa Parks'],
    ['generic', 'Year 10 are studying Romeo and Juliet'],
    ['generic', "Year 2 think it's the dog's bollocks"],
    ['generic', 'SEN meetings all afternoon, shattered'],
  ])('%s: %s', (config, draft) => {
    expect(acting(config, draft)).toEqual([]);
  });
});

describe('still caught', () => {
  test.each([
    ['cadoxton', 'So proud of our Amira Khan in Year 6!', 'pupil-name', 'Amira Khan'],
    ['westacre', 'Ruby was star of the week!', 'pupil-name', 'Ruby'],
    ['westacre', 'Leo was star of the week!', 'pupil-name', 'Leo'],
    ['gloucestershire', 'Rose was star of the week in my class!', 'pupil-name', 'Rose'],
    ['cadoxton', 'Summer read beautifully in assembly today', 'pupil-name', 'Summer'],
    ['stnicholas', 'Hope read her poem beautifully in assembly', 'pupil-name', 'Hope'],
    ['cadoxton', 'Star of the week goes to Summer for her kindness', 'pupil-name', 'Summer'],
    // One remark, one finding: the role and its verdict (contempt/target-predicate) absorbs the insult word inside it (detectors/one-remark.ts).
    ['cadoxton', 'I feel like SLT are clueless', 'derogatory', 'SLT are clueless'],
    ['cadoxton', 'Parents keep emailing me at 10pm, absolute idiots.', 'derogatory', 'idiots'],
    ['gloucestershire', 'George is back after his exclusion and he has been a different child', 'pupil-name', 'George'],
    ['westacre', 'Well done Oliver, star of the week!', 'pupil-name', 'Oliver'],
    ['generic', 'Ofsted came in on Tuesday. Requires Improvement. Gutted.', 'confidential', 'Ofsted'],
    ['generic', 'My Year 10s are feral today', 'derogatory', 'feral'],
    ['generic', 'Excluded a Year 8 boy today for bringing a knife in.', 'confidential', 'Excluded'],
    ['generic', 'Our NQT is on a support plan', 'confidential', 'support plan'],
    ['generic', 'Karen from the trust is an absolute cow.', 'derogatory', 'cow'],
    ['generic', 'Our SATs results: 85% reached expected!', 'confidential', 'SATs results'],
  ])('%s: %s', (config, draft, category, match) => {
    const found = acting(config, draft).filter((f) => f.category === category);
    expect(found.map((f) => f.match)).toEqual(Array.isArray(match) ? match : [match]);
  });
});
