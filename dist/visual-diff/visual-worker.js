import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);

// src/visual/worker.ts
import { parentPort } from "node:worker_threads";

// src/visual/arena.ts
var DEFAULT_MAX_RETAINED = 160 * 1024 * 1024;
var GROWTH_STEP = 1024 * 1024;
var BufferArena = class {
  constructor(maxRetained = DEFAULT_MAX_RETAINED) {
    this.maxRetained = maxRetained;
  }
  maxRetained;
  kept = /* @__PURE__ */ new Map();
  /** Per zeroed() slot, the byte range written since it was handed out (what the next zeroed() clears). */
  dirty = /* @__PURE__ */ new Map();
  /**
   * `bytes` bytes for `slot`, contents undefined, at offset 0 of an ArrayBuffer of their own (never Node's shared
   * pool). The same slot's previous buffer is reused when large enough: its earlier contents are gone.
   */
  take(slot, bytes) {
    const kept = this.kept.get(slot);
    if (kept && kept.length >= bytes) return kept.subarray(0, bytes);
    return this.obtain(slot, bytes, (n) => Buffer.allocUnsafeSlow(n));
  }
  /**
   * `take`, zero-filled. A new buffer comes zeroed from the system untouched (its pages fault only where written
   * later); a kept one gets the range its writers declared with dirtied() cleared \u2014 not all of it, which would
   * touch pages nothing ever wrote. Writers into a zeroed() buffer must declare every range they write.
   */
  zeroed(slot, bytes) {
    const kept = this.kept.get(slot);
    const range = this.dirty.get(slot);
    this.dirty.delete(slot);
    if (kept && kept.length >= bytes) {
      if (range) kept.fill(0, range[0], range[1]);
      return kept.subarray(0, bytes);
    }
    return this.obtain(slot, bytes, (n) => Buffer.alloc(n));
  }
  /** Declares bytes [from, to) of a zeroed() slot written (so the next zeroed() of the slot clears them). */
  dirtied(slot, from, to) {
    const r = this.dirty.get(slot);
    this.dirty.set(slot, r ? [Math.min(r[0], from), Math.max(r[1], to)] : [from, to]);
  }
  /** Bytes kept between pairs (for tests). */
  retainedBytes() {
    let n = 0;
    for (const b of this.kept.values()) n += b.length;
    return n;
  }
  /** A new buffer for `slot` (its old one, too small, dropped), kept while the arena stays within its bound. */
  obtain(slot, bytes, alloc) {
    this.kept.delete(slot);
    const size = Math.ceil(bytes / GROWTH_STEP) * GROWTH_STEP;
    if (this.retainedBytes() + size > this.maxRetained) return alloc(bytes);
    const fresh = alloc(size);
    this.kept.set(slot, fresh);
    return fresh.subarray(0, bytes);
  }
};
var FRESH = {
  take: (_slot, bytes) => Buffer.allocUnsafeSlow(bytes),
  zeroed: (_slot, bytes) => Buffer.alloc(bytes),
  dirtied: () => {
  }
};
var OneAtATime = class {
  pending = 0;
  chain = Promise.resolve();
  run(task) {
    this.pending++;
    const counted = () => task().finally(() => this.pending--);
    const done = this.chain.then(counted, counted);
    this.chain = done.catch(() => {
    });
    return done;
  }
};

// src/visual/options.ts
var DEFAULT_OPTIONS = Object.freeze({
  threshold: 0.1,
  includeAA: false,
  alpha: 0.1,
  maxDiffPixels: null,
  maxDiffRatio: null,
  subtleThreshold: 0.02,
  ignore: [],
  mask: null
});
function allowedPixels(o, area) {
  let allowed = Number.MAX_SAFE_INTEGER;
  if (o.maxDiffPixels !== null) allowed = Math.min(allowed, o.maxDiffPixels);
  if (o.maxDiffRatio !== null) allowed = Math.min(allowed, Math.floor(o.maxDiffRatio * area));
  return allowed === Number.MAX_SAFE_INTEGER ? 0 : allowed;
}

