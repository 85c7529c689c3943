/**
 * A decoded photo as RGBA bytes, the one form every reader takes: the browser gets it from a
 * canvas, the command line from a JPEG or PNG decoder.
 */
export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row by row. */
  data: Uint8Array | Uint8ClampedArray;
}

/**
 * Photos are read at most this size on their longer side: text a person can read on a phone
 * survives it, faces need far less, and a 48-megapixel photo would otherwise cost seconds.
 */
export const MAX_SIDE = 1600;

/** The scale that brings a photo within `MAX_SIDE`, as a whole number (1 = as it is). */
export function shrinkFactor(width: number, height: number, maxSide = MAX_SIDE): number {
  return Math.max(1, Math.ceil(Math.max(width, height) / maxSide));
}

/** Shrinks by averaging each k×k block (a box filter): cheap, and kinder to small text than skipping pixels. */
export function shrink(pixels: Pixels, maxSide = MAX_SIDE): Pixels {
  const k = shrinkFactor(pixels.width, pixels.height, maxSide);
  if (k === 1) return pixels;
  const width = Math.floor(pixels.width / k);
  const height = Math.floor(pixels.height / k);
  const data = new Uint8ClampedArray(width * height * 4);
  const area = k * k;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let dy = 0; dy < k; dy++) {
        let i = ((y * k + dy) * pixels.width + x * k) * 4;
        for (let dx = 0; dx < k; dx++, i += 4) {
          r += pixels.data[i]!;
          g += pixels.data[i + 1]!;
          b += pixels.data[i + 2]!;
          a += pixels.data[i + 3]!;
        }
      }
      const o = (y * width + x) * 4;
      data[o] = r / area;
      data[o + 1] = g / area;
      data[o + 2] = b / area;
      data[o + 3] = a / area;
    }
  }
  return { width, height, data };
}

/** RGB as floats 0–255, the layout the face model's input tensor takes. */
export function rgbFloats(pixels: Pixels): Float32Array {
  const out = new Float32Array(pixels.width * pixels.height * 3);
  for (let i = 0, o = 0; i < pixels.data.length; i += 4) {
    out[o++] = pixels.data[i]!;
    out[o++] = pixels.data[i + 1]!;
    out[o++] = pixels.data[i + 2]!;
  }
  return out;
}

/**
 * Grey by luma (ITU-R BT.601). Text recognition is given this rather than colour: its own colour
 * conversion loses white lettering on a dark green or blue sign (the commonest school sign) that
 * reads perfectly in luma grey.
 */
export function toGrey(pixels: Pixels): Pixels {
  const data = new Uint8ClampedArray(pixels.data.length);
  for (let i = 0; i < data.length; i += 4) {
    const luma = 0.299 * pixels.data[i]! + 0.587 * pixels.data[i + 1]! + 0.114 * pixels.data[i + 2]!;
    data[i] = data[i + 1] = data[i + 2] = luma;
    data[i + 3] = 255;
  }
  return { width: pixels.width, height: pixels.height, data };
}

/** A part of a photo, in its own pixels. */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * One region of a grey photo, scaled by `scale` and turned by `degrees` about its centre
 * (bilinear; what falls outside the photo is white, like paper). The text reader uses it to
 * read a line of small or slightly tilted lettering again, larger and straightened.
 */
export function resample(grey: Pixels, region: Region, scale: number, degrees = 0): Pixels {
  const width = Math.max(1, Math.round(region.width * scale));
  const height = Math.max(1, Math.round(region.height * scale));
  const data = new Uint8ClampedArray(width * height * 4);
  const cos = Math.cos((degrees * Math.PI) / 180);
  const sin = Math.sin((degrees * Math.PI) / 180);
  const cx = region.x + region.width / 2;
  const cy = region.y + region.height / 2;
  const at = (x: number, y: number) => (x < 0 || y < 0 || x >= grey.width || y >= grey.height ? 255 : grey.data[(y * grey.width + x) * 4]!);
  for (let oy = 0; oy < height; oy++) {
    for (let ox = 0; ox < width; ox++) {
      // From the output pixel back to the photo: undo the scale, then the turn.
      const dx = (ox + 0.5) / scale - region.width / 2;
      const dy = (oy + 0.5) / scale - region.height / 2;
      const sx = cx + dx * cos - dy * sin - 0.5;
      const sy = cy + dx * sin + dy * cos - 0.5;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const fx = sx - x0;
      const fy = sy - y0;
      const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
      const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
      const o = (oy * width + ox) * 4;
      data[o] = data[o + 1] = data[o + 2] = top * (1 - fy) + bottom * fy;
      data[o + 3] = 255;
    }
  }
  return { width, height, data };
}

/**
 * Light lettering on a dark ground (most school signs: white on green, navy, maroon) turned dark
 * on light, everything else left as it is: each grey pixel whose neighbourhood (a square `radius`
 * pixels either side, averaged with an integral image) is dark is inverted. The text recogniser
 * reads dark-on-light; asked to try every unsure line inverted as well, it takes two to three
 * times as long on a busy photo, so the polarity is settled here once, cheaply.
 */
