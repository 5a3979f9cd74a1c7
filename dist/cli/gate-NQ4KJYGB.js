import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  baselineCandidates
} from "./chunk-XIXIPBMN.js";
import {
  allowedPixels,
  optionsResolver
} from "./chunk-54Y66FH4.js";
import {
  CAPTURE_META_FILE,
  environmentChanged,
  readCaptureMeta
} from "./chunk-3SDTCR4C.js";
import {
  APPROVE_SETTINGS,
  approvalClaimMetrics,
  approveResult,
  approveTask,
  diffFingerprint,
  excusedImages,
  humanApprove,
  pendingFromImages,
  readApprovers,
  recordPending,
  writeApproveJson
} from "./chunk-BDFA5H5V.js";
import "./chunk-CDC4UBA4.js";
import {
  saveBaselineDir
} from "./chunk-3VOTSQGP.js";
import {
  BASELINE_MODE_SETTING,
  BASELINE_SETTINGS,
  baselineMode,
  baselineOptions,
  classifyApiError,
  createGit,
  defaultFragmentName,
  defineGate,
  describeApiError,
  details,
  escapeCell,
  escapeHtml,
  escapeText,
  fragmentArtifactName,
  gateContext,
  headingLine,
  hostInputs,
  inlineCode,
  labelOf,
  makeFragment,
  revParse,
  runUrl,
  table
} from "./chunk-N5A3YMF2.js";
import {
  UserError,
  describeError
} from "./chunk-KSCSTK54.js";
import "./chunk-TUMT2DHA.js";