// node_modules/pixelmatch/index.js
function pixelmatch(img1, img2, output, width, height, options = {}) {
  const {
    threshold = 0.1,
    alpha = 0.1,
    aaColor = [255, 255, 0],
    diffColor = [255, 0, 0],
    checkerboard = true,
    includeAA,
    diffColorAlt,
    diffMask
  } = options;
  if (!isPixelData(img1) || !isPixelData(img2) || output && !isPixelData(output))
    throw new Error("Image data: Uint8Array, Uint8ClampedArray or Buffer expected.");
  if (img1.length !== img2.length || output && output.length !== img1.length)
    throw new Error(`Image sizes do not match. Image 1 size: ${img1.length}, image 2 size: ${img2.length}`);
  if (img1.length !== width * height * 4) throw new Error(`Image data size does not match width/height. Expecting ${width * height * 4}. Got ${img1.length}`);
  const len = width * height;
  const a32 = new Uint32Array(img1.buffer, img1.byteOffset, len);
  const b32 = new Uint32Array(img2.buffer, img2.byteOffset, len);
  let identical = true;
  for (let i = 0; i < len; i++) {
    if (a32[i] !== b32[i]) {
      identical = false;
      break;
    }
  }
  if (identical) {
    if (output && !diffMask) {
      for (let i = 0, pos = 0; i < len; i++, pos += 4) drawGrayPixel(img1, pos, alpha, output);
    }
    return 0;
  }
  const maxDelta = 35215 * threshold * threshold;
  const [aaR, aaG, aaB] = aaColor;
  const [diffR, diffG, diffB] = diffColor;
  const [altR, altG, altB] = diffColorAlt || diffColor;
  let diff = 0;
  for (let i = 0, pos = 0; i < len; i++, pos += 4) {
    const delta = a32[i] === b32[i] ? 0 : colorDelta(img1, img2, pos, pos, checkerboard);
    if (Math.abs(delta) > maxDelta) {
      const x = i % width;
      const y = i / width | 0;
      const isExcludedAA = !includeAA && (antialiased(img1, x, y, width, height, a32, b32, checkerboard) || antialiased(img2, x, y, width, height, b32, a32, checkerboard));
      if (isExcludedAA) {
        if (output && !diffMask) drawPixel(output, pos, aaR, aaG, aaB);
      } else {
        if (output) {
          if (delta < 0) {
            drawPixel(output, pos, altR, altG, altB);
          } else {
            drawPixel(output, pos, diffR, diffG, diffB);
          }
        }
        diff++;
      }
    } else if (output && !diffMask) {
      drawGrayPixel(img1, pos, alpha, output);
    }
  }
  return diff;
}
function isPixelData(arr) {
  return ArrayBuffer.isView(arr) && arr.BYTES_PER_ELEMENT === 1;
}
function antialiased(img, x1, y1, width, height, a32, b32, checkerboard) {
  const x0 = Math.max(x1 - 1, 0);
  const y0 = Math.max(y1 - 1, 0);
  const x2 = Math.min(x1 + 1, width - 1);
  const y2 = Math.min(y1 + 1, height - 1);
  const pos4 = (y1 * width + x1) * 4;
  const cr = img[pos4];
  const cg = img[pos4 + 1];
  const cb = img[pos4 + 2];
  const ca = img[pos4 + 3];
  let zeroes = x1 === x0 || x1 === x2 || y1 === y0 || y1 === y2 ? 1 : 0;
  let min = 0;
  let max = 0;
  let minX = 0;
  let minY = 0;
  let maxX = 0;
  let maxY = 0;
  for (let x = x0; x <= x2; x++) {
    for (let y = y0; y <= y2; y++) {
      if (x === x1 && y === y1) continue;
      const delta = brightnessDelta(img, pos4, (y * width + x) * 4, cr, cg, cb, ca, checkerboard);
      if (delta === 0) {
        zeroes++;
        if (zeroes > 2) return false;
      } else if (delta < min) {
        min = delta;
        minX = x;
        minY = y;
      } else if (delta > max) {
        max = delta;
        maxX = x;
        maxY = y;
      }
    }
  }
  if (min === 0 || max === 0) return false;
  return hasManySiblings(a32, minX, minY, width, height) && hasManySiblings(b32, minX, minY, width, height) || hasManySiblings(a32, maxX, maxY, width, height) && hasManySiblings(b32, maxX, maxY, width, height);
}
function hasManySiblings(img, x1, y1, width, height) {
  const x0 = Math.max(x1 - 1, 0);
  const y0 = Math.max(y1 - 1, 0);
  const x2 = Math.min(x1 + 1, width - 1);
  const y2 = Math.min(y1 + 1, height - 1);
  const val = img[y1 * width + x1];
  let zeroes = x1 === x0 || x1 === x2 || y1 === y0 || y1 === y2 ? 1 : 0;
  for (let x = x0; x <= x2; x++) {
    for (let y = y0; y <= y2; y++) {
      if (x === x1 && y === y1) continue;
      zeroes += +(val === img[y * width + x]);
      if (zeroes > 2) return true;
    }
  }
  return false;
}
function colorDelta(img1, img2, k, m, checkerboard) {
  const r1 = img1[k];
  const g1 = img1[k + 1];
  const b1 = img1[k + 2];
  const a1 = img1[k + 3];
  const r2 = img2[m];
  const g2 = img2[m + 1];
  const b2 = img2[m + 2];
  const a2 = img2[m + 3];
  let dr = r1 - r2;
  let dg = g1 - g2;
  let db = b1 - b2;
  const da = a1 - a2;
  if (a1 < 255 || a2 < 255) {
    let rb = 255, gb = 255, bb = 255;
    if (checkerboard) {
      rb = 48 + 159 * (k % 2);
      gb = 48 + 159 * ((k / 1.618033988749895 | 0) % 2);
      bb = 48 + 159 * ((k / 2.618033988749895 | 0) % 2);
    }
    dr = (r1 * a1 - r2 * a2 - rb * da) / 255;
    dg = (g1 * a1 - g2 * a2 - gb * da) / 255;
    db = (b1 * a1 - b2 * a2 - bb * da) / 255;
  }
  const y = dr * 0.29889531 + dg * 0.58662247 + db * 0.11448223;
  const i = dr * 0.59597799 - dg * 0.2741761 - db * 0.32180189;
  const q = dr * 0.21147017 - dg * 0.52261711 + db * 0.31114694;
  const delta = 0.5053 * y * y + 0.299 * i * i + 0.1957 * q * q;
  return y > 0 ? -delta : delta;
}
function brightnessDelta(img, k, m, r1, g1, b1, a1, checkerboard) {
  const r2 = img[m];
  const g2 = img[m + 1];
  const b2 = img[m + 2];
  const a2 = img[m + 3];
  let dr = r1 - r2;
  let dg = g1 - g2;
  let db = b1 - b2;
  const da = a1 - a2;
  if (!dr && !dg && !db && !da) return 0;
  if (a1 < 255 || a2 < 255) {
    let rb = 255, gb = 255, bb = 255;
    if (checkerboard) {
      rb = 48 + 159 * (k % 2);
      gb = 48 + 159 * ((k / 1.618033988749895 | 0) % 2);
      bb = 48 + 159 * ((k / 2.618033988749895 | 0) % 2);
    }
    dr = (r1 * a1 - r2 * a2 - rb * da) / 255;
    dg = (g1 * a1 - g2 * a2 - gb * da) / 255;
    db = (b1 * a1 - b2 * a2 - bb * da) / 255;
  }
  return dr * 0.29889531 + dg * 0.58662247 + db * 0.11448223;
}
function drawPixel(output, pos, r, g, b) {
  output[pos] = r;
  output[pos + 1] = g;
  output[pos + 2] = b;
  output[pos + 3] = 255;
}
function drawGrayPixel(img, i, alpha, output) {
  const val = 255 + (img[i] * 0.29889531 + img[i + 1] * 0.58662247 + img[i + 2] * 0.11448223 - 255) * alpha * img[i + 3] / 255;
  drawPixel(output, i, val, val, val);
}

