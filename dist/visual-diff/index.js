import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  allowedPixels,
  optionsResolver
} from "../chunks/chunk-NBU46NMV.js";
import {
  CAPTURE_META_FILE,
  environmentChanged,
  readCaptureMeta
} from "../chunks/chunk-FNOGQ4VK.js";
import {
  require_dist
} from "../chunks/chunk-FVLKALZD.js";
import {
  runAction
} from "../chunks/chunk-6AUVIR27.js";
import "../chunks/chunk-TWUPE6RB.js";
import {
  BASELINE_MODE_SETTING,
  BASELINE_SETTINGS,
  baselineMode,
  baselineOptions,
  defaultFragmentName,
  defineGate,
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
  runUrl,
  setCommitStatus,
  table
} from "../chunks/chunk-XGFHJPBF.js";
import "../chunks/chunk-QWVAMGUU.js";
import {
  createGit,
  firstParentAncestors,
  readZipEntryText,
  revParse,
  testedCommitBase
} from "../chunks/chunk-64KDB2CF.js";
import "../chunks/chunk-YXQKJTP4.js";
import "../chunks/chunk-TXHEUA3E.js";
import {
  classifyApiError,
  describeApiError
} from "../chunks/chunk-HX5UPTZB.js";
import {
  UserError,
  describeError
} from "../chunks/chunk-XW4BQXO4.js";
import "../chunks/chunk-LOVDF2MX.js";
import "../chunks/chunk-GQ6HKKYI.js";
import "../chunks/chunk-Y2PPTHBY.js";
import {
  __commonJS,
  __require,
  __toESM
} from "../chunks/chunk-7HUOYEXQ.js";

// node_modules/pngjs/lib/chunkstream.js
var require_chunkstream = __commonJS({
  "node_modules/pngjs/lib/chunkstream.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var Stream = __require("stream");
    var ChunkStream = module.exports = function() {
      Stream.call(this);
      this._buffers = [];
      this._buffered = 0;
      this._reads = [];
      this._paused = false;
      this._encoding = "utf8";
      this.writable = true;
    };
    util.inherits(ChunkStream, Stream);
    ChunkStream.prototype.read = function(length, callback) {
      this._reads.push({
        length: Math.abs(length),
        // if length < 0 then at most this length
        allowLess: length < 0,
        func: callback
      });
      process.nextTick(
        function() {
          this._process();
          if (this._paused && this._reads && this._reads.length > 0) {
            this._paused = false;
            this.emit("drain");
          }
        }.bind(this)
      );
    };
    ChunkStream.prototype.write = function(data, encoding) {
      if (!this.writable) {
        this.emit("error", new Error("Stream not writable"));
        return false;
      }
      let dataBuffer;
      if (Buffer.isBuffer(data)) {
        dataBuffer = data;
      } else {
        dataBuffer = Buffer.from(data, encoding || this._encoding);
      }
      this._buffers.push(dataBuffer);
      this._buffered += dataBuffer.length;
      this._process();
      if (this._reads && this._reads.length === 0) {
        this._paused = true;
      }
      return this.writable && !this._paused;
    };
    ChunkStream.prototype.end = function(data, encoding) {
      if (data) {
        this.write(data, encoding);
      }
      this.writable = false;
      if (!this._buffers) {
        return;
      }
      if (this._buffers.length === 0) {
        this._end();
      } else {
        this._buffers.push(null);
        this._process();
      }
    };
    ChunkStream.prototype.destroySoon = ChunkStream.prototype.end;
    ChunkStream.prototype._end = function() {
      if (this._reads.length > 0) {
        this.emit("error", new Error("Unexpected end of input"));
      }
      this.destroy();
    };
    ChunkStream.prototype.destroy = function() {
      if (!this._buffers) {
        return;
      }
      this.writable = false;
      this._reads = null;
      this._buffers = null;
      this.emit("close");
    };
    ChunkStream.prototype._processReadAllowingLess = function(read) {
      this._reads.shift();
      let smallerBuf = this._buffers[0];
      if (smallerBuf.length > read.length) {
        this._buffered -= read.length;
        this._buffers[0] = smallerBuf.slice(read.length);
        read.func.call(this, smallerBuf.slice(0, read.length));
      } else {
        this._buffered -= smallerBuf.length;
        this._buffers.shift();
        read.func.call(this, smallerBuf);
      }
    };
    ChunkStream.prototype._processRead = function(read) {
      this._reads.shift();
      let pos = 0;
      let count = 0;
      let data = Buffer.alloc(read.length);
      while (pos < read.length) {
        let buf = this._buffers[count++];
        let len = Math.min(buf.length, read.length - pos);
        buf.copy(data, pos, 0, len);
        pos += len;
        if (len !== buf.length) {
          this._buffers[--count] = buf.slice(len);
        }
      }
      if (count > 0) {
        this._buffers.splice(0, count);
      }
      this._buffered -= read.length;
      read.func.call(this, data);
    };
    ChunkStream.prototype._process = function() {
      try {
        while (this._buffered > 0 && this._reads && this._reads.length > 0) {
          let read = this._reads[0];
          if (read.allowLess) {
            this._processReadAllowingLess(read);
          } else if (this._buffered >= read.length) {
            this._processRead(read);
          } else {
            break;
          }
        }
        if (this._buffers && !this.writable) {
          this._end();
        }
      } catch (ex) {
        this.emit("error", ex);
      }
    };
  }
});

// node_modules/pngjs/lib/interlace.js
var require_interlace = __commonJS({
  "node_modules/pngjs/lib/interlace.js"(exports) {
    "use strict";
    var imagePasses = [
      {
        // pass 1 - 1px
        x: [0],
        y: [0]
      },
      {
        // pass 2 - 1px
        x: [4],
        y: [0]
      },
      {
        // pass 3 - 2px
        x: [0, 4],
        y: [4]
      },
      {
        // pass 4 - 4px
        x: [2, 6],
        y: [0, 4]
      },
      {
        // pass 5 - 8px
        x: [0, 2, 4, 6],
        y: [2, 6]
      },
      {
        // pass 6 - 16px
        x: [1, 3, 5, 7],
        y: [0, 2, 4, 6]
      },
      {
        // pass 7 - 32px
        x: [0, 1, 2, 3, 4, 5, 6, 7],
        y: [1, 3, 5, 7]
      }
    ];
    exports.getImagePasses = function(width, height) {
      let images = [];
      let xLeftOver = width % 8;
      let yLeftOver = height % 8;
      let xRepeats = (width - xLeftOver) / 8;
      let yRepeats = (height - yLeftOver) / 8;
      for (let i = 0; i < imagePasses.length; i++) {
        let pass = imagePasses[i];
        let passWidth = xRepeats * pass.x.length;
        let passHeight = yRepeats * pass.y.length;
        for (let j = 0; j < pass.x.length; j++) {
          if (pass.x[j] < xLeftOver) {
            passWidth++;
          } else {
            break;
          }
        }
        for (let j = 0; j < pass.y.length; j++) {
          if (pass.y[j] < yLeftOver) {
            passHeight++;
          } else {
            break;
          }
        }
        if (passWidth > 0 && passHeight > 0) {
          images.push({ width: passWidth, height: passHeight, index: i });
        }
      }
      return images;
    };
    exports.getInterlaceIterator = function(width) {
      return function(x, y, pass) {
        let outerXLeftOver = x % imagePasses[pass].x.length;
        let outerX = (x - outerXLeftOver) / imagePasses[pass].x.length * 8 + imagePasses[pass].x[outerXLeftOver];
        let outerYLeftOver = y % imagePasses[pass].y.length;
        let outerY = (y - outerYLeftOver) / imagePasses[pass].y.length * 8 + imagePasses[pass].y[outerYLeftOver];
        return outerX * 4 + outerY * width * 4;
      };
    };
  }
});

// node_modules/pngjs/lib/paeth-predictor.js
var require_paeth_predictor = __commonJS({
  "node_modules/pngjs/lib/paeth-predictor.js"(exports, module) {
    "use strict";
    module.exports = function paethPredictor(left, above, upLeft) {
      let paeth = left + above - upLeft;
      let pLeft = Math.abs(paeth - left);
      let pAbove = Math.abs(paeth - above);
      let pUpLeft = Math.abs(paeth - upLeft);
      if (pLeft <= pAbove && pLeft <= pUpLeft) {
        return left;
      }
      if (pAbove <= pUpLeft) {
        return above;
      }
      return upLeft;
    };
  }
});

// node_modules/pngjs/lib/filter-parse.js
var require_filter_parse = __commonJS({
  "node_modules/pngjs/lib/filter-parse.js"(exports, module) {
    "use strict";
    var interlaceUtils = require_interlace();
    var paethPredictor = require_paeth_predictor();
    function getByteWidth(width, bpp, depth) {
      let byteWidth = width * bpp;
      if (depth !== 8) {
        byteWidth = Math.ceil(byteWidth / (8 / depth));
      }
      return byteWidth;
    }
    var Filter = module.exports = function(bitmapInfo, dependencies) {
      let width = bitmapInfo.width;
      let height = bitmapInfo.height;
      let interlace = bitmapInfo.interlace;
      let bpp = bitmapInfo.bpp;
      let depth = bitmapInfo.depth;
      this.read = dependencies.read;
      this.write = dependencies.write;
      this.complete = dependencies.complete;
      this._imageIndex = 0;
      this._images = [];
      if (interlace) {
        let passes = interlaceUtils.getImagePasses(width, height);
        for (let i = 0; i < passes.length; i++) {
          this._images.push({
            byteWidth: getByteWidth(passes[i].width, bpp, depth),
            height: passes[i].height,
            lineIndex: 0
          });
        }
      } else {
        this._images.push({
          byteWidth: getByteWidth(width, bpp, depth),
          height,
          lineIndex: 0
        });
      }
      if (depth === 8) {
        this._xComparison = bpp;
      } else if (depth === 16) {
        this._xComparison = bpp * 2;
      } else {
        this._xComparison = 1;
      }
    };
    Filter.prototype.start = function() {
      this.read(
        this._images[this._imageIndex].byteWidth + 1,
        this._reverseFilterLine.bind(this)
      );
    };
    Filter.prototype._unFilterType1 = function(rawData, unfilteredLine, byteWidth) {
      let xComparison = this._xComparison;
      let xBiggerThan = xComparison - 1;
      for (let x = 0; x < byteWidth; x++) {
        let rawByte = rawData[1 + x];
        let f1Left = x > xBiggerThan ? unfilteredLine[x - xComparison] : 0;
        unfilteredLine[x] = rawByte + f1Left;
      }
    };
    Filter.prototype._unFilterType2 = function(rawData, unfilteredLine, byteWidth) {
      let lastLine = this._lastLine;
      for (let x = 0; x < byteWidth; x++) {
        let rawByte = rawData[1 + x];
        let f2Up = lastLine ? lastLine[x] : 0;
        unfilteredLine[x] = rawByte + f2Up;
      }
    };
    Filter.prototype._unFilterType3 = function(rawData, unfilteredLine, byteWidth) {
      let xComparison = this._xComparison;
      let xBiggerThan = xComparison - 1;
      let lastLine = this._lastLine;
      for (let x = 0; x < byteWidth; x++) {
        let rawByte = rawData[1 + x];
        let f3Up = lastLine ? lastLine[x] : 0;
        let f3Left = x > xBiggerThan ? unfilteredLine[x - xComparison] : 0;
        let f3Add = Math.floor((f3Left + f3Up) / 2);
        unfilteredLine[x] = rawByte + f3Add;
      }
    };
    Filter.prototype._unFilterType4 = function(rawData, unfilteredLine, byteWidth) {
      let xComparison = this._xComparison;
      let xBiggerThan = xComparison - 1;
      let lastLine = this._lastLine;
      for (let x = 0; x < byteWidth; x++) {
        let rawByte = rawData[1 + x];
        let f4Up = lastLine ? lastLine[x] : 0;
        let f4Left = x > xBiggerThan ? unfilteredLine[x - xComparison] : 0;
        let f4UpLeft = x > xBiggerThan && lastLine ? lastLine[x - xComparison] : 0;
        let f4Add = paethPredictor(f4Left, f4Up, f4UpLeft);
        unfilteredLine[x] = rawByte + f4Add;
      }
    };
    Filter.prototype._reverseFilterLine = function(rawData) {
      let filter = rawData[0];
      let unfilteredLine;
      let currentImage = this._images[this._imageIndex];
      let byteWidth = currentImage.byteWidth;
      if (filter === 0) {
        unfilteredLine = rawData.slice(1, byteWidth + 1);
      } else {
        unfilteredLine = Buffer.alloc(byteWidth);
        switch (filter) {
          case 1:
            this._unFilterType1(rawData, unfilteredLine, byteWidth);
            break;
          case 2:
            this._unFilterType2(rawData, unfilteredLine, byteWidth);
            break;
          case 3:
            this._unFilterType3(rawData, unfilteredLine, byteWidth);
            break;
          case 4:
            this._unFilterType4(rawData, unfilteredLine, byteWidth);
            break;
          default:
            throw new Error("Unrecognised filter type - " + filter);
        }
      }
      this.write(unfilteredLine);
      currentImage.lineIndex++;
      if (currentImage.lineIndex >= currentImage.height) {
        this._lastLine = null;
        this._imageIndex++;
        currentImage = this._images[this._imageIndex];
      } else {
        this._lastLine = unfilteredLine;
      }
      if (currentImage) {
        this.read(currentImage.byteWidth + 1, this._reverseFilterLine.bind(this));
      } else {
        this._lastLine = null;
        this.complete();
      }
    };
  }
});

// node_modules/pngjs/lib/filter-parse-async.js
var require_filter_parse_async = __commonJS({
  "node_modules/pngjs/lib/filter-parse-async.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var ChunkStream = require_chunkstream();
    var Filter = require_filter_parse();
    var FilterAsync = module.exports = function(bitmapInfo) {
      ChunkStream.call(this);
      let buffers = [];
      let that = this;
      this._filter = new Filter(bitmapInfo, {
        read: this.read.bind(this),
        write: function(buffer) {
          buffers.push(buffer);
        },
        complete: function() {
          that.emit("complete", Buffer.concat(buffers));
        }
      });
      this._filter.start();
    };
    util.inherits(FilterAsync, ChunkStream);
  }
});