// src/visual/gate.ts
import { createHash as createHash2 } from "node:crypto";
import { existsSync as existsSync2 } from "node:fs";
import { availableParallelism as availableParallelism2 } from "node:os";
import { copyFile, lstat as lstat3, mkdir as mkdir3, readdir as readdir2, readFile as readFile2, writeFile as writeFile3 } from "node:fs/promises";
import { dirname as dirname2, join as join3, relative, resolve } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/visual/thumbnails.ts
import { createHash } from "node:crypto";

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
function antialiased(img2, x1, y1, width, height, a32, b32, checkerboard) {
  const x0 = Math.max(x1 - 1, 0);
  const y0 = Math.max(y1 - 1, 0);
  const x2 = Math.min(x1 + 1, width - 1);
  const y2 = Math.min(y1 + 1, height - 1);
  const pos4 = (y1 * width + x1) * 4;
  const cr = img2[pos4];
  const cg = img2[pos4 + 1];
  const cb = img2[pos4 + 2];
  const ca = img2[pos4 + 3];
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
      const delta = brightnessDelta(img2, pos4, (y * width + x) * 4, cr, cg, cb, ca, checkerboard);
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
function hasManySiblings(img2, x1, y1, width, height) {
  const x0 = Math.max(x1 - 1, 0);
  const y0 = Math.max(y1 - 1, 0);
  const x2 = Math.min(x1 + 1, width - 1);
  const y2 = Math.min(y1 + 1, height - 1);
  const val = img2[y1 * width + x1];
  let zeroes = x1 === x0 || x1 === x2 || y1 === y0 || y1 === y2 ? 1 : 0;
  for (let x = x0; x <= x2; x++) {
    for (let y = y0; y <= y2; y++) {
      if (x === x1 && y === y1) continue;
      zeroes += +(val === img2[y * width + x]);
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
function brightnessDelta(img2, k, m, r1, g1, b1, a1, checkerboard) {
  const r2 = img2[m];
  const g2 = img2[m + 1];
  const b2 = img2[m + 2];
  const a2 = img2[m + 3];
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
function drawGrayPixel(img2, i, alpha, output) {
  const val = 255 + (img2[i] * 0.29889531 + img2[i + 1] * 0.58662247 + img2[i + 2] * 0.11448223 - 255) * alpha * img2[i + 3] / 255;
  drawPixel(output, i, val, val, val);
}

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
function opaque(img2) {
  if (img2.opaque === true) return true;
  let known = opaqueCache.get(img2);
  if (known === void 0) {
    const d = img2.data;
    known = true;
    for (let i = 3; i < d.length; i += 4)
      if (d[i] !== 255) {
        known = false;
        break;
      }
    opaqueCache.set(img2, known);
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
function cropImage(img2, box) {
  if (box.x === 0 && box.y === 0 && box.width === img2.width && box.height === img2.height) return img2;
  if (box.x === 0 && box.width === img2.width) {
    const s = box.y * img2.width * 4;
    return {
      width: box.width,
      height: box.height,
      data: img2.data.subarray(s, s + box.width * box.height * 4)
    };
  }
  const out = Buffer.allocUnsafe(box.width * box.height * 4);
  for (let y = 0; y < box.height; y++) {
    const s = ((box.y + y) * img2.width + box.x) * 4;
    img2.data.copy(out, y * box.width * 4, s, s + box.width * 4);
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
function decodePng(bytes, maxPixels = DEFAULT_MAX_PIXELS) {
  const c = readChunks(bytes, maxPixels);
  const { total } = rawSize(c.header);
  let raw;
  try {
    raw = inflateSync(c.idat, inflateOptions(c.header, total));
  } catch (e) {
    throw new PngError(describeZlib(e));
  }
  return finish(c, raw);
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
function filterNone(rgba, width, height) {
  return filterNoneInto(Buffer.allocUnsafe((width * 4 + 1) * height), rgba, width, 0, height);
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
function encodePng(img2) {
  return assemble(
    img2.width,
    img2.height,
    deflateSync(filterNone(img2.data, img2.width, img2.height), DEFLATE_OPTIONS)
  );
}
var ENCODE_BLOCK_BYTES = 256 * 1024;
async function encodePngAsync(img2) {
  const { width, height, data } = img2;
  const stride = width * 4;
  const rowsPerBlock = Math.max(1, Math.min(height, Math.floor(ENCODE_BLOCK_BYTES / (stride + 1))));
  const engine = createDeflate(DEFLATE_OPTIONS);
  const parts = [];
  engine.on("data", (part) => parts.push(part));
  const ended = new Promise((resolve2, reject) => {
    engine.once("end", resolve2);
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
      inFlight = new Promise((resolve2, reject) => engine.write(block, (e) => e ? reject(e) : resolve2()));
    }
    await Promise.race([inFlight, ended]);
    engine.end();
    await ended;
  } finally {
    engine.destroy();
  }
  return assemble(width, height, Buffer.concat(parts));
}

// src/visual/thumbnails.ts
var DEFAULT_THUMBNAIL_LIMITS = {
  maxWidth: 400,
  maxHeight: 300,
  margin: 16,
  maxSourcePixels: 5e7
};
var DEFAULT_TABLE_ROWS = 20;
function thumbnailRegion(width, height, box, limits = DEFAULT_THUMBNAIL_LIMITS) {
  const full = { x: 0, y: 0, width, height };
  const clipped = box ? clipBox(box, width, height) : void 0;
  let r = clipped && clipped.width > 0 && clipped.height > 0 ? growBox(clipped, limits.margin, width, height) : full;
  const scale = Math.min(1, limits.maxWidth / r.width);
  const tallest = Math.max(1, Math.floor(limits.maxHeight / scale));
  if (r.height > tallest) r = { ...r, height: tallest };
  return r;
}
function clipBox(box, width, height) {
  const x = Math.min(Math.max(0, box.x), width);
  const y = Math.min(Math.max(0, box.y), height);
  return {
    x,
    y,
    width: Math.max(0, Math.min(width, box.x + box.width) - x),
    height: Math.max(0, Math.min(height, box.y + box.height) - y)
  };
}
function scaleToFit(img2, maxWidth, maxHeight) {
  const scale = Math.min(1, maxWidth / img2.width, maxHeight / img2.height);
  if (scale >= 1) return img2;
  const w = Math.max(1, Math.round(img2.width * scale));
  const h = Math.max(1, Math.round(img2.height * scale));
  const out = Buffer.alloc(w * h * 4);
  const src = img2.data;
  for (let dy = 0; dy < h; dy++) {
    const y0 = Math.floor(dy * img2.height / h);
    const y1 = Math.max(y0 + 1, Math.floor((dy + 1) * img2.height / h));
    for (let dx = 0; dx < w; dx++) {
      const x0 = Math.floor(dx * img2.width / w);
      const x1 = Math.max(x0 + 1, Math.floor((dx + 1) * img2.width / w));
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let y = y0; y < y1; y++) {
        let i = (y * img2.width + x0) * 4;
        for (let x = x0; x < x1; x++, i += 4) {
          const alpha = src[i + 3];
          r += src[i] * alpha;
          g += src[i + 1] * alpha;
          b += src[i + 2] * alpha;
          a += alpha;
        }
      }
      const n = (y1 - y0) * (x1 - x0);
      const o = (dy * w + dx) * 4;
      if (a > 0) {
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
      }
      out[o + 3] = Math.round(a / n);
    }
  }
  return { width: w, height: h, data: out };
}
function makeThumbnail(png, box, limits = DEFAULT_THUMBNAIL_LIMITS) {
  const img2 = decodePng(png, limits.maxSourcePixels);
  const region = thumbnailRegion(img2.width, img2.height, box, limits);
  return encodePng(scaleToFit(cropImage(img2, region), limits.maxWidth, limits.maxHeight));
}
function safeFileName(name) {
  const stem = name.replace(/\.png$/i, "").replace(/[^A-Za-z0-9_-]+/g, "_").replace(/^[_-]+|_+$/g, "").slice(0, 60);
  const hash = createHash("sha256").update(name, "utf8").digest("hex").slice(0, 10);
  return `${stem || "image"}-${hash}`;
}
function changedImages(images) {
  return images.filter((i) => i.status === "changed" || i.status === "size-changed");
}
var MAX_NAME_CHARS = 120;
function trustedUrl(url) {
  if (url === void 0) return void 0;
  let u;
  try {
    u = new URL(url);
  } catch {
    return void 0;
  }
  if (u.protocol !== "https:" || u.hostname !== "github.com" || u.username || u.password) return void 0;
  return u.toString().replace(/&/g, "&amp;").replace(/"/g, "%22").replace(/'/g, "%27").replace(/\(/g, "%28").replace(/\)/g, "%29");
}
function cell(url, alt, width) {
  const safe = trustedUrl(url);
  if (!safe) return "\u2013";
  return `<img src="${safe}" width="${width}" alt="${alt}">`;
}
function thumbnailTable(images, urls, opts = {}) {
  const maxRows = Math.max(0, Math.floor(opts.maxRows ?? DEFAULT_TABLE_ROWS));
  const width = Math.max(16, Math.min(400, Math.floor(opts.imageWidth ?? 200)));
  const changed = changedImages(images);
  if (changed.length === 0) return "";
  const report = trustedUrl(opts.reportUrl);
  const lines = ["| image | baseline | diff | current |", "|---|---|---|---|"];
  for (const img2 of changed.slice(0, maxRows)) {
    const u = urls.get(img2.name) ?? {};
    const alt = escapeHtml(img2.name, MAX_NAME_CHARS).replace(/\|/g, "&#124;");
    const size = img2.status === "size-changed" && img2.baselineWidth !== void 0 && img2.baselineHeight !== void 0 ? `<br>${img2.baselineWidth}\xD7${img2.baselineHeight} \u2192 ${img2.width}\xD7${img2.height}` : "";
    lines.push(
      `| ${escapeCell(img2.name, MAX_NAME_CHARS)}${size} | ${cell(u.baseline, `baseline of ${alt}`, width)} | ${cell(u.diff, `diff of ${alt}`, width)} | ${cell(u.current, `current of ${alt}`, width)} |`
    );
  }
  const more = changed.length - Math.min(changed.length, maxRows);
  if (more > 0)
    lines.push(
      "",
      report ? `and ${more} more: [see the report](${report})` : `and ${more} more (in the visual report artifact)`
    );
  return lines.join("\n");
}
function thumbnailLinks(images, artifactUrl, opts = {}) {
  const maxRows = Math.max(0, Math.floor(opts.maxRows ?? DEFAULT_TABLE_ROWS));
  const changed = changedImages(images);
  if (changed.length === 0) return "";
  const link = trustedUrl(artifactUrl);
  const lines = [];
  if (opts.list !== false) {
    lines.push(...changed.slice(0, maxRows).map((i) => `- ${escapeCell(i.name, MAX_NAME_CHARS)}`));
    const more = changed.length - Math.min(changed.length, maxRows);
    if (more > 0) lines.push(`- and ${more} more`);
    lines.push("");
  }
  lines.push(
    link ? `Pictures: [the visual report artifact](${link}) (diff images and an HTML report with side-by-side, overlay and slider views).` : "Pictures: in the visual report artifact of this run."
  );
  return lines.join("\n");
}

// src/visual/assets-branch.ts
var DEFAULT_ASSETS_BRANCH = "quality-gates-assets";
var DEFAULT_ASSETS_LIMITS = {
  ...DEFAULT_THUMBNAIL_LIMITS,
  maxImages: 20,
  maxBranchBytes: 50 * 1024 * 1024,
  maxAttempts: 5
};
var KINDS = ["baseline", "diff", "current"];
var Refused = class extends Error {
};
var Moved = class extends Error {
};
function assetUrl(owner, repo, branch, path) {
  const enc = (s) => s.split("/").map(encodeURIComponent).join("/");
  return `https://github.com/${enc(owner)}/${enc(repo)}/blob/${enc(branch)}/${enc(path)}?raw=true`;
}
function checkBranch(branch) {
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/.test(branch) || /\.\.|\/\/|\.lock$|\/$|\.$/.test(branch))
    throw new Error(`not a usable branch name: ${branch.slice(0, 100)}`);
}
function prFolder(pr) {
  if (!Number.isSafeInteger(pr) || pr <= 0) throw new Error(`not a pull request number: ${String(pr)}`);
  return `pr-${pr}`;
}
async function readTip(octokit, owner, repo, branch) {
  let commit;
  try {
    const { data: data2 } = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
    commit = data2.object.sha;
  } catch (e) {
    if (classifyApiError(e).status === 404) return null;
    throw e;
  }
  const { data } = await octokit.rest.git.getCommit({ owner, repo, commit_sha: commit });
  return { commit, tree: data.tree.sha };
}
async function listTree(octokit, owner, repo, tree) {
  const { data } = await octokit.rest.git.getTree({ owner, repo, tree_sha: tree, recursive: "true" });
  return { items: data.tree, truncated: data.truncated };
}
function failure(e) {
  if (e instanceof Refused) return e.message;
  return typeof e === "object" && e !== null && "status" in e && "request" in e ? describeApiError(e) : e instanceof Error ? e.message : String(e);
}
function isRefusal(e) {
  const c = classifyApiError(e);
  return c.kind === "permission" || c.kind === "not-found";
}
function isRace(e) {
  return e instanceof Moved || classifyApiError(e).status === 422;
}
async function publishThumbnails(input) {
  try {
    return await publish(input);
  } catch (e) {
    const reason = e instanceof Refused ? e.message : `thumbnails not published (${failure(e)})`;
    input.log?.(reason);
    return { published: false, reason, urls: /* @__PURE__ */ new Map() };
  }
}
async function publish(input) {
  const { octokit, owner, repo } = input;
  const branch = input.branch ?? DEFAULT_ASSETS_BRANCH;
  const limits = { ...DEFAULT_ASSETS_LIMITS, ...input.limits };
  const log = input.log ?? (() => {
  });
  checkBranch(branch);
  const folder = prFolder(input.pr);
  if (!/^[0-9a-f]{7,64}$/i.test(input.sha)) throw new Error(`not a commit SHA: ${input.sha.slice(0, 80)}`);
  const dir = `${folder}/${input.sha.slice(0, 7).toLowerCase()}`;
  const files = [];
  const urls = /* @__PURE__ */ new Map();
  const skipped = [];
  const used = /* @__PURE__ */ new Set();
  for (const img2 of input.images.slice(0, Math.max(0, limits.maxImages))) {
    const stem = safeFileName(img2.name);
    if (used.has(stem)) continue;
    used.add(stem);
    const u = {};
    for (const kind of KINDS) {
      const png = img2[kind];
      if (!png) continue;
      try {
        const bytes = makeThumbnail(png, kind === "diff" ? void 0 : img2.box, limits);
        const path = `${dir}/${stem}.${kind}.png`;
        files.push({ path, bytes });
        u[kind] = assetUrl(owner, repo, branch, path);
      } catch (e) {
        skipped.push({ name: img2.name, reason: `${kind}: ${e instanceof Error ? e.message : String(e)}` });
      }
    }
    urls.set(img2.name, u);
  }
  if (files.length === 0) return { published: false, reason: "no thumbnails to publish", urls: /* @__PURE__ */ new Map() };
  const blobs = /* @__PURE__ */ new Map();
  for (const f of files) {
    const { data } = await octokit.rest.git.createBlob({
      owner,
      repo,
      content: f.bytes.toString("base64"),
      encoding: "base64"
    });
    blobs.set(f.path, data.sha);
  }
  const newBytes = files.reduce((n, f) => n + f.bytes.length, 0);
  const entries = files.map((f) => ({
    path: f.path,
    mode: "100644",
    type: "blob",
    sha: blobs.get(f.path)
  }));
  const message = `quality-gates: thumbnails for PR #${input.pr} at ${input.sha.slice(0, 7)}`;
  const outcome = await writeWithRetry(
    input,
    branch,
    limits,
    log,
    async (tip) => {
      if (!tip) {
        const tree2 = await createTree(octokit, owner, repo, entries, void 0);
        return { tree: tree2, parents: [], squash: false };
      }
      const { items, truncated } = await listTree(octokit, owner, repo, tip.tree);
      const stale = /* @__PURE__ */ new Set();
      for (const it of items)
        if (it.type === "tree" && it.path.startsWith(`${folder}/`) && it.path.split("/").length === 2) {
          if (it.path !== dir) stale.add(it.path);
        }
      const kept = items.filter(
        (it) => it.type === "blob" && ![...stale].some((s) => it.path.startsWith(`${s}/`))
      );
      const size = kept.reduce((n, it) => n + (it.size ?? 0), 0) + newBytes;
      if (truncated || size > limits.maxBranchBytes) {
        const open2 = await openPulls(octokit, owner, repo);
        open2.add(input.pr);
        const keep = items.filter(
          (it) => it.type === "tree" && /^pr-[1-9][0-9]*$/.test(it.path) && it.path !== folder && open2.has(Number(it.path.slice(3)))
        );
        const tree2 = await createTree(
          octokit,
          owner,
          repo,
          [
            ...keep.map((it) => ({
              path: it.path,
              mode: "040000",
              type: "tree",
              sha: it.sha
            })),
            ...entries
          ],
          void 0
        );
        log(
          `assets branch: ${size} bytes would pass the ${limits.maxBranchBytes}-byte limit: squashed to one commit with ${keep.length + 1} open PR folder(s)`
        );
        return { tree: tree2, parents: [], squash: true };
      }
      const removals = [...stale].map((path) => ({
        path,
        mode: "040000",
        type: "tree",
        sha: null
      }));
      const tree = await createTree(octokit, owner, repo, [...removals, ...entries], tip.tree);
      return { tree, parents: [tip.commit], squash: false };
    },
    message
  );
  return { published: true, urls, commit: outcome.commit, squashed: outcome.squash, skipped };
}
async function createTree(octokit, owner, repo, tree, base2) {
  const { data } = await octokit.rest.git.createTree({
    owner,
    repo,
    // sha null deletes a path (GitHub's documented way); the client's types do not know it.
    tree,
    ...base2 ? { base_tree: base2 } : {}
  });
  return data.sha;
}
var MAX_PULL_PAGES = 10;
async function openPulls(octokit, owner, repo) {
  const out = /* @__PURE__ */ new Set();
  for (let page = 1; page <= MAX_PULL_PAGES; page++) {
    const { data } = await octokit.rest.pulls.list({ owner, repo, state: "open", per_page: 100, page });
    for (const p of data) out.add(p.number);
    if (data.length < 100) break;
  }
  return out;
}
async function writeWithRetry(input, branch, limits, log, plan, message) {
  const { octokit, owner, repo } = input;
  const attempts = Math.max(1, Math.min(20, Math.floor(limits.maxAttempts)));
  for (let attempt = 1; ; attempt++) {
    try {
      const tip = await readTip(octokit, owner, repo, branch);
      const p = await plan(tip);
      const { data: commit } = await octokit.rest.git.createCommit({
        owner,
        repo,
        message,
        tree: p.tree,
        parents: p.parents
      });
      if (!tip) {
        await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: commit.sha });
      } else if (p.squash) {
        const again = await readTip(octokit, owner, repo, branch);
        if (again?.commit !== tip.commit) throw new Moved("moved");
        await octokit.rest.git.updateRef({
          owner,
          repo,
          ref: `heads/${branch}`,
          sha: commit.sha,
          force: true
        });
      } else {
        await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha: commit.sha });
      }
      return { commit: commit.sha, squash: p.squash };
    } catch (e) {
      if (isRefusal(e))
        throw new Refused(
          `thumbnails not published: writes to the assets branch refused (${describeApiError(e)})`
        );
      if (!isRace(e) || attempt >= attempts) throw e;
      log(
        `assets branch ${branch} moved meanwhile (attempt ${attempt} of ${attempts}): retrying on the new tip`
      );
    }
  }
}
async function prunePr(input) {
  const { octokit, owner, repo } = input;
  const branch = input.branch ?? DEFAULT_ASSETS_BRANCH;
  const limits = { ...DEFAULT_ASSETS_LIMITS, ...input.limits };
  const log = input.log ?? (() => {
  });
  let absent = false;
  try {
    checkBranch(branch);
    const folder = prFolder(input.pr);
    const out = await writeWithRetry(
      input,
      branch,
      limits,
      log,
      async (tip) => {
        const root = tip ? (await octokit.rest.git.getTree({ owner, repo, tree_sha: tip.tree })).data.tree : [];
        if (!tip || !root.some((e) => e.path === folder && e.type === "tree")) {
          absent = true;
          throw new Error("absent");
        }
        const tree = await createTree(
          octokit,
          owner,
          repo,
          [{ path: folder, mode: "040000", type: "tree", sha: null }],
          tip.tree
        );
        return { tree, parents: [tip.commit], squash: false };
      },
      `quality-gates: remove thumbnails of closed PR #${input.pr}`
    );
    return { pruned: true, commit: out.commit };
  } catch (e) {
    if (absent) return { pruned: false, reason: `no pr-${input.pr} folder on ${branch}` };
    const reason = e instanceof Refused ? e.message : `thumbnails of PR #${input.pr} not removed (${failure(e)})`;
    log(reason);
    return { pruned: false, reason };
  }
}

// src/visual/compare.ts
import { constants, existsSync } from "node:fs";
import { lstat, mkdir, open, readdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// src/visual/pair.ts
var DIFF_MARGIN = 16;
function base(name) {
  return { name, status: "unchanged", diffPixels: 0, subtlePixels: 0, allowedPixels: 0, width: 0, height: 0 };
}
function errorOut(name, message, width = 0, height = 0) {
  return { result: { ...base(name), status: "error", message, width, height }, path: "error" };
}
var ARENA_IMAGE_BYTES = 32 * 1024 * 1024;
function arenaDecoder(arena) {
  return async (bytes, maxPixels, role) => {
    const h = readPngHeader(bytes, maxPixels);
    if (h.width * h.height * 4 > ARENA_IMAGE_BYTES) return decodePngAsync(bytes, maxPixels);
    return decodePngInto(bytes, maxPixels, (n) => arena.take(role, n));
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
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
var WORKER_STOPPED = "compare worker stopped";
function defaultWorkerCount(cores = availableParallelism()) {
  const n = Math.max(1, Math.floor(cores));
  return n >= 3 ? n - 1 : 0;
}
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
var ComparePool = class {
  /**
   * `depth`: pairs a worker holds at once \u2014 one decoding, the others only their encoded bytes, queued in the
   * worker so it starts the next pair the moment one ends, without waiting for this thread (which may itself be
   * busy comparing). Decoded images stay bounded by the pool size either way.
   */
  constructor(size, script, depth = 1) {
    this.size = size;
    this.script = script;
    this.depth = depth;
    if (!Number.isSafeInteger(size) || size < 1) throw new Error(`pool size must be \u2265 1, got ${size}`);
    if (!Number.isSafeInteger(depth) || depth < 1) throw new Error(`pool depth must be \u2265 1, got ${depth}`);
  }
  size;
  script;
  depth;
  slots = [];
  waiting = [];
  nextId = 1;
  closed = false;
  spawn() {
    const slot = { worker: new Worker(this.script), ready: false, jobs: /* @__PURE__ */ new Map() };
    const onReady = () => {
      slot.ready = true;
      for (let n = this.depth - 1; n > 0; n--) this.waiting.shift()?.();
    };
    slot.worker.on("message", (reply) => {
      if ("ready" in reply) return onReady();
      const job = slot.jobs.get(reply.id);
      if (!job) return;
      slot.jobs.delete(reply.id);
      if (reply.output) {
        if (reply.output.diffPng) reply.output.diffPng = asBuffer(reply.output.diffPng);
        job.resolve(reply.output);
      } else job.reject(new Error(reply.error ?? "worker gave no result"));
      this.waiting.shift()?.();
    });
    const fail = (e) => {
      const jobs = [...slot.jobs.values()];
      slot.jobs.clear();
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      for (const job of jobs) job.reject(new Error(`${WORKER_STOPPED}: ${e.message}`));
      for (let n = Math.max(1, jobs.length); n > 0; n--) this.waiting.shift()?.();
    };
    slot.worker.on("error", fail);
    slot.worker.on("exit", (code) => {
      if (!this.closed) fail(new Error(`exit code ${code}`));
    });
    this.slots.push(slot);
    return slot;
  }
  /** Starts every worker not yet started (they take tens of milliseconds to boot). */
  start() {
    while (!this.closed && this.slots.length < this.size) this.spawn();
  }
  /** Whether a started worker waits idle: a pair given to run() now starts at once. */
  hasIdleReadyWorker() {
    return this.slots.some((s) => s.ready && s.jobs.size === 0);
  }
  /** Places a pair's job on a slot and returns that slot: an idle one, else a new worker while under size, else
   *  the least loaded one with room in its queue (depth; a worker still booting takes no second pair, which this
   *  thread may well finish first), else after an answer frees room. The choice and the
   *  job's entry happen in one step, so pairs sent at the same moment never pick the same room twice. */
  async place(id, job) {
    for (; ; ) {
      if (this.closed) throw new Error("pool closed");
      let slot = this.slots.find((s) => s.jobs.size === 0);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) {
        for (const s of this.slots)
          if (s.jobs.size < (s.ready ? this.depth : 1) && (!slot || s.jobs.size < slot.jobs.size)) slot = s;
      }
      if (slot) {
        slot.jobs.set(id, job);
        return slot;
      }
      await new Promise((r) => this.waiting.push(r));
    }
  }
  run(input) {
    const id = this.nextId++;
    return new Promise((resolve2, reject) => {
      this.place(id, { resolve: resolve2, reject }).then((slot) => {
        const req = { id, input };
        try {
          slot.worker.postMessage(req, transferList(input.baseline, input.current, input.mask));
        } catch (e) {
          slot.jobs.delete(id);
          this.waiting.shift()?.();
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      }, reject);
    });
  }
  async close() {
    this.closed = true;
    const all = this.slots.splice(0);
    for (const w of this.waiting.splice(0)) w();
    await Promise.all(all.map((s) => s.worker.terminate()));
  }
};

// src/visual/compare.ts
var MAX_ENTRIES = 1e5;
var MAX_DEPTH = 32;
var MAX_FILE_BYTES = 512 * 1024 * 1024;
var READ_LANES = 4;
var MAIN_ONLY_PAIRS = 16;
function unsafeName(name) {
  if (name.length === 0 || name.length > 1024) return "empty or overlong name";
  if (/[\u0000-\u001f\u007f\\]/.test(name)) return "control character or backslash in the name";
  if (name.startsWith("/")) return "absolute path";
  for (const part of name.split("/"))
    if (part === "" || part === "." || part === "..") return `"${part}" in the path`;
  return null;
}
async function listPngs(root, label) {
  const out = /* @__PURE__ */ new Map();
  let st;
  try {
    st = await lstat(root);
  } catch {
    throw new UserError(`${label} directory not found: ${root}`);
  }
  if (!st.isDirectory())
    throw new UserError(`${label} is not a directory (symlinks are not followed): ${root}`);
  const walk = async (dir, rel, depth) => {
    if (depth > MAX_DEPTH) throw new UserError(`${label}: folders nested deeper than ${MAX_DEPTH} levels`);
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((x, y) => x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
    for (const e of entries) {
      if (out.size >= MAX_ENTRIES) throw new UserError(`${label}: more than ${MAX_ENTRIES} images`);
      const name = rel ? `${rel}/${e.name}` : e.name;
      const isPngName = /\.png$/i.test(e.name);
      if (e.isSymbolicLink()) {
        if (isPngName || !/\.[a-z0-9]+$/i.test(e.name))
          out.set(name, { kind: "refused", why: "is a symbolic link (not followed)" });
        continue;
      }
      if (e.isDirectory()) await walk(join(dir, e.name), name, depth + 1);
      else if (isPngName) {
        const bad = unsafeName(name);
        out.set(
          name,
          e.isFile() ? bad ? { kind: "refused", why: bad } : { kind: "file" } : { kind: "refused", why: "not a regular file" }
        );
      }
    }
  };
  await walk(root, "", 0);
  return out;
}
var MAX_KEPT_READ_BYTES = 4 * 1024 * 1024;
async function readNoFollow(path, into) {
  const fh = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw new Error("not a regular file");
    if (st.size > MAX_FILE_BYTES) throw new Error(`file larger than ${MAX_FILE_BYTES} bytes`);
    if (!into) return await fh.readFile();
    const buf = into(st.size);
    let got = 0;
    while (got < st.size) {
      const { bytesRead } = await fh.read(buf, got, st.size - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return buf.subarray(0, got);
  } finally {
    await fh.close();
  }
}
function readError(e) {
  const code = e?.code;
  if (code === "ELOOP" || code === "EMLINK") return "is a symbolic link (not followed)";
  if (code === "ENOENT") return "disappeared while comparing";
  return (e instanceof Error ? e.message : String(e)).slice(0, 200);
}
function blank(name) {
  return { name, status: "error", diffPixels: 0, subtlePixels: 0, allowedPixels: 0, width: 0, height: 0 };
}
async function compareSuites(input) {
  const resolve2 = optionsResolver(input.options);
  const maxPixels = input.maxPixels ?? DEFAULT_MAX_PIXELS;
  const [baseList, curList] = await Promise.all([
    listPngs(input.baselineDir, "baseline"),
    listPngs(input.currentDir, "current")
  ]);
  let names;
  const errors = /* @__PURE__ */ new Map();
  if (input.names) {
    names = [...new Set(input.names)];
    for (const n of names) {
      const bad = unsafeName(n);
      if (bad) errors.set(n, `unsafe image name: ${bad}`);
    }
  } else names = [.../* @__PURE__ */ new Set([...baseList.keys(), ...curList.keys()])];
  names.sort((x, y) => x < y ? -1 : x > y ? 1 : 0);
  const explicit = input.poolSize !== void 0;
  let workers = input.decoder ? 0 : input.poolSize ?? input.lanes?.workers ?? defaultWorkerCount();
  const mainOnlyPairs = input.lanes?.mainOnlyPairs ?? MAIN_ONLY_PAIRS;
  const script = input.workerScript ?? new URL("./visual-worker.js", import.meta.url);
  if (workers > 0 && !input.workerScript && !existsSync(fileURLToPath(script))) workers = 0;
  const depth = explicit ? 1 : 2;
  const pool = workers > 0 ? new ComparePool(workers, script, depth) : null;
  const mainLane = workers === 0 || !explicit;
  const heavySlots = workers * depth + (mainLane ? 1 : 0);
  const arena = new BufferArena();
  const decodeHere = input.decoder ?? arenaDecoder(arena);
  const thisThread = new OneAtATime();
  let differing = 0;
  const stats = {
    byteIdentical: 0,
    decodedEqual: 0,
    diffed: 0,
    maxInFlight: 0,
    poolSize: workers,
    mainThreadCompares: mainLane,
    mainThreadPairs: 0,
    workerPairs: 0
  };
  let inFlight = 0;
  let poolJoined = pool !== null && !mainLane;
  const slots = () => poolJoined ? heavySlots : Math.min(heavySlots, 2);
  const queue = [];
  const acquire = async () => {
    while (inFlight >= slots()) await new Promise((r) => queue.push(r));
    inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
  };
  const release = () => {
    inFlight--;
    queue.shift()?.();
  };
  const joinPool = () => {
    if (poolJoined || !pool) return;
    poolJoined = true;
    for (let n = heavySlots; n > 0; n--) queue.shift()?.();
  };
  const results = /* @__PURE__ */ new Map();
  const one = async (name, lane) => {
    const into = (slot) => (n) => lane.take(slot, n);
    const early = errors.get(name);
    if (early) return { ...blank(name), message: early };
    const be = baseList.get(name);
    const ce = curList.get(name);
    if (!be && !ce) return { ...blank(name), message: "in neither directory" };
    for (const [e, side] of [
      [be, "baseline"],
      [ce, "current"]
    ])
      if (e?.kind === "refused") return { ...blank(name), message: `${side}: ${e.why}` };
    const o = resolve2(name);
    if (!be || !ce) {
      const side = be ? "baseline" : "current";
      try {
        const bytes = await readNoFollow(
          join(side === "baseline" ? input.baselineDir : input.currentDir, name),
          into(side)
        );
        const h = readPngHeader(bytes, maxPixels);
        return {
          ...blank(name),
          status: be ? "removed" : "added",
          width: h.width,
          height: h.height,
          allowedPixels: allowedPixels(o, h.width * h.height)
        };
      } catch (e) {
        return { ...blank(name), message: `${side}: ${readError(e)}` };
      }
    }
    let baseline;
    let current;
    let mask = null;
    try {
      baseline = await readNoFollow(join(input.baselineDir, name), into("baseline"));
    } catch (e) {
      return { ...blank(name), message: `baseline: ${readError(e)}` };
    }
    try {
      current = await readNoFollow(join(input.currentDir, name), into("current"));
    } catch (e) {
      return { ...blank(name), message: `current: ${readError(e)}` };
    }
    if (o.mask !== null) {
      try {
        mask = await readNoFollow(o.mask);
      } catch (e) {
        return { ...blank(name), message: `mask ${o.mask}: ${readError(e)}` };
      }
    }
    const pair = {
      name,
      baseline,
      current,
      options: o,
      mask,
      wantDiff: !!input.diffDir,
      ...input.fingerprints ? { fingerprint: true } : {},
      maxPixels
    };
    let out;
    if (baseline.equals(current)) {
      out = await comparePair(pair);
    } else {
      differing++;
      if (differing > mainOnlyPairs) joinPool();
      await acquire();
      try {
        if (!pool || !poolJoined || mainLane && thisThread.pending === 0 && !pool.hasIdleReadyWorker()) {
          out = await thisThread.run(() => comparePair(pair, decodeHere, arena));
          stats.mainThreadPairs++;
        } else {
          pool.start();
          const send = () => pool.run({ ...pair, baseline: Buffer.from(baseline), current: Buffer.from(current) });
          out = await send().catch(
            (e) => e instanceof Error && e.message.startsWith(WORKER_STOPPED) ? send() : Promise.reject(e)
          );
          stats.workerPairs++;
        }
      } catch (e) {
        return { ...blank(name), message: readError(e) };
      } finally {
        release();
      }
    }
    if (out.path === "bytes") stats.byteIdentical++;
    else if (out.path === "decoded-equal") stats.decodedEqual++;
    else if (out.path === "diffed") stats.diffed++;
    const r = { ...out.result };
    if (out.diffPng && input.diffDir) {
      const target = join(input.diffDir, name);
      try {
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, out.diffPng);
        r.diffImage = name;
      } catch (e) {
        r.message = `${r.message ? `${r.message}; ` : ""}diff image not written: ${readError(e)}`;
      }
    }
    return r;
  };
  try {
    let next = 0;
    const lanes = Math.max(READ_LANES, heavySlots + 2);
    await Promise.all(
      Array.from({ length: Math.min(lanes, names.length) }, async () => {
        const lane = new BufferArena(MAX_KEPT_READ_BYTES);
        while (next < names.length) {
          const name = names[next++];
          results.set(name, await one(name, lane));
        }
      })
    );
  } finally {
    await pool?.close();
  }
  return { images: names.map((n) => results.get(n)), stats };
}

// src/visual/html-report.ts
import { randomBytes } from "node:crypto";
import { lstat as lstat2, mkdir as mkdir2, readFile, writeFile as writeFile2 } from "node:fs/promises";
import { join as join2 } from "node:path";
var DEFAULT_MAX_INLINE_BYTES = 32 * 1024 * 1024;
var MAX_NAME_CHARS2 = 500;
var MAX_MESSAGE_CHARS = 300;
var SHOWN = ["changed", "size-changed", "added", "removed", "error"];
var ORDER = ["changed", "size-changed", "added", "removed", "error", "unchanged"];
function escapeHtmlText(s, max = MAX_NAME_CHARS2) {
  const cps = Array.from(s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ""));
  const cut = cps.length > max ? cps.slice(0, max - 1).join("") + "\u2026" : cps.join("");
  return cut.replace(
    /[&<>"']/g,
    (c) => c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;"
  );
}
function dataUri(png) {
  return `data:image/png;base64,${png.toString("base64")}`;
}
function img(png, pic, alt) {
  return `<img data-pic="${pic}" src="${dataUri(png)}" alt="${alt}">`;
}
function imgFrom(pic, alt, cls = "") {
  return `<img${cls ? ` class="${cls}"` : ""} data-from="${pic}" alt="${alt}">`;
}
var STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#1f2328;background:#fff}
h1{font-size:22px}h2{font-size:16px;margin:0 0 6px;word-break:break-all}
.counts span{display:inline-block;margin-right:14px}
section.image{border:1px solid #d0d7de;border-radius:6px;padding:12px;margin:16px 0}
.meta{color:#59636e;margin:0 0 8px}
.tabs button{font:inherit;padding:4px 10px;border:1px solid #d0d7de;background:#f6f8fa;border-radius:6px;cursor:pointer}
.tabs button[aria-pressed="true"]{background:#0969da;color:#fff;border-color:#0969da}
.view{margin-top:10px;overflow:auto;max-height:80vh}
[hidden]{display:none!important}
.side{display:flex;gap:12px;align-items:flex-start}
figure{margin:0}figcaption{color:#59636e;font-size:12px}
.stack{position:relative;display:inline-block;line-height:0}
.stack img.top{position:absolute;left:0;top:0}
img{image-rendering:pixelated;background:repeating-conic-gradient(#eee 0 25%,#fff 0 50%) 0 0/16px 16px}
label{display:block;margin-top:6px}
.note{color:#9a6700}
`;
var SCRIPT = `
for (const section of document.querySelectorAll('section.image')) {
  for (const copy of section.querySelectorAll('img[data-from]')) {
    const source = section.querySelector('.view.side img[data-pic="' + copy.dataset.from + '"]')
    if (source) copy.src = source.src
  }
  const tabs = section.querySelector('.tabs')
  if (tabs) tabs.hidden = false
  const buttons = section.querySelectorAll('.tabs button')
  const views = section.querySelectorAll('.view')
  for (const button of buttons) {
    button.addEventListener('click', () => {
      for (const b of buttons) b.setAttribute('aria-pressed', String(b === button))
      for (const v of views) v.hidden = v.dataset.view !== button.dataset.view
    })
  }
  const opacity = section.querySelector('input.opacity')
  const over = section.querySelector('.overlay img.top')
  if (opacity && over) {
    const apply = () => { over.style.opacity = String(Number(opacity.value) / 100) }
    opacity.addEventListener('input', apply)
    apply()
  }
  const position = section.querySelector('input.position')
  const clip = section.querySelector('.slider img.top')
  if (position && clip) {
    const apply = () => { clip.style.clipPath = 'inset(0 ' + (100 - Number(position.value)) + '% 0 0)' }
    position.addEventListener('input', apply)
    apply()
  }
}
`;
function countsLine(images) {
  const counts = /* @__PURE__ */ new Map();
  for (const i of images) counts.set(i.status, (counts.get(i.status) ?? 0) + 1);
  const parts = ORDER.map((s) => `<span><b>${counts.get(s) ?? 0}</b> ${s}</span>`);
  return `<p class="counts">${parts.join("")}<span><b>${images.length}</b> images</span></p>`;
}
function metaLine(r) {
  const parts = [`<b>${r.status}</b>`];
  if (r.status === "changed" || r.status === "size-changed")
    parts.push(`${r.diffPixels} pixels differ (${r.allowedPixels} allowed)`);
  if (r.status === "size-changed" && r.baselineWidth !== void 0 && r.baselineHeight !== void 0)
    parts.push(`${r.baselineWidth}\xD7${r.baselineHeight} \u2192 ${r.width}\xD7${r.height}`);
  else if (r.width > 0) parts.push(`${r.width}\xD7${r.height}`);
  if (r.message) parts.push(escapeHtmlText(r.message, MAX_MESSAGE_CHARS));
  return `<p class="meta">${parts.join(" \xB7 ")}</p>`;
}
function sideBySide(alt, pics) {
  const figure = (pic) => {
    const png = pics[pic];
    return png ? `<figure>${img(png, pic, `${pic} of ${alt}`)}<figcaption>${pic}</figcaption></figure>` : "";
  };
  return `<div class="view side" data-view="side">${figure("baseline")}${figure("diff")}${figure("current")}</div>`;
}
function comparedViews(alt, pics) {
  const stack = `<div class="stack">${imgFrom("baseline", `baseline of ${alt}`)}${imgFrom("current", `current of ${alt}`, "top")}</div>`;
  return `<div class="tabs" hidden><button type="button" data-view="side" aria-pressed="true">Side by side</button> <button type="button" data-view="overlay" aria-pressed="false">Overlay</button> <button type="button" data-view="slider" aria-pressed="false">Slider</button></div>` + sideBySide(alt, pics) + `<div class="view overlay" data-view="overlay" hidden>${stack}<label>Current's opacity <input class="opacity" type="range" min="0" max="100" value="50"></label></div><div class="view slider" data-view="slider" hidden>${stack}<label>Current shown up to <input class="position" type="range" min="0" max="100" value="50"></label></div>`;
}
async function writeHtmlReport(dir, suite, images, opts = {}) {
  const budget = Math.max(0, opts.maxInlineBytes ?? DEFAULT_MAX_INLINE_BYTES);
  const nonce = randomBytes(16).toString("base64");
  let inlined = 0;
  let omitted = 0;
  const sections = [];
  const shown = suite.images.filter((r) => SHOWN.includes(r.status));
  shown.sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
  for (const [index, r] of shown.entries()) {
    const name = escapeHtmlText(r.name);
    const raw = images.get(r.name) ?? {};
    const pics = {};
    for (const k of ["baseline", "diff", "current"]) {
      const b = raw[k];
      if (b && isPng(b)) pics[k] = b;
    }
    const bytes = (pics.baseline?.length ?? 0) + (pics.diff?.length ?? 0) + (pics.current?.length ?? 0);
    let body;
    if (r.status === "error" || bytes === 0) body = "";
    else if (inlined + bytes > budget) {
      omitted++;
      body = `<p class="note">Pictures not inlined: this report's ${budget}-byte budget is spent (the diff PNGs are in the artifact).</p>`;
    } else {
      inlined += bytes;
      body = pics.baseline && pics.current ? comparedViews(name, pics) : sideBySide(name, pics);
    }
    sections.push(
      `<section class="image" id="image-${index}"><h2>${name}</h2>${metaLine(r)}${body}</section>`
    );
  }
  const title = escapeHtmlText(opts.title ?? "Visual report", 200);
  const csp = `default-src 'none'; img-src data:; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><meta name="referrer" content="no-referrer"><meta name="viewport" content="width=device-width"><title>${title}</title><style nonce="${nonce}">${STYLE}</style></head>
<body><h1>${title}</h1>${countsLine(suite.images)}` + (omitted > 0 ? `<p class="note">${omitted} image(s) shown without pictures (size budget).</p>` : "") + (sections.length === 0 ? "<p>No visual changes.</p>" : sections.join("\n")) + `<script nonce="${nonce}">${SCRIPT}</script></body></html>
`;
  const fileName = opts.fileName ?? "visual-report.html";
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,100}\.html$/.test(fileName))
    throw new UserError(`visual report: not a plain .html file name: ${fileName.slice(0, 100)}`);
  await mkdir2(dir, { recursive: true });
  const path = join2(dir, fileName);
  await writeFile2(path, html);
  return { path, inlinedBytes: inlined, omitted };
}
async function collectReportImages(dirs, images, maxBytes = DEFAULT_MAX_INLINE_BYTES) {
  const out = /* @__PURE__ */ new Map();
  let total = 0;
  const read = async (dir, name) => {
    if (!dir || !name || unsafeName(name)) return void 0;
    try {
      const st = await lstat2(join2(dir, name));
      if (!st.isFile() || total + st.size > maxBytes) return void 0;
      const bytes = await readFile(join2(dir, name));
      total += bytes.length;
      return bytes;
    } catch {
      return void 0;
    }
  };
  for (const r of images) {
    if (!SHOWN.includes(r.status) || r.status === "error") continue;
    const pics = {};
    const baseline = r.status === "added" ? void 0 : await read(dirs.baselineDir, r.name);
    const diff = await read(dirs.diffDir, r.diffImage);
    const current = r.status === "removed" ? void 0 : await read(dirs.currentDir, r.name);
    if (baseline) pics.baseline = baseline;
    if (diff) pics.diff = diff;
    if (current) pics.current = current;
    out.set(r.name, pics);
  }
  return out;
}

// src/visual/render.ts
var GATE_ID = "visual";
var TITLE = "Visual changes";
var MAX_ROWS = 100;
var MAX_LIST = 50;
var MAX_NOTES = 20;
var STATUS_MARK = {
  changed: "\u274C changed",
  "size-changed": "\u274C size changed",
  removed: "\u274C removed",
  error: "\u274C not compared",
  added: "\u{1F195} added",
  unchanged: "\u2705 unchanged"
};
function countsOf(images) {
  const n = {
    unchanged: 0,
    changed: 0,
    "size-changed": 0,
    added: 0,
    removed: 0,
    error: 0
  };
  for (const i of images) n[i.status]++;
  return n;
}
function sizeText(i) {
  if (i.status === "size-changed" && i.baselineWidth !== void 0 && i.baselineHeight !== void 0)
    return `${i.baselineWidth}\xD7${i.baselineHeight} \u2192 ${i.width}\xD7${i.height}`;
  return i.width > 0 ? `${i.width}\xD7${i.height}` : "\u2013";
}
function summaryLine(v) {
  const n = countsOf(v.images);
  const parts = [];
  if (n.changed) parts.push(`${n.changed} changed`);
  if (n["size-changed"]) parts.push(`${n["size-changed"]} resized`);
  if (n.removed) parts.push(`${n.removed} removed`);
  if (n.error) parts.push(`${n.error} not compared`);
  if (n.added) parts.push(`${n.added} added`);
  parts.push(`${n.unchanged} unchanged`);
  const head = `${v.images.length} image${v.images.length === 1 ? "" : "s"}: ${parts.join(", ")}`;
  if (v.excused.length > 0) return `${head} (${v.excused.length} approved)`;
  if (v.status !== "pass" && v.reason && (v.noResult || !v.base)) return `${head} \u2014 ${v.reason}`;
  return head;
}
function diffCell(i) {
  if (i.status === "removed" || i.status === "added" || i.status === "error") return "\u2013";
  return `${groupThousands(i.diffPixels)} / ${groupThousands(i.allowedPixels)}`;
}
function renderSection(v) {
  const out = [];
  const excused = new Set(v.excused);
  out.push(
    v.base ? `Base: ${escapeText(v.base.note, 300)}${v.base.sha ? ` (${inlineCode(v.base.sha.slice(0, 7))})` : ""}.` : `No baseline${v.reason ? `: ${escapeText(v.reason, 300)}` : ""}.`
  );
  if (v.excused.length > 0) {
    const by = (v.approvedBy ?? []).slice(0, 10).map((l) => escapeText(`@${l}`, 60));
    out.push(
      `${v.excused.length} changed image${v.excused.length === 1 ? " was" : "s were"} excused by an approval${by.length > 0 ? ` of ${by.join(", ")}` : ""} (the same diffs as approved before).`
    );
  }
  if (v.environment.length > 0) {
    out.push(
      `> \u26A0\uFE0F **The capture environment changed** between the base and this run: differences may come from it, not from the change.
>
${v.environment.slice(0, 10).map((c) => `> - ${escapeText(c.what, 100)}: ${escapeText(c.base, 200)} \u2192 ${escapeText(c.head, 200)}`).join("\n")}`
    );
  }
  const shown = v.images.filter((i) => ["changed", "size-changed", "removed", "error"].includes(i.status));
  if (shown.length > 0) {
    const rows = shown.slice(0, MAX_ROWS).map((i) => [
      inlineCode(i.name, 200, { cell: true }),
      escapeCell(sizeText(i)),
      diffCell(i),
      excused.has(i.name) && i.status !== "error" ? "\u2705 approved" : STATUS_MARK[i.status]
    ]);
    out.push(table(["image", "size", "diff pixels / allowed", "status"], rows, ["l", "r", "r", "l"]));
    if (shown.length > MAX_ROWS) out.push(`_${shown.length - MAX_ROWS} more images in the CLI's --json._`);
  }
  if (v.thumbnails) out.push(v.thumbnails);
  const errors = v.images.filter((i) => i.status === "error");
  if (errors.length > 0)
    out.push(
      errors.slice(0, MAX_LIST).map((i) => `- ${inlineCode(i.name, 200)}: ${escapeText(i.message ?? "could not be compared", 300)}`).join("\n")
    );
  if (v.diffArtifactUrl) out.push(`Diff images (cropped to the change): [artifact](${v.diffArtifactUrl}).`);
  else if (v.diffDir) out.push(`Diff images: ${inlineCode(v.diffDir, 500)}.`);
  for (const [status, word] of [
    ["added", "added"],
    ["unchanged", "unchanged"]
  ]) {
    const list = v.images.filter((i) => i.status === status);
    if (list.length === 0) continue;
    const body = list.slice(0, MAX_LIST).map((i) => `- ${inlineCode(i.name, 200)} (${sizeText(i)})`).join("\n") + (list.length > MAX_LIST ? `
- \u2026 ${list.length - MAX_LIST} more` : "");
    out.push(details(`${list.length} ${word} image${list.length === 1 ? "" : "s"}`, body));
  }
  if (v.notes.length > 0)
    out.push(
      v.notes.slice(0, MAX_NOTES).map((n) => `> \u26A0\uFE0F ${escapeText(n, 500)}`).join("\n>\n")
    );
  return out.join("\n\n");
}
function renderVisual(v) {
  const n = countsOf(v.images);
  const summary = summaryLine(v);
  return makeFragment({
    gate: GATE_ID,
    status: v.status,
    title: TITLE,
    summary,
    markdown: `${headingLine({ status: v.status, title: TITLE, summary })}

${renderSection(v)}`,
    metrics: {
      images: v.images.length,
      unchanged: n.unchanged,
      changed: n.changed,
      "size-changed": n["size-changed"],
      added: n.added,
      removed: n.removed,
      errors: n.error,
      approved: v.excused.length,
      "approved-by": (v.approvedBy ?? []).join(", ").slice(0, 200),
      "environment-changed": v.environment.length > 0
    },
    statusContext: `quality-gates/${GATE_ID}`,
    ...v.noResult ? { noResult: true } : {},
    ...v.sha ? { sha: v.sha } : {},
    ...v.url ? { url: v.url } : {}
  });
}

// src/visual/output.ts
function jsonResult(run) {
  const v = run.view;
  return {
    gate: "visual",
    status: run.view.status === "skipped" ? "neutral" : run.view.status,
    images: run.view.images.map((i) => ({
      name: i.name,
      status: i.status,
      diffPixels: i.diffPixels,
      width: i.width,
      height: i.height
    })),
    ...v.excused.length > 0 ? { approved: { images: v.excused.length, by: v.approvedBy ?? [] } } : {}
  };
}
function writeJsonResult(run, write) {
  write(`${JSON.stringify(jsonResult(run))}
`);
}
function printable(s, max = 120) {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?").slice(0, max);
}
function humanResult(run) {
  const v = run.view;
  const rows = [["image", "status", "size", "diff px / allowed"]];
  const shown = v.images.filter((i) => i.status !== "unchanged");
  for (const i of shown.slice(0, 500)) {
    rows.push([
      printable(i.name),
      i.status,
      sizeText(i),
      i.status === "changed" || i.status === "size-changed" || i.status === "unchanged" ? `${i.diffPixels} / ${i.allowedPixels}` : "\u2013"
    ]);
  }
  const out = [];
  if (shown.length > 0) {
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
    for (const r of rows)
      out.push(
        r.map((cell2, c) => cell2.padEnd(widths[c] ?? 0)).join("  ").trimEnd()
      );
    if (shown.length > 500) out.push(`\u2026 ${shown.length - 500} more (see --json)`);
  }
  for (const i of v.images)
    if (i.status === "error") out.push(`error: ${printable(i.name)}: ${printable(i.message ?? "", 300)}`);
  for (const c of v.environment) out.push(`environment changed: ${c.what}: ${c.base} \u2192 ${c.head}`);
  if (v.diffDir) out.push(`diff images: ${v.diffDir}`);
  for (const n of v.notes) out.push(`warning: ${printable(n, 500)}`);
  out.push(`${v.status.toUpperCase()}: ${printable(summaryLine(v), 500)}`);
  return `${out.join("\n")}
`;
}

// src/visual/gate.ts
var VISUAL_BASELINE_FILE = "visual-baseline.json";
var VISUAL_BASELINE_SCHEMA = "quality-gates/visual-baseline";
var MAX_OPTIONS_FILE_BYTES = 4 * 1024 * 1024;
var MAX_COPY_FILES = 5e4;
var MAX_COPY_DEPTH = 32;
var DIFF_RETENTION_DAYS = 14;
var RULES = "Rules";
var CAPTURE = "Capture";
var visualGate = defineGate({
  id: GATE_ID,
  action: "visual-diff",
  command: "visual",
  usage: "--current <dir> [--baseline <dir>] [--diff-dir <dir>] [options]",
  // host.workspace only locates the clone for git (revisions): no `git rev-parse` before a local compare.
  workspaceUse: "git",
  about: "Compare screenshots with the base side's, image by image (PNG names relative to the directories): pixelmatch\n7.2.0 counts, per-image options, diff images cropped to the change. Changed, resized, removed and unreadable\nimages fail; added ones are reported. Or capture the screenshots first from a built Storybook or a URL list.",
  settings: [
    {
      name: "task",
      kind: "enum",
      values: ["compare", "approve"],
      default: "compare",
      only: "action",
      description: "compare: the gate (screenshots vs the base side). approve: record a /approve-visual or /reject-visual comment, the approve-label or a manual run (pr) for the PR's current visual diffs and set its status (see visual-approve.yml).",
      group: "Inputs"
    },
    {
      name: "current",
      kind: "string",
      placeholder: "<dir>",
      description: "Directory of the head's screenshots (PNG files, any depth). With capture-storybook or capture-urls: where the captured screenshots go (new or empty; default a temporary directory).",
      group: "Inputs"
    },
    {
      name: "baseline",
      kind: "string",
      placeholder: "<dir>",
      description: "Directory of the base side's screenshots, same relative names. Empty = the stored baseline of the base commit (what the default branch saved).",
      group: "Inputs"
    },
    {
      name: "diff-dir",
      kind: "string",
      placeholder: "<dir>",
      description: "Where diff images of changed images are written (same relative names, cropped to the change). Empty = a temporary directory in a workflow (uploaded as an artifact), none on the CLI.",
      group: "Inputs"
    },
    {
      name: "options-file",
      kind: "string",
      placeholder: "<file>",
      description: `JSON or YAML of compare options for every image and per glob ("overrides": [{"match": "glob", ...}]): threshold, includeAA, maxDiffPixels, maxDiffRatio, ignore regions, mask PNGs. Settings given here override the file's defaults.`,
      group: "Inputs"
    },
    BASELINE_MODE_SETTING,
    {
      name: "threshold",
      kind: "number",
      min: 0,
      max: 1,
      default: 0.1,
      description: "pixelmatch's per-pixel threshold (0-1): a pixel differs when its YIQ colour distance exceeds it.",
      group: RULES
    },
    {
      name: "include-aa",
      kind: "boolean",
      default: false,
      description: "Count anti-aliased pixels as differences (pixelmatch includeAA).",
      group: RULES
    },
    {
      name: "max-diff-pixels",
      kind: "integer",
      min: 0,
      max: 1e9,
      description: "Pixels an image may differ by and still count as unchanged. Empty = 0 (with max-diff-ratio too, the smaller allowance wins).",
      group: RULES
    },
    {
      name: "max-diff-ratio",
      kind: "number",
      min: 0,
      max: 1,
      description: "Share of an image's pixels (0-1) that may differ. Empty = not set.",
      group: RULES
    },
    {
      name: "on-missing-baseline",
      kind: "enum",
      values: ["pass", "neutral", "fail"],
      default: "neutral",
      description: "Outcome when there is no base side (no stored baseline found, none given): pass, neutral or fail. Every screenshot is then reported as added.",
      group: RULES
    },
    {
      name: "capture-storybook",
      kind: "string",
      placeholder: "<dir>",
      description: "Capture the stories of this built storybook-static (its index.json), served on 127.0.0.1, instead of reading given screenshots.",
      group: CAPTURE
    },
    {
      name: "capture-urls",
      kind: "list",
      max: 5e3,
      placeholder: "<name=url>",
      description: "Capture these pages instead: one `name=url` a line (http(s) on loopback or an allowed host).",
      group: CAPTURE
    },
    {
      name: "viewports",
      kind: "list",
      max: 20,
      placeholder: "<WxH>",
      description: "Viewports to capture at, e.g. 1280x800, 375x667 (optionally name:WxH). Empty = 1280x800.",
      group: CAPTURE
    },
    {
      name: "color-schemes",
      kind: "list",
      max: 2,
      placeholder: "<light|dark>",
      description: "Colour schemes to capture in (prefers-color-scheme): light, dark or both. Empty = light.",
      group: CAPTURE
    },
    {
      name: "browser-path",
      kind: "string",
      placeholder: "<file>",
      description: "Chrome or Chromium to capture with. Empty = $CHROME_BIN, else Chrome or Chromium on PATH (the runner's Chrome).",
      group: CAPTURE
    },
    {
      name: "mask-selectors",
      kind: "list",
      max: 50,
      placeholder: "<css>",
      description: "CSS selectors painted over in every screenshot (clocks, ads, random content).",
      group: CAPTURE
    },
    {
      name: "allowed-hosts",
      kind: "list",
      max: 100,
      placeholder: "<host>",
      description: "Hosts besides loopback that captured pages may load from (exact names, e.g. a font CDN); other requests are blocked.",
      group: CAPTURE
    },
    {
      name: "thumbnails",
      kind: "boolean",
      default: true,
      only: "action",
      description: "On a pull request, show baseline | diff | current thumbnails of the changed images in the comment, stored on the orphan branch quality-gates-assets through the git data API (needs contents: write; a run on the PR's closed event removes its folder, the branch is squashed past 50 MiB). Without write access (fork PRs), a link to the report artifact instead.",
      group: "Report"
    },
    {
      name: "baseline-out",
      kind: "string",
      only: "cli",
      placeholder: "<dir>",
      description: "copy the current screenshots (and meta.json) to this new or empty directory, for a later --baseline",
      group: "Baseline"
    },
    ...BASELINE_SETTINGS,
    ...APPROVE_SETTINGS
  ],
  async evaluate(s, host) {
    if (s.task === "approve") return approveResult(await approveTask(s, host));
    const closed = closedPullRequest(host);
    if (closed) return pruneClosed(host, closed, s.thumbnails);
    const get = hostInputs(host);
    const store = host.baselines;
    const { mode, gating } = baselineMode(s.mode, store);
    const walkBack = baselineOptions(s).walkBack;
    const notes = [];
    const captureSpec = captureSettings(s, get);
    const options = await compareOptions(s, host.cwd, labelOf(get, "options-file"));
    const kind = `visual-${configHash(captureSpec)}`;
    let currentDir;
    if (captureSpec) {
      currentDir = s.current ? resolve(host.cwd, s.current) : join3(host.tempDir, "visual-current");
      const { capture } = await import("./capture-VX7TLJZJ.js");
      const result2 = await host.logger.group(
        "Capture screenshots",
        () => capture({
          ...captureSpec.options,
          outDir: currentDir,
          ...s["browser-path"] ? { browserPath: resolve(host.cwd, s["browser-path"]) } : {},
          log: (line) => host.logger.log("info", line)
        })
      );
      if (result2.errors > 0)
        notes.push(
          `${result2.errors} screenshot${result2.errors === 1 ? "" : "s"} could not be captured (see the log)`
        );
      if (result2.unstable > 0)
        notes.push(
          `${result2.unstable} screenshot${result2.unstable === 1 ? " was" : "s were"} never stable (two identical shots)`
        );
    } else {
      if (!s.current)
        throw new UserError(
          `${labelOf(get, "current")} is required: the directory of the screenshots to compare (or capture-storybook / capture-urls to take them)`
        );
      currentDir = resolve(host.cwd, s.current);
    }
    let base2 = null;
    if (s.baseline) {
      base2 = { dir: resolve(host.cwd, s.baseline), note: `baseline ${s.baseline}` };
    } else if (gating) {
      const git = createGit(resolve(host.workspace));
      const found = await loadStored(host, store, kind, await baselineCandidates(host, git, walkBack));
      if (found.dir) base2 = { dir: found.dir, note: found.note, ...found.sha ? { sha: found.sha } : {} };
      else notes.push(found.note);
    }
    const diffDir = s["diff-dir"] ? resolve(host.cwd, s["diff-dir"]) : host.context.repository ? join3(host.tempDir, "visual-diff") : void 0;
    const emptyBase = join3(host.tempDir, "visual-no-baseline");
    if (!base2) await mkdir3(emptyBase, { recursive: true });
    const script = workerScript();
    const suite = await host.logger.group(
      "Compare screenshots",
      () => compareSuites({
        baselineDir: base2?.dir ?? emptyBase,
        currentDir,
        ...diffDir ? { diffDir } : {},
        options,
        fingerprints: true,
        ...script ? { workerScript: script } : { poolSize: 0 }
      })
    );
    const st = suite.stats;
    host.logger.log(
      "info",
      `${suite.images.length} images: ${st.byteIdentical} byte-identical, ${st.decodedEqual} equal after decoding, ${st.diffed} diffed (${lanesLine(st, script !== void 0)})`
    );
    let environment = [];
    if (base2) {
      const [bm, hm] = await Promise.all([
        readCaptureMeta(join3(base2.dir, CAPTURE_META_FILE)).catch((e) => {
          notes.push(`baseline ${CAPTURE_META_FILE} ignored: ${describeError(e)}`);
          return void 0;
        }),
        readCaptureMeta(join3(currentDir, CAPTURE_META_FILE))
      ]);
      if (bm && hm) environment = environmentChanged(bm, hm);
    }
    const pr = gating ? await host.pullRequest() : void 0;
    const approvers = pr ? await approvalsOf(host, pr.number, s["approval-author"]) : /* @__PURE__ */ new Map();
    const excused = excusedImages(suite.images, new Set(approvers.keys()));
    const approvedBy = [
      ...new Set(
        suite.images.flatMap(
          (i) => excused.has(i.name) && i.fingerprint ? [approvers.get(i.fingerprint)] : []
        )
      )
    ].sort();
    const verdict = judge(suite.images, {
      excused,
      hasBaseline: base2 !== null,
      onMissingBaseline: s["on-missing-baseline"],
      environment
    });
    let diffArtifactUrl;
    const diffFiles = suite.images.flatMap((i) => i.diffImage ? [i.diffImage] : []);
    const changed = changedImages(suite.images);
    let pictures = /* @__PURE__ */ new Map();
    if (diffDir && changed.length > 0) {
      try {
        pictures = await collectReportImages({ baselineDir: base2?.dir, currentDir, diffDir }, suite.images);
        const report = await writeHtmlReport(diffDir, suite, pictures);
        diffFiles.push(relative(diffDir, report.path));
      } catch (e) {
        notes.push(`the HTML report was not written: ${describeError(e)}`);
      }
    }
    if (diffDir && diffFiles.length > 0 && host.artifacts?.canUpload && host.context.repository) {
      const name = fragmentArtifactName(
        defaultFragmentName(GATE_ID, s.name || void 0).replace("-fragment-", "-diff-"),
        host.context.runAttempt
      );
      try {
        const up = await host.artifacts.upload(
          name,
          diffFiles.map((f) => join3(diffDir, f)),
          diffDir,
          DIFF_RETENTION_DAYS
        );
        const { owner, repo } = host.context.repository;
        if (host.context.runId !== void 0)
          diffArtifactUrl = `${host.context.serverUrl}/${owner}/${repo}/actions/runs/${host.context.runId}/artifacts/${up.id}`;
        host.logger.log("info", `uploaded ${diffFiles.length} diff images as artifact ${name}`);
      } catch (e) {
        host.logger.log("warning", `the diff images were not uploaded: ${describeError(e)}`);
      }
    }
    if (pr) {
      const context = gateContext(GATE_ID, s.name || void 0);
      const approvable = (i) => (i.status === "changed" || i.status === "size-changed") && i.fingerprint !== void 0;
      const unapprovable = suite.images.filter((i) => FAILING.has(i.status) && !approvable(i)).length;
      try {
        const name = await recordPending(
          host,
          pendingFromImages(suite.images, context, pr.headSha, unapprovable)
        );
        if (name) host.logger.log("info", `visual approvals: pending diffs recorded as artifact ${name}`);
      } catch (e) {
        host.logger.log(
          "warning",
          `the pending diffs for /approve-visual were not recorded: ${describeError(e)}`
        );
      }
    }
    const sha = pr?.headSha ?? (host.context.sha || void 0);
    let thumbnails;
    if (s.thumbnails && pr && !pr.isFork && host.octokit && host.context.repository && changed.length > 0) {
      const out = await publishThumbnails({
        octokit: host.octokit,
        ...host.context.repository,
        pr: pr.number,
        sha: pr.headSha,
        images: changed.map((i) => ({
          name: i.name,
          ...pictures.get(i.name),
          ...i.changedBox ? { box: i.changedBox } : {}
        })),
        log: (line) => host.logger.log("info", line)
      });
      thumbnails = out.published ? thumbnailTable(suite.images, out.urls, diffArtifactUrl ? { reportUrl: diffArtifactUrl } : {}) : diffArtifactUrl ? thumbnailLinks(suite.images, diffArtifactUrl, { list: false }) : void 0;
    }
    const url = runUrl(host.context);
    const view = {
      status: verdict.status,
      images: suite.images,
      excused: [...excused],
      approvedBy,
      base: base2 ? { note: base2.note, ...base2.sha ? { sha: base2.sha } : {} } : null,
      environment,
      ...verdict.reason ? { reason: verdict.reason } : {},
      noResult: verdict.noResult,
      notes,
      ...diffArtifactUrl ? { diffArtifactUrl } : {},
      ...thumbnails ? { thumbnails } : {},
      ...diffDir && diffFiles.length > 0 ? { diffDir } : {},
      ...sha ? { sha } : {},
      ...url ? { url } : {}
    };
    for (const n of notes) host.logger.log("warning", n);
    if (mode === "save") {
      const git = createGit(resolve(host.workspace));
      await saveThisBaseline(host, store, git, {
        kind,
        hash: configHash(captureSpec),
        currentDir,
        images: suite.images,
        out: s["baseline-out"],
        retentionDays: baselineOptions(s).retentionDays
      });
    }
    const fragment = renderVisual(view);
    if (pr && verdict.status === "fail")
      Object.assign(fragment.metrics, approvalClaimMetrics(verdict.failing));
    const data = { view };
    const result = {
      fragment,
      ...sha ? { sha } : {},
      onCommit: pr !== void 0 || mode === "save",
      outputs: {
        changed: String(verdict.failing.length),
        "baseline-sha": base2?.sha ?? "",
        "diff-artifact-url": diffArtifactUrl ?? ""
      },
      ...verdict.status === "fail" ? { failure: `visual gate failed: ${verdict.reason}` } : {},
      data
    };
    return result;
  },
  print: {
    json: (run, write) => "task" in run ? run.task === "approve" ? writeApproveJson(run, write) : write(`${JSON.stringify({ gate: GATE_ID, task: "prune", pr: run.pr, pruned: run.pruned })}
`) : writeJsonResult(run, write),
    human: (run) => "task" in run ? run.task === "approve" ? humanApprove(run) : `${run.summary}
` : humanResult(run)
  }
});
var rec = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
function closedPullRequest(host) {
  const { eventName, payload } = host.context;
  if (eventName !== "pull_request" && eventName !== "pull_request_target") return void 0;
  if (payload.action !== "closed") return void 0;
  const pull = rec(payload.pull_request);
  const number = pull?.number;
  if (typeof number !== "number" || !Number.isSafeInteger(number) || number < 1)
    throw new UserError("pull_request closed event without a pull request number");
  const head = rec(rec(pull?.head)?.repo)?.full_name;
  const base2 = rec(rec(pull?.base)?.repo)?.full_name;
  return { number, fork: typeof head === "string" && typeof base2 === "string" && head !== base2 };
}
async function pruneClosed(host, closed, thumbnails) {
  const repo = host.context.repository;
  let pruned = false;
  let summary;
  if (!thumbnails) summary = "thumbnails: false, nothing to remove";
  else if (closed.fork) summary = "a fork's pull request has no thumbnails on the assets branch";
  else if (!host.octokit || !repo) summary = "no GitHub token: its thumbnails were not removed";
  else {
    const out = await prunePr({
      octokit: host.octokit,
      ...repo,
      pr: closed.number,
      log: (line) => host.logger.log("info", line)
    });
    pruned = out.pruned;
    summary = out.pruned ? "its thumbnails were removed from the assets branch" : out.reason;
    if (!out.pruned && !/^no pr-\d+ folder/.test(out.reason)) host.logger.log("warning", out.reason);
  }
  summary = `pull request #${closed.number} closed: ${summary}`;
  host.logger.log("info", `visual: ${summary}`);
  return {
    fragment: makeFragment({
      gate: GATE_ID,
      status: "skipped",
      title: TITLE,
      summary,
      markdown: headingLine({ status: "skipped", title: TITLE, summary }),
      metrics: { pruned },
      statusContext: gateContext(GATE_ID, void 0)
    }),
    onCommit: false,
    uploadFragment: false,
    outputs: { changed: "0" },
    data: { task: "prune", pr: closed.number, pruned, summary }
  };
}
async function approvalsOf(host, pr, author) {
  const repo = host.context.repository;
  if (!host.octokit || !repo) return /* @__PURE__ */ new Map();
  try {
    return await readApprovers(host.octokit, repo, pr, author ? { author } : {});
  } catch (e) {
    host.logger.log("warning", `visual approvals of #${pr} not read, nothing excused: ${describeError(e)}`);
    return /* @__PURE__ */ new Map();
  }
}
var FAILING = /* @__PURE__ */ new Set(["changed", "size-changed", "removed", "error"]);
function judge(images, o) {
  const failing = images.filter(
    (i) => FAILING.has(i.status) && (i.status === "error" || !o.excused.has(i.name))
  );
  const errors = failing.filter((i) => i.status === "error").length;
  const changes = failing.length - errors;
  if (!o.hasBaseline) {
    if (errors > 0)
      return {
        status: "fail",
        failing,
        reason: `${plural(errors, "image")} could not be read`,
        noResult: false
      };
    const reason = "no baseline to compare with";
    return o.onMissingBaseline === "pass" ? { status: "pass", failing: [], noResult: false } : { status: o.onMissingBaseline, failing: [], reason, noResult: false };
  }
  if (images.length === 0)
    return { status: "neutral", failing, reason: "no screenshots on either side", noResult: true };
  if (changes > 0 && o.environment.length > 0) {
    const what = o.environment.slice(0, 3).map((c) => `${c.what} ${c.base} \u2192 ${c.head}`).join("; ");
    return {
      status: "neutral",
      failing,
      reason: `capture environment changed (${what}): ${plural(changes, "image")} differ, not judged; refresh the baseline on the default branch`,
      noResult: true
    };
  }
  if (failing.length > 0) {
    const parts = [];
    const n = (st) => failing.filter((i) => i.status === st).length;
    if (n("changed") > 0) parts.push(`${n("changed")} changed`);
    if (n("size-changed") > 0) parts.push(`${n("size-changed")} resized`);
    if (n("removed") > 0) parts.push(`${n("removed")} removed`);
    if (errors > 0) parts.push(`${errors} not comparable`);
    return {
      status: "fail",
      failing,
      reason: `${plural(failing.length, "image")}: ${parts.join(", ")}`,
      noResult: false
    };
  }
  return { status: "pass", failing, noResult: false };
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function captureSettings(s, get) {
  const storybook = s["capture-storybook"];
  const urls = s["capture-urls"];
  if (storybook && urls.length > 0)
    throw new UserError(
      `${labelOf(get, "capture-storybook")} and ${labelOf(get, "capture-urls")}: give one source to capture, not both`
    );
  if (!storybook && urls.length === 0) return null;
  const viewports = (s.viewports.length > 0 ? s.viewports : ["1280x800"]).map(
    (v) => parseViewport(v, labelOf(get, "viewports"))
  );
  const schemes = s["color-schemes"].length > 0 ? s["color-schemes"] : ["light"];
  for (const c of schemes)
    if (c !== "light" && c !== "dark")
      throw new UserError(`${labelOf(get, "color-schemes")}: "${c.slice(0, 40)}" is not light or dark`);
  const source = storybook ? { storybook: resolve(storybook) } : {
    urls: urls.map((line) => {
      const eq = line.indexOf("=");
      const name = eq > 0 ? line.slice(0, eq).trim() : line;
      const url = eq > 0 ? line.slice(eq + 1).trim() : line;
      return { name, url };
    })
  };
  return {
    options: {
      source,
      viewports,
      colorSchemes: schemes,
      masks: s["mask-selectors"],
      allowedHosts: s["allowed-hosts"]
    },
    config: {
      source: storybook ? "storybook" : "urls",
      viewports: viewports.map((v) => `${v.name}:${v.width}x${v.height}`),
      colorSchemes: schemes,
      masks: s["mask-selectors"]
    }
  };
}
function parseViewport(text, label) {
  const m = /^(?:([A-Za-z0-9][A-Za-z0-9_-]{0,39}):)?(\d{1,5})[x\u00D7](\d{1,5})$/.exec(text.trim());
  if (!m)
    throw new UserError(
      `${label}: "${text.slice(0, 60)}" is not a viewport (WIDTHxHEIGHT, optionally name:WIDTHxHEIGHT)`
    );
  const width = Number(m[2]);
  const height = Number(m[3]);
  return { name: m[1] ?? `${width}x${height}`, width, height };
}
function configHash(spec) {
  return createHash2("sha256").update(JSON.stringify(spec?.config ?? { source: "files" })).digest("hex").slice(0, 12);
}
async function compareOptions(s, cwd, label) {
  let spec = {};
  const file = s["options-file"];
  if (file) {
    const path = resolve(cwd, file);
    let text;
    try {
      const st = await lstat3(path);
      if (!st.isFile()) throw new UserError(`${label} ${file}: not a regular file`);
      if (st.size > MAX_OPTIONS_FILE_BYTES)
        throw new UserError(`${label} ${file}: larger than ${MAX_OPTIONS_FILE_BYTES} bytes`);
      text = await readFile2(path, "utf8");
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw new UserError(`${label} ${file}: cannot read (${e.code ?? "error"})`);
    }
    let parsed;
    const yaml = /\.json$/i.test(file) ? null : await loadYaml();
    try {
      parsed = yaml ? yaml.parse(text, { maxAliasCount: 100 }) : JSON.parse(text);
    } catch (e) {
      throw new UserError(
        `${label} ${file}: not valid ${/\.json$/i.test(file) ? "JSON" : "YAML"}: ${describeError(e).split("\n")[0]}`
      );
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
      throw new UserError(`${label} ${file}: must be an object of options`);
    spec = withMaskPaths(parsed, dirname2(path));
  }
  const fromSettings = {};
  if (s.threshold !== 0.1 || spec.threshold === void 0) fromSettings.threshold = s.threshold;
  if (s["include-aa"] || spec.includeAA === void 0) fromSettings.includeAA = s["include-aa"];
  if (s["max-diff-pixels"] !== void 0) fromSettings.maxDiffPixels = s["max-diff-pixels"];
  if (s["max-diff-ratio"] !== void 0) fromSettings.maxDiffRatio = s["max-diff-ratio"];
  const merged = { ...spec, ...fromSettings };
  const { optionsResolver: optionsResolver2 } = await import("./options-G3JM4QM6.js");
  optionsResolver2(merged);
  return merged;
}
function withMaskPaths(spec, dir) {
  const fix = (o) => typeof o.mask === "string" && o.mask !== "" ? { ...o, mask: resolve(dir, o.mask) } : o;
  const out = fix(spec);
  if (Array.isArray(spec.overrides))
    out.overrides = spec.overrides.map((o) => o && typeof o === "object" ? fix(o) : o);
  return out;
}
function lanesLine(st, haveWorkerScript) {
  if (!haveWorkerScript) return "in process";
  const workers = `${st.poolSize} worker thread${st.poolSize === 1 ? "" : "s"}`;
  if (st.workerPairs > 0) return `${st.mainThreadPairs} on the main thread, ${st.workerPairs} on ${workers}`;
  return st.poolSize > 0 ? `on the main thread; the ${workers} join past ${MAIN_ONLY_PAIRS} pairs to decode` : `on the main thread; no worker thread on ${availableParallelism2()} cores`;
}
async function loadYaml() {
  const m = await import("./dist-OI26U7YT.js");
  return typeof m.parse === "function" ? m : m.default;
}
function workerScript() {
  try {
    const file = fileURLToPath2(new URL("./visual-worker.js", import.meta.url));
    return existsSync2(file) ? file : void 0;
  } catch {
    return void 0;
  }
}
async function loadStored(host, store, kind, candidates) {
  if (!store) return { note: "no baseline: no GitHub token or artifact service in this run" };
  try {
    const found = await store.find(kind, candidates, VISUAL_BASELINE_FILE);
    if (!found.found) return { note: `no baseline${found.note ? `: ${found.note}` : ""}` };
    const index = await readFile2(found.path, "utf8").catch(() => {
      throw new UserError(`the stored baseline has no ${VISUAL_BASELINE_FILE}`);
    });
    let parsed;
    try {
      parsed = JSON.parse(index.slice(0, 1e5));
    } catch {
      throw new UserError(`the stored baseline's ${VISUAL_BASELINE_FILE} is not JSON`);
    }
    if (parsed?.schema !== VISUAL_BASELINE_SCHEMA)
      throw new UserError(`the stored baseline's ${VISUAL_BASELINE_FILE} is not a visual baseline`);
    return { dir: dirname2(found.path), ...found.sha ? { sha: found.sha } : {}, note: found.note };
  } catch (error) {
    if (!host.context.repository && error instanceof UserError) throw error;
    return { note: `no baseline: ${describeError(error)}` };
  }
}
async function copyScreenshots(from, to) {
  let copied = 0;
  const walk = async (dir, rel, depth) => {
    if (depth > MAX_COPY_DEPTH) throw new UserError(`${from}: folders nested deeper than ${MAX_COPY_DEPTH}`);
    for (const e of await readdir2(dir, { withFileTypes: true })) {
      const name = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(join3(dir, e.name), name, depth + 1);
      else if (e.isFile() && (/\.png$/i.test(e.name) || name === CAPTURE_META_FILE) && !unsafeName(name)) {
        if (++copied > MAX_COPY_FILES) throw new UserError(`${from}: more than ${MAX_COPY_FILES} images`);
        await mkdir3(join3(to, rel), { recursive: true });
        await copyFile(join3(dir, e.name), join3(to, name));
      }
    }
  };
  await walk(from, "", 0);
  return copied;
}
async function saveThisBaseline(host, store, git, o) {
  const sha = host.context.sha || await revParse(git, "HEAD").catch(() => "local");
  const index = {
    schema: VISUAL_BASELINE_SCHEMA,
    version: 1,
    sha,
    configHash: o.hash,
    createdAt: host.now().toISOString(),
    images: o.images.filter((i) => i.status !== "removed" && i.status !== "error").length
  };
  if (o.out !== void 0) {
    const to = resolve(host.cwd, o.out);
    const existing = await readdir2(to).catch(() => []);
    if (existing.length > 0) throw new UserError(`--baseline-out ${o.out}: the directory is not empty`);
    await mkdir3(to, { recursive: true });
    const n = await copyScreenshots(o.currentDir, to);
    await writeFile3(join3(to, VISUAL_BASELINE_FILE), `${JSON.stringify(index, null, 2)}
`);
    host.logger.log("info", `saved ${n} files as the baseline in ${to}`);
    return;
  }
  if (!store) {
    host.logger.log("warning", "baseline not saved: no GitHub token or artifact service in this run");
    return;
  }
  await saveBaselineDir(
    host,
    store,
    "visual baseline",
    { kind: o.kind, sha, file: VISUAL_BASELINE_FILE, retentionDays: o.retentionDays },
    async (dir) => {
      const n = await copyScreenshots(o.currentDir, dir);
      await writeFile3(join3(dir, VISUAL_BASELINE_FILE), `${JSON.stringify(index, null, 2)}
`);
      host.logger.log("info", `the visual baseline holds ${n} files`);
    }
  );
}
export {
  VISUAL_BASELINE_FILE,
  VISUAL_BASELINE_SCHEMA,
  judge,
  parseViewport,
  visualGate
};
//# sourceMappingURL=gate-NQ4KJYGB.js.map