// src/visual/diff.ts
var AA_REACH = 2;
var AREA = 3;
var BAND_GAP = 2 * AA_REACH;
function differingBands(a, b) {
  const { width, height } = a;
  const w4 = width * 4;
  const bands = [];
  let first = -1;
  let last = -1;
  for (let y = 0, s = 0; y < height; y++, s += w4) {
    if (a.data.compare(b.data, s, s + w4, s, s + w4) === 0) continue;
    if (first >= 0 && y - last - 1 > BAND_GAP) {
      bands.push([first, last]);
      first = y;
    } else if (first < 0) first = y;
    last = y;
  }
  if (first >= 0) bands.push([first, last]);
  return bands;
}
var SLICE_ROWS = 128;
function* slices(first, last, height, rows = SLICE_ROWS) {
  for (let y0 = first; y0 <= last; y0 += rows) {
    const y1 = Math.min(last, y0 + rows - 1);
    yield { y0, y1, top: Math.max(0, y0 - AA_REACH), bottom: Math.min(height - 1, y1 + AA_REACH) };
  }
}
var opaqueCache = /* @__PURE__ */ new WeakMap();
function opaque(img) {
  if (img.opaque === true) return true;
  let known = opaqueCache.get(img);
  if (known === void 0) {
    const d = img.data;
    known = true;
    for (let i = 3; i < d.length; i += 4)
      if (d[i] !== 255) {
        known = false;
        break;
      }
    opaqueCache.set(img, known);
  }
  return known;
}
function markDiff(a, b, threshold, includeAA, buffers = FRESH, slot = "marks") {
  const { width, height } = a;
  const w4 = width * 4;
  const marks = buffers.zeroed(slot, width * height * 4);
  let scratch = null;
  let diffPixels = 0;
  const box = new BoxBuilder();
  const markedRows = [];
  if (!opaque(a) || !opaque(b)) {
    diffPixels = pixelmatch(a.data, b.data, marks, width, height, { threshold, includeAA, diffMask: true });
    buffers.dirtied(slot, 0, marks.length);
    box.addMarks(marks, width, 0);
    if (diffPixels > 0) markedRows.push([0, height - 1]);
    return { diffPixels, marks, box: box.region(), markedRows };
  }
  for (const [first, last] of differingBands(a, b)) {
    for (const { y0, y1, top, bottom } of slices(first, last, height)) {
      const s = top * w4;
      const e = (bottom + 1) * w4;
      scratch ??= buffers.take("slice", Math.min(height, SLICE_ROWS + 2 * AA_REACH) * w4);
      const out = scratch.subarray(0, e - s);
      out.fill(0);
      const all = pixelmatch(a.data.subarray(s, e), b.data.subarray(s, e), out, width, bottom - top + 1, {
        threshold,
        includeAA,
        diffMask: true
      });
      if (all === 0) continue;
      const own = out.subarray((y0 - top) * w4, (y1 - top + 1) * w4);
      const mine = all - countMarks(out.subarray(0, (y0 - top) * w4)) - countMarks(out.subarray((y1 - top + 1) * w4));
      if (mine === 0) continue;
      diffPixels += mine;
      marks.set(own, y0 * w4);
      buffers.dirtied(slot, y0 * w4, y0 * w4 + own.length);
      box.addMarks(own, width, y0);
      const prev = markedRows[markedRows.length - 1];
      if (prev && prev[1] === y0 - 1) prev[1] = y1;
      else markedRows.push([y0, y1]);
    }
  }
  return { diffPixels, marks, box: box.region(), markedRows };
}
function countMarks(m) {
  let n = 0;
  for (let i = 3; i < m.length; i += 4) if (m[i] !== 0) n++;
  return n;
}
var BoxBuilder = class {
  minX = Infinity;
  minY = Infinity;
  maxX = -1;
  maxY = -1;
  /**
   * Adds the marks of a diffMask output (marked: alpha 255; unmarked: all four bytes 0) whose first row is
   * image row `y0`. Buffer#indexOf jumps to the next marked row, lastIndexOf finds that row's last mark.
   */
  addMarks(m, width, y0) {
    const w4 = width * 4;
    let pos = m.indexOf(255);
    while (pos >= 0) {
      const y = Math.floor(pos / w4);
      const rowStart = y * w4;
      const rowEnd = rowStart + w4;
      const x0 = pos - rowStart >> 2;
      const x1 = m.lastIndexOf(255, rowEnd - 1) - rowStart >> 2;
      if (y0 + y < this.minY) this.minY = y0 + y;
      if (y0 + y > this.maxY) this.maxY = y0 + y;
      if (x0 < this.minX) this.minX = x0;
      if (x1 > this.maxX) this.maxX = x1;
      pos = rowEnd < m.length ? m.indexOf(255, rowEnd) : -1;
    }
  }
  region() {
    if (this.maxX < 0) return null;
    return {
      x: this.minX,
      y: this.minY,
      width: this.maxX - this.minX + 1,
      height: this.maxY - this.minY + 1
    };
  }
};
function solidArea(marks, width, height) {
  if (width < AREA || height < AREA) return { pixels: 0, box: null };
  const m32 = new Uint32Array(marks.buffer, marks.byteOffset, width * height);
  const on = (x, y) => m32[y * width + x] !== 0;
  const core = new Uint8Array(width * height);
  let anyCore = false;
  for (let y = 1; y < height - 1; y++)
    for (let x = 1; x < width - 1; x++) {
      if (!on(x, y)) continue;
      let all = true;
      for (let dy = -1; dy <= 1 && all; dy++) for (let dx = -1; dx <= 1 && all; dx++) all = on(x + dx, y + dy);
      if (all) {
        core[y * width + x] = 1;
        anyCore = true;
      }
    }
  if (!anyCore) return { pixels: 0, box: null };
  let pixels = 0;
  let minX = width;
  let minY = height;
  let maxX = -1;
  let maxY = -1;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      let near = false;
      for (let dy = -1; dy <= 1 && !near; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= height) continue;
        for (let dx = -1; dx <= 1 && !near; dx++) {
          const xx = x + dx;
          if (xx >= 0 && xx < width && core[yy * width + xx] === 1) near = true;
        }
      }
      if (!near) continue;
      pixels++;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  return { pixels, box: { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1 } };
}
function growBox(box, margin, width, height) {
  const x = Math.max(0, box.x - margin);
  const y = Math.max(0, box.y - margin);
  return {
    x,
    y,
    width: Math.min(width, box.x + box.width + margin) - x,
    height: Math.min(height, box.y + box.height + margin) - y
  };
}
function drawDiff(a, b, box, threshold, includeAA, style = {}, overwriteCurrent = false, buffers = FRESH) {
  let outer = growBox(box, AA_REACH, a.width, a.height);
  if (outer.width * 2 >= a.width) outer = { ...outer, x: 0, width: a.width };
  const whole = !opaque(a) || !opaque(b);
  if (whole) outer = { x: 0, y: 0, width: a.width, height: a.height };
  const ca = cropImage(a, outer);
  const cb = cropImage(b, outer);
  const w4 = outer.width * 4;
  const drawn = overwriteCurrent ? cb.data : Buffer.allocUnsafe(outer.height * w4);
  const rowsPerSlice = whole ? outer.height : SLICE_ROWS;
  const sliceBytes = Math.min(outer.height, rowsPerSlice + 2 * AA_REACH) * w4;
  const scratch = [];
  let pending = null;
  let k = 0;
  for (const { y0, y1, top, bottom } of slices(0, outer.height - 1, outer.height, rowsPerSlice)) {
    const s = top * w4;
    const e = (bottom + 1) * w4;
    const out = (scratch[k] ??= buffers.take(`draw-slice-${k}`, sliceBytes)).subarray(0, e - s);
    k ^= 1;
    pixelmatch(ca.data.subarray(s, e), cb.data.subarray(s, e), out, outer.width, bottom - top + 1, {
      threshold,
      includeAA,
      ...style
    });
    if (pending) drawn.set(pending.rows, pending.at);
    pending = { rows: out.subarray((y0 - top) * w4, (y1 - top + 1) * w4), at: y0 * w4 };
  }
  if (pending) drawn.set(pending.rows, pending.at);
  return cropImage(
    { width: outer.width, height: outer.height, data: drawn },
    { x: box.x - outer.x, y: box.y - outer.y, width: box.width, height: box.height }
  );
}
function cropImage(img, box) {
  if (box.x === 0 && box.y === 0 && box.width === img.width && box.height === img.height) return img;
  if (box.x === 0 && box.width === img.width) {
    const s = box.y * img.width * 4;
    return {
      width: box.width,
      height: box.height,
      data: img.data.subarray(s, s + box.width * box.height * 4)
    };
  }
  const out = Buffer.allocUnsafe(box.width * box.height * 4);
  for (let y = 0; y < box.height; y++) {
    const s = ((box.y + y) * img.width + box.x) * 4;
    img.data.copy(out, y * box.width * 4, s, s + box.width * 4);
  }
  return { width: box.width, height: box.height, data: out };
}
function applyIgnores(base2, current, o, mask) {
  const { width, height } = base2;
  const a32 = new Uint32Array(base2.data.buffer, base2.data.byteOffset, width * height);
  const b32 = new Uint32Array(current.data.buffer, current.data.byteOffset, width * height);
  for (const r of o.ignore) {
    const x1 = Math.min(width, r.x + r.width);
    const y1 = Math.min(height, r.y + r.height);
    for (let y = Math.min(r.y, height); y < y1; y++)
      for (let x = Math.min(r.x, width); x < x1; x++) b32[y * width + x] = a32[y * width + x];
  }
  if (mask) {
    const w = Math.min(width, mask.width);
    const h = Math.min(height, mask.height);
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++)
        if (mask.data[(y * mask.width + x) * 4 + 3] !== 0) b32[y * width + x] = a32[y * width + x];
  }
}