// node_modules/pngjs/lib/constants.js
var require_constants = __commonJS({
  "node_modules/pngjs/lib/constants.js"(exports, module) {
    "use strict";
    module.exports = {
      PNG_SIGNATURE: [137, 80, 78, 71, 13, 10, 26, 10],
      TYPE_IHDR: 1229472850,
      TYPE_IEND: 1229278788,
      TYPE_IDAT: 1229209940,
      TYPE_PLTE: 1347179589,
      TYPE_tRNS: 1951551059,
      // eslint-disable-line camelcase
      TYPE_gAMA: 1732332865,
      // eslint-disable-line camelcase
      // color-type bits
      COLORTYPE_GRAYSCALE: 0,
      COLORTYPE_PALETTE: 1,
      COLORTYPE_COLOR: 2,
      COLORTYPE_ALPHA: 4,
      // e.g. grayscale and alpha
      // color-type combinations
      COLORTYPE_PALETTE_COLOR: 3,
      COLORTYPE_COLOR_ALPHA: 6,
      COLORTYPE_TO_BPP_MAP: {
        0: 1,
        2: 3,
        3: 1,
        4: 2,
        6: 4
      },
      GAMMA_DIVISION: 1e5
    };
  }
});

// node_modules/pngjs/lib/crc.js
var require_crc = __commonJS({
  "node_modules/pngjs/lib/crc.js"(exports, module) {
    "use strict";
    var crcTable = [];
    (function() {
      for (let i = 0; i < 256; i++) {
        let currentCrc = i;
        for (let j = 0; j < 8; j++) {
          if (currentCrc & 1) {
            currentCrc = 3988292384 ^ currentCrc >>> 1;
          } else {
            currentCrc = currentCrc >>> 1;
          }
        }
        crcTable[i] = currentCrc;
      }
    })();
    var CrcCalculator = module.exports = function() {
      this._crc = -1;
    };
    CrcCalculator.prototype.write = function(data) {
      for (let i = 0; i < data.length; i++) {
        this._crc = crcTable[(this._crc ^ data[i]) & 255] ^ this._crc >>> 8;
      }
      return true;
    };
    CrcCalculator.prototype.crc32 = function() {
      return this._crc ^ -1;
    };
    CrcCalculator.crc32 = function(buf) {
      let crc = -1;
      for (let i = 0; i < buf.length; i++) {
        crc = crcTable[(crc ^ buf[i]) & 255] ^ crc >>> 8;
      }
      return crc ^ -1;
    };
  }
});

// node_modules/pngjs/lib/parser.js
var require_parser = __commonJS({
  "node_modules/pngjs/lib/parser.js"(exports, module) {
    "use strict";
    var constants2 = require_constants();
    var CrcCalculator = require_crc();
    var Parser = module.exports = function(options, dependencies) {
      this._options = options;
      options.checkCRC = options.checkCRC !== false;
      this._hasIHDR = false;
      this._hasIEND = false;
      this._emittedHeadersFinished = false;
      this._palette = [];
      this._colorType = 0;
      this._chunks = {};
      this._chunks[constants2.TYPE_IHDR] = this._handleIHDR.bind(this);
      this._chunks[constants2.TYPE_IEND] = this._handleIEND.bind(this);
      this._chunks[constants2.TYPE_IDAT] = this._handleIDAT.bind(this);
      this._chunks[constants2.TYPE_PLTE] = this._handlePLTE.bind(this);
      this._chunks[constants2.TYPE_tRNS] = this._handleTRNS.bind(this);
      this._chunks[constants2.TYPE_gAMA] = this._handleGAMA.bind(this);
      this.read = dependencies.read;
      this.error = dependencies.error;
      this.metadata = dependencies.metadata;
      this.gamma = dependencies.gamma;
      this.transColor = dependencies.transColor;
      this.palette = dependencies.palette;
      this.parsed = dependencies.parsed;
      this.inflateData = dependencies.inflateData;
      this.finished = dependencies.finished;
      this.simpleTransparency = dependencies.simpleTransparency;
      this.headersFinished = dependencies.headersFinished || function() {
      };
    };
    Parser.prototype.start = function() {
      this.read(constants2.PNG_SIGNATURE.length, this._parseSignature.bind(this));
    };
    Parser.prototype._parseSignature = function(data) {
      let signature = constants2.PNG_SIGNATURE;
      for (let i = 0; i < signature.length; i++) {
        if (data[i] !== signature[i]) {
          this.error(new Error("Invalid file signature"));
          return;
        }
      }
      this.read(8, this._parseChunkBegin.bind(this));
    };
    Parser.prototype._parseChunkBegin = function(data) {
      let length = data.readUInt32BE(0);
      let type = data.readUInt32BE(4);
      let name = "";
      for (let i = 4; i < 8; i++) {
        name += String.fromCharCode(data[i]);
      }
      let ancillary = Boolean(data[4] & 32);
      if (!this._hasIHDR && type !== constants2.TYPE_IHDR) {
        this.error(new Error("Expected IHDR on beggining"));
        return;
      }
      this._crc = new CrcCalculator();
      this._crc.write(Buffer.from(name));
      if (this._chunks[type]) {
        return this._chunks[type](length);
      }
      if (!ancillary) {
        this.error(new Error("Unsupported critical chunk type " + name));
        return;
      }
      this.read(length + 4, this._skipChunk.bind(this));
    };
    Parser.prototype._skipChunk = function() {
      this.read(8, this._parseChunkBegin.bind(this));
    };
    Parser.prototype._handleChunkEnd = function() {
      this.read(4, this._parseChunkEnd.bind(this));
    };
    Parser.prototype._parseChunkEnd = function(data) {
      let fileCrc = data.readInt32BE(0);
      let calcCrc = this._crc.crc32();
      if (this._options.checkCRC && calcCrc !== fileCrc) {
        this.error(new Error("Crc error - " + fileCrc + " - " + calcCrc));
        return;
      }
      if (!this._hasIEND) {
        this.read(8, this._parseChunkBegin.bind(this));
      }
    };
    Parser.prototype._handleIHDR = function(length) {
      this.read(length, this._parseIHDR.bind(this));
    };
    Parser.prototype._parseIHDR = function(data) {
      this._crc.write(data);
      let width = data.readUInt32BE(0);
      let height = data.readUInt32BE(4);
      let depth = data[8];
      let colorType = data[9];
      let compr = data[10];
      let filter = data[11];
      let interlace = data[12];
      if (depth !== 8 && depth !== 4 && depth !== 2 && depth !== 1 && depth !== 16) {
        this.error(new Error("Unsupported bit depth " + depth));
        return;
      }
      if (!(colorType in constants2.COLORTYPE_TO_BPP_MAP)) {
        this.error(new Error("Unsupported color type"));
        return;
      }
      if (compr !== 0) {
        this.error(new Error("Unsupported compression method"));
        return;
      }
      if (filter !== 0) {
        this.error(new Error("Unsupported filter method"));
        return;
      }
      if (interlace !== 0 && interlace !== 1) {
        this.error(new Error("Unsupported interlace method"));
        return;
      }
      this._colorType = colorType;
      let bpp = constants2.COLORTYPE_TO_BPP_MAP[this._colorType];
      this._hasIHDR = true;
      this.metadata({
        width,
        height,
        depth,
        interlace: Boolean(interlace),
        palette: Boolean(colorType & constants2.COLORTYPE_PALETTE),
        color: Boolean(colorType & constants2.COLORTYPE_COLOR),
        alpha: Boolean(colorType & constants2.COLORTYPE_ALPHA),
        bpp,
        colorType
      });
      this._handleChunkEnd();
    };
    Parser.prototype._handlePLTE = function(length) {
      this.read(length, this._parsePLTE.bind(this));
    };
    Parser.prototype._parsePLTE = function(data) {
      this._crc.write(data);
      let entries = Math.floor(data.length / 3);
      for (let i = 0; i < entries; i++) {
        this._palette.push([data[i * 3], data[i * 3 + 1], data[i * 3 + 2], 255]);
      }
      this.palette(this._palette);
      this._handleChunkEnd();
    };
    Parser.prototype._handleTRNS = function(length) {
      this.simpleTransparency();
      this.read(length, this._parseTRNS.bind(this));
    };
    Parser.prototype._parseTRNS = function(data) {
      this._crc.write(data);
      if (this._colorType === constants2.COLORTYPE_PALETTE_COLOR) {
        if (this._palette.length === 0) {
          this.error(new Error("Transparency chunk must be after palette"));
          return;
        }
        if (data.length > this._palette.length) {
          this.error(new Error("More transparent colors than palette size"));
          return;
        }
        for (let i = 0; i < data.length; i++) {
          this._palette[i][3] = data[i];
        }
        this.palette(this._palette);
      }
      if (this._colorType === constants2.COLORTYPE_GRAYSCALE) {
        this.transColor([data.readUInt16BE(0)]);
      }
      if (this._colorType === constants2.COLORTYPE_COLOR) {
        this.transColor([
          data.readUInt16BE(0),
          data.readUInt16BE(2),
          data.readUInt16BE(4)
        ]);
      }
      this._handleChunkEnd();
    };
    Parser.prototype._handleGAMA = function(length) {
      this.read(length, this._parseGAMA.bind(this));
    };
    Parser.prototype._parseGAMA = function(data) {
      this._crc.write(data);
      this.gamma(data.readUInt32BE(0) / constants2.GAMMA_DIVISION);
      this._handleChunkEnd();
    };
    Parser.prototype._handleIDAT = function(length) {
      if (!this._emittedHeadersFinished) {
        this._emittedHeadersFinished = true;
        this.headersFinished();
      }
      this.read(-length, this._parseIDAT.bind(this, length));
    };
    Parser.prototype._parseIDAT = function(length, data) {
      this._crc.write(data);
      if (this._colorType === constants2.COLORTYPE_PALETTE_COLOR && this._palette.length === 0) {
        throw new Error("Expected palette not found");
      }
      this.inflateData(data);
      let leftOverLength = length - data.length;
      if (leftOverLength > 0) {
        this._handleIDAT(leftOverLength);
      } else {
        this._handleChunkEnd();
      }
    };
    Parser.prototype._handleIEND = function(length) {
      this.read(length, this._parseIEND.bind(this));
    };
    Parser.prototype._parseIEND = function(data) {
      this._crc.write(data);
      this._hasIEND = true;
      this._handleChunkEnd();
      if (this.finished) {
        this.finished();
      }
    };
  }
});

// node_modules/pngjs/lib/bitmapper.js
var require_bitmapper = __commonJS({
  "node_modules/pngjs/lib/bitmapper.js"(exports) {
    "use strict";
    var interlaceUtils = require_interlace();
    var pixelBppMapper = [
      // 0 - dummy entry
      function() {
      },
      // 1 - L
      // 0: 0, 1: 0, 2: 0, 3: 0xff
      function(pxData, data, pxPos, rawPos) {
        if (rawPos === data.length) {
          throw new Error("Ran out of data");
        }
        let pixel = data[rawPos];
        pxData[pxPos] = pixel;
        pxData[pxPos + 1] = pixel;
        pxData[pxPos + 2] = pixel;
        pxData[pxPos + 3] = 255;
      },
      // 2 - LA
      // 0: 0, 1: 0, 2: 0, 3: 1
      function(pxData, data, pxPos, rawPos) {
        if (rawPos + 1 >= data.length) {
          throw new Error("Ran out of data");
        }
        let pixel = data[rawPos];
        pxData[pxPos] = pixel;
        pxData[pxPos + 1] = pixel;
        pxData[pxPos + 2] = pixel;
        pxData[pxPos + 3] = data[rawPos + 1];
      },
      // 3 - RGB
      // 0: 0, 1: 1, 2: 2, 3: 0xff
      function(pxData, data, pxPos, rawPos) {
        if (rawPos + 2 >= data.length) {
          throw new Error("Ran out of data");
        }
        pxData[pxPos] = data[rawPos];
        pxData[pxPos + 1] = data[rawPos + 1];
        pxData[pxPos + 2] = data[rawPos + 2];
        pxData[pxPos + 3] = 255;
      },
      // 4 - RGBA
      // 0: 0, 1: 1, 2: 2, 3: 3
      function(pxData, data, pxPos, rawPos) {
        if (rawPos + 3 >= data.length) {
          throw new Error("Ran out of data");
        }
        pxData[pxPos] = data[rawPos];
        pxData[pxPos + 1] = data[rawPos + 1];
        pxData[pxPos + 2] = data[rawPos + 2];
        pxData[pxPos + 3] = data[rawPos + 3];
      }
    ];
    var pixelBppCustomMapper = [
      // 0 - dummy entry
      function() {
      },
      // 1 - L
      // 0: 0, 1: 0, 2: 0, 3: 0xff
      function(pxData, pixelData, pxPos, maxBit) {
        let pixel = pixelData[0];
        pxData[pxPos] = pixel;
        pxData[pxPos + 1] = pixel;
        pxData[pxPos + 2] = pixel;
        pxData[pxPos + 3] = maxBit;
      },
      // 2 - LA
      // 0: 0, 1: 0, 2: 0, 3: 1
      function(pxData, pixelData, pxPos) {
        let pixel = pixelData[0];
        pxData[pxPos] = pixel;
        pxData[pxPos + 1] = pixel;
        pxData[pxPos + 2] = pixel;
        pxData[pxPos + 3] = pixelData[1];
      },
      // 3 - RGB
      // 0: 0, 1: 1, 2: 2, 3: 0xff
      function(pxData, pixelData, pxPos, maxBit) {
        pxData[pxPos] = pixelData[0];
        pxData[pxPos + 1] = pixelData[1];
        pxData[pxPos + 2] = pixelData[2];
        pxData[pxPos + 3] = maxBit;
      },
      // 4 - RGBA
      // 0: 0, 1: 1, 2: 2, 3: 3
      function(pxData, pixelData, pxPos) {
        pxData[pxPos] = pixelData[0];
        pxData[pxPos + 1] = pixelData[1];
        pxData[pxPos + 2] = pixelData[2];
        pxData[pxPos + 3] = pixelData[3];
      }
    ];
    function bitRetriever(data, depth) {
      let leftOver = [];
      let i = 0;
      function split() {
        if (i === data.length) {
          throw new Error("Ran out of data");
        }
        let byte = data[i];
        i++;
        let byte8, byte7, byte6, byte5, byte4, byte3, byte2, byte1;
        switch (depth) {
          default:
            throw new Error("unrecognised depth");
          case 16:
            byte2 = data[i];
            i++;
            leftOver.push((byte << 8) + byte2);
            break;
          case 4:
            byte2 = byte & 15;
            byte1 = byte >> 4;
            leftOver.push(byte1, byte2);
            break;
          case 2:
            byte4 = byte & 3;
            byte3 = byte >> 2 & 3;
            byte2 = byte >> 4 & 3;
            byte1 = byte >> 6 & 3;
            leftOver.push(byte1, byte2, byte3, byte4);
            break;
          case 1:
            byte8 = byte & 1;
            byte7 = byte >> 1 & 1;
            byte6 = byte >> 2 & 1;
            byte5 = byte >> 3 & 1;
            byte4 = byte >> 4 & 1;
            byte3 = byte >> 5 & 1;
            byte2 = byte >> 6 & 1;
            byte1 = byte >> 7 & 1;
            leftOver.push(byte1, byte2, byte3, byte4, byte5, byte6, byte7, byte8);
            break;
        }
      }
      return {
        get: function(count) {
          while (leftOver.length < count) {
            split();
          }
          let returner = leftOver.slice(0, count);
          leftOver = leftOver.slice(count);
          return returner;
        },
        resetAfterLine: function() {
          leftOver.length = 0;
        },
        end: function() {
          if (i !== data.length) {
            throw new Error("extra data found");
          }
        }
      };
    }
    function mapImage8Bit(image, pxData, getPxPos, bpp, data, rawPos) {
      let imageWidth = image.width;
      let imageHeight = image.height;
      let imagePass = image.index;
      for (let y = 0; y < imageHeight; y++) {
        for (let x = 0; x < imageWidth; x++) {
          let pxPos = getPxPos(x, y, imagePass);
          pixelBppMapper[bpp](pxData, data, pxPos, rawPos);
          rawPos += bpp;
        }
      }
      return rawPos;
    }
    function mapImageCustomBit(image, pxData, getPxPos, bpp, bits, maxBit) {
      let imageWidth = image.width;
      let imageHeight = image.height;
      let imagePass = image.index;
      for (let y = 0; y < imageHeight; y++) {
        for (let x = 0; x < imageWidth; x++) {
          let pixelData = bits.get(bpp);
          let pxPos = getPxPos(x, y, imagePass);
          pixelBppCustomMapper[bpp](pxData, pixelData, pxPos, maxBit);
        }
        bits.resetAfterLine();
      }
    }
    exports.dataToBitMap = function(data, bitmapInfo) {
      let width = bitmapInfo.width;
      let height = bitmapInfo.height;
      let depth = bitmapInfo.depth;
      let bpp = bitmapInfo.bpp;
      let interlace = bitmapInfo.interlace;
      let bits;
      if (depth !== 8) {
        bits = bitRetriever(data, depth);
      }
      let pxData;
      if (depth <= 8) {
        pxData = Buffer.alloc(width * height * 4);
      } else {
        pxData = new Uint16Array(width * height * 4);
      }
      let maxBit = Math.pow(2, depth) - 1;
      let rawPos = 0;
      let images;
      let getPxPos;
      if (interlace) {
        images = interlaceUtils.getImagePasses(width, height);
        getPxPos = interlaceUtils.getInterlaceIterator(width, height);
      } else {
        let nonInterlacedPxPos = 0;
        getPxPos = function() {
          let returner = nonInterlacedPxPos;
          nonInterlacedPxPos += 4;
          return returner;
        };
        images = [{ width, height }];
      }
      for (let imageIndex = 0; imageIndex < images.length; imageIndex++) {
        if (depth === 8) {
          rawPos = mapImage8Bit(
            images[imageIndex],
            pxData,
            getPxPos,
            bpp,
            data,
            rawPos
          );
        } else {
          mapImageCustomBit(
            images[imageIndex],
            pxData,
            getPxPos,
            bpp,
            bits,
            maxBit
          );
        }
      }
      if (depth === 8) {
        if (rawPos !== data.length) {
          throw new Error("extra data found");
        }
      } else {
        bits.end();
      }
      return pxData;
    };
  }
});