export function darkGroundInverted(grey: Pixels, radius = 48, darkBelow = 110): Pixels {
  const { width, height } = grey;
  const sums = new Float64Array((width + 1) * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += grey.data[(y * width + x) * 4]!;
      sums[(y + 1) * (width + 1) + x + 1] = sums[y * (width + 1) + x + 1]! + row;
    }
  }
  const data = new Uint8ClampedArray(grey.data.length);
  for (let y = 0; y < height; y++) {
    const y0 = Math.max(0, y - radius);
    const y1 = Math.min(height, y + radius + 1);
    for (let x = 0; x < width; x++) {
      const x0 = Math.max(0, x - radius);
      const x1 = Math.min(width, x + radius + 1);
      const total = sums[y1 * (width + 1) + x1]! - sums[y0 * (width + 1) + x1]! - sums[y1 * (width + 1) + x0]! + sums[y0 * (width + 1) + x0]!;
      const mean = total / ((x1 - x0) * (y1 - y0));
      const i = (y * width + x) * 4;
      const value = grey.data[i]!;
      data[i] = data[i + 1] = data[i + 2] = mean < darkBelow ? 255 - value : value;
      data[i + 3] = 255;
    }
  }
  return { width, height, data };
}

/**
 * A grey picture as a binary PGM file (one byte a pixel, no compression), the form handed to the
 * text recogniser: its image library reads PGM natively, so nothing is spent compressing a PNG on
 * one side and inflating it on the other (about a tenth of a second a photo, on the page's thread
 * in the browser). Takes the red channel, which is the grey level in `toGrey`'s output.
 */
export function toPgm(grey: Pixels): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${grey.width} ${grey.height}\n255\n`);
  const out = new Uint8Array(header.length + grey.width * grey.height);
  out.set(header);
  for (let i = 0, o = header.length; i < grey.data.length; i += 4) out[o++] = grey.data[i]!;
  return out;
}

/**
 * A grey picture, one byte a pixel: what the text side works on. The same values as `toGrey`,
 * `resample`, `darkGroundInverted` and `toPgm` give (the same arithmetic, pixel for pixel, stored
 * the same way; tests/unit/image-input.test.ts compares them byte for byte), at a quarter of the
 * memory written and read: those steps ran on RGBA copies whose four bytes were three times the
 * same grey, 0.05–0.15 s of CPU a large photo on the analysis page's thread.
 */
export interface GreyPlane {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** `toGrey`, one byte a pixel. */
export function greyPlane(pixels: Pixels): GreyPlane {
  const { width, height } = pixels;
  const data = new Uint8ClampedArray(width * height);
  const src = pixels.data;
  for (let i = 0, o = 0; o < data.length; i += 4, o++) data[o] = 0.299 * src[i]! + 0.587 * src[i + 1]! + 0.114 * src[i + 2]!;
  return { width, height, data };
}

/**
 * `resample`, one byte a pixel. The whole picture at scale 1, not turned, is the picture itself
 * (every output pixel falls exactly on its input pixel: `resample` copies it), so it is returned as it is.
 */
export function resamplePlane(grey: GreyPlane, region: Region, scale: number, degrees = 0): GreyPlane {
  if (scale === 1 && degrees === 0 && region.x === 0 && region.y === 0 && region.width === grey.width && region.height === grey.height) return grey;
  const width = Math.max(1, Math.round(region.width * scale));
  const height = Math.max(1, Math.round(region.height * scale));
  const data = new Uint8ClampedArray(width * height);
  const cos = Math.cos((degrees * Math.PI) / 180);
  const sin = Math.sin((degrees * Math.PI) / 180);
  const cx = region.x + region.width / 2;
  const cy = region.y + region.height / 2;
  const gw = grey.width;
  const gh = grey.height;
  const src = grey.data;
  const at = (x: number, y: number) => (x < 0 || y < 0 || x >= gw || y >= gh ? 255 : src[y * gw + x]!);
  for (let oy = 0, o = 0; oy < height; oy++) {
    const dy = (oy + 0.5) / scale - region.height / 2;
    for (let ox = 0; ox < width; ox++, o++) {
      const dx = (ox + 0.5) / scale - region.width / 2;
      const sx = cx + dx * cos - dy * sin - 0.5;
      const sy = cy + dx * sin + dy * cos - 0.5;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const fx = sx - x0;
      const fy = sy - y0;
      const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
      const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
      data[o] = top * (1 - fy) + bottom * fy;
    }
  }
  return { width, height, data };
}

/** `darkGroundInverted`, one byte a pixel. */
export function darkGroundInvertedPlane(grey: GreyPlane, radius = 48, darkBelow = 110): GreyPlane {
  const { width, height } = grey;
  const src = grey.data;
  const stride = width + 1;
  const sums = new Float64Array(stride * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += src[y * width + x]!;
      sums[(y + 1) * stride + x + 1] = sums[y * stride + x + 1]! + row;
    }
  }
  const data = new Uint8ClampedArray(width * height);
  for (let y = 0; y < height; y++) {
    const y0 = Math.max(0, y - radius);
    const y1 = Math.min(height, y + radius + 1);
    for (let x = 0; x < width; x++) {
      const x0 = Math.max(0, x - radius);
      const x1 = Math.min(width, x + radius + 1);
      const total = sums[y1 * stride + x1]! - sums[y0 * stride + x1]! - sums[y1 * stride + x0]! + sums[y0 * stride + x0]!;
      const mean = total / ((x1 - x0) * (y1 - y0));
      const i = y * width + x;
      const value = src[i]!;
      data[i] = mean < darkBelow ? 255 - value : value;
    }
  }
  return { width, height, data };
}

/** `toPgm`, from one byte a pixel. */
export function planePgm(grey: GreyPlane): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${grey.width} ${grey.height}\n255\n`);
  const out = new Uint8Array(header.length + grey.data.length);
  out.set(header);
  out.set(grey.data, header.length);
  return out;
}