// src/visual/fingerprint.ts
import { createHash } from "node:crypto";
var FINGERPRINT_VERSION = "v1";
function diffFingerprint(baseline, current, marks, sizes, box, markedRows) {
  const { width, height } = baseline;
  if (current.width !== width || current.height !== height || marks.length !== width * height * 4)
    throw new Error("diffFingerprint: the images and the mask must have the same size");
  const m32 = new Uint32Array(marks.buffer, marks.byteOffset, width * height);
  let minX = width;
  let minY = height;
  let maxX = -1;
  let maxY = -1;
  if (box !== void 0) {
    if (box) {
      minX = box.x;
      minY = box.y;
      maxX = box.x + box.width - 1;
      maxY = box.y + box.height - 1;
    }
  } else
    for (let y = 0, i = 0; y < height; y++)
      for (let x = 0; x < width; x++, i++) {
        if (m32[i] === 0) continue;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
  const hash = createHash("sha256");
  const head = sizes ? `qg-visual-diff ${FINGERPRINT_VERSION} size ${sizes.baseline.width}x${sizes.baseline.height}>${sizes.current.width}x${sizes.current.height}` : `qg-visual-diff ${FINGERPRINT_VERSION}`;
  if (maxX < 0) {
    hash.update(`${head} none
`);
    return `${FINGERPRINT_VERSION}.${hash.digest("hex").slice(0, 32)}`;
  }
  hash.update(`${head} box ${minX},${minY},${maxX - minX + 1},${maxY - minY + 1}
`);
  const boxWidth = maxX - minX + 1;
  const maskRow = Buffer.allocUnsafe(boxWidth);
  const values = Buffer.allocUnsafe(boxWidth * 8);
  const v32 = new Uint32Array(values.buffer, values.byteOffset, boxWidth * 2);
  const a32 = new Uint32Array(baseline.data.buffer, baseline.data.byteOffset, width * height);
  const b32 = new Uint32Array(current.data.buffer, current.data.byteOffset, width * height);
  const emptyMaskRow = Buffer.alloc(boxWidth);
  let range = 0;
  for (let y = minY; y <= maxY; y++) {
    const row = y * width;
    if (markedRows) {
      while (range < markedRows.length && markedRows[range][1] < y) range++;
      if (range === markedRows.length || markedRows[range][0] > y) {
        hash.update(emptyMaskRow);
        continue;
      }
    }
    let n = 0;
    for (let x = minX, k = 0; x <= maxX; x++, k++) {
      if (m32[row + x] === 0) maskRow[k] = 0;
      else {
        maskRow[k] = 1;
        v32[n++] = a32[row + x];
        v32[n++] = b32[row + x];
      }
    }
    hash.update(maskRow);
    if (n > 0) hash.update(values.subarray(0, n * 4));
  }
  return `${FINGERPRINT_VERSION}.${hash.digest("hex").slice(0, 32)}`;
}

// src/visual/png.ts
import { promisify } from "node:util";
import { createDeflate, deflateSync, Inflate, inflate, inflateSync, constants as zc } from "node:zlib";

// src/shared/digits.ts
function groupThousands(n) {
  if (!Number.isFinite(n)) return String(n);
  const digits = BigInt(Math.abs(Math.round(n))).toString();
  let out = "";
  for (let end = digits.length; end > 0; end -= 3) {
    const part = digits.slice(Math.max(0, end - 3), end);
    out = out ? `${part},${out}` : part;
  }
  return n < 0 && out !== "0" ? `-${out}` : out;
}

// src/visual/png.ts
var inflateAsync = promisify(inflate);
var PNG_SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
var DEFAULT_MAX_PIXELS = 5e7;
var PngError = class extends Error {
  name = "PngError";
};
var CHANNELS = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
var DEPTHS = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16]
};
function isPng(bytes) {
  return bytes.length >= 8 && PNG_SIGNATURE.equals(Buffer.from(bytes.buffer, bytes.byteOffset, 8));
}
function readPngHeader(bytes, maxPixels = DEFAULT_MAX_PIXELS) {
  if (!isPng(bytes)) throw new PngError("not a PNG file (no PNG signature)");
  if (bytes.length < 33) throw new PngError("truncated PNG: no complete IHDR chunk");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const len = view.getUint32(8);
  const type = String.fromCharCode(bytes[12], bytes[13], bytes[14], bytes[15]);
  if (type !== "IHDR" || len !== 13)
    throw new PngError("malformed PNG: the first chunk is not a 13-byte IHDR");
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const bitDepth = bytes[24];
  const colorType = bytes[25];
  const compression = bytes[26];
  const filter = bytes[27];
  const interlace = bytes[28];
  if (width === 0 || height === 0 || width > 2147483647 || height > 2147483647)
    throw new PngError(`malformed PNG: invalid size ${width}\xD7${height}`);
  if (!DEPTHS[colorType]?.includes(bitDepth))
    throw new PngError(`malformed PNG: bit depth ${bitDepth} with colour type ${colorType}`);
  if (compression !== 0 || filter !== 0 || interlace > 1)
    throw new PngError("malformed PNG: unknown compression, filter or interlace method");
  if (width * height > maxPixels)
    throw new PngError(
      `image too large: ${width}\xD7${height} is ${groupThousands(width * height)} pixels, over the limit of ${groupThousands(maxPixels)}`
    );
  return { width, height, bitDepth, colorType, interlaced: interlace === 1 };
}
function readChunks(bytes, maxPixels) {
  const header = readPngHeader(bytes, maxPixels);
  const idats = [];
  let palette = null;
  let trns = null;
  let pos = 33;
  while (pos + 8 <= bytes.length) {
    const len = bytes.readUInt32BE(pos);
    const type = bytes.toString("latin1", pos + 4, pos + 8);
    const start = pos + 8;
    const end = start + len;
    if (len > 2147483647 || end > bytes.length) {
      if (type === "IDAT") throw new PngError("truncated PNG: the image data ends early");
      break;
    }
    if (type === "IDAT") idats.push(bytes.subarray(start, end));
    else if (type === "PLTE") palette = bytes.subarray(start, end);
    else if (type === "tRNS") trns = bytes.subarray(start, end);
    else if (type === "IEND") break;
    pos = end + 4;
  }
  if (idats.length === 0) throw new PngError("truncated PNG: no image data (IDAT)");
  if (header.colorType === 3 && (!palette || palette.length % 3 !== 0 || palette.length === 0))
    throw new PngError("malformed PNG: palette image without a valid PLTE chunk");
  return { header, idat: idats.length === 1 ? idats[0] : Buffer.concat(idats), palette, trns };
}
var ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2]
];
function passSize(h, [x0, y0, dx, dy]) {
  const width = h.width > x0 ? Math.ceil((h.width - x0) / dx) : 0;
  const height = h.height > y0 ? Math.ceil((h.height - y0) / dy) : 0;
  return width > 0 && height > 0 ? { width, height } : { width: 0, height: 0 };
}
function rawSize(h) {
  const bitsPerPixel = CHANNELS[h.colorType] * h.bitDepth;
  const strideOf = (width) => Math.ceil(width * bitsPerPixel / 8);
  const stride = strideOf(h.width);
  let total = (stride + 1) * h.height;
  if (h.interlaced) {
    total = 0;
    for (const pass of ADAM7) {
      const p = passSize(h, pass);
      total += p.height * (strideOf(p.width) + 1);
    }
  }
  return { stride, bpp: Math.max(1, bitsPerPixel >> 3), total };
}
function describeZlib(e) {
  const m = e instanceof Error ? e.message : String(e);
  if (/unexpected end/i.test(m)) return "truncated PNG: the image data ends early";
  if (/output length|buffer/i.test(m)) return "malformed PNG: more image data than its size allows";
  return `malformed PNG: corrupt image data (${m.slice(0, 80)})`;
}
function unfilterRow(raw, type, cur, prev, hasPrev, stride, bpp, y) {
  const end = cur + stride;
  if (type === 0) return false;
  if (type === 2 && hasPrev && isZero(raw, cur, stride)) {
    raw.copyWithin(cur, prev, prev + stride);
    return true;
  }
  if (type === 1 || type === 4 && !hasPrev) {
    for (let i = cur + bpp; i < end; i++) raw[i] = raw[i] + raw[i - bpp];
  } else if (type === 2) {
    if (hasPrev) for (let i = cur, j = prev; i < end; i++, j++) raw[i] = raw[i] + raw[j];
  } else if (type === 3) {
    if (!hasPrev) {
      for (let i = cur + bpp; i < end; i++) raw[i] = raw[i] + (raw[i - bpp] >> 1);
    } else {
      for (let i = 0; i < bpp; i++) raw[cur + i] = raw[cur + i] + (raw[prev + i] >> 1);
      for (let i = cur + bpp, j = prev + bpp; i < end; i++, j++)
        raw[i] = raw[i] + (raw[i - bpp] + raw[j] >> 1);
    }
  } else if (type === 4) {
    for (let i = 0; i < bpp; i++) raw[cur + i] = raw[cur + i] + raw[prev + i];
    for (let i = cur + bpp, j = prev + bpp; i < end; i++, j++) {
      const a = raw[i - bpp];
      const b = raw[j];
      const c = raw[j - bpp];
      const pa = b > c ? b - c : c - b;
      const pb = a > c ? a - c : c - a;
      const pc0 = a + b - c - c;
      const pc = pc0 < 0 ? -pc0 : pc0;
      raw[i] = raw[i] + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
    }
  } else {
    throw new PngError(`malformed PNG: unknown filter type ${type} on row ${y}`);
  }
  return false;
}
var LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
var zeros = new Uint8Array(0);
function isZero(raw, at, len) {
  if (zeros.length < len) zeros = new Uint8Array(len);
  return Buffer.compare(raw.subarray(at, at + len), zeros.subarray(0, len)) === 0;
}
function unfilter(raw, height, stride, bpp) {
  const rowLen = stride + 1;
  for (let y = 0; y < height; y++) {
    const row = y * rowLen + 1;
    unfilterRow(raw, raw[row - 1], row, row - rowLen, y > 0, stride, bpp, y);
  }
}
function rgba8InPlace(raw, width, height) {
  const w4 = width * 4;
  const rowLen = w4 + 1;
  for (let y = 0; y < height; y++) {
    const row = y * rowLen + 1;
    unfilterRow(raw, raw[row - 1], row, (y - 1) * w4, y > 0, w4, 4, y);
    raw.copyWithin(y * w4, row, row + w4);
  }
  return raw.subarray(0, w4 * height);
}
function rgb8InPlace(raw, width, height) {
  const stride = width * 3;
  const rowLen = stride + 1;
  const w4 = width * 4;
  const same = new Uint8Array(height);
  for (let y = 0; y < height; y++) {
    const row = y * rowLen + 1;
    if (unfilterRow(raw, raw[row - 1], row, row - rowLen, y > 0, stride, 3, y)) same[y] = 1;
  }
  const px = new Uint32Array(raw.buffer, raw.byteOffset, width * height);
  const le = LITTLE_ENDIAN;
  for (let y = height - 1; y >= 0; y--) {
    if (y + 1 < height && same[y + 1] === 1) {
      raw.copyWithin(y * w4, (y + 1) * w4, (y + 2) * w4);
      continue;
    }
    const row = y * rowLen + 1;
    for (let x = width - 1, p = row + x * 3, o = y * width + x; x >= 0; x--, p -= 3, o--) {
      const r = raw[p];
      const g = raw[p + 1];
      const b = raw[p + 2];
      px[o] = le ? 4278190080 | b << 16 | g << 8 | r : r << 24 | g << 16 | b << 8 | 255;
    }
  }
  return raw.subarray(0, width * height * 4);
}
function toRgba(raw, c, stride) {
  const { width, height, bitDepth, colorType } = c.header;
  const rowLen = stride + 1;
  const out = Buffer.allocUnsafe(width * height * 4);
  if (colorType === 6 && bitDepth === 8) {
    const w4 = width * 4;
    for (let y = 0; y < height; y++) raw.copy(out, y * w4, y * rowLen + 1, y * rowLen + 1 + w4);
    return out;
  }
  let o = 0;
  if (bitDepth === 16) {
    const ch = CHANNELS[colorType];
    const t = c.trns && c.trns.length >= 2 ? readTrns16(c.trns, colorType) : null;
    const s = (v) => Math.floor(v * 255 / 65535 + 0.5);
    for (let y = 0; y < height; y++) {
      let p = y * rowLen + 1;
      for (let x = 0; x < width; x++, p += ch * 2, o += 4) {
        const v0 = raw[p] << 8 | raw[p + 1];
        if (ch <= 2) {
          const a = ch === 2 ? raw[p + 2] << 8 | raw[p + 3] : 65535;
          const grey = s(v0);
          if (t && t[0] === v0) {
            out[o] = out[o + 1] = out[o + 2] = out[o + 3] = 0;
          } else {
            out[o] = out[o + 1] = out[o + 2] = grey;
            out[o + 3] = s(a);
          }
        } else {
          const v1 = raw[p + 2] << 8 | raw[p + 3];
          const v2 = raw[p + 4] << 8 | raw[p + 5];
          const a = ch === 4 ? raw[p + 6] << 8 | raw[p + 7] : 65535;
          if (t && t.length === 3 && t[0] === v0 && t[1] === v1 && t[2] === v2) {
            out[o] = out[o + 1] = out[o + 2] = out[o + 3] = 0;
          } else {
            out[o] = s(v0);
            out[o + 1] = s(v1);
            out[o + 2] = s(v2);
            out[o + 3] = s(a);
          }
        }
      }
    }
    return out;
  }
  if (colorType === 2) {
    const t = c.trns && c.trns.length >= 6 ? readTrns16(c.trns, 2) : null;
    for (let y = 0; y < height; y++) {
      let p = y * rowLen + 1;
      for (let x = 0; x < width; x++, p += 3, o += 4) {
        const r = raw[p];
        const g = raw[p + 1];
        const b = raw[p + 2];
        if (t && t[0] === r && t[1] === g && t[2] === b) {
          out[o] = out[o + 1] = out[o + 2] = out[o + 3] = 0;
        } else {
          out[o] = r;
          out[o + 1] = g;
          out[o + 2] = b;
          out[o + 3] = 255;
        }
      }
    }
    return out;
  }
  if (colorType === 4) {
    for (let y = 0; y < height; y++) {
      let p = y * rowLen + 1;
      for (let x = 0; x < width; x++, p += 2, o += 4) {
        out[o] = out[o + 1] = out[o + 2] = raw[p];
        out[o + 3] = raw[p + 1];
      }
    }
    return out;
  }
  const perByte = 8 / bitDepth;
  const maskBits = (1 << bitDepth) - 1;
  const palette = c.palette;
  const entries = palette ? palette.length / 3 : 0;
  const greyTrns = colorType === 0 && c.trns && c.trns.length >= 2 ? c.trns[0] << 8 | c.trns[1] : -1;
  const maxIn = maskBits;
  for (let y = 0; y < height; y++) {
    const rowStart = y * rowLen + 1;
    for (let x = 0; x < width; x++, o += 4) {
      let v;
      if (bitDepth === 8) v = raw[rowStart + x];
      else {
        const byte = raw[rowStart + Math.floor(x / perByte)];
        const shift = 8 - bitDepth * (x % perByte + 1);
        v = byte >> shift & maskBits;
      }
      if (colorType === 3) {
        if (v >= entries)
          throw new PngError(`malformed PNG: palette index ${v} out of range (${entries} colours)`);
        out[o] = palette[v * 3];
        out[o + 1] = palette[v * 3 + 1];
        out[o + 2] = palette[v * 3 + 2];
        out[o + 3] = c.trns && v < c.trns.length ? c.trns[v] : 255;
      } else if (v === greyTrns) {
        out[o] = out[o + 1] = out[o + 2] = out[o + 3] = 0;
      } else {
        const g = bitDepth === 8 ? v : Math.floor(v * 255 / maxIn + 0.5);
        out[o] = out[o + 1] = out[o + 2] = g;
        out[o + 3] = 255;
      }
    }
  }
  return out;
}
function readTrns16(t, colorType) {
  const n = colorType === 2 || colorType === 6 ? 3 : 1;
  const out = [];
  for (let i = 0; i < n && i * 2 + 1 < t.length; i++) out.push(t[i * 2] << 8 | t[i * 2 + 1]);
  return out;
}
function deinterlace(c, raw) {
  const { width, height } = c.header;
  const out = Buffer.alloc(width * height * 4);
  let pos = 0;
  for (const pass of ADAM7) {
    const p = passSize(c.header, pass);
    if (p.width === 0) continue;
    const sub = { ...c.header, width: p.width, height: p.height, interlaced: false };
    const { stride, bpp } = rawSize(sub);
    const part = raw.subarray(pos, pos + (stride + 1) * p.height);
    pos += part.length;
    unfilter(part, p.height, stride, bpp);
    const rgba = toRgba(part, { ...c, header: sub }, stride);
    const [x0, y0, dx, dy] = pass;
    for (let y = 0, s = 0; y < p.height; y++) {
      let d = ((y0 + y * dy) * width + x0) * 4;
      for (let x = 0; x < p.width; x++, s += 4, d += dx * 4) rgba.copy(out, d, s, s + 4);
    }
  }
  return { width, height, data: out };
}
function finish(c, raw) {
  const { stride, bpp, total } = rawSize(c.header);
  const { width, height, bitDepth, colorType } = c.header;
  if (raw.length < total) throw new PngError("truncated PNG: the image data ends early");
  if (c.header.interlaced) return deinterlace(c, raw);
  if (bitDepth === 8 && colorType === 6 && raw.byteOffset % 4 === 0)
    return { width, height, data: rgba8InPlace(raw, width, height) };
  if (bitDepth === 8 && colorType === 2 && !c.trns && raw.byteOffset % 4 === 0 && raw.buffer.byteLength - raw.byteOffset >= width * height * 4) {
    const room = Buffer.from(raw.buffer, raw.byteOffset, Math.max(total, width * height * 4));
    return { width, height, data: rgb8InPlace(room, width, height), opaque: true };
  }
  unfilter(raw, height, stride, bpp);
  return { width, height, data: toRgba(raw, c, stride) };
}
function inflateOptions(h, total) {
  const room = h.bitDepth === 8 && h.colorType === 2 ? Math.max(total, h.width * h.height * 4) : total;
  return {
    maxOutputLength: total,
    chunkSize: Math.max(1024, room + 1024),
    finishFlush: zc.Z_SYNC_FLUSH
  };
}
function internals(engine) {
  const e = engine;
  return typeof e._processChunk === "function" && Buffer.isBuffer(e._outBuffer) && e._outOffset === 0 && typeof e._chunkSize === "number" && typeof e._finishFlushFlag === "number" ? e : null;
}
function inflateInto(idat, h, total, room) {
  const opts = inflateOptions(h, total);
  const engine = new Inflate({ ...opts, chunkSize: 64 });
  const e = internals(engine);
  const out = e ? room(opts.chunkSize) : null;
  if (!e || !out || out.length < opts.chunkSize || out.byteOffset % 4 !== 0) {
    engine.close();
    return inflateSync(idat, opts);
  }
  e._outBuffer = out;
  e._chunkSize = out.length;
  return e._processChunk(idat, e._finishFlushFlag);
}
function decodePngInto(bytes, maxPixels, room) {
  const c = readChunks(bytes, maxPixels);
  const { total } = rawSize(c.header);
  let raw;
  try {
    raw = inflateInto(c.idat, c.header, total, room);
  } catch (e) {
    throw new PngError(describeZlib(e));
  }
  return finish(c, raw);
}
async function decodePngAsync(bytes, maxPixels = DEFAULT_MAX_PIXELS) {
  const c = readChunks(bytes, maxPixels);
  const { total } = rawSize(c.header);
  let raw;
  try {
    raw = await inflateAsync(c.idat, inflateOptions(c.header, total));
  } catch (e) {
    throw new PngError(describeZlib(e));
  }
  return finish(c, raw);
}
var CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    t[n] = c;
  }
  return t;
})();
function crc32(bytes, crc = 0) {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 255] ^ c >>> 8;
  return ~c >>> 0;
}
function pngChunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function ihdr(width, height) {
  const h = Buffer.alloc(13);
  h.writeUInt32BE(width, 0);
  h.writeUInt32BE(height, 4);
  h[8] = 8;
  h[9] = 6;
  return h;
}
function filterNoneInto(out, rgba, width, y0, rows) {
  const stride = width * 4;
  for (let r = 0; r < rows; r++) {
    const o = r * (stride + 1);
    out[o] = 0;
    out.set(rgba.subarray((y0 + r) * stride, (y0 + r + 1) * stride), o + 1);
  }
  return out;
}
var DEFLATE_OPTIONS = { level: 1, memLevel: 9 };
function assemble(width, height, compressed) {
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk("IHDR", ihdr(width, height)),
    pngChunk("IDAT", compressed),
    pngChunk("IEND", new Uint8Array(0))
  ]);
}
var ENCODE_BLOCK_BYTES = 256 * 1024;
async function encodePngAsync(img) {
  const { width, height, data } = img;
  const stride = width * 4;
  const rowsPerBlock = Math.max(1, Math.min(height, Math.floor(ENCODE_BLOCK_BYTES / (stride + 1))));
  const engine = createDeflate(DEFLATE_OPTIONS);
  const parts = [];
  engine.on("data", (part) => parts.push(part));
  const ended = new Promise((resolve, reject) => {
    engine.once("end", resolve);
    engine.once("error", reject);
  });
  ended.catch(() => {
  });
  const blocks = [0, 1].map(() => Buffer.allocUnsafeSlow(rowsPerBlock * (stride + 1)));
  let inFlight = Promise.resolve();
  try {
    for (let y = 0, k = 0; y < height; y += rowsPerBlock, k ^= 1) {
      const rows = Math.min(rowsPerBlock, height - y);
      const block = filterNoneInto(blocks[k].subarray(0, rows * (stride + 1)), data, width, y, rows);
      await Promise.race([inFlight, ended]);
      inFlight = new Promise((resolve, reject) => engine.write(block, (e) => e ? reject(e) : resolve()));
    }
    await Promise.race([inFlight, ended]);
    engine.end();
    await ended;
  } finally {
    engine.destroy();
  }
  return assemble(width, height, Buffer.concat(parts));
}