// node_modules/pngjs/lib/format-normaliser.js
var require_format_normaliser = __commonJS({
  "node_modules/pngjs/lib/format-normaliser.js"(exports, module) {
    "use strict";
    function dePalette(indata, outdata, width, height, palette) {
      let pxPos = 0;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          let color = palette[indata[pxPos]];
          if (!color) {
            throw new Error("index " + indata[pxPos] + " not in palette");
          }
          for (let i = 0; i < 4; i++) {
            outdata[pxPos + i] = color[i];
          }
          pxPos += 4;
        }
      }
    }
    function replaceTransparentColor(indata, outdata, width, height, transColor) {
      let pxPos = 0;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          let makeTrans = false;
          if (transColor.length === 1) {
            if (transColor[0] === indata[pxPos]) {
              makeTrans = true;
            }
          } else if (transColor[0] === indata[pxPos] && transColor[1] === indata[pxPos + 1] && transColor[2] === indata[pxPos + 2]) {
            makeTrans = true;
          }
          if (makeTrans) {
            for (let i = 0; i < 4; i++) {
              outdata[pxPos + i] = 0;
            }
          }
          pxPos += 4;
        }
      }
    }
    function scaleDepth(indata, outdata, width, height, depth) {
      let maxOutSample = 255;
      let maxInSample = Math.pow(2, depth) - 1;
      let pxPos = 0;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          for (let i = 0; i < 4; i++) {
            outdata[pxPos + i] = Math.floor(
              indata[pxPos + i] * maxOutSample / maxInSample + 0.5
            );
          }
          pxPos += 4;
        }
      }
    }
    module.exports = function(indata, imageData, skipRescale = false) {
      let depth = imageData.depth;
      let width = imageData.width;
      let height = imageData.height;
      let colorType = imageData.colorType;
      let transColor = imageData.transColor;
      let palette = imageData.palette;
      let outdata = indata;
      if (colorType === 3) {
        dePalette(indata, outdata, width, height, palette);
      } else {
        if (transColor) {
          replaceTransparentColor(indata, outdata, width, height, transColor);
        }
        if (depth !== 8 && !skipRescale) {
          if (depth === 16) {
            outdata = Buffer.alloc(width * height * 4);
          }
          scaleDepth(indata, outdata, width, height, depth);
        }
      }
      return outdata;
    };
  }
});

// node_modules/pngjs/lib/parser-async.js
var require_parser_async = __commonJS({
  "node_modules/pngjs/lib/parser-async.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var zlib = __require("zlib");
    var ChunkStream = require_chunkstream();
    var FilterAsync = require_filter_parse_async();
    var Parser = require_parser();
    var bitmapper = require_bitmapper();
    var formatNormaliser = require_format_normaliser();
    var ParserAsync = module.exports = function(options) {
      ChunkStream.call(this);
      this._parser = new Parser(options, {
        read: this.read.bind(this),
        error: this._handleError.bind(this),
        metadata: this._handleMetaData.bind(this),
        gamma: this.emit.bind(this, "gamma"),
        palette: this._handlePalette.bind(this),
        transColor: this._handleTransColor.bind(this),
        finished: this._finished.bind(this),
        inflateData: this._inflateData.bind(this),
        simpleTransparency: this._simpleTransparency.bind(this),
        headersFinished: this._headersFinished.bind(this)
      });
      this._options = options;
      this.writable = true;
      this._parser.start();
    };
    util.inherits(ParserAsync, ChunkStream);
    ParserAsync.prototype._handleError = function(err) {
      this.emit("error", err);
      this.writable = false;
      this.destroy();
      if (this._inflate && this._inflate.destroy) {
        this._inflate.destroy();
      }
      if (this._filter) {
        this._filter.destroy();
        this._filter.on("error", function() {
        });
      }
      this.errord = true;
    };
    ParserAsync.prototype._inflateData = function(data) {
      if (!this._inflate) {
        if (this._bitmapInfo.interlace) {
          this._inflate = zlib.createInflate();
          this._inflate.on("error", this.emit.bind(this, "error"));
          this._filter.on("complete", this._complete.bind(this));
          this._inflate.pipe(this._filter);
        } else {
          let rowSize = (this._bitmapInfo.width * this._bitmapInfo.bpp * this._bitmapInfo.depth + 7 >> 3) + 1;
          let imageSize = rowSize * this._bitmapInfo.height;
          let chunkSize = Math.max(imageSize, zlib.Z_MIN_CHUNK);
          this._inflate = zlib.createInflate({ chunkSize });
          let leftToInflate = imageSize;
          let emitError = this.emit.bind(this, "error");
          this._inflate.on("error", function(err) {
            if (!leftToInflate) {
              return;
            }
            emitError(err);
          });
          this._filter.on("complete", this._complete.bind(this));
          let filterWrite = this._filter.write.bind(this._filter);
          this._inflate.on("data", function(chunk) {
            if (!leftToInflate) {
              return;
            }
            if (chunk.length > leftToInflate) {
              chunk = chunk.slice(0, leftToInflate);
            }
            leftToInflate -= chunk.length;
            filterWrite(chunk);
          });
          this._inflate.on("end", this._filter.end.bind(this._filter));
        }
      }
      this._inflate.write(data);
    };
    ParserAsync.prototype._handleMetaData = function(metaData) {
      this._metaData = metaData;
      this._bitmapInfo = Object.create(metaData);
      this._filter = new FilterAsync(this._bitmapInfo);
    };
    ParserAsync.prototype._handleTransColor = function(transColor) {
      this._bitmapInfo.transColor = transColor;
    };
    ParserAsync.prototype._handlePalette = function(palette) {
      this._bitmapInfo.palette = palette;
    };
    ParserAsync.prototype._simpleTransparency = function() {
      this._metaData.alpha = true;
    };
    ParserAsync.prototype._headersFinished = function() {
      this.emit("metadata", this._metaData);
    };
    ParserAsync.prototype._finished = function() {
      if (this.errord) {
        return;
      }
      if (!this._inflate) {
        this.emit("error", "No Inflate block");
      } else {
        this._inflate.end();
      }
    };
    ParserAsync.prototype._complete = function(filteredData) {
      if (this.errord) {
        return;
      }
      let normalisedBitmapData;
      try {
        let bitmapData = bitmapper.dataToBitMap(filteredData, this._bitmapInfo);
        normalisedBitmapData = formatNormaliser(
          bitmapData,
          this._bitmapInfo,
          this._options.skipRescale
        );
        bitmapData = null;
      } catch (ex) {
        this._handleError(ex);
        return;
      }
      this.emit("parsed", normalisedBitmapData);
    };
  }
});

// node_modules/pngjs/lib/bitpacker.js
var require_bitpacker = __commonJS({
  "node_modules/pngjs/lib/bitpacker.js"(exports, module) {
    "use strict";
    var constants2 = require_constants();
    module.exports = function(dataIn, width, height, options) {
      let outHasAlpha = [constants2.COLORTYPE_COLOR_ALPHA, constants2.COLORTYPE_ALPHA].indexOf(
        options.colorType
      ) !== -1;
      if (options.colorType === options.inputColorType) {
        let bigEndian = (function() {
          let buffer = new ArrayBuffer(2);
          new DataView(buffer).setInt16(
            0,
            256,
            true
            /* littleEndian */
          );
          return new Int16Array(buffer)[0] !== 256;
        })();
        if (options.bitDepth === 8 || options.bitDepth === 16 && bigEndian) {
          return dataIn;
        }
      }
      let data = options.bitDepth !== 16 ? dataIn : new Uint16Array(dataIn.buffer);
      let maxValue = 255;
      let inBpp = constants2.COLORTYPE_TO_BPP_MAP[options.inputColorType];
      if (inBpp === 4 && !options.inputHasAlpha) {
        inBpp = 3;
      }
      let outBpp = constants2.COLORTYPE_TO_BPP_MAP[options.colorType];
      if (options.bitDepth === 16) {
        maxValue = 65535;
        outBpp *= 2;
      }
      let outData = Buffer.alloc(width * height * outBpp);
      let inIndex = 0;
      let outIndex = 0;
      let bgColor = options.bgColor || {};
      if (bgColor.red === void 0) {
        bgColor.red = maxValue;
      }
      if (bgColor.green === void 0) {
        bgColor.green = maxValue;
      }
      if (bgColor.blue === void 0) {
        bgColor.blue = maxValue;
      }
      function getRGBA() {
        let red;
        let green;
        let blue;
        let alpha = maxValue;
        switch (options.inputColorType) {
          case constants2.COLORTYPE_COLOR_ALPHA:
            alpha = data[inIndex + 3];
            red = data[inIndex];
            green = data[inIndex + 1];
            blue = data[inIndex + 2];
            break;
          case constants2.COLORTYPE_COLOR:
            red = data[inIndex];
            green = data[inIndex + 1];
            blue = data[inIndex + 2];
            break;
          case constants2.COLORTYPE_ALPHA:
            alpha = data[inIndex + 1];
            red = data[inIndex];
            green = red;
            blue = red;
            break;
          case constants2.COLORTYPE_GRAYSCALE:
            red = data[inIndex];
            green = red;
            blue = red;
            break;
          default:
            throw new Error(
              "input color type:" + options.inputColorType + " is not supported at present"
            );
        }
        if (options.inputHasAlpha) {
          if (!outHasAlpha) {
            alpha /= maxValue;
            red = Math.min(
              Math.max(Math.round((1 - alpha) * bgColor.red + alpha * red), 0),
              maxValue
            );
            green = Math.min(
              Math.max(Math.round((1 - alpha) * bgColor.green + alpha * green), 0),
              maxValue
            );
            blue = Math.min(
              Math.max(Math.round((1 - alpha) * bgColor.blue + alpha * blue), 0),
              maxValue
            );
          }
        }
        return { red, green, blue, alpha };
      }
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          let rgba = getRGBA(data, inIndex);
          switch (options.colorType) {
            case constants2.COLORTYPE_COLOR_ALPHA:
            case constants2.COLORTYPE_COLOR:
              if (options.bitDepth === 8) {
                outData[outIndex] = rgba.red;
                outData[outIndex + 1] = rgba.green;
                outData[outIndex + 2] = rgba.blue;
                if (outHasAlpha) {
                  outData[outIndex + 3] = rgba.alpha;
                }
              } else {
                outData.writeUInt16BE(rgba.red, outIndex);
                outData.writeUInt16BE(rgba.green, outIndex + 2);
                outData.writeUInt16BE(rgba.blue, outIndex + 4);
                if (outHasAlpha) {
                  outData.writeUInt16BE(rgba.alpha, outIndex + 6);
                }
              }
              break;
            case constants2.COLORTYPE_ALPHA:
            case constants2.COLORTYPE_GRAYSCALE: {
              let grayscale = (rgba.red + rgba.green + rgba.blue) / 3;
              if (options.bitDepth === 8) {
                outData[outIndex] = grayscale;
                if (outHasAlpha) {
                  outData[outIndex + 1] = rgba.alpha;
                }
              } else {
                outData.writeUInt16BE(grayscale, outIndex);
                if (outHasAlpha) {
                  outData.writeUInt16BE(rgba.alpha, outIndex + 2);
                }
              }
              break;
            }
            default:
              throw new Error("unrecognised color Type " + options.colorType);
          }
          inIndex += inBpp;
          outIndex += outBpp;
        }
      }
      return outData;
    };
  }
});

