import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileLearnedModel, hostilityModel, LearnedModelError, type LearnedModelData } from '../../src/engine/learned';
import { normalisedWords, wordsByPattern, wordsOf } from '../../src/engine/learned/features';
import { fold } from '../../src/engine/text/fold';
import { buildModel, serialise, DEFAULT_OPTIONS, type PipelineOptions } from '../train/pipeline';
import { staffDrafts, tweetEval } from '../train/data';
import type { Glove } from '../train/embeddings';
import { seeded } from '../train/random';

const shipped = (): LearnedModelData => JSON.parse(readFileSync(new URL('../../rules/models/hostility.json', import.meta.url), 'utf8')) as LearnedModelData;

describe('learned model data', () => {
  test('the shipped model validates, compiles and stays under 3 MB', () => {
    const size = readFileSync(new URL('../../rules/models/hostility.json', import.meta.url)).length;
    expect(size).toBeLessThan(3 * 1024 * 1024);
    const model = hostilityModel();
    expect(model.thresholds.possible).toBeGreaterThan(0);
    expect(model.thresholds.confident).toBeGreaterThanOrEqual(model.thresholds.possible);
  });

  const broken: [string, (m: LearnedModelData) => void, RegExp][] = [
    ['a missing field', (m) => delete (m.cnn as Partial<LearnedModelData['cnn']>).filters, /cnn\.filters: is required/],
    ['a truncated weight table', (m) => (m.linear.weights = m.linear.weights.slice(0, 400)), /linear\.weights: has 300 weights, expected \d+/],
    ['a table that does not match the vocabulary', (m) => (m.cnn.vocabulary += ' zzznotaword'), /cnn\.table: has \d+ values \(vocabulary × dim\), expected \d+/],
    ['thresholds in the wrong order', (m) => (m.thresholds.confident = m.thresholds.possible / 2), /thresholds\.confident: must be at least the possible threshold/],
    ['an "alone" threshold below "hold"', (m) => (m.thresholds.alone = (m.thresholds.hold ?? m.thresholds.possible) / 2), /thresholds\.alone: must be at least the hold threshold/],
    ['a bucket count that is not a power of two', (m) => (m.features.buckets = 3000), /features\.buckets: must be a power of two/],
    ['a field nobody knows', (m) => Object.assign(m.combine, { extra: 1 }), /combine: unknown field "extra"/],
    ['text where a number belongs', (m) => ((m.cnn as unknown as Record<string, unknown>)['outputBias'] = 'high'), /cnn\.outputBias: expected number, got text/],
  ];
  test.each(broken)('%s is refused with the field named', (_, breakIt, message) => {
    const data = shipped();
    breakIt(data);
    expect(() => compileLearnedModel(data, 'rules/models/test.json')).toThrow(LearnedModelError);
    expect(() => compileLearnedModel(data, 'rules/models/test.json')).toThrow(message);
    expect(() => compileLearnedModel(data, 'rules/models/test.json')).toThrow(/^rules\/models\/test\.json: /);
  });
});