// src/visual/pair.ts
var DIFF_MARGIN = 16;
function base(name) {
  return { name, status: "unchanged", diffPixels: 0, subtlePixels: 0, allowedPixels: 0, width: 0, height: 0 };
}
function errorOut(name, message, width = 0, height = 0) {
  return { result: { ...base(name), status: "error", message, width, height }, path: "error" };
}
var ARENA_IMAGE_BYTES = 32 * 1024 * 1024;
function arenaDecoder(arena2) {
  return async (bytes, maxPixels, role) => {
    const h = readPngHeader(bytes, maxPixels);
    if (h.width * h.height * 4 > ARENA_IMAGE_BYTES) return decodePngAsync(bytes, maxPixels);
    return decodePngInto(bytes, maxPixels, (n) => arena2.take(role, n));
  };
}
async function comparePair(input, decode = decodePngAsync, buffers = FRESH) {
  const { name, options: o, maxPixels } = input;
  try {
    if (input.baseline.equals(input.current)) {
      const h2 = readPngHeader(input.current, maxPixels);
      return {
        result: {
          ...base(name),
          width: h2.width,
          height: h2.height,
          allowedPixels: allowedPixels(o, h2.width * h2.height)
        },
        path: "bytes"
      };
    }
    readPngHeader(input.baseline, maxPixels);
    readPngHeader(input.current, maxPixels);
  } catch (e) {
    return errorOut(name, describe(e));
  }
  let a;
  let b;
  try {
    ;
    [a, b] = await Promise.all([
      decode(input.baseline, maxPixels, "baseline").catch(
        (e) => Promise.reject(new PngError(`baseline: ${describe(e)}`))
      ),
      decode(input.current, maxPixels, "current").catch(
        (e) => Promise.reject(new PngError(`current: ${describe(e)}`))
      )
    ]);
  } catch (e) {
    return errorOut(name, describe(e));
  }
  let mask = null;
  if (o.mask !== null) {
    try {
      if (!input.mask) throw new PngError("not readable");
      mask = await decode(input.mask, maxPixels, "mask");
    } catch (e) {
      return errorOut(name, `mask ${o.mask}: ${describe(e)}`, b.width, b.height);
    }
    if (mask.width !== b.width || mask.height !== b.height)
      return errorOut(
        name,
        `mask ${o.mask} is ${mask.width}\xD7${mask.height}, the image ${b.width}\xD7${b.height}`,
        b.width,
        b.height
      );
  }
  const sizeChanged = a.width !== b.width || a.height !== b.height;
  const real = { bw: a.width, bh: a.height, cw: b.width, ch: b.height };
  const w = Math.min(a.width, b.width);
  const h = Math.min(a.height, b.height);
  const overlap = { x: 0, y: 0, width: w, height: h };
  const extra = sizeChanged ? Math.max(a.width, b.width) * Math.max(a.height, b.height) - w * h : 0;
  if (sizeChanged) {
    a = cropImage(a, overlap);
    b = cropImage(b, overlap);
  }
  applyIgnores(a, b, o, mask);
  const allowed = allowedPixels(o, real.cw * real.ch);
  const result = {
    ...base(name),
    width: real.cw,
    height: real.ch,
    allowedPixels: allowed
  };
  if (sizeChanged) {
    result.baselineWidth = real.bw;
    result.baselineHeight = real.bh;
    result.message = `size changed: ${real.bw}\xD7${real.bh} \u2192 ${real.cw}\xD7${real.ch}`;
  }
  if (!sizeChanged && a.data.equals(b.data)) return { result, path: "decoded-equal" };
  const d = markDiff(a, b, o.threshold, o.includeAA, buffers, "marks");
  let box = d.box;
  let drawn = { threshold: o.threshold, includeAA: o.includeAA };
  let subtlePixels = 0;
  let verdict = d;
  if (d.diffPixels <= allowed && o.subtleThreshold !== null && o.subtleThreshold < o.threshold && !a.data.equals(b.data)) {
    const strict = markDiff(a, b, o.subtleThreshold, false, buffers, "strict-marks");
    const area = solidArea(strict.marks, w, h);
    subtlePixels = area.pixels;
    if (subtlePixels > allowed) {
      drawn = { threshold: o.subtleThreshold, includeAA: false };
      box = area.box;
      verdict = strict;
    }
  }
  const diffPixels = d.diffPixels + extra;
  const changed = diffPixels > allowed || subtlePixels > allowed;
  const out = {
    ...result,
    diffPixels,
    subtlePixels,
    status: sizeChanged ? "size-changed" : changed ? "changed" : "unchanged"
  };
  if (box) out.changedBox = box;
  if ((changed || sizeChanged) && input.fingerprint)
    out.fingerprint = diffFingerprint(
      a,
      b,
      verdict.marks,
      sizeChanged ? { baseline: { width: real.bw, height: real.bh }, current: { width: real.cw, height: real.ch } } : void 0,
      // markDiff gives its marks' bounding box and the rows they lie in: the fingerprint reads only those.
      verdict.box,
      verdict.markedRows
    );
  let diffPng;
  if ((changed || sizeChanged) && input.wantDiff) {
    const shown = growBox(box ?? overlap, DIFF_MARGIN, w, h);
    diffPng = await encodePngAsync(
      // The current image's last use: drawn over in place.
      drawDiff(a, b, shown, drawn.threshold, drawn.includeAA, { alpha: o.alpha }, true, buffers)
    );
  }
  return { result: out, path: "diffed", ...diffPng ? { diffPng } : {} };
}
function describe(e) {
  return (e instanceof Error ? e.message : String(e)).replace(/\s+/g, " ").slice(0, 300);
}