// node_modules/pngjs/lib/filter-pack.js
var require_filter_pack = __commonJS({
  "node_modules/pngjs/lib/filter-pack.js"(exports, module) {
    "use strict";
    var paethPredictor = require_paeth_predictor();
    function filterNone2(pxData, pxPos, byteWidth, rawData, rawPos) {
      for (let x = 0; x < byteWidth; x++) {
        rawData[rawPos + x] = pxData[pxPos + x];
      }
    }
    function filterSumNone(pxData, pxPos, byteWidth) {
      let sum = 0;
      let length = pxPos + byteWidth;
      for (let i = pxPos; i < length; i++) {
        sum += Math.abs(pxData[i]);
      }
      return sum;
    }
    function filterSub(pxData, pxPos, byteWidth, rawData, rawPos, bpp) {
      for (let x = 0; x < byteWidth; x++) {
        let left = x >= bpp ? pxData[pxPos + x - bpp] : 0;
        let val = pxData[pxPos + x] - left;
        rawData[rawPos + x] = val;
      }
    }
    function filterSumSub(pxData, pxPos, byteWidth, bpp) {
      let sum = 0;
      for (let x = 0; x < byteWidth; x++) {
        let left = x >= bpp ? pxData[pxPos + x - bpp] : 0;
        let val = pxData[pxPos + x] - left;
        sum += Math.abs(val);
      }
      return sum;
    }
    function filterUp(pxData, pxPos, byteWidth, rawData, rawPos) {
      for (let x = 0; x < byteWidth; x++) {
        let up = pxPos > 0 ? pxData[pxPos + x - byteWidth] : 0;
        let val = pxData[pxPos + x] - up;
        rawData[rawPos + x] = val;
      }
    }
    function filterSumUp(pxData, pxPos, byteWidth) {
      let sum = 0;
      let length = pxPos + byteWidth;
      for (let x = pxPos; x < length; x++) {
        let up = pxPos > 0 ? pxData[x - byteWidth] : 0;
        let val = pxData[x] - up;
        sum += Math.abs(val);
      }
      return sum;
    }
    function filterAvg(pxData, pxPos, byteWidth, rawData, rawPos, bpp) {
      for (let x = 0; x < byteWidth; x++) {
        let left = x >= bpp ? pxData[pxPos + x - bpp] : 0;
        let up = pxPos > 0 ? pxData[pxPos + x - byteWidth] : 0;
        let val = pxData[pxPos + x] - (left + up >> 1);
        rawData[rawPos + x] = val;
      }
    }
    function filterSumAvg(pxData, pxPos, byteWidth, bpp) {
      let sum = 0;
      for (let x = 0; x < byteWidth; x++) {
        let left = x >= bpp ? pxData[pxPos + x - bpp] : 0;
        let up = pxPos > 0 ? pxData[pxPos + x - byteWidth] : 0;
        let val = pxData[pxPos + x] - (left + up >> 1);
        sum += Math.abs(val);
      }
      return sum;
    }
    function filterPaeth(pxData, pxPos, byteWidth, rawData, rawPos, bpp) {
      for (let x = 0; x < byteWidth; x++) {
        let left = x >= bpp ? pxData[pxPos + x - bpp] : 0;
        let up = pxPos > 0 ? pxData[pxPos + x - byteWidth] : 0;
        let upleft = pxPos > 0 && x >= bpp ? pxData[pxPos + x - (byteWidth + bpp)] : 0;
        let val = pxData[pxPos + x] - paethPredictor(left, up, upleft);
        rawData[rawPos + x] = val;
      }
    }
    function filterSumPaeth(pxData, pxPos, byteWidth, bpp) {
      let sum = 0;
      for (let x = 0; x < byteWidth; x++) {
        let left = x >= bpp ? pxData[pxPos + x - bpp] : 0;
        let up = pxPos > 0 ? pxData[pxPos + x - byteWidth] : 0;
        let upleft = pxPos > 0 && x >= bpp ? pxData[pxPos + x - (byteWidth + bpp)] : 0;
        let val = pxData[pxPos + x] - paethPredictor(left, up, upleft);
        sum += Math.abs(val);
      }
      return sum;
    }
    var filters = {
      0: filterNone2,
      1: filterSub,
      2: filterUp,
      3: filterAvg,
      4: filterPaeth
    };
    var filterSums = {
      0: filterSumNone,
      1: filterSumSub,
      2: filterSumUp,
      3: filterSumAvg,
      4: filterSumPaeth
    };
    module.exports = function(pxData, width, height, options, bpp) {
      let filterTypes;
      if (!("filterType" in options) || options.filterType === -1) {
        filterTypes = [0, 1, 2, 3, 4];
      } else if (typeof options.filterType === "number") {
        filterTypes = [options.filterType];
      } else {
        throw new Error("unrecognised filter types");
      }
      if (options.bitDepth === 16) {
        bpp *= 2;
      }
      let byteWidth = width * bpp;
      let rawPos = 0;
      let pxPos = 0;
      let rawData = Buffer.alloc((byteWidth + 1) * height);
      let sel = filterTypes[0];
      for (let y = 0; y < height; y++) {
        if (filterTypes.length > 1) {
          let min = Infinity;
          for (let i = 0; i < filterTypes.length; i++) {
            let sum = filterSums[filterTypes[i]](pxData, pxPos, byteWidth, bpp);
            if (sum < min) {
              sel = filterTypes[i];
              min = sum;
            }
          }
        }
        rawData[rawPos] = sel;
        rawPos++;
        filters[sel](pxData, pxPos, byteWidth, rawData, rawPos, bpp);
        rawPos += byteWidth;
        pxPos += byteWidth;
      }
      return rawData;
    };
  }
});

// node_modules/pngjs/lib/packer.js
var require_packer = __commonJS({
  "node_modules/pngjs/lib/packer.js"(exports, module) {
    "use strict";
    var constants2 = require_constants();
    var CrcStream = require_crc();
    var bitPacker = require_bitpacker();
    var filter = require_filter_pack();
    var zlib = __require("zlib");
    var Packer = module.exports = function(options) {
      this._options = options;
      options.deflateChunkSize = options.deflateChunkSize || 32 * 1024;
      options.deflateLevel = options.deflateLevel != null ? options.deflateLevel : 9;
      options.deflateStrategy = options.deflateStrategy != null ? options.deflateStrategy : 3;
      options.inputHasAlpha = options.inputHasAlpha != null ? options.inputHasAlpha : true;
      options.deflateFactory = options.deflateFactory || zlib.createDeflate;
      options.bitDepth = options.bitDepth || 8;
      options.colorType = typeof options.colorType === "number" ? options.colorType : constants2.COLORTYPE_COLOR_ALPHA;
      options.inputColorType = typeof options.inputColorType === "number" ? options.inputColorType : constants2.COLORTYPE_COLOR_ALPHA;
      if ([
        constants2.COLORTYPE_GRAYSCALE,
        constants2.COLORTYPE_COLOR,
        constants2.COLORTYPE_COLOR_ALPHA,
        constants2.COLORTYPE_ALPHA
      ].indexOf(options.colorType) === -1) {
        throw new Error(
          "option color type:" + options.colorType + " is not supported at present"
        );
      }
      if ([
        constants2.COLORTYPE_GRAYSCALE,
        constants2.COLORTYPE_COLOR,
        constants2.COLORTYPE_COLOR_ALPHA,
        constants2.COLORTYPE_ALPHA
      ].indexOf(options.inputColorType) === -1) {
        throw new Error(
          "option input color type:" + options.inputColorType + " is not supported at present"
        );
      }
      if (options.bitDepth !== 8 && options.bitDepth !== 16) {
        throw new Error(
          "option bit depth:" + options.bitDepth + " is not supported at present"
        );
      }
    };
    Packer.prototype.getDeflateOptions = function() {
      return {
        chunkSize: this._options.deflateChunkSize,
        level: this._options.deflateLevel,
        strategy: this._options.deflateStrategy
      };
    };
    Packer.prototype.createDeflate = function() {
      return this._options.deflateFactory(this.getDeflateOptions());
    };
    Packer.prototype.filterData = function(data, width, height) {
      let packedData = bitPacker(data, width, height, this._options);
      let bpp = constants2.COLORTYPE_TO_BPP_MAP[this._options.colorType];
      let filteredData = filter(packedData, width, height, this._options, bpp);
      return filteredData;
    };
    Packer.prototype._packChunk = function(type, data) {
      let len = data ? data.length : 0;
      let buf = Buffer.alloc(len + 12);
      buf.writeUInt32BE(len, 0);
      buf.writeUInt32BE(type, 4);
      if (data) {
        data.copy(buf, 8);
      }
      buf.writeInt32BE(
        CrcStream.crc32(buf.slice(4, buf.length - 4)),
        buf.length - 4
      );
      return buf;
    };
    Packer.prototype.packGAMA = function(gamma) {
      let buf = Buffer.alloc(4);
      buf.writeUInt32BE(Math.floor(gamma * constants2.GAMMA_DIVISION), 0);
      return this._packChunk(constants2.TYPE_gAMA, buf);
    };
    Packer.prototype.packIHDR = function(width, height) {
      let buf = Buffer.alloc(13);
      buf.writeUInt32BE(width, 0);
      buf.writeUInt32BE(height, 4);
      buf[8] = this._options.bitDepth;
      buf[9] = this._options.colorType;
      buf[10] = 0;
      buf[11] = 0;
      buf[12] = 0;
      return this._packChunk(constants2.TYPE_IHDR, buf);
    };
    Packer.prototype.packIDAT = function(data) {
      return this._packChunk(constants2.TYPE_IDAT, data);
    };
    Packer.prototype.packIEND = function() {
      return this._packChunk(constants2.TYPE_IEND, null);
    };
  }
});

// node_modules/pngjs/lib/packer-async.js
var require_packer_async = __commonJS({
  "node_modules/pngjs/lib/packer-async.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var Stream = __require("stream");
    var constants2 = require_constants();
    var Packer = require_packer();
    var PackerAsync = module.exports = function(opt) {
      Stream.call(this);
      let options = opt || {};
      this._packer = new Packer(options);
      this._deflate = this._packer.createDeflate();
      this.readable = true;
    };
    util.inherits(PackerAsync, Stream);
    PackerAsync.prototype.pack = function(data, width, height, gamma) {
      this.emit("data", Buffer.from(constants2.PNG_SIGNATURE));
      this.emit("data", this._packer.packIHDR(width, height));
      if (gamma) {
        this.emit("data", this._packer.packGAMA(gamma));
      }
      let filteredData = this._packer.filterData(data, width, height);
      this._deflate.on("error", this.emit.bind(this, "error"));
      this._deflate.on(
        "data",
        function(compressedData) {
          this.emit("data", this._packer.packIDAT(compressedData));
        }.bind(this)
      );
      this._deflate.on(
        "end",
        function() {
          this.emit("data", this._packer.packIEND());
          this.emit("end");
        }.bind(this)
      );
      this._deflate.end(filteredData);
    };
  }
});

// node_modules/pngjs/lib/sync-inflate.js
var require_sync_inflate = __commonJS({
  "node_modules/pngjs/lib/sync-inflate.js"(exports, module) {
    "use strict";
    var assert = __require("assert").ok;
    var zlib = __require("zlib");
    var util = __require("util");
    var kMaxLength = __require("buffer").kMaxLength;
    function Inflate(opts) {
      if (!(this instanceof Inflate)) {
        return new Inflate(opts);
      }
      if (opts && opts.chunkSize < zlib.Z_MIN_CHUNK) {
        opts.chunkSize = zlib.Z_MIN_CHUNK;
      }
      zlib.Inflate.call(this, opts);
      this._offset = this._offset === void 0 ? this._outOffset : this._offset;
      this._buffer = this._buffer || this._outBuffer;
      if (opts && opts.maxLength != null) {
        this._maxLength = opts.maxLength;
      }
    }
    function createInflate(opts) {
      return new Inflate(opts);
    }
    function _close(engine, callback) {
      if (callback) {
        process.nextTick(callback);
      }
      if (!engine._handle) {
        return;
      }
      engine._handle.close();
      engine._handle = null;
    }
    Inflate.prototype._processChunk = function(chunk, flushFlag, asyncCb) {
      if (typeof asyncCb === "function") {
        return zlib.Inflate._processChunk.call(this, chunk, flushFlag, asyncCb);
      }
      let self = this;
      let availInBefore = chunk && chunk.length;
      let availOutBefore = this._chunkSize - this._offset;
      let leftToInflate = this._maxLength;
      let inOff = 0;
      let buffers = [];
      let nread = 0;
      let error;
      this.on("error", function(err) {
        error = err;
      });
      function handleChunk(availInAfter, availOutAfter) {
        if (self._hadError) {
          return;
        }
        let have = availOutBefore - availOutAfter;
        assert(have >= 0, "have should not go down");
        if (have > 0) {
          let out = self._buffer.slice(self._offset, self._offset + have);
          self._offset += have;
          if (out.length > leftToInflate) {
            out = out.slice(0, leftToInflate);
          }
          buffers.push(out);
          nread += out.length;
          leftToInflate -= out.length;
          if (leftToInflate === 0) {
            return false;
          }
        }
        if (availOutAfter === 0 || self._offset >= self._chunkSize) {
          availOutBefore = self._chunkSize;
          self._offset = 0;
          self._buffer = Buffer.allocUnsafe(self._chunkSize);
        }
        if (availOutAfter === 0) {
          inOff += availInBefore - availInAfter;
          availInBefore = availInAfter;
          return true;
        }
        return false;
      }
      assert(this._handle, "zlib binding closed");
      let res;
      do {
        res = this._handle.writeSync(
          flushFlag,
          chunk,
          // in
          inOff,
          // in_off
          availInBefore,
          // in_len
          this._buffer,
          // out
          this._offset,
          //out_off
          availOutBefore
        );
        res = res || this._writeState;
      } while (!this._hadError && handleChunk(res[0], res[1]));
      if (this._hadError) {
        throw error;
      }
      if (nread >= kMaxLength) {
        _close(this);
        throw new RangeError(
          "Cannot create final Buffer. It would be larger than 0x" + kMaxLength.toString(16) + " bytes"
        );
      }
      let buf = Buffer.concat(buffers, nread);
      _close(this);
      return buf;
    };
    util.inherits(Inflate, zlib.Inflate);
    function zlibBufferSync(engine, buffer) {
      if (typeof buffer === "string") {
        buffer = Buffer.from(buffer);
      }
      if (!(buffer instanceof Buffer)) {
        throw new TypeError("Not a string or buffer");
      }
      let flushFlag = engine._finishFlushFlag;
      if (flushFlag == null) {
        flushFlag = zlib.Z_FINISH;
      }
      return engine._processChunk(buffer, flushFlag);
    }
    function inflateSync2(buffer, opts) {
      return zlibBufferSync(new Inflate(opts), buffer);
    }
    module.exports = exports = inflateSync2;
    exports.Inflate = Inflate;
    exports.createInflate = createInflate;
    exports.inflateSync = inflateSync2;
  }
});