describe('learned scorer', () => {
  const model = hostilityModel();

  test.each([
    'you are a fucking idiot',
    'the parents at this school are thick as shit',
    'SLT are a bunch of useless twats',
    'shut up you stupid bitch',
  ])('flags a plainly hostile draft: %s', (draft) => {
    const score = model.score(draft);
    expect(score.probability).toBeGreaterThanOrEqual(model.thresholds.possible);
    expect(score.level).not.toBe('none');
    expect(score.sentences[0]!.words.length).toBeGreaterThan(0);
  });

  test.each([
    'So proud of my year 6 today, every one of them finished the cross country',
    'Lovely sunny afternoon for sports day, thank you to all the parents who came',
    'Diolch i bawb am ddod i’r cyngerdd heno',
    'Marking pile is huge but half term starts on Friday',
  ])('stays quiet on a plainly benign draft: %s', (draft) => {
    const score = model.score(draft);
    expect(score.probability).toBeLessThan(model.thresholds.possible);
    expect(score.level).toBe('none');
  });

  test('the words that drove a score are the hostile ones, with their draft offsets', () => {
    const draft = 'Lovely day at the farm with year 2. Then a dad called me a fucking idiot at pick up.';
    const score = model.score(draft);
    expect(score.sentences).toHaveLength(2);
    const [calm, hostile] = score.sentences;
    expect(calm!.probability).toBeLessThan(hostile!.probability);
    expect(draft.slice(hostile!.start, hostile!.end)).toBe('Then a dad called me a fucking idiot at pick up');
    expect(hostile!.words[0]!.text).toBe('fucking');
    for (const word of hostile!.words) expect(draft.slice(word.start, word.end)).toBe(word.text);
    expect(hostile!.words.map((w) => w.contribution)).toEqual([...hostile!.words.map((w) => w.contribution)].sort((a, b) => b - a));
  });

  test('offsets map back to the draft through strange Unicode', () => {
    // Emoji with modifiers and joiners, an accent written as a combining mark, a zero-width space
    // inside the insult, Cyrillic look-alike letters and full-width letters.
    const draft = '👩🏽‍🏫🎉 Zoe\u0301 said the dad is a f\u200Bucking ｉｄｉｏｔ and a wаnker 🙄';
    const score = model.score(draft);
    expect(score.level).not.toBe('none');
    const words = score.sentences.flatMap((s) => s.words);
    for (const word of words) {
      expect(draft.slice(word.start, word.end)).toBe(word.text);
      expect(word.end).toBeGreaterThan(word.start);
    }
    const texts = words.map((w) => w.text);
    expect(texts).toContain('f\u200Bucking');
    expect(texts.some((t) => t === 'ｉｄｉｏｔ' || t === 'wаnker')).toBe(true);
    // Lone surrogates and control characters do not break it.
    expect(() => model.score('\uD800 you \u0000 idiot \uDFFF')).not.toThrow();
  });

  test('a draft with no words scores zero and has no sentences', () => {
    for (const draft of ['', '   ', '...!!!']) {
      const score = model.score(draft);
      expect(score.probability).toBe(0);
      expect(score.sentences).toEqual([]);
    }
  });

  test('a huge draft is read from its start only and says so', () => {
    const sentence = 'What a lovely day at school. ';
    const draft = sentence.repeat(40_000) + 'you are a fucking idiot';
    const score = model.score(draft);
    expect(score.truncated).toBe(true);
    expect(score.level).toBe('none');
    expect(score.sentences.length).toBeGreaterThan(1000);
    expect(score.sentences.at(-1)!.end).toBeLessThanOrEqual(64_000);
    const short = model.score(sentence.repeat(3) + 'you are a fucking idiot');
    expect(short.truncated).toBe(false);
    expect(short.level).not.toBe('none');
  });

  test('pathological drafts: one enormous word, only emoji, only line breaks', () => {
    expect(model.score('a'.repeat(200_000)).truncated).toBe(true);
    const emoji = model.score('🙄'.repeat(5_000));
    for (const s of emoji.sentences) for (const w of s.words) expect(w.text).toBe('🙄');
    expect(model.score('\r\n'.repeat(10_000)).sentences).toEqual([]);
  });

  test('a long sentence is read in windows, each underlined within the draft', () => {
    const draft = Array.from({ length: 300 }, (_, i) => (i === 250 ? 'twat' : 'word')).join(' ');
    const score = model.score(draft);
    expect(score.sentences.length).toBeGreaterThan(3);
    const hit = score.sentences.find((s) => s.words.some((w) => w.text === 'twat'));
    expect(hit).toBeDefined();
    expect(hit!.start).toBeLessThanOrEqual(draft.indexOf('twat'));
  });
});

describe('the scorer\'s fast paths', () => {
  const model = hostilityModel();

  test('the hand-written word scan finds exactly the words of the defining pattern', () => {
    // Every TweetEval validation tweet and staff draft, and random strings over the characters the
    // scan treats specially (URLs, marks inside words, emoji, lone surrogates, Unicode spaces).
    const texts = [...tweetEval('val'), ...staffDrafts().dev].map((e) => e.text);
    const alphabet = ['a', 'Z', '1', '*', '$', '@', '#', '!', '-', '_', "'", ' ', '\n', '.', 'h', 'w', 'http://', 'https://', 'www.', '😀', '🖕', 'é', 'ß', '\u00a0', '\u2028', '\uD800', '\uDC00', '𝐀', '٣', '\u200D', '™', '©'];
    const random = seeded(7);
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      const n = Math.floor(random() * 16);
      for (let i = 0; i < n; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      texts.push(text);
    }
    for (const text of texts) {
      const folded = fold(text).text;
      expect(wordsOf(folded), JSON.stringify(folded)).toEqual(wordsByPattern(folded));
    }
  });

  test('a draft the caller has already folded scores exactly as one folded here', () => {
    for (const draft of ['Then a dad called me a fucking idiot at pick up.', '👩🏽‍🏫 Zoe\u0301 said the dad is a ｉｄｉｏｔ', 'Lovely day. Thank you all!']) {
      expect(model.score(draft, { folded: fold(draft) })).toEqual(model.score(draft));
    }
  });

  test('scores do not depend on what was scored before (the per-word cache is invisible)', () => {
    const draft = 'the parents at this school are thick as shit';
    const fresh = compileLearnedModel(shipped()).score(draft);
    const busy = compileLearnedModel(shipped());
    // More distinct words than the cache keeps, so it is emptied on the way.
    for (let i = 0; i < 25_000; i += 500) busy.score(Array.from({ length: 500 }, (_, k) => `w${i + k}`).join(' '));
    expect(busy.score(draft)).toEqual(fresh);
  });
});

