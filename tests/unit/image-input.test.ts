import { describe, expect, test } from 'vitest';
import { checkDimensions, checkImageInput, ImageInputError, MAX_IMAGE_BYTES, sniffImageType } from '../../src/image/image-type';
import { darkGroundInverted, darkGroundInvertedPlane, greyPlane, planePgm, resample, resamplePlane, shrink, shrinkFactor, toGrey, toPgm } from '../../src/image/pixels';
import { isAnalysisControl, isAnalysisIdle, isAnalysisRequest } from '../../src/image/analysis-protocol';

/** Files are known by their first bytes, refused with a reason before decoding, and shrunk fairly. */
const bytes = (...values: (number | string)[]) => new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));

describe('what kind of file', () => {
  test.each([
    ['jpeg', bytes(0xff, 0xd8, 0xff, 0xe0)],
    ['png', bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a)],
    ['webp', bytes('RIFF', 0, 0, 0, 0, 'WEBP')],
    ['gif', bytes('GIF89a')],
    ['bmp', bytes('BM', 0, 0)],
    ['heic', bytes(0, 0, 0, 24, 'ftypheic')],
    [null, bytes('%PDF-1.7')],
    [null, bytes('Dear parents')],
  ])('%s', (type, data) => {
    expect(sniffImageType(data)).toBe(type);
  });

  test('an empty file, a document and an oversized file are refused with a reason', () => {
    expect(() => checkImageInput(new Uint8Array())).toThrow(new ImageInputError('the file is empty'));
    expect(() => checkImageInput(bytes('%PDF-1.7'))).toThrow(/not an image the check can read/);
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set([0xff, 0xd8, 0xff]);
    expect(() => checkImageInput(big)).toThrow(/photos over 40 MB are not checked/);
    expect(() => checkDimensions(20_000, 10_000)).toThrow(/images over 100 megapixels are not checked/);
    expect(() => checkDimensions(0, 10)).toThrow(/no pixels/);
  });
});

describe('pixels', () => {
  test('a photo over 1,600 px a side is shrunk by a whole factor, averaging each block', () => {
    expect(shrinkFactor(4032, 3024)).toBe(3);
    expect(shrinkFactor(1600, 1200)).toBe(1);
    const data = new Uint8ClampedArray(4 * 4 * 4);
    // Top-left 2×2 block: two white and two black pixels → mid grey.
    data.set([255, 255, 255, 255, 255, 255, 255, 255], 0);
    data.set([0, 0, 0, 255, 0, 0, 0, 255], 16);
    const small = shrink({ width: 4, height: 4, data }, 2);
    expect([small.width, small.height]).toEqual([2, 2]);
    expect([...small.data.slice(0, 4)]).toEqual([128, 128, 128, 255]);
  });

  test('grey by luma: white lettering stays light and dark green stays dark', () => {
    const grey = toGrey({ width: 2, height: 1, data: new Uint8ClampedArray([255, 255, 255, 255, 11, 61, 46, 255]) });
    expect([...grey.data]).toEqual([255, 255, 255, 255, 44, 44, 44, 255]);
  });
});

describe('handing pixels to the text recogniser', () => {
  test('a grey picture becomes a binary PGM file: its header, then one byte a pixel, row by row', () => {
    const grey = toGrey({ width: 3, height: 2, data: new Uint8Array([0, 0, 0, 255, 255, 255, 255, 255, 100, 100, 100, 255, 10, 10, 10, 255, 20, 20, 20, 255, 30, 30, 30, 255]) });
    const pgm = toPgm(grey);
    const header = 'P5\n3 2\n255\n';
    expect(new TextDecoder().decode(pgm.slice(0, header.length))).toBe(header);
    expect(Array.from(pgm.slice(header.length))).toEqual([0, 255, 100, 10, 20, 30]);
  });
});

describe('the text side on one byte a pixel', () => {
  // A photo of random colours with smooth patches (dark and light grounds both), made the same way each run.
  const photoOf = (width: number, height: number, seed: number) => {
    let state = seed;
    const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
    const data = new Uint8ClampedArray(width * height * 4);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const ground = (Math.floor(x / 37) + Math.floor(y / 23)) % 2 ? 40 : 200;
        const i = (y * width + x) * 4;
        for (let c = 0; c < 3; c++) data[i + c] = ground + (random() - 0.5) * 120;
        data[i + 3] = 255;
      }
    }
    return { width, height, data };
  };

  test('every step gives the PGM the RGBA steps gave, byte for byte: the whole photo shrunk or as it is, regions enlarged and turned', () => {
    for (const [width, height, seed] of [[311, 173, 1], [640, 480, 2], [97, 389, 3]] as const) {
      const photo = photoOf(width, height, seed);
      const grey = toGrey(photo);
      const plane = greyPlane(photo);
      expect(Array.from(plane.data)).toEqual(Array.from(grey.data).filter((_, i) => i % 4 === 0));
      const whole = { x: 0, y: 0, width, height };
      const cases = [
        { region: whole, scale: 1, turn: 0, radius: 48 },
        { region: whole, scale: 0.61, turn: 0, radius: 29 },
        { region: { x: 12.7, y: 30.25, width: 80.4, height: 41.9 }, scale: 2.37, turn: 0, radius: 114 },
        { region: { x: 12.7, y: 30.25, width: 80.4, height: 41.9 }, scale: 2.37, turn: -5, radius: 114 },
        { region: { x: width - 40.5, y: height - 20, width: 60, height: 30 }, scale: 4, turn: 5, radius: 192 },
      ];
      for (const { region, scale, turn, radius } of cases) {
        const before = toPgm(darkGroundInverted(resample(grey, region, scale, turn), radius));
        const after = planePgm(darkGroundInvertedPlane(resamplePlane(plane, region, scale, turn), radius));
        expect(Buffer.from(after).equals(Buffer.from(before))).toBe(true);
      }
    }
  });

  test('the whole photo at scale 1, not turned, is not copied', () => {
    const plane = greyPlane(photoOf(20, 10, 4));
    expect(resamplePlane(plane, { x: 0, y: 0, width: 20, height: 10 }, 1)).toBe(plane);
    expect(resamplePlane(plane, { x: 0, y: 0, width: 20, height: 10 }, 1, 5)).not.toBe(plane);
  });
});

describe('messages to and from the photo page', () => {
  const target = 'image-analysis';
  test('a photo to read, a change of idle time, a status question and the page\'s idle note are told apart', () => {
    expect(isAnalysisRequest({ target, name: 'a.jpg', data: 'AAAA' })).toBe(true);
    expect(isAnalysisControl({ target, name: 'a.jpg', data: 'AAAA' })).toBe(false);
    expect(isAnalysisControl({ target, control: 'release-after', ms: 1500 })).toBe(true);
    expect(isAnalysisControl({ target, control: 'status' })).toBe(true);
    expect(isAnalysisIdle({ type: 'image-analysis-idle' })).toBe(true);
    expect(isAnalysisIdle({ target, control: 'status' })).toBe(false);
  });
  test('an idle time that is not a positive number, or a control for another page, is refused', () => {
    for (const ms of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, '1000']) expect(isAnalysisControl({ target, control: 'release-after', ms })).toBe(false);
    expect(isAnalysisControl({ target: 'options', control: 'status' })).toBe(false);
    expect(isAnalysisControl({ target, control: 'unload-everything' })).toBe(false);
    expect(isAnalysisControl(null)).toBe(false);
  });
});