// node_modules/pngjs/lib/sync-reader.js
var require_sync_reader = __commonJS({
  "node_modules/pngjs/lib/sync-reader.js"(exports, module) {
    "use strict";
    var SyncReader = module.exports = function(buffer) {
      this._buffer = buffer;
      this._reads = [];
    };
    SyncReader.prototype.read = function(length, callback) {
      this._reads.push({
        length: Math.abs(length),
        // if length < 0 then at most this length
        allowLess: length < 0,
        func: callback
      });
    };
    SyncReader.prototype.process = function() {
      while (this._reads.length > 0 && this._buffer.length) {
        let read = this._reads[0];
        if (this._buffer.length && (this._buffer.length >= read.length || read.allowLess)) {
          this._reads.shift();
          let buf = this._buffer;
          this._buffer = buf.slice(read.length);
          read.func.call(this, buf.slice(0, read.length));
        } else {
          break;
        }
      }
      if (this._reads.length > 0) {
        throw new Error("There are some read requests waitng on finished stream");
      }
      if (this._buffer.length > 0) {
        throw new Error("unrecognised content at end of stream");
      }
    };
  }
});

// node_modules/pngjs/lib/filter-parse-sync.js
var require_filter_parse_sync = __commonJS({
  "node_modules/pngjs/lib/filter-parse-sync.js"(exports) {
    "use strict";
    var SyncReader = require_sync_reader();
    var Filter = require_filter_parse();
    exports.process = function(inBuffer, bitmapInfo) {
      let outBuffers = [];
      let reader = new SyncReader(inBuffer);
      let filter = new Filter(bitmapInfo, {
        read: reader.read.bind(reader),
        write: function(bufferPart) {
          outBuffers.push(bufferPart);
        },
        complete: function() {
        }
      });
      filter.start();
      reader.process();
      return Buffer.concat(outBuffers);
    };
  }
});

// node_modules/pngjs/lib/parser-sync.js
var require_parser_sync = __commonJS({
  "node_modules/pngjs/lib/parser-sync.js"(exports, module) {
    "use strict";
    var hasSyncZlib = true;
    var zlib = __require("zlib");
    var inflateSync2 = require_sync_inflate();
    if (!zlib.deflateSync) {
      hasSyncZlib = false;
    }
    var SyncReader = require_sync_reader();
    var FilterSync = require_filter_parse_sync();
    var Parser = require_parser();
    var bitmapper = require_bitmapper();
    var formatNormaliser = require_format_normaliser();
    module.exports = function(buffer, options) {
      if (!hasSyncZlib) {
        throw new Error(
          "To use the sync capability of this library in old node versions, please pin pngjs to v2.3.0"
        );
      }
      let err;
      function handleError(_err_) {
        err = _err_;
      }
      let metaData;
      function handleMetaData(_metaData_) {
        metaData = _metaData_;
      }
      function handleTransColor(transColor) {
        metaData.transColor = transColor;
      }
      function handlePalette(palette) {
        metaData.palette = palette;
      }
      function handleSimpleTransparency() {
        metaData.alpha = true;
      }
      let gamma;
      function handleGamma(_gamma_) {
        gamma = _gamma_;
      }
      let inflateDataList = [];
      function handleInflateData(inflatedData2) {
        inflateDataList.push(inflatedData2);
      }
      let reader = new SyncReader(buffer);
      let parser = new Parser(options, {
        read: reader.read.bind(reader),
        error: handleError,
        metadata: handleMetaData,
        gamma: handleGamma,
        palette: handlePalette,
        transColor: handleTransColor,
        inflateData: handleInflateData,
        simpleTransparency: handleSimpleTransparency
      });
      parser.start();
      reader.process();
      if (err) {
        throw err;
      }
      let inflateData = Buffer.concat(inflateDataList);
      inflateDataList.length = 0;
      let inflatedData;
      if (metaData.interlace) {
        inflatedData = zlib.inflateSync(inflateData);
      } else {
        let rowSize = (metaData.width * metaData.bpp * metaData.depth + 7 >> 3) + 1;
        let imageSize = rowSize * metaData.height;
        inflatedData = inflateSync2(inflateData, {
          chunkSize: imageSize,
          maxLength: imageSize
        });
      }
      inflateData = null;
      if (!inflatedData || !inflatedData.length) {
        throw new Error("bad png - invalid inflate data response");
      }
      let unfilteredData = FilterSync.process(inflatedData, metaData);
      inflateData = null;
      let bitmapData = bitmapper.dataToBitMap(unfilteredData, metaData);
      unfilteredData = null;
      let normalisedBitmapData = formatNormaliser(
        bitmapData,
        metaData,
        options.skipRescale
      );
      metaData.data = normalisedBitmapData;
      metaData.gamma = gamma || 0;
      return metaData;
    };
  }
});

// node_modules/pngjs/lib/packer-sync.js
var require_packer_sync = __commonJS({
  "node_modules/pngjs/lib/packer-sync.js"(exports, module) {
    "use strict";
    var hasSyncZlib = true;
    var zlib = __require("zlib");
    if (!zlib.deflateSync) {
      hasSyncZlib = false;
    }
    var constants2 = require_constants();
    var Packer = require_packer();
    module.exports = function(metaData, opt) {
      if (!hasSyncZlib) {
        throw new Error(
          "To use the sync capability of this library in old node versions, please pin pngjs to v2.3.0"
        );
      }
      let options = opt || {};
      let packer = new Packer(options);
      let chunks = [];
      chunks.push(Buffer.from(constants2.PNG_SIGNATURE));
      chunks.push(packer.packIHDR(metaData.width, metaData.height));
      if (metaData.gamma) {
        chunks.push(packer.packGAMA(metaData.gamma));
      }
      let filteredData = packer.filterData(
        metaData.data,
        metaData.width,
        metaData.height
      );
      let compressedData = zlib.deflateSync(
        filteredData,
        packer.getDeflateOptions()
      );
      filteredData = null;
      if (!compressedData || !compressedData.length) {
        throw new Error("bad png - invalid compressed data response");
      }
      chunks.push(packer.packIDAT(compressedData));
      chunks.push(packer.packIEND());
      return Buffer.concat(chunks);
    };
  }
});

// node_modules/pngjs/lib/png-sync.js
var require_png_sync = __commonJS({
  "node_modules/pngjs/lib/png-sync.js"(exports) {
    "use strict";
    var parse = require_parser_sync();
    var pack = require_packer_sync();
    exports.read = function(buffer, options) {
      return parse(buffer, options || {});
    };
    exports.write = function(png, options) {
      return pack(png, options);
    };
  }
});

// node_modules/pngjs/lib/png.js
var require_png = __commonJS({
  "node_modules/pngjs/lib/png.js"(exports) {
    "use strict";
    var util = __require("util");
    var Stream = __require("stream");
    var Parser = require_parser_async();
    var Packer = require_packer_async();
    var PNGSync = require_png_sync();
    var PNG2 = exports.PNG = function(options) {
      Stream.call(this);
      options = options || {};
      this.width = options.width | 0;
      this.height = options.height | 0;
      this.data = this.width > 0 && this.height > 0 ? Buffer.alloc(4 * this.width * this.height) : null;
      if (options.fill && this.data) {
        this.data.fill(0);
      }
      this.gamma = 0;
      this.readable = this.writable = true;
      this._parser = new Parser(options);
      this._parser.on("error", this.emit.bind(this, "error"));
      this._parser.on("close", this._handleClose.bind(this));
      this._parser.on("metadata", this._metadata.bind(this));
      this._parser.on("gamma", this._gamma.bind(this));
      this._parser.on(
        "parsed",
        function(data) {
          this.data = data;
          this.emit("parsed", data);
        }.bind(this)
      );
      this._packer = new Packer(options);
      this._packer.on("data", this.emit.bind(this, "data"));
      this._packer.on("end", this.emit.bind(this, "end"));
      this._parser.on("close", this._handleClose.bind(this));
      this._packer.on("error", this.emit.bind(this, "error"));
    };
    util.inherits(PNG2, Stream);
    PNG2.sync = PNGSync;
    PNG2.prototype.pack = function() {
      if (!this.data || !this.data.length) {
        this.emit("error", "No data provided");
        return this;
      }
      process.nextTick(
        function() {
          this._packer.pack(this.data, this.width, this.height, this.gamma);
        }.bind(this)
      );
      return this;
    };
    PNG2.prototype.parse = function(data, callback) {
      if (callback) {
        let onParsed, onError;
        onParsed = function(parsedData) {
          this.removeListener("error", onError);
          this.data = parsedData;
          callback(null, this);
        }.bind(this);
        onError = function(err) {
          this.removeListener("parsed", onParsed);
          callback(err, null);
        }.bind(this);
        this.once("parsed", onParsed);
        this.once("error", onError);
      }
      this.end(data);
      return this;
    };
    PNG2.prototype.write = function(data) {
      this._parser.write(data);
      return true;
    };
    PNG2.prototype.end = function(data) {
      this._parser.end(data);
    };
    PNG2.prototype._metadata = function(metadata) {
      this.width = metadata.width;
      this.height = metadata.height;
      this.emit("metadata", metadata);
    };
    PNG2.prototype._gamma = function(gamma) {
      this.gamma = gamma;
    };
    PNG2.prototype._handleClose = function() {
      if (!this._parser.writable && !this._packer.readable) {
        this.emit("close");
      }
    };
    PNG2.bitblt = function(src, dst, srcX, srcY, width, height, deltaX, deltaY) {
      srcX |= 0;
      srcY |= 0;
      width |= 0;
      height |= 0;
      deltaX |= 0;
      deltaY |= 0;
      if (srcX > src.width || srcY > src.height || srcX + width > src.width || srcY + height > src.height) {
        throw new Error("bitblt reading outside image");
      }
      if (deltaX > dst.width || deltaY > dst.height || deltaX + width > dst.width || deltaY + height > dst.height) {
        throw new Error("bitblt writing outside image");
      }
      for (let y = 0; y < height; y++) {
        src.data.copy(
          dst.data,
          (deltaY + y) * dst.width + deltaX << 2,
          (srcY + y) * src.width + srcX << 2,
          (srcY + y) * src.width + srcX + width << 2
        );
      }
    };
    PNG2.prototype.bitblt = function(dst, srcX, srcY, width, height, deltaX, deltaY) {
      PNG2.bitblt(this, dst, srcX, srcY, width, height, deltaX, deltaY);
      return this;
    };
    PNG2.adjustGamma = function(src) {
      if (src.gamma) {
        for (let y = 0; y < src.height; y++) {
          for (let x = 0; x < src.width; x++) {
            let idx = src.width * y + x << 2;
            for (let i = 0; i < 3; i++) {
              let sample = src.data[idx + i] / 255;
              sample = Math.pow(sample, 1 / 2.2 / src.gamma);
              src.data[idx + i] = Math.round(sample * 255);
            }
          }
        }
        src.gamma = 0;
      }
    };
    PNG2.prototype.adjustGamma = function() {
      PNG2.adjustGamma(this);
    };
  }
});

// src/visual/gate.ts
var import_yaml = __toESM(require_dist(), 1);
import { createHash as createHash3 } from "node:crypto";
import { existsSync as existsSync2 } from "node:fs";
import { copyFile, lstat as lstat3, mkdir as mkdir3, readdir as readdir2, readFile as readFile2, writeFile as writeFile4 } from "node:fs/promises";
import { dirname as dirname2, join as join4, relative, resolve } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/visual/approval.ts
import { mkdtemp, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/visual/fingerprint.ts
import { createHash } from "node:crypto";
var FINGERPRINT_VERSION = "v1";
var FINGERPRINT_PATTERN = /^v1\.[0-9a-f]{32}$/;
var CHUNK_BYTES = 64 * 1024;
function diffFingerprint(baseline, current, marks, sizes) {
  const { width, height } = baseline;
  if (current.width !== width || current.height !== height || marks.length !== width * height * 4)
    throw new Error("diffFingerprint: the images and the mask must have the same size");
  const m32 = new Uint32Array(marks.buffer, marks.byteOffset, width * height);
  let minX = width;
  let minY = height;
  let maxX = -1;
  let maxY = -1;
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
  const chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, boxWidth * 9));
  let used = 0;
  const flush = () => {
    hash.update(chunk.subarray(0, used));
    used = 0;
  };
  const a = baseline.data;
  const b = current.data;
  for (let y = minY; y <= maxY; y++) {
    if (used + boxWidth * 9 > chunk.length) flush();
    const row = y * width;
    for (let x = minX; x <= maxX; x++) chunk[used++] = m32[row + x] === 0 ? 0 : 1;
    for (let x = minX; x <= maxX; x++) {
      if (m32[row + x] === 0) continue;
      const p = (row + x) * 4;
      chunk[used++] = a[p];
      chunk[used++] = a[p + 1];
      chunk[used++] = a[p + 2];
      chunk[used++] = a[p + 3];
      chunk[used++] = b[p];
      chunk[used++] = b[p + 1];
      chunk[used++] = b[p + 2];
      chunk[used++] = b[p + 3];
    }
  }
  flush();
  return `${FINGERPRINT_VERSION}.${hash.digest("hex").slice(0, 32)}`;
}
function isFingerprint(value) {
  return typeof value === "string" && FINGERPRINT_PATTERN.test(value);
}