describe('trainer', () => {
  // A small subset with made-up vectors (seeded), so the whole pipeline runs in a second or two.
  function tinyRun(seed: number, extra: Partial<PipelineOptions> = {}): string {
    const train = [...tweetEval('train').slice(0, 240), ...staffDrafts().train.slice(0, 60)].map((e) => ({ ...e, weight: 1 }));
    const validation = tweetEval('val').slice(0, 120);
    const words = [...new Set([...train, ...validation].flatMap((e) => normalisedWords(e.text)))].sort();
    const random = seeded(99);
    const vectors = new Map(words.map((w) => [w, Float32Array.from({ length: 8 }, () => random() * 2 - 1)]));
    const glove: Glove = { dimensions: 8, words, vector: (w) => vectors.get(w) };
    const options: PipelineOptions = {
      ...DEFAULT_OPTIONS,
      seed,
      sparse: { ...DEFAULT_OPTIONS.sparse, buckets: 4096 },
      linear: { ...DEFAULT_OPTIONS.linear, epochs: 2 },
      cnn: { ...DEFAULT_OPTIONS.cnn, dim: 4, filters: 6, epochs: 2 },
      extraVocabulary: 0,
      ...extra,
    };
    return serialise(buildModel({ train, validation, glove, sources: [{ name: 'subset', examples: train.length, weight: '1' }] }, options));
  }

  test('two runs on the same data write the same bytes; another seed does not', () => {
    const first = tinyRun(7);
    expect(tinyRun(7)).toBe(first);
    expect(tinyRun(8)).not.toBe(first);
    const model = compileLearnedModel(JSON.parse(first));
    expect(model.score('what a fucking idiot').sentences).toHaveLength(1);
  });

  test('the variants of the model card (mean of several shuffles, doubtful positives, pairwise loss) are reproducible and change the weights', () => {
    const linearOf = (json: string) => (JSON.parse(json) as { linear: { weights: string } }).linear.weights;
    // The model before issue 11's third session: one logistic linear model; the shipped one averages
    // pairwise-trained models.
    const single = { ...DEFAULT_OPTIONS.linear, epochs: 2, learningRate: 0.2, seeds: 1, loss: 'logistic' as const };
    const plain = tinyRun(7, { linear: single });
    expect(tinyRun(7)).not.toBe(plain);
    const variants: Partial<PipelineOptions>[] = [
      { linear: { ...single, seeds: 3 } },
      { linear: single, doubtfulPositives: 1 },
      { linear: { ...single, loss: 'pairwise' } },
    ];
    for (const extra of variants) {
      const variant = tinyRun(7, extra);
      expect(tinyRun(7, extra)).toBe(variant);
      expect(linearOf(variant)).not.toBe(linearOf(plain));
      expect(compileLearnedModel(JSON.parse(variant)).score('what a fucking idiot').sentences).toHaveLength(1);
    }
  });
});

describe('training data', () => {
  test('no training draft is a draft of the engine corpora the model is measured on', async () => {
    const { engineCorpus } = await import('../train/data');
    const key = (text: string) => normalisedWords(text).join(' ');
    const measured = new Set([...engineCorpus('drafts.jsonl'), ...engineCorpus('heldout.jsonl')].map((d) => key(d.text)));
    const { train, dev } = staffDrafts();
    const overlap = [...train, ...dev].filter((e) => measured.has(key(e.text))).map((e) => e.id);
    expect(overlap).toEqual([]);
    expect(train.length + dev.length).toBeGreaterThan(500);
  });
});