// src/visual/pool.ts
var WORKER_READY = { ready: true };
function asBuffer(u) {
  return Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength);
}
function transferList(...bufs) {
  const out = [];
  for (const b of bufs) {
    if (!b || !(b.buffer instanceof ArrayBuffer)) continue;
    if (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && !out.includes(b.buffer))
      out.push(b.buffer);
  }
  return out;
}

// src/visual/worker.ts
var arena = new BufferArena();
var decodeIntoArena = arenaDecoder(arena);
var lane = new OneAtATime();
var port = parentPort;
if (port) {
  port.on("message", (msg) => {
    const input = {
      ...msg.input,
      baseline: asBuffer(msg.input.baseline),
      current: asBuffer(msg.input.current),
      mask: msg.input.mask ? asBuffer(msg.input.mask) : null
    };
    const run = () => comparePair(input, decodeIntoArena, arena).then(
      (output) => {
        const reply = { id: msg.id, output };
        port.postMessage(reply, transferList(output.diffPng));
      },
      (e) => {
        const reply = { id: msg.id, error: e instanceof Error ? e.message : String(e) };
        port.postMessage(reply);
      }
    );
    lane.run(run).catch(() => {
    });
  });
  port.postMessage(WORKER_READY);
}
//# sourceMappingURL=visual-worker.js.map