// src/visual/approval.ts
var DEFAULT_APPROVAL_AUTHOR = "github-actions[bot]";
var LOGIN_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\[bot\])?$/;
var VISUAL_CONTEXT_PATTERN = /^quality-gates\/visual(?:\/[a-z0-9][a-z0-9._-]{0,39})?$/;
var PENDING_ARTIFACT_PREFIX = "quality-gates-visual-pending";
var PENDING_FILE = "visual-pending.json";
var APPROVAL_MARKER = "<!-- quality-gates:visual-approval v1 -->";
var PENDING_RETENTION_DAYS = 30;
var MAX_PENDING_BYTES = 4 * 1024 * 1024;
var MAX_PENDING_IMAGES = 1e4;
var MAX_NAME_LENGTH = 1024;
var MAX_RUNS = 100;
var MAX_COMMENTS = 3e3;
var MAX_DATA_LINE = 6e4;
var byText = (x, y) => x < y ? -1 : x > y ? 1 : 0;
function pendingFromImages(images, context, sha, unapprovable = 0) {
  const pending = [];
  for (const image of images) {
    if (image.status !== "changed" && image.status !== "size-changed") continue;
    if (image.fingerprint === void 0) continue;
    pending.push({ name: image.name, fingerprint: image.fingerprint, diffPixels: image.diffPixels });
  }
  pending.sort((x, y) => byText(x.name, y.name));
  return { version: 1, context, sha, images: pending, unapprovable };
}
function groupsOf(images) {
  const groups = /* @__PURE__ */ new Map();
  for (const image of images) {
    const g = groups.get(image.fingerprint);
    if (g) g.images.push(image.name);
    else
      groups.set(image.fingerprint, {
        fingerprint: image.fingerprint,
        images: [image.name],
        diffPixels: image.diffPixels
      });
  }
  const out = [...groups.values()];
  for (const g of out) g.images.sort(byText);
  return out.sort((x, y) => byText(x.images[0], y.images[0]));
}
function excusedImages(images, approvals) {
  const out = /* @__PURE__ */ new Set();
  for (const image of images)
    if ((image.status === "changed" || image.status === "size-changed") && image.fingerprint !== void 0 && approvals.has(image.fingerprint))
      out.add(image.name);
  return out;
}
function pendingArtifactName(context, runAttempt) {
  if (!VISUAL_CONTEXT_PATTERN.test(context)) throw new Error(`not a visual status context: ${context}`);
  const name = context.slice("quality-gates/visual".length).replace("/", "-");
  const base2 = `${PENDING_ARTIFACT_PREFIX}${name}`;
  return runAttempt !== void 0 && runAttempt > 1 ? `${base2}-attempt-${runAttempt}` : base2;
}
async function recordPending(host, record) {
  const artifacts = host.artifacts;
  if (!artifacts?.canUpload) {
    host.logger.log(
      "info",
      "visual approvals: this run cannot upload artifacts, so /approve-visual will not find its diffs"
    );
    return void 0;
  }
  const name = pendingArtifactName(record.context, host.context.runAttempt);
  const dir = await mkdtemp(join(host.tempDir, "visual-pending-"));
  const path = join(dir, PENDING_FILE);
  await writeFile(path, JSON.stringify(record));
  await artifacts.upload(name, [path], dir, PENDING_RETENTION_DAYS);
  return name;
}
function parsePending(text, headSha, identity) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return "not JSON";
  }
  const r = data;
  if (!r || typeof r !== "object" || r.version !== 1) return "not a version 1 pending record";
  if (typeof r.context !== "string" || !VISUAL_CONTEXT_PATTERN.test(r.context))
    return "its status context is not quality-gates/visual[/<name>]";
  if (pendingArtifactName(r.context) !== identity) return `its context ${r.context} does not match its name`;
  if (r.sha !== headSha) return "it is about another commit";
  if (!Array.isArray(r.images) || r.images.length > MAX_PENDING_IMAGES) return "bad image list";
  const unapprovable = r.unapprovable;
  if (typeof unapprovable !== "number" || !Number.isSafeInteger(unapprovable) || unapprovable < 0)
    return "bad unapprovable count";
  const images = [];
  for (const i of r.images) {
    const image = i;
    if (!image || typeof image.name !== "string" || image.name.length === 0 || image.name.length > MAX_NAME_LENGTH || !isFingerprint(image.fingerprint) || typeof image.diffPixels !== "number" || !Number.isSafeInteger(image.diffPixels) || image.diffPixels < 0)
      return "bad image entry";
    images.push({ name: image.name, fingerprint: image.fingerprint, diffPixels: image.diffPixels });
  }
  return { version: 1, context: r.context, sha: headSha, images, unapprovable };
}
function newestPending(listed) {
  const newest = /* @__PURE__ */ new Map();
  for (const artifact of listed) {
    if (artifact.name !== PENDING_ARTIFACT_PREFIX && !artifact.name.startsWith(`${PENDING_ARTIFACT_PREFIX}-`))
      continue;
    const m = /^(.*)-attempt-([1-9][0-9]{0,5})$/.exec(artifact.name);
    const identity = m ? m[1] : artifact.name;
    const attempt = m ? Number(m[2]) : 1;
    const kept = newest.get(identity);
    if (!kept || attempt > kept.attempt || attempt === kept.attempt && artifact.id > kept.artifact.id)
      newest.set(identity, { artifact, attempt });
  }
  return [...newest.entries()].sort(([x], [y]) => byText(x, y)).map(([identity, v]) => ({ artifact: v.artifact, identity }));
}
async function findPending(options) {
  const { octokit, repo, headSha } = options;
  const { data } = await octokit.rest.actions.listWorkflowRunsForRepo({
    owner: repo.owner,
    repo: repo.repo,
    head_sha: headSha,
    per_page: MAX_RUNS
  });
  const runs = data.workflow_runs.filter((r) => r.head_sha === headSha).sort((a, b) => b.id - a.id);
  const records = /* @__PURE__ */ new Map();
  const problems = [];
  const done = /* @__PURE__ */ new Set();
  for (const run of runs) {
    let listed;
    try {
      listed = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
        owner: repo.owner,
        repo: repo.repo,
        run_id: run.id,
        per_page: 100
      });
    } catch (e) {
      problems.push(`artifacts of run ${run.id}: ${describeError(e)}`);
      continue;
    }
    for (const { artifact, identity } of newestPending(listed)) {
      if (done.has(identity)) continue;
      done.add(identity);
      const where = `artifact ${artifact.name} of run ${run.id}`;
      if (artifact.expired) {
        problems.push(`${where}: expired`);
        continue;
      }
      if (!Number.isSafeInteger(artifact.size_in_bytes) || artifact.size_in_bytes > MAX_PENDING_BYTES) {
        problems.push(`${where}: larger than ${MAX_PENDING_BYTES} bytes`);
        continue;
      }
      try {
        const dir = await mkdtemp(join(options.tempDir, "visual-pending-"));
        const zip = join(dir, "pending.zip");
        await options.downloadZip(artifact.id, zip);
        const text = await readZipEntryText(zip, PENDING_FILE, MAX_PENDING_BYTES);
        if (text === void 0) {
          problems.push(`${where}: holds no ${PENDING_FILE}`);
          continue;
        }
        const parsed = parsePending(text, headSha, identity);
        if (typeof parsed === "string") problems.push(`${where}: ${parsed}`);
        else records.set(parsed.context, parsed);
      } catch (e) {
        problems.push(`${where}: ${describeError(e)}`);
      }
    }
  }
  return {
    records: [...records.values()].sort((x, y) => byText(x.context, y.context)),
    problems
  };
}
function approvalComment(entry, visible) {
  if (!LOGIN_PATTERN.test(entry.by)) throw new Error(`not a GitHub login: ${entry.by}`);
  if (!/^[0-9a-f]{40}$/.test(entry.sha)) throw new Error("approval: sha must be 40 hex digits");
  if (!entry.fingerprints.every(isFingerprint)) throw new Error("approval: malformed fingerprint");
  return `${APPROVAL_MARKER}
<!-- ${JSON.stringify(entry)} -->
${visible}`;
}
function parseApprovalComment(body) {
  const [first, second] = body.split("\n", 2);
  if (first?.replace(/\r$/, "") !== APPROVAL_MARKER || second === void 0) return void 0;
  const line = second.replace(/\r$/, "");
  if (line.length > MAX_DATA_LINE || !line.startsWith("<!-- ") || !line.endsWith(" -->")) return void 0;
  let data;
  try {
    data = JSON.parse(line.slice(5, -4));
  } catch {
    return void 0;
  }
  const e = data;
  if (!e || typeof e !== "object") return void 0;
  if (e.decision !== "approve" && e.decision !== "reject") return void 0;
  if (typeof e.sha !== "string" || !/^[0-9a-f]{40}$/.test(e.sha)) return void 0;
  if (typeof e.by !== "string" || !LOGIN_PATTERN.test(e.by)) return void 0;
  if (!Array.isArray(e.fingerprints) || !e.fingerprints.every(isFingerprint)) return void 0;
  return { decision: e.decision, sha: e.sha, by: e.by, fingerprints: e.fingerprints };
}
async function readApprovers(octokit, repo, pr, options = {}) {
  const author = (options.author ?? DEFAULT_APPROVAL_AUTHOR).toLowerCase();
  let seen = 0;
  const comments = await octokit.paginate(
    octokit.rest.issues.listComments,
    { owner: repo.owner, repo: repo.repo, issue_number: pr, per_page: 100 },
    (response, done) => {
      seen += response.data.length;
      if (seen >= MAX_COMMENTS) done();
      return response.data.map((c) => ({ id: c.id, login: c.user?.login ?? "", body: c.body ?? "" }));
    }
  );
  const approved = /* @__PURE__ */ new Map();
  for (const c of comments.sort((x, y) => x.id - y.id)) {
    if (c.login.toLowerCase() !== author) continue;
    const entry = parseApprovalComment(c.body);
    if (!entry) continue;
    for (const f of entry.fingerprints)
      if (entry.decision === "approve") approved.set(f, entry.by);
      else approved.delete(f);
  }
  return approved;
}

// src/visual/approve.ts
var DEFAULT_APPROVE_LABEL = "visual-approved";
var APPROVE_COMMAND = "/approve-visual";
var MAX_GROUPS = 1e3;
var APPROVE_SETTINGS = [
  {
    name: "approval-author",
    kind: "string",
    only: "action",
    pattern: LOGIN_PATTERN,
    describe: "a GitHub login",
    default: DEFAULT_APPROVAL_AUTHOR,
    description: `Login whose approval comments are trusted (the identity of github-token): ${DEFAULT_APPROVAL_AUTHOR} for GITHUB_TOKEN; set it when github-token is a PAT or another app's token.`,
    group: "Approvals"
  },
  {
    name: "approve-label",
    kind: "string",
    only: "action",
    pattern: /^[^\s,][^,]{0,49}$/,
    describe: "a label name (1-50 characters, no comma)",
    default: DEFAULT_APPROVE_LABEL,
    description: "task: approve: adding this label to a PR approves its current visual changes (the labeler needs write permission).",
    group: "Approvals"
  }
];
var obj = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
function parseCommand(body) {
  const first = body.slice(0, 200).split("\n", 1)[0].trim();
  const m = /^(\/approve-visual|\/reject-visual)(?:\s+([0-9a-fA-F]{7,40}))?$/.exec(first);
  if (!m) return void 0;
  return {
    decision: m[1] === APPROVE_COMMAND ? "approve" : "reject",
    ...m[2] ? { shaPrefix: m[2].toLowerCase() } : {}
  };
}
function requestOf(host, label) {
  const { eventName, payload } = host.context;
  const sender = obj(payload.sender)?.login;
  if (eventName === "issue_comment") {
    if (payload.action !== "created") return `comment ${String(payload.action)}, not created`;
    const issue = obj(payload.issue);
    const comment = obj(payload.comment);
    if (!issue || !comment) throw new UserError("issue_comment event without issue or comment");
    if (!obj(issue.pull_request)) return "a comment on an issue, not on a pull request";
    const command = parseCommand(typeof comment.body === "string" ? comment.body : "");
    if (!command) return "the comment is not /approve-visual or /reject-visual";
    const login = obj(comment.user)?.login;
    if (typeof login !== "string" || typeof issue.number !== "number" || typeof comment.id !== "number")
      throw new UserError("issue_comment event without comment author or issue number");
    return { pr: issue.number, actor: login, ...command, commentId: comment.id };
  }
  if (eventName === "pull_request" || eventName === "pull_request_target") {
    if (payload.action !== "labeled") return `pull request ${String(payload.action)}, not labeled`;
    const name = obj(payload.label)?.name;
    if (name !== label) return `label ${JSON.stringify(String(name).slice(0, 50))} is not ${label}`;
    const number = obj(payload.pull_request)?.number;
    if (typeof number !== "number" || typeof sender !== "string")
      throw new UserError("labeled event without pull request number or sender");
    return { pr: number, actor: sender, decision: "approve" };
  }
  if (eventName === "workflow_dispatch") {
    const given = host.context.manualPullRequest;
    if (given === void 0)
      throw new UserError("task approve: a manual run needs the pull request number (pr)");
    if (!/^[1-9][0-9]{0,9}$/.test(given) || Number(given) > 2147483647)
      throw new UserError(`pr: ${JSON.stringify(given.slice(0, 20))} is not a pull request number`);
    if (typeof sender !== "string") throw new UserError("workflow_dispatch event without sender");
    const asked = obj(payload.inputs)?.decision;
    const decision = asked === void 0 || asked === "" || asked === "approve" ? "approve" : asked;
    if (decision !== "approve" && decision !== "reject")
      throw new UserError(
        `decision: ${JSON.stringify(String(decision).slice(0, 20))} is not approve or reject`
      );
    return { pr: Number(given), actor: sender, decision };
  }
  throw new UserError(
    `task approve runs on issue_comment, pull_request(_target) labeled or workflow_dispatch, not ${eventName}`
  );
}
async function mayApprove(octokit, repo, login) {
  const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
  const role = data.role_name;
  return ["admin", "write"].includes(data.permission) || ["admin", "maintain", "write"].includes(role ?? "");
}
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
async function approveTask(settings, host) {
  const { octokit, context } = host;
  const repo = context.repository;
  if (!octokit || !repo)
    throw new UserError("task approve needs a GitHub token and a repository (GITHUB_REPOSITORY)");
  const author = settings["approval-author"] ?? DEFAULT_APPROVAL_AUTHOR;
  const request = requestOf(host, settings["approve-label"] ?? DEFAULT_APPROVE_LABEL);
  const log = (message) => host.logger.log("info", `visual approval: ${message}`);
  if (typeof request === "string") {
    log(`nothing to do (${request})`);
    return { action: "ignored", reason: request };
  }
  const issue = { owner: repo.owner, repo: repo.repo, issue_number: request.pr };
  const refuse = async (reason) => {
    log(`refused: ${reason}`);
    await octokit.rest.issues.createComment({ ...issue, body: `@${request.actor}: ${reason}` });
    return { action: "refused", reason, pr: request.pr };
  };
  if (!LOGIN_PATTERN.test(request.actor)) throw new UserError("the event names no valid GitHub login");
  const verb = request.decision === "approve" ? "approve" : "reject";
  if (!await mayApprove(octokit, repo, request.actor))
    return refuse(`only collaborators with write, maintain or admin permission can ${verb} visual changes.`);
  const { data: pull } = await octokit.rest.pulls.get({
    owner: repo.owner,
    repo: repo.repo,
    pull_number: request.pr
  });
  if (pull.state !== "open")
    return refuse(`pull request #${request.pr} is ${pull.state}; nothing to ${verb}.`);
  const head = pull.head.sha;
  const short = head.slice(0, 7);
  if (request.shaPrefix && !head.startsWith(request.shaPrefix))
    return refuse(
      `the head of #${request.pr} is now ${short}, not ${request.shaPrefix.slice(0, 12)}: review its diffs, then ${verb} again.`
    );
  const artifacts = host.artifacts;
  if (!artifacts) throw new UserError("task approve needs the Actions artifact API to read the pending diffs");
  const found = await findPending({
    octokit,
    repo,
    headSha: head,
    downloadZip: (id, path) => artifacts.downloadZip(id, path),
    tempDir: host.tempDir
  });
  for (const p of found.problems) host.logger.log("warning", `visual approval: ${p}`);
  const records = found.records.filter((r) => r.images.length > 0);
  if (found.records.length === 0)
    return refuse(
      `no visual result for ${short} yet: wait for the visual gate to finish on this commit, then ${verb} again.`
    );
  if (records.length === 0)
    return refuse(`the visual gate found no changed images on ${short}; nothing to ${verb}.`);
  const images = records.reduce((n, r) => n + r.images.length, 0);
  const fingerprints = [...new Set(records.flatMap((r) => r.images.map((i) => i.fingerprint)))].sort();
  const groups = fingerprints.length;
  if (groups > MAX_GROUPS)
    return refuse(
      `${short} has ${groups} distinct visual diffs, more than the ${MAX_GROUPS} one decision can record: save a new baseline instead.`
    );
  const counts = `${plural(images, "diff")} in ${plural(groups, "group")}`;
  const visible = request.decision === "approve" ? `**Visual changes approved** by @${request.actor} on ${short}: ${counts}. A later commit with the same diffs passes by itself; any other diff needs a new approval.` : `**Visual changes rejected** by @${request.actor} on ${short}: ${counts}.`;
  const body = approvalComment(
    { decision: request.decision, sha: head, by: request.actor, fingerprints },
    `${visible}

${records.map((r) => describeRecord(r)).join("\n")}`
  );
  const { data: written } = await octokit.rest.issues.createComment({ ...issue, body });
  if (written.user && written.user.login.toLowerCase() !== author.toLowerCase())
    host.logger.log(
      "warning",
      `visual approval: the comment was written as ${written.user.login}, not ${author}: gate runs trust only ${author}'s; set approval-author to the token's login`
    );
  const target = runUrl(context);
  const failures = [];
  for (const r of records) {
    const n = `${plural(r.images.length, "diff")} in ${plural(groupsOf(r.images).length, "group")}`;
    const state = request.decision === "reject" || r.unapprovable > 0 ? "failure" : "success";
    const description = request.decision === "reject" ? `rejected by @${request.actor}: ${n}` : r.unapprovable > 0 ? `approved by @${request.actor}: ${n}; ${plural(r.unapprovable, "image")} still failing` : `approved by @${request.actor}: ${n}`;
    try {
      await setCommitStatus(octokit, repo, head, {
        context: r.context,
        state,
        description,
        ...target ? { targetUrl: target } : {}
      });
    } catch (e) {
      failures.push(describeError(e));
    }
  }
  log(
    `${request.decision === "approve" ? "approved" : "rejected"} ${counts} on ${short} for @${request.actor}`
  );
  return {
    action: request.decision === "approve" ? "approved" : "rejected",
    pr: request.pr,
    sha: head,
    images,
    groups,
    ...failures.length > 0 ? { failure: failures.join("; ") } : {}
  };
}
function describeRecord(r) {
  const groups = groupsOf(r.images);
  const shown = groups.slice(0, 20).map((g) => {
    const names = g.images.slice(0, 5).map((n) => `\`${n.replace(/[`\r\n]/g, "?").slice(0, 200)}\``);
    const more = g.images.length > 5 ? ` and ${g.images.length - 5} more` : "";
    return `  - ${names.join(", ")}${more}`;
  }).join("\n");
  const rest = groups.length > 20 ? `
  - and ${groups.length - 20} more groups` : "";
  const unapprovable = r.unapprovable > 0 ? ` (${plural(r.unapprovable, "image")} failing for other reasons)` : "";
  return `- ${r.context}${unapprovable}:
${shown}${rest}`;
}
var TASK_TITLE = "Visual approval";
function approveSummary(o) {
  const on = o.sha ? ` on ${o.sha.slice(0, 7)}` : "";
  const pr = o.pr !== void 0 ? `#${o.pr}` : "the pull request";
  const counts = o.images !== void 0 && o.groups !== void 0 ? `: ${plural(o.images, "diff")} in ${plural(o.groups, "group")}` : "";
  switch (o.action) {
    case "approved":
      return `visual changes of ${pr} approved${on}${counts}`;
    case "rejected":
      return `visual changes of ${pr} rejected${on}${counts}`;
    case "refused":
      return `refused for ${pr}: ${o.reason ?? ""}`;
    default:
      return `nothing to do: ${o.reason ?? ""}`;
  }
}
function approveResult(outcome) {
  const status = outcome.failure !== void 0 ? "fail" : outcome.action === "approved" || outcome.action === "rejected" ? "pass" : outcome.action === "refused" ? "neutral" : "skipped";
  const summary = approveSummary(outcome);
  const lines = [headingLine({ status, title: TASK_TITLE, summary })];
  if (outcome.failure !== void 0) lines.push(`> \u26A0\uFE0F ${escapeText(outcome.failure, 1e3)}`);
  return {
    fragment: makeFragment({
      gate: "visual",
      status,
      title: TASK_TITLE,
      summary: summary.slice(0, 500),
      markdown: lines.join("\n\n"),
      metrics: {
        action: outcome.action,
        images: outcome.images ?? 0,
        groups: outcome.groups ?? 0
      },
      statusContext: "quality-gates/visual",
      ...outcome.sha ? { sha: outcome.sha } : {}
    }),
    onCommit: false,
    outputs: {
      "approval-action": outcome.action,
      changed: String(outcome.images ?? 0)
    },
    ...outcome.failure !== void 0 ? { failure: outcome.failure } : {},
    data: { task: "approve", outcome }
  };
}
function writeApproveJson(run, write) {
  const o = run.outcome;
  write(
    `${JSON.stringify({
      gate: "visual",
      task: "approve",
      action: o.action,
      ...o.reason !== void 0 ? { reason: o.reason } : {},
      ...o.pr !== void 0 ? { pr: o.pr } : {},
      ...o.sha !== void 0 ? { sha: o.sha } : {},
      ...o.images !== void 0 ? { images: o.images, groups: o.groups ?? 0 } : {}
    })}
`
  );
}
function humanApprove(run) {
  return `${approveSummary(run.outcome).replace(/[\u0000-\u001f\u007f-\u009f]/g, "?")}
`;
}

// src/visual/thumbnails.ts
import { createHash as createHash2 } from "node:crypto";

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
function markDiff(a, b, threshold, includeAA) {
  const { width, height } = a;
  const w4 = width * 4;
  const marks = Buffer.alloc(width * height * 4);
  let scratch = null;
  let diffPixels = 0;
  const box = new BoxBuilder();
  for (const [first, last] of differingBands(a, b)) {
    for (let y0 = first; y0 <= last; y0 += SLICE_ROWS) {
      const y1 = Math.min(last, y0 + SLICE_ROWS - 1);
      const top = Math.max(0, y0 - AA_REACH);
      const bottom = Math.min(height - 1, y1 + AA_REACH);
      const s = top * w4;
      const e = (bottom + 1) * w4;
      scratch ??= Buffer.alloc(Math.min(height, SLICE_ROWS + 2 * AA_REACH) * w4);
      const out = scratch.subarray(0, e - s);
      out.fill(0);
      const all = pixelmatch(a.data.subarray(s, e), b.data.subarray(s, e), out, width, bottom - top + 1, {
        threshold,
        includeAA,
        diffMask: true
      });
      if (all === 0) continue;
      const own = out.subarray((y0 - top) * w4, (y1 - top + 1) * w4);
      const mine = countMarks(own);
      if (mine === 0) continue;
      diffPixels += mine;
      marks.set(own, y0 * w4);
      box.addMarks(own, width, y0);
    }
  }
  return { diffPixels, marks, box: box.region() };
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
function drawDiff(a, b, box, threshold, includeAA, style = {}) {
  let outer = growBox(box, AA_REACH, a.width, a.height);
  if (outer.width * 2 >= a.width) outer = { ...outer, x: 0, width: a.width };
  const ca = cropImage(a, outer);
  const cb = cropImage(b, outer);
  const drawn = Buffer.alloc(outer.width * outer.height * 4);
  pixelmatch(ca.data, cb.data, drawn, outer.width, outer.height, { threshold, includeAA, ...style });
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
var import_pngjs = __toESM(require_png(), 1);
import { promisify } from "node:util";
import { deflate, deflateSync, inflate, inflateSync, constants as zc } from "node:zlib";
var inflateAsync = promisify(inflate);
var deflateAsync = promisify(deflate);
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
      `image too large: ${width}\xD7${height} is ${(width * height).toLocaleString("en-US")} pixels, over the limit of ${maxPixels.toLocaleString("en-US")}`
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
function rawSize(h) {
  const bitsPerPixel = CHANNELS[h.colorType] * h.bitDepth;
  const stride = Math.ceil(h.width * bitsPerPixel / 8);
  return { stride, bpp: Math.max(1, bitsPerPixel >> 3), total: (stride + 1) * h.height };
}
function describeZlib(e) {
  const m = e instanceof Error ? e.message : String(e);
  if (/unexpected end/i.test(m)) return "truncated PNG: the image data ends early";
  if (/output length|buffer/i.test(m)) return "malformed PNG: more image data than its size allows";
  return `malformed PNG: corrupt image data (${m.slice(0, 80)})`;
}
function unfilterRow(raw, type, cur, prev, hasPrev, stride, bpp, y) {
  const end = cur + stride;
  if (type === 0) return;
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
  for (let y = 0; y < height; y++) {
    const row = y * rowLen + 1;
    unfilterRow(raw, raw[row - 1], row, row - rowLen, y > 0, stride, 3, y);
  }
  for (let y = height - 1; y >= 0; y--) {
    const row = y * rowLen + 1;
    for (let x = width - 1, p = row + x * 3, o = (y * width + x) * 4; x >= 0; x--, p -= 3, o -= 4) {
      const r = raw[p];
      const g = raw[p + 1];
      const b = raw[p + 2];
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = 255;
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
function viaPngjs(bytes) {
  try {
    const png = import_pngjs.PNG.sync.read(bytes);
    return { width: png.width, height: png.height, data: png.data };
  } catch (e) {
    throw new PngError(`unreadable PNG: ${(e instanceof Error ? e.message : String(e)).slice(0, 120)}`);
  }
}
function finish(c, raw) {
  const { stride, bpp, total } = rawSize(c.header);
  const { width, height, bitDepth, colorType } = c.header;
  if (raw.length < total) throw new PngError("truncated PNG: the image data ends early");
  if (bitDepth === 8 && colorType === 6 && raw.byteOffset % 4 === 0)
    return { width, height, data: rgba8InPlace(raw, width, height) };
  if (bitDepth === 8 && colorType === 2 && !c.trns && raw.byteOffset % 4 === 0 && raw.buffer.byteLength - raw.byteOffset >= width * height * 4) {
    const room = Buffer.from(raw.buffer, raw.byteOffset, Math.max(total, width * height * 4));
    return { width, height, data: rgb8InPlace(room, width, height) };
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
  if (c.header.interlaced) return viaPngjs(bytes);
  const { total } = rawSize(c.header);
  let raw;
  try {
    raw = inflateSync(c.idat, inflateOptions(c.header, total));
  } catch (e) {
    throw new PngError(describeZlib(e));
  }
  return finish(c, raw);
}
async function decodePngAsync(bytes, maxPixels = DEFAULT_MAX_PIXELS) {
  const c = readChunks(bytes, maxPixels);
  if (c.header.interlaced) return viaPngjs(bytes);
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
function filterNone(rgba, width, height) {
  const stride = width * 4;
  const out = Buffer.allocUnsafe((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const o = y * (stride + 1);
    out[o] = 0;
    out.set(rgba.subarray(y * stride, (y + 1) * stride), o + 1);
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
function encodePng(img2) {
  return assemble(
    img2.width,
    img2.height,
    deflateSync(filterNone(img2.data, img2.width, img2.height), DEFLATE_OPTIONS)
  );
}
async function encodePngAsync(img2) {
  const filtered = filterNone(img2.data, img2.width, img2.height);
  return assemble(img2.width, img2.height, await deflateAsync(filtered, DEFLATE_OPTIONS));
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
  const hash = createHash2("sha256").update(name, "utf8").digest("hex").slice(0, 10);
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

// src/visual/compare.ts
import { constants, existsSync } from "node:fs";
import { lstat, mkdir, open, readdir, writeFile as writeFile2 } from "node:fs/promises";
import { dirname, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";

// src/visual/pair.ts
var DIFF_MARGIN = 16;
function base(name) {
  return { name, status: "unchanged", diffPixels: 0, subtlePixels: 0, allowedPixels: 0, width: 0, height: 0 };
}
function errorOut(name, message, width = 0, height = 0) {
  return { result: { ...base(name), status: "error", message, width, height }, path: "error" };
}
async function comparePair(input, decode = decodePngAsync) {
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
      decode(input.baseline, maxPixels).catch((e) => Promise.reject(new PngError(`baseline: ${describe(e)}`))),
      decode(input.current, maxPixels).catch((e) => Promise.reject(new PngError(`current: ${describe(e)}`)))
    ]);
  } catch (e) {
    return errorOut(name, describe(e));
  }
  let mask = null;
  if (o.mask !== null) {
    try {
      if (!input.mask) throw new PngError("not readable");
      mask = await decode(input.mask, maxPixels);
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
  const d = markDiff(a, b, o.threshold, o.includeAA);
  let box = d.box;
  let drawn = { threshold: o.threshold, includeAA: o.includeAA };
  let subtlePixels = 0;
  let verdictMarks = d.marks;
  if (d.diffPixels <= allowed && o.subtleThreshold !== null && o.subtleThreshold < o.threshold && !a.data.equals(b.data)) {
    const strict = markDiff(a, b, o.subtleThreshold, false);
    const area = solidArea(strict.marks, w, h);
    subtlePixels = area.pixels;
    if (subtlePixels > allowed) {
      drawn = { threshold: o.subtleThreshold, includeAA: false };
      box = area.box;
      verdictMarks = strict.marks;
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
      verdictMarks,
      sizeChanged ? { baseline: { width: real.bw, height: real.bh }, current: { width: real.cw, height: real.ch } } : void 0
    );
  let diffPng;
  if ((changed || sizeChanged) && input.wantDiff) {
    const shown = growBox(box ?? overlap, DIFF_MARGIN, w, h);
    diffPng = await encodePngAsync(
      drawDiff(a, b, shown, drawn.threshold, drawn.includeAA, { alpha: o.alpha })
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
function defaultPoolSize() {
  return Math.max(1, availableParallelism());
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
  constructor(size, script) {
    this.size = size;
    this.script = script;
    if (!Number.isSafeInteger(size) || size < 1) throw new Error(`pool size must be \u2265 1, got ${size}`);
  }
  size;
  script;
  slots = [];
  waiting = [];
  nextId = 1;
  closed = false;
  spawn() {
    const slot = { worker: new Worker(this.script), busy: null };
    slot.worker.on("message", (reply) => {
      const job = slot.busy;
      if (!job || job.id !== reply.id) return;
      slot.busy = null;
      if (reply.output) {
        if (reply.output.diffPng) reply.output.diffPng = asBuffer(reply.output.diffPng);
        job.resolve(reply.output);
      } else job.reject(new Error(reply.error ?? "worker gave no result"));
      this.waiting.shift()?.();
    });
    const fail = (e) => {
      const job = slot.busy;
      slot.busy = null;
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      job?.reject(new Error(`compare worker stopped: ${e.message}`));
      this.waiting.shift()?.();
    };
    slot.worker.on("error", fail);
    slot.worker.on("exit", (code) => {
      if (!this.closed) fail(new Error(`exit code ${code}`));
    });
    this.slots.push(slot);
    return slot;
  }
  async idleSlot() {
    for (; ; ) {
      if (this.closed) throw new Error("pool closed");
      const idle = this.slots.find((s) => !s.busy);
      if (idle) return idle;
      if (this.slots.length < this.size) return this.spawn();
      await new Promise((r) => this.waiting.push(r));
    }
  }
  async run(input) {
    const slot = await this.idleSlot();
    const id = this.nextId++;
    return new Promise((resolve2, reject) => {
      slot.busy = { id, resolve: resolve2, reject };
      const req = { id, input };
      slot.worker.postMessage(req, transferList(input.baseline, input.current, input.mask));
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
      if (e.isDirectory()) await walk(join2(dir, e.name), name, depth + 1);
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
async function readNoFollow(path) {
  const fh = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw new Error("not a regular file");
    if (st.size > MAX_FILE_BYTES) throw new Error(`file larger than ${MAX_FILE_BYTES} bytes`);
    return await fh.readFile();
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
  let requested = input.decoder ? 0 : input.poolSize ?? defaultPoolSize();
  const script = input.workerScript ?? new URL("./visual-worker.js", import.meta.url);
  if (requested > 0 && !input.workerScript && !existsSync(fileURLToPath(script))) requested = 0;
  const pool = requested > 0 ? new ComparePool(requested, script) : null;
  const heavySlots = Math.max(1, requested);
  const stats = {
    byteIdentical: 0,
    decodedEqual: 0,
    diffed: 0,
    maxInFlight: 0,
    poolSize: requested
  };
  let inFlight = 0;
  const queue = [];
  const acquire = async () => {
    while (inFlight >= heavySlots) await new Promise((r) => queue.push(r));
    inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
  };
  const release = () => {
    inFlight--;
    queue.shift()?.();
  };
  const results = /* @__PURE__ */ new Map();
  const one = async (name) => {
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
          join2(side === "baseline" ? input.baselineDir : input.currentDir, name)
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
      baseline = await readNoFollow(join2(input.baselineDir, name));
    } catch (e) {
      return { ...blank(name), message: `baseline: ${readError(e)}` };
    }
    try {
      current = await readNoFollow(join2(input.currentDir, name));
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
      await acquire();
      try {
        out = pool ? await pool.run(pair) : await comparePair(pair, input.decoder);
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
      const target = join2(input.diffDir, name);
      try {
        await mkdir(dirname(target), { recursive: true });
        await writeFile2(target, out.diffPng);
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
        while (next < names.length) {
          const name = names[next++];
          results.set(name, await one(name));
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
import { lstat as lstat2, mkdir as mkdir2, readFile, writeFile as writeFile3 } from "node:fs/promises";
import { join as join3 } from "node:path";
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
function img(png, alt, cls = "") {
  return `<img${cls ? ` class="${cls}"` : ""} src="${dataUri(png)}" alt="${alt}">`;
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
function comparedViews(alt, pics) {
  const figure = (png, caption) => png ? `<figure>${img(png, `${caption} of ${alt}`)}<figcaption>${caption}</figcaption></figure>` : "";
  return `<div class="tabs"><button type="button" data-view="side" aria-pressed="true">Side by side</button> <button type="button" data-view="overlay" aria-pressed="false">Overlay</button> <button type="button" data-view="slider" aria-pressed="false">Slider</button></div><div class="view side" data-view="side">${figure(pics.baseline, "baseline")}${figure(pics.diff, "diff")}${figure(pics.current, "current")}</div><div class="view overlay" data-view="overlay" hidden><div class="stack">${img(pics.baseline, `baseline of ${alt}`)}${img(pics.current, `current of ${alt}`, "top")}</div><label>Current's opacity <input class="opacity" type="range" min="0" max="100" value="50"></label></div><div class="view slider" data-view="slider" hidden><div class="stack">${img(pics.baseline, `baseline of ${alt}`)}${img(pics.current, `current of ${alt}`, "top")}</div><label>Current shown up to <input class="position" type="range" min="0" max="100" value="50"></label></div>`;
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
      if (pics.baseline && pics.current)
        body = comparedViews(name, { ...pics, baseline: pics.baseline, current: pics.current });
      else {
        const only = pics.current ?? pics.baseline ?? pics.diff;
        const which = pics.current ? "current" : pics.baseline ? "baseline" : "diff";
        body = only ? `<figure>${img(only, `${which} of ${name}`)}<figcaption>${which}</figcaption></figure>` : "";
      }
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
  const path = join3(dir, fileName);
  await writeFile3(path, html);
  return { path, inlinedBytes: inlined, omitted };
}
async function collectReportImages(dirs, images, maxBytes = DEFAULT_MAX_INLINE_BYTES) {
  const out = /* @__PURE__ */ new Map();
  let total = 0;
  const read = async (dir, name) => {
    if (!dir || !name || unsafeName(name)) return void 0;
    try {
      const st = await lstat2(join3(dir, name));
      if (!st.isFile() || total + st.size > maxBytes) return void 0;
      const bytes = await readFile(join3(dir, name));
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
  return `${i.diffPixels.toLocaleString("en-US")} / ${i.allowedPixels.toLocaleString("en-US")}`;
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
      description: "On a pull request, show baseline | diff | current thumbnails of the changed images in the comment, stored on the orphan branch quality-gates-assets through the git data API (needs contents: write; a closed PR's folder can be pruned, the branch is squashed past 50 MiB). Without write access (fork PRs), a link to the report artifact instead.",
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
      currentDir = s.current ? resolve(host.cwd, s.current) : join4(host.tempDir, "visual-current");
      const { capture } = await import("../chunks/capture-34CKGUMQ.js");
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
      const found = await loadStored(host, store, kind, await candidatesOf(host, git, walkBack));
      if (found.dir) base2 = { dir: found.dir, note: found.note, ...found.sha ? { sha: found.sha } : {} };
      else notes.push(found.note);
    }
    const diffDir = s["diff-dir"] ? resolve(host.cwd, s["diff-dir"]) : host.context.repository ? join4(host.tempDir, "visual-diff") : void 0;
    const emptyBase = join4(host.tempDir, "visual-no-baseline");
    if (!base2) await mkdir3(emptyBase, { recursive: true });
    const suite = await host.logger.group(
      "Compare screenshots",
      () => compareSuites({
        baselineDir: base2?.dir ?? emptyBase,
        currentDir,
        ...diffDir ? { diffDir } : {},
        options,
        fingerprints: true,
        ...workerScript() ? { workerScript: workerScript() } : { poolSize: 0 }
      })
    );
    const st = suite.stats;
    host.logger.log(
      "info",
      `${suite.images.length} images: ${st.byteIdentical} byte-identical, ${st.decodedEqual} equal after decoding, ${st.diffed} diffed (${st.poolSize > 0 ? `${st.poolSize} worker threads` : "in process"})`
    );
    let environment = [];
    if (base2) {
      const [bm, hm] = await Promise.all([
        readCaptureMeta(join4(base2.dir, CAPTURE_META_FILE)).catch((e) => {
          notes.push(`baseline ${CAPTURE_META_FILE} ignored: ${describeError(e)}`);
          return void 0;
        }),
        readCaptureMeta(join4(currentDir, CAPTURE_META_FILE))
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
          diffFiles.map((f) => join4(diffDir, f)),
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
    json: (run, write) => "task" in run ? writeApproveJson(run, write) : writeJsonResult(run, write),
    human: (run) => "task" in run ? humanApprove(run) : humanResult(run)
  }
});
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
        reason: `${plural2(errors, "image")} could not be read`,
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
      reason: `capture environment changed (${what}): ${plural2(changes, "image")} differ, not judged; refresh the baseline on the default branch`,
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
      reason: `${plural2(failing.length, "image")}: ${parts.join(", ")}`,
      noResult: false
    };
  }
  return { status: "pass", failing, noResult: false };
}
function plural2(n, word) {
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
  const m = /^(?:([A-Za-z0-9][A-Za-z0-9_-]{0,39}):)?(\d{1,5})[x×](\d{1,5})$/.exec(text.trim());
  if (!m)
    throw new UserError(
      `${label}: "${text.slice(0, 60)}" is not a viewport (WIDTHxHEIGHT, optionally name:WIDTHxHEIGHT)`
    );
  const width = Number(m[2]);
  const height = Number(m[3]);
  return { name: m[1] ?? `${width}x${height}`, width, height };
}
function configHash(spec) {
  return createHash3("sha256").update(JSON.stringify(spec?.config ?? { source: "files" })).digest("hex").slice(0, 12);
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
    try {
      parsed = /\.json$/i.test(file) ? JSON.parse(text) : (0, import_yaml.parse)(text, { maxAliasCount: 100 });
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
  const { optionsResolver: optionsResolver2 } = await import("../chunks/options-KIRCFYPQ.js");
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
function workerScript() {
  try {
    const file = fileURLToPath2(new URL("./visual-worker.js", import.meta.url));
    return existsSync2(file) ? file : void 0;
  } catch {
    return void 0;
  }
}
async function candidatesOf(host, git, walkBack) {
  const ancestors = (rev, extra = 0) => () => firstParentAncestors(git, rev, walkBack + 1 + extra).catch(() => []);
  const pr = await host.pullRequest();
  if (pr) {
    return async () => {
      const base2 = await testedCommitBase(git, { headSha: pr.headSha, baseSha: pr.baseSha }).catch(
        (e) => {
          throw new UserError(
            `cannot find the base commit in the clone (${describeError(e)}); use actions/checkout with fetch-depth: 0`
          );
        }
      );
      return ancestors(base2.base)();
    };
  }
  return async () => (await ancestors("HEAD", 1)()).slice(1);
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
      if (e.isDirectory()) await walk(join4(dir, e.name), name, depth + 1);
      else if (e.isFile() && (/\.png$/i.test(e.name) || name === CAPTURE_META_FILE) && !unsafeName(name)) {
        if (++copied > MAX_COPY_FILES) throw new UserError(`${from}: more than ${MAX_COPY_FILES} images`);
        await mkdir3(join4(to, rel), { recursive: true });
        await copyFile(join4(dir, e.name), join4(to, name));
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
    const n2 = await copyScreenshots(o.currentDir, to);
    await writeFile4(join4(to, VISUAL_BASELINE_FILE), `${JSON.stringify(index, null, 2)}
`);
    host.logger.log("info", `saved ${n2} files as the baseline in ${to}`);
    return;
  }
  if (!store) {
    host.logger.log("warning", "baseline not saved: no GitHub token or artifact service in this run");
    return;
  }
  const dir = join4(host.tempDir, `${o.kind}-baseline-out`);
  await mkdir3(dir, { recursive: true });
  const n = await copyScreenshots(o.currentDir, dir);
  await writeFile4(join4(dir, VISUAL_BASELINE_FILE), `${JSON.stringify(index, null, 2)}
`);
  try {
    const where = await store.save(o.kind, sha, dir, VISUAL_BASELINE_FILE, o.retentionDays);
    host.logger.log("info", `saved the visual baseline of ${sha.slice(0, 7)} (${n} files) as ${where}`);
  } catch (error) {
    if (!host.context.repository) throw error;
    const text = describeError(error);
    const rerun = /already exists/.test(text);
    host.logger.log(
      rerun ? "notice" : "warning",
      rerun ? `the visual baseline of ${sha.slice(0, 7)} was already saved by an earlier attempt of this run` : `the visual baseline of ${sha.slice(0, 7)} was not saved: ${text}`
    );
  }
}

// src/visual/index.ts
void runAction(visualGate);
//# sourceMappingURL=index.js.map
