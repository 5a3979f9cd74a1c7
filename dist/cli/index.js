#!/usr/bin/env node
import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require3() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/shared/errors.ts
function oneLine(message, max = 500) {
  const flat = message.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}
function describeError(error) {
  if (error instanceof UserError) return error.message;
  if (error instanceof Error) return oneLine(`${error.name}: ${error.message}`);
  return oneLine(String(error));
}
var UserError;
var init_errors = __esm({
  "src/shared/errors.ts"() {
    "use strict";
    UserError = class extends Error {
      name = "UserError";
      constructor(message) {
        super(oneLine(message));
      }
    };
  }
});

// node_modules/pend/index.js
var require_pend = __commonJS({
  "node_modules/pend/index.js"(exports, module) {
    module.exports = Pend;
    function Pend() {
      this.pending = 0;
      this.max = Infinity;
      this.listeners = [];
      this.waiting = [];
      this.error = null;
    }
    Pend.prototype.go = function(fn) {
      if (this.pending < this.max) {
        pendGo(this, fn);
      } else {
        this.waiting.push(fn);
      }
    };
    Pend.prototype.wait = function(cb) {
      if (this.pending === 0) {
        cb(this.error);
      } else {
        this.listeners.push(cb);
      }
    };
    Pend.prototype.hold = function() {
      return pendHold(this);
    };
    function pendHold(self) {
      self.pending += 1;
      var called = false;
      return onCb;
      function onCb(err) {
        if (called) throw new Error("callback called twice");
        called = true;
        self.error = self.error || err;
        self.pending -= 1;
        if (self.waiting.length > 0 && self.pending < self.max) {
          pendGo(self, self.waiting.shift());
        } else if (self.pending === 0) {
          var listeners = self.listeners;
          self.listeners = [];
          listeners.forEach(cbListener);
        }
      }
      function cbListener(listener) {
        listener(self.error);
      }
    }
    function pendGo(self, fn) {
      fn(pendHold(self));
    }
  }
});

// node_modules/yauzl/fd-slicer.js
var require_fd_slicer = __commonJS({
  "node_modules/yauzl/fd-slicer.js"(exports) {
    var fs = __require("fs");
    var util = __require("util");
    var stream = __require("stream");
    var Readable = stream.Readable;
    var PassThrough = stream.PassThrough;
    var Pend = require_pend();
    var EventEmitter = __require("events").EventEmitter;
    exports.BufferSlicer = BufferSlicer;
    exports.FdSlicer = FdSlicer;
    util.inherits(FdSlicer, EventEmitter);
    function FdSlicer(fd) {
      EventEmitter.call(this);
      this.fd = fd;
      this.pend = new Pend();
      this.pend.max = 1;
      this.refCount = 0;
    }
    FdSlicer.prototype.read = function(buffer, offset, length, position, callback2) {
      var self = this;
      self.pend.go(function(cb) {
        fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer2) {
          cb();
          callback2(err, bytesRead, buffer2);
        });
      });
    };
    FdSlicer.prototype.createReadStream = function(options2) {
      return new ReadStream(this, options2);
    };
    FdSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    FdSlicer.prototype.unref = function() {
      var self = this;
      self.refCount -= 1;
      if (self.refCount < 0) throw new Error("invalid unref");
      if (self.refCount > 0) return;
      fs.close(self.fd, onCloseDone);
      function onCloseDone(err) {
        if (err) {
          self.emit("error", err);
        } else {
          self.emit("close");
        }
      }
    };
    util.inherits(ReadStream, Readable);
    function ReadStream(context, options2) {
      options2 = options2 || {};
      Readable.call(this, options2);
      this.context = context;
      this.context.ref();
      this.start = options2.start || 0;
      this.endOffset = options2.end;
      this.pos = this.start;
    }
    ReadStream.prototype._read = function(n) {
      var self = this;
      var toRead = Math.min(self._readableState.highWaterMark, n);
      if (self.endOffset != null) {
        toRead = Math.min(toRead, self.endOffset - self.pos);
      }
      if (toRead <= 0) {
        self.push(null);
        this._cleanup();
        return;
      }
      self.context.pend.go(function(cb) {
        var buffer = Buffer.allocUnsafe(toRead);
        fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
          if (err) {
            self.destroy(err);
          } else if (bytesRead === 0) {
            self.push(null);
            self._cleanup();
          } else {
            self.pos += bytesRead;
            self.push(buffer.slice(0, bytesRead));
          }
          cb();
        });
      });
    };
    ReadStream.prototype._destroy = function(err, cb) {
      this._cleanup();
      cb(err);
    };
    ReadStream.prototype._cleanup = function() {
      if (this.context != null) {
        this.context.unref();
        this.context = null;
      }
    };
    util.inherits(BufferSlicer, EventEmitter);
    function BufferSlicer(buffer) {
      EventEmitter.call(this);
      this.refCount = 0;
      this.buffer = buffer;
    }
    BufferSlicer.prototype.read = function(buffer, offset, length, position, callback2) {
      if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
      if (position < 0) throw new RangeError("position is negative: " + position);
      if (offset + length > buffer.length) {
        length = buffer.length - offset;
      }
      if (position + length > this.buffer.length) {
        length = this.buffer.length - position;
      }
      if (length <= 0) {
        setImmediate(function() {
          callback2(null, 0);
        });
        return;
      }
      this.buffer.copy(buffer, offset, position, position + length);
      setImmediate(function() {
        callback2(null, length);
      });
    };
    BufferSlicer.prototype.createReadStream = function(options2) {
      options2 = options2 || {};
      var readStream = new PassThrough(options2);
      readStream.start = options2.start || 0;
      readStream.endOffset = options2.end;
      readStream.pos = readStream.endOffset || this.buffer.length;
      var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
      var maxChunkSize = 65536;
      var offset = 0;
      while (true) {
        var nextOffset = offset + maxChunkSize;
        if (nextOffset >= entireSlice.length) {
          if (offset < entireSlice.length) {
            readStream.write(entireSlice.slice(offset, entireSlice.length));
          }
          break;
        }
        readStream.write(entireSlice.slice(offset, nextOffset));
        offset = nextOffset;
      }
      readStream.end();
      return readStream;
    };
    BufferSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    BufferSlicer.prototype.unref = function() {
      this.refCount -= 1;
      if (this.refCount < 0) {
        throw new Error("invalid unref");
      }
    };
  }
});

// node_modules/yauzl/crc32.js
var require_crc32 = __commonJS({
  "node_modules/yauzl/crc32.js"(exports, module) {
    var CRC_TABLE = new Int32Array([
      0,
      1996959894,
      3993919788,
      2567524794,
      124634137,
      1886057615,
      3915621685,
      2657392035,
      249268274,
      2044508324,
      3772115230,
      2547177864,
      162941995,
      2125561021,
      3887607047,
      2428444049,
      498536548,
      1789927666,
      4089016648,
      2227061214,
      450548861,
      1843258603,
      4107580753,
      2211677639,
      325883990,
      1684777152,
      4251122042,
      2321926636,
      335633487,
      1661365465,
      4195302755,
      2366115317,
      997073096,
      1281953886,
      3579855332,
      2724688242,
      1006888145,
      1258607687,
      3524101629,
      2768942443,
      901097722,
      1119000684,
      3686517206,
      2898065728,
      853044451,
      1172266101,
      3705015759,
      2882616665,
      651767980,
      1373503546,
      3369554304,
      3218104598,
      565507253,
      1454621731,
      3485111705,
      3099436303,
      671266974,
      1594198024,
      3322730930,
      2970347812,
      795835527,
      1483230225,
      3244367275,
      3060149565,
      1994146192,
      31158534,
      2563907772,
      4023717930,
      1907459465,
      112637215,
      2680153253,
      3904427059,
      2013776290,
      251722036,
      2517215374,
      3775830040,
      2137656763,
      141376813,
      2439277719,
      3865271297,
      1802195444,
      476864866,
      2238001368,
      4066508878,
      1812370925,
      453092731,
      2181625025,
      4111451223,
      1706088902,
      314042704,
      2344532202,
      4240017532,
      1658658271,
      366619977,
      2362670323,
      4224994405,
      1303535960,
      984961486,
      2747007092,
      3569037538,
      1256170817,
      1037604311,
      2765210733,
      3554079995,
      1131014506,
      879679996,
      2909243462,
      3663771856,
      1141124467,
      855842277,
      2852801631,
      3708648649,
      1342533948,
      654459306,
      3188396048,
      3373015174,
      1466479909,
      544179635,
      3110523913,
      3462522015,
      1591671054,
      702138776,
      2966460450,
      3352799412,
      1504918807,
      783551873,
      3082640443,
      3233442989,
      3988292384,
      2596254646,
      62317068,
      1957810842,
      3939845945,
      2647816111,
      81470997,
      1943803523,
      3814918930,
      2489596804,
      225274430,
      2053790376,
      3826175755,
      2466906013,
      167816743,
      2097651377,
      4027552580,
      2265490386,
      503444072,
      1762050814,
      4150417245,
      2154129355,
      426522225,
      1852507879,
      4275313526,
      2312317920,
      282753626,
      1742555852,
      4189708143,
      2394877945,
      397917763,
      1622183637,
      3604390888,
      2714866558,
      953729732,
      1340076626,
      3518719985,
      2797360999,
      1068828381,
      1219638859,
      3624741850,
      2936675148,
      906185462,
      1090812512,
      3747672003,
      2825379669,
      829329135,
      1181335161,
      3412177804,
      3160834842,
      628085408,
      1382605366,
      3423369109,
      3138078467,
      570562233,
      1426400815,
      3317316542,
      2998733608,
      733239954,
      1555261956,
      3268935591,
      3050360625,
      752459403,
      1541320221,
      2607071920,
      3965973030,
      1969922972,
      40735498,
      2617837225,
      3943577151,
      1913087877,
      83908371,
      2512341634,
      3803740692,
      2075208622,
      213261112,
      2463272603,
      3855990285,
      2094854071,
      198958881,
      2262029012,
      4057260610,
      1759359992,
      534414190,
      2176718541,
      4139329115,
      1873836001,
      414664567,
      2282248934,
      4279200368,
      1711684554,
      285281116,
      2405801727,
      4167216745,
      1634467795,
      376229701,
      2685067896,
      3608007406,
      1308918612,
      956543938,
      2808555105,
      3495958263,
      1231636301,
      1047427035,
      2932959818,
      3654703836,
      1088359270,
      936918e3,
      2847714899,
      3736837829,
      1202900863,
      817233897,
      3183342108,
      3401237130,
      1404277552,
      615818150,
      3134207493,
      3453421203,
      1423857449,
      601450431,
      3009837614,
      3294710456,
      1567103746,
      711928724,
      3020668471,
      3272380065,
      1510334235,
      755167117
    ]);
    function crc32(buf) {
      let crc = -1;
      for (let x of buf) {
        crc = CRC_TABLE[(crc ^ x) & 255] ^ crc >>> 8;
      }
      return (crc ^ -1) >>> 0;
    }
    module.exports = crc32;
  }
});

// node_modules/yauzl/index.js
var require_yauzl = __commonJS({
  "node_modules/yauzl/index.js"(exports) {
    var fs = __require("fs");
    var zlib = __require("zlib");
    var fd_slicer = require_fd_slicer();
    var util = __require("util");
    var EventEmitter = __require("events").EventEmitter;
    var Transform2 = __require("stream").Transform;
    var PassThrough = __require("stream").PassThrough;
    var Writable = __require("stream").Writable;
    var crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : require_crc32();
    exports.open = open3;
    exports.fromFd = fromFd;
    exports.fromBuffer = fromBuffer;
    exports.fromRandomAccessReader = fromRandomAccessReader;
    exports.openPromise = openPromise;
    exports.fromFdPromise = fromFdPromise;
    exports.fromBufferPromise = fromBufferPromise;
    exports.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise;
    exports.dosDateTimeToDate = dosDateTimeToDate;
    exports.getFileNameLowLevel = getFileNameLowLevel;
    exports.validateFileName = validateFileName;
    exports.parseExtraFields = parseExtraFields;
    exports.ZipFile = ZipFile;
    exports.Entry = Entry;
    exports.LocalFileHeader = LocalFileHeader;
    exports.RandomAccessReader = RandomAccessReader;
    function openPromise(path2, options2) {
      return new Promise((resolve10, reject) => {
        open3(path2, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve10(zipfile);
        });
      });
    }
    function fromFdPromise(fd, options2) {
      return new Promise((resolve10, reject) => {
        fromFd(fd, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve10(zipfile);
        });
      });
    }
    function fromBufferPromise(buffer, options2) {
      return new Promise((resolve10, reject) => {
        fromBuffer(buffer, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve10(zipfile);
        });
      });
    }
    function fromRandomAccessReaderPromise(reader, totalSize, options2) {
      return new Promise((resolve10, reject) => {
        fromRandomAccessReader(reader, totalSize, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve10(zipfile);
        });
      });
    }
    function open3(path2, options2, callback2) {
      if (typeof options2 === "function") {
        callback2 = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback2 == null) callback2 = defaultCallback;
      fs.open(path2, "r", function(err, fd) {
        if (err) return callback2(err);
        fromFd(fd, options2, function(err2, zipfile) {
          if (err2) fs.close(fd, defaultCallback);
          callback2(err2, zipfile);
        });
      });
    }
    function fromFd(fd, options2, callback2) {
      if (typeof options2 === "function") {
        callback2 = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback2 == null) callback2 = defaultCallback;
      fs.fstat(fd, function(err, stats) {
        if (err) return callback2(err);
        var reader = new fd_slicer.FdSlicer(fd);
        fromRandomAccessReader(reader, stats.size, options2, callback2);
      });
    }
    function fromBuffer(buffer, options2, callback2) {
      if (typeof options2 === "function") {
        callback2 = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      var reader = new fd_slicer.BufferSlicer(buffer);
      fromRandomAccessReader(reader, buffer.length, options2, callback2);
    }
    function fromRandomAccessReader(reader, totalSize, options2, callback2) {
      if (typeof options2 === "function") {
        callback2 = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      var decodeStrings = !!options2.decodeStrings;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback2 == null) callback2 = defaultCallback;
      if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
      if (totalSize > Number.MAX_SAFE_INTEGER) {
        throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
      }
      reader.ref();
      var eocdrWithoutCommentSize = 22;
      var zip64EocdlSize = 20;
      var maxCommentSize = 65535;
      var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
      var buffer = newBuffer(bufferSize);
      var bufferReadStart = totalSize - buffer.length;
      readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
        if (err) return callback2(err);
        for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
          if (buffer.readUInt32LE(i) !== 101010256) continue;
          var eocdrBuffer = buffer.subarray(i);
          var diskNumber = eocdrBuffer.readUInt16LE(4);
          var entryCount = eocdrBuffer.readUInt16LE(10);
          var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
          var commentLength = eocdrBuffer.readUInt16LE(20);
          var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
          if (commentLength !== expectedCommentLength) {
            return callback2(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK\u263A\u263B` in the comment?"));
          }
          var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false) : eocdrBuffer.subarray(22);
          if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 117853008) {
            var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
            var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
            var zip64EocdrBuffer = newBuffer(56);
            return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err2) {
              if (err2) return callback2(err2);
              if (zip64EocdrBuffer.readUInt32LE(0) !== 101075792) {
                return callback2(new Error("invalid zip64 end of central directory record signature"));
              }
              diskNumber = zip64EocdrBuffer.readUInt32LE(16);
              if (diskNumber !== 0) {
                return callback2(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
              }
              entryCount = readUInt64LE(zip64EocdrBuffer, 32);
              centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
              return callback2(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
            });
          }
          if (diskNumber !== 0) {
            return callback2(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          return callback2(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
        }
        callback2(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
      });
    }
    util.inherits(ZipFile, EventEmitter);
    function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
      var self = this;
      EventEmitter.call(self);
      self.reader = reader;
      self.reader.on("error", function(err) {
        emitError(self, err);
      });
      self.reader.once("close", function() {
        self.emit("close");
      });
      self.readEntryCursor = centralDirectoryOffset;
      self.fileSize = fileSize;
      self.entryCount = entryCount;
      self.comment = comment;
      self.entriesRead = 0;
      self.autoClose = !!autoClose;
      self.lazyEntries = !!lazyEntries;
      self.decodeStrings = !!decodeStrings;
      self.validateEntrySizes = !!validateEntrySizes;
      self.strictFileNames = !!strictFileNames;
      self.isOpen = true;
      self.emittedError = false;
      self.hasEachEntryBeenCalled = false;
      if (!self.lazyEntries) self._readEntry();
    }
    ZipFile.prototype.close = function() {
      if (!this.isOpen) return;
      this.isOpen = false;
      this.reader.unref();
    };
    function emitErrorAndAutoClose(self, err) {
      if (self.autoClose) self.close();
      emitError(self, err);
    }
    function emitError(self, err) {
      if (self.emittedError) return;
      self.emittedError = true;
      self.emit("error", err);
    }
    ZipFile.prototype.readEntry = function() {
      if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
      this._readEntry();
    };
    ZipFile.prototype._readEntry = function() {
      var self = this;
      if (self.entryCount === self.entriesRead) {
        setImmediate(function() {
          if (self.autoClose) self.close();
          if (self.emittedError) return;
          self.emit("end");
        });
        return;
      }
      if (self.emittedError) return;
      var buffer = newBuffer(46);
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
        if (err) return emitErrorAndAutoClose(self, err);
        if (self.emittedError) return;
        var entry = new Entry();
        var signature = buffer.readUInt32LE(0);
        if (signature !== 33639248) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
        entry.versionMadeBy = buffer.readUInt16LE(4);
        entry.versionNeededToExtract = buffer.readUInt16LE(6);
        entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
        entry.compressionMethod = buffer.readUInt16LE(10);
        entry.lastModFileTime = buffer.readUInt16LE(12);
        entry.lastModFileDate = buffer.readUInt16LE(14);
        entry.crc32 = buffer.readUInt32LE(16);
        entry.compressedSize = buffer.readUInt32LE(20);
        entry.uncompressedSize = buffer.readUInt32LE(24);
        entry.fileNameLength = buffer.readUInt16LE(28);
        entry.extraFieldLength = buffer.readUInt16LE(30);
        entry.fileCommentLength = buffer.readUInt16LE(32);
        entry.internalFileAttributes = buffer.readUInt16LE(36);
        entry.externalFileAttributes = buffer.readUInt32LE(38);
        entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);
        if (entry.generalPurposeBitFlag & 64) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));
        self.readEntryCursor += 46;
        buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
        readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err2) {
          if (err2) return emitErrorAndAutoClose(self, err2);
          if (self.emittedError) return;
          entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
          var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
          entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
          entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);
          try {
            entry.extraFields = parseExtraFields(entry.extraFieldRaw);
          } catch (err3) {
            return emitErrorAndAutoClose(self, err3);
          }
          if (self.decodeStrings) {
            var isUtf8 = (entry.generalPurposeBitFlag & 2048) !== 0;
            entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
            entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
            var errorMessage = validateFileName(entry.fileName);
            if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
          } else {
            entry.fileComment = entry.fileCommentRaw;
            entry.fileName = entry.fileNameRaw;
          }
          entry.comment = entry.fileComment;
          self.readEntryCursor += buffer.length;
          self.entriesRead += 1;
          for (var i = 0; i < entry.extraFields.length; i++) {
            var extraField = entry.extraFields[i];
            if (extraField.id !== 1) continue;
            var zip64EiefBuffer = extraField.data;
            var index = 0;
            if (entry.uncompressedSize === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
              }
              entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            if (entry.compressedSize === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
              }
              entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            if (entry.relativeOffsetOfLocalHeader === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
              }
              entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            break;
          }
          if (self.validateEntrySizes && entry.compressionMethod === 0) {
            var expectedCompressedSize = entry.uncompressedSize;
            if (entry.isEncrypted()) {
              expectedCompressedSize += 12;
            }
            if (entry.compressedSize !== expectedCompressedSize) {
              var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
              return emitErrorAndAutoClose(self, new Error(msg));
            }
          }
          self.emit("entry", entry);
          if (!self.lazyEntries) self._readEntry();
        });
      });
    };
    ZipFile.prototype.eachEntry = function() {
      const self = this;
      if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
      if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
      self.hasEachEntryBeenCalled = true;
      let pendingResolveReject = null;
      self.on("entry", onEntry);
      self.on("end", onEnd);
      self.on("error", onError);
      function cleanup() {
        self.removeListener("entry", onEntry);
        self.removeListener("end", onEnd);
        self.removeListener("error", onError);
        if (self.autoClose) self.close();
      }
      function onEntry(entry) {
        let { resolve: resolve10 } = pendingResolveReject;
        pendingResolveReject = null;
        resolve10({ value: entry });
      }
      function onEnd() {
        let { resolve: resolve10 } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        resolve10({ done: true });
      }
      function onError(err) {
        let { reject } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        reject(err);
      }
      return {
        [Symbol.asyncIterator]() {
          return this;
        },
        next() {
          const promise2 = new Promise((resolve10, reject) => {
            if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
            pendingResolveReject = { resolve: resolve10, reject };
          });
          self.readEntry();
          return promise2;
        },
        return(value) {
          cleanup();
          return Promise.resolve({ done: true, value });
        },
        throw(value) {
          cleanup();
          return Promise.reject(value);
        }
      };
    };
    ZipFile.prototype.openReadStream = function(entry, options2, callback2) {
      var self = this;
      var relativeStart = 0;
      var relativeEnd = entry.compressedSize;
      if (callback2 == null) {
        callback2 = options2;
        options2 = null;
      }
      if (options2 == null) {
        options2 = {};
      } else {
        if (options2.decodeFileData === false) {
          if (options2.decrypt != null) {
            throw new Error("cannot use options.decrypt when options.decodeFileData === false");
          }
          if (options2.decompress != null) {
            throw new Error("cannot use options.decompress when options.decodeFileData === false");
          }
        } else {
          if (options2.decrypt != null) {
            if (!entry.isEncrypted()) {
              throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
            }
            if (options2.decrypt !== false) throw new Error("invalid options.decrypt value: " + options2.decrypt);
            if (entry.isCompressed()) {
              if (options2.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
            }
          }
          if (options2.decompress != null) {
            if (!entry.isCompressed()) {
              throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
            }
            if (!(options2.decompress === false || options2.decompress === true)) {
              throw new Error("invalid options.decompress value: " + options2.decompress);
            }
            decompress = options2.decompress;
          }
        }
        if (options2.start != null) {
          relativeStart = options2.start;
          if (relativeStart < 0) throw new Error("options.start < 0");
          if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
        }
        if (options2.end != null) {
          relativeEnd = options2.end;
          if (relativeEnd < 0) throw new Error("options.end < 0");
          if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
          if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
        }
      }
      var rawMode = options2.decodeFileData === false || // Explicitly requested raw.
      (entry.compressionMethod === 0 || // Naturally without compression.
      entry.compressionMethod === 8 && options2.decompress === false) && (!entry.isEncrypted() || // Naturally without encryption.
      options2.decrypt === false);
      if (options2.start != null || options2.end != null) {
        if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
      }
      if (!self.isOpen) return callback2(new Error("closed"));
      if (entry.isEncrypted() && !rawMode) {
        if (options2.decrypt !== false) return callback2(new Error("entry is encrypted, and options.decodeFileData !== false"));
      }
      var decompress;
      if (rawMode) {
        decompress = false;
      } else if (entry.compressionMethod === 8) {
        decompress = options2.decodeFileData !== true;
      } else {
        return callback2(new Error("unsupported compression method: " + entry.compressionMethod));
      }
      self.readLocalFileHeader(entry, { minimal: true }, function(err, localFileHeader) {
        if (err) return callback2(err);
        self.openReadStreamLowLevel(
          localFileHeader.fileDataStart,
          entry.compressedSize,
          relativeStart,
          relativeEnd,
          decompress,
          entry.uncompressedSize,
          callback2
        );
      });
    };
    ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback2) {
      var self = this;
      var fileDataEnd = fileDataStart + compressedSize;
      var readStream = self.reader.createReadStream({
        start: fileDataStart + relativeStart,
        end: fileDataStart + relativeEnd
      });
      var endpointStream = readStream;
      if (decompress) {
        var destroyed = false;
        var inflateFilter = zlib.createInflateRaw();
        readStream.on("error", function(err) {
          setImmediate(function() {
            if (!destroyed) inflateFilter.emit("error", err);
          });
        });
        readStream.pipe(inflateFilter);
        if (self.validateEntrySizes) {
          endpointStream = new AssertByteCountStream(uncompressedSize);
          inflateFilter.on("error", function(err) {
            setImmediate(function() {
              if (!destroyed) endpointStream.emit("error", err);
            });
          });
          inflateFilter.pipe(endpointStream);
        } else {
          endpointStream = inflateFilter;
        }
        installDestroyFn(endpointStream, function() {
          destroyed = true;
          if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
          readStream.unpipe(inflateFilter);
          readStream.destroy();
        });
      }
      callback2(null, endpointStream);
    };
    ZipFile.prototype.readLocalFileHeader = function(entry, options2, callback2) {
      var self = this;
      if (callback2 == null) {
        callback2 = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      self.reader.ref();
      var buffer = newBuffer(30);
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
        try {
          if (err) return callback2(err);
          var signature = buffer.readUInt32LE(0);
          if (signature !== 67324752) {
            return callback2(new Error("invalid local file header signature: 0x" + signature.toString(16)));
          }
          var fileNameLength = buffer.readUInt16LE(26);
          var extraFieldLength = buffer.readUInt16LE(28);
          var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
          if (fileDataStart + entry.compressedSize > self.fileSize) {
            return callback2(new Error("file data overflows file bounds: " + fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
          }
          if (options2.minimal) {
            return callback2(null, { fileDataStart });
          }
          var localFileHeader = new LocalFileHeader();
          localFileHeader.fileDataStart = fileDataStart;
          localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
          localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
          localFileHeader.compressionMethod = buffer.readUInt16LE(8);
          localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
          localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
          localFileHeader.crc32 = buffer.readUInt32LE(14);
          localFileHeader.compressedSize = buffer.readUInt32LE(18);
          localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
          localFileHeader.fileNameLength = fileNameLength;
          localFileHeader.extraFieldLength = extraFieldLength;
          buffer = newBuffer(fileNameLength + extraFieldLength);
          self.reader.ref();
          readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err2) {
            try {
              if (err2) return callback2(err2);
              localFileHeader.fileName = buffer.subarray(0, fileNameLength);
              localFileHeader.extraField = buffer.subarray(fileNameLength);
              return callback2(null, localFileHeader);
            } finally {
              self.reader.unref();
            }
          });
        } finally {
          self.reader.unref();
        }
      });
    };
    ZipFile.prototype.openReadStreamPromise = function(entry, options2) {
      return new Promise((resolve10, reject) => {
        this.openReadStream(entry, options2, function(err, readStream) {
          if (err) return reject(err);
          resolve10(readStream);
        });
      });
    };
    ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
      return new Promise((resolve10, reject) => {
        this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
          if (err) return reject(err);
          resolve10(readStream);
        });
      });
    };
    ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options2) {
      return new Promise((resolve10, reject) => {
        this.readLocalFileHeader(entry, options2, function(err, localFileHeader) {
          if (err) return reject(err);
          resolve10(localFileHeader);
        });
      });
    };
    function Entry() {
    }
    Entry.prototype.getLastModDate = function(options2) {
      if (options2 == null) options2 = {};
      if (!options2.forceDosFormat) {
        for (var i = 0; i < this.extraFields.length; i++) {
          var extraField = this.extraFields[i];
          if (extraField.id === 21589) {
            var data = extraField.data;
            if (data.length < 5) continue;
            var flags = data[0];
            var HAS_MTIME = 1;
            if (!(flags & HAS_MTIME)) continue;
            var posixTimestamp = data.readInt32LE(1);
            return new Date(posixTimestamp * 1e3);
          } else if (extraField.id === 10) {
            var data = extraField.data;
            if (data.length !== 32) continue;
            if (data.readUInt16LE(4) !== 1) continue;
            if (data.readUInt16LE(6) !== 24) continue;
            var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
            var millisecondsSince1970 = hundredNanoSecondsSince1601 / 1e4 - 116444736e5;
            return new Date(millisecondsSince1970);
          }
        }
      }
      return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options2.timezone);
    };
    Entry.prototype.canDecodeFileData = function() {
      return !this.isEncrypted() && (this.compressionMethod === 0 || this.compressionMethod === 8);
    };
    Entry.prototype.isEncrypted = function() {
      return (this.generalPurposeBitFlag & 1) !== 0;
    };
    Entry.prototype.isCompressed = function() {
      return this.compressionMethod === 8;
    };
    function LocalFileHeader() {
    }
    function dosDateTimeToDate(date, time, timezone) {
      var day = date & 31;
      var month = (date >> 5 & 15) - 1;
      var year = (date >> 9 & 127) + 1980;
      var millisecond = 0;
      var second = (time & 31) * 2;
      var minute = time >> 5 & 63;
      var hour = time >> 11 & 31;
      if (timezone == null || timezone === "local") {
        return new Date(year, month, day, hour, minute, second, millisecond);
      } else if (timezone === "UTC") {
        return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
      } else {
        throw new Error("unrecognized options.timezone: " + options.timezone);
      }
    }
    function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
      var fileName = null;
      for (var i = 0; i < extraFields.length; i++) {
        var extraField = extraFields[i];
        if (extraField.id === 28789) {
          if (extraField.data.length < 6) {
            continue;
          }
          if (extraField.data.readUInt8(0) !== 1) {
            continue;
          }
          var oldNameCrc32 = extraField.data.readUInt32LE(1);
          if (crc32(fileNameBuffer) !== oldNameCrc32) {
            continue;
          }
          fileName = decodeBuffer(extraField.data.subarray(5), true);
          break;
        }
      }
      if (fileName == null) {
        var isUtf8 = (generalPurposeBitFlag & 2048) !== 0;
        fileName = decodeBuffer(fileNameBuffer, isUtf8);
      }
      if (!strictFileNames) {
        fileName = fileName.replace(/\\/g, "/");
      }
      return fileName;
    }
    function validateFileName(fileName) {
      if (fileName.indexOf("\\") !== -1) {
        return "invalid characters in fileName: " + fileName;
      }
      if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
        return "absolute path: " + fileName;
      }
      if (fileName.split("/").indexOf("..") !== -1) {
        return "invalid relative path: " + fileName;
      }
      return null;
    }
    function parseExtraFields(extraFieldBuffer) {
      var extraFields = [];
      var i = 0;
      while (i < extraFieldBuffer.length - 3) {
        var headerId = extraFieldBuffer.readUInt16LE(i + 0);
        var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
        var dataStart = i + 4;
        var dataEnd = dataStart + dataSize;
        if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
        var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
        extraFields.push({
          id: headerId,
          data: dataBuffer
        });
        i = dataEnd;
      }
      return extraFields;
    }
    function readAndAssertNoEof(reader, buffer, offset, length, position, callback2) {
      if (length === 0) {
        return setImmediate(function() {
          callback2(null, newBuffer(0));
        });
      }
      reader.read(buffer, offset, length, position, function(err, bytesRead) {
        if (err) return callback2(err);
        if (bytesRead < length) {
          return callback2(new Error("unexpected EOF"));
        }
        callback2();
      });
    }
    util.inherits(AssertByteCountStream, Transform2);
    function AssertByteCountStream(byteCount) {
      Transform2.call(this);
      this.actualByteCount = 0;
      this.expectedByteCount = byteCount;
    }
    AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
      this.actualByteCount += chunk.length;
      if (this.actualByteCount > this.expectedByteCount) {
        var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb(null, chunk);
    };
    AssertByteCountStream.prototype._flush = function(cb) {
      if (this.actualByteCount < this.expectedByteCount) {
        var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb();
    };
    util.inherits(RandomAccessReader, EventEmitter);
    function RandomAccessReader() {
      EventEmitter.call(this);
      this.refCount = 0;
    }
    RandomAccessReader.prototype.ref = function() {
      this.refCount += 1;
    };
    RandomAccessReader.prototype.unref = function() {
      var self = this;
      self.refCount -= 1;
      if (self.refCount > 0) return;
      if (self.refCount < 0) throw new Error("invalid unref");
      self.close(onCloseDone);
      function onCloseDone(err) {
        if (err) return self.emit("error", err);
        self.emit("close");
      }
    };
    RandomAccessReader.prototype.createReadStream = function(options2) {
      if (options2 == null) options2 = {};
      var start = options2.start;
      var end = options2.end;
      if (start === end) {
        var emptyStream = new PassThrough();
        setImmediate(function() {
          emptyStream.end();
        });
        return emptyStream;
      }
      var stream = this._readStreamForRange(start, end);
      var destroyed = false;
      var refUnrefFilter = new RefUnrefFilter(this);
      stream.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) refUnrefFilter.emit("error", err);
        });
      });
      installDestroyFn(refUnrefFilter, function() {
        stream.unpipe(refUnrefFilter);
        refUnrefFilter.unref();
        stream.destroy();
      });
      var byteCounter = new AssertByteCountStream(end - start);
      refUnrefFilter.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) byteCounter.emit("error", err);
        });
      });
      installDestroyFn(byteCounter, function() {
        destroyed = true;
        refUnrefFilter.unpipe(byteCounter);
        refUnrefFilter.destroy();
      });
      return stream.pipe(refUnrefFilter).pipe(byteCounter);
    };
    RandomAccessReader.prototype._readStreamForRange = function(start, end) {
      throw new Error("not implemented");
    };
    RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback2) {
      var readStream = this.createReadStream({ start: position, end: position + length });
      var writeStream = new Writable();
      var written = 0;
      writeStream._write = function(chunk, encoding, cb) {
        chunk.copy(buffer, offset + written, 0, chunk.length);
        written += chunk.length;
        cb();
      };
      writeStream.on("finish", callback2);
      readStream.on("error", function(error) {
        callback2(error);
      });
      readStream.pipe(writeStream);
    };
    RandomAccessReader.prototype.close = function(callback2) {
      setImmediate(callback2);
    };
    util.inherits(RefUnrefFilter, PassThrough);
    function RefUnrefFilter(context) {
      PassThrough.call(this);
      this.context = context;
      this.context.ref();
      this.unreffedYet = false;
    }
    RefUnrefFilter.prototype._flush = function(cb) {
      this.unref();
      cb();
    };
    RefUnrefFilter.prototype.unref = function(cb) {
      if (this.unreffedYet) return;
      this.unreffedYet = true;
      this.context.unref();
    };
    var cp437 = "\0\u263A\u263B\u2665\u2666\u2663\u2660\u2022\u25D8\u25CB\u25D9\u2642\u2640\u266A\u266B\u263C\u25BA\u25C4\u2195\u203C\xB6\xA7\u25AC\u21A8\u2191\u2193\u2192\u2190\u221F\u2194\u25B2\u25BC !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u2302\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xA2\xA3\xA5\u20A7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\u2310\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0\xA0";
    function decodeBuffer(buffer, isUtf8) {
      if (isUtf8) {
        return buffer.toString("utf8");
      } else {
        var result = "";
        for (var i = 0; i < buffer.length; i++) {
          result += cp437[buffer[i]];
        }
        return result;
      }
    }
    function readUInt64LE(buffer, offset) {
      var lower32 = buffer.readUInt32LE(offset);
      var upper32 = buffer.readUInt32LE(offset + 4);
      return upper32 * 4294967296 + lower32;
    }
    var newBuffer;
    if (typeof Buffer.allocUnsafe === "function") {
      newBuffer = function(len) {
        return Buffer.allocUnsafe(len);
      };
    } else {
      newBuffer = function(len) {
        return new Buffer(len);
      };
    }
    function installDestroyFn(stream, fn) {
      if (typeof stream.destroy === "function") {
        stream._destroy = function(err, cb) {
          fn();
          if (cb != null) cb(err);
        };
      } else {
        stream.destroy = fn;
      }
    }
    function defaultCallback(err) {
      if (err) throw err;
    }
  }
});

// src/shared/exclusive-file.ts
import { open } from "node:fs/promises";
async function createExclusiveWriteStream(target, mode = 420) {
  const handle = await open(target, "wx", mode);
  return handle.createWriteStream();
}
var init_exclusive_file = __esm({
  "src/shared/exclusive-file.ts"() {
    "use strict";
  }
});

// src/shared/archive.ts
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
async function openZip(zipPath) {
  try {
    return await import_yauzl.default.openPromise(zipPath, {
      lazyEntries: true,
      autoClose: false,
      // Names are decoded and validated here, not by yauzl, so each refusal says exactly why.
      decodeStrings: false,
      validateEntrySizes: true,
      strictFileNames: true
    });
  } catch (error) {
    throw new UserError(`${zipPath} is not a readable zip archive: ${reason(error)}`);
  }
}
function reason(error) {
  if (error instanceof UserError) return error.message;
  return oneLine(error instanceof Error ? error.message : String(error), 200);
}
function checkEntry(zipPath, entry) {
  const raw2 = import_yauzl.default.getFileNameLowLevel(
    entry.generalPurposeBitFlag,
    entry.fileNameRaw,
    entry.extraFields,
    true
  );
  const shown = JSON.stringify(raw2);
  const refuse = (why) => {
    throw new UserError(`${zipPath}: refusing entry ${shown}: ${why}`);
  };
  if (raw2.length === 0) refuse("empty name");
  if (/[\u0000-\u001f]/.test(raw2)) refuse("control characters in the name");
  if (raw2.includes("\\")) refuse('backslash in the name (only "/" separators are allowed)');
  if (/^[a-zA-Z]:/.test(raw2)) refuse("drive letter (absolute path)");
  if (raw2.startsWith("/")) refuse("absolute path");
  const directory = raw2.endsWith("/");
  const segments2 = (directory ? raw2.slice(0, -1) : raw2).split("/");
  for (const segment of segments2) {
    if (segment === "..") refuse('".." segment escapes the destination');
    if (segment === "." || segment === "") refuse('empty or "." path segment');
  }
  if (entry.isEncrypted()) refuse("encrypted entries are not supported");
  const mode = entry.externalFileAttributes >>> 16 & S_IFMT;
  const madeBy = entry.versionMadeBy >> 8;
  if ((madeBy === 3 || madeBy === 19) && mode !== 0) {
    if (mode === 40960) refuse("symbolic links are not allowed");
    if (mode !== S_IFREG && mode !== S_IFDIR) refuse(`special file type (mode ${mode.toString(8)})`);
    if (mode === S_IFDIR && !directory) refuse('directory entry without a trailing "/"');
  }
  return { entry, name: segments2.join("/"), directory };
}
function entries(zip) {
  return (async function* () {
    for (; ; ) {
      const next = await new Promise((resolve10, reject) => {
        const onEntry = (entry) => {
          cleanup();
          resolve10(entry);
        };
        const onEnd = () => {
          cleanup();
          resolve10(void 0);
        };
        const onError = (error) => {
          cleanup();
          reject(error);
        };
        const cleanup = () => {
          zip.off("entry", onEntry);
          zip.off("end", onEnd);
          zip.off("error", onError);
        };
        zip.on("entry", onEntry);
        zip.on("end", onEnd);
        zip.on("error", onError);
        zip.readEntry();
      });
      if (next === void 0) return;
      yield next;
    }
  })();
}
async function prepareDestination(destDir) {
  try {
    const info = await stat(destDir);
    if (!info.isDirectory()) throw new UserError(`extraction target ${destDir} exists and is not a directory`);
    const present = await readdir(destDir);
    if (present.length > 0) throw new UserError(`extraction target ${destDir} is not empty`);
    return false;
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
    await mkdir(destDir, { recursive: true });
    return true;
  }
}
async function extractZip(zipPath, destDir, limits = {}) {
  const max = { ...DEFAULT_EXTRACT_LIMITS, ...limits };
  const root = path.resolve(destDir);
  const zip = await openZip(zipPath);
  let created;
  try {
    created = await prepareDestination(root);
  } catch (error) {
    zip.close();
    throw error;
  }
  const files = [];
  const seenFiles = /* @__PURE__ */ new Set();
  const seenDirs = /* @__PURE__ */ new Set();
  let total = 0;
  let count = 0;
  try {
    if (zip.entryCount > max.maxEntries) {
      throw new UserError(
        `${zipPath} has ${zip.entryCount} entries, more than the limit of ${max.maxEntries}`
      );
    }
    for await (const entry of entries(zip)) {
      count++;
      if (count > max.maxEntries) {
        throw new UserError(`${zipPath} has more than ${max.maxEntries} entries`);
      }
      const checked = checkEntry(zipPath, entry);
      const target = path.resolve(root, ...checked.name.split("/"));
      if (!target.startsWith(root + path.sep)) {
        throw new UserError(
          `${zipPath}: refusing entry ${JSON.stringify(checked.name)}: escapes the destination`
        );
      }
      const parts = checked.name.split("/");
      for (let i = 1; i < parts.length; i++) {
        const ancestor = parts.slice(0, i).join("/");
        if (seenFiles.has(ancestor)) {
          throw new UserError(
            `${zipPath}: refusing entry ${JSON.stringify(checked.name)}: "${ancestor}" is also a file`
          );
        }
        seenDirs.add(ancestor);
      }
      if (seenFiles.has(checked.name) || !checked.directory && seenDirs.has(checked.name)) {
        throw new UserError(`${zipPath}: refusing entry ${JSON.stringify(checked.name)}: duplicate name`);
      }
      if (checked.directory) {
        seenDirs.add(checked.name);
        await mkdir(target, { recursive: true });
        continue;
      }
      seenFiles.add(checked.name);
      if (entry.uncompressedSize > max.maxEntryBytes) {
        throw new UserError(
          `${zipPath}: entry ${JSON.stringify(checked.name)} declares ${entry.uncompressedSize} bytes, over the per-entry limit of ${max.maxEntryBytes}`
        );
      }
      await mkdir(path.dirname(target), { recursive: true });
      const counter = new ByteCounter(() => {
        if (counter.count > max.maxEntryBytes) {
          throw new UserError(
            `${zipPath}: entry ${JSON.stringify(checked.name)} inflates to more than ${max.maxEntryBytes} bytes (per-entry limit); refusing a possible zip bomb`
          );
        }
        if (total + counter.count > max.maxTotalBytes) {
          throw new UserError(
            `${zipPath} inflates to more than ${max.maxTotalBytes} bytes in total (limit); refusing a possible zip bomb`
          );
        }
      });
      try {
        const file = await createExclusiveWriteStream(target);
        const source = await zip.openReadStreamPromise(entry).catch((error) => {
          file.destroy();
          throw error;
        });
        await pipeline(source, counter, file);
      } catch (error) {
        if (error instanceof UserError) throw error;
        throw new UserError(
          `${zipPath}: cannot extract entry ${JSON.stringify(checked.name)}: ${reason(error)}`
        );
      }
      total += counter.count;
      files.push(checked.name);
    }
    return { files, bytes: total };
  } catch (error) {
    await removeWritten(root, created);
    if (error instanceof UserError) throw error;
    throw new UserError(`${zipPath} is not a valid zip archive: ${reason(error)}`);
  } finally {
    zip.close();
  }
}
async function removeWritten(root, created) {
  if (created) {
    await rm(root, { recursive: true, force: true });
    return;
  }
  for (const name of await readdir(root).catch(() => [])) {
    await rm(path.join(root, name), { recursive: true, force: true });
  }
}
var import_yauzl, DEFAULT_EXTRACT_LIMITS, S_IFMT, S_IFREG, S_IFDIR, ByteCounter;
var init_archive = __esm({
  "src/shared/archive.ts"() {
    "use strict";
    import_yauzl = __toESM(require_yauzl(), 1);
    init_errors();
    init_exclusive_file();
    DEFAULT_EXTRACT_LIMITS = {
      maxEntries: 1e4,
      maxEntryBytes: 512 * 1024 * 1024,
      maxTotalBytes: 1024 * 1024 * 1024
    };
    S_IFMT = 61440;
    S_IFREG = 32768;
    S_IFDIR = 16384;
    ByteCounter = class extends Transform {
      constructor(check) {
        super();
        this.check = check;
      }
      check;
      count = 0;
      _transform(chunk, _encoding, callback2) {
        try {
          this.count += chunk.length;
          this.check(chunk.length);
          callback2(null, chunk);
        } catch (error) {
          callback2(error);
        }
      }
    };
  }
});

// src/shared/git.ts
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { lstat, readFile } from "node:fs/promises";
import { isAbsolute, join, relative } from "node:path";
function gitError(cwd, args, err) {
  if (err.code === "ENOENT") {
    if (!existsSync(cwd)) return new UserError(`Directory ${cwd} does not exist (expected a git checkout)`);
    return new UserError("git was not found on PATH; install git to compute changed lines");
  }
  if (err.code === "ERR_CHILD_PROCESS_STDIO_MAXBUFFER") {
    return new UserError(`git ${args[0] ?? ""} output is too large (over the buffer limit) in ${cwd}`);
  }
  const stderr = (err.stderr ?? "").trim();
  if (/not a git repository/i.test(stderr)) return new UserError(`${cwd} is not a git repository`);
  if (/dubious ownership/i.test(stderr)) {
    return new UserError(
      `git refuses to read ${cwd} (owned by another user); run: git config --global --add safe.directory ${cwd}`
    );
  }
  const first = stderr.split("\n").find((l) => l.trim() !== "") ?? err.message;
  return new UserError(`git ${args.filter((a) => !a.startsWith("--")).join(" ")} failed in ${cwd}: ${first}`);
}
function gitEnv(from = process.env) {
  const env = {};
  for (const [name, value] of Object.entries(from)) {
    const upper = name.toUpperCase();
    if (GIT_ENV_NAMES.has(upper) || GIT_ENV_PREFIXES.some((p) => upper.startsWith(p))) env[name] = value;
  }
  return { ...env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" };
}
function createGit(cwd, options2 = {}) {
  const bin = options2.gitPath ?? "git";
  return {
    cwd,
    run(args, opts) {
      return new Promise((resolve10, reject) => {
        execFile(
          bin,
          [...HARDENING, ...args],
          {
            cwd,
            maxBuffer: opts?.maxBuffer ?? 256 * 1024 * 1024,
            encoding: "utf8",
            windowsHide: true,
            env: gitEnv()
          },
          (error, stdout, stderr) => {
            if (error) {
              const e = error;
              e.stderr = typeof stderr === "string" ? stderr : "";
              reject(gitError(cwd, args, e));
            } else resolve10(stdout);
          }
        );
      });
    }
  };
}
async function revParse(git, rev) {
  if (rev === "" || rev.startsWith("-") || /[\0\n]/.test(rev)) {
    throw new UserError(`Invalid git revision "${rev}"`);
  }
  let out;
  try {
    out = await git.run(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]);
  } catch (e) {
    if (e instanceof UserError && /not a git repository|not found on PATH/.test(e.message)) throw e;
    throw new UserError(
      `Unknown git revision "${rev}" in ${git.cwd} (is it fetched? a shallow clone may need fetch-depth: 0 or a git fetch of that commit)`
    );
  }
  const sha2 = out.trim();
  if (!SHA_RE.test(sha2)) throw new UserError(`Unknown git revision "${rev}" in ${git.cwd}`);
  return sha2;
}
async function mergeBase(git, a, b) {
  const [sa, sb] = await Promise.all([revParse(git, a), revParse(git, b)]);
  let out;
  try {
    out = await git.run(["merge-base", sa, sb]);
  } catch {
    throw new UserError(
      `No merge base between "${a}" and "${b}" in ${git.cwd} (unrelated histories or a shallow clone; fetch more history)`
    );
  }
  const sha2 = out.trim().split("\n")[0] ?? "";
  if (!SHA_RE.test(sha2)) throw new UserError(`No merge base between "${a}" and "${b}" in ${git.cwd}`);
  return sha2;
}
async function firstParentAncestors(git, sha2, limit) {
  const n = Math.max(0, Math.floor(limit));
  if (n === 0) return [];
  const full = await revParse(git, sha2);
  const out = await git.run(["rev-list", "--first-parent", `--max-count=${n}`, full]);
  return out.split("\n").filter((l) => SHA_RE.test(l));
}
async function parents(git, sha2) {
  const out = await git.run(["rev-list", "--parents", "-n", "1", sha2]);
  return out.trim().split(/\s+/).slice(1);
}
async function testedCommitBase(git, opts) {
  if (opts.base !== void 0 && opts.base !== "")
    return { base: await revParse(git, opts.base), how: "given" };
  const head = await revParse(git, "HEAD");
  if (opts.headSha !== void 0 && opts.headSha !== "") {
    const ps = await parents(git, head);
    if (ps.length === 2) {
      const prHead = opts.headSha.toLowerCase();
      const second = ps[1];
      if (second === prHead || prHead.length >= 7 && second.startsWith(prHead)) {
        return { base: ps[0], how: "merge-ref-first-parent" };
      }
    }
  }
  if (opts.baseSha !== void 0 && opts.baseSha !== "") {
    const base = await revParse(git, opts.baseSha);
    return { base: await mergeBase(git, base, head), how: "merge-base" };
  }
  throw new UserError(
    'Cannot tell which commit to diff against: give a base revision (the pull request base sha, or the "base" input)'
  );
}
async function diffChangedLines(git, base, head = "HEAD") {
  const [b, h] = await Promise.all([revParse(git, base), revParse(git, head)]);
  const text = await git.run(["diff", ...DIFF_FLAGS, b, h, "--"]);
  return parseUnifiedDiff(text, `git diff ${b.slice(0, 12)} ${h.slice(0, 12)}`);
}
async function diffWorkTreeLines(git, base) {
  const b = await revParse(git, base);
  const text = await git.run(["diff", ...DIFF_FLAGS, b, "--"]);
  return parseUnifiedDiff(text, `git diff ${b.slice(0, 12)} (work tree)`);
}
function countLines(buf) {
  let n = 0;
  let at2 = buf.indexOf(10);
  while (at2 >= 0) {
    n++;
    at2 = buf.indexOf(10, at2 + 1);
  }
  return buf.length > 0 && buf[buf.length - 1] !== 10 ? n + 1 : n;
}
async function untrackedChangedLines(git, limits = UNTRACKED_LIMITS) {
  const top = (await git.run(["rev-parse", "--show-toplevel"])).trim();
  const out = await git.run(["ls-files", "--others", "--exclude-standard", "--full-name", "-z", "--", ":/"]);
  const paths = out.split("\0").filter((p) => p !== "");
  paths.sort();
  const files = [];
  const skipped = [];
  let bytes = 0;
  for (const path2 of paths) {
    const abs = join(top, path2);
    const rel = relative(top, abs);
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) {
      skipped.push({ path: path2, why: "outside the repository" });
      continue;
    }
    if (files.length >= limits.maxFiles) {
      skipped.push({ path: path2, why: `over the limit of ${limits.maxFiles} untracked files` });
      continue;
    }
    const st = await lstat(abs).catch(() => void 0);
    if (!st) {
      skipped.push({ path: path2, why: "unreadable" });
      continue;
    }
    if (!st.isFile()) {
      skipped.push({ path: path2, why: st.isSymbolicLink() ? "a symlink" : "not a regular file" });
      continue;
    }
    if (st.size > limits.maxFileBytes) {
      skipped.push({ path: path2, why: `larger than ${formatBytes(limits.maxFileBytes)}` });
      continue;
    }
    if (bytes + st.size > limits.maxTotalBytes) {
      skipped.push({ path: path2, why: `over the limit of ${formatBytes(limits.maxTotalBytes)} of untracked files` });
      continue;
    }
    const buf = await readFile(abs).catch(() => void 0);
    if (!buf || buf.length > limits.maxFileBytes) {
      skipped.push({ path: path2, why: buf ? `larger than ${formatBytes(limits.maxFileBytes)}` : "unreadable" });
      continue;
    }
    bytes += buf.length;
    if (buf.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
      skipped.push({ path: path2, why: "binary" });
      continue;
    }
    const n = countLines(buf);
    files.push({
      path: path2,
      status: "added",
      added: Array.from({ length: n }, (_, i) => i + 1),
      deleted: 0,
      binary: false
    });
  }
  return { files, skipped };
}
function formatBytes(n) {
  return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : n % 1024 === 0 ? `${n / 1024} KiB` : `${n} bytes`;
}
async function remoteDefaultBranch(git) {
  for (const ref of REMOTE_DEFAULT_REFS) {
    const full = `refs/remotes/${ref}`;
    const out = await git.run(["rev-parse", "--verify", "--quiet", "--end-of-options", `${full}^{commit}`]).catch((e) => {
      if (e instanceof UserError && /not a git repository|not found on PATH|does not exist/.test(e.message))
        throw e;
      return "";
    });
    const sha2 = out.trim();
    if (!SHA_RE.test(sha2)) continue;
    if (ref !== "origin/HEAD") return { ref, sha: sha2 };
    const target = (await git.run(["symbolic-ref", "--quiet", full]).catch(() => "")).trim();
    const pointsTo = target.startsWith("refs/remotes/") ? target.slice("refs/remotes/".length) : void 0;
    return { ref, sha: sha2, ...pointsTo ? { pointsTo } : {} };
  }
  return void 0;
}
function unquoteGitPath(s) {
  if (!s.startsWith('"')) return s;
  const bytes = [];
  const end = s.endsWith('"') && s.length >= 2 ? s.length - 1 : s.length;
  for (let i = 1; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c !== 92) {
      const ch = String.fromCodePoint(s.codePointAt(i));
      for (const byte of Buffer.from(ch, "utf8")) bytes.push(byte);
      i += ch.length - 1;
      continue;
    }
    const n = s[++i];
    switch (n) {
      case "a":
        bytes.push(7);
        break;
      case "b":
        bytes.push(8);
        break;
      case "t":
        bytes.push(9);
        break;
      case "n":
        bytes.push(10);
        break;
      case "v":
        bytes.push(11);
        break;
      case "f":
        bytes.push(12);
        break;
      case "r":
        bytes.push(13);
        break;
      case '"':
      case "\\":
        bytes.push(n.charCodeAt(0));
        break;
      default:
        if (n !== void 0 && /[0-7]/.test(n)) {
          const oct = s.slice(i, i + 3);
          if (/^[0-7]{3}$/.test(oct)) {
            bytes.push(parseInt(oct, 8) & 255);
            i += 2;
            break;
          }
        }
        if (n !== void 0) bytes.push(92, ...Buffer.from(n, "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
function stripPrefix(p) {
  if (p === "/dev/null") return p;
  return p.startsWith("a/") || p.startsWith("b/") ? p.slice(2) : p;
}
function pathToken(s) {
  let t = s;
  if (t.startsWith('"')) {
    let i = 1;
    while (i < t.length && t[i] !== '"') i += t[i] === "\\" ? 2 : 1;
    t = t.slice(0, i + 1);
  } else {
    const tab = t.indexOf("	");
    if (tab >= 0) t = t.slice(0, tab);
  }
  return stripPrefix(unquoteGitPath(t));
}
function headerPaths(rest) {
  if (rest.startsWith('"')) {
    let i = 1;
    while (i < rest.length && rest[i] !== '"') i += rest[i] === "\\" ? 2 : 1;
    const a = rest.slice(0, i + 1);
    const b = rest.slice(i + 2);
    return { a: stripPrefix(unquoteGitPath(a)), b: stripPrefix(unquoteGitPath(b)) };
  }
  const half = (rest.length - 1) / 2;
  if (Number.isInteger(half) && rest[half] === " ") {
    const a = rest.slice(0, half);
    const b = rest.slice(half + 1);
    if (a.slice(2) === b.slice(2)) return { a: stripPrefix(a), b: stripPrefix(b) };
  }
  const idx = rest.indexOf(" b/");
  if (idx >= 0) return { a: stripPrefix(rest.slice(0, idx)), b: stripPrefix(rest.slice(idx + 1)) };
  return {};
}
function parseUnifiedDiff(text, source = "diff") {
  const files = [];
  let cur;
  let newLine = 0;
  let oldLeft = 0;
  let newLeft = 0;
  let inHunk = false;
  let hunk = "";
  let hunkAt = 0;
  let lineNo = 0;
  let afterMinus = false;
  const malformed = (what) => {
    const file = cur?.path ?? cur?.headerB ?? cur?.oldPath ?? cur?.headerA;
    const where = hunk === "" ? `line ${lineNo}` : `hunk "${hunk}" (line ${hunkAt})`;
    throw new UserError(
      `${source}: malformed diff: ${file === void 0 ? "" : `${file}: `}${where} ${what}; refusing to measure patch coverage from it`
    );
  };
  const finish = () => {
    if (!cur) return;
    const path2 = cur.path ?? cur.headerB;
    if (path2 === "" && cur.status !== "deleted")
      malformed("names a file with an empty path (truncated header?)");
    if (cur.status !== "deleted" && !cur.submodule && path2 !== void 0 && path2 !== "/dev/null") {
      let added = cur.added;
      if (!cur.sorted) {
        added = [...new Set(added)].sort((x, y) => x - y);
      }
      const f = { path: path2, status: cur.status, added, deleted: cur.deleted, binary: cur.binary };
      const old = cur.oldPath ?? cur.headerA;
      if ((cur.status === "renamed" || cur.status === "copied") && old !== void 0) f.oldPath = old;
      files.push(f);
    }
    cur = void 0;
    inHunk = false;
  };
  const missing = () => `ends ${Math.max(oldLeft, newLeft)} line(s) short of what its header counts (${oldLeft} old and ${newLeft} new line(s) missing; truncated diff?)`;
  const len = text.length;
  let pos = 0;
  while (pos < len) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = len;
    let line = text.slice(pos, nl);
    pos = nl + 1;
    lineNo++;
    const c = line.charCodeAt(0);
    if (inHunk) {
      if (c === 43) {
        if (newLeft === 0) malformed("has more added lines than its header counts");
        const a = cur.added;
        if (a.length > 0 && a[a.length - 1] >= newLine) cur.sorted = false;
        a.push(newLine);
        newLine++;
        newLeft--;
      } else if (c === 45) {
        if (oldLeft === 0) malformed("has more deleted lines than its header counts");
        cur.deleted++;
        oldLeft--;
      } else if (c === 32 || line === "" || line === "\r") {
        if (oldLeft === 0 || newLeft === 0) malformed("has more context lines than its header counts");
        oldLeft--;
        newLeft--;
        newLine++;
      } else if (c === 92) {
        continue;
      } else {
        malformed(missing());
      }
      if (oldLeft === 0 && newLeft === 0) inHunk = false;
      continue;
    }
    if (line.endsWith("\r")) line = line.slice(0, -1);
    const fileHeader = afterMinus && line.startsWith("+++ ");
    if (afterMinus && !fileHeader)
      malformed('has a "--- " line not followed by "+++ " (a deleted line beyond its count?)');
    afterMinus = false;
    if (cur !== void 0 && !fileHeader && (c === 43 || c === 32 || c === 45 && !line.startsWith("--- "))) {
      if (line === "-- " || line === "--") {
        finish();
        continue;
      }
      malformed(
        hunk === "" ? "is a content line outside any hunk" : "is followed by more lines than its header counts"
      );
    }
    if (line.startsWith("From ") || line.startsWith("commit ")) {
      finish();
      continue;
    }
    if (line.startsWith("diff --cc ") || line.startsWith("diff --combined ")) {
      throw new UserError(
        `${source}: a combined diff (of a merge commit) cannot be measured; diff against one parent instead`
      );
    }
    if (line.startsWith("diff --git ")) {
      finish();
      hunk = "";
      const hp = headerPaths(line.slice(11));
      cur = {
        status: "modified",
        added: [],
        deleted: 0,
        binary: false,
        sorted: true,
        ...hp.a !== void 0 ? { headerA: hp.a } : {},
        ...hp.b !== void 0 ? { headerB: hp.b } : {}
      };
      continue;
    }
    if (line.startsWith("@@")) {
      if (!cur) cur = { status: "modified", added: [], deleted: 0, binary: false, sorted: true };
      hunk = line.slice(0, 80);
      hunkAt = lineNo;
      const m = /^@@ -(\d{1,10})(?:,(\d{1,10}))? \+(\d{1,10})(?:,(\d{1,10}))? @@/.exec(line);
      if (!m) malformed('is not a "@@ -a,b +c,d @@" hunk header');
      const mm = m;
      hunk = mm[0];
      oldLeft = mm[2] === void 0 ? 1 : Number(mm[2]);
      newLeft = mm[4] === void 0 ? 1 : Number(mm[4]);
      newLine = Number(mm[3]);
      const oldStart = Number(mm[1]);
      if (Math.max(oldStart + oldLeft - 1, newLine + newLeft - 1, oldStart, newLine) > MAX_HUNK_NUMBER)
        malformed("has numbers beyond any file");
      if (oldLeft > 0 && oldStart < 1 || newLeft > 0 && newLine < 1)
        malformed("starts a non-empty side at line 0");
      inHunk = oldLeft > 0 || newLeft > 0;
      continue;
    }
    if (!cur) continue;
    if (line.startsWith("--- ")) {
      afterMinus = true;
      const p = pathToken(line.slice(4));
      if (p !== "/dev/null" && cur.oldPath === void 0) cur.oldPath = p;
      continue;
    }
    if (line.startsWith("+++ ")) {
      const p = pathToken(line.slice(4));
      if (p === "/dev/null") cur.status = "deleted";
      else cur.path = p;
      continue;
    }
    if (line.startsWith("index ") && line.endsWith(" 160000")) {
      cur.submodule = true;
      continue;
    }
    if (line.startsWith("new file mode")) {
      cur.status = "added";
      if (line.endsWith(" 160000")) cur.submodule = true;
      continue;
    }
    if (line.startsWith("new mode ") && line.endsWith(" 160000")) {
      cur.submodule = true;
      continue;
    }
    if (line.startsWith("deleted file mode")) {
      cur.status = "deleted";
      continue;
    }
    if (line.startsWith("rename from ")) {
      cur.status = "renamed";
      cur.oldPath = unquoteGitPath(line.slice(12));
      continue;
    }
    if (line.startsWith("rename to ")) {
      cur.status = "renamed";
      cur.path = unquoteGitPath(line.slice(10));
      continue;
    }
    if (line.startsWith("copy from ")) {
      cur.status = "copied";
      cur.oldPath = unquoteGitPath(line.slice(10));
      continue;
    }
    if (line.startsWith("copy to ")) {
      cur.status = "copied";
      cur.path = unquoteGitPath(line.slice(8));
      continue;
    }
    if (line.startsWith("Binary files ") || line === "GIT binary patch") {
      cur.binary = true;
      continue;
    }
  }
  if (inHunk) malformed(missing());
  if (afterMinus) malformed('has a "--- " line not followed by "+++ "');
  finish();
  for (const f of files) {
    if (f.status !== "renamed" && f.status !== "copied") delete f.oldPath;
  }
  return files;
}
var HARDENING, GIT_ENV_NAMES, GIT_ENV_PREFIXES, SHA_RE, DIFF_FLAGS, UNTRACKED_LIMITS, BINARY_SNIFF_BYTES, REMOTE_DEFAULT_REFS, MAX_HUNK_NUMBER;
var init_git = __esm({
  "src/shared/git.ts"() {
    "use strict";
    init_errors();
    HARDENING = [
      "-c",
      "core.quotepath=off",
      "-c",
      "diff.noprefix=false",
      "-c",
      "diff.mnemonicprefix=false",
      "-c",
      "diff.external=",
      "-c",
      "core.autocrlf=false",
      "-c",
      "color.ui=false",
      "-c",
      "diff.relative=false",
      "-c",
      "diff.interHunkContext=0",
      "-c",
      "core.fsmonitor=false"
    ];
    GIT_ENV_NAMES = /* @__PURE__ */ new Set([
      "PATH",
      "HOME",
      "USERPROFILE",
      "TMPDIR",
      "TMP",
      "TEMP",
      "SYSTEMROOT",
      "WINDIR",
      "COMSPEC",
      "PATHEXT",
      "XDG_CONFIG_HOME",
      "GIT_CEILING_DIRECTORIES"
    ]);
    GIT_ENV_PREFIXES = ["GIT_CONFIG_", "GIT_AUTHOR_", "GIT_COMMITTER_"];
    SHA_RE = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
    DIFF_FLAGS = [
      "--no-color",
      "--no-ext-diff",
      "--no-textconv",
      "-U0",
      "--find-renames=50%",
      "--diff-filter=AMR",
      "--src-prefix=a/",
      "--dst-prefix=b/",
      "--ignore-submodules",
      "--no-relative",
      "--inter-hunk-context=0"
    ];
    UNTRACKED_LIMITS = {
      maxFileBytes: 1024 * 1024,
      maxFiles: 1e3,
      maxTotalBytes: 16 * 1024 * 1024
    };
    BINARY_SNIFF_BYTES = 8e3;
    REMOTE_DEFAULT_REFS = ["origin/HEAD", "origin/main", "origin/master"];
    MAX_HUNK_NUMBER = 2147483647;
  }
});

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError;
var init_dist_src = __esm({
  "node_modules/@octokit/request-error/dist-src/index.js"() {
    RequestError = class extends Error {
      name;
      /**
       * http status code
       */
      status;
      /**
       * Request options that lead to the error.
       */
      request;
      /**
       * Response object if a response was received
       */
      response;
      constructor(message, statusCode, options2) {
        super(message, { cause: options2.cause });
        this.name = "HttpError";
        this.status = Number.parseInt(statusCode);
        if (Number.isNaN(this.status)) {
          this.status = 0;
        }
        if ("response" in options2) {
          this.response = options2.response;
        }
        const requestCopy = Object.assign({}, options2.request);
        if (options2.request.headers.authorization) {
          requestCopy.headers = Object.assign({}, options2.request.headers, {
            authorization: options2.request.headers.authorization.replace(
              /(?<! ) .*$/,
              " [REDACTED]"
            )
          });
        }
        requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
        this.request = requestCopy;
      }
    };
  }
});

// src/shared/github.ts
function rateLimitOf(e, nowMs = Date.now()) {
  const err = e;
  const status = typeof err?.status === "number" ? err.status : err?.response?.status;
  if (status !== 403 && status !== 429 || !err.response) return void 0;
  const headers = err.response.headers ?? {};
  const header = (name) => headers[name] === void 0 ? void 0 : String(headers[name]);
  const primary = header("x-ratelimit-remaining") === "0";
  const resetSec = Number(header("x-ratelimit-reset"));
  const resetAt = primary && Number.isSafeInteger(resetSec) && resetSec > 0 ? new Date(resetSec * 1e3) : void 0;
  const retryAfterSeconds = parseRetryAfter(header("retry-after"), nowMs);
  const message = gitHubMessage(e);
  const signalled = primary || retryAfterSeconds !== void 0 || status === 429 || /\brate limit|abuse detection/i.test(message);
  if (!signalled) return void 0;
  const waits = [];
  if (retryAfterSeconds !== void 0) waits.push(retryAfterSeconds * 1e3);
  if (resetAt) waits.push(Math.max(0, resetAt.getTime() - nowMs) + 1e3);
  return {
    kind: primary ? "primary" : "secondary",
    ...resetAt ? { resetAt } : {},
    ...retryAfterSeconds !== void 0 ? { retryAfterSeconds } : {},
    ...waits.length > 0 ? { waitMs: Math.max(...waits) } : {}
  };
}
function parseRetryAfter(value, nowMs) {
  if (value === void 0) return void 0;
  const v = value.trim();
  if (/^\d{1,9}$/.test(v)) return Number(v);
  if (v.length > 64) return void 0;
  const at2 = Date.parse(v);
  return Number.isFinite(at2) ? Math.max(0, Math.ceil((at2 - nowMs) / 1e3)) : void 0;
}
function rateLimitText(r, what) {
  const when = r.resetAt !== void 0 ? `resets at ${isoSeconds(r.resetAt)}${r.inSeconds !== void 0 ? `, in ${r.inSeconds} s` : ""}` : r.inSeconds !== void 0 ? `retry after ${r.inSeconds} s` : "GitHub gave no reset time";
  const why = r.reason === "beyond-bound" ? `longer than the ${r.boundSeconds} s this step may wait${r.waitedSeconds > 0 ? ` (already waited ${r.waitedSeconds} s)` : ""}; not waiting` : `still limited after ${r.retries} retries (waited ${r.waitedSeconds} s)`;
  return `GitHub ${r.kind === "primary" ? "rate limit" : "secondary rate limit"} on ${what}: ${when}; ${why}`;
}
function isoSeconds(d) {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function describeNetworkError(error) {
  const e = error;
  const timeouts = ["AbortError", "TimeoutError"];
  if (timeouts.includes(String(e.name)) || timeouts.includes(String(e.cause?.name))) return "timed out";
  const text = [e.cause?.code, e.cause?.message, e.message].find((x) => typeof x === "string" && x.length > 0);
  return oneLine(typeof text === "string" ? text : "network error", 120);
}
function pathOf(url) {
  if (!url) return "?";
  try {
    const u = new URL(url, "http://github.invalid");
    return u.pathname;
  } catch {
    return url;
  }
}
function classifyApiError(e) {
  if (typeof e !== "object" || e === null) return { kind: "other", message: oneLine(String(e), 300) };
  const err = e;
  const isApi = "status" in err && "request" in err;
  if (!isApi) {
    const reason2 = describeNetworkError(e);
    const net = /timed out|ECONN|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EPIPE|UND_ERR|socket|fetch failed/i.test(
      reason2
    );
    return net ? { kind: "network", message: `network: no response from GitHub (${reason2})` } : { kind: "other", message: oneLine(e instanceof Error ? e.message : String(e), 300) };
  }
  const status = typeof err.status === "number" ? err.status : void 0;
  if (err.response === void 0) {
    const text = gitHubMessage(e);
    return {
      kind: "network",
      message: `network: ${/^no response/.test(text) ? text : `no response from GitHub (${text})`}`
    };
  }
  const github = gitHubMessage(e);
  const withGitHub = (s) => github ? `${s}: ${github}` : s;
  const limit = e instanceof RateLimitError ? e.rateLimit : rateLimitOf(e);
  if (limit) {
    const extra = e instanceof RateLimitError ? e.rateLimit : void 0;
    const parts = [];
    if (limit.resetAt) parts.push(`resets at ${isoSeconds(limit.resetAt)}`);
    else if (limit.retryAfterSeconds !== void 0) parts.push(`retry after ${limit.retryAfterSeconds} s`);
    if (extra?.reason === "beyond-bound") parts.push(`over the ${extra.boundSeconds} s this step may wait`);
    if (extra?.reason === "retries-exhausted") parts.push(`still limited after ${extra.retries} retries`);
    const name = limit.kind === "primary" ? "rate limit" : "secondary rate limit";
    return {
      kind: "rate-limit",
      message: withGitHub(parts.length > 0 ? `${name} (${parts.join("; ")})` : name),
      ...status !== void 0 ? { status } : {},
      ...limit.resetAt ? { resetAt: limit.resetAt } : {},
      ...limit.retryAfterSeconds !== void 0 ? { retryAfterSeconds: limit.retryAfterSeconds } : {}
    };
  }
  const method = (err.request?.method ?? "GET").toUpperCase();
  const path2 = pathOf(err.request?.url);
  if (status === 401)
    return {
      kind: "permission",
      message: withGitHub("permission: the token was rejected (401, invalid or expired)"),
      status
    };
  if (status === 403)
    return {
      kind: "permission",
      message: `permission: the token lacks ${scopeHint(method, path2)} (403${github ? `: ${github}` : ""})`,
      status
    };
  if (status === 404)
    return {
      kind: "not-found",
      message: withGitHub("not found (404; it does not exist, or the token cannot see it)"),
      status
    };
  if (status !== void 0 && status >= 500)
    return { kind: "outage", message: withGitHub(`GitHub outage (${status})`), status };
  return {
    kind: "other",
    message: withGitHub(`HTTP ${status ?? "?"}`),
    ...status !== void 0 ? { status } : {}
  };
}
function scopeHint(method, path2) {
  const write = method !== "GET" && method !== "HEAD";
  const rw = (scope) => `${scope}: ${write ? "write" : "read"}`;
  if (/\/issues\/(?:\d+\/)?comments\b|\/issues\/comments\//.test(path2))
    return write ? "pull-requests: write (or issues: write)" : "pull-requests: read";
  if (/\/statuses\/|\/commits\/[^/]+\/status/.test(path2)) return rw("statuses");
  if (/\/check-runs|\/check-suites/.test(path2))
    return write ? "checks: write; check runs need the workflow's GITHUB_TOKEN or a GitHub App token, not a personal token" : "checks: read";
  if (/\/actions\//.test(path2)) return rw("actions");
  if (/\/pulls\b/.test(path2)) return rw("pull-requests");
  if (/\/git\/|\/contents\/|\/compare\/|\/commits\b/.test(path2)) return rw("contents");
  return write ? "write permission for this call" : "read permission for this call";
}
function gitHubMessage(e) {
  const err = e;
  const data = err?.response?.data;
  let message = typeof data?.message === "string" ? data.message : typeof err?.message === "string" ? err.message : "";
  if (Array.isArray(data?.errors) && data.errors.length > 0) {
    const details2 = data.errors.map(
      (x) => typeof x === "object" && x !== null && "message" in x ? String(x.message) : JSON.stringify(x)
    ).join("; ");
    message = `${message}: ${details2}`;
  }
  return oneLine(message, 300);
}
function describeApiError(e) {
  if (e instanceof RequestError || typeof e === "object" && e !== null && "status" in e && "request" in e) {
    const err = e;
    const method = err.request?.method ?? "?";
    const path2 = pathOf(err.request?.url);
    return oneLine(`GitHub API ${method} ${path2} failed: ${classifyApiError(e).message}`);
  }
  if (e instanceof Error) return oneLine(`GitHub API call failed: ${e.message}`);
  return oneLine(`GitHub API call failed: ${String(e)}`);
}
async function resolvePullRequest(eventName, payload, repo, octokit, options2 = {}) {
  const fullName = `${repo.owner}/${repo.repo}`;
  const bad = (what) => {
    throw new UserError(`${eventName} event payload: ${what}`);
  };
  switch (eventName) {
    case "pull_request":
    case "pull_request_target": {
      const pr = rec(payload.pull_request) ?? bad('missing "pull_request"');
      return fromPullObject(pr, fullName, bad);
    }
    case "merge_group": {
      const mg = rec(payload.merge_group) ?? bad('missing "merge_group"');
      const headRef = str(mg.head_ref) ?? bad('missing "merge_group.head_ref"');
      const m = /(?:^|\/)gh-readonly-queue\/(.+)\/pr-(\d+)-[0-9a-f]+$/.exec(headRef);
      if (!m)
        return bad(`merge_group.head_ref ${JSON.stringify(headRef.slice(0, 200))} is not a merge-queue ref`);
      const number = Number(m[2]);
      if (!Number.isSafeInteger(number) || number < 1) return bad(`bad PR number in ${headRef}`);
      return {
        number,
        headSha: sha(mg.head_sha) ?? bad('missing "merge_group.head_sha"'),
        baseSha: sha(mg.base_sha) ?? bad('missing "merge_group.base_sha"'),
        baseRef: (str(mg.base_ref) ?? m[1] ?? "").replace(/^refs\/heads\//, ""),
        headRepoFullName: fullName,
        isFork: false
      };
    }
    case "push": {
      if (!options2.lookupPushPullRequest || !octokit) return void 0;
      const head = sha(payload.after);
      if (!head || /^0+$/.test(head)) return void 0;
      const res = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: head });
      const open3 = res.data.filter((p) => p.state === "open" && p.base.repo.full_name.toLowerCase() === fullName.toLowerCase()).sort((a, b) => a.number - b.number);
      const pr = open3.find((p) => p.head.sha === head) ?? open3[0];
      return pr ? fromPullObject(pr, fullName, bad) : void 0;
    }
    case "workflow_run": {
      const run = rec(payload.workflow_run) ?? bad('missing "workflow_run"');
      const headSha = sha(run.head_sha) ?? bad('missing "workflow_run.head_sha"');
      const baseRepoId = num(rec(payload.repository)?.id) ?? num(rec(run.repository)?.id);
      const headRepo = rec(run.head_repository);
      const headRepoFullName = str(headRepo?.full_name) ?? fullName;
      const isFork = num(headRepo?.id) !== void 0 && baseRepoId !== void 0 && num(headRepo?.id) !== baseRepoId || headRepoFullName.toLowerCase() !== fullName.toLowerCase();
      const listed = (Array.isArray(run.pull_requests) ? run.pull_requests : []).map(rec).filter((p) => p !== void 0).filter((p) => baseRepoId === void 0 || num(rec(rec(p.base)?.repo)?.id) === baseRepoId);
      const first = listed[0];
      if (first) {
        const base = rec(first.base) ?? bad('pull_requests[0] has no "base"');
        const number = num(first.number);
        if (number === void 0 || number < 1) return bad("pull_requests[0].number is not a PR number");
        return {
          number,
          headSha,
          baseSha: sha(base.sha) ?? bad("pull_requests[0].base.sha missing"),
          baseRef: str(base.ref) ?? bad("pull_requests[0].base.ref missing"),
          headRepoFullName,
          isFork
        };
      }
      if (!octokit) return void 0;
      const maxPages = options2.maxPages ?? 10;
      const matches = [];
      for (let page = 1; page <= maxPages; page++) {
        const res = await octokit.rest.pulls.list({ ...repo, state: "open", per_page: 100, page });
        for (const p of res.data)
          if (p.head.sha === headSha) matches.push(p);
        if (res.data.length < 100) break;
      }
      if (matches.length === 0) return void 0;
      const headBranch = str(run.head_branch);
      const exact = matches.filter((p) => {
        const head = rec(p.head);
        return str(rec(head?.repo)?.full_name)?.toLowerCase() === headRepoFullName.toLowerCase() && (headBranch === void 0 || str(head?.ref) === headBranch);
      });
      const pick = (exact.length > 0 ? exact : matches).sort(
        (a, b) => (num(a.number) ?? 0) - (num(b.number) ?? 0)
      )[0];
      return pick ? fromPullObject(pick, fullName, bad) : void 0;
    }
    case "workflow_dispatch": {
      const number = options2.dispatchPullNumber;
      if (number === void 0) return void 0;
      return dispatchPullRequest(number, repo, octokit, options2.allowForkDispatch === true);
    }
    default:
      return void 0;
  }
}
async function dispatchPullRequest(number, repo, octokit, allowFork) {
  const fullName = `${repo.owner}/${repo.repo}`;
  const what = `pr ${number}`;
  if (!Number.isSafeInteger(number) || number < 1) throw new UserError(`${what}: not a pull request number`);
  if (!octokit) throw new UserError(`${what}: a manual run on a pull request needs a GitHub token`);
  let data;
  try {
    data = (await octokit.rest.pulls.get({ ...repo, pull_number: number })).data;
  } catch (e) {
    const status = e.status;
    if (status === 404) throw new UserError(`${what}: ${fullName} has no pull request #${number}`);
    throw new UserError(`${what}: cannot read pull request #${number} (${describeApiError(e)})`);
  }
  const baseRepo = rec(rec(data.base)?.repo);
  const baseName = str(baseRepo?.full_name);
  if (baseName === void 0 || baseName.toLowerCase() !== fullName.toLowerCase()) {
    throw new UserError(
      `${what}: pull request #${number} belongs to ${baseName ?? "another repository"}, not ${fullName}`
    );
  }
  if (data.state !== "open") {
    const merged = data.merged === true || str(data.merged_at) !== void 0;
    throw new UserError(
      `${what}: pull request #${number} is ${merged ? "merged" : "closed"}; a manual run gates open pull requests only`
    );
  }
  const pr = fromPullObject(data, fullName, (m) => {
    throw new UserError(`${what}: GET /pulls/${number} answered without ${m.replace(/^missing /, "")}`);
  });
  if (pr.isFork && !allowFork) {
    throw new UserError(
      `${what}: pull request #${number} comes from the fork ${pr.headRepoFullName}; a manual run has this repository's write token, so fork code is refused (set dispatch-fork-pr: allow only after reviewing its code)`
    );
  }
  return pr;
}
function fromPullObject(pr, fullName, bad) {
  const number = num(pr.number);
  if (number === void 0 || number < 1) return bad('"pull_request.number" is not a PR number');
  const head = rec(pr.head) ?? bad('missing "pull_request.head"');
  const base = rec(pr.base) ?? bad('missing "pull_request.base"');
  const headRepoFullName = str(rec(head.repo)?.full_name);
  const baseRepoFullName = str(rec(base.repo)?.full_name) ?? fullName;
  return {
    number,
    headSha: sha(head.sha) ?? bad('missing "pull_request.head.sha"'),
    baseSha: sha(base.sha) ?? bad('missing "pull_request.base.sha"'),
    baseRef: str(base.ref) ?? bad('missing "pull_request.base.ref"'),
    headRepoFullName: headRepoFullName ?? "(deleted fork)",
    isFork: headRepoFullName === void 0 || headRepoFullName.toLowerCase() !== baseRepoFullName.toLowerCase()
  };
}
function rec(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
}
function str(v) {
  return typeof v === "string" && v.length > 0 ? v : void 0;
}
function num(v) {
  return typeof v === "number" && Number.isSafeInteger(v) ? v : void 0;
}
function sha(v) {
  return typeof v === "string" && /^[0-9a-f]{40}$/i.test(v) ? v.toLowerCase() : void 0;
}
var RateLimitError;
var init_github = __esm({
  "src/shared/github.ts"() {
    "use strict";
    init_dist_src();
    init_errors();
    RateLimitError = class extends RequestError {
      rateLimit;
      constructor(cause, rateLimit, what) {
        super(rateLimitText(rateLimit, what), cause.status, {
          request: cause.request,
          ...cause.response ? { response: cause.response } : {}
        });
        this.rateLimit = rateLimit;
      }
    };
  }
});

// src/shared/dispatch.ts
var DISPATCH_SETTINGS;
var init_dispatch = __esm({
  "src/shared/dispatch.ts"() {
    "use strict";
    init_errors();
    init_git();
    init_github();
    DISPATCH_SETTINGS = [
      {
        name: "pr",
        kind: "integer",
        min: 1,
        max: 2147483647,
        only: "action",
        description: "Manual runs (workflow_dispatch): the number of the pull request to gate and report on; its head must be the checked-out commit (actions/checkout ref: refs/pull/<n>/head). Empty = the dispatch's own input named pr, if any; none = the run's branch (on the default branch: a fresh baseline).",
        group: "Manual runs"
      },
      {
        name: "dispatch-fork-pr",
        kind: "enum",
        values: ["refuse", "allow"],
        default: "refuse",
        only: "action",
        description: "Manual runs on a fork's pull request: refuse (the run executed the fork's code with this repository's write token) or allow.",
        group: "Manual runs"
      }
    ];
  }
});

// src/shared/ratio.ts
function exactValue(n) {
  if (!Number.isFinite(n)) throw new RangeError(`${n} is not a finite number`);
  if (Number.isInteger(n)) return { num: BigInt(n), den: 1n };
  let x = n;
  let den = 1n;
  while (!Number.isInteger(x)) {
    x *= 2;
    den *= 2n;
  }
  return { num: BigInt(x), den };
}
function fraction(a, b) {
  const x = exactValue(a);
  const y = exactValue(b);
  return { num: x.num * y.den, den: y.num * x.den };
}
function percentOf(r) {
  if (r.total === 0) return null;
  const f = fraction(r.covered, r.total);
  return { num: f.num * 100n, den: f.den };
}
function deltaPp(head, base) {
  if (head.total <= 0 || base.total <= 0) return null;
  const h = fraction(head.covered, head.total);
  const b = fraction(base.covered, base.total);
  return { num: 100n * (h.num * b.den - b.num * h.den), den: h.den * b.den };
}
function decimalToFraction(value) {
  if (!Number.isFinite(value) || value < 0)
    throw new UserError(`threshold ${value} must be a finite number \u2265 0`);
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(String(value));
  if (!m) throw new UserError(`threshold ${value} is not a decimal number`);
  const frac = m[2] ?? "";
  let num2 = BigInt((m[1] ?? "0") + frac);
  let den = 10n ** BigInt(frac.length);
  const exp = Number(m[3] ?? 0);
  if (exp > 0) num2 *= 10n ** BigInt(exp);
  else if (exp < 0) den *= 10n ** BigInt(-exp);
  return { num: num2, den };
}
function ratioAtLeast(r, percent2) {
  const { num: num2, den } = decimalToFraction(percent2);
  const f = fraction(r.covered, r.total);
  return f.num * 100n * den >= num2 * f.den;
}
function dropWithin(head, base, maxDropPp) {
  const { num: num2, den } = decimalToFraction(maxDropPp);
  const d = deltaPp(head, base);
  if (d === null) return true;
  return d.num * den + num2 * d.den >= 0n;
}
function truncDecimal(f, decimals) {
  const dec = Math.max(0, Math.min(10, Math.trunc(decimals)));
  const scale = 10n ** BigInt(dec);
  const num2 = f.num < 0n ? -f.num : f.num;
  const den = f.den < 0n ? -f.den : f.den;
  const q = num2 * scale / den;
  const int = q / scale;
  return dec > 0 ? `${int}.${(q % scale).toString().padStart(dec, "0")}` : `${int}`;
}
function toNumber(f) {
  if (f.den === 0n) throw new RangeError("fraction with a zero denominator");
  const neg = f.num < 0n !== f.den < 0n;
  const num2 = f.num < 0n ? -f.num : f.num;
  const den = f.den < 0n ? -f.den : f.den;
  if (num2 === 0n) return 0;
  const k = bitLength(den) - bitLength(num2) + 55;
  const n = k >= 0 ? num2 << BigInt(k) : num2;
  const d = k >= 0 ? den : den << BigInt(-k);
  let q = n / d;
  if (n % d !== 0n) q |= 1n;
  const v = Number(q) * 2 ** -k;
  return neg ? -v : v;
}
function deltaPpNumber(head, base) {
  const d = deltaPp(head, base);
  return d === null ? null : toNumber(d);
}
function bitLength(n) {
  return n.toString(2).length;
}
var init_ratio = __esm({
  "src/shared/ratio.ts"() {
    "use strict";
    init_errors();
  }
});

// src/shared/markdown.ts
function flatten(s) {
  return s.replace(/\r\n|[\r\n\u2028\u2029\t\v\f]/g, " ").replace(/\0/g, "\uFFFD").replace(/[\u0001-\u001f\u007f]/g, "");
}
function codePoints(s) {
  return Array.from(s);
}
function escapeText(s, max) {
  const flat = flatten(s);
  const neutral = flat.replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWJ}`).replace(/#(?=\d)/g, `#${ZWJ}`).replace(/([A-Za-z]):\/\//g, `$1:${ZWJ}//`).replace(/(www)\./gi, `$1${ZWJ}.`);
  const units = [];
  const cps = codePoints(neutral);
  let leading = true;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    let unit;
    if (c === "<") unit = "&lt;";
    else if (c === "&") unit = "&amp;";
    else if (INLINE_SPECIAL.has(c)) unit = `\\${c}`;
    else if (leading && (c === "-" || c === "+" || c === "=")) unit = `\\${c}`;
    else if (leading && /[0-9]/.test(c)) {
      let j = i;
      while (j < cps.length && /[0-9]/.test(cps[j])) j++;
      const after = cps[j];
      if ((after === "." || after === ")") && j - i <= 9) {
        for (let k = i; k < j; k++) units.push(cps[k]);
        units.push(`\\${after}`);
        i = j;
        leading = false;
        continue;
      }
      unit = c;
    } else unit = c;
    if (leading && c !== " ") leading = false;
    units.push(unit);
  }
  return joinBounded(units, max);
}
function joinBounded(units, max) {
  if (max === void 0) return units.join("");
  let total = 0;
  for (const u of units) total += u.length;
  if (total <= max) return units.join("");
  if (max < ELLIPSIS.length) return "";
  const budget = max - ELLIPSIS.length;
  let out = "";
  for (const u of units) {
    if (out.length + u.length > budget) break;
    out += u;
  }
  return out + ELLIPSIS;
}
function escapeCell(s, max) {
  return escapeText(s, max);
}
function escapeHtml(s, max) {
  const cps = codePoints(
    flatten(s).replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWJ}`).replace(/#(?=\d)/g, `#${ZWJ}`)
  );
  const units = cps.map(
    (c) => c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : c === "`" ? "&#96;" : c === "*" || c === "_" || c === "[" || c === "]" || c === "~" || c === "\\" ? `&#${c.charCodeAt(0)};` : c
  );
  return joinBounded(units, max);
}
function inlineCode(s, max, opts = {}) {
  let content = flatten(s);
  if (max !== void 0) {
    const cps = codePoints(content);
    if (cps.length > max) content = cps.slice(0, Math.max(0, max - 1)).join("") + ELLIPSIS;
  }
  if (opts.cell !== false) {
    content = content.replace(/(\\*)\|/g, (_m, bs) => `${bs}${bs.length % 2 === 1 ? "\\\\" : "\\"}|`);
  }
  let longest = 0;
  let run = 0;
  for (const c of content) {
    if (c === "`") {
      run++;
      if (run > longest) longest = run;
    } else run = 0;
  }
  if (content === "") return "` `";
  const fence = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(content) ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
function table(headers, rows, align) {
  if (headers.length === 0) return "";
  const line = (cells) => `| ${cells.map((c) => c.replace(/\r?\n/g, " ")).join(" | ")} |`;
  const sep3 = headers.map((_, i) => {
    const a = align?.[i];
    return a === "r" ? "---:" : a === "c" ? ":---:" : a === "l" ? ":---" : "---";
  });
  const out = [line(headers), `|${sep3.map((s) => ` ${s} `).join("|")}|`];
  for (const row of rows) {
    const cells = headers.map((_, i) => row[i] ?? "");
    out.push(line(cells));
  }
  return out.join("\n");
}
function details(summary, body, open3 = false) {
  return `<details${open3 ? " open" : ""}>
<summary>${summary.replace(/\r?\n/g, " ")}</summary>

${body}

</details>`;
}
function assertCount(name, n) {
  if (!Number.isFinite(n) || n < 0)
    throw new RangeError(`${name} must be a finite non-negative number, got ${n}`);
}
function percent(covered, total, decimals = 2) {
  assertCount("covered", covered);
  assertCount("total", total);
  const p = percentOf({ covered, total });
  return p === null ? "n/a" : `${truncDecimal(p, decimals)}%`;
}
function mermaidLabel(s, max = 60) {
  const cleaned = flatten(s).replace(/["`]/g, "'").replace(/</g, "\u2039").replace(/>/g, "\u203A").replace(/%%/g, "%").replace(/[{}]/g, (c) => c === "{" ? "(" : ")").replace(/;/g, ",").replace(/#/g, "\uFF03");
  const cps = codePoints(cleaned);
  return cps.length > max ? cps.slice(0, max - 1).join("") + ELLIPSIS : cleaned;
}
function mermaidNumber(n) {
  if (!Number.isFinite(n)) throw new RangeError(`mermaid chart values must be finite, got ${n}`);
  return String(Number(n.toFixed(4)));
}
function mermaidXYChart(opts) {
  const { xLabels, series } = opts;
  if (xLabels.length === 0 || series.length === 0) return "";
  for (const s of series) {
    if (s.values.length !== xLabels.length) {
      throw new RangeError(`mermaid series has ${s.values.length} values for ${xLabels.length} x labels`);
    }
  }
  const all = series.flatMap((s) => s.values);
  for (const v of all) mermaidNumber(v);
  let lo = opts.yMin ?? Math.min(...all);
  let hi = opts.yMax ?? Math.max(...all);
  if (lo > hi) [lo, hi] = [hi, lo];
  if (lo === hi) hi = lo + 1;
  const lines = [
    "```mermaid",
    "xychart-beta",
    `    title "${mermaidLabel(opts.title, 100)}"`,
    `    x-axis [${xLabels.map((l) => `"${mermaidLabel(l)}"`).join(", ")}]`,
    `    y-axis "${mermaidLabel(opts.yLabel)}" ${mermaidNumber(lo)} --> ${mermaidNumber(hi)}`,
    ...series.map(
      (s) => `    ${s.kind === "bar" ? "bar" : "line"} [${s.values.map(mermaidNumber).join(", ")}]`
    ),
    "```"
  ];
  return lines.join("\n");
}
function overflowLine(n) {
  return `_${n} more section${n === 1 ? "" : "s"} in the job summary._`;
}
function fitToBudget(head, sections, tail, limit) {
  const n = sections.length;
  const order = sections.map((_, i) => i).sort((a, b) => {
    const pa = sections[a].priority;
    const pb = sections[b].priority;
    return pa !== pb ? pa - pb : b - a;
  });
  const state = sections.map(() => "full");
  const lenOf = (i) => {
    const s = sections[i];
    const st = state[i];
    return st === "full" ? s.full.length : st === "collapsed" ? s.collapsed.length : 0;
  };
  let partsLen = 0;
  let parts = 0;
  const add = (len, sign) => {
    if (len === 0) return;
    partsLen += sign * len;
    parts += sign;
  };
  add(head.length, 1);
  add(tail.length, 1);
  for (let i = 0; i < n; i++) add(lenOf(i), 1);
  let dropped = 0;
  const total = () => {
    const extra = dropped > 0 ? overflowLine(dropped).length : 0;
    const count = parts + (dropped > 0 ? 1 : 0);
    return partsLen + extra + Math.max(0, count - 1) * SEP.length;
  };
  for (const i of order) {
    if (total() <= limit) break;
    const s = sections[i];
    if (s.collapsed.length < s.full.length) {
      add(lenOf(i), -1);
      state[i] = "collapsed";
      add(lenOf(i), 1);
    }
  }
  for (const i of order) {
    if (total() <= limit) break;
    add(lenOf(i), -1);
    state[i] = "dropped";
    dropped++;
  }
  const body = [];
  for (let i = 0; i < n; i++) {
    const s = sections[i];
    if (state[i] === "full") body.push(s.full);
    else if (state[i] === "collapsed") body.push(s.collapsed);
  }
  if (dropped > 0) body.push(overflowLine(dropped));
  const join8 = (xs) => xs.filter((x) => x.length > 0).join(SEP);
  let text = join8([head, ...body, tail]);
  let droppedHeadOrTail = false;
  if (text.length > limit) {
    droppedHeadOrTail = true;
    const candidates = [join8([head, ...body]), join8(body)];
    text = candidates.find((c) => c.length <= limit) ?? "";
  }
  const collapsed = sections.filter((_, i) => state[i] === "collapsed").map((s) => s.id);
  const overflowed = sections.filter((_, i) => state[i] === "dropped").map((s) => s.id);
  return { text, collapsed, overflowed, droppedHeadOrTail };
}
function cutTableRows(rows, maxRows) {
  const keep = Math.max(0, Math.floor(Number.isFinite(maxRows) ? maxRows : 0));
  if (rows.length <= keep) return { rows, omitted: 0 };
  return { rows: rows.slice(0, keep), omitted: rows.length - keep };
}
var ZWJ, ELLIPSIS, INLINE_SPECIAL, SEP;
var init_markdown = __esm({
  "src/shared/markdown.ts"() {
    "use strict";
    init_ratio();
    ZWJ = "\u200D";
    ELLIPSIS = "\u2026";
    INLINE_SPECIAL = /* @__PURE__ */ new Set([
      "\\",
      "`",
      "*",
      "_",
      "~",
      "[",
      "]",
      "(",
      ")",
      "!",
      "|",
      "#",
      "<",
      ">",
      "&",
      "$"
    ]);
    SEP = "\n\n";
  }
});

// src/shared/fragment.ts
import { readFile as readFile2, writeFile } from "node:fs/promises";
import { join as join3 } from "node:path";
function headingLine(f) {
  const summary = f.summary.trim();
  const title = `**${escapeText(f.title.trim(), FRAGMENT_LIMITS.title * 2)}**`;
  return `${STATUS_EMOJI[f.status]} ${title}${summary === "" ? "" : ` \u2014 ${escapeText(summary, FRAGMENT_LIMITS.summary * 2)}`}`;
}
function retitle(f, title) {
  const heading = headingLine(f);
  const starts = f.markdown === heading || f.markdown.startsWith(`${heading}
`);
  f.title = title;
  if (starts) f.markdown = `${headingLine(f)}${f.markdown.slice(heading.length)}`;
}
function makeFragment(init) {
  return validateFragment({ schema: FRAGMENT_SCHEMA, version: FRAGMENT_VERSION, ...init }, "fragment");
}
function validateFragment(value, source) {
  const fail = (what) => {
    throw new UserError(`${source}: not a valid quality-gates fragment: ${what}`);
  };
  if (!isRecord(value)) return fail("expected a JSON object");
  if (value.schema !== FRAGMENT_SCHEMA) return fail(`"schema" must be "${FRAGMENT_SCHEMA}"`);
  if (value.version !== FRAGMENT_VERSION) {
    return fail(
      `unsupported version ${JSON.stringify(value.version)?.slice(0, 20)} (this pr-report reads version ${FRAGMENT_VERSION}; upgrade the action that reads it)`
    );
  }
  const str2 = (key, max, optional = false) => {
    const v = value[key];
    if (v === void 0 && optional) return void 0;
    if (typeof v !== "string") return fail(`"${key}" must be a string`);
    if (v.length > max) return fail(`"${key}" is longer than ${max} characters`);
    return v;
  };
  const gate = str2("gate", 40);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(gate)) fail('"gate" must match [a-z0-9-]+');
  const status = value.status;
  if (!STATUSES.includes(status)) fail(`"status" must be one of ${STATUSES.join(", ")}`);
  const statusContext = str2("statusContext", 100);
  if (!/^[\w./ -]+$/.test(statusContext))
    fail('"statusContext" may hold only letters, digits, _ . / - and spaces');
  const sha2 = str2("sha", 40, true);
  if (sha2 !== void 0 && !/^[0-9a-f]{7,40}$/.test(sha2)) fail('"sha" must be a hex commit id');
  const url = str2("url", 2e3, true);
  if (url !== void 0 && !/^https?:\/\//.test(url)) fail('"url" must be an http(s) URL');
  const metrics = value.metrics;
  if (!isRecord(metrics)) return fail('"metrics" must be an object');
  const metricEntries = Object.entries(metrics);
  if (metricEntries.length > FRAGMENT_LIMITS.metrics) fail(`more than ${FRAGMENT_LIMITS.metrics} metrics`);
  for (const [k, v] of metricEntries) {
    if (k.length > FRAGMENT_LIMITS.metricKey) fail(`metric name longer than ${FRAGMENT_LIMITS.metricKey}`);
    const ok = v === null || typeof v === "boolean" || typeof v === "number" && Number.isFinite(v) || typeof v === "string" && v.length <= FRAGMENT_LIMITS.metricString;
    if (!ok) fail(`metric "${k.slice(0, 40)}" must be a finite number, a short string, a boolean or null`);
  }
  let annotations;
  if (value.annotations !== void 0) {
    if (!Array.isArray(value.annotations)) return fail('"annotations" must be an array');
    if (value.annotations.length > FRAGMENT_LIMITS.annotations)
      fail(`more than ${FRAGMENT_LIMITS.annotations} annotations`);
    annotations = value.annotations.map((a, i) => {
      if (!isRecord(a)) return fail(`annotation ${i} must be an object`);
      const line = (k) => {
        const n = a[k];
        if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 1)
          return fail(`annotation ${i}: "${k}" must be a positive integer`);
        return n;
      };
      const path2 = a.path;
      if (typeof path2 !== "string" || path2.length === 0 || path2.length > FRAGMENT_LIMITS.path)
        fail(`annotation ${i}: "path" must be a non-empty string`);
      const message = a.message;
      if (typeof message !== "string" || message.length > FRAGMENT_LIMITS.annotationMessage)
        fail(
          `annotation ${i}: "message" must be a string of at most ${FRAGMENT_LIMITS.annotationMessage} characters`
        );
      if (!ANNOTATION_LEVELS.includes(a.level))
        fail(`annotation ${i}: "level" must be one of ${ANNOTATION_LEVELS.join(", ")}`);
      const title = a.title;
      if (title !== void 0 && (typeof title !== "string" || title.length > 200))
        fail(`annotation ${i}: bad "title"`);
      const startLine = line("startLine");
      const endLine = line("endLine");
      if (endLine < startLine) fail(`annotation ${i}: "endLine" is before "startLine"`);
      return {
        path: path2,
        startLine,
        endLine,
        level: a.level,
        message,
        ...title !== void 0 ? { title } : {}
      };
    });
  }
  return {
    schema: FRAGMENT_SCHEMA,
    version: FRAGMENT_VERSION,
    gate,
    status,
    title: str2("title", FRAGMENT_LIMITS.title),
    summary: str2("summary", FRAGMENT_LIMITS.summary),
    markdown: str2("markdown", FRAGMENT_LIMITS.markdown),
    metrics: Object.fromEntries(metricEntries),
    statusContext,
    ...annotations ? { annotations } : {},
    ...sha2 !== void 0 ? { sha: sha2 } : {},
    ...url !== void 0 ? { url } : {}
  };
}
function parseFragment(text, source) {
  if (text.length > FRAGMENT_LIMITS.fileBytes) {
    throw new UserError(`${source}: fragment is larger than ${FRAGMENT_LIMITS.fileBytes} bytes`);
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${source}: fragment is not valid JSON (${e.message})`);
  }
  return validateFragment(value, source);
}
async function readFragment(path2) {
  let buf;
  try {
    buf = await readFile2(path2);
  } catch (e) {
    throw new UserError(`${path2}: cannot read fragment (${e.code ?? "error"})`);
  }
  if (buf.length > FRAGMENT_LIMITS.fileBytes) {
    throw new UserError(`${path2}: fragment is larger than ${FRAGMENT_LIMITS.fileBytes} bytes`);
  }
  return parseFragment(buf.toString("utf8"), path2);
}
async function writeFragment(path2, fragment) {
  validateFragment(fragment, path2);
  await writeFile(path2, `${JSON.stringify(fragment, null, 2)}
`);
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function jobFragmentsDir(jobTempDir) {
  return join3(jobTempDir, "quality-gates", "fragments");
}
var FRAGMENT_SCHEMA, FRAGMENT_VERSION, STATUSES, ANNOTATION_LEVELS, FRAGMENT_LIMITS, STATUS_EMOJI;
var init_fragment = __esm({
  "src/shared/fragment.ts"() {
    "use strict";
    init_errors();
    init_markdown();
    FRAGMENT_SCHEMA = "quality-gates/fragment";
    FRAGMENT_VERSION = 1;
    STATUSES = ["pass", "fail", "neutral", "skipped"];
    ANNOTATION_LEVELS = ["notice", "warning", "failure"];
    FRAGMENT_LIMITS = {
      fileBytes: 2 * 1024 * 1024,
      title: 200,
      summary: 1e3,
      markdown: 1024 * 1024,
      metrics: 200,
      metricKey: 100,
      metricString: 1e3,
      annotations: 1e3,
      annotationMessage: 4e3,
      path: 4096
    };
    STATUS_EMOJI = {
      pass: "\u2705",
      fail: "\u274C",
      neutral: "\u26A0\uFE0F",
      skipped: "\u23ED\uFE0F"
    };
  }
});

// src/shared/run-context.ts
function runUrl(ctx) {
  if (!ctx.repository || ctx.runId === void 0) return void 0;
  return `${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}/actions/runs/${ctx.runId}`;
}
var init_run_context = __esm({
  "src/shared/run-context.ts"() {
    "use strict";
    init_dispatch();
  }
});

// src/shared/status.ts
async function setCommitStatus(octokit, repo, sha2, s) {
  if (!/^[0-9a-f]{40}$/i.test(sha2)) {
    throw new UserError(
      `commit status: sha ${JSON.stringify(sha2.slice(0, 60))} is not a 40-character hex commit id`
    );
  }
  if (!STATES.includes(s.state)) {
    throw new UserError(`commit status: state ${JSON.stringify(s.state)} is not one of ${STATES.join(", ")}`);
  }
  const context = s.context.trim();
  if (context.length === 0 || context.length > 255) {
    throw new UserError(`commit status: context must be 1\u2013255 characters, got ${context.length}`);
  }
  if (s.targetUrl !== void 0 && !/^https?:\/\/\S+$/.test(s.targetUrl)) {
    throw new UserError(
      `commit status: target URL ${JSON.stringify(s.targetUrl.slice(0, 100))} is not an http(s) URL`
    );
  }
  const params = {
    ...repo,
    sha: sha2,
    state: s.state,
    context,
    description: cutText(oneLine(s.description, Number.MAX_SAFE_INTEGER), STATUS_DESCRIPTION_MAX),
    ...s.targetUrl !== void 0 ? { target_url: s.targetUrl } : {}
  };
  for (let attempt = 0; ; attempt++) {
    try {
      await octokit.rest.repos.createCommitStatus(params);
      return;
    } catch (e) {
      const unanswered = classifyApiError(e).kind === "network" || e.status === 504;
      if (!(unanswered && attempt === 0)) throw new StatusWriteError(context, sha2, e);
    }
  }
}
function cutText(text, max) {
  if (codePoints2(text) <= max) return text;
  const head = text.slice(0, 2 * max + 16);
  let out = "";
  let used = 0;
  for (const { segment } of graphemes(head)) {
    const n = codePoints2(segment);
    if (used + n > max - 1) break;
    out += segment;
    used += n;
  }
  return `${out}\u2026`;
}
function cutBytes(text, maxBytes, suffix = "\u2026") {
  if (Buffer.byteLength(text, "utf8") <= maxBytes) return text;
  const budget = Math.max(0, maxBytes - Buffer.byteLength(suffix, "utf8"));
  let cut2 = Buffer.from(text, "utf8").subarray(0, budget).toString("utf8");
  while (cut2.length > 0 && !text.startsWith(cut2)) cut2 = cut2.slice(0, -1);
  const from = Math.max(0, cut2.length - 64);
  let boundary = from;
  for (const { index, segment } of graphemes(text.slice(from, cut2.length + 64))) {
    const end = from + index + segment.length;
    if (end > cut2.length) break;
    boundary = end;
  }
  return text.slice(0, boundary) + suffix;
}
async function createAnnotatedCheckRun(octokit, repo, sha2, name, conclusion, title, summary, annotations, cap = 500) {
  if (!/^[0-9a-f]{40}$/i.test(sha2)) {
    throw new UserError(
      `check run: sha ${JSON.stringify(sha2.slice(0, 60))} is not a 40-character hex commit id`
    );
  }
  if (!Number.isSafeInteger(cap) || cap < 0)
    throw new UserError(`check run: annotation cap ${cap} must be an integer \u2265 0`);
  const ranked = annotations.map((a, i) => ({ a, i })).sort((x, y) => LEVEL_RANK[x.a.level] - LEVEL_RANK[y.a.level] || x.i - y.i).map((x) => x.a);
  const kept = ranked.slice(0, cap);
  const dropped = annotations.length - kept.length;
  const note = dropped > 0 ? `

> ${dropped} of ${annotations.length} annotations were not posted (limit ${cap}); see the report for all findings.` : "";
  const output = (batch) => ({
    title: cutText(oneLine(title, Number.MAX_SAFE_INTEGER), 255),
    summary: cutBytes(summary, CHECK_SUMMARY_MAX_BYTES - Buffer.byteLength(note, "utf8"), "\n\n\u2026(truncated)") + note,
    annotations: batch.map(toApiAnnotation)
  });
  const batches = [];
  for (let i = 0; i < kept.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(kept.slice(i, i + ANNOTATIONS_PER_REQUEST));
  let id;
  try {
    const created = await octokit.rest.checks.create({
      ...repo,
      name,
      head_sha: sha2,
      status: "completed",
      conclusion,
      output: output(batches[0] ?? [])
    });
    id = created.data.id;
  } catch (e) {
    const kind = classifyApiError(e).kind;
    if (kind === "permission" || kind === "not-found") throw new CheckRunCreateError(name, e);
    throw e;
  }
  for (const batch of batches.slice(1)) {
    await octokit.rest.checks.update({ ...repo, check_run_id: id, output: output(batch) });
  }
  return { id, posted: kept.length, dropped };
}
function workflowAnnotations(annotations, issued = {}, jobRemaining = WORKFLOW_ANNOTATIONS_PER_JOB) {
  const used = {
    error: issued.error ?? 0,
    warning: issued.warning ?? 0,
    notice: issued.notice ?? 0
  };
  const shown = [];
  for (const a of annotations) {
    if (shown.length >= jobRemaining) break;
    const level = WORKFLOW_LEVEL[a.level];
    if (used[level] >= WORKFLOW_ANNOTATION_CAPS[level]) continue;
    used[level]++;
    shown.push({
      level,
      message: a.message,
      file: a.path,
      startLine: a.startLine,
      endLine: a.endLine,
      ...a.title !== void 0 ? { title: cutText(oneLine(a.title, Number.MAX_SAFE_INTEGER), 255) } : {}
    });
  }
  return { shown, leftOut: annotations.length - shown.length };
}
function toApiAnnotation(a) {
  return {
    path: a.path,
    start_line: a.startLine,
    end_line: a.endLine,
    annotation_level: a.level,
    message: a.message,
    ...a.title !== void 0 ? { title: cutText(a.title, 255) } : {}
  };
}
function codePoints2(s) {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
function graphemes(s) {
  segmenter ??= new Intl.Segmenter(void 0, { granularity: "grapheme" });
  return segmenter.segment(s);
}
var STATUS_DESCRIPTION_MAX, CHECK_SUMMARY_MAX_BYTES, ANNOTATIONS_PER_REQUEST, STATES, StatusWriteError, CheckRunCreateError, LEVEL_RANK, WORKFLOW_ANNOTATIONS_PER_STEP, WORKFLOW_ANNOTATIONS_PER_JOB, ERROR_SLOTS_KEPT, WORKFLOW_LEVEL, WORKFLOW_ANNOTATION_CAPS, segmenter;
var init_status = __esm({
  "src/shared/status.ts"() {
    "use strict";
    init_errors();
    init_github();
    STATUS_DESCRIPTION_MAX = 140;
    CHECK_SUMMARY_MAX_BYTES = 65535;
    ANNOTATIONS_PER_REQUEST = 50;
    STATES = ["success", "failure", "pending", "error"];
    StatusWriteError = class extends UserError {
      constructor(context, sha2, apiError) {
        super(`commit status "${context}" on ${sha2.slice(0, 12)} was not written: ${describeApiError(apiError)}`);
        this.context = context;
        this.sha = sha2;
        this.apiError = apiError;
        this.kind = classifyApiError(apiError).kind;
      }
      context;
      sha;
      apiError;
      /** The cause in kind: rate-limit, permission, not-found, outage, network or other. */
      kind;
    };
    CheckRunCreateError = class extends UserError {
      constructor(checkRunName, apiError) {
        super(`cannot create check run "${checkRunName}": ${describeApiError(apiError)}`);
        this.checkRunName = checkRunName;
        this.apiError = apiError;
        this.kind = classifyApiError(apiError).kind;
      }
      checkRunName;
      apiError;
      kind;
    };
    LEVEL_RANK = { failure: 0, warning: 1, notice: 2 };
    WORKFLOW_ANNOTATIONS_PER_STEP = 10;
    WORKFLOW_ANNOTATIONS_PER_JOB = 50;
    ERROR_SLOTS_KEPT = 1;
    WORKFLOW_LEVEL = {
      failure: "error",
      warning: "warning",
      notice: "notice"
    };
    WORKFLOW_ANNOTATION_CAPS = {
      error: WORKFLOW_ANNOTATIONS_PER_STEP - ERROR_SLOTS_KEPT,
      warning: WORKFLOW_ANNOTATIONS_PER_STEP,
      notice: WORKFLOW_ANNOTATIONS_PER_STEP
    };
  }
});

// src/shared/publish.ts
import { mkdir as mkdir3, readFile as readFile3, writeFile as writeFile2 } from "node:fs/promises";
import { basename, dirname as dirname2, join as join4 } from "node:path";
function fragmentArtifactName(fragmentName, runAttempt) {
  return runAttempt !== void 0 && runAttempt > 1 ? `${fragmentName}-attempt-${runAttempt}` : fragmentName;
}
async function publish(host, result, opts) {
  const { fragment } = result;
  const path2 = host.fragmentPath(`${opts.fragmentName}.json`);
  if (path2 !== void 0) {
    try {
      await mkdir3(dirname2(path2), { recursive: true });
      await writeFragment(path2, fragment);
    } catch (error) {
      throw new UserError(`cannot write the report fragment ${path2}: ${describeError(error)}`);
    }
    host.setOutput("fragment-path", path2);
  }
  let warnings = 0;
  const log2 = (level, message) => {
    if (level === "warning") warnings++;
    host.logger.log(level, message);
  };
  const tryTo = async (what, fn) => {
    try {
      await fn();
    } catch (error) {
      log2("warning", `could not ${what}: ${describeError(error)}`);
    }
  };
  if (path2 !== void 0 && host.artifacts?.canUpload) {
    const artifacts = host.artifacts;
    const name = fragmentArtifactName(opts.fragmentName, host.context.runAttempt);
    await tryTo(
      "upload the report fragment",
      () => artifacts.upload(name, [path2], dirname2(path2), FRAGMENT_RETENTION_DAYS).then(() => {
        log2("info", `uploaded the report fragment ${basename(path2)} as artifact ${name}`);
      })
    );
  }
  const octokit = host.octokit;
  const repo = host.context.repository;
  const sha2 = result.sha;
  let statusError;
  if (octokit && repo && sha2 && result.onCommit && opts.status) {
    const url = runUrl(host.context);
    try {
      await setCommitStatus(octokit, repo, sha2, {
        context: fragment.statusContext,
        state: fragment.status === "fail" ? "failure" : "success",
        description: fragment.summary,
        ...url ? { targetUrl: url } : {}
      });
    } catch (error) {
      statusError = `could not set the commit status ${fragment.statusContext} on ${sha2.slice(0, 12)}: ${describeError(error)}`;
    }
  }
  if (result.onCommit) {
    await annotate(host, result, opts, { log: log2, warningsSoFar: () => warnings });
  }
  host.setOutput("verdict", fragment.status);
  host.setOutput("status", fragment.status);
  for (const [name, value] of Object.entries(result.outputs)) host.setOutput(name, value);
  if (opts.summary === "full") await host.appendSummary(fragment.markdown);
  else if (opts.summary === "short") await host.appendSummary(shortSummary(fragment));
  if (statusError) throw new UserError(statusError);
}
function shortSummary(fragment) {
  return `${headingLine(fragment)} _(the full section is in the quality-gates report: pr-report's job summary and PR comment)_`;
}
async function annotate(host, result, opts, out) {
  const { fragment } = result;
  const findings = fragment.annotations ?? [];
  if (findings.length === 0) return;
  const log2 = (level, message) => out.log(level, `annotations: ${message}`);
  const n = `${findings.length} finding${findings.length === 1 ? "" : "s"}`;
  if (opts.annotations === "off") {
    log2("info", `off; ${n} are in the report only`);
    return;
  }
  if (opts.annotations !== "workflow-commands") {
    const octokit = host.octokit;
    const repo = host.context.repository;
    const sha2 = result.sha;
    if (!octokit || !repo || !sha2) {
      if (opts.annotations === "check-run") {
        log2("info", `no GitHub token or repository, so no check run; ${n} are in the report only`);
        return;
      }
      log2("info", "no GitHub token or repository for a check run; annotating with workflow commands");
    } else {
      const name = result.checkRunName ?? `${fragment.statusContext.replace(/^quality-gates\//, "")}: findings`;
      try {
        const run = await createAnnotatedCheckRun(
          octokit,
          repo,
          sha2,
          name,
          fragment.status === "fail" ? "failure" : "neutral",
          fragment.summary,
          fragment.summary,
          findings
        );
        log2(
          "info",
          `check run "${name}" carries ${run.posted} of ${n}${run.dropped > 0 ? ` (${run.dropped} over its limit)` : ""}`
        );
        return;
      } catch (error) {
        if (opts.annotations === "check-run" || !(error instanceof CheckRunCreateError)) {
          const why = error instanceof UserError ? error.message : describeApiError(error);
          out.log("warning", `could not annotate the findings: ${why}`);
          return;
        }
        log2(
          "info",
          `the token may not create check runs (a fork PR's read-only token, no checks: write, or not a GitHub App token): ${error.message}; annotating with workflow commands instead`
        );
      }
    }
  }
  await emitWorkflowAnnotations(host, findings, fragment, out.warningsSoFar(), opts.fragmentName, log2);
}
async function jobAnnotationCounter(host) {
  if (host.jobTempDir === void 0) return { used: 0, add: async () => void 0 };
  const file = join4(host.jobTempDir, "quality-gates-workflow-annotations");
  const text = await readFile3(file, "utf8").catch(() => "");
  const used = /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : 0;
  return {
    used,
    add: async (n) => {
      await writeFile2(file, String(used + n)).catch(() => void 0);
    }
  };
}
async function emitWorkflowAnnotations(host, findings, fragment, warningsSoFar, fragmentName, log2) {
  const job = await jobAnnotationCounter(host);
  const jobRemaining = Math.max(0, WORKFLOW_ANNOTATIONS_PER_JOB - job.used);
  const { shown, leftOut } = workflowAnnotations(findings, { warning: warningsSoFar }, jobRemaining);
  await job.add(shown.length);
  for (const a of shown) {
    host.logger.log(a.level, a.message, {
      file: a.file,
      startLine: a.startLine,
      endLine: a.endLine,
      ...a.title !== void 0 ? { title: a.title } : {}
    });
  }
  log2("info", `${shown.length} of ${findings.length} findings annotated with workflow commands`);
  if (leftOut > 0) {
    host.logger.log(
      "info",
      `${leftOut} more finding${leftOut === 1 ? " was" : "s were"} not annotated: GitHub shows at most ${WORKFLOW_ANNOTATIONS_PER_STEP} annotations of each level per step and ${WORKFLOW_ANNOTATIONS_PER_JOB} per job${job.used > 0 ? ` (earlier steps of this job made ${job.used})` : ""}. They are listed in the "${oneLine(fragment.title, 200)}" section of the quality-gates report (pr-report's comment and job summary) and all kept in the fragment ${fragmentName}.json.`
    );
  }
}
var ANNOTATION_MODES, SUMMARY_MODES, FRAGMENT_RETENTION_DAYS;
var init_publish = __esm({
  "src/shared/publish.ts"() {
    "use strict";
    init_errors();
    init_fragment();
    init_github();
    init_run_context();
    init_status();
    ANNOTATION_MODES = ["auto", "check-run", "workflow-commands", "off"];
    SUMMARY_MODES = ["full", "short", "off"];
    FRAGMENT_RETENTION_DAYS = 7;
  }
});

// src/shared/inputs.ts
function labelOf(get, name) {
  return get.label ? get.label(name) : `Input "${name}"`;
}
function show(v) {
  const flat = v.replace(/\s+/g, " ");
  return JSON.stringify(flat.length > 80 ? `${flat.slice(0, 79)}\u2026` : flat);
}
function raw(get, name) {
  const v = get(name);
  if (v === void 0 || v === null) return void 0;
  const t = String(v).trim();
  return t === "" ? void 0 : t;
}
function inputString(get, name, opts = {}) {
  const v = raw(get, name);
  if (v === void 0) {
    if (opts.default !== void 0) return opts.default;
    if (opts.required) {
      throw new UserError(
        `${labelOf(get, name)} is required${opts.describe ? `; expected ${opts.describe}` : ""}`
      );
    }
    return void 0;
  }
  const maxLength = opts.maxLength ?? 1e4;
  if (v.length > maxLength) {
    throw new UserError(
      `${labelOf(get, name)} is ${v.length} characters long; at most ${maxLength} are allowed`
    );
  }
  if (opts.pattern && !opts.pattern.test(v)) {
    throw new UserError(
      `${labelOf(get, name)}: ${show(v)} is not valid; expected ${opts.describe ?? `a value matching ${opts.pattern}`}`
    );
  }
  return v;
}
function rangeText(o) {
  const kind = o.integer ? "a whole number" : "a number";
  if (o.min !== void 0 && o.max !== void 0) return `${kind} from ${o.min} to ${o.max}`;
  if (o.min !== void 0) return `${kind} \u2265 ${o.min}`;
  if (o.max !== void 0) return `${kind} \u2264 ${o.max}`;
  return kind;
}
function inputNumber(get, name, opts = {}) {
  const v = raw(get, name);
  if (v === void 0) return opts.default;
  const o = opts.percent ? { min: 0, max: 100, ...opts } : opts;
  const expected = `expected ${rangeText(o)}${opts.percent ? " (a trailing % is allowed)" : ""}`;
  let text = v;
  if (opts.percent && text.endsWith("%")) text = text.slice(0, -1).trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) {
    throw new UserError(`${labelOf(get, name)}: ${show(v)} is not a number; ${expected}`);
  }
  const n = Number(text);
  if (!Number.isFinite(n))
    throw new UserError(`${labelOf(get, name)}: ${show(v)} is not a finite number; ${expected}`);
  if (o.integer && !Number.isInteger(n)) {
    throw new UserError(`${labelOf(get, name)}: ${show(v)} is not a whole number; ${expected}`);
  }
  if (o.min !== void 0 && n < o.min || o.max !== void 0 && n > o.max) {
    throw new UserError(`${labelOf(get, name)}: ${show(v)} is out of range; ${expected}`);
  }
  return n === 0 ? 0 : n;
}
function inputBoolean(get, name, def) {
  const v = raw(get, name);
  if (v === void 0) return def;
  const l = v.toLowerCase();
  if (TRUE.includes(l)) return true;
  if (FALSE.includes(l)) return false;
  throw new UserError(
    `${labelOf(get, name)}: ${show(v)} is not a boolean; expected one of ${[...TRUE, ...FALSE].join(", ")} (any case)`
  );
}
function inputEnum(get, name, allowed2, def) {
  const v = raw(get, name);
  if (v === void 0) return def;
  const exact = allowed2.find((a) => a === v);
  if (exact !== void 0) return exact;
  const loose = allowed2.find((a) => a.toLowerCase() === v.toLowerCase());
  if (loose !== void 0) return loose;
  throw new UserError(
    `${labelOf(get, name)}: ${show(v)} is not allowed; expected one of ${allowed2.join(", ")}`
  );
}
function inputList(get, name, opts = {}) {
  const v = get(name);
  if (v === void 0 || v === null) return [];
  const out = [];
  for (const line of String(v).split(/\r?\n|\r/)) {
    const t = line.trim();
    if (t === "" || t.startsWith("#")) continue;
    for (const part of t.split(",")) {
      const p = part.trim();
      if (p !== "") out.push(p);
    }
  }
  if (opts.max !== void 0 && out.length > opts.max) {
    throw new UserError(`${labelOf(get, name)} has ${out.length} entries; at most ${opts.max} are allowed`);
  }
  return out;
}
function inputRules(get, name) {
  const v = get(name);
  if (v === void 0 || v === null) return [];
  const rules = [];
  const lines = String(v).split(/\r?\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].trim();
    if (t === "" || t.startsWith("#")) continue;
    const rule = splitRule(t);
    if (!rule) {
      throw new UserError(
        `${labelOf(get, name)} line ${i + 1}: ${show(t)} is not a rule; expected "<glob> >= <percent>", e.g. "src/core/** >= 90"`
      );
    }
    const min = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(rule.number) ? Number(rule.number) : NaN;
    if (!Number.isFinite(min) || min < 0 || min > 100) {
      throw new UserError(
        `${labelOf(get, name)} line ${i + 1}: ${show(rule.number)} is not a percentage from 0 to 100`
      );
    }
    rules.push({ pattern: rule.pattern, min: min === 0 ? 0 : min });
  }
  return rules;
}
function splitRule(line) {
  let end = line.length;
  if (line.endsWith("%")) end--;
  while (end > 0 && /\s/.test(line[end - 1])) end--;
  let start = end;
  while (start > 0 && /[0-9.+-]/.test(line[start - 1])) start--;
  const number = line.slice(start, end);
  let rest = line.slice(0, start).trimEnd();
  const separated = rest.length < start;
  let operator = false;
  if (rest.endsWith(">=")) {
    rest = rest.slice(0, -2);
    operator = true;
  } else if (rest.endsWith("\u2265")) {
    rest = rest.slice(0, -1);
    operator = true;
  }
  const pattern = rest.trim();
  if (number === "" || pattern === "" || !(operator || separated)) return void 0;
  return { pattern, number };
}
var TRUE, FALSE;
var init_inputs = __esm({
  "src/shared/inputs.ts"() {
    "use strict";
    init_errors();
    TRUE = ["true", "yes", "on", "1"];
    FALSE = ["false", "no", "off", "0"];
  }
});

// src/shared/settings.ts
function readSettings(declared, get, frontEnd) {
  const out = {};
  for (const s of declared) {
    if (s.only && s.only !== frontEnd) continue;
    out[s.name] = readOne(s, frontEnd === "action" ? underOldName(s, get) : get);
  }
  return out;
}
function underOldName(s, get) {
  const given = (name) => {
    const v = get(name)?.trim();
    return v === void 0 || v === "" ? void 0 : v;
  };
  const old = s.actionAliases?.find((a) => given(a) !== void 0);
  if (old === void 0) return get;
  const current = given(s.name);
  if (current !== void 0 && current !== defaultText(s)) {
    throw new UserError(
      `${labelOf(get, s.name)} and its old name ${labelOf(get, old)} are both set: keep only ${s.name}`
    );
  }
  return Object.assign((name) => name === s.name ? get(old) : get(name), {
    label: (name) => labelOf(get, name === s.name ? old : name)
  });
}
function readOne(s, get) {
  switch (s.kind) {
    case "string":
      return inputString(get, s.name, {
        ...s.default !== void 0 ? { default: s.default } : {},
        ...s.required ? { required: true } : {},
        ...s.pattern ? { pattern: s.pattern } : {},
        ...s.describe ? { describe: s.describe } : {},
        ...s.maxLength !== void 0 ? { maxLength: s.maxLength } : {}
      });
    case "number":
    case "integer":
    case "percent":
      return inputNumber(get, s.name, {
        ...s.min !== void 0 ? { min: s.min } : {},
        ...s.max !== void 0 ? { max: s.max } : {},
        ...s.default !== void 0 ? { default: s.default } : {},
        integer: s.kind === "integer",
        percent: s.kind === "percent"
      });
    case "boolean":
      return inputBoolean(get, s.name, s.default);
    case "enum":
      return inputEnum(
        s.legacy ? withLegacyValues(get, s.name, s.values, s.legacy) : get,
        s.name,
        s.values,
        s.default
      );
    case "list": {
      const list = inputList(get, s.name, s.max !== void 0 ? { max: s.max } : {});
      if (s.required && list.length === 0) {
        throw new UserError(`${labelOf(get, s.name)} is required: ${s.description}`);
      }
      return list;
    }
    case "rules":
      return inputRules(get, s.name);
  }
}
function withLegacyValues(get, name, values, legacy) {
  for (const [old, now] of Object.entries(legacy)) {
    if (!values.includes(now))
      throw new Error(`setting ${name}: legacy value ${old} maps to ${now}, not one of its values`);
  }
  const mapped = (n) => {
    const v = get(n);
    if (n !== name || v === void 0 || v === null) return v;
    const t = String(v).trim();
    if (values.some((a) => a.toLowerCase() === t.toLowerCase())) return v;
    const old = Object.keys(legacy).find((k) => k === t) ?? Object.keys(legacy).find((k) => k.toLowerCase() === t.toLowerCase());
    return old === void 0 ? v : legacy[old];
  };
  return get.label ? Object.assign(mapped, { label: get.label }) : mapped;
}
function defaultText(s) {
  if (s.actionDefault !== void 0) return s.actionDefault;
  if (s.kind === "list" || s.kind === "rules") return "";
  if (s.kind === "boolean") return String(s.default);
  return s.default === void 0 ? "" : String(s.default);
}
function settingsFor(declared, frontEnd) {
  return declared.filter((s) => !s.only || s.only === frontEnd);
}
var init_settings = __esm({
  "src/shared/settings.ts"() {
    "use strict";
    init_inputs();
    init_errors();
  }
});

// src/shared/gate.ts
function hostInputs(host) {
  return Object.assign((name) => host.input(name), host.inputLabel ? { label: host.inputLabel } : {});
}
async function runDeclared(declaration, host, frontEnd) {
  return declaration.run(readSettings(declaration.settings, hostInputs(host), frontEnd), host);
}
function gateContext(gate, name) {
  return `quality-gates/${gate}${name ? `/${name}` : ""}`;
}
function defaultFragmentName(gate, name) {
  return `quality-gates-fragment-${gate}${name ? `-${name}` : ""}`;
}
function defineGate(spec) {
  const settings = [...spec.settings, ...GATE_SETTINGS];
  return {
    id: spec.id,
    action: spec.action,
    command: spec.command,
    usage: spec.usage,
    about: spec.about,
    settings,
    async run(values, host) {
      const all = values;
      const name = all.name || void 0;
      const result = await spec.evaluate(values, host);
      const context = gateContext(spec.id, name);
      result.fragment.statusContext = context;
      if (name) retitle(result.fragment, `${result.fragment.title} (${name})`);
      await publish(host, result, {
        fragmentName: all["fragment-name"] ?? defaultFragmentName(spec.id, name),
        status: all["commit-status"] !== false,
        // Both are action-only: the CLI (where they are absent) never annotates, and --summary-out gets the section.
        annotations: all.annotations ?? "off",
        summary: all.summary ?? "full"
      });
      return { ...result.failure ? { failure: result.failure } : {}, result, context };
    },
    print: {
      json: (outcome, write) => spec.print.json(outcome.result.data, write),
      human: (outcome) => spec.print.human(outcome.result.data)
    }
  };
}
var GITHUB_SETTINGS, LEGACY_BOOLEAN_MODES, GATE_SETTINGS;
var init_gate = __esm({
  "src/shared/gate.ts"() {
    "use strict";
    init_dispatch();
    init_fragment();
    init_publish();
    init_settings();
    GITHUB_SETTINGS = [
      {
        name: "github-token",
        kind: "string",
        only: "action",
        actionDefault: "${{ github.token }}",
        description: "Token for the GitHub API: the job's token by default, or a GitHub App token or PAT (masked in the log either way).",
        group: "GitHub"
      },
      {
        name: "rate-limit-wait",
        kind: "integer",
        min: 0,
        max: 3600,
        default: 300,
        only: "action",
        description: "Longest wait, in seconds, for a GitHub API rate limit to reset before a write is retried; a longer one fails at once, saying when it resets.",
        group: "GitHub"
      }
    ];
    LEGACY_BOOLEAN_MODES = {
      true: "auto",
      yes: "auto",
      on: "auto",
      1: "auto",
      false: "off",
      no: "off",
      0: "off"
    };
    GATE_SETTINGS = [
      {
        name: "name",
        kind: "string",
        pattern: /^[a-z0-9][a-z0-9._-]{0,39}$/,
        describe: "1-40 lowercase letters, digits, . _ - (starting with a letter or digit)",
        description: "Name of this result when the gate runs more than once in a workflow (monorepo parts, matrix legs): the status becomes quality-gates/<gate>/<name> and the section and fragment carry the name. Empty = the plain quality-gates/<gate>.",
        group: "Publishing"
      },
      {
        name: "commit-status",
        kind: "boolean",
        default: true,
        only: "action",
        actionAliases: ["status"],
        description: "Set the gate's commit status quality-gates/<gate>[/<name>] (needs statuses: write); a status that cannot be written fails the step.",
        group: "Publishing"
      },
      {
        name: "annotations",
        kind: "enum",
        values: ANNOTATION_MODES,
        default: "auto",
        legacy: LEGACY_BOOLEAN_MODES,
        only: "action",
        description: "How findings are annotated in the PR diff. auto: a check run (needs checks: write), else, when the token may not create one (a fork PR's read-only token), workflow commands; check-run: a check run only; workflow-commands: workflow commands only (no permission; GitHub shows 10 warnings per step); off: none. true/false of earlier releases mean auto/off.",
        group: "Publishing"
      },
      {
        name: "summary",
        kind: "enum",
        values: SUMMARY_MODES,
        default: "short",
        only: "action",
        description: "What the gate writes to the job summary. short: one line (status, title, summary) pointing to pr-report's report, which holds the full section; full: the whole section (for a gate used without pr-report); off: nothing.",
        group: "Publishing"
      },
      {
        name: "fragment-name",
        kind: "string",
        only: "action",
        pattern: /^[A-Za-z0-9._-]{1,100}$/,
        describe: "letters, digits, . _ - (an artifact name)",
        description: "Name of the report fragment artifact pr-report reads. Empty = quality-gates-fragment-<gate>[-<name>].",
        group: "Publishing"
      },
      ...GITHUB_SETTINGS,
      ...DISPATCH_SETTINGS,
      {
        name: "json",
        kind: "boolean",
        default: false,
        only: "cli",
        description: "print the machine-readable result instead of the table",
        group: "Outputs"
      },
      {
        name: "fragment-out",
        kind: "string",
        only: "cli",
        placeholder: "<file>",
        description: "write the ReportFragment for pr-report (quality-gates report)",
        group: "Outputs"
      },
      {
        name: "summary-out",
        kind: "string",
        only: "cli",
        placeholder: "<file>",
        description: "write the markdown section (what the action puts in the job summary)",
        group: "Outputs"
      },
      {
        name: "baseline",
        kind: "string",
        only: "cli",
        placeholder: "<file>",
        description: "a baseline file to compare against (what the action keeps as an artifact per commit)",
        group: "Baseline"
      },
      {
        name: "baseline-out",
        kind: "string",
        only: "cli",
        placeholder: "<file>",
        description: "write this run as a baseline (carrying the --baseline trend forward), for a later --baseline: the same file the action keeps as an artifact",
        group: "Baseline"
      },
      {
        name: "baseline-store",
        kind: "enum",
        values: ["auto", "artifact", "cache"],
        default: "auto",
        only: "action",
        description: "Where baselines are kept: artifact (workflow artifacts), cache (the Actions cache, for GitHub Enterprise Server, where artifacts v4 are not available) or auto (cache on GitHub Enterprise Server, artifact on github.com and GHE.com, from GITHUB_SERVER_URL).",
        group: "Baseline"
      },
      {
        name: "repo",
        kind: "string",
        only: "cli",
        placeholder: "<dir>",
        description: "repository root for paths and git (default: the git work tree around the current directory, else the current directory)",
        group: "Inputs"
      }
    ];
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK2 = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK2}*?`;
    var SEP2 = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK: QMARK2,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP: SEP2
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options2 = {}) => {
      const prepend = options2.contains ? "" : "^";
      const append = options2.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path2, { windows } = {}) => {
      const segs = path2.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code2) => {
      return code2 === CHAR_FORWARD_SLASH || code2 === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options2) => {
      const opts = options2 || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code2;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code2;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code2 = advance();
        let next;
        if (code2 === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code2 = advance();
          if (code2 === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code2 === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code2 = advance())) {
            if (code2 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code2 === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code2 === CHAR_DOT && (code2 = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code2 === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code2 === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code2 === CHAR_PLUS || code2 === CHAR_AT || code2 === CHAR_ASTERISK || code2 === CHAR_QUESTION_MARK || code2 === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code2 === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code2 = advance())) {
                if (code2 === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code2 === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code2 === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code2 === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code2 === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code2 = advance())) {
              if (code2 === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code2 === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob2 = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code2)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options2) => {
      if (typeof options2.expandRange === "function") {
        return options2.expandRange(...args, options2);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options2) => {
      if (options2.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options2.maxExtglobRecursion === "number" ? options2.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options2) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options2 };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK: QMARK2,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK2 : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num2 = 0) => {
        state.consumed += value2;
        state.index += num2;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open3 = tokens[token.tokensIndex];
          open3.type = "text";
          open3.value = literal;
          open3.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open3.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options2, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK2.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK2.repeat(rest.length) : "");
            }
            return QMARK2.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options2);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix3 = POSIX_REGEX_SOURCE[rest2];
                if (posix3) {
                  prev.value = pre + posix3;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open3 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open3);
          push(open3);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK2 });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options2) => {
      const opts = { ...options2 };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch6 = (glob2, options2, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch6(input, options2, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options2 || {};
      const posix3 = opts.windows;
      const regex = isState ? picomatch6.compileRe(glob2, options2) : picomatch6.makeRe(glob2, options2, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options2, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch6(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch6.test(input, regex, options2, { glob: glob2, posix: posix3 });
        const result = { glob: glob2, state, regex, posix: posix3, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch6.test = (input, regex, options2, { glob: glob2, posix: posix3 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options2 || {};
      const format = opts.format || (posix3 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch6.matchBase(input, regex, options2, posix3);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch6.matchBase = (input, glob2, options2, posix3 = options2 && options2.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch6.makeRe(glob2, options2);
      return regex.test(utils.basename(input, { windows: posix3 }));
    };
    picomatch6.isMatch = (str2, patterns, options2) => picomatch6(patterns, options2)(str2);
    picomatch6.parse = (pattern, options2) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch6.parse(p, options2));
      return parse(pattern, { ...options2, fastpaths: false });
    };
    picomatch6.scan = (input, options2) => scan(input, options2);
    picomatch6.compileRe = (state, options2, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options2 || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch6.toRegex(source, options2);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch6.makeRe = (input, options2 = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options2.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options2);
      }
      if (!parsed.output) {
        parsed = parse(input, options2);
      }
      return picomatch6.compileRe(parsed, options2, returnOutput, returnState);
    };
    picomatch6.toRegex = (source, options2) => {
      try {
        const opts = options2 || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options2 && options2.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch6.constants = constants;
    module.exports = picomatch6;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch6(glob2, options2, returnState = false) {
      if (options2 && (options2.windows === null || options2.windows === void 0)) {
        options2 = { ...options2, windows: utils.isWindows() };
      }
      return pico(glob2, options2, returnState);
    }
    Object.assign(picomatch6, pico);
    module.exports = picomatch6;
  }
});

// src/coverage/patch.ts
function isLineCovered(line, partial) {
  if (line.hits <= 0) return false;
  if (partial === "hit") return true;
  return !isPartial(line);
}
function isPartial(line) {
  if (line.hits <= 0) return false;
  if (line.partial === true) return true;
  return line.branches !== void 0 && line.branches.covered < line.branches.total;
}
function patchCoverage(report2, changed, opts) {
  const isSource = opts.sourceGlobs?.length ? (0, import_picomatch.default)(opts.sourceGlobs, { dot: true }) : void 0;
  const files = [];
  const missingData = [];
  let covered = 0;
  let total = 0;
  const unknown = [];
  for (const change of changed) {
    if (change.binary || change.added.length === 0) continue;
    const added = [...new Set(change.added)].filter((n) => Number.isSafeInteger(n) && n > 0).sort((a, b) => a - b);
    const file = report2.files.get(change.path);
    if (!file) {
      missingData.push(change.path);
      if (isSource?.(change.path)) {
        files.push({
          path: change.path,
          covered: 0,
          total: added.length,
          uncoveredRanges: mergeRuns(added),
          partialLines: 0,
          missingData: true
        });
        total += added.length;
      }
      continue;
    }
    if (file.statedLines !== void 0) {
      unknown.push(change.path);
      continue;
    }
    let fileCovered = 0;
    let fileTotal = 0;
    let partialLines = 0;
    const ranges = [];
    let open3;
    let prevAdded = -1;
    for (const n of added) {
      if (open3 && n !== prevAdded + 1) open3 = void 0;
      prevAdded = n;
      const line = file.lines.get(n);
      if (!line) continue;
      fileTotal++;
      if (isPartial(line)) partialLines++;
      if (isLineCovered(line, opts.partial)) {
        fileCovered++;
        open3 = void 0;
      } else if (open3) {
        open3[1] = n;
      } else {
        open3 = [n, n];
        ranges.push(open3);
      }
    }
    if (fileTotal > 0) {
      files.push({ path: change.path, covered: fileCovered, total: fileTotal, uncoveredRanges: ranges, partialLines });
      covered += fileCovered;
      total += fileTotal;
    }
  }
  missingData.sort(cmp);
  if (unknown.length > 0) {
    unknown.sort(cmp);
    const shown = unknown.slice(0, 3).join(", ") + (unknown.length > 3 ? ` and ${unknown.length - 3} more` : "");
    return {
      lines: null,
      unavailable: `${NO_LINE_HITS} for ${unknown.length} changed file(s): ${shown}`,
      files: [],
      missingData,
      partial: opts.partial
    };
  }
  files.sort((a, b) => b.total - b.covered - (a.total - a.covered) || cmp(a.path, b.path));
  return { lines: total === 0 ? null : { covered, total }, files, missingData, partial: opts.partial };
}
function mergeRuns(sorted) {
  const out = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}
function newUncovered(patch) {
  return patch?.lines ? patch.lines.total - patch.lines.covered : 0;
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var import_picomatch, NO_LINE_HITS;
var init_patch = __esm({
  "src/coverage/patch.ts"() {
    "use strict";
    import_picomatch = __toESM(require_picomatch2(), 1);
    NO_LINE_HITS = "the report has no per-line hits";
  }
});

// src/coverage/evaluate.ts
function formatPercent(r) {
  return r ? percent(r.covered, r.total) : "n/a";
}
function formatDeltaPp(head, base) {
  const d = deltaPp(head, base);
  if (d === null) return "n/a";
  if (d.num === 0n) return "\xB10.00";
  const sign = d.num < 0n ? "\u2212" : "+";
  const mag = truncDecimal(d, 2);
  return mag === "0.00" ? `${sign}<0.01` : `${sign}${mag}`;
}
function formatThreshold(n) {
  return String(n);
}
function pathRuleId(rule) {
  return `path ${rule.pattern} >= ${formatThreshold(rule.min)}`;
}
function pathRuleFiles(rule, files) {
  const match = (0, import_picomatch2.default)(rule.pattern, { dot: true });
  const hit = /* @__PURE__ */ new Map();
  const sum = { covered: 0, total: 0 };
  for (const [path2, r] of files) {
    if (!match(path2)) continue;
    hit.set(path2, r);
    sum.covered += r.covered;
    sum.total += r.total;
  }
  return { hit, sum };
}
function evaluate(input) {
  const { head, base, patch, rules } = input;
  const reasons = [];
  const notices = [];
  const failed = [];
  let neutral = false;
  const fail = (rule, text) => {
    failed.push(rule);
    reasons.push(`${rule}: ${text}`);
  };
  const projectLines = head.totals.lines;
  if (rules.minProject !== void 0) {
    if (projectLines.total === 0) {
      neutral = true;
      notices.push("min-project: the report has no coverable lines, so project coverage is n/a");
    } else if (!ratioAtLeast(projectLines, rules.minProject)) {
      fail(
        "min-project",
        `project line coverage ${formatPercent(projectLines)} (${projectLines.covered} of ${projectLines.total} lines) is below ${formatThreshold(rules.minProject)}%; most uncovered lines in ${topUncovered(head.files)}`
      );
    }
  }
  if (rules.maxDrop !== void 0) {
    if (!base) {
      const policy = rules.onMissingBaseline ?? "pass";
      const text = `no baseline coverage for the base commit, so the drop is not measured (on-missing-baseline: ${policy})`;
      if (policy === "fail") fail("max-drop", text);
      else {
        if (policy === "neutral") neutral = true;
        notices.push(`max-drop: ${text}`);
      }
    } else if (projectLines.total === 0 || base.totals.lines.total === 0) {
      notices.push("max-drop: the head or base report has no coverable lines, so the drop is n/a");
    } else if (!dropWithin(projectLines, base.totals.lines, rules.maxDrop)) {
      fail(
        "max-drop",
        `project line coverage changed ${formatDeltaPp(projectLines, base.totals.lines)} pp (${formatPercent(base.totals.lines)} \u2192 ${formatPercent(projectLines)}), more than the allowed drop of ${formatThreshold(rules.maxDrop)} pp; most new uncovered lines in ${topLost(head.files, base.files)}`
      );
    }
  }
  if (patch && patch.missingData.length > 0) {
    notices.push(
      `${patch.missingData.length} changed file(s) have no coverage data: ${listPaths(patch.missingData)}`
    );
  }
  if (rules.minPatch !== void 0) {
    if (!patch) notices.push("min-patch: no diff was given, so patch coverage is not measured");
    else if (patch.unavailable !== void 0) {
      neutral = true;
      notices.push(`min-patch: patch coverage is n/a: ${patch.unavailable}`);
    } else if (!patch.lines) notices.push("min-patch: no coverable lines were added, so patch coverage is n/a (pass)");
    else if (!ratioAtLeast(patch.lines, rules.minPatch)) {
      fail(
        "min-patch",
        `patch coverage ${formatPercent(patch.lines)} (${patch.lines.covered} of ${patch.lines.total} added lines) is below ${formatThreshold(rules.minPatch)}%; uncovered added lines in ${patchFiles(patch)}`
      );
    }
  }
  if (rules.maxNewUncovered !== void 0) {
    if (!patch) notices.push("max-new-uncovered: no diff was given, so new uncovered lines are not counted");
    else if (patch.unavailable !== void 0) {
      neutral = true;
      notices.push(`max-new-uncovered: new uncovered lines are not counted: ${patch.unavailable}`);
    } else {
      const n = newUncovered(patch);
      if (n > rules.maxNewUncovered) {
        fail(
          "max-new-uncovered",
          `${n} added line(s) are not covered, more than the allowed ${formatThreshold(rules.maxNewUncovered)}; in ${patchFiles(patch)}`
        );
      }
    }
  }
  for (const rule of rules.paths ?? []) {
    const { hit, sum } = pathRuleFiles(rule, head.files);
    const id = pathRuleId(rule);
    if (hit.size === 0 || sum.total === 0) {
      notices.push(`${id}: no coverable lines in files matching it (n/a)`);
    } else if (!ratioAtLeast(sum, rule.min)) {
      fail(
        id,
        `${formatPercent(sum)} (${sum.covered} of ${sum.total} lines in ${hit.size} file(s)) is below ${formatThreshold(rule.min)}%; most uncovered lines in ${topUncovered(hit)}`
      );
    }
  }
  const indirect = base ? indirectChanges(head.files, base.files, new Set(input.changedPaths ?? [])) : [];
  if (indirect.length > 0) {
    notices.push(
      `${indirect.length} file(s) outside the diff changed coverage (flaky tests or a stale baseline?): ${listPaths(indirect.map((i) => i.path))}`
    );
  }
  const wouldBe = failed.length > 0 ? "fail" : neutral ? "neutral" : "pass";
  let status = wouldBe;
  if (rules.informational && wouldBe !== "pass") {
    status = "pass";
    notices.push(`informational: the gate would have been ${wouldBe}; reporting only`);
  }
  return { status, reasons, notices, indirect, failed, wouldBe };
}
function indirectChanges(head, base, changed) {
  const out = [];
  const paths = /* @__PURE__ */ new Set([...head.keys(), ...base.keys()]);
  for (const path2 of paths) {
    if (changed.has(path2)) continue;
    const h = head.get(path2) ?? null;
    const b = base.get(path2) ?? null;
    if (h && b && h.covered === b.covered && h.total === b.total) continue;
    out.push({ path: path2, base: b, head: h });
  }
  const weight = (c) => Math.abs(uncovered(c.head ?? EMPTY) - uncovered(c.base ?? EMPTY)) + Math.abs((c.head ?? EMPTY).total - (c.base ?? EMPTY).total);
  return out.sort((a, b) => weight(b) - weight(a) || (a.path < b.path ? -1 : 1));
}
function uncovered(r) {
  return r.total - r.covered;
}
function listPaths(paths, max = 5) {
  const shown = paths.slice(0, max).join(", ");
  return paths.length > max ? `${shown} and ${paths.length - max} more` : shown;
}
function topUncovered(files, max = 3) {
  const rows = [...files].filter(([, r]) => r.total > r.covered);
  rows.sort((a, b) => uncovered(b[1]) - uncovered(a[1]) || (a[0] < b[0] ? -1 : 1));
  if (rows.length === 0) return "(none)";
  return listPaths(
    rows.map(([p, r]) => `${p} (${uncovered(r)})`),
    max
  );
}
function topLost(head, base, max = 3) {
  const rows = [];
  for (const path2 of /* @__PURE__ */ new Set([...head.keys(), ...base.keys()])) {
    const d = uncovered(head.get(path2) ?? EMPTY) - uncovered(base.get(path2) ?? EMPTY);
    const lostCovered = (base.get(path2) ?? EMPTY).covered - (head.get(path2) ?? EMPTY).covered;
    const score = Math.max(d, lostCovered);
    if (score > 0) rows.push([path2, score]);
  }
  rows.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (rows.length === 0) return "(no single file: the total grew faster than its coverage)";
  const shown = rows.slice(0, max).map(([p, n]) => `${p} (+${n})`);
  return shown.join(", ") + (rows.length > max ? ` and ${rows.length - max} more` : "");
}
function patchFiles(patch, max = 3) {
  const rows = patch.files.filter((f) => f.total > f.covered);
  if (rows.length === 0) return "(none)";
  const shown = rows.slice(0, max).map((f) => {
    const ranges = f.uncoveredRanges.slice(0, 3).map(([s, e]) => s === e ? `L${s}` : `L${s}-L${e}`).join(", ");
    return `${f.path} (${ranges}${f.uncoveredRanges.length > 3 ? ", \u2026" : ""})`;
  });
  return shown.join(", ") + (rows.length > max ? ` and ${rows.length - max} more` : "");
}
var import_picomatch2, EMPTY;
var init_evaluate = __esm({
  "src/coverage/evaluate.ts"() {
    "use strict";
    import_picomatch2 = __toESM(require_picomatch2(), 1);
    init_markdown();
    init_ratio();
    init_patch();
    EMPTY = { covered: 0, total: 0 };
  }
});

// src/coverage/badge.ts
import { mkdir as mkdir4, writeFile as writeFile4 } from "node:fs/promises";
import { dirname as dirname3 } from "node:path";
function badgeColor(ratio2, thresholds = DEFAULT_THRESHOLDS) {
  if (!ratio2 || ratio2.total <= 0) return "lightgrey";
  for (const [min, color] of thresholds) if (ratioAtLeast(ratio2, min)) return color;
  return "red";
}
function shieldsEndpoint(input) {
  return {
    schemaVersion: 1,
    label: clip(input.label ?? "coverage"),
    message: formatPercent(input.ratio),
    color: badgeColor(input.ratio, input.thresholds),
    cacheSeconds: 300
  };
}
function badgeSvg(input) {
  const label = clip(input.label ?? "coverage");
  const message = formatPercent(input.ratio);
  const color = HEX[badgeColor(input.ratio, input.thresholds)];
  const lw = textWidth(label) + 10;
  const mw = textWidth(message) + 10;
  const w = lw + mw;
  const title = escapeXml(`${label}: ${message}`);
  const l = escapeXml(label);
  const m = escapeXml(message);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    `<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>`,
    `<clipPath id="r"><rect width="${w}" height="20" rx="3" fill="#fff"/></clipPath>`,
    `<g clip-path="url(#r)"><rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${mw}" height="20" fill="${color}"/><rect width="${w}" height="20" fill="url(#s)"/></g>`,
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">`,
    `<text x="${lw / 2}" y="15" fill="#010101" fill-opacity=".3">${l}</text><text x="${lw / 2}" y="14">${l}</text>`,
    `<text x="${lw + mw / 2}" y="15" fill="#010101" fill-opacity=".3">${m}</text><text x="${lw + mw / 2}" y="14">${m}</text>`,
    `</g></svg>`,
    ""
  ].join("\n");
}
function escapeXml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
}
function clip(label) {
  const flat = label.replace(/\s+/g, " ").trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}\u2026` : flat || "coverage";
}
function textWidth(text) {
  let w = 0;
  for (const ch of text) {
    if ("ijlI.,:;!|' ".includes(ch)) w += 3.5;
    else if ("frt()[]/-".includes(ch)) w += 4.5;
    else if ("mwMW%@".includes(ch)) w += 10;
    else if (/[A-Z0-9]/.test(ch)) w += 7.5;
    else w += 6.5;
  }
  return Math.ceil(w);
}
async function writeBadgeFiles(svgPath, ratio2, label) {
  const json = `${svgPath.replace(/\.svg$/i, "")}.json`;
  await mkdir4(dirname3(svgPath), { recursive: true });
  const input = { ratio: ratio2, ...label !== void 0 ? { label } : {} };
  await writeFile4(svgPath, badgeSvg(input));
  await writeFile4(json, `${JSON.stringify(shieldsEndpoint(input))}
`);
  return { svg: svgPath, json };
}
var DEFAULT_THRESHOLDS, HEX;
var init_badge = __esm({
  "src/coverage/badge.ts"() {
    "use strict";
    init_ratio();
    init_evaluate();
    DEFAULT_THRESHOLDS = [
      [90, "brightgreen"],
      [80, "green"],
      [70, "yellowgreen"],
      [60, "yellow"],
      [50, "orange"]
    ];
    HEX = {
      brightgreen: "#4c1",
      green: "#97ca00",
      yellowgreen: "#a4a61d",
      yellow: "#dfb317",
      orange: "#fe7d37",
      red: "#e05d44",
      lightgrey: "#9f9f9f"
    };
  }
});

// src/coverage/history.ts
function appendTrend(trend, point, max = TREND_WINDOW) {
  const rest = trend.filter((p) => p.sha !== point.sha);
  rest.push(point);
  return rest.slice(Math.max(0, rest.length - max));
}
function validateTrend(value, source, max = 1e3) {
  if (!Array.isArray(value)) throw new UserError(`${source}: "trend" must be an array`);
  if (value.length > max) throw new UserError(`${source}: "trend" has more than ${max} points`);
  return value.map((p, i) => {
    const bad = (what) => {
      throw new UserError(`${source}: trend point ${i}: ${what}`);
    };
    if (typeof p !== "object" || p === null) return bad("must be an object");
    const o = p;
    if (typeof o.sha !== "string" || !/^[0-9a-f]{7,64}$/.test(o.sha)) bad('"sha" must be a hex commit id');
    if (typeof o.date !== "string" || o.date.length > 40 || Number.isNaN(Date.parse(o.date)))
      bad('"date" must be an ISO date');
    const lines = o.lines;
    const covered = lines?.covered;
    const total = lines?.total;
    if (!isCount(covered) || !isCount(total) || covered > total)
      bad('"lines" must be {covered, total} with integers 0 \u2264 covered \u2264 total');
    return { sha: o.sha, date: o.date, lines: { covered, total } };
  });
}
function trendSeries(trend) {
  const points = trend.filter((p) => p.lines.total > 0);
  return {
    labels: points.map((p) => p.sha.slice(0, 7)),
    values: points.map((p) => Number(truncDecimal(percentOf(p.lines), 2)))
  };
}
function isCount(v) {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}
var TREND_WINDOW;
var init_history = __esm({
  "src/coverage/history.ts"() {
    "use strict";
    init_errors();
    init_ratio();
    TREND_WINDOW = 50;
  }
});

// src/coverage/baseline-format.ts
import { createHash } from "node:crypto";
function configHash(input) {
  const canonical = canonicalJson({ parserVersion: PARSER_VERSION, ...input });
  return createHash("sha256").update(canonical).digest("hex").slice(0, 16);
}
function serializeBaseline(baseline) {
  const files = [];
  const paths = [...baseline.report.files.keys()].sort();
  for (const path2 of paths) {
    const f = baseline.report.files.get(path2);
    const l = [];
    const b = [];
    const pl = [];
    for (const n of [...f.lines.keys()].sort((x, y) => x - y)) {
      const line = f.lines.get(n);
      l.push(n, line.hits);
      if (line.branches) b.push(n, line.branches.covered, line.branches.total);
      if (line.partial) pl.push(n);
    }
    const entry = { p: path2, l };
    if (b.length) entry.b = b;
    if (pl.length) entry.pl = pl;
    if (f.functions) entry.fn = [f.functions.covered, f.functions.total];
    if (f.unattachedBranches) entry.ub = [f.unattachedBranches.covered, f.unattachedBranches.total];
    if (f.statedLines) entry.sl = [f.statedLines.covered, f.statedLines.total];
    files.push(entry);
  }
  return JSON.stringify({
    schema: BASELINE_SCHEMA,
    version: BASELINE_VERSION,
    ...baseline.meta,
    format: baseline.report.format,
    trend: baseline.trend,
    files
  });
}
function parseBaseline(text, source, opts = {}) {
  const fail = (what) => {
    throw new UserError(`${source}: not a valid coverage baseline: ${what}`);
  };
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return fail(`not JSON (${e.message.slice(0, 100)})`);
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return fail("expected a JSON object");
  const o = doc;
  if (o.schema !== BASELINE_SCHEMA) return fail(`"schema" must be "${BASELINE_SCHEMA}"`);
  if (o.version !== BASELINE_VERSION) {
    return fail(
      `unsupported version ${JSON.stringify(o.version)?.slice(0, 20)} (this tool reads version ${BASELINE_VERSION}; the baseline was written by a different quality-gates release \u2014 refresh it)`
    );
  }
  if (typeof o.sha !== "string" || !/^[0-9a-f]{7,64}$/.test(o.sha)) fail('"sha" must be a hex commit id');
  if (typeof o.configHash !== "string" || !/^[0-9a-f]{1,64}$/.test(o.configHash)) fail('"configHash" must be hex');
  if (typeof o.createdAt !== "string" || Number.isNaN(Date.parse(o.createdAt))) fail('"createdAt" must be an ISO date');
  if (o.toolVersion !== void 0 && (typeof o.toolVersion !== "string" || o.toolVersion.length > 100))
    fail('"toolVersion" must be a short string');
  if (!FORMATS.includes(o.format)) fail(`"format" must be one of ${FORMATS.join(", ")}`);
  const trend = validateTrend(o.trend ?? [], source);
  if (!Array.isArray(o.files)) return fail('"files" must be an array');
  const files = /* @__PURE__ */ new Map();
  o.files.forEach((raw2, i) => {
    const bad = (what) => fail(`file ${i}: ${what}`);
    if (typeof raw2 !== "object" || raw2 === null) return bad("must be an object");
    const f = raw2;
    const path2 = f.p;
    if (typeof path2 !== "string" || path2.length === 0 || path2.length > 4096 || path2.includes("\0"))
      return bad('"p" must be a non-empty path');
    if (files.has(path2)) bad(`duplicate path ${JSON.stringify(path2.slice(0, 200))}`);
    const lines = /* @__PURE__ */ new Map();
    const l = counts(f.l, 2, () => bad('"l" must be [line, hits, \u2026] with non-negative integers'));
    for (let k = 0; k < l.length; k += 2) {
      const n = l[k];
      if (n < 1) bad(`line number ${n} is not \u2265 1`);
      lines.set(n, { hits: l[k + 1] });
    }
    if (f.b !== void 0) {
      const b = counts(f.b, 3, () => bad('"b" must be [line, covered, total, \u2026] with non-negative integers'));
      for (let k = 0; k < b.length; k += 3) {
        const line = lines.get(b[k]);
        const covered = b[k + 1];
        const total = b[k + 2];
        if (!line || covered > total) bad(`branch entry for line ${b[k]} is inconsistent`);
        line.branches = { covered, total };
      }
    }
    if (f.pl !== void 0) {
      for (const n of counts(f.pl, 1, () => bad('"pl" must be a list of line numbers'))) {
        const line = lines.get(n);
        if (!line) bad(`partial line ${n} has no hits entry`);
        line.partial = true;
      }
    }
    const file = { path: path2, lines };
    if (f.fn !== void 0) {
      const fn = counts(f.fn, 2, () => bad('"fn" must be [covered, total]'));
      if (fn.length !== 2 || fn[0] > fn[1]) bad('"fn" must be [covered, total]');
      file.functions = { covered: fn[0], total: fn[1] };
    }
    if (f.ub !== void 0) {
      const ub = counts(f.ub, 2, () => bad('"ub" must be [covered, total]'));
      if (ub.length !== 2 || ub[0] > ub[1]) bad('"ub" must be [covered, total]');
      file.unattachedBranches = { covered: ub[0], total: ub[1] };
    }
    if (f.sl !== void 0) {
      const sl = counts(f.sl, 2, () => bad('"sl" must be [covered, total]'));
      if (sl.length !== 2 || sl[0] > sl[1]) bad('"sl" must be [covered, total]');
      file.statedLines = { covered: sl[0], total: sl[1] };
    }
    files.set(path2, file);
  });
  const meta = {
    sha: o.sha,
    configHash: o.configHash,
    createdAt: o.createdAt,
    ...o.toolVersion !== void 0 ? { toolVersion: o.toolVersion } : {}
  };
  const notices = [];
  if (opts.expectedConfigHash !== void 0 && opts.expectedConfigHash !== meta.configHash) {
    notices.push(
      `the baseline from ${meta.sha.slice(0, 7)} was made with different coverage options or parser version (config ${meta.configHash} \u2260 ${opts.expectedConfigHash}); the project delta may not be comparable`
    );
  }
  return { meta, report: { format: o.format, source, files }, trend, notices };
}
function counts(v, stride, bad) {
  if (!Array.isArray(v) || v.length % stride !== 0) return bad();
  for (const n of v) if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0) bad();
  return v;
}
function canonicalJson(v) {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  if (v && typeof v === "object") {
    const entries2 = Object.entries(v).filter(([, x]) => x !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries2.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(",")}}`;
  }
  return JSON.stringify(v) ?? "null";
}
var BASELINE_SCHEMA, BASELINE_VERSION, PARSER_VERSION, FORMATS;
var init_baseline_format = __esm({
  "src/coverage/baseline-format.ts"() {
    "use strict";
    init_errors();
    init_history();
    BASELINE_SCHEMA = "quality-gates/coverage-baseline";
    BASELINE_VERSION = 1;
    PARSER_VERSION = 2;
    FORMATS = ["lcov", "istanbul", "cobertura", "jacoco", "clover", "go"];
  }
});

// src/coverage/filter.ts
function pathMatcher(filter) {
  const opts = { dot: true };
  const inc = filter.include.length ? (0, import_picomatch3.default)(filter.include, opts) : () => true;
  const exc = filter.exclude.length ? (0, import_picomatch3.default)(filter.exclude, opts) : () => false;
  return (path2) => inc(path2) && !exc(path2);
}
function filterReport(report2, filter) {
  if (filter.include.length === 0 && filter.exclude.length === 0) return report2;
  const keep = pathMatcher(filter);
  const files = new Map([...report2.files].filter(([path2]) => keep(path2)));
  const { producerTotals: _dropped, ...rest } = report2;
  return { ...rest, files };
}
function showGlobs(globs) {
  const shown = globs.slice(0, 3).map((g) => `'${g.slice(0, 80)}'`);
  return shown.join(", ") + (globs.length > 3 ? ` and ${globs.length - 3} more` : "");
}
function nothingLeft(report2, filtered, filter, reportCount, label) {
  const total = report2.files.size;
  if (filtered.files.size > 0 || total === 0) return void 0;
  if (filter.include.length === 0 && filter.exclude.length === 0) return void 0;
  const where = `the ${total} file${total === 1 ? "" : "s"} in the ${reportCount > 1 ? `${reportCount} reports` : "report"}`;
  const inc = filter.include.length ? (0, import_picomatch3.default)(filter.include, { dot: true }) : void 0;
  const included = inc ? [...report2.files.keys()].filter((p) => inc(p)).length : total;
  if (included === 0) {
    return `${label("include")} ${showGlobs(filter.include)} matched none of ${where}: nothing to measure (neutral)`;
  }
  const which = inc ? `the ${included} file${included === 1 ? "" : "s"} ${label("include")} kept` : where;
  return `${label("exclude")} ${showGlobs(filter.exclude)} left out all of ${which}: nothing to measure (neutral)`;
}
function unmatchedIncludes(report2, filter) {
  if (filter.include.length < 2) return [];
  const paths = [...report2.files.keys()];
  return filter.include.filter((glob2) => {
    const match = (0, import_picomatch3.default)(glob2, { dot: true });
    return !paths.some((p) => match(p));
  });
}
var import_picomatch3;
var init_filter = __esm({
  "src/coverage/filter.ts"() {
    "use strict";
    import_picomatch3 = __toESM(require_picomatch2(), 1);
  }
});

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename as basename2, dirname as dirname4, normalize, relative as relative2, resolve as resolve4, sep } from "path";
import * as nativeFs from "fs";
function cleanPath(path2) {
  let normalized = normalize(path2);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
function convertSlashes(path2, separator) {
  return path2.replace(SLASHES_REGEX, separator);
}
function isRootDirectory(path2) {
  return path2 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path2);
}
function normalizePath(path2, options2) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options2;
  const pathNeedsCleaning = process.platform === "win32" && path2.includes("/") || path2.startsWith(".");
  if (resolvePaths) path2 = resolve4(path2);
  if (normalizePath$1 || pathNeedsCleaning) path2 = cleanPath(path2);
  if (path2 === ".") return "";
  const needsSeperator = path2[path2.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path2 + pathSeparator : path2, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options2) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative2(root, directoryPath), options2.pathSeparator) + options2.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options2) {
  const { relativePaths, includeBasePath } = options2;
  return relativePaths && root ? joinPathWithRelativePath(root, options2) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
function build$6(root, options2) {
  const { includeDirs, filters, relativePaths } = options2;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
function build$5(options2) {
  const { excludeFiles, filters, onlyCounts } = options2;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
function build$4(options2) {
  return options2.group ? getArrayGroup : getArray;
}
function build$3(options2) {
  return options2.group ? groupFiles : empty;
}
function build$2(options2, isSynchronous) {
  if (!options2.resolveSymlinks || options2.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path2, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname4(path2);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname4(parent);
  }
  state.symlinks.set(path2, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options2, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options2;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
function promise(root, options2) {
  return new Promise((resolve$1, reject) => {
    callback(root, options2, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options2, callback$1) {
  let walker = new Walker(root, options2, callback$1);
  walker.start();
}
function sync(root, options2) {
  const walker = new Walker(root, options2);
  return walker.start();
}
var __require2, SLASHES_REGEX, WINDOWS_ROOT_DIR_REGEX, pushDirectory, pushDirectoryFilter, empty$2, pushFileFilterAndCount, pushFileFilter, pushFileCount, pushFile, empty$1, getArray, getArrayGroup, groupFiles, empty, resolveSymlinksAsync, resolveSymlinks, onlyCountsSync, groupsSync, defaultSync, limitFilesSync, onlyCountsAsync, defaultAsync, limitFilesAsync, groupsAsync, readdirOpts, walkAsync, walkSync, Queue, Counter, Aborter, Walker, APIBuilder, pm, Builder;
var init_dist = __esm({
  "node_modules/fdir/dist/index.mjs"() {
    __require2 = /* @__PURE__ */ createRequire(import.meta.url);
    SLASHES_REGEX = /[\\/]/g;
    WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
    pushDirectory = (directoryPath, paths) => {
      paths.push(directoryPath || ".");
    };
    pushDirectoryFilter = (directoryPath, paths, filters) => {
      const path2 = directoryPath || ".";
      if (filters.every((filter) => filter(path2, true))) paths.push(path2);
    };
    empty$2 = () => {
    };
    pushFileFilterAndCount = (filename, _paths, counts2, filters) => {
      if (filters.every((filter) => filter(filename, false))) counts2.files++;
    };
    pushFileFilter = (filename, paths, _counts, filters) => {
      if (filters.every((filter) => filter(filename, false))) paths.push(filename);
    };
    pushFileCount = (_filename, _paths, counts2, _filters) => {
      counts2.files++;
    };
    pushFile = (filename, paths) => {
      paths.push(filename);
    };
    empty$1 = () => {
    };
    getArray = (paths) => {
      return paths;
    };
    getArrayGroup = () => {
      return [""].slice(0, 0);
    };
    groupFiles = (groups, directory, files) => {
      groups.push({
        directory,
        files,
        dir: directory
      });
    };
    empty = () => {
    };
    resolveSymlinksAsync = function(path2, state, callback$1) {
      const { queue, fs, options: { suppressErrors } } = state;
      queue.enqueue();
      fs.realpath(path2, (error, resolvedPath) => {
        if (error) return queue.dequeue(suppressErrors ? null : error, state);
        fs.stat(resolvedPath, (error$1, stat6) => {
          if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
          if (stat6.isDirectory() && isRecursive(path2, resolvedPath, state)) return queue.dequeue(null, state);
          callback$1(stat6, resolvedPath);
          queue.dequeue(null, state);
        });
      });
    };
    resolveSymlinks = function(path2, state, callback$1) {
      const { queue, fs, options: { suppressErrors } } = state;
      queue.enqueue();
      try {
        const resolvedPath = fs.realpathSync(path2);
        const stat6 = fs.statSync(resolvedPath);
        if (stat6.isDirectory() && isRecursive(path2, resolvedPath, state)) return;
        callback$1(stat6, resolvedPath);
      } catch (e) {
        if (!suppressErrors) throw e;
      }
    };
    onlyCountsSync = (state) => {
      return state.counts;
    };
    groupsSync = (state) => {
      return state.groups;
    };
    defaultSync = (state) => {
      return state.paths;
    };
    limitFilesSync = (state) => {
      return state.paths.slice(0, state.options.maxFiles);
    };
    onlyCountsAsync = (state, error, callback$1) => {
      report(error, callback$1, state.counts, state.options.suppressErrors);
      return null;
    };
    defaultAsync = (state, error, callback$1) => {
      report(error, callback$1, state.paths, state.options.suppressErrors);
      return null;
    };
    limitFilesAsync = (state, error, callback$1) => {
      report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
      return null;
    };
    groupsAsync = (state, error, callback$1) => {
      report(error, callback$1, state.groups, state.options.suppressErrors);
      return null;
    };
    readdirOpts = { withFileTypes: true };
    walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
      state.queue.enqueue();
      if (currentDepth < 0) return state.queue.dequeue(null, state);
      const { fs } = state;
      state.visited.push(crawlPath);
      state.counts.directories++;
      fs.readdir(crawlPath || ".", readdirOpts, (error, entries2 = []) => {
        callback$1(entries2, directoryPath, currentDepth);
        state.queue.dequeue(state.options.suppressErrors ? null : error, state);
      });
    };
    walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
      const { fs } = state;
      if (currentDepth < 0) return;
      state.visited.push(crawlPath);
      state.counts.directories++;
      let entries2 = [];
      try {
        entries2 = fs.readdirSync(crawlPath || ".", readdirOpts);
      } catch (e) {
        if (!state.options.suppressErrors) throw e;
      }
      callback$1(entries2, directoryPath, currentDepth);
    };
    Queue = class {
      count = 0;
      constructor(onQueueEmpty) {
        this.onQueueEmpty = onQueueEmpty;
      }
      enqueue() {
        this.count++;
        return this.count;
      }
      dequeue(error, output) {
        if (this.onQueueEmpty && (--this.count <= 0 || error)) {
          this.onQueueEmpty(error, output);
          if (error) {
            output.controller.abort();
            this.onQueueEmpty = void 0;
          }
        }
      }
    };
    Counter = class {
      _files = 0;
      _directories = 0;
      set files(num2) {
        this._files = num2;
      }
      get files() {
        return this._files;
      }
      set directories(num2) {
        this._directories = num2;
      }
      get directories() {
        return this._directories;
      }
      /**
      * @deprecated use `directories` instead
      */
      /* c8 ignore next 3 */
      get dirs() {
        return this._directories;
      }
    };
    Aborter = class {
      aborted = false;
      abort() {
        this.aborted = true;
      }
    };
    Walker = class {
      root;
      isSynchronous;
      state;
      joinPath;
      pushDirectory;
      pushFile;
      getArray;
      groupFiles;
      resolveSymlink;
      walkDirectory;
      callbackInvoker;
      constructor(root, options2, callback$1) {
        this.isSynchronous = !callback$1;
        this.callbackInvoker = build$1(options2, this.isSynchronous);
        this.root = normalizePath(root, options2);
        this.state = {
          root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
          paths: [""].slice(0, 0),
          groups: [],
          counts: new Counter(),
          options: options2,
          queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
          symlinks: /* @__PURE__ */ new Map(),
          visited: [""].slice(0, 0),
          controller: new Aborter(),
          fs: options2.fs || nativeFs
        };
        this.joinPath = build$7(this.root, options2);
        this.pushDirectory = build$6(this.root, options2);
        this.pushFile = build$5(options2);
        this.getArray = build$4(options2);
        this.groupFiles = build$3(options2);
        this.resolveSymlink = build$2(options2, this.isSynchronous);
        this.walkDirectory = build(this.isSynchronous);
      }
      start() {
        this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
        this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
        return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
      }
      walk = (entries2, directoryPath, depth) => {
        const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
        if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
        const files = this.getArray(this.state.paths);
        for (let i = 0; i < entries2.length; ++i) {
          const entry = entries2[i];
          if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
            const filename = this.joinPath(entry.name, directoryPath);
            this.pushFile(filename, files, this.state.counts, filters);
          } else if (entry.isDirectory()) {
            let path2 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
            if (exclude && exclude(entry.name, path2)) continue;
            this.pushDirectory(path2, paths, filters);
            this.walkDirectory(this.state, path2, path2, depth - 1, this.walk);
          } else if (this.resolveSymlink && entry.isSymbolicLink()) {
            let path2 = joinPathWithBasePath(entry.name, directoryPath);
            this.resolveSymlink(path2, this.state, (stat6, resolvedPath) => {
              if (stat6.isDirectory()) {
                resolvedPath = normalizePath(resolvedPath, this.state.options);
                if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path2 + pathSeparator)) return;
                this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path2 + pathSeparator, depth - 1, this.walk);
              } else {
                resolvedPath = useRealPaths ? resolvedPath : path2;
                const filename = basename2(resolvedPath);
                const directoryPath$1 = normalizePath(dirname4(resolvedPath), this.state.options);
                resolvedPath = this.joinPath(filename, directoryPath$1);
                this.pushFile(resolvedPath, files, this.state.counts, filters);
              }
            });
          }
        }
        this.groupFiles(this.state.groups, directoryPath, files);
      };
    };
    APIBuilder = class {
      constructor(root, options2) {
        this.root = root;
        this.options = options2;
      }
      withPromise() {
        return promise(this.root, this.options);
      }
      withCallback(cb) {
        callback(this.root, this.options, cb);
      }
      sync() {
        return sync(this.root, this.options);
      }
    };
    pm = null;
    try {
      __require2.resolve("picomatch");
      pm = __require2("picomatch");
    } catch {
    }
    Builder = class {
      globCache = {};
      options = {
        maxDepth: Infinity,
        suppressErrors: true,
        pathSeparator: sep,
        filters: []
      };
      globFunction;
      constructor(options2) {
        this.options = {
          ...this.options,
          ...options2
        };
        this.globFunction = this.options.globFunction;
      }
      group() {
        this.options.group = true;
        return this;
      }
      withPathSeparator(separator) {
        this.options.pathSeparator = separator;
        return this;
      }
      withBasePath() {
        this.options.includeBasePath = true;
        return this;
      }
      withRelativePaths() {
        this.options.relativePaths = true;
        return this;
      }
      withDirs() {
        this.options.includeDirs = true;
        return this;
      }
      withMaxDepth(depth) {
        this.options.maxDepth = depth;
        return this;
      }
      withMaxFiles(limit) {
        this.options.maxFiles = limit;
        return this;
      }
      withFullPaths() {
        this.options.resolvePaths = true;
        this.options.includeBasePath = true;
        return this;
      }
      withErrors() {
        this.options.suppressErrors = false;
        return this;
      }
      withSymlinks({ resolvePaths = true } = {}) {
        this.options.resolveSymlinks = true;
        this.options.useRealPaths = resolvePaths;
        return this.withFullPaths();
      }
      withAbortSignal(signal) {
        this.options.signal = signal;
        return this;
      }
      normalize() {
        this.options.normalizePath = true;
        return this;
      }
      filter(predicate) {
        this.options.filters.push(predicate);
        return this;
      }
      onlyDirs() {
        this.options.excludeFiles = true;
        this.options.includeDirs = true;
        return this;
      }
      exclude(predicate) {
        this.options.exclude = predicate;
        return this;
      }
      onlyCounts() {
        this.options.onlyCounts = true;
        return this;
      }
      crawl(root) {
        return new APIBuilder(root || ".", this.options);
      }
      withGlobFunction(fn) {
        this.globFunction = fn;
        return this;
      }
      /**
      * @deprecated Pass options using the constructor instead:
      * ```ts
      * new fdir(options).crawl("/path/to/root");
      * ```
      * This method will be removed in v7.0
      */
      /* c8 ignore next 4 */
      crawlWithOptions(root, options2) {
        this.options = {
          ...this.options,
          ...options2
        };
        return new APIBuilder(root || ".", this.options);
      }
      glob(...patterns) {
        if (this.globFunction) return this.globWithOptions(patterns);
        return this.globWithOptions(patterns, ...[{ dot: true }]);
      }
      globWithOptions(patterns, ...options2) {
        const globFn = this.globFunction || pm;
        if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
        var isMatch = this.globCache[patterns.join("\0")];
        if (!isMatch) {
          isMatch = globFn(patterns, ...options2);
          this.globCache[patterns.join("\0")] = isMatch;
        }
        this.options.filters.push((path2) => isMatch(path2));
        return this;
      }
    };
  }
});

// node_modules/tinyglobby/dist/index.mjs
import { readdir as readdir2, readdirSync, realpath, realpathSync, stat as stat3, statSync } from "fs";
import { isAbsolute as isAbsolute2, posix, resolve as resolve5 } from "path";
import { fileURLToPath } from "url";
function getPartialMatcher(patterns, options2 = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch4.default)(parts[j], options2);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options2.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path2) {
  return path2.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
function splitPattern(path2) {
  var _result$parts;
  const result = import_picomatch4.default.scan(path2, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path2];
}
function isDynamicPattern(pattern, options2) {
  if ((options2 === null || options2 === void 0 ? void 0 : options2.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch4.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute2(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options2, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options2.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options2, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options2, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options2, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options2, patterns) {
  const cwd = options2.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options2, patterns, props);
  if (options2.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options2;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options2.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options2.extglob === false,
    noglobstar: options2.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch4.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch4.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options2.deep !== void 0) maxDepth = Math.round(options2.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path2 = format(p, isDirectory);
      const matches = matcher(path2) && !ignore(path2);
      if (matches) log(`matched ${path2}`);
      return matches;
    } : (p, isDirectory) => {
      const path2 = format(p, isDirectory);
      return matcher(path2) && !ignore(path2);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options2.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options2.onlyFiles,
    maxDepth,
    signal: options2.signal
  }).crawl(root);
  if (options2.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
function getOptions(options2) {
  const opts = Object.assign({}, options2);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve5(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir2,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat3,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options2 = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options2, patterns) : [];
}
async function glob(globInput, options2) {
  const [crawler, relative5] = getCrawler(globInput, options2);
  return crawler ? formatPaths(await crawler.withPromise(), relative5) : [];
}
var import_picomatch4, isReadonlyArray, BACKSLASHES, DRIVE_RELATIVE_PATH, isWin, ONLY_PARENT_DIRECTORIES, WIN32_ROOT_DIR, isRoot, splitPatternOptions, POSIX_UNESCAPED_GLOB_SYMBOLS, WIN32_UNESCAPED_GLOB_SYMBOLS, escapePosixPath, escapeWin32Path, escapePath, PARENT_DIRECTORY, ESCAPING_BACKSLASHES, defaultOptions;
var init_dist2 = __esm({
  "node_modules/tinyglobby/dist/index.mjs"() {
    init_dist();
    import_picomatch4 = __toESM(require_picomatch2(), 1);
    isReadonlyArray = Array.isArray;
    BACKSLASHES = /\\/g;
    DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
    isWin = process.platform === "win32";
    ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
    WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
    isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
    splitPatternOptions = { parts: true };
    POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
    WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
    escapePosixPath = (path2) => path2.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
    escapeWin32Path = (path2) => path2.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
    escapePath = isWin ? escapeWin32Path : escapePosixPath;
    PARENT_DIRECTORY = /^(\/?\.\.)+/;
    ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
    defaultOptions = {
      caseSensitiveMatch: true,
      debug: !!process.env.TINYGLOBBY_DEBUG,
      expandDirectories: true,
      followSymbolicLinks: true,
      onlyFiles: true
    };
  }
});

// src/coverage/model.ts
function clampHits(n) {
  return n > MAX_HITS ? MAX_HITS : n;
}
var MAX_HITS;
var init_model = __esm({
  "src/coverage/model.ts"() {
    "use strict";
    MAX_HITS = Number.MAX_SAFE_INTEGER;
  }
});

// src/coverage/parse/linemap.ts
function plainRecord(hits) {
  return hits < SHARED_MAX && hits >= 0 && Number.isInteger(hits) ? shared[hits] : Object.freeze({ hits });
}
function smallInt(n) {
  return Number.isInteger(n) && n >= 0 && n <= BRANCH_MAX;
}
function dense(line) {
  return Number.isInteger(line) && line >= 0 && line < MAX_DENSE;
}
var ABSENT, IN_SPARSE, IN_BRANCH, BRANCH_ENTRY, BRANCH_MAX, MAX_DENSE, SHARED_MAX, shared, EMPTY2, NO_RECORDS, INT_MAX, SLAB_INTS, SLAB_MAX_INTS, Int32Slabs, slabs, LineMap;
var init_linemap = __esm({
  "src/coverage/parse/linemap.ts"() {
    "use strict";
    ABSENT = -1;
    IN_SPARSE = -2;
    IN_BRANCH = -3;
    BRANCH_ENTRY = 4;
    BRANCH_MAX = 2 ** 30 - 1;
    MAX_DENSE = 1 << 22;
    SHARED_MAX = 4096;
    shared = [];
    for (let h = 0; h < SHARED_MAX; h++) shared.push(Object.freeze({ hits: h }));
    EMPTY2 = new Int32Array(0);
    NO_RECORDS = /* @__PURE__ */ new Map();
    INT_MAX = 2147483647;
    SLAB_INTS = 1 << 18;
    SLAB_MAX_INTS = 4096;
    Int32Slabs = class {
      slab = new Int32Array(0);
      used = 0;
      /** Room for n ints (zeroed): a region of the current slab for small n, else an array of its own. */
      alloc(n) {
        if (n > SLAB_MAX_INTS) return { array: new Int32Array(n), offset: 0 };
        if (this.used + n > this.slab.length) {
          this.slab = new Int32Array(SLAB_INTS);
          this.used = 0;
        }
        const region = { array: this.slab, offset: this.used };
        this.used += n;
        return region;
      }
    };
    slabs = new Int32Slabs();
    LineMap = class {
      /**
       * Hit counts by line, for plain records: line L at lineHits[lineHitsOffset + L], for L < lineHitsLength
       * (ABSENT = no record; IN_SPARSE / IN_BRANCH = the record is kept elsewhere).
       */
      lineHits = EMPTY2;
      lineHitsOffset = 0;
      lineHitsLength = 0;
      count = 0;
      maxLine = -1;
      /**
       * Branch records of dense lines, sorted by line: [line, hits, covered, total] per entry (BRANCH_ENTRY
       * ints), at branchTable[branchOffset…]; room for branchCapacity ints, branchCount entries used.
       */
      branchTable = EMPTY2;
      branchOffset = 0;
      branchCapacity = 0;
      branchCount = 0;
      /**
       * Scratch for a parser filling this map (the LCOV parser keeps the index of the file's first block
       * here, which is cheaper than a Map keyed by file objects); -1 when unused.
       */
      parserTag = -1;
      /** Records not held in the typed arrays (other flags, big counts, out-of-range lines); made on first use. */
      sparse;
      /**
       * Plain dense records (lines, lines with hits > 0) as adoptSorted/adoptDense counted them, so `tally`
       * need not loop over them; plainLines -1 = not known (any later change).
       */
      plainLines = -1;
      plainCovered = 0;
      constructor(entries2) {
        if (entries2 != null) for (const [k, v] of entries2) this.set(k, v);
      }
      grow(line) {
        let cap = Math.max(64, this.lineHitsLength * 2);
        while (cap <= line) cap *= 2;
        cap = Math.min(cap, MAX_DENSE);
        const next = this.lineHits instanceof Int32Array ? new Int32Array(cap) : new Float64Array(cap);
        next.set(this.lineHits.subarray(this.lineHitsOffset, this.lineHitsOffset + this.lineHitsLength));
        next.fill(ABSENT, this.lineHitsLength);
        this.lineHits = next;
        this.lineHitsOffset = 0;
        this.lineHitsLength = cap;
      }
      /** Hit-count store for lines 0…max from the shared slabs (Int32) or of its own (Float64). */
      place(max, big) {
        if (big) {
          this.lineHits = new Float64Array(max + 1);
          this.lineHitsOffset = 0;
        } else {
          const region = slabs.alloc(max + 1);
          this.lineHits = region.array;
          this.lineHitsOffset = region.offset;
        }
        this.lineHitsLength = max + 1;
      }
      /**
       * Parser fast path for an EMPTY map: take `n` plain records (strictly increasing line numbers in
       * `lines`, hit counts in `hits`) with one exactly-sized allocation.
       */
      adoptSorted(lines, hits, n) {
        if (this.count !== 0 || n === 0) {
          for (let k = 0; k < n; k++) this.setHits(lines[k], hits[k]);
          return;
        }
        const max = lines[n - 1];
        if (!dense(max)) {
          for (let k = 0; k < n; k++) this.setHits(lines[k], hits[k]);
          return;
        }
        let big = false;
        let covered = 0;
        for (let k = 0; k < n; k++) {
          const v = hits[k];
          if (v > INT_MAX) big = true;
          if (v > 0) covered++;
        }
        this.place(max, big);
        const store = this.lineHits;
        const off = this.lineHitsOffset;
        if (max + 1 === n + 1) store[off] = ABSENT;
        else store.fill(ABSENT, off, off + max + 1);
        for (let k = 0; k < n; k++) store[off + lines[k]] = hits[k];
        this.count = n;
        this.maxLine = max;
        this.plainLines = n;
        this.plainCovered = covered;
      }
      /**
       * Parser fast path: take the records of `d[1…max]` (hit counts, -1 = no record; `n` records, `covered`
       * of them with hits > 0). An EMPTY map copies them with one allocation; otherwise they are set one by one.
       */
      adoptDense(d, max, n, covered) {
        if (this.count !== 0 || !dense(max)) {
          for (let i = 1; i <= max; i++) {
            const v = d[i];
            if (v >= 0) this.setHits(i, v);
          }
          return;
        }
        this.place(max, false);
        this.lineHits.set(d.subarray(0, max + 1), this.lineHitsOffset);
        this.count = n;
        this.maxLine = max;
        this.plainLines = n;
        this.plainCovered = covered;
      }
      /** Int32 storage cannot hold this count: switch to Float64 (exact integers up to 2^53). */
      widen() {
        const next = new Float64Array(this.lineHitsLength);
        next.set(this.lineHits.subarray(this.lineHitsOffset, this.lineHitsOffset + this.lineHitsLength));
        this.lineHits = next;
        this.lineHitsOffset = 0;
      }
      /** Fast path for parsers: store a plain record (no branches, not partial) with an integer hit count. */
      setHits(line, hits) {
        this.plainLines = -1;
        if (hits > INT_MAX && this.lineHits instanceof Int32Array) this.widen();
        if (line >= this.lineHitsLength || !(hits >= 0) || !dense(line)) {
          this.set(line, plainRecord(hits));
          return;
        }
        const store = this.lineHits;
        const at2 = this.lineHitsOffset + line;
        const prev = store[at2];
        if (prev === ABSENT) this.count++;
        else if (prev === IN_SPARSE) this.sparse?.delete(line);
        else if (prev === IN_BRANCH) this.branchRemove(line);
        store[at2] = hits;
        if (line > this.maxLine) this.maxLine = line;
      }
      /**
       * Give the existing record of `line` these branch outcomes (replacing any it had; hits kept). Returns
       * false, changing nothing, when the map has no record for the line.
       */
      setBranches(line, covered, total) {
        const v = dense(line) && line < this.lineHitsLength ? this.lineHits[this.lineHitsOffset + line] : void 0;
        if (v !== void 0 && v >= 0 && smallInt(v) && smallInt(covered) && smallInt(total)) {
          this.branchPut(line, v, covered, total);
          this.lineHits[this.lineHitsOffset + line] = IN_BRANCH;
          if (this.plainLines >= 0) {
            this.plainLines--;
            if (v > 0) this.plainCovered--;
          }
          return true;
        }
        const prev = this.get(line);
        if (prev === void 0) return false;
        const rec3 = { hits: prev.hits, branches: Object.freeze({ covered, total }) };
        if (prev.partial === true) rec3.partial = true;
        this.set(line, Object.freeze(rec3));
        return true;
      }
      /** Remove the branch outcomes of every record (hits and partial flags kept). */
      dropBranches() {
        this.plainLines = -1;
        const table2 = this.branchTable;
        for (let k = this.branchOffset, end = this.branchOffset + this.branchCount * BRANCH_ENTRY; k < end; k += BRANCH_ENTRY) {
          ;
          this.lineHits[this.lineHitsOffset + table2[k]] = table2[k + 1];
        }
        this.branchTable = EMPTY2;
        this.branchOffset = 0;
        this.branchCapacity = 0;
        this.branchCount = 0;
        for (const [line, rec3] of (this.sparse ?? NO_RECORDS).entries()) {
          if (rec3.branches === void 0) continue;
          if (rec3.partial === true) this.sparseMap().set(line, Object.freeze({ hits: rec3.hits, partial: true }));
          else if (dense(line) && rec3.hits >= 0 && Number.isInteger(rec3.hits)) {
            this.sparse?.delete(line);
            if (rec3.hits > INT_MAX && this.lineHits instanceof Int32Array) this.widen();
            this.lineHits[this.lineHitsOffset + line] = rec3.hits;
          } else this.sparseMap().set(line, plainRecord(rec3.hits));
        }
      }
      /** Index of `line` in the branch table, or -(insertion point) - 1. */
      branchIndex(line) {
        const table2 = this.branchTable;
        const base = this.branchOffset;
        let lo = 0;
        let hi = this.branchCount - 1;
        if (hi >= 0 && table2[base + hi * BRANCH_ENTRY] < line) return -(hi + 1) - 1;
        while (lo <= hi) {
          const mid = lo + hi >> 1;
          const v = table2[base + mid * BRANCH_ENTRY];
          if (v < line) lo = mid + 1;
          else if (v > line) hi = mid - 1;
          else return mid;
        }
        return -lo - 1;
      }
      branchPut(line, hits, covered, total) {
        let i = this.branchIndex(line);
        if (i < 0) {
          i = -i - 1;
          if ((this.branchCount + 1) * BRANCH_ENTRY > this.branchCapacity) {
            const cap = Math.max(32, this.branchCapacity * 2);
            const region = slabs.alloc(cap);
            region.array.set(this.branchTable.subarray(this.branchOffset, this.branchOffset + this.branchCount * BRANCH_ENTRY), region.offset);
            this.branchTable = region.array;
            this.branchOffset = region.offset;
            this.branchCapacity = cap;
          }
          const base = this.branchOffset;
          if (i < this.branchCount) this.branchTable.copyWithin(base + (i + 1) * BRANCH_ENTRY, base + i * BRANCH_ENTRY, base + this.branchCount * BRANCH_ENTRY);
          this.branchCount++;
        }
        const table2 = this.branchTable;
        const k = this.branchOffset + i * BRANCH_ENTRY;
        table2[k] = line;
        table2[k + 1] = hits;
        table2[k + 2] = covered;
        table2[k + 3] = total;
      }
      branchRemove(line) {
        const i = this.branchIndex(line);
        if (i < 0) return;
        const base = this.branchOffset;
        this.branchTable.copyWithin(base + i * BRANCH_ENTRY, base + (i + 1) * BRANCH_ENTRY, base + this.branchCount * BRANCH_ENTRY);
        this.branchCount--;
      }
      branchRecord(i) {
        const table2 = this.branchTable;
        const k = this.branchOffset + i * BRANCH_ENTRY;
        return Object.freeze({
          hits: table2[k + 1],
          branches: Object.freeze({ covered: table2[k + 2], total: table2[k + 3] })
        });
      }
      get size() {
        return this.count;
      }
      get [Symbol.toStringTag]() {
        return "Map";
      }
      sparseMap() {
        return this.sparse ??= /* @__PURE__ */ new Map();
      }
      get(line) {
        if (!dense(line)) return this.sparse?.get(line);
        if (line >= this.lineHitsLength) return void 0;
        const v = this.lineHits[this.lineHitsOffset + line];
        if (v === ABSENT) return void 0;
        if (v === IN_SPARSE) return this.sparse?.get(line);
        if (v === IN_BRANCH) return this.branchRecord(this.branchIndex(line));
        return v < SHARED_MAX ? shared[v] : Object.freeze({ hits: v });
      }
      has(line) {
        if (!dense(line)) return this.sparse !== void 0 && this.sparse.has(line);
        return line < this.lineHitsLength && this.lineHits[this.lineHitsOffset + line] !== ABSENT;
      }
      set(line, rec3) {
        this.plainLines = -1;
        if (!dense(line)) {
          if (!(this.sparse !== void 0 && this.sparse.has(line))) this.count++;
          this.sparseMap().set(line, rec3);
          return this;
        }
        if (line >= this.lineHitsLength) this.grow(line);
        if (rec3.hits > INT_MAX && this.lineHits instanceof Int32Array) this.widen();
        const store = this.lineHits;
        const at2 = this.lineHitsOffset + line;
        const prev = store[at2];
        if (prev === ABSENT) this.count++;
        const plain = rec3.branches === void 0 && rec3.partial !== true && rec3.hits >= 0 && Number.isInteger(rec3.hits);
        const br = rec3.branches;
        if (plain) {
          if (prev === IN_SPARSE) this.sparse?.delete(line);
          else if (prev === IN_BRANCH) this.branchRemove(line);
          store[at2] = rec3.hits;
        } else if (br !== void 0 && rec3.partial === void 0 && smallInt(rec3.hits) && smallInt(br.covered) && smallInt(br.total)) {
          if (prev === IN_SPARSE) this.sparse?.delete(line);
          this.branchPut(line, rec3.hits, br.covered, br.total);
          store[at2] = IN_BRANCH;
        } else {
          if (prev === IN_BRANCH) this.branchRemove(line);
          this.sparseMap().set(line, rec3);
          store[at2] = IN_SPARSE;
        }
        if (line > this.maxLine) this.maxLine = line;
        return this;
      }
      delete(line) {
        this.plainLines = -1;
        if (!dense(line)) {
          const had = this.sparse !== void 0 && this.sparse.delete(line);
          if (had) this.count--;
          return had;
        }
        if (line >= this.lineHitsLength) return false;
        const v = this.lineHits[this.lineHitsOffset + line];
        if (v === ABSENT) return false;
        if (v === IN_SPARSE) this.sparse?.delete(line);
        else if (v === IN_BRANCH) this.branchRemove(line);
        this.lineHits[this.lineHitsOffset + line] = ABSENT;
        this.count--;
        return true;
      }
      clear() {
        this.plainLines = -1;
        this.sparse = void 0;
        this.lineHits = EMPTY2;
        this.lineHitsOffset = 0;
        this.lineHitsLength = 0;
        this.count = 0;
        this.maxLine = -1;
        this.branchTable = EMPTY2;
        this.branchOffset = 0;
        this.branchCapacity = 0;
        this.branchCount = 0;
      }
      forEach(cb, thisArg) {
        for (const [k, v] of this.entries()) cb.call(thisArg, v, k, this);
      }
      /**
       * Line and branch tallies in one plain loop (no iterator over records, no record objects): `lines` =
       * coverable lines, `covered` = lines with hits > 0, branch outcomes summed from records that carry
       * branches. Fills `out` (callers reuse one; plain number fields, not a typed array, so the counts stay
       * small integers for the objects built from them) and returns it.
       */
      tally(out = { lines: 0, covered: 0, branches: 0, branchesCovered: 0 }) {
        const store = this.lineHits;
        const off = this.lineHitsOffset;
        const max = this.maxLine;
        let lt = 0;
        let lc = 0;
        let bt = 0;
        let bc = 0;
        if (this.plainLines >= 0) {
          lt = this.plainLines;
          lc = this.plainCovered;
        } else {
          for (let i = off; i <= off + max; i++) {
            const v = store[i];
            if (v < 0) continue;
            lt++;
            if (v > 0) lc++;
          }
        }
        const table2 = this.branchTable;
        for (let k = this.branchOffset, end = this.branchOffset + this.branchCount * BRANCH_ENTRY; k < end; k += BRANCH_ENTRY) {
          lt++;
          if (table2[k + 1] > 0) lc++;
          bc += table2[k + 2];
          bt += table2[k + 3];
        }
        if (this.sparse !== void 0) for (const rec3 of this.sparse.values()) {
          lt++;
          if (rec3.hits > 0) lc++;
          const br = rec3.branches;
          if (br !== void 0) {
            bt += br.total;
            bc += br.covered;
          }
        }
        out.lines = lt;
        out.covered = lc;
        out.branches = bt;
        out.branchesCovered = bc;
        return out;
      }
      *gen() {
        const store = this.lineHits;
        const off = this.lineHitsOffset;
        const max = this.maxLine;
        for (let i = 0; i <= max; i++) {
          const v = store[off + i];
          if (v === ABSENT) continue;
          if (v === IN_SPARSE) yield [i, this.sparse?.get(i)];
          else if (v === IN_BRANCH) yield [i, this.branchRecord(this.branchIndex(i))];
          else yield [i, v < SHARED_MAX ? shared[v] : Object.freeze({ hits: v })];
        }
        for (const [k, v] of (this.sparse ?? NO_RECORDS).entries()) if (!dense(k)) yield [k, v];
        return void 0;
      }
      entries() {
        return this.gen();
      }
      [Symbol.iterator]() {
        return this.entries();
      }
      keys() {
        const it = this.gen();
        return (function* () {
          for (const [k] of it) yield k;
        })();
      }
      *genValues() {
        const store = this.lineHits;
        const off = this.lineHitsOffset;
        const max = this.maxLine;
        for (let i = 0; i <= max; i++) {
          const v = store[off + i];
          if (v === ABSENT) continue;
          if (v === IN_SPARSE) yield this.sparse?.get(i);
          else if (v === IN_BRANCH) yield this.branchRecord(this.branchIndex(i));
          else yield v < SHARED_MAX ? shared[v] : Object.freeze({ hits: v });
        }
        for (const [k, v] of (this.sparse ?? NO_RECORDS).entries()) if (!dense(k)) yield v;
        return void 0;
      }
      values() {
        return this.genValues();
      }
    };
  }
});

// src/coverage/parse/paths.ts
import { existsSync as existsSync2, readdirSync as readdirSync2, readFileSync, statSync as statSync2 } from "node:fs";
import { posix as posix2 } from "node:path";
function listNames(dir) {
  try {
    return new Set(readdirSync2(dir));
  } catch {
    return null;
  }
}
function isAbsolutePath(p) {
  const c = p.charCodeAt(0);
  if (c === 47) return true;
  return p.charCodeAt(1) === 58 && p.charCodeAt(2) === 47 && (c >= 65 && c <= 90 || c >= 97 && c <= 122);
}
function isPlainPosix(p) {
  const n = p.length;
  if (n === 0 || p.charCodeAt(n - 1) === 47) return false;
  if (n > 1 && p.charCodeAt(1) === 58) return false;
  const c0 = p.charCodeAt(0);
  const cn = p.charCodeAt(n - 1);
  if (c0 <= 32 || c0 >= 127 || cn <= 32 || cn >= 127) return false;
  let seg = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? p.charCodeAt(i) : 47;
    if (c === 92) return false;
    if (c === 47) {
      const len = i - seg;
      if (len === 0 && i > 0) return false;
      if (len === 1 && p.charCodeAt(seg) === 46) return false;
      if (len === 2 && p.charCodeAt(seg) === 46 && p.charCodeAt(seg + 1) === 46) return false;
      seg = i + 1;
    }
  }
  return true;
}
function toPosix(raw2) {
  if (isPlainPosix(raw2)) return raw2;
  let p = raw2.trim().replace(/\\/g, "/");
  if (p.startsWith("file://")) p = p.slice(7);
  const drive = /^([A-Za-z]:)\//.exec(p);
  if (drive) return drive[1] + posix2.normalize(p.slice(2));
  if (p.startsWith("/")) return posix2.normalize(p);
  const n = posix2.normalize(p);
  return n === "." ? "" : n.replace(/^(\.\/)+/, "");
}
var SKIP_DIRS, MAX_INDEXED_FILES, RepoIndex, WIN_DRIVE, PathNormalizer;
var init_paths = __esm({
  "src/coverage/parse/paths.ts"() {
    "use strict";
    SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn", ".gradle", ".idea", ".venv", "__pycache__"]);
    MAX_INDEXED_FILES = 5e5;
    RepoIndex = class {
      constructor(root) {
        this.root = root;
      }
      root;
      files;
      byBase;
      build() {
        const files = /* @__PURE__ */ new Set();
        const byBase = /* @__PURE__ */ new Map();
        const stack = [""];
        while (stack.length > 0 && files.size < MAX_INDEXED_FILES) {
          const rel = stack.pop();
          let entries2;
          try {
            entries2 = readdirSync2(rel === "" ? this.root : `${this.root}/${rel}`, { withFileTypes: true });
          } catch {
            continue;
          }
          for (const e of entries2) {
            const p = rel === "" ? e.name : `${rel}/${e.name}`;
            if (e.isDirectory()) {
              if (!SKIP_DIRS.has(e.name)) stack.push(p);
            } else if (e.isFile()) {
              files.add(p);
              const list = byBase.get(e.name);
              if (list === void 0) byBase.set(e.name, [p]);
              else list.push(p);
            }
          }
        }
        this.files = files;
        this.byBase = byBase;
      }
      /** Directory (repo-relative, '' = root) → the names in it (null: unreadable). */
      dirs = /* @__PURE__ */ new Map();
      /**
       * Whether `rel` exists under the root, answered from one directory listing per directory instead of a
       * stat per file (a report names thousands of files in a few hundred directories): a name listed in its
       * directory exists (a dangling symbolic link too, which existsSync would deny); names not listed
       * (another case on a case-insensitive disk, unreadable directories) are left to existsSync.
       */
      exists(rel) {
        const slash = rel.lastIndexOf("/");
        const dir = slash < 0 ? "" : rel.slice(0, slash);
        let names = this.dirs.get(dir);
        if (names === void 0) {
          names = listNames(dir === "" ? this.root : `${this.root}/${dir}`);
          this.dirs.set(dir, names);
        }
        if (names !== null && names.has(slash < 0 ? rel : rel.slice(slash + 1))) return true;
        return existsSync2(`${this.root}/${rel}`);
      }
      /** Whether the file list has been read (it is read on first use). */
      get built() {
        return this.files !== void 0;
      }
      has(rel) {
        if (this.files === void 0) this.build();
        return this.files.has(rel);
      }
      /** Files whose path equals `suffix` or ends with `/suffix`. */
      withSuffix(suffix) {
        if (this.byBase === void 0) this.build();
        const base = suffix.slice(suffix.lastIndexOf("/") + 1);
        const list = this.byBase.get(base) ?? [];
        return list.filter((p) => p === suffix || p.endsWith(`/${suffix}`));
      }
      /** All files with this base name (e.g. every `go.mod`). */
      named(base) {
        if (this.byBase === void 0) this.build();
        return this.byBase.get(base) ?? [];
      }
      read(rel) {
        try {
          const full = `${this.root}/${rel}`;
          if (!statSync2(full).isFile()) return void 0;
          return readFileSync(full, "utf8");
        } catch {
          return void 0;
        }
      }
    };
    WIN_DRIVE = /^[A-Za-z]:\//;
    PathNormalizer = class {
      root;
      mappings;
      index;
      cache = /* @__PURE__ */ new Map();
      /** How many relative paths were re-rooted on a unique existing file that ends with them. */
      resolvedBySuffix = 0;
      constructor(ctx) {
        this.root = ctx.repoRoot === void 0 ? void 0 : toPosix(ctx.repoRoot).replace(/\/+$/, "");
        this.mappings = (ctx.pathMappings ?? []).map((m) => ({ from: toPosix(m.from), to: toPosix(m.to) }));
        this.index = ctx.index ?? (ctx.repoRoot === void 0 ? void 0 : new RepoIndex(ctx.repoRoot));
      }
      get hasRoot() {
        return this.root !== void 0;
      }
      normalize(raw2) {
        const hit = this.cache.get(raw2);
        if (hit !== void 0) return hit;
        const out = this.compute(raw2);
        this.cache.set(raw2, out);
        return out;
      }
      /**
       * The repo-relative form of an absolute directory inside the root ('' = the root itself), onto which
       * plain relative names can be joined with exactly normalize()'s result; undefined when that does not
       * hold (path mappings, a relative or outside directory, a Windows root in other case).
       */
      dirPrefix(dir) {
        const root = this.root;
        if (this.mappings.length > 0 || root === void 0) return void 0;
        const p = toPosix(dir).replace(/\/+$/, "");
        if (!isAbsolutePath(p)) return void 0;
        if (p === root) return "";
        return p.startsWith(`${root}/`) ? p.slice(root.length + 1) : void 0;
      }
      /** normalize without the cache (for callers that cache per raw path themselves). */
      normalizeUncached(raw2) {
        return this.compute(raw2);
      }
      compute(raw2) {
        let p = toPosix(raw2);
        for (const m of this.mappings) {
          if (m.from === "" || p === m.from || p.startsWith(m.from.endsWith("/") ? m.from : `${m.from}/`)) {
            const rest = p.slice(m.from.length).replace(/^\/+/, "");
            p = toPosix(m.to === "" ? rest : rest === "" ? m.to : `${m.to}/${rest}`);
            break;
          }
        }
        const root = this.root;
        if (p === ".." || p.startsWith("../")) return this.reroot(p);
        if (!isAbsolutePath(p)) {
          const index = this.index;
          if (root !== void 0 && index !== void 0 && p !== "") {
            if (index.built) {
              const cands = index.withSuffix(p);
              if (cands.length === 1 && cands[0] !== p && !index.exists(p)) {
                this.resolvedBySuffix++;
                return { path: cands[0], outside: false };
              }
            } else if (!index.exists(p)) {
              const cands = index.withSuffix(p);
              if (cands.length === 1) {
                this.resolvedBySuffix++;
                return { path: cands[0], outside: false };
              }
            }
          }
          return { path: p, outside: false };
        }
        if (root !== void 0) {
          if (p === root) return { path: "", outside: true };
          if (p.startsWith(`${root}/`)) return { path: p.slice(root.length + 1), outside: false };
          if (WIN_DRIVE.test(root) && p.toLowerCase().startsWith(`${root.toLowerCase()}/`)) {
            return { path: p.slice(root.length + 1), outside: false };
          }
        }
        return this.reroot(p);
      }
      /** A path outside the root: the longest suffix naming a file under the root, else outside. */
      reroot(p) {
        const index = this.index;
        if (this.root !== void 0 && index !== void 0) {
          const parts = p.split("/");
          for (let k = 1; k < parts.length; k++) {
            if (parts[k] === "..") continue;
            const suffix = parts.slice(k).join("/");
            if (suffix !== "" && index.has(suffix)) return { path: suffix, outside: false };
          }
        }
        return { path: p, outside: true };
      }
    };
  }
});

// src/coverage/parse/builder.ts
function lineRecord(hits, branches, partial) {
  hits = clampHits(hits);
  if (branches === void 0 && partial !== true) return plainRecord(hits);
  const rec3 = { hits };
  if (branches !== void 0) {
    rec3.branches = Object.freeze({ covered: clampHits(branches.covered), total: clampHits(branches.total) });
  }
  if (partial === true) rec3.partial = true;
  return Object.freeze(rec3);
}
function sumRecords(a, b) {
  let br;
  if (a.branches !== void 0 || b.branches !== void 0) {
    br = {
      covered: (a.branches?.covered ?? 0) + (b.branches?.covered ?? 0),
      total: (a.branches?.total ?? 0) + (b.branches?.total ?? 0)
    };
  }
  return lineRecord(a.hits + b.hits, br, a.partial === true || b.partial === true);
}
function newFile(path2) {
  return { path: path2, lines: new LineMap(), functions: void 0, unattachedBranches: void 0, statedLines: void 0 };
}
var MAX_LINE, OUTSIDE, ReportBuilder;
var init_builder = __esm({
  "src/coverage/parse/builder.ts"() {
    "use strict";
    init_errors();
    init_model();
    init_linemap();
    init_paths();
    init_model();
    MAX_LINE = 2147483647;
    OUTSIDE = /* @__PURE__ */ Symbol("outside");
    ReportBuilder = class {
      constructor(format, source, paths) {
        this.format = format;
        this.source = source;
        this.paths = paths;
      }
      format;
      source;
      paths;
      files = /* @__PURE__ */ new Map();
      warnings = [];
      outside = /* @__PURE__ */ new Set();
      seenPaths = 0;
      /** Records with line number 0 (coverage.py writes some): not source lines, left out and counted. */
      lineZero = 0;
      /** Raw report path → its file (OUTSIDE: not a file of the report). */
      rawCache = /* @__PURE__ */ new Map();
      /** The file for a raw report path (normalised), or undefined when it is outside the repo root. */
      file(raw2) {
        const hit = this.rawCache.get(raw2);
        if (hit !== void 0) return hit === OUTSIDE ? void 0 : hit;
        this.seenPaths++;
        const f = this.fileFor(this.paths.normalizeUncached(raw2));
        this.rawCache.set(raw2, f ?? OUTSIDE);
        return f;
      }
      /**
       * The file for a path the caller normalised itself (and caches per raw path itself), or undefined when
       * it is outside the repo root or empty (noted for the warnings).
       */
      fileFor(n) {
        if (n.outside && (this.paths.hasRoot || !isAbsolutePath(n.path))) {
          this.outside.add(n.path);
          return void 0;
        }
        if (n.path === "") {
          this.warnings.push(`${this.source}: ignored a record with an empty file path`);
          return void 0;
        }
        let f = this.files.get(n.path);
        if (f === void 0) {
          f = newFile(n.path);
          this.files.set(n.path, f);
        }
        return f;
      }
      /** Register a path the caller resolved itself (already repo-relative). */
      fileAt(path2) {
        let f = this.files.get(path2);
        if (f === void 0) {
          this.seenPaths++;
          f = newFile(path2);
          this.files.set(path2, f);
        }
        return f;
      }
      /**
       * Add one line record. Line 0 (coverage.py writes `<line number="0">` for some modules) is not a source
       * line: it is left out and counted for a warning. Other line numbers outside 1…MAX_LINE are an error.
       */
      addLine(f, line, hits, branches) {
        if (!this.lineOk(line)) return;
        const rec3 = lineRecord(hits, branches);
        const prev = f.lines.get(line);
        f.lines.set(line, prev === void 0 ? rec3 : sumRecords(prev, rec3));
      }
      /**
       * Whether `line` is a source line to record: line 0 is counted and left out (false); anything not an
       * integer in 1…MAX_LINE is a UserError naming the report.
       */
      lineOk(line) {
        if (line >= 1 && line <= MAX_LINE && Number.isInteger(line)) return true;
        if (line === 0) {
          this.lineZero++;
          return false;
        }
        throw new UserError(
          `${this.source}: line number ${Number.isFinite(line) ? line : "with more digits than any file has lines"} is out of range (1 to ${MAX_LINE})`
        );
      }
      /** Count `n` records of line 0 that a caller left out itself (see addLine). */
      skippedLineZero(n) {
        this.lineZero += n;
      }
      addFunctions(f, covered, total) {
        const prev = f.functions;
        f.functions = prev === void 0 ? { covered, total } : { covered: prev.covered + covered, total: prev.total + total };
      }
      warn(message) {
        this.warnings.push(message);
      }
      finish(producerTotals) {
        if (this.lineZero > 0) {
          this.warn(`${this.source}: ${this.lineZero} record(s) for line number 0 (not a source line) were left out`);
        }
        if (this.paths.resolvedBySuffix > 0) {
          this.warn(
            `${this.source}: ${this.paths.resolvedBySuffix} relative path(s) named no file under the repository root and were matched to the only file ending with them`
          );
        }
        if (this.outside.size > 0) {
          const list = [...this.outside];
          const shown = list.slice(0, 3).join(", ");
          const more = list.length > 3 ? ` and ${list.length - 3} more` : "";
          if (this.files.size === 0) {
            throw new UserError(
              `${this.source}: every file in the report is outside the repository root (${shown}${more}); use path-mappings to map them`
            );
          }
          this.warn(`${this.source}: ${list.length} file(s) outside the repository were left out: ${shown}${more}`);
        }
        if (this.files.size === 0) {
          throw new UserError(`${this.source}: the ${this.format} report contains no source files`);
        }
        const report2 = { format: this.format, source: this.source, files: this.files };
        if (producerTotals !== void 0 && Object.keys(producerTotals).length > 0) report2.producerTotals = producerTotals;
        if (this.warnings.length > 0) report2.warnings = this.warnings;
        return report2;
      }
    };
  }
});

// src/coverage/totals.ts
function lineCounts(f) {
  if (f.lines instanceof LineMap) {
    f.lines.tally(scratch);
  } else {
    scratch.lines = 0;
    scratch.covered = 0;
    scratch.branches = 0;
    scratch.branchesCovered = 0;
    for (const l of f.lines.values()) {
      scratch.lines++;
      if (l.hits > 0) scratch.covered++;
      const br = l.branches;
      if (br !== void 0) {
        scratch.branches += br.total;
        scratch.branchesCovered += br.covered;
      }
    }
  }
  const stated = f.statedLines;
  if (stated !== void 0) {
    scratch.lines = stated.total;
    scratch.covered = stated.covered;
  }
  scratch.branches = clampHits(scratch.branches + (f.unattachedBranches?.total ?? 0));
  scratch.branchesCovered = clampHits(scratch.branchesCovered + (f.unattachedBranches?.covered ?? 0));
  return scratch;
}
function addFileTotals(t, f) {
  const c = lineCounts(f);
  t.lines.covered = clampHits(t.lines.covered + c.covered);
  t.lines.total = clampHits(t.lines.total + c.lines);
  t.branches.covered = clampHits(t.branches.covered + c.branchesCovered);
  t.branches.total = clampHits(t.branches.total + c.branches);
  t.functions.covered = clampHits(t.functions.covered + (f.functions?.covered ?? 0));
  t.functions.total = clampHits(t.functions.total + (f.functions?.total ?? 0));
  return { covered: c.covered, total: c.lines };
}
function fileTotals(f) {
  const c = lineCounts(f);
  return {
    lines: { covered: c.covered, total: c.lines },
    branches: { covered: c.branchesCovered, total: c.branches },
    functions: { covered: f.functions?.covered ?? 0, total: f.functions?.total ?? 0 }
  };
}
var scratch;
var init_totals = __esm({
  "src/coverage/totals.ts"() {
    "use strict";
    init_model();
    init_linemap();
    scratch = { lines: 0, covered: 0, branches: 0, branchesCovered: 0 };
  }
});

// src/coverage/merge.ts
function maxRatio(a, b) {
  if (a === void 0) return b === void 0 ? void 0 : { covered: b.covered, total: b.total };
  if (b === void 0) return { covered: a.covered, total: a.total };
  return { covered: Math.max(a.covered, b.covered), total: Math.max(a.total, b.total) };
}
function mergeLine(a, b) {
  const branches = maxRatio(a.branches, b.branches);
  const partial = (a.partial === true || b.partial === true) && !(a.hits > 0 && a.partial !== true) && !(b.hits > 0 && b.partial !== true);
  return lineRecord(a.hits + b.hits, branches, partial);
}
function mergeReports(reports) {
  const first = reports[0];
  if (first === void 0) throw new Error("mergeReports needs at least one report");
  const files = /* @__PURE__ */ new Map();
  const warnings = [];
  for (const r of reports) {
    if (r.warnings !== void 0) warnings.push(...r.warnings);
    for (const [path2, f] of r.files) {
      const prev = files.get(path2);
      if (prev === void 0) {
        const copy = { path: path2, lines: new LineMap(f.lines) };
        if (f.functions !== void 0) copy.functions = { ...f.functions };
        if (f.unattachedBranches !== void 0) copy.unattachedBranches = { ...f.unattachedBranches };
        if (f.statedLines !== void 0) copy.statedLines = { ...f.statedLines };
        files.set(path2, copy);
        continue;
      }
      const stated = prev.statedLines !== void 0 || f.statedLines !== void 0 ? maxRatio(fileTotals(prev).lines, fileTotals(f).lines) : void 0;
      for (const [n, l] of f.lines) {
        const p = prev.lines.get(n);
        prev.lines.set(n, p === void 0 ? l : mergeLine(p, l));
      }
      const fn = maxRatio(prev.functions, f.functions);
      if (fn !== void 0) prev.functions = fn;
      const ub = maxRatio(prev.unattachedBranches, f.unattachedBranches);
      if (ub !== void 0) prev.unattachedBranches = ub;
      if (stated !== void 0) prev.statedLines = stated;
    }
  }
  const out = {
    format: first.format,
    source: reports.map((r) => r.source).join(", "),
    files
  };
  if (warnings.length > 0) out.warnings = warnings;
  return out;
}
var init_merge = __esm({
  "src/coverage/merge.ts"() {
    "use strict";
    init_builder();
    init_linemap();
    init_totals();
  }
});

// src/coverage/parse/xml.ts
function isSpace(c) {
  return c === 32 || c === 10 || c === 9 || c === 13;
}
function decodeXml(buf, source) {
  const b0 = buf[0];
  const b1 = buf[1];
  if (b0 === 239 && b1 === 187 && buf[2] === 191) return checkDeclared(buf.subarray(3), source, "utf-8");
  if (b0 === 255 && b1 === 254) return utf16(buf.toString("utf16le", 2), source);
  if (b0 === 254 && b1 === 255) return utf16(swap16(buf.subarray(2)).toString("utf16le"), source);
  if (b0 === 60 && b1 === 0 && buf[2] === 63 && buf[3] === 0) return utf16(buf.toString("utf16le"), source);
  if (b0 === 0 && b1 === 60 && buf[2] === 0 && buf[3] === 63) return utf16(swap16(buf).toString("utf16le"), source);
  const enc = declaredEncoding(buf.toString("latin1", 0, Math.min(buf.length, 200)));
  if (enc === void 0 || enc === "utf-8" || enc === "utf8" || enc === "us-ascii" || enc === "ascii") return buf;
  if (enc === "iso-8859-1" || enc === "latin1" || enc === "latin-1" || enc === "iso8859-1") {
    return Buffer.from(buf.toString("latin1"), "utf8");
  }
  throw new UserError(
    `${source}: unsupported XML encoding "${enc}" (supported: UTF-8, UTF-16 with a byte-order mark, ISO-8859-1)`
  );
}
function utf16(text, source) {
  const enc = declaredEncoding(text.slice(0, 200));
  if (enc !== void 0 && !["utf-16", "utf16", "utf-16le", "utf-16be"].includes(enc)) {
    throw new UserError(`${source}: the XML declares encoding "${enc}" but its byte-order mark says utf-16`);
  }
  return Buffer.from(text, "utf8");
}
function swap16(buf) {
  const even = buf.length - buf.length % 2;
  const out = Buffer.allocUnsafe(even);
  for (let i = 0; i < even; i += 2) {
    out[i] = buf[i + 1];
    out[i + 1] = buf[i];
  }
  return out;
}
function declaredEncoding(head) {
  if (!head.startsWith("<?xml")) return void 0;
  const end = head.indexOf("?>");
  const decl = end < 0 ? head : head.slice(0, end);
  const m = /encoding\s*=\s*["']([^"']*)["']/.exec(decl);
  return m?.[1]?.toLowerCase();
}
function checkDeclared(buf, source, actual) {
  const enc = declaredEncoding(buf.toString("latin1", 0, Math.min(buf.length, 200)));
  if (enc === void 0 || enc === "utf-8" || enc === "utf8" || enc === "us-ascii" || enc === "ascii") return buf;
  throw new UserError(`${source}: the XML declares encoding "${enc}" but its byte-order mark says ${actual}`);
}
function internName(b, start, end) {
  const len = end - start;
  if (len > 40) return b.toString("utf8", start, end);
  const h = (len * 31 + b[start] * 7 + b[end - 1] * 3 + b[start + (len >> 1)] & 511) >>> 0;
  const c = NAME_CACHE[h];
  if (c !== void 0 && c.length === len) {
    let k = 0;
    while (k < len && c.charCodeAt(k) === b[start + k]) k++;
    if (k === len) return c;
  }
  const name = b.toString("utf8", start, end);
  NAME_CACHE[h] = name;
  return name;
}
function decodeEntities(s, source) {
  let out = "";
  let last = 0;
  let i = s.indexOf("&");
  while (i >= 0) {
    const semi = s.indexOf(";", i + 1);
    if (semi < 0 || semi - i > 12) throw new UserError(`${source}: malformed XML: bare "&" in text or attribute`);
    const ent = s.slice(i + 1, semi);
    let rep;
    if (ent.charCodeAt(0) === 35) {
      const code2 = ent[1] === "x" || ent[1] === "X" ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      if (!Number.isFinite(code2) || code2 < 0 || code2 > 1114111) {
        throw new UserError(`${source}: malformed XML: bad character reference &${ent};`);
      }
      rep = String.fromCodePoint(code2);
    } else {
      rep = PREDEFINED[ent];
      if (rep === void 0) {
        throw new UserError(
          `${source}: XML uses the undefined entity &${ent}; (only the 5 predefined entities are allowed)`
        );
      }
    }
    out += s.slice(last, i) + rep;
    last = semi + 1;
    i = s.indexOf("&", last);
  }
  return out + s.slice(last);
}
function truncated(source, what) {
  return new UserError(`${source}: truncated or malformed XML (${what})`);
}
function skipDoctype(b, i, source) {
  const len = b.length;
  let j = i + 9;
  let quote = 0;
  for (; j < len; j++) {
    const c = b[j];
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === DQ || c === SQ) {
      quote = c;
    } else if (c === 91) {
      const end = b.indexOf(93, j + 1);
      if (end < 0) throw truncated(source, "unterminated DOCTYPE internal subset");
      if (/<!ENTITY/i.test(b.toString("latin1", j + 1, end))) {
        throw new UserError(
          `${source}: refusing XML with a DOCTYPE that declares entities (<!ENTITY>): entity expansion and external entities are not allowed in coverage reports`
        );
      }
      j = end;
    } else if (c === GT) {
      return j + 1;
    }
  }
  throw truncated(source, "unterminated DOCTYPE");
}
function at(b, pos, s) {
  for (let k = 0; k < s.length; k++) if (b[pos + k] !== s.charCodeAt(k)) return false;
  return true;
}
function parseXml(xml, source, handler) {
  const b = typeof xml === "string" ? Buffer.from(xml, "utf8") : xml;
  const len = b.length;
  const attrs = new Attrs(source);
  attrs.b = b;
  const stack = [];
  const stackPos = [];
  let sawRoot = false;
  let i = 0;
  while (i < len) {
    const scan = handler.scan;
    if (scan !== void 0) i = scan(b, i);
    let lt = i;
    while (lt < len && b[lt] !== LT) lt++;
    if (lt >= len) {
      if (handler.text !== void 0 && stack.length > 0) emitText(b.toString("utf8", i), handler, source);
      break;
    }
    if (handler.text !== void 0 && lt > i && stack.length > 0) emitText(b.toString("utf8", i, lt), handler, source);
    const c1 = b[lt + 1];
    if (c1 === QMARK) {
      const end = b.indexOf("?>", lt + 2);
      if (end < 0) throw truncated(source, "unterminated processing instruction");
      i = end + 2;
      continue;
    }
    if (c1 === BANG) {
      if (at(b, lt, "<!--")) {
        const end = b.indexOf("-->", lt + 4);
        if (end < 0) throw truncated(source, "unterminated comment");
        i = end + 3;
      } else if (at(b, lt, "<![CDATA[")) {
        const end = b.indexOf("]]>", lt + 9);
        if (end < 0) throw truncated(source, "unterminated CDATA section");
        if (stack.length > 0) handler.text?.(b.toString("utf8", lt + 9, end));
        i = end + 3;
      } else if (at(b, lt, "<!DOCTYPE")) {
        if (sawRoot) throw new UserError(`${source}: malformed XML: DOCTYPE after the root element`);
        i = skipDoctype(b, lt, source);
      } else {
        throw new UserError(`${source}: malformed XML: unexpected "<!" markup`);
      }
      continue;
    }
    if (c1 === SLASH) {
      let end = lt + 2;
      while (end < len && b[end] !== GT) end++;
      if (end >= len) throw truncated(source, "unterminated end tag");
      let nameEnd = end;
      while (nameEnd > lt + 2 && isSpace(b[nameEnd - 1])) nameEnd--;
      const open3 = stack.pop();
      const openPos = stackPos.pop();
      let same = open3 !== void 0 && nameEnd - (lt + 2) === open3.length;
      if (same) {
        for (let k = lt + 2, m = openPos; k < nameEnd; k++, m++) {
          if (b[k] !== b[m]) {
            same = false;
            break;
          }
        }
      }
      if (!same) {
        const name2 = b.toString("utf8", lt + 2, nameEnd);
        throw new UserError(
          open3 === void 0 ? `${source}: malformed XML: end tag </${name2}> without a start tag` : `${source}: malformed XML: </${name2}> closes <${open3}>`
        );
      }
      handler.close?.(open3);
      i = end + 1;
      continue;
    }
    let j = lt + 1;
    while (j < len) {
      const c = b[j];
      if (c === 32 || c === 10 || c === 9 || c === 13 || c === GT || c === SLASH) break;
      j++;
    }
    if (j >= len) throw truncated(source, "unterminated start tag");
    if (j === lt + 1) throw new UserError(`${source}: malformed XML: "<" not followed by a tag name`);
    const name = internName(b, lt + 1, j);
    if (sawRoot && stack.length === 0) {
      throw new UserError(`${source}: malformed XML: content after the root element <${name}>`);
    }
    attrs.n = 0;
    let selfClosing = false;
    for (; ; ) {
      let c = b[j];
      while (c === 32 || c === 10 || c === 9 || c === 13) c = b[++j];
      if (j >= len) throw truncated(source, `unterminated <${name}> tag`);
      if (c === GT) {
        j++;
        break;
      }
      if (c === SLASH) {
        if (b[j + 1] !== GT) throw new UserError(`${source}: malformed XML in <${name}> tag`);
        selfClosing = true;
        j += 2;
        break;
      }
      const an = j;
      while (j < len) {
        const d = b[j];
        if (d === EQ || d === 32 || d === 10 || d === 9 || d === 13 || d === GT || d === SLASH) break;
        j++;
      }
      const attrName = internName(b, an, j);
      while (j < len && isSpace(b[j])) j++;
      if (b[j] !== EQ) {
        if (j >= len) throw truncated(source, `unterminated <${name}> tag`);
        throw new UserError(`${source}: malformed XML: attribute "${attrName}" in <${name}> has no value`);
      }
      j++;
      while (j < len && isSpace(b[j])) j++;
      const q = b[j];
      if (q !== DQ && q !== SQ) {
        if (j >= len) throw truncated(source, `unterminated <${name}> tag`);
        throw new UserError(`${source}: malformed XML: unquoted value for "${attrName}" in <${name}>`);
      }
      let vEnd = j + 1;
      while (vEnd < len && b[vEnd] !== q) vEnd++;
      if (vEnd >= len) throw truncated(source, `unterminated attribute in <${name}>`);
      const k = attrs.n++;
      attrs.names[k] = attrName;
      attrs.starts[k] = j + 1;
      attrs.ends[k] = vEnd;
      j = vEnd + 1;
    }
    sawRoot = true;
    handler.open(name, attrs, selfClosing);
    if (selfClosing) handler.close?.(name);
    else {
      stack.push(name);
      stackPos.push(lt + 1);
    }
    i = j;
  }
  if (stack.length > 0) throw truncated(source, `end of file inside <${stack[stack.length - 1]}>`);
  if (!sawRoot) throw new UserError(`${source}: not XML: no root element found`);
}
function emitText(raw2, handler, source) {
  let k = 0;
  while (k < raw2.length && isSpace(raw2.charCodeAt(k))) k++;
  if (k === raw2.length) return;
  handler.text?.(raw2.indexOf("&") < 0 ? raw2 : decodeEntities(raw2, source));
}
function intAttr(attrs, name, source, element) {
  const n = attrs.int(name);
  if (n !== void 0 && Number.isNaN(n)) {
    const raw2 = attrs.get(name) ?? "";
    const shown = raw2.length > 40 ? `${raw2.slice(0, 40)}\u2026` : raw2;
    throw new UserError(
      `${source}: <${element}> has ${name}="${shown}", expected a non-negative decimal integer`
    );
  }
  return n;
}
function countAttr(attrs, name, source, element) {
  const n = intAttr(attrs, name, source, element);
  return n === void 0 ? void 0 : clampHits(n);
}
function toInt(v) {
  const len = v.length;
  let n = 0;
  let i = 0;
  for (; i < len; i++) {
    const c = v.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    n = n * 10 + c;
  }
  if (i === 0) return void 0;
  if (i < len) {
    if (v.charCodeAt(i) !== 46 || i + 1 === len) return void 0;
    for (let k = i + 1; k < len; k++) if (v.charCodeAt(k) !== 48) return void 0;
  }
  return n;
}
var GT, SLASH, LT, QMARK, BANG, EQ, DQ, SQ, Attrs, NAME_CACHE, PREDEFINED;
var init_xml = __esm({
  "src/coverage/parse/xml.ts"() {
    "use strict";
    init_errors();
    init_model();
    GT = 62;
    SLASH = 47;
    LT = 60;
    QMARK = 63;
    BANG = 33;
    EQ = 61;
    DQ = 34;
    SQ = 39;
    Attrs = class {
      constructor(source) {
        this.source = source;
      }
      source;
      names = [];
      starts = [];
      ends = [];
      n = 0;
      b = Buffer.alloc(0);
      find(name) {
        for (let i = 0; i < this.n; i++) if (this.names[i] === name) return i;
        return -1;
      }
      get(name) {
        const i = this.find(name);
        if (i < 0) return void 0;
        const v = this.b.toString("utf8", this.starts[i], this.ends[i]);
        return v.indexOf("&") < 0 ? v : decodeEntities(v, this.source);
      }
      int(name) {
        const i = this.find(name);
        if (i < 0) return void 0;
        const b = this.b;
        const s = this.starts[i];
        const e = this.ends[i];
        let n = 0;
        if (e - s > 0 && e - s < 16) {
          let k = s;
          for (; k < e; k++) {
            const c = b[k] - 48;
            if (c < 0 || c > 9) break;
            n = n * 10 + c;
          }
          if (k === e) return n;
        }
        const v = toInt(this.get(name));
        return v === void 0 ? NaN : v;
      }
    };
    NAME_CACHE = new Array(512);
    PREDEFINED = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
  }
});

// src/coverage/parse/clover.ts
function parseClover(buf, source, paths) {
  const xml = decodeXml(buf, source);
  const b = new ReportBuilder("clover", source, paths);
  const producer = {};
  const fnCounts = /* @__PURE__ */ new Map();
  let depth = 0;
  let inProject = false;
  let inTestProject = false;
  let projectMetricsSeen = false;
  let inFile = false;
  let cur;
  const ratio2 = (a, covered, total) => {
    const c = toInt(a.get(covered) ?? "");
    const t = toInt(a.get(total) ?? "");
    return c === void 0 || t === void 0 ? void 0 : { covered: clampHits(c), total: clampHits(t) };
  };
  parseXml(xml, source, {
    open(name, a, selfClosing) {
      depth++;
      if (depth === 1 && name !== "coverage") {
        throw new UserError(`${source}: not a Clover report: root element is <${name}>, expected <coverage>`);
      }
      if (name === "line") {
        if (!inFile) return;
        const num2 = intAttr(a, "num", source, "line");
        if (num2 === void 0) throw new UserError(`${source}: <line> without a num attribute`);
        const type = a.get("type") ?? "stmt";
        const count = countAttr(a, "count", source, "line");
        if (cur !== void 0) {
          if (type === "method") {
            const fc = fnCounts.get(cur) ?? { covered: 0, total: 0 };
            fc.total++;
            if ((count ?? 0) > 0) fc.covered++;
            fnCounts.set(cur, fc);
          } else if (type === "cond") {
            const tc = countAttr(a, "truecount", source, "line");
            const fc = countAttr(a, "falsecount", source, "line");
            if (tc === void 0 && fc === void 0) {
              b.addLine(cur, num2, count ?? 0);
            } else {
              if (count !== void 0) {
                b.addLine(cur, num2, count, { covered: tc ?? 0, total: (tc ?? 0) + (fc ?? 0) });
              } else {
                const covered = ((tc ?? 0) > 0 ? 1 : 0) + ((fc ?? 0) > 0 ? 1 : 0);
                b.addLine(cur, num2, covered > 0 ? 1 : 0, { covered, total: 2 });
              }
            }
          } else {
            b.addLine(cur, num2, count ?? 0);
          }
        }
      } else if (name === "file") {
        const p = a.get("path") ?? a.get("name");
        if (p === void 0 || p.trim() === "") throw new UserError(`${source}: <file> without a path or name`);
        cur = inTestProject ? void 0 : b.file(p);
        inFile = !selfClosing;
      } else if (name === "project") {
        inProject = true;
      } else if (name === "testproject") {
        inTestProject = true;
      } else if (name === "metrics") {
        if (inProject && !projectMetricsSeen && depth === 3) {
          projectMetricsSeen = true;
          const l = ratio2(a, "coveredstatements", "statements");
          const br = ratio2(a, "coveredconditionals", "conditionals");
          const fn = ratio2(a, "coveredmethods", "methods");
          if (l !== void 0) producer.lines = l;
          if (br !== void 0) producer.branches = br;
          if (fn !== void 0) producer.functions = fn;
        }
      }
    },
    close(name) {
      depth--;
      if (name === "file") {
        inFile = false;
        cur = void 0;
      } else if (name === "project") inProject = false;
      else if (name === "testproject") inTestProject = false;
    }
  });
  for (const [f, r] of fnCounts) f.functions = r;
  return b.finish(producer);
}
var init_clover = __esm({
  "src/coverage/parse/clover.ts"() {
    "use strict";
    init_errors();
    init_model();
    init_builder();
    init_xml();
  }
});

// src/coverage/parse/cobertura-lines.ts
function isSpace2(c) {
  return c === 32 || c === 10 || c === 9 || c === 13;
}
function isRegexSpace(c) {
  return c === 32 || c !== void 0 && c >= 9 && c <= 13;
}
function digits(b, s, e) {
  if (e <= s || e - s > MAX_DIGITS) return -1;
  let n = 0;
  for (let k = s; k < e; k++) {
    const c = b[k] - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}
function nameIs(b, s, e, name) {
  const n = name.length;
  if (e - s !== n) return false;
  for (let k = 0; k < n; k++) if (b[s + k] !== name[k]) return false;
  return true;
}
function grown(a, need) {
  if (need <= a.length) return a;
  const next = new Float64Array(Math.max(need, a.length * 2));
  next.set(a);
  return next;
}
var LT2, GT2, SLASH2, EQ2, DQ2, AMP, LPAREN, RPAREN, word, LINE_NU_0, LINE_NU_1, LINE_NU_2, LINE_NU_3, HITS_0, HITS_1, MAX_DIGITS, DEFAULT_MAX_RUN, NAME_BYTE, NUMBER, HITS, BRANCH, CONDITION_COVERAGE, LineRun;
var init_cobertura_lines = __esm({
  "src/coverage/parse/cobertura-lines.ts"() {
    "use strict";
    init_builder();
    init_linemap();
    LT2 = 60;
    GT2 = 62;
    SLASH2 = 47;
    EQ2 = 61;
    DQ2 = 34;
    AMP = 38;
    LPAREN = 40;
    RPAREN = 41;
    word = (s, at2, n) => {
      let v = 0;
      for (let k = n - 1; k >= 0; k--) v = v * 256 + s.charCodeAt(at2 + k);
      return n === 4 ? v | 0 : v;
    };
    LINE_NU_0 = word('<line number="', 0, 4);
    LINE_NU_1 = word('<line number="', 4, 4);
    LINE_NU_2 = word('<line number="', 8, 4);
    LINE_NU_3 = word('<line number="', 12, 2);
    HITS_0 = word('" hits="', 0, 4);
    HITS_1 = word('" hits="', 4, 4);
    MAX_DIGITS = 15;
    DEFAULT_MAX_RUN = 1 << 18;
    NAME_BYTE = new Uint8Array(256);
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      if (/[A-Za-z0-9_.:-]/.test(ch)) NAME_BYTE[c] = 1;
    }
    NUMBER = Buffer.from("number", "latin1");
    HITS = Buffer.from("hits", "latin1");
    BRANCH = Buffer.from("branch", "latin1");
    CONDITION_COVERAGE = Buffer.from("condition-coverage", "latin1");
    LineRun = class {
      constructor(maxRun = DEFAULT_MAX_RUN) {
        this.maxRun = maxRun;
      }
      maxRun;
      /** Elements consumed by the last scan (including line numbers < 1, which are recorded but not stored). */
      n = 0;
      /** Elements consumed by every scan so far. */
      consumed = 0;
      lines = new Float64Array(256);
      hits = new Float64Array(256);
      /** Branch outcomes; `total` -1 = the line has no branches. */
      covered = new Float64Array(256);
      total = new Float64Array(256);
      plainLines = new Float64Array(256);
      plainHits = new Float64Array(256);
      /** The last scan read only plain records with strictly increasing line numbers ≥ 1. */
      simple = true;
      dv = new DataView(new ArrayBuffer(0));
      dvOf;
      /** Set by matchCondition. */
      cCovered = 0;
      cTotal = 0;
      /**
       * Consume consecutive simple `<line>` elements (and the whitespace between them) from `pos`; returns the
       * index after the last one consumed, or `pos` when there was none.
       */
      scan(b, pos) {
        if (this.dvOf !== b) {
          this.dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
          this.dvOf = b;
        }
        const dv = this.dv;
        const len = b.length;
        let lines = this.lines;
        let hits = this.hits;
        let total = this.total;
        let n = 0;
        let done = pos;
        let prev = 0;
        let simple = true;
        const maxRun = this.maxRun;
        for (; ; ) {
          let j = done;
          let c = b[j];
          while (c === 10 || c === 32 || c === 9 || c === 13) c = b[++j];
          if (c !== LT2 || n === maxRun) break;
          if (n === lines.length) {
            this.grow(n + 1);
            lines = this.lines;
            hits = this.hits;
            total = this.total;
          }
          let end = -1;
          let resume = -1;
          let rNr = -1;
          let rHits = -1;
          if (j + 16 <= len && dv.getInt32(j, true) === LINE_NU_0 && dv.getInt32(j + 4, true) === LINE_NU_1 && dv.getInt32(j + 8, true) === LINE_NU_2 && dv.getInt16(j + 12, true) === LINE_NU_3) {
            let k = j + 14;
            let nr = 0;
            let d = b[k] - 48;
            while (d >= 0 && d <= 9) {
              nr = nr * 10 + d;
              d = b[++k] - 48;
            }
            const nd = k - j - 14;
            if (nd > 0 && nd <= MAX_DIGITS && nr <= MAX_LINE && k + 12 <= len && dv.getInt32(k, true) === HITS_0 && dv.getInt32(k + 4, true) === HITS_1) {
              k += 8;
              const hs = k;
              let h = 0;
              d = b[k] - 48;
              while (d >= 0 && d <= 9) {
                h = h * 10 + d;
                d = b[++k] - 48;
              }
              if (k > hs && k - hs <= MAX_DIGITS && b[k] === DQ2) {
                if (b[k + 1] === SLASH2 && b[k + 2] === GT2) {
                  lines[n] = nr;
                  hits[n] = h;
                  total[n] = -1;
                  if (nr <= prev) simple = false;
                  prev = nr;
                  end = k + 3;
                } else {
                  resume = k + 1;
                  rNr = nr;
                  rHits = h;
                }
              }
            }
          }
          if (end < 0) {
            if (resume >= 0) end = this.readElement(b, resume, n, rNr, rHits);
            else if (b[j + 1] === 108 && b[j + 2] === 105 && b[j + 3] === 110 && b[j + 4] === 101 && isSpace2(b[j + 5])) {
              end = this.readElement(b, j + 5, n, -1, -1);
            }
            if (end < 0) break;
            simple = false;
          }
          n++;
          done = end;
        }
        this.n = n;
        this.consumed += n;
        this.simple = simple;
        return done;
      }
      /**
       * Read one `<line>` element from just after its name, in any simple form (attributes in any order,
       * other attributes, branch data), into record `n`; returns the index after it, or -1 when the element
       * is not one the scanner may take (the general path then reads it). With `nr0`/`hits0` ≥ 0, `from` is
       * just after ` number="nr0" hits="hits0"`, already read.
       */
      readElement(b, from, n, nr0, hits0) {
        const len = b.length;
        let j = from;
        if (nr0 < 0 && !isSpace2(b[j])) return -1;
        let nr = nr0;
        let hits = hits0;
        let branchSeen = false;
        let branchFalse = false;
        let ccStart = -1;
        let ccEnd = -1;
        for (; ; ) {
          let c = b[j];
          while (isSpace2(c)) c = b[++j];
          if (c === SLASH2) {
            if (b[j + 1] !== GT2) return -1;
            j += 2;
            break;
          }
          const ns = j;
          while (j < len && NAME_BYTE[c] === 1) c = b[++j];
          const ne = j;
          if (ne === ns || c !== EQ2 || b[j + 1] !== DQ2) return -1;
          const vs = j + 2;
          let ve = vs;
          for (; ; ) {
            if (ve >= len) return -1;
            const d = b[ve];
            if (d === DQ2) break;
            if (d === AMP) return -1;
            ve++;
          }
          j = ve + 1;
          const first = b[ns];
          if (first === 110 && nameIs(b, ns, ne, NUMBER)) {
            if (nr >= 0) return -1;
            nr = digits(b, vs, ve);
            if (nr < 0 || nr > MAX_LINE) return -1;
          } else if (first === 104 && nameIs(b, ns, ne, HITS)) {
            if (hits >= 0) return -1;
            hits = digits(b, vs, ve);
            if (hits < 0) return -1;
          } else if (first === 98 && nameIs(b, ns, ne, BRANCH)) {
            if (branchSeen) return -1;
            branchSeen = true;
            for (let k = vs; k < ve; k++) if (b[k] >= 128) return -1;
            branchFalse = ve - vs === 5 && (b[vs] | 32) === 102 && (b[vs + 1] | 32) === 97 && (b[vs + 2] | 32) === 108 && (b[vs + 3] | 32) === 115 && (b[vs + 4] | 32) === 101;
          } else if (first === 99 && nameIs(b, ns, ne, CONDITION_COVERAGE)) {
            if (ccStart >= 0) return -1;
            ccStart = vs;
            ccEnd = ve;
          }
        }
        if (nr < 0 || hits < 0) return -1;
        let total = -1;
        let covered = 0;
        if (ccStart >= 0 && !branchFalse) {
          if (!this.matchCondition(b, ccStart, ccEnd)) return -1;
          covered = this.cCovered;
          total = this.cTotal;
        }
        this.lines[n] = nr;
        this.hits[n] = hits;
        this.covered[n] = covered;
        this.total[n] = total;
        return j;
      }
      /**
       * The first `(covered/total)` in a condition-coverage value, as `/\((\d+)\s*\/\s*(\d+)\)/` finds it;
       * false (general path) when there is none, a number is longer than 15 digits, or the value is not ASCII.
       */
      matchCondition(b, s, e) {
        for (let k = s; k < e; k++) if (b[k] >= 128) return false;
        for (let p = s; p < e; p++) {
          if (b[p] !== LPAREN) continue;
          let k = p + 1;
          const d1 = k;
          while (k < e && b[k] >= 48 && b[k] <= 57) k++;
          if (k === d1) continue;
          const d1e = k;
          while (k < e && isRegexSpace(b[k])) k++;
          if (k >= e || b[k] !== SLASH2) continue;
          k++;
          while (k < e && isRegexSpace(b[k])) k++;
          const d2 = k;
          while (k < e && b[k] >= 48 && b[k] <= 57) k++;
          if (k === d2 || k >= e || b[k] !== RPAREN) continue;
          const covered = digits(b, d1, d1e);
          const total = digits(b, d2, k);
          if (covered < 0 || total < 0 || covered > total) return false;
          this.cCovered = covered;
          this.cTotal = total;
          return true;
        }
        return false;
      }
      grow(need) {
        this.lines = grown(this.lines, need);
        this.hits = grown(this.hits, need);
        this.covered = grown(this.covered, need);
        this.total = grown(this.total, need);
      }
      /**
       * Store the last scan's records in `f` exactly as `builder.addLine` would one by one, in order: an empty
       * LineMap fed strictly increasing lines takes the plain records in one allocation (adoptSorted), then the
       * records with branches; otherwise every record goes through addLine.
       */
      store(builder, f) {
        const n = this.n;
        const lines = this.lines;
        const hits = this.hits;
        const total = this.total;
        const map = f.lines;
        if (this.simple && map instanceof LineMap && map.size === 0) {
          map.adoptSorted(lines, hits, n);
          return;
        }
        let sorted = map instanceof LineMap && map.size === 0;
        let plain = 0;
        let branchy = 0;
        let zeros = 0;
        if (sorted) {
          let prev = 0;
          for (let k = 0; k < n; k++) {
            const line = lines[k];
            if (line < 1) {
              zeros++;
              continue;
            }
            if (line <= prev) {
              sorted = false;
              break;
            }
            prev = line;
            if (total[k] < 0) plain++;
            else branchy++;
          }
        }
        if (sorted && zeros > 0) builder.skippedLineZero(zeros);
        if (!sorted) {
          for (let k = 0; k < n; k++) {
            const t = total[k];
            builder.addLine(f, lines[k], hits[k], t < 0 ? void 0 : { covered: this.covered[k], total: t });
          }
          return;
        }
        if (branchy === 0) {
          if (plain === n) {
            ;
            map.adoptSorted(lines, hits, n);
            return;
          }
        }
        if (this.plainLines.length < plain) {
          this.plainLines = new Float64Array(Math.max(plain, this.plainLines.length * 2));
          this.plainHits = new Float64Array(this.plainLines.length);
        }
        const pl = this.plainLines;
        const ph = this.plainHits;
        let m = 0;
        for (let k = 0; k < n; k++) {
          if (lines[k] < 1 || total[k] >= 0) continue;
          pl[m] = lines[k];
          ph[m] = hits[k];
          m++;
        }
        ;
        map.adoptSorted(pl, ph, m);
        if (branchy === 0) return;
        for (let k = 0; k < n; k++) {
          const t = total[k];
          if (t < 0 || lines[k] < 1) continue;
          builder.addLine(f, lines[k], hits[k], { covered: this.covered[k], total: t });
        }
      }
    };
  }
});

// src/coverage/parse/cobertura.ts
function parseCobertura(buf, source, paths, opts = {}) {
  const xml = decodeXml(buf, source);
  const b = new ReportBuilder("cobertura", source, paths);
  const producer = {};
  const sources = [];
  const resolved = /* @__PURE__ */ new Map();
  let depth = 0;
  let root = "";
  let inSource = false;
  let sourceText = "";
  let methodsDepth = 0;
  let cur;
  let inClass = false;
  let classLines = 0;
  const methodLines = [];
  const run = new LineRun(opts.maxRun);
  const fast = opts.fastLines !== false;
  const scanLines = (buf2, pos) => {
    const end = run.scan(buf2, pos);
    if (run.n > 0 && cur !== void 0) {
      classLines += run.n;
      run.store(b, cur);
    }
    return end;
  };
  const updateScan = () => {
    handler.scan = fast && inClass && methodsDepth === 0 ? scanLines : void 0;
  };
  let sourcePrefixes;
  const resolve10 = (filename) => {
    if (resolved.has(filename)) return resolved.get(filename);
    let f;
    const rel = toPosix(filename);
    if (isAbsolutePath(rel) || sources.length === 0) {
      f = b.file(filename);
    } else {
      const index = paths.index;
      let chosen;
      if (index !== void 0) {
        sourcePrefixes ??= sources.map((s) => paths.dirPrefix(s));
        const plain = isPlainPosix(filename);
        for (let k = 0; k < sources.length; k++) {
          const pre = plain ? sourcePrefixes[k] : void 0;
          const n = pre !== void 0 ? { path: pre === "" ? filename : `${pre}/${filename}`, outside: false } : paths.normalize(`${sources[k]}/${filename}`);
          if (!n.outside && index.exists(n.path)) {
            chosen = n;
            break;
          }
        }
        if (chosen === void 0) {
          const n = paths.normalize(filename);
          if (index.exists(n.path)) chosen = n;
        }
        if (chosen === void 0) {
          for (const s of sources) {
            const n = paths.normalize(`${s}/${filename}`);
            if (!n.outside && isAbsolutePath(toPosix(s))) {
              chosen = n;
              break;
            }
          }
        }
      }
      f = b.fileFor(chosen ?? paths.normalize(filename));
    }
    resolved.set(filename, f);
    return f;
  };
  const onLine = (a, inMethods) => {
    const nr = intAttr(a, "number", source, "line");
    const hits = countAttr(a, "hits", source, "line");
    if (nr === void 0 || hits === void 0) {
      throw new UserError(`${source}: <line> without number/hits attributes`);
    }
    if (cur === void 0) return;
    let branches;
    const cc = a.get("condition-coverage");
    if (cc !== void 0 && a.get("branch")?.toLowerCase() !== "false") {
      const m = /\((\d+)\s*\/\s*(\d+)\)/.exec(cc);
      if (m === null) {
        throw new UserError(`${source}: line ${nr}: condition-coverage="${cc}", expected like "50% (1/2)"`);
      }
      branches = { covered: clampHits(Number(m[1])), total: clampHits(Number(m[2])) };
      if (branches.covered > branches.total) {
        throw new UserError(
          `${source}: line ${nr}: condition-coverage="${cc.slice(0, 60)}" counts more covered branches than branches`
        );
      }
    }
    if (inMethods) {
      if (classLines === 0) methodLines.push(nr, hits, branches?.covered ?? 0, branches?.total ?? -1);
    } else {
      classLines++;
      b.addLine(cur, nr, hits, branches);
    }
  };
  const handler = {
    open(name, a, selfClosing) {
      depth++;
      if (depth === 1) {
        root = name;
        if (name !== "coverage") {
          throw new UserError(`${source}: not a Cobertura report: root element is <${name}>, expected <coverage>`);
        }
        const lv = toInt(a.get("lines-valid") ?? "");
        const lc = toInt(a.get("lines-covered") ?? "");
        const bv = toInt(a.get("branches-valid") ?? "");
        const bc = toInt(a.get("branches-covered") ?? "");
        if (lv !== void 0 && lc !== void 0) producer.lines = { covered: clampHits(lc), total: clampHits(lv) };
        if (bv !== void 0 && bc !== void 0) producer.branches = { covered: clampHits(bc), total: clampHits(bv) };
      } else if (name === "line") {
        if (inClass) onLine(a, methodsDepth > 0);
      } else if (name === "class") {
        const filename = a.get("filename");
        if (filename === void 0 || filename.trim() === "") {
          throw new UserError(`${source}: <class name="${a.get("name") ?? ""}"> has no filename attribute`);
        }
        cur = resolve10(filename);
        inClass = !selfClosing;
        classLines = 0;
        methodLines.length = 0;
        updateScan();
      } else if (name === "methods") {
        methodsDepth++;
        updateScan();
      } else if (name === "packages") {
        handler.text = void 0;
      } else if (name === "source") {
        inSource = !selfClosing;
        sourceText = "";
      }
    },
    close(name) {
      depth--;
      if (name === "class") {
        if (classLines === 0 && cur !== void 0) {
          for (let k = 0; k < methodLines.length; k += 4) {
            const total = methodLines[k + 3];
            const br = total < 0 ? void 0 : { covered: methodLines[k + 2], total };
            b.addLine(cur, methodLines[k], methodLines[k + 1], br);
          }
        }
        methodLines.length = 0;
        inClass = false;
        cur = void 0;
        updateScan();
      } else if (name === "methods") {
        methodsDepth--;
        updateScan();
      } else if (name === "source") {
        inSource = false;
        const s = sourceText.trim();
        if (s !== "") sources.push(s);
      } else if (name === "sources") {
        handler.text = void 0;
      }
    },
    text(t) {
      if (inSource) sourceText += t;
    },
    scan: void 0
  };
  try {
    parseXml(xml, source, handler);
  } finally {
    if (opts.stats !== void 0) opts.stats.linesScanned += run.consumed;
  }
  if (root === "") throw new UserError(`${source}: not a Cobertura report: empty document`);
  return b.finish(producer);
}
var init_cobertura = __esm({
  "src/coverage/parse/cobertura.ts"() {
    "use strict";
    init_errors();
    init_model();
    init_builder();
    init_cobertura_lines();
    init_paths();
    init_xml();
  }
});

// src/coverage/parse/detect.ts
function headText(head) {
  if (typeof head === "string") return head.replace(/^\uFEFF/, "");
  const b0 = head[0];
  const b1 = head[1];
  if (b0 === 255 && b1 === 254) return head.toString("utf16le", 2);
  if (b0 === 254 && b1 === 255) {
    const body = head.subarray(2);
    return Buffer.from(body.subarray(0, body.length - body.length % 2)).swap16().toString("utf16le");
  }
  if (b0 === 60 && b1 === 0) return head.toString("utf16le");
  if (b0 === 0 && b1 === 60) {
    const sw = Buffer.from(head.subarray(0, head.length - head.length % 2));
    return sw.swap16().toString("utf16le");
  }
  const start = b0 === 239 && b1 === 187 && head[2] === 191 ? 3 : 0;
  return head.toString("utf8", start);
}
function looksBinary(s) {
  const n = Math.min(s.length, 4096);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 || c === 65533) bad++;
  }
  return n > 0 && bad / n > 0.05;
}
function xmlRoot(s) {
  let i = 0;
  for (; ; ) {
    const lt = s.indexOf("<", i);
    if (lt < 0) return void 0;
    if (s.startsWith("<?", lt)) {
      const e = s.indexOf("?>", lt);
      if (e < 0) return void 0;
      i = e + 2;
    } else if (s.startsWith("<!--", lt)) {
      const e = s.indexOf("-->", lt);
      if (e < 0) return void 0;
      i = e + 3;
    } else if (s.startsWith("<!", lt)) {
      const gt = s.indexOf(">", lt);
      if (gt < 0) return void 0;
      const open3 = s.indexOf("[", lt);
      if (open3 >= 0 && open3 < gt) {
        const close = s.indexOf("]", open3);
        if (close < 0) return void 0;
        const gt2 = s.indexOf(">", close);
        if (gt2 < 0) return void 0;
        i = gt2 + 1;
      } else {
        i = gt + 1;
      }
    } else {
      const m = /^<([A-Za-z_][\w.:-]*)/.exec(s.slice(lt, lt + 200));
      if (m === null) return void 0;
      return { name: m[1], rest: s.slice(lt) };
    }
  }
}
function detectFormat(head, source) {
  if (typeof head !== "string") {
    if (head[0] === 31 && head[1] === 139) {
      throw new UserError(`${source}: not a coverage report: gzip-compressed data (decompress it first)`);
    }
    if (head[0] === 80 && head[1] === 75 && head[2] === 3 && head[3] === 4) {
      throw new UserError(`${source}: not a coverage report: a zip archive (extract the report from it first)`);
    }
  }
  const s = headText(head);
  const t = s.trimStart();
  if (t === "") throw new UserError(`${source}: the coverage report is empty`);
  if (t.startsWith("<")) {
    const root = xmlRoot(t);
    if (root === void 0) throw new UserError(`${source}: not a coverage report: XML without a root element`);
    const name = root.name;
    if (name === "coverage") {
      const firstChild = /<(?!\/|!|\?)([A-Za-z_][\w.:-]*)/.exec(root.rest.slice(root.rest.indexOf(">") + 1));
      if (firstChild?.[1] === "project" || /^<coverage[^>]*\sclover=/.test(root.rest)) return "clover";
      return "cobertura";
    }
    if (name === "report") return "jacoco";
    const known = XML_ROOTS[name];
    throw new UserError(
      `${source}: not a coverage report: looks like ${known ?? `XML with root <${name}>`} (supported: LCOV, istanbul JSON, Cobertura, JaCoCo, Clover, Go coverprofile)`
    );
  }
  if (t.startsWith("{") || t.startsWith("[")) {
    if (/"statementMap"\s*:/.test(t) || /"coverageMap"\s*:/.test(t)) return "istanbul";
    if (/"source_files"\s*:/.test(t)) throw new UserError(`${source}: not a coverage report we read: looks like Coveralls JSON`);
    if (/"total"\s*:\s*\{\s*"lines"\s*:/.test(t)) {
      throw new UserError(
        `${source}: this is an istanbul json-summary (totals only, no line data); use coverage-final.json (reporter "json")`
      );
    }
    if (/"coverage"\s*:\s*\{/.test(t) && /"timestamp"\s*:/.test(t)) {
      throw new UserError(`${source}: not a coverage report we read: looks like a SimpleCov .resultset.json`);
    }
    if (/"numTotalTests"\s*:/.test(t)) {
      throw new UserError(`${source}: jest --json output without a coverageMap (run jest with --coverage)`);
    }
    if (/"gcovr\/format_version"\s*:/.test(t)) {
      throw new UserError(`${source}: not a coverage report we read: looks like gcovr JSON (use gcovr --cobertura or --lcov)`);
    }
    if (t.startsWith("{")) return "istanbul";
    throw new UserError(`${source}: not a coverage report: a JSON array`);
  }
  if (t.startsWith("mode:")) return "go";
  if (looksBinary(t)) throw new UserError(`${source}: not a coverage report: binary data`);
  for (const raw2 of t.split("\n", 50)) {
    const l = raw2.trim();
    if (l === "" || l.startsWith("#")) continue;
    if (/^(TN|SF|VER|FN|FNDA|FNF|FNH|FNL|FNA|DA|BRDA|BRF|BRH|LF|LH):/.test(l) || l === "end_of_record") return "lcov";
    if (/^-?\s*[-#=\d]+:\s*\d+:/.test(l)) {
      throw new UserError(`${source}: not a coverage report we read: looks like gcov text output (use lcov or gcovr)`);
    }
    break;
  }
  const first = t.split("\n", 1)[0]?.slice(0, 60) ?? "";
  throw new UserError(
    `${source}: not a coverage report: unrecognised content starting with "${first}" (supported: LCOV, istanbul JSON, Cobertura, JaCoCo, Clover, Go coverprofile)`
  );
}
var XML_ROOTS;
var init_detect = __esm({
  "src/coverage/parse/detect.ts"() {
    "use strict";
    init_errors();
    XML_ROOTS = {
      testsuites: "JUnit XML",
      testsuite: "JUnit XML",
      testrun: "a test-run XML (TRX/NUnit)",
      "test-run": "NUnit XML",
      "test-results": "NUnit XML",
      assemblies: "xUnit XML",
      TestRun: "TRX test results",
      CoverageSession: "OpenCover XML (not supported; convert it to Cobertura with ReportGenerator)",
      results: "a test-results XML",
      html: "HTML"
    };
  }
});

// src/coverage/parse/go.ts
function parseGo(buf, source, paths) {
  const text = buf.toString("utf8");
  const b = new ReportBuilder("go", source, paths);
  let pos = 0;
  let lineNo = 0;
  let mode;
  const byFile = /* @__PURE__ */ new Map();
  while (pos < text.length) {
    let end = text.indexOf("\n", pos);
    if (end < 0) end = text.length;
    let line = text.slice(pos, end);
    pos = end + 1;
    lineNo++;
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (line.trim() === "") continue;
    if (line.startsWith("mode:")) {
      const m2 = line.slice(5).trim();
      if (m2 !== "set" && m2 !== "count" && m2 !== "atomic") {
        throw new UserError(`${source}:${lineNo}: unknown Go coverage mode "${m2}" (expected set, count or atomic)`);
      }
      if (mode !== void 0 && mode !== m2) {
        throw new UserError(`${source}:${lineNo}: mixed Go coverage modes "${mode}" and "${m2}" in one profile`);
      }
      mode = m2;
      continue;
    }
    if (mode === void 0) throw new UserError(`${source}: not a Go coverprofile: the first line must be "mode: \u2026"`);
    const m = LINE_RE.exec(line);
    if (m === null) throw new UserError(`${source}:${lineNo}: malformed Go coverage block "${line.slice(0, 120)}"`);
    const file = m[1];
    const span = `${m[2]}.${m[3]},${m[4]}.${m[5]}`;
    const blk = { l1: Number(m[2]), l2: Number(m[4]), stmts: Number(m[6]), count: clampHits(Number(m[7])) };
    const shown = line.length > 120 ? `${line.slice(0, 120)}\u2026` : line;
    if (blk.l2 < blk.l1) throw new UserError(`${source}:${lineNo}: Go block ends before it starts: "${shown}"`);
    if (blk.l1 < 1 || blk.l2 > MAX_LINE) {
      throw new UserError(`${source}:${lineNo}: Go block lines out of range (1 to ${MAX_LINE}): "${shown}"`);
    }
    if (blk.l2 - blk.l1 >= GO_MAX_BLOCK_LINES) {
      throw new UserError(
        `${source}:${lineNo}: Go block spans ${blk.l2 - blk.l1 + 1} lines, more than the ${GO_MAX_BLOCK_LINES} one block can have: "${shown}"`
      );
    }
    let blocks = byFile.get(file);
    if (blocks === void 0) {
      blocks = /* @__PURE__ */ new Map();
      byFile.set(file, blocks);
    }
    const prev = blocks.get(span);
    if (prev === void 0) blocks.set(span, blk);
    else prev.count = mode === "set" ? Math.max(prev.count, blk.count) : clampHits(prev.count + blk.count);
  }
  if (mode === void 0) throw new UserError(`${source}: not a Go coverprofile: no "mode:" line`);
  if (byFile.size === 0) throw new UserError(`${source}: the go report contains no source files`);
  const mapper = goPathMapper([...byFile.keys()], paths);
  const budget = { left: goLimits.maxLines };
  for (const [imp, blocks] of byFile) {
    const f = b.file(mapper(imp));
    if (f === void 0) continue;
    sweep(
      [...blocks.values()].filter((blk) => blk.stmts > 0),
      source,
      budget,
      (line, hits, partial) => f.lines.set(line, lineRecord(hits, void 0, partial))
    );
  }
  return b.finish();
}
function sweep(blocks, source, budget, emit) {
  const n = blocks.length;
  if (n === 0) return;
  const byStart = blocks.slice().sort((x, y) => x.l1 - y.l1);
  const byEnd = blocks.slice().sort((x, y) => x.l2 - y.l2);
  const heap = [];
  let si = 0;
  let ei = 0;
  let covered = 0;
  let uncovered2 = 0;
  let p = byStart[0].l1;
  while (ei < n) {
    while (si < n && byStart[si].l1 <= p) {
      const blk = byStart[si++];
      heapPush(heap, blk);
      if (blk.count > 0) covered++;
      else uncovered2++;
    }
    while (ei < n && byEnd[ei].l2 < p) {
      if (byEnd[ei++].count > 0) covered--;
      else uncovered2--;
    }
    if (ei >= n) break;
    const q = Math.min(si < n ? byStart[si].l1 : Infinity, byEnd[ei].l2 + 1);
    if (covered + uncovered2 > 0) {
      budget.left -= q - p;
      if (budget.left < 0) {
        throw new UserError(`${source}: the Go profile covers more than ${goLimits.maxLines} lines; refusing to expand it`);
      }
      let hits = 0;
      if (covered > 0) {
        while (heap[0].l2 < p) heapPop(heap);
        hits = heap[0].count;
      }
      const partial = covered > 0 && uncovered2 > 0;
      for (let l = p; l < q; l++) emit(l, hits, partial);
    }
    p = q;
  }
}
function heapPush(h, blk) {
  let i = h.length;
  h.push(blk);
  while (i > 0) {
    const parent = i - 1 >> 1;
    if (h[parent].count >= blk.count) break;
    h[i] = h[parent];
    i = parent;
  }
  h[i] = blk;
}
function heapPop(h) {
  const last = h.pop();
  if (h.length === 0) return;
  let i = 0;
  const n = h.length;
  for (; ; ) {
    const l = 2 * i + 1;
    if (l >= n) break;
    const r = l + 1;
    const c = r < n && h[r].count > h[l].count ? r : l;
    if (h[c].count <= last.count) break;
    h[i] = h[c];
    i = c;
  }
  h[i] = last;
}
function goPathMapper(importPaths, paths) {
  const modules = [];
  const index = paths.index;
  if (index !== void 0) {
    for (const gomod of index.named("go.mod")) {
      const content = index.read(gomod);
      const m = content === void 0 ? null : /^\s*module\s+("?)([^\s"]+)\1\s*$/m.exec(content);
      if (m === null) continue;
      const dir = gomod.includes("/") ? gomod.slice(0, gomod.lastIndexOf("/")) : "";
      modules.push({ module: m[2], dir });
    }
    modules.sort((a, b) => b.module.length - a.module.length);
  }
  const fallback = commonModulePrefix(importPaths.filter((p) => !p.startsWith("/") && !p.startsWith(".")));
  return (p) => {
    for (const { module, dir } of modules) {
      if (p.startsWith(`${module}/`)) {
        const rest = p.slice(module.length + 1);
        return dir === "" ? rest : `${dir}/${rest}`;
      }
    }
    if (fallback !== void 0 && p.startsWith(`${fallback}/`)) {
      const rest = p.slice(fallback.length + 1);
      return /^v\d+\//.test(rest) ? rest.slice(rest.indexOf("/") + 1) : rest;
    }
    return p;
  };
}
function commonModulePrefix(importPaths) {
  if (importPaths.length === 0) return void 0;
  let common = importPaths[0].split("/").slice(0, -1);
  for (const p of importPaths) {
    const dirs = p.split("/").slice(0, -1);
    let k = 0;
    while (k < common.length && k < dirs.length && common[k] === dirs[k]) k++;
    common = common.slice(0, k);
    if (common.length === 0) return void 0;
  }
  const host = common[0];
  let take;
  if (THREE_PART_HOSTS.has(host)) take = 3;
  else if (host === "gopkg.in") take = 2;
  else if (host.includes(".")) take = 2;
  else take = 1;
  return common.slice(0, Math.min(take, common.length)).join("/");
}
var LINE_RE, GO_MAX_BLOCK_LINES, GO_MAX_LINES, goLimits, THREE_PART_HOSTS;
var init_go = __esm({
  "src/coverage/parse/go.ts"() {
    "use strict";
    init_errors();
    init_model();
    init_builder();
    LINE_RE = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
    GO_MAX_BLOCK_LINES = 1e5;
    GO_MAX_LINES = 2e7;
    goLimits = { maxLines: GO_MAX_LINES };
    THREE_PART_HOSTS = /* @__PURE__ */ new Set(["github.com", "gitlab.com", "bitbucket.org", "golang.org", "go.googlesource.com"]);
  }
});

// node_modules/istanbul-lib-coverage/lib/percent.js
var require_percent = __commonJS({
  "node_modules/istanbul-lib-coverage/lib/percent.js"(exports, module) {
    "use strict";
    module.exports = function percent2(covered, total) {
      let tmp;
      if (total > 0) {
        tmp = 1e3 * 100 * covered / total;
        return Math.floor(tmp / 10) / 100;
      } else {
        return 100;
      }
    };
  }
});

// node_modules/istanbul-lib-coverage/lib/data-properties.js
var require_data_properties = __commonJS({
  "node_modules/istanbul-lib-coverage/lib/data-properties.js"(exports, module) {
    "use strict";
    module.exports = function dataProperties(klass, properties) {
      properties.forEach((p) => {
        Object.defineProperty(klass.prototype, p, {
          enumerable: true,
          get() {
            return this.data[p];
          }
        });
      });
    };
  }
});

// node_modules/istanbul-lib-coverage/lib/coverage-summary.js
var require_coverage_summary = __commonJS({
  "node_modules/istanbul-lib-coverage/lib/coverage-summary.js"(exports, module) {
    "use strict";
    var percent2 = require_percent();
    var dataProperties = require_data_properties();
    function blankSummary() {
      const empty2 = () => ({
        total: 0,
        covered: 0,
        skipped: 0,
        pct: "Unknown"
      });
      return {
        lines: empty2(),
        statements: empty2(),
        functions: empty2(),
        branches: empty2(),
        branchesTrue: empty2()
      };
    }
    function assertValidSummary(obj) {
      const valid = obj && obj.lines && obj.statements && obj.functions && obj.branches;
      if (!valid) {
        throw new Error(
          "Invalid summary coverage object, missing keys, found:" + Object.keys(obj).join(",")
        );
      }
    }
    var CoverageSummary = class _CoverageSummary {
      /**
       * @constructor
       * @param {Object|CoverageSummary} [obj=undefined] an optional data object or
       * another coverage summary to initialize this object with.
       */
      constructor(obj) {
        if (!obj) {
          this.data = blankSummary();
        } else if (obj instanceof _CoverageSummary) {
          this.data = obj.data;
        } else {
          this.data = obj;
        }
        assertValidSummary(this.data);
      }
      /**
       * merges a second summary coverage object into this one
       * @param {CoverageSummary} obj - another coverage summary object
       */
      merge(obj) {
        const keys = [
          "lines",
          "statements",
          "branches",
          "functions",
          "branchesTrue"
        ];
        keys.forEach((key) => {
          if (obj[key]) {
            this[key].total += obj[key].total;
            this[key].covered += obj[key].covered;
            this[key].skipped += obj[key].skipped;
            this[key].pct = percent2(this[key].covered, this[key].total);
          }
        });
        return this;
      }
      /**
       * returns a POJO that is JSON serializable. May be used to get the raw
       * summary object.
       */
      toJSON() {
        return this.data;
      }
      /**
       * return true if summary has no lines of code
       */
      isEmpty() {
        return this.lines.total === 0;
      }
    };
    dataProperties(CoverageSummary, [
      "lines",
      "statements",
      "functions",
      "branches",
      "branchesTrue"
    ]);
    module.exports = {
      CoverageSummary
    };
  }
});

// node_modules/istanbul-lib-coverage/lib/file-coverage.js
var require_file_coverage = __commonJS({
  "node_modules/istanbul-lib-coverage/lib/file-coverage.js"(exports, module) {
    "use strict";
    var percent2 = require_percent();
    var dataProperties = require_data_properties();
    var { CoverageSummary } = require_coverage_summary();
    function emptyCoverage(filePath, reportLogic) {
      const cov = {
        path: filePath,
        statementMap: {},
        fnMap: {},
        branchMap: {},
        s: {},
        f: {},
        b: {}
      };
      if (reportLogic) cov.bT = {};
      return cov;
    }
    function assertValidObject(obj) {
      const valid = obj && obj.path && obj.statementMap && obj.fnMap && obj.branchMap && obj.s && obj.f && obj.b;
      if (!valid) {
        throw new Error(
          "Invalid file coverage object, missing keys, found:" + Object.keys(obj).join(",")
        );
      }
    }
    var keyFromLoc = ({ start, end }) => `${start.line}|${start.column}|${end.line}|${end.column}`;
    var isObj = (o) => !!o && typeof o === "object";
    var isLineCol = (o) => isObj(o) && typeof o.line === "number" && typeof o.column === "number";
    var isLoc = (o) => isObj(o) && isLineCol(o.start) && isLineCol(o.end);
    var getLoc = (o) => isLoc(o) ? o : isLoc(o.loc) ? o.loc : null;
    var findNearestContainer = (item, map) => {
      const itemLoc = getLoc(item);
      if (!itemLoc) return null;
      let nearestContainingItem = null;
      let containerDistance = null;
      let containerKey = null;
      for (const [i, mapItem] of Object.entries(map)) {
        const mapLoc = getLoc(mapItem);
        if (!mapLoc) continue;
        const distance = [
          itemLoc.start.line - mapLoc.start.line,
          itemLoc.start.column - mapLoc.start.column,
          mapLoc.end.line - itemLoc.end.line,
          mapLoc.end.column - itemLoc.end.column
        ];
        if (distance[0] < 0 || distance[2] < 0 || distance[0] === 0 && distance[1] < 0 || distance[2] === 0 && distance[3] < 0) {
          continue;
        }
        if (nearestContainingItem === null) {
          containerDistance = distance;
          nearestContainingItem = mapItem;
          containerKey = i;
          continue;
        }
        const closerBefore = distance[0] < containerDistance[0] || distance[0] === 0 && distance[1] < containerDistance[1];
        const closerAfter = distance[2] < containerDistance[2] || distance[2] === 0 && distance[3] < containerDistance[3];
        if (closerBefore || closerAfter) {
          containerDistance = distance;
          nearestContainingItem = mapItem;
          containerKey = i;
        }
      }
      return containerKey;
    };
    var addHits2 = (aHits, bHits) => {
      if (typeof aHits === "number" && typeof bHits === "number") {
        return aHits + bHits;
      } else if (Array.isArray(aHits) && Array.isArray(bHits)) {
        return aHits.map((a, i) => (a || 0) + (bHits[i] || 0));
      }
      return null;
    };
    var addNearestContainerHits = (item, itemHits, map, mapHits) => {
      const container = findNearestContainer(item, map);
      if (container) {
        return addHits2(itemHits, mapHits[container]);
      } else {
        return itemHits;
      }
    };
    var mergeProp = (aHits, aMap, bHits, bMap, itemKey = keyFromLoc) => {
      const aItems = {};
      for (const [key, itemHits] of Object.entries(aHits)) {
        const item = aMap[key];
        aItems[itemKey(item)] = [itemHits, item];
      }
      const bItems = {};
      for (const [key, itemHits] of Object.entries(bHits)) {
        const item = bMap[key];
        bItems[itemKey(item)] = [itemHits, item];
      }
      const mergedItems = {};
      for (const [key, aValue] of Object.entries(aItems)) {
        let aItemHits = aValue[0];
        const aItem = aValue[1];
        const bValue = bItems[key];
        if (!bValue) {
          aItemHits = addNearestContainerHits(aItem, aItemHits, bMap, bHits);
        } else {
          aItemHits = addHits2(aItemHits, bValue[0]);
        }
        mergedItems[key] = [aItemHits, aItem];
      }
      for (const [key, bValue] of Object.entries(bItems)) {
        let bItemHits = bValue[0];
        const bItem = bValue[1];
        if (mergedItems[key]) continue;
        bItemHits = addNearestContainerHits(bItem, bItemHits, aMap, aHits);
        mergedItems[key] = [bItemHits, bItem];
      }
      const hits = {};
      const map = {};
      Object.values(mergedItems).forEach(([itemHits, item], i) => {
        hits[i] = itemHits;
        map[i] = item;
      });
      return [hits, map];
    };
    var FileCoverage = class _FileCoverage {
      /**
       * @constructor
       * @param {Object|FileCoverage|String} pathOrObj is a string that initializes
       * and empty coverage object with the specified file path or a data object that
       * has all the required properties for a file coverage object.
       */
      constructor(pathOrObj, reportLogic = false) {
        if (!pathOrObj) {
          throw new Error(
            "Coverage must be initialized with a path or an object"
          );
        }
        if (typeof pathOrObj === "string") {
          this.data = emptyCoverage(pathOrObj, reportLogic);
        } else if (pathOrObj instanceof _FileCoverage) {
          this.data = pathOrObj.data;
        } else if (typeof pathOrObj === "object") {
          this.data = pathOrObj;
        } else {
          throw new Error("Invalid argument to coverage constructor");
        }
        assertValidObject(this.data);
      }
      /**
       * returns computed line coverage from statement coverage.
       * This is a map of hits keyed by line number in the source.
       */
      getLineCoverage() {
        const statementMap = this.data.statementMap;
        const statements = this.data.s;
        const lineMap = /* @__PURE__ */ Object.create(null);
        Object.entries(statements).forEach(([st, count]) => {
          if (!statementMap[st]) {
            return;
          }
          const { line } = statementMap[st].start;
          const prevVal = lineMap[line];
          if (prevVal === void 0 || prevVal < count) {
            lineMap[line] = count;
          }
        });
        return lineMap;
      }
      /**
       * returns an array of uncovered line numbers.
       * @returns {Array} an array of line numbers for which no hits have been
       *  collected.
       */
      getUncoveredLines() {
        const lc = this.getLineCoverage();
        const ret = [];
        Object.entries(lc).forEach(([l, hits]) => {
          if (hits === 0) {
            ret.push(l);
          }
        });
        return ret;
      }
      /**
       * returns a map of branch coverage by source line number.
       * @returns {Object} an object keyed by line number. Each object
       * has a `covered`, `total` and `coverage` (percentage) property.
       */
      getBranchCoverageByLine() {
        const branchMap = this.branchMap;
        const branches = this.b;
        const ret = {};
        Object.entries(branchMap).forEach(([k, map]) => {
          const line = map.line || map.loc.start.line;
          const branchData = branches[k];
          ret[line] = ret[line] || [];
          ret[line].push(...branchData);
        });
        Object.entries(ret).forEach(([k, dataArray]) => {
          const covered = dataArray.filter((item) => item > 0);
          const coverage = covered.length / dataArray.length * 100;
          ret[k] = {
            covered: covered.length,
            total: dataArray.length,
            coverage
          };
        });
        return ret;
      }
      /**
       * return a JSON-serializable POJO for this file coverage object
       */
      toJSON() {
        return this.data;
      }
      /**
       * merges a second coverage object into this one, updating hit counts
       * @param {FileCoverage} other - the coverage object to be merged into this one.
       *  Note that the other object should have the same structure as this one (same file).
       */
      merge(other) {
        if (other.all === true) {
          return;
        }
        if (this.all === true) {
          this.data = other.data;
          return;
        }
        let [hits, map] = mergeProp(
          this.s,
          this.statementMap,
          other.s,
          other.statementMap
        );
        this.data.s = hits;
        this.data.statementMap = map;
        const keyFromLocProp = (x) => keyFromLoc(x.loc);
        const keyFromLocationsProp = (x) => keyFromLoc(x.locations[0]);
        [hits, map] = mergeProp(
          this.f,
          this.fnMap,
          other.f,
          other.fnMap,
          keyFromLocProp
        );
        this.data.f = hits;
        this.data.fnMap = map;
        [hits, map] = mergeProp(
          this.b,
          this.branchMap,
          other.b,
          other.branchMap,
          keyFromLocationsProp
        );
        this.data.b = hits;
        this.data.branchMap = map;
        if (this.bT && other.bT) {
          [hits, map] = mergeProp(
            this.bT,
            this.branchMap,
            other.bT,
            other.branchMap,
            keyFromLocationsProp
          );
          this.data.bT = hits;
        }
      }
      computeSimpleTotals(property) {
        let stats = this[property];
        if (typeof stats === "function") {
          stats = stats.call(this);
        }
        const ret = {
          total: Object.keys(stats).length,
          covered: Object.values(stats).filter((v) => !!v).length,
          skipped: 0
        };
        ret.pct = percent2(ret.covered, ret.total);
        return ret;
      }
      computeBranchTotals(property) {
        const stats = this[property];
        const ret = { total: 0, covered: 0, skipped: 0 };
        Object.values(stats).forEach((branches) => {
          ret.covered += branches.filter((hits) => hits > 0).length;
          ret.total += branches.length;
        });
        ret.pct = percent2(ret.covered, ret.total);
        return ret;
      }
      /**
       * resets hit counts for all statements, functions and branches
       * in this coverage object resulting in zero coverage.
       */
      resetHits() {
        const statements = this.s;
        const functions = this.f;
        const branches = this.b;
        const branchesTrue = this.bT;
        Object.keys(statements).forEach((s) => {
          statements[s] = 0;
        });
        Object.keys(functions).forEach((f) => {
          functions[f] = 0;
        });
        Object.keys(branches).forEach((b) => {
          branches[b].fill(0);
        });
        if (branchesTrue) {
          Object.keys(branchesTrue).forEach((bT) => {
            branchesTrue[bT].fill(0);
          });
        }
      }
      /**
       * returns a CoverageSummary for this file coverage object
       * @returns {CoverageSummary}
       */
      toSummary() {
        const ret = {};
        ret.lines = this.computeSimpleTotals("getLineCoverage");
        ret.functions = this.computeSimpleTotals("f", "fnMap");
        ret.statements = this.computeSimpleTotals("s", "statementMap");
        ret.branches = this.computeBranchTotals("b");
        if (this.bT) {
          ret.branchesTrue = this.computeBranchTotals("bT");
        }
        return new CoverageSummary(ret);
      }
    };
    dataProperties(FileCoverage, [
      "path",
      "statementMap",
      "fnMap",
      "branchMap",
      "s",
      "f",
      "b",
      "bT",
      "all"
    ]);
    module.exports = {
      FileCoverage,
      // exported for testing
      findNearestContainer,
      addHits: addHits2,
      addNearestContainerHits
    };
  }
});

// node_modules/istanbul-lib-coverage/lib/coverage-map.js
var require_coverage_map = __commonJS({
  "node_modules/istanbul-lib-coverage/lib/coverage-map.js"(exports, module) {
    "use strict";
    var { FileCoverage } = require_file_coverage();
    var { CoverageSummary } = require_coverage_summary();
    function maybeConstruct(obj, klass) {
      if (obj instanceof klass) {
        return obj;
      }
      return new klass(obj);
    }
    function loadMap(source) {
      const data = /* @__PURE__ */ Object.create(null);
      if (!source) {
        return data;
      }
      Object.entries(source).forEach(([k, cov]) => {
        data[k] = maybeConstruct(cov, FileCoverage);
      });
      return data;
    }
    var CoverageMap = class _CoverageMap {
      /**
       * @constructor
       * @param {Object} [obj=undefined] obj A coverage map from which to initialize this
       * map's contents. This can be the raw global coverage object.
       */
      constructor(obj) {
        if (obj instanceof _CoverageMap) {
          this.data = obj.data;
        } else {
          this.data = loadMap(obj);
        }
      }
      /**
       * merges a second coverage map into this one
       * @param {CoverageMap} obj - a CoverageMap or its raw data. Coverage is merged
       *  correctly for the same files and additional file coverage keys are created
       *  as needed.
       */
      merge(obj) {
        const other = maybeConstruct(obj, _CoverageMap);
        Object.values(other.data).forEach((fc) => {
          this.addFileCoverage(fc);
        });
      }
      /**
       * filter the coveragemap based on the callback provided
       * @param {Function (filename)} callback - Returns true if the path
       *  should be included in the coveragemap. False if it should be
       *  removed.
       */
      filter(callback2) {
        Object.keys(this.data).forEach((k) => {
          if (!callback2(k)) {
            delete this.data[k];
          }
        });
      }
      /**
       * returns a JSON-serializable POJO for this coverage map
       * @returns {Object}
       */
      toJSON() {
        return this.data;
      }
      /**
       * returns an array for file paths for which this map has coverage
       * @returns {Array{string}} - array of files
       */
      files() {
        return Object.keys(this.data);
      }
      /**
       * returns the file coverage for the specified file.
       * @param {String} file
       * @returns {FileCoverage}
       */
      fileCoverageFor(file) {
        const fc = this.data[file];
        if (!fc) {
          throw new Error(`No file coverage available for: ${file}`);
        }
        return fc;
      }
      /**
       * adds a file coverage object to this map. If the path for the object,
       * already exists in the map, it is merged with the existing coverage
       * otherwise a new key is added to the map.
       * @param {FileCoverage} fc the file coverage to add
       */
      addFileCoverage(fc) {
        const cov = new FileCoverage(fc);
        const { path: path2 } = cov;
        if (this.data[path2]) {
          this.data[path2].merge(cov);
        } else {
          this.data[path2] = cov;
        }
      }
      /**
       * returns the coverage summary for all the file coverage objects in this map.
       * @returns {CoverageSummary}
       */
      getCoverageSummary() {
        const ret = new CoverageSummary();
        Object.values(this.data).forEach((fc) => {
          ret.merge(fc.toSummary());
        });
        return ret;
      }
    };
    module.exports = {
      CoverageMap
    };
  }
});

// node_modules/istanbul-lib-coverage/index.js
var require_istanbul_lib_coverage = __commonJS({
  "node_modules/istanbul-lib-coverage/index.js"(exports, module) {
    "use strict";
    var { FileCoverage } = require_file_coverage();
    var { CoverageMap } = require_coverage_map();
    var { CoverageSummary } = require_coverage_summary();
    module.exports = {
      /**
       * creates a coverage summary object
       * @param {Object} obj an argument with the same semantics
       *  as the one passed to the `CoverageSummary` constructor
       * @returns {CoverageSummary}
       */
      createCoverageSummary(obj) {
        if (obj && obj instanceof CoverageSummary) {
          return obj;
        }
        return new CoverageSummary(obj);
      },
      /**
       * creates a CoverageMap object
       * @param {Object} obj optional - an argument with the same semantics
       *  as the one passed to the CoverageMap constructor.
       * @returns {CoverageMap}
       */
      createCoverageMap(obj) {
        if (obj && obj instanceof CoverageMap) {
          return obj;
        }
        return new CoverageMap(obj);
      },
      /**
       * creates a FileCoverage object
       * @param {Object} obj optional - an argument with the same semantics
       *  as the one passed to the FileCoverage constructor.
       * @returns {FileCoverage}
       */
      createFileCoverage(obj) {
        if (obj && obj instanceof FileCoverage) {
          return obj;
        }
        return new FileCoverage(obj);
      }
    };
    module.exports.classes = {
      /**
       * the file coverage constructor
       */
      FileCoverage
    };
  }
});

// src/coverage/parse/istanbul.ts
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function looksLikeFile(v) {
  if (!isObject(v)) return false;
  const d = isObject(v.data) ? v.data : v;
  return isObject(d.statementMap) && isObject(d.s);
}
function unwrapIstanbul(json, source) {
  if (!isObject(json)) throw new UserError(`${source}: not an istanbul coverage report: top level is not an object`);
  if (isObject(json.coverageMap)) return unwrapIstanbul(json.coverageMap, source);
  const keys = Object.keys(json);
  if (keys.length === 1 && keys[0] === "data" && isObject(json.data) && !looksLikeFile(json)) {
    return unwrapIstanbul(json.data, source);
  }
  return json;
}
function parseIstanbulJson(json, source, paths) {
  const map0 = unwrapIstanbul(json, source);
  const entries2 = Object.entries(map0);
  if (entries2.length === 0) throw new UserError(`${source}: the istanbul report contains no source files`);
  for (const [key, v] of entries2) {
    if (!looksLikeFile(v)) {
      if (isObject(v) && isObject(v.lines) && isObject(v.statements)) {
        throw new UserError(
          `${source}: this is an istanbul json-summary (totals only, no line data); use coverage-final.json (reporter "json")`
        );
      }
      throw new UserError(
        `${source}: not an istanbul coverage report: entry "${key.slice(0, 80)}" has no statementMap/s`
      );
    }
  }
  const data = {};
  for (const [key, v] of entries2) {
    const o = v;
    const d = isObject(o.data) && !isObject(o.statementMap) ? o.data : o;
    checkCounts(d, key, source);
    data[key] = d;
  }
  let map;
  try {
    map = import_istanbul_lib_coverage.default.createCoverageMap(data);
  } catch (e) {
    throw new UserError(`${source}: invalid istanbul coverage data: ${e.message}`);
  }
  try {
    return buildReport(map, source, paths);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${source}: invalid istanbul coverage data: ${e.message}`);
  }
}
function buildReport(map, source, paths) {
  const b = new ReportBuilder("istanbul", source, paths);
  for (const file of map.files()) {
    const fc = map.fileCoverageFor(file);
    const f = b.file(fc.path || file);
    if (f === void 0) continue;
    const lines = fc.getLineCoverage();
    const branches = fc.getBranchCoverageByLine();
    for (const [l, hits] of Object.entries(lines)) {
      const line = Number(l);
      const br = branches[l];
      if (typeof hits !== "number") {
        throw new UserError(`${source}: istanbul entry "${file.slice(0, 80)}": line ${l.slice(0, 20)} has no count`);
      }
      b.addLine(f, line, hits, br === void 0 ? void 0 : { covered: br.covered, total: br.total });
    }
    for (const [l, br] of Object.entries(branches)) {
      if (lines[l] !== void 0) continue;
      const prev = f.unattachedBranches;
      f.unattachedBranches = {
        covered: (prev?.covered ?? 0) + br.covered,
        total: (prev?.total ?? 0) + br.total
      };
    }
    const s = fc.toSummary();
    b.addFunctions(f, s.functions.covered, s.functions.total);
  }
  const sum = map.getCoverageSummary();
  const producer = {
    lines: { covered: sum.lines.covered, total: sum.lines.total },
    branches: { covered: sum.branches.covered, total: sum.branches.total },
    functions: { covered: sum.functions.covered, total: sum.functions.total }
  };
  return b.finish(producer);
}
function checkCounts(d, key, source) {
  const bad = (what, v) => {
    const shown = typeof v === "string" ? JSON.stringify(v.slice(0, 38)) : Array.isArray(v) ? "an array" : v === null || typeof v !== "object" ? String(v).slice(0, 40) : "an object";
    throw new UserError(
      `${source}: istanbul entry "${key.slice(0, 80)}": ${what} is ${shown}, expected a non-negative integer count`
    );
  };
  const count = (v, what) => {
    if (typeof v !== "number" || !(v >= 0)) return bad(what, v);
    if (v > MAX_HITS) return MAX_HITS;
    return Number.isInteger(v) ? v : bad(what, v);
  };
  for (const name of ["s", "f"]) {
    const m = d[name];
    if (!isObject(m)) continue;
    for (const id of Object.keys(m)) m[id] = count(m[id], `${name}["${id.slice(0, 20)}"]`);
  }
  const pairs = [
    ["statementMap", "s"],
    ["fnMap", "f"],
    ["branchMap", "b"]
  ];
  for (const [mapName, countName] of pairs) {
    const m = d[mapName];
    const c = d[countName];
    if (!isObject(m)) continue;
    for (const id of Object.keys(m)) {
      if (!isObject(m[id])) {
        throw new UserError(`${source}: istanbul entry "${key.slice(0, 80)}": ${mapName}["${id.slice(0, 20)}"] is not an object`);
      }
      if (!isObject(c) || !Object.prototype.hasOwnProperty.call(c, id)) {
        throw new UserError(
          `${source}: istanbul entry "${key.slice(0, 80)}": ${mapName}["${id.slice(0, 20)}"] has no count in "${countName}"`
        );
      }
    }
  }
  const b = d.b;
  if (isObject(b)) {
    for (const id of Object.keys(b)) {
      const arr = b[id];
      if (!Array.isArray(arr)) return bad(`b["${id.slice(0, 20)}"]`, arr);
      for (let k = 0; k < arr.length; k++) arr[k] = count(arr[k], `b["${id.slice(0, 20)}"][${k}]`);
    }
  }
}
function parseIstanbul(buf, source, paths) {
  let json;
  try {
    json = JSON.parse(buf.toString("utf8").replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new UserError(`${source}: truncated or malformed JSON (${e.message})`);
  }
  return parseIstanbulJson(json, source, paths);
}
var import_istanbul_lib_coverage;
var init_istanbul = __esm({
  "src/coverage/parse/istanbul.ts"() {
    "use strict";
    import_istanbul_lib_coverage = __toESM(require_istanbul_lib_coverage(), 1);
    init_errors();
    init_model();
    init_builder();
  }
});

// src/coverage/parse/jacoco.ts
function parseJacoco(buf, source, paths, sourceRoots = DEFAULT_SOURCE_ROOTS) {
  const xml = decodeXml(buf, source);
  const b = new ReportBuilder("jacoco", source, paths);
  const producer = {};
  const groups = [];
  const ambiguous = [];
  const notFound = [];
  let pkg;
  let cur;
  let depth = 0;
  let sourcefileDepth = 0;
  let linesWithoutCounts = 0;
  let sfName = "";
  let sfWithoutCounts = 0;
  let sfLineCounter;
  const roots = sourceRoots.map((r) => r.replace(/^\.?\/+|\/+$/g, ""));
  const resolve10 = (pkgPath) => {
    const index = paths.index;
    if (index === void 0) return b.file(pkgPath);
    const n = paths.normalize(pkgPath);
    if (!n.outside && index.has(n.path)) return b.fileAt(n.path);
    let cands = index.withSuffix(pkgPath);
    if (cands.length > 1) {
      const underRoot = cands.filter((c) => {
        const prefix = c.slice(0, c.length - pkgPath.length).replace(/\/$/, "");
        return roots.some((r) => prefix === r || prefix.endsWith(`/${r}`));
      });
      if (underRoot.length > 0) cands = underRoot;
    }
    if (cands.length > 1 && groups.length > 0) {
      const inGroup = cands.filter((c) => groups.some((g) => c.startsWith(`${g}/`) || c.includes(`/${g}/`)));
      if (inGroup.length > 0) cands = inGroup;
    }
    if (cands.length === 1) return b.fileAt(cands[0]);
    if (cands.length > 1) ambiguous.push(`${pkgPath} (${cands.slice(0, 3).join(", ")}${cands.length > 3 ? ", \u2026" : ""})`);
    else notFound.push(pkgPath);
    return b.file(pkgPath);
  };
  parseXml(xml, source, {
    open(name, a) {
      depth++;
      if (depth === 1 && name !== "report") {
        throw new UserError(`${source}: not a JaCoCo report: root element is <${name}>, expected <report>`);
      }
      if (name === "line") {
        if (sourcefileDepth > 0) {
          const nr = intAttr(a, "nr", source, "line");
          if (nr === void 0) throw new UserError(`${source}: <line> without an nr attribute`);
          const ci = countAttr(a, "ci", source, "line");
          const mb = countAttr(a, "mb", source, "line") ?? 0;
          const cb = countAttr(a, "cb", source, "line") ?? 0;
          if (ci === void 0) {
            linesWithoutCounts++;
            sfWithoutCounts++;
          }
          if (cur !== void 0) {
            const br = mb + cb > 0 ? { covered: cb, total: mb + cb } : void 0;
            b.addLine(cur, nr, ci ?? 0, br);
          }
        }
      } else if (name === "counter") {
        const type = a.get("type");
        const missed = countAttr(a, "missed", source, "counter");
        const covered = countAttr(a, "covered", source, "counter");
        if (missed !== void 0 && covered !== void 0) {
          const r = { covered, total: clampHits(missed + covered) };
          if (depth === 2) {
            if (type === "LINE") producer.lines = r;
            else if (type === "BRANCH") producer.branches = r;
            else if (type === "METHOD") producer.functions = r;
          } else if (sourcefileDepth > 0 && depth === sourcefileDepth + 1) {
            if (type === "METHOD" && cur !== void 0) b.addFunctions(cur, r.covered, r.total);
            else if (type === "LINE") sfLineCounter = r;
          }
        }
      } else if (name === "sourcefile") {
        if (pkg === void 0) throw new UserError(`${source}: <sourcefile> outside a <package>`);
        const file = a.get("name");
        if (file === void 0 || file === "") throw new UserError(`${source}: <sourcefile> without a name`);
        sfName = pkg === "" ? file : `${pkg.replace(/\/+$/, "")}/${file}`;
        cur = resolve10(sfName);
        sourcefileDepth = depth;
        sfWithoutCounts = 0;
        sfLineCounter = void 0;
      } else if (name === "package") {
        pkg = a.get("name") ?? "";
      } else if (name === "group") {
        groups.push(a.get("name") ?? "");
      }
    },
    close(name) {
      depth--;
      if (name === "sourcefile") {
        if (sfWithoutCounts > 0 && cur !== void 0) {
          if (sfLineCounter === void 0) {
            throw new UserError(
              `${source}: <sourcefile> ${sfName} has ${sfWithoutCounts} <line> element(s) without mi/ci counts and no LINE counter, so its line coverage is unknown`
            );
          }
          const prev = cur.statedLines;
          cur.statedLines = prev === void 0 ? sfLineCounter : { covered: clampHits(prev.covered + sfLineCounter.covered), total: clampHits(prev.total + sfLineCounter.total) };
        }
        sourcefileDepth = 0;
        cur = void 0;
      } else if (name === "package") pkg = void 0;
      else if (name === "group") groups.pop();
    }
  });
  if (linesWithoutCounts > 0) {
    b.warn(
      `${source}: ${linesWithoutCounts} <line> element(s) have no mi/ci counts (e.g. gcovr's JaCoCo writer): the report has no per-line hits, so line totals come from its LINE counters and patch coverage is n/a; prefer this tool's Cobertura or LCOV output`
    );
  }
  if (ambiguous.length > 0) {
    b.warn(
      `${source}: ${ambiguous.length} JaCoCo file(s) match several repository paths, kept as package paths: ${ambiguous.slice(0, 3).join("; ")}`
    );
  }
  if (notFound.length > 0 && paths.index !== void 0) {
    b.warn(
      `${source}: ${notFound.length} JaCoCo file(s) not found under the repository source roots, kept as package paths: ${notFound.slice(0, 3).join(", ")}`
    );
  }
  return b.finish(producer);
}
var DEFAULT_SOURCE_ROOTS;
var init_jacoco = __esm({
  "src/coverage/parse/jacoco.ts"() {
    "use strict";
    init_errors();
    init_model();
    init_builder();
    init_xml();
    DEFAULT_SOURCE_ROOTS = [
      "src/main/java",
      "src/main/kotlin",
      "src/main/scala",
      "src/main/groovy",
      "src/test/java",
      "src/test/kotlin",
      "src/test/scala",
      "src/commonMain/kotlin",
      "src/jvmMain/kotlin",
      "src",
      "app/src/main/java",
      "app/src/main/kotlin"
    ];
  }
});

// src/coverage/parse/lcov.ts
function addHits(a, b) {
  const sum = a + b;
  return sum > MAX_HITS ? MAX_HITS : sum;
}
function parseLcov(buf, source, paths, opts = {}) {
  const stream = lcovStream(source, paths, (start, end) => buf.subarray(start, end), opts);
  stream.push(buf, 0);
  return stream.finish();
}
function lcovStream(source, paths, reread, opts = {}) {
  return new LcovParser(source, paths, reread, opts.exactOnly === true);
}
function grow64(a) {
  const next = new Float64Array(a.length * 2);
  next.set(a);
  return next;
}
function sameBytes(a, as, ae, b, bs, be) {
  if (ae - as !== be - bs) return false;
  for (let k = 0; k < ae - as; k++) if (a[as + k] !== b[bs + k]) return false;
  return true;
}
function setBranchesOn(f, line, covered, total) {
  const prev = f.lines.get(line);
  if (prev === void 0) return false;
  f.lines.set(line, lineRecord(prev.hits, { covered, total }));
  return true;
}
function exactTally(f, ranges, reread) {
  const ex = {};
  for (let k = 0; k < ranges.length; k += 2) {
    const bytes = reread(ranges[k], ranges[k + 1]);
    const buf = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    const text = (p, end) => bytes.toString("utf8", p, end);
    let pos = 0;
    while (pos < buf.length) {
      let end = buf.indexOf(NL, pos);
      if (end < 0) end = buf.length;
      let e = end;
      if (e > pos && buf[e - 1] === CR) e--;
      if (buf[pos] === 66 && startsWith(buf, pos, "BRDA:")) {
        const [line, key, taken] = brdaSlow(text(pos + 5, e), () => new UserError("BRDA"));
        addBranch(ex.branches ??= /* @__PURE__ */ new Map(), line, key, taken);
      } else if (buf[pos] === 70 && buf[pos + 1] === 78) {
        let named;
        if (startsWith(buf, pos, "FNDA:")) named = fndaSlow(text(pos + 5, e), () => new UserError("FNDA"));
        else if (startsWith(buf, pos, "FNA:")) named = fnaSlow(text(pos + 4, e), () => new UserError("FNA"));
        else if (startsWith(buf, pos, "FN:")) named = [fnSlow(text(pos + 3, e), () => new UserError("FN")), 0];
        if (named !== void 0) {
          const fns = ex.functions ??= /* @__PURE__ */ new Map();
          fns.set(named[0], addHits(fns.get(named[0]) ?? 0, named[1]));
        }
      }
      pos = end + 1;
    }
  }
  if (f.lines instanceof LineMap) f.lines.dropBranches();
  else for (const [line, rec3] of f.lines) if (rec3.branches !== void 0) f.lines.set(line, lineRecord(rec3.hits));
  f.unattachedBranches = void 0;
  f.functions = void 0;
  let ucov = 0;
  let utot = 0;
  for (const [line, m] of ex.branches ?? []) {
    if (line < 1) continue;
    let covered = 0;
    for (let k = 1; k < m.length; k += 2) if (m[k] > 0) covered++;
    const total = m.length >> 1;
    if (setBranchesOn(f, line, covered, total)) continue;
    ucov += covered;
    utot += total;
  }
  if (utot > 0) f.unattachedBranches = { covered: ucov, total: utot };
  if (ex.functions !== void 0) {
    let covered = 0;
    for (const h of ex.functions.values()) if (h > 0) covered++;
    f.functions = { covered, total: ex.functions.size };
  }
}
function brdaSlow(s, bad) {
  const parts = s.split(",");
  const line = /^\d{1,10}$/.test(parts[0] ?? "") ? Number(parts[0]) : NaN;
  const takenRaw = parts[parts.length - 1];
  if (parts.length < 4 || !(line <= MAX_LINE) || takenRaw === void 0) throw bad();
  const taken = takenRaw === "-" ? 0 : countField(takenRaw);
  if (!Number.isFinite(taken) || taken < 0) throw bad();
  if (parts.length === 4) {
    const bl = parts[1];
    const br = parts[2];
    if (/^\d{1,10}$/.test(bl) && /^\d{1,7}$/.test(br) && Number(bl) < BRANCH_BLOCK_LIMIT && Number(br) < BRANCH_ID_RADIX) {
      return [line, Number(bl) * BRANCH_ID_RADIX + Number(br), taken];
    }
  }
  const key = parts.length > 4 ? `${parts[1]},${parts.slice(2, -1).join(",")}` : `${parts[1]},${parts[2]}`;
  return [line, key, taken];
}
function countField(raw2) {
  if (!DECIMAL_COUNT.test(raw2)) return NaN;
  const n = Number(raw2);
  if (Number.isFinite(n)) return n > MAX_HITS ? MAX_HITS : n < -MAX_HITS ? -MAX_HITS : n;
  return n > 0 ? MAX_HITS : -MAX_HITS;
}
function fndaSlow(s, bad) {
  const comma = s.indexOf(",");
  const hits = countField(s.slice(0, comma));
  if (comma < 0 || !Number.isFinite(hits)) throw bad();
  return [s.slice(comma + 1), Math.max(0, hits)];
}
function fnaSlow(s, bad) {
  const c1i = s.indexOf(",");
  const c2i = s.indexOf(",", c1i + 1);
  const hits = countField(s.slice(c1i + 1, c2i));
  if (c1i < 0 || c2i < 0 || !Number.isFinite(hits)) throw bad();
  return [s.slice(c2i + 1), Math.max(0, hits)];
}
function fnSlow(s, bad) {
  const parts = s.split(",");
  if (parts.length < 2 || !Number.isInteger(Number(parts[0]))) throw bad();
  return Number.isInteger(Number(parts[1])) && parts.length > 2 ? parts.slice(2).join(",") : parts.slice(1).join(",");
}
function addBranch(brs, line, key, taken) {
  const m = brs.get(line);
  if (m === void 0) {
    brs.set(line, [key, taken]);
    return;
  }
  for (let k = 0; k < m.length; k += 2) {
    if (m[k] === key) {
      m[k + 1] = addHits(m[k + 1], taken);
      return;
    }
  }
  m.push(key, taken);
}
function startsWith(buf, pos, s) {
  for (let i = 0; i < s.length; i++) if (buf[pos + i] !== s.charCodeAt(i)) return false;
  return true;
}
function summaryInt(buf, p, e, at2) {
  let n = 0;
  let q = p;
  for (; q < e; q++) {
    const c = buf[q] - 48;
    if (c < 0 || c > 9) break;
    n = n * 10 + c;
  }
  if (q === p || q !== e) throw at2.bad(`summary record "${at2.text(p - 3, e)}"`);
  return n > MAX_HITS ? MAX_HITS : n;
}
var NL, CR, COLON, COMMA, EMPTY_BUF, BRANCH_ID_RADIX, BRANCH_BLOCK_LIMIT, LcovParser, BlockTally, DECIMAL_COUNT, MAX_FAST_DIGITS, FieldReader, RUN_MAX_LINE, RUN_MAX_HIT_DIGITS, NO_RECORD, DaRun;
var init_lcov = __esm({
  "src/coverage/parse/lcov.ts"() {
    "use strict";
    init_errors();
    init_model();
    init_builder();
    init_linemap();
    NL = 10;
    CR = 13;
    COLON = 58;
    COMMA = 44;
    EMPTY_BUF = Buffer.alloc(0);
    BRANCH_ID_RADIX = 2 ** 21;
    BRANCH_BLOCK_LIMIT = 2 ** 31;
    LcovParser = class {
      constructor(source, paths, reread, exactOnly) {
        this.source = source;
        this.reread = reread;
        this.exactOnly = exactOnly;
        this.b = new ReportBuilder("lcov", source, paths);
      }
      source;
      reread;
      exactOnly;
      b;
      /**
       * Each file's first block as [start, end] report offsets at its index (kept in the file's
       * LineMap.parserTag); `exactAt[index]` = 1 once the file is to be tallied by name at the end.
       */
      ranges = new Float64Array(1024);
      exactAt = new Uint8Array(512);
      rangeN = 0;
      /** Later blocks of files that have several: [start, end, start, end, …]. */
      moreBlocks = /* @__PURE__ */ new Map();
      /** Files tallied exactly (by name) at the end instead of per block, with their block index. */
      exact = [];
      tally = new BlockTally();
      run = new DaRun();
      /** Reads the numeric fields of BRDA, FN, FNDA and FNA records (one per parser, reused record to record). */
      fields = new FieldReader();
      lf = 0;
      lh = 0;
      brf = 0;
      brh = 0;
      fnf = 0;
      fnh = 0;
      hasL = false;
      hasB = false;
      hasF = false;
      lineNo = 0;
      cur;
      /** The current file's LineMap (undefined outside a block or for a file outside the repo). */
      lines;
      inRecord = false;
      sawSf = false;
      /** The current file had no lines before this SF block: DA lines can be set directly. */
      fresh = false;
      lastLine = 0;
      /** Report offset of the current block's SF line. */
      blockStart = 0;
      /** The piece being parsed, and its report offset. */
      chunk = EMPTY_BUF;
      offset = 0;
      push(chunk, offset) {
        this.chunk = chunk;
        this.offset = offset;
        this.scan(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
        this.chunk = EMPTY_BUF;
      }
      scan(buf) {
        const len = buf.length;
        let lim = len;
        while (lim > 0 && buf[lim - 1] !== NL) lim--;
        let pos = 0;
        while (pos < len) {
          if (this.fresh && buf[pos] === 68 && this.lines !== void 0) {
            const run = this.run;
            const next = run.scan(buf, pos, lim, this.lastLine);
            if (next !== pos) {
              this.lineNo += run.scanned;
              this.lastLine = run.last;
              pos = next;
              continue;
            }
          }
          let end = pos;
          while (end < len && buf[end] !== NL) end++;
          this.lineNo++;
          let e = end;
          if (e > pos && buf[e - 1] === CR) e--;
          this.record(buf, pos, e, end);
          pos = end + 1;
        }
      }
      /** One record (bytes pos…e, its newline at `end`). Unknown records (TN, VER, FNL, …) are ignored. */
      record(buf, pos, e, end) {
        const c0 = buf[pos];
        const c1 = buf[pos + 1];
        const c2 = buf[pos + 2];
        const c3 = buf[pos + 3];
        if (c0 === 68 && c1 === 65 && c2 === COLON) this.da(buf, pos, e);
        else if (c0 === 83 && c1 === 70 && c2 === COLON) this.sf(pos, e);
        else if (c0 === 66 && c1 === 82) {
          if (c2 === 68 && c3 === 65 && buf[pos + 4] === COLON) this.brda(buf, pos, e);
          else if (c2 === 70 && c3 === COLON) {
            this.brf = addHits(this.brf, summaryInt(buf, pos + 4, e, this));
            this.hasB = true;
          } else if (c2 === 72 && c3 === COLON) {
            this.brh = addHits(this.brh, summaryInt(buf, pos + 4, e, this));
            this.hasB = true;
          }
        } else if (c0 === 70 && c1 === 78) {
          if (c2 === 68 && c3 === 65 && buf[pos + 4] === COLON) this.fnda(buf, pos, e);
          else if (c2 === 65 && c3 === COLON) this.fna(buf, pos, e);
          else if (c2 === COLON) this.fn(buf, pos, e);
          else if (c2 === 70 && c3 === COLON) {
            this.fnf = addHits(this.fnf, summaryInt(buf, pos + 4, e, this));
            this.hasF = true;
          } else if (c2 === 72 && c3 === COLON) {
            this.fnh = addHits(this.fnh, summaryInt(buf, pos + 4, e, this));
            this.hasF = true;
          }
        } else if (c0 === 76 && (c1 === 70 || c1 === 72) && c2 === COLON) {
          const v = summaryInt(buf, pos + 3, e, this);
          if (c1 === 70) this.lf = addHits(this.lf, v);
          else this.lh = addHits(this.lh, v);
          this.hasL = true;
        } else if (c0 === 101 && startsWith(buf, pos, "end_of_record")) {
          if (this.cur !== void 0) this.closeBlock(this.cur, this.offset + Math.min(end + 1, buf.length));
          this.inRecord = false;
          this.cur = void 0;
          this.lines = void 0;
        } else if (c0 === 0) {
          throw new UserError(`${this.source}: not an LCOV file: binary data at line ${this.lineNo}`);
        }
      }
      /** A malformed-record error at the current line. */
      bad(what) {
        return new UserError(`${this.source}:${this.lineNo}: malformed LCOV ${what}`);
      }
      /** Bytes p…end of the current piece as text. */
      text(p, end) {
        return this.chunk.toString("utf8", p, end);
      }
      /** DA:<line>,<hits>[,<checksum>] outside a fast run: every check, and lines summed when repeated. */
      da(buf, pos, e) {
        if (!this.inRecord) throw this.bad("DA record outside an SF block");
        let q = pos + 3;
        let line = 0;
        let c = buf[q] - 48;
        while (c >= 0 && c <= 9) {
          line = line * 10 + c;
          c = buf[++q] - 48;
        }
        const okLine = q > pos + 3 && buf[q] === COMMA;
        q++;
        let neg = false;
        if (buf[q] === 45) {
          neg = true;
          q++;
        }
        const hs = q;
        let hits = 0;
        c = buf[q] - 48;
        while (c >= 0 && c <= 9) {
          hits = hits * 10 + c;
          c = buf[++q] - 48;
        }
        if (!okLine || line > MAX_LINE) throw this.bad(`DA record "${this.text(pos, e)}"`);
        if (q === hs || q < e && buf[q] !== COMMA) {
          const f = countField(this.text(hs, e).split(",")[0].trim());
          if (!Number.isInteger(f) || f < 0) throw this.bad(`DA record "${this.text(pos, e)}"`);
          hits = f;
        }
        if (hits > MAX_HITS) hits = MAX_HITS;
        if (neg) hits = 0;
        if (this.run.n > 0) this.flush();
        const cur = this.cur;
        if (line < 1) this.b.skippedLineZero(1);
        if (cur === void 0 || line < 1) return;
        if (this.fresh && line > this.lastLine && this.lines !== void 0) {
          this.lines.setHits(line, hits);
          this.lastLine = line;
        } else {
          const prev = cur.lines.get(line);
          cur.lines.set(line, prev === void 0 ? lineRecord(hits) : lineRecord(addHits(prev.hits, hits), prev.branches));
          if (line > this.lastLine) this.lastLine = line;
          this.fresh = false;
        }
      }
      sf(pos, e) {
        const raw2 = this.text(pos + 3, e).trim();
        if (raw2 === "") throw this.bad("SF record with an empty path");
        if (this.cur !== void 0) this.closeBlock(this.cur, this.offset + pos);
        this.sawSf = true;
        this.inRecord = true;
        this.flush();
        const cur = this.b.file(raw2);
        this.cur = cur;
        this.fresh = cur !== void 0 && cur.lines.size === 0;
        this.lines = cur !== void 0 && cur.lines instanceof LineMap ? cur.lines : void 0;
        this.lastLine = 0;
        this.blockStart = this.offset + pos;
        this.tally.reset();
      }
      brda(buf, pos, e) {
        if (!this.inRecord) throw this.bad("BRDA record outside an SF block");
        if (this.cur === void 0) return;
        const f = this.fields;
        if (f.brda(buf, pos + 5, e)) {
          if (!this.tally.inexact) this.tally.branch(f.line, f.block * BRANCH_ID_RADIX + f.branch, f.taken);
        } else {
          brdaSlow(this.text(pos + 5, e), () => this.bad(`BRDA record "${this.text(pos, e)}"`));
          this.tally.inexact = true;
        }
      }
      /** FNDA:<hits>,<name> */
      fnda(buf, pos, e) {
        if (this.cur === void 0) return;
        const f = this.fields;
        const hits = f.uint(buf, pos + 5, e);
        this.fnRecord(buf, pos, e, hits >= 0 && buf[f.end] === COMMA ? f.end + 1 : -1, hits, "FNDA", fndaSlow);
      }
      /** lcov 2: FNA:<index>,<hits>,<alias name> */
      fna(buf, pos, e) {
        if (this.cur === void 0) return;
        const name = this.fields.fnaNameStart(buf, pos + 4, e);
        this.fnRecord(buf, pos, e, name, this.fields.hits, "FNA", fnaSlow);
      }
      /** FN:<line>[,<end line>],<name>: declares a function (0 hits until an FNDA says otherwise). */
      fn(buf, pos, e) {
        if (this.cur === void 0) return;
        this.fnRecord(buf, pos, e, this.fields.fnNameStart(buf, pos + 3, e), 0, "FN", fnSlow);
      }
      /**
       * A function record whose name starts at `name` (bytes up to e) with `hits`; name < 0 when the fast
       * reading does not apply: the record is then checked by the general rule (`slow`, which throws the
       * malformed-record error) and its block is tallied by name at the end.
       */
      fnRecord(buf, pos, e, name, hits, tag, slow) {
        if (name >= 0) {
          if (!this.tally.inexact) this.tally.fn(buf, name, e, hits);
          return;
        }
        slow(this.text(pos + tag.length + 1, e), () => this.bad(`${tag} record "${this.text(pos, e)}"`));
        this.tally.inexact = true;
      }
      flush() {
        const run = this.run;
        if (run.n > 0 && this.lines !== void 0) this.lines.adoptDense(run.d, run.max, run.n, run.covered);
        run.clear();
      }
      /** End of the current file's block at report offset `end`: record its range, settle its tallies. */
      closeBlock(cur, end) {
        this.flush();
        const lines = cur.lines;
        let k = lines.parserTag;
        if (k < 0) {
          k = this.rangeN++;
          if (k * 2 === this.ranges.length) this.ranges = grow64(this.ranges);
          if (k === this.exactAt.length) {
            const next = new Uint8Array(k * 2);
            next.set(this.exactAt);
            this.exactAt = next;
          }
          this.ranges[k * 2] = this.blockStart;
          this.ranges[k * 2 + 1] = end;
          lines.parserTag = k;
          if (this.tally.inexact || this.exactOnly) this.markExact(cur, k);
          else this.tally.settle(cur);
        } else {
          const more = this.moreBlocks.get(cur);
          if (more === void 0) this.moreBlocks.set(cur, [this.blockStart, end]);
          else more.push(this.blockStart, end);
          this.markExact(cur, k);
        }
        this.tally.reset();
      }
      markExact(f, k) {
        if (this.exactAt[k] === 1) return;
        this.exactAt[k] = 1;
        this.exact.push([f, k]);
      }
      finish() {
        this.flush();
        if (!this.sawSf) throw new UserError(`${this.source}: not an LCOV file: no SF: records`);
        if (this.inRecord) throw new UserError(`${this.source}: truncated LCOV: the last SF block has no end_of_record`);
        for (const [f, k] of this.exact) {
          const all = [this.ranges[k * 2], this.ranges[k * 2 + 1], ...this.moreBlocks.get(f) ?? []];
          exactTally(f, all, this.reread);
        }
        for (const f of this.b.files.values()) if (f.lines instanceof LineMap) f.lines.parserTag = -1;
        const producer = {};
        if (this.hasL) producer.lines = { covered: this.lh, total: this.lf };
        if (this.hasB) producer.branches = { covered: this.brh, total: this.brf };
        if (this.hasF) producer.functions = { covered: this.fnh, total: this.fnf };
        return this.b.finish(producer);
      }
    };
    BlockTally = class {
      inexact = false;
      /** The block's function names, copied (a block may go on in the next piece of the file). */
      names = new Uint8Array(4096);
      namesLen = 0;
      fnN = 0;
      fnStart = new Int32Array(64);
      fnEnd = new Int32Array(64);
      fnHash = new Int32Array(64);
      fnHits = new Float64Array(64);
      /** Open-addressing table: slot → entry + 1, valid while slotGen[slot] === gen. */
      slots = new Int32Array(256);
      slotGen = new Int32Array(256);
      gen = 1;
      brN = 0;
      brLine = new Float64Array(64);
      brKey = new Float64Array(64);
      brTaken = new Float64Array(64);
      reset() {
        this.inexact = false;
        this.namesLen = 0;
        this.fnN = 0;
        this.brN = 0;
        if (++this.gen === 2 ** 31 - 1) {
          this.slotGen.fill(0);
          this.gen = 1;
        }
      }
      /** A function named by bytes s…e of buf (FN: hits 0, FNDA/FNA: its hits). */
      fn(buf, s, e, hits) {
        let h = 2166136261 | 0;
        let high = 0;
        for (let k = s; k < e; k++) {
          const c = buf[k];
          high |= c;
          h = Math.imul(h ^ c, 16777619);
        }
        if (high >= 128) {
          this.inexact = true;
          return;
        }
        const mask = this.slots.length - 1;
        for (let slot = h & mask; ; slot = slot + 1 & mask) {
          if (this.slotGen[slot] !== this.gen) {
            const i2 = this.fnN++;
            if (i2 === this.fnStart.length) this.growFns();
            const at2 = this.keepName(buf, s, e);
            this.fnStart[i2] = at2;
            this.fnEnd[i2] = at2 + (e - s);
            this.fnHash[i2] = h;
            this.fnHits[i2] = hits;
            this.slotGen[slot] = this.gen;
            this.slots[slot] = i2 + 1;
            if (this.fnN * 2 > this.slots.length) this.rehash();
            return;
          }
          const i = this.slots[slot] - 1;
          if (this.fnHash[i] === h && sameBytes(this.names, this.fnStart[i], this.fnEnd[i], buf, s, e)) {
            this.fnHits[i] = this.fnHits[i] + hits;
            return;
          }
        }
      }
      /** Copy bytes s…e of buf after the names kept so far; returns where they start. */
      keepName(buf, s, e) {
        const at2 = this.namesLen;
        const end = at2 + (e - s);
        if (end > this.names.length) {
          let size = this.names.length * 2;
          while (size < end) size *= 2;
          const next = new Uint8Array(size);
          next.set(this.names.subarray(0, at2));
          this.names = next;
        }
        const names = this.names;
        for (let k = s; k < e; k++) names[at2 + k - s] = buf[k];
        this.namesLen = end;
        return at2;
      }
      branch(line, key, taken) {
        const i = this.brN++;
        if (i === this.brLine.length) {
          this.brLine = grow64(this.brLine);
          this.brKey = grow64(this.brKey);
          this.brTaken = grow64(this.brTaken);
        }
        this.brLine[i] = line;
        this.brKey[i] = key;
        this.brTaken[i] = taken;
      }
      /** Put this block's totals on its (first-seen) file. */
      settle(f) {
        if (this.fnN > 0) {
          let covered = 0;
          for (let i = 0; i < this.fnN; i++) if (this.fnHits[i] > 0) covered++;
          f.functions = { covered, total: this.fnN };
        }
        if (this.brN > 0) this.settleBranches(f);
      }
      settleBranches(f) {
        const n = this.brN;
        let order;
        for (let i2 = 1; i2 < n; i2++) {
          const dl = this.brLine[i2] - this.brLine[i2 - 1];
          if (dl < 0 || dl === 0 && this.brKey[i2] <= this.brKey[i2 - 1]) {
            order = [];
            break;
          }
        }
        if (order !== void 0) {
          for (let i2 = 0; i2 < n; i2++) order.push(i2);
          order.sort((a, c) => this.brLine[a] - this.brLine[c] || this.brKey[a] - this.brKey[c]);
        }
        const lm = f.lines instanceof LineMap ? f.lines : void 0;
        let ucov = 0;
        let utot = 0;
        let i = 0;
        while (i < n) {
          const line = this.brLine[order === void 0 ? i : order[i]];
          let covered = 0;
          let total = 0;
          while (i < n) {
            const a = order === void 0 ? i : order[i];
            if (this.brLine[a] !== line) break;
            const key = this.brKey[a];
            let taken = this.brTaken[a];
            i++;
            while (i < n) {
              const c = order === void 0 ? i : order[i];
              if (this.brLine[c] !== line || this.brKey[c] !== key) break;
              taken += this.brTaken[c];
              i++;
            }
            total++;
            if (taken > 0) covered++;
          }
          if (line < 1) continue;
          if (lm !== void 0 ? lm.setBranches(line, covered, total) : setBranchesOn(f, line, covered, total)) continue;
          ucov += covered;
          utot += total;
        }
        if (utot > 0) {
          const u = f.unattachedBranches;
          f.unattachedBranches = { covered: (u?.covered ?? 0) + ucov, total: (u?.total ?? 0) + utot };
        }
      }
      growFns() {
        const n = this.fnStart.length * 2;
        const s = new Int32Array(n);
        s.set(this.fnStart);
        this.fnStart = s;
        const e = new Int32Array(n);
        e.set(this.fnEnd);
        this.fnEnd = e;
        const h = new Int32Array(n);
        h.set(this.fnHash);
        this.fnHash = h;
        this.fnHits = grow64(this.fnHits);
      }
      rehash() {
        const size = this.slots.length * 2;
        this.slots = new Int32Array(size);
        this.slotGen = new Int32Array(size);
        this.gen = 1;
        const mask = size - 1;
        for (let i = 0; i < this.fnN; i++) {
          let slot = this.fnHash[i] & mask;
          while (this.slotGen[slot] === this.gen) slot = slot + 1 & mask;
          this.slotGen[slot] = this.gen;
          this.slots[slot] = i + 1;
        }
      }
    };
    DECIMAL_COUNT = /^\s*[-+]?\d+(?:\.\d*)?\s*$/;
    MAX_FAST_DIGITS = 15;
    FieldReader = class {
      /** Index of the first byte after the last number read by `uint`. */
      end = 0;
      /** FNA: the hits read by fnaNameStart. */
      hits = 0;
      /** BRDA: the fields read by brda. */
      line = 0;
      block = 0;
      branch = 0;
      taken = 0;
      /** Unsigned integer of 1–15 digits at p (up to e); -1 if none or longer. Sets `end` to the byte after it. */
      uint(buf, p, e) {
        let n = 0;
        let q = p;
        while (q < e) {
          const c = buf[q] - 48;
          if (c < 0 || c > 9) break;
          n = n * 10 + c;
          q++;
        }
        this.end = q;
        return q === p || q - p > MAX_FAST_DIGITS ? -1 : n;
      }
      /**
       * BRDA fields `<line>,<block>,<branch>,<taken|->` (bytes p…e after `BRDA:`) as plain numbers, with
       * block and branch small enough for a numeric branch id: true, and the fields set; false otherwise.
       */
      brda(buf, p, e) {
        const line = this.uint(buf, p, e);
        if (line < 0 || buf[this.end] !== COMMA) return false;
        const block = this.uint(buf, this.end + 1, e);
        if (block < 0 || block >= BRANCH_BLOCK_LIMIT || buf[this.end] !== COMMA) return false;
        const branch = this.uint(buf, this.end + 1, e);
        if (branch < 0 || branch >= BRANCH_ID_RADIX || buf[this.end] !== COMMA) return false;
        let taken;
        if (buf[this.end + 1] === 45 && this.end + 2 === e) taken = 0;
        else {
          taken = this.uint(buf, this.end + 1, e);
          if (taken < 0 || this.end !== e) return false;
        }
        this.line = line;
        this.block = block;
        this.branch = branch;
        this.taken = taken;
        return true;
      }
      /** Where the name of an FN record starts (bytes p…e after `FN:`; see fnNameFast), or -1 for the general path. */
      fnNameStart(buf, p, e) {
        const line = this.uint(buf, p, e);
        if (line < 0 || buf[this.end] !== COMMA) return -1;
        const second = this.end + 1;
        const endLine = this.uint(buf, second, e);
        if (endLine >= 0 && buf[this.end] === COMMA && this.end < e) return this.end + 1;
        for (let k = second; k < e; k++) if (buf[k] === COMMA) return -1;
        return second;
      }
      /**
       * lcov 2 `FNA:<index>,<hits>,<name>` (bytes p…e after `FNA:`) with plain-digit hits: where the name
       * starts (hits in `hits`), else -1 (the general path decides; it does not read the index either).
       */
      fnaNameStart(buf, p, e) {
        let q = p;
        while (q < e && buf[q] !== COMMA) q++;
        if (q >= e) return -1;
        const hits = this.uint(buf, q + 1, e);
        if (hits < 0 || buf[this.end] !== COMMA) return -1;
        this.hits = hits;
        return this.end + 1;
      }
    };
    RUN_MAX_LINE = 1 << 22;
    RUN_MAX_HIT_DIGITS = 9;
    NO_RECORD = -1;
    DaRun = class {
      d = new Int32Array(4096).fill(NO_RECORD);
      max = 0;
      n = 0;
      covered = 0;
      /** What the last `scan` read: how many DA lines, and the last line number (the one before if none). */
      scanned = 0;
      last = 0;
      clear() {
        if (this.max > 0) this.d.fill(NO_RECORD, 1, this.max + 1);
        this.max = 0;
        this.n = 0;
        this.covered = 0;
      }
      grow(line) {
        let size = this.d.length * 2;
        while (size <= line) size *= 2;
        const next = new Int32Array(Math.min(size, RUN_MAX_LINE)).fill(NO_RECORD);
        next.set(this.d);
        this.d = next;
      }
      /**
       * Consume consecutive `DA:<line>,<hits>[,<checksum>]\n` lines with line numbers above `lastLine` and
       * strictly increasing into the run, from `pos`; returns where it stopped (that line's start). It stops at
       * anything else, which the general loop then handles with full checks. Sets `scanned` and `last`.
       */
      scan(buf, pos, len, lastLine) {
        let d = this.d;
        let max = this.max;
        let n = 0;
        let covered = 0;
        let last = lastLine;
        let p = pos;
        while (p + 4 < len && buf[p] === 68 && buf[p + 1] === 65 && buf[p + 2] === COLON) {
          let q = p + 3;
          let line = 0;
          let c = buf[q] - 48;
          if (c < 0 || c > 9) break;
          while (c >= 0 && c <= 9) {
            line = line * 10 + c;
            c = buf[++q] - 48;
          }
          if (q >= len || buf[q] !== COMMA || line <= last || line >= RUN_MAX_LINE) break;
          q++;
          const hs = q;
          let hits = 0;
          c = buf[q] - 48;
          while (c >= 0 && c <= 9) {
            hits = hits * 10 + c;
            c = buf[++q] - 48;
          }
          if (q === hs || q - hs > RUN_MAX_HIT_DIGITS) break;
          const t = buf[q];
          if (t === COMMA) {
            while (buf[q] !== NL) q++;
            if (buf[q - 1] === CR) break;
          } else if (t !== NL) break;
          if (q >= len) break;
          if (line >= d.length) {
            this.grow(line);
            d = this.d;
          }
          d[line] = hits;
          max = line;
          n++;
          if (hits > 0) covered++;
          last = line;
          p = q + 1;
        }
        this.max = max;
        this.n += n;
        this.covered += covered;
        this.scanned = n;
        this.last = last;
        return p;
      }
    };
  }
});

// src/coverage/parse/index.ts
import { open as open2, stat as stat4 } from "node:fs/promises";
import { readSync } from "node:fs";
async function parseCoverageFile(path2, opts = {}) {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let size;
  try {
    const st = await stat4(path2);
    if (!st.isFile()) throw new UserError(`${path2}: not a regular file`);
    size = st.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code2 = e.code;
    throw new UserError(`${path2}: cannot read the coverage report (${code2 ?? e.message})`);
  }
  if (size > maxBytes) {
    throw new UserError(`${path2}: the coverage report is ${size} bytes, larger than the limit of ${maxBytes} bytes`);
  }
  const fh = await open2(path2, "r");
  let buf;
  try {
    const chunk = opts.chunkBytes ?? CHUNK_BYTES;
    if (size > chunk && chunk >= DETECT_BYTES) {
      const first = Buffer.allocUnsafe(chunk);
      const n = await readFull(fh, first, 0, chunk, 0);
      const head = first.subarray(0, n);
      const format = streamableFormat(head, path2, opts);
      if (format === "lcov") {
        const paths = new PathNormalizer({ repoRoot: opts.repoRoot, pathMappings: opts.pathMappings });
        return await streamLcov(fh, first, n, size, path2, paths);
      }
      buf = Buffer.allocUnsafe(size);
      head.copy(buf, 0);
      const off = n < chunk ? n : n + await readFull(fh, buf, n, size - n, n);
      buf = off === size ? buf : buf.subarray(0, off);
    } else {
      buf = Buffer.allocUnsafe(size);
      const off = await readFull(fh, buf, 0, size, 0);
      buf = off === size ? buf : buf.subarray(0, off);
    }
  } finally {
    await fh.close();
  }
  return parseCoverageBuffer(buf, path2, opts);
}
async function readFull(fh, buf, off, want, at2) {
  let got = 0;
  while (got < want) {
    const { bytesRead } = await fh.read(buf, off + got, want - got, at2 + got);
    if (bytesRead === 0) break;
    got += bytesRead;
  }
  return got;
}
function streamableFormat(head, source, opts) {
  if (opts.format !== void 0 && !FORMATS2.includes(opts.format)) return void 0;
  if (head[0] === 255 && head[1] === 254 || head[0] === 254 && head[1] === 255) return void 0;
  const format = opts.format ?? detectFormat(head.subarray(0, DETECT_BYTES), source);
  return format === "lcov" ? format : void 0;
}
async function streamLcov(fh, first, n, size, source, paths) {
  const fd = fh.fd;
  const reread = (from, to) => {
    const out = Buffer.allocUnsafe(to - from);
    let got = 0;
    while (got < out.length) {
      const r = readSync(fd, out, got, out.length - got, from + got);
      if (r === 0) break;
      got += r;
    }
    return out.subarray(0, got);
  };
  const stream = lcovStream(source, paths, reread);
  let buf = first;
  let spare = Buffer.allocUnsafe(first.length);
  let start = buf[0] === 239 && buf[1] === 187 && buf[2] === 191 ? 3 : 0;
  let filled = n;
  let off = n;
  let base = 0;
  let eof = n < first.length;
  for (; ; ) {
    if (eof || off >= size) {
      stream.push(buf.subarray(start, filled), base + start);
      return stream.finish();
    }
    const nl = buf.lastIndexOf(10, filled - 1);
    if (nl < start) {
      buf.copyWithin(0, start, filled);
      filled -= start;
      base += start;
      start = 0;
      if (filled === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, filled);
        buf = bigger;
        spare = Buffer.allocUnsafe(bigger.length);
      }
      const want2 = Math.min(buf.length - filled, size - off);
      const got2 = await readFull(fh, buf, filled, want2, off);
      if (got2 < want2) eof = true;
      filled += got2;
      off += got2;
      continue;
    }
    const tail = filled - (nl + 1);
    buf.copy(spare, 0, nl + 1, filled);
    const want = Math.min(spare.length - tail, size - off);
    const reading = readFull(fh, spare, tail, want, off);
    try {
      stream.push(buf.subarray(start, nl + 1), base + start);
    } catch (e) {
      await reading.catch(() => 0);
      throw e;
    }
    const got = await reading;
    if (got < want) eof = true;
    base += nl + 1;
    off += got;
    filled = tail + got;
    start = 0;
    const parsed = buf;
    buf = spare;
    spare = parsed;
  }
}
function parseCoverageBuffer(buf, source, opts = {}) {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (buf.length > maxBytes) {
    throw new UserError(`${source}: the coverage report is ${buf.length} bytes, larger than the limit of ${maxBytes} bytes`);
  }
  if (buf.length === 0) throw new UserError(`${source}: the coverage report is empty (0 bytes)`);
  if (opts.format !== void 0 && !FORMATS2.includes(opts.format)) {
    throw new UserError(`coverage format "${String(opts.format)}" is not one of ${FORMATS2.join(", ")}`);
  }
  const format = opts.format ?? detectFormat(buf.subarray(0, DETECT_BYTES), source);
  const paths = new PathNormalizer({ repoRoot: opts.repoRoot, pathMappings: opts.pathMappings });
  if (format === "lcov" || format === "go" || format === "istanbul") buf = textAsUtf8(buf);
  switch (format) {
    case "lcov":
      return parseLcov(buf, source, paths);
    case "istanbul":
      return parseIstanbul(buf, source, paths);
    case "cobertura":
      return parseCobertura(buf, source, paths);
    case "jacoco":
      return parseJacoco(buf, source, paths, opts.sourceRoots ?? DEFAULT_SOURCE_ROOTS);
    case "clover":
      return parseClover(buf, source, paths);
    case "go":
      return parseGo(buf, source, paths);
  }
}
function textAsUtf8(buf) {
  if (buf[0] === 239 && buf[1] === 187 && buf[2] === 191) return buf.subarray(3);
  if (buf[0] === 255 && buf[1] === 254) return Buffer.from(buf.toString("utf16le", 2), "utf8");
  if (buf[0] === 254 && buf[1] === 255) {
    const body = Buffer.from(buf.subarray(2, buf.length - buf.length % 2));
    return Buffer.from(body.swap16().toString("utf16le"), "utf8");
  }
  return buf;
}
var DEFAULT_MAX_BYTES, FORMATS2, CHUNK_BYTES, DETECT_BYTES;
var init_parse = __esm({
  "src/coverage/parse/index.ts"() {
    "use strict";
    init_errors();
    init_clover();
    init_cobertura();
    init_detect();
    init_go();
    init_istanbul();
    init_jacoco();
    init_lcov();
    init_paths();
    init_detect();
    DEFAULT_MAX_BYTES = 1024 * 1024 * 1024;
    FORMATS2 = ["lcov", "istanbul", "cobertura", "jacoco", "clover", "go"];
    CHUNK_BYTES = 1 << 20;
    DETECT_BYTES = 65536;
  }
});

// src/coverage/load.ts
import { isAbsolute as isAbsolute3, relative as relative3, resolve as resolve6 } from "node:path";
async function loadCoverageReports(specs, opts) {
  const paths = [];
  for (const spec of specs) {
    if (isDynamicPattern(spec)) {
      const found = (await glob([spec], { cwd: opts.cwd, absolute: true, onlyFiles: true, dot: true })).sort();
      if (found.length === 0) {
        throw new UserError(`${opts.label} ${JSON.stringify(spec)} matched no files (in ${opts.cwd})`);
      }
      paths.push(...found);
    } else {
      paths.push(resolve6(opts.cwd, spec));
    }
  }
  const reports = [];
  for (const path2 of [...new Set(paths)]) {
    const rel = relative3(opts.cwd, path2);
    const shown = isAbsolute3(path2) && rel && !rel.startsWith("..") ? rel : path2;
    try {
      reports.push(await parseCoverageFile(path2, { repoRoot: opts.repoRoot, pathMappings: opts.pathMappings }));
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw new UserError(`${shown}: cannot read coverage report (${e.message ?? String(e)})`);
    }
  }
  if (reports.length === 0) throw new UserError(`${opts.label}: no coverage report given`);
  return {
    report: reports.length === 1 ? reports[0] : mergeReports(reports),
    files: reports.length
  };
}
function summarize(report2) {
  const files = /* @__PURE__ */ new Map();
  const totals = {
    lines: { covered: 0, total: 0 },
    branches: { covered: 0, total: 0 },
    functions: { covered: 0, total: 0 }
  };
  report2.files.forEach((file, path2) => files.set(path2, addFileTotals(totals, file)));
  return { totals, files };
}
var init_load = __esm({
  "src/coverage/load.ts"() {
    "use strict";
    init_dist2();
    init_errors();
    init_merge();
    init_parse();
    init_totals();
  }
});

// src/coverage/render.ts
function summaryLine(input) {
  const { evaluation, head, base, patch } = input;
  const rules = input.rules ?? {};
  const failed = new Set(evaluation.failed);
  const parts = [];
  for (const reason2 of unmatchedReasons(evaluation, rules)) parts.push(cut(reason2));
  if (patch) {
    let text;
    if (patch.unavailable !== void 0) text = `patch n/a (${cut(patch.unavailable)})`;
    else if (!patch.lines) text = "patch n/a (no coverable lines added)";
    else {
      const target = rules.minPatch !== void 0 ? ` ${failed.has("min-patch") ? "<" : "\u2265"} ${formatThreshold(rules.minPatch)}%` : "";
      const missing = patch.lines.total - patch.lines.covered;
      const max = rules.maxNewUncovered !== void 0 ? `, max ${formatThreshold(rules.maxNewUncovered)}` : "";
      text = `patch ${formatPercent(patch.lines)}${target} (${missing} of ${patch.lines.total} lines missing${max})`;
    }
    parts.push(text);
  }
  const lines = head.totals.lines;
  let project = `project ${formatPercent(lines.total > 0 ? lines : null)}`;
  if (rules.minProject !== void 0 && lines.total > 0) {
    project += ` ${failed.has("min-project") ? "<" : "\u2265"} ${formatThreshold(rules.minProject)}%`;
  }
  const delta = base && base.totals.lines.total > 0 && lines.total > 0 ? `${formatDeltaPp(lines, base.totals.lines)} pp` : null;
  if (rules.maxDrop !== void 0) {
    const max = `${formatThreshold(rules.maxDrop)} pp`;
    if (delta) project += failed.has("max-drop") ? ` (${delta}, over the max drop of ${max})` : ` (${delta}, max drop ${max})`;
    else if (!base) project += " (no baseline)";
  } else if (delta) project += ` (${delta})`;
  const why = lines.total === 0 && evaluation.status === "neutral" ? evaluation.notices[0] : void 0;
  parts.push(why !== void 0 ? cut(why) : project);
  const pathsFailed = (rules.paths ?? []).filter((r) => failed.has(pathRuleId(r)));
  if (pathsFailed.length > 0) {
    const first = pathsFailed[0];
    const { sum } = pathRuleFiles(first, head.files);
    const more = pathsFailed.length > 1 ? ` and ${pathsFailed.length - 1} more path rules` : "";
    parts.push(`${cut(first.pattern)} ${formatPercent(sum)} < ${formatThreshold(first.min)}%${more}`);
  }
  if (evaluation.wouldBe !== evaluation.status) parts.push(`informational, would be ${evaluation.wouldBe}`);
  return cut(capitalise(parts.join("; ")), MAX_SUMMARY);
}
function statusDescription(input) {
  const line = summaryLine(input);
  return line.length <= STATUS_DESCRIPTION_MAX2 ? line : `${line.slice(0, STATUS_DESCRIPTION_MAX2 - 1)}\u2026`;
}
function plainSentence(input) {
  const { evaluation, head, base, patch } = input;
  const rules = input.rules ?? {};
  const parts = [];
  if (patch) {
    if (patch.unavailable !== void 0) parts.push(`patch coverage is n/a (${patch.unavailable})`);
    else if (!patch.lines) parts.push("no coverable lines were added, so patch coverage is n/a");
    else {
      const missing = patch.lines.total - patch.lines.covered;
      const n = patch.lines.total;
      parts.push(
        missing === 0 ? `patch coverage is ${formatPercent(patch.lines)}: ${n === 1 ? "the added line is" : `all ${n} added lines are`} covered` : `patch coverage is ${formatPercent(patch.lines)} with ${missing} of ${n} added lines missing`
      );
    }
  }
  const lines = head.totals.lines;
  if (lines.total === 0) parts.push("the report has no coverable lines");
  else if (base && base.totals.lines.total > 0) {
    parts.push(`project coverage is ${formatPercent(lines)} (${formatDeltaPp(lines, base.totals.lines)} pp)`);
  } else if (base) parts.push(`project coverage is ${formatPercent(lines)}; the baseline has no coverable lines`);
  else parts.push(`project coverage is ${formatPercent(lines)}, with no baseline to compare against`);
  if (!patch) parts.push("without a diff, patch coverage is not measured");
  const paths = rules.paths ?? [];
  if (paths.length > 0) {
    const failed = new Set(evaluation.failed);
    const below = paths.filter((r) => failed.has(pathRuleId(r))).length;
    const empty2 = paths.filter((r) => pathRuleFiles(r, head.files).sum.total === 0).length;
    const met = paths.length - below - empty2;
    const n = paths.length;
    if (below > 0) parts.push(`${below} of ${n} path rules ${below === 1 ? "falls" : "fall"} short`);
    else if (empty2 > 0) parts.push(`${met} of ${n} path rules met, ${empty2} without coverable lines`);
    else parts.push(n === 1 ? "the path rule is met" : `all ${n} path rules are met`);
  }
  return `${escapeText(capitalise(parts.join("; ")), 2e3)}.`;
}
function capitalise(s) {
  return s === "" ? s : `${s[0].toUpperCase()}${s.slice(1)}`;
}
function cut(text, max = MAX_SUMMARY_PIECE) {
  const flat = text.replace(/\s+/g, " ").trim();
  const cps = Array.from(flat);
  return cps.length <= max ? flat : `${cps.slice(0, max - 1).join("")}\u2026`;
}
function ruleIds(rules) {
  const ids = [];
  if (rules.minProject !== void 0) ids.push("min-project");
  if (rules.maxDrop !== void 0) ids.push("max-drop");
  if (rules.minPatch !== void 0) ids.push("min-patch");
  if (rules.maxNewUncovered !== void 0) ids.push("max-new-uncovered");
  for (const p of rules.paths ?? []) ids.push(pathRuleId(p));
  return ids;
}
function unmatchedReasons(evaluation, rules) {
  const ids = ruleIds(rules);
  return evaluation.reasons.filter((r) => !ids.some((id) => r.startsWith(`${id}: `)));
}
function ruleLines(input) {
  const { evaluation, head, base, patch } = input;
  const rules = input.rules ?? {};
  const usedNotices = /* @__PURE__ */ new Set();
  const lines = unmatchedReasons(evaluation, rules).map((r) => `- \u274C ${escapeText(r, 1e3)}`);
  const lineTotals = head.totals.lines;
  const passText = (id) => {
    if (id === "min-project") return `project line coverage ${formatPercent(lineTotals)} \u2265 ${formatThreshold(rules.minProject)}%`;
    if (id === "max-drop") {
      const b = base.totals.lines;
      return `project line coverage changed ${formatDeltaPp(lineTotals, b)} pp (${formatPercent(b)} \u2192 ${formatPercent(lineTotals)}), max drop ${formatThreshold(rules.maxDrop)} pp`;
    }
    if (id === "min-patch") {
      if (!patch?.lines) return "patch coverage is n/a";
      return `patch coverage ${formatPercent(patch.lines)} (${patch.lines.covered} of ${patch.lines.total} added lines) \u2265 ${formatThreshold(rules.minPatch)}%`;
    }
    if (id === "max-new-uncovered") {
      return `${newUncovered(patch)} uncovered added lines, at most ${formatThreshold(rules.maxNewUncovered)} allowed`;
    }
    const rule = (rules.paths ?? []).find((p) => pathRuleId(p) === id);
    const { hit, sum } = pathRuleFiles(rule, head.files);
    return `${formatPercent(sum)} (${sum.covered} of ${sum.total} lines in ${hit.size} file(s)) \u2265 ${formatThreshold(rule.min)}%`;
  };
  for (const id of ruleIds(rules)) {
    const prefix = `${id}: `;
    const reason2 = evaluation.reasons.find((r) => r.startsWith(prefix));
    if (reason2 !== void 0) {
      lines.push(`- \u274C ${escapeText(reason2, 1e3)}`);
      continue;
    }
    const notice = evaluation.notices.find((n) => n.startsWith(prefix));
    if (notice !== void 0) {
      usedNotices.add(notice);
      lines.push(`- \u2796 ${escapeText(notice, 1e3)}`);
      continue;
    }
    lines.push(`- \u2705 ${escapeText(`${prefix}${passText(id)}`, 1e3)}`);
  }
  if (lines.length > MAX_RULE_LINES) {
    const more = lines.length - MAX_RULE_LINES;
    return { lines: [...lines.slice(0, MAX_RULE_LINES), `- \u2026 ${more} more rules`], usedNotices };
  }
  return { lines, usedNotices };
}
function linker(source, budget = LINK_BUDGET) {
  const prefix = source ? blobPrefix(source) : null;
  let left = budget;
  return {
    link(text, path2, range) {
      if (prefix === null) return text;
      const url = fileUrl(prefix, path2, range);
      if (url === null || url.length > left) return text;
      left -= url.length;
      return `[${text}](${url})`;
    }
  };
}
function blobPrefix(source) {
  let origin;
  try {
    const u = new URL(source.serverUrl);
    if (u.protocol !== "https:" && u.protocol !== "http:" || u.username !== "" || u.password !== "") return null;
    origin = u.origin;
  } catch {
    return null;
  }
  if (!NAME.test(source.owner) || !NAME.test(source.repo) || !SHA.test(source.sha)) return null;
  if (source.repo === "." || source.repo === "..") return null;
  return `${origin}/${source.owner}/${source.repo}/blob/${source.sha.toLowerCase()}/`;
}
function fileUrl(prefix, path2, range) {
  const segments2 = path2.split("/");
  if (segments2.some((s) => s === "" || s === "." || s === "..")) return null;
  let encoded;
  try {
    encoded = segments2.map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
  } catch {
    return null;
  }
  const anchor = range ? range[0] === range[1] ? `#L${range[0]}` : `#L${range[0]}-L${range[1]}` : "";
  const url = `${prefix}${encoded}${anchor}`;
  return url.length <= MAX_LINK_URL ? url : null;
}
function annotationsFor(patch, max = MAX_ANNOTATIONS) {
  const all = [];
  for (const f of patch?.files ?? []) {
    for (const [start, end] of f.uncoveredRanges) {
      const what = start === end ? `Added line #L${start} is` : `Added lines #L${start}-L${end} are`;
      all.push({
        path: f.path,
        startLine: start,
        endLine: end,
        level: "warning",
        title: "Not covered",
        message: f.missingData ? `${what} not covered: the coverage report has no data for this file` : `${what} not covered by tests`
      });
    }
  }
  return { annotations: all.slice(0, max), total: all.length };
}
function renderCoverage(input) {
  const { evaluation, head, base, patch } = input;
  const maxFiles = input.maxFiles ?? 10;
  const { annotations, total: annotationTotal } = annotationsFor(patch, input.maxAnnotations ?? MAX_ANNOTATIONS);
  const out = [];
  const links = linker(input.source);
  const summary = summaryLine(input);
  out.push(headingLine({ status: evaluation.status, title: TITLE, summary }), "", plainSentence(input));
  if (evaluation.wouldBe !== evaluation.status) {
    out.push("", `_Informational: the rules below would have made this ${evaluation.wouldBe}._`);
  }
  const rules = ruleLines(input);
  if (rules.lines.length > 0) out.push("", ...rules.lines);
  const withGaps = (patch?.files ?? []).filter((f) => f.uncoveredRanges.length > 0);
  let uncoveredList = null;
  if (withGaps.length > 0) {
    const cut2 = cutTableRows(withGaps, maxFiles);
    const items = cut2.rows.map((f) => {
      const ranges = f.uncoveredRanges.slice(0, MAX_RANGES_SHOWN).map(([s, e]) => links.link(s === e ? `L${s}` : `L${s}-L${e}`, f.path, [s, e]));
      const more = f.uncoveredRanges.length - ranges.length;
      return `- ${links.link(code(f.path), f.path)}: ${ranges.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
    });
    if (cut2.omitted > 0) items.push(`- \u2026 ${cut2.omitted} more files`);
    uncoveredList = details("Uncovered added lines", items.join("\n"));
  }
  const totalRows = [];
  for (const key of ["lines", "branches", "functions"]) {
    const h = head.totals[key];
    const b = base?.totals[key];
    if (h.total === 0 && (!b || b.total === 0)) continue;
    totalRows.push([
      `${key[0].toUpperCase()}${key.slice(1)}`,
      cellRatio(h),
      b ? cellRatio(b) : "\u2014",
      b ? deltaCell(h, b) : "\u2014"
    ]);
  }
  if (totalRows.length > 0) out.push("", table(["", "Head", "Base", "\u0394"], totalRows, ["l", "r", "r", "r"]));
  if (patch?.lines) {
    out.push("", `_Patch coverage counts partly covered lines as ${patch.partial === "miss" ? "missed" : "hit"}._`);
  }
  if (patch && patch.missingData.length > 0) {
    const shown = patch.missingData.slice(0, maxFiles).map((p) => links.link(code(p), p));
    const more = patch.missingData.length - shown.length;
    out.push(
      "",
      `\u26A0\uFE0F ${patch.missingData.length} changed file(s) have no coverage data: ${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}`
    );
  }
  const changedRows = changedFileRows(input);
  if (changedRows.length > 0) {
    const cut2 = cutTableRows(changedRows, maxFiles);
    const rows = cut2.rows.map((r) => [links.link(cellPath(r.path), r.path), r.patch, r.coverage, r.delta]);
    if (cut2.omitted > 0) rows.push([`\u2026 ${cut2.omitted} more`, "", "", ""]);
    out.push(
      "",
      details(
        `Changed files (${changedRows.length})`,
        table(["File", "Patch", "Coverage", "\u0394"], rows, ["l", "r", "r", "r"])
      )
    );
  }
  if (uncoveredList !== null) out.push("", uncoveredList);
  if (evaluation.indirect.length > 0) {
    const cut2 = cutTableRows(evaluation.indirect, maxFiles);
    const rows = cut2.rows.map((r) => [
      r.head ? links.link(cellPath(r.path), r.path) : cellPath(r.path),
      r.base ? cellRatio(r.base) : "\u2014",
      r.head ? cellRatio(r.head) : "\u2014"
    ]);
    if (cut2.omitted > 0) rows.push([`\u2026 ${cut2.omitted} more`, "", ""]);
    out.push(
      "",
      details(
        `Indirect changes: ${evaluation.indirect.length} file(s) outside the diff changed coverage`,
        table(["File", "Base", "Head"], rows, ["l", "r", "r"])
      )
    );
  }
  out.push("", baselineNote(input));
  const notices = evaluation.notices.filter(
    (n) => !rules.usedNotices.has(n) && !/have no coverage data:/.test(n) && !/outside the diff changed/.test(n) && !n.startsWith("informational: ")
  );
  if (notices.length > 0) out.push("", ...notices.slice(0, 10).map((n) => `- \u2139\uFE0F ${escapeText(n, 1e3)}`));
  const chart = input.trend?.length ? trendChart(appendTrend(input.trend, { sha: input.sha ?? "this PR", date: "", lines: head.totals.lines })) : null;
  if (chart) out.push("", details("Trend (default branch)", chart));
  if (annotationTotal > annotations.length) {
    out.push("", `_${annotationTotal} uncovered runs of added lines; annotations show the first ${annotations.length}._`);
  }
  const metrics = {
    lines_covered: head.totals.lines.covered,
    lines_total: head.totals.lines.total,
    branches_covered: head.totals.branches.covered,
    branches_total: head.totals.branches.total,
    functions_covered: head.totals.functions.covered,
    functions_total: head.totals.functions.total,
    lines_percent: formatPercent(head.totals.lines),
    base_lines_covered: base ? base.totals.lines.covered : null,
    base_lines_total: base ? base.totals.lines.total : null,
    delta_pp: base ? deltaPpNumber(head.totals.lines, base.totals.lines) : null,
    patch_covered: patch?.lines ? patch.lines.covered : null,
    patch_total: patch?.lines ? patch.lines.total : null,
    patch_percent: patch ? formatPercent(patch.lines) : null,
    // Not counted (null) when the report has no per-line hits for a changed file.
    new_uncovered: patch?.unavailable !== void 0 ? null : newUncovered(patch),
    missing_data_files: patch ? patch.missingData.length : 0,
    indirect_changes: evaluation.indirect.length,
    baseline_sha: input.baseline?.sha ?? null,
    baseline_behind: input.baseline ? input.baseline.behind : null
  };
  return makeFragment({
    gate: GATE_ID,
    status: evaluation.status,
    title: TITLE,
    summary,
    markdown: out.join("\n"),
    metrics,
    statusContext: STATUS_CONTEXT,
    annotations,
    ...input.sha ? { sha: input.sha } : {},
    ...input.url ? { url: input.url } : {}
  });
}
function baselineNote(input) {
  if (input.baseline) {
    const sha2 = escapeText(input.baseline.sha.slice(0, 7));
    if (input.baseline.behind === 0) return `Baseline: found at ${sha2} (the exact base commit).`;
    const n = input.baseline.behind;
    return `Baseline: found at ${sha2}, ${n} commit${n === 1 ? "" : "s"} behind the base; the project delta includes their changes.`;
  }
  if (input.base) return "Baseline: the base report given on the command line.";
  return "Baseline: none found, so there is no project delta.";
}
function changedFileRows(input) {
  const patchByPath = new Map((input.patch?.files ?? []).map((f) => [f.path, f]));
  const rows = [];
  for (const c of input.changed ?? []) {
    if (c.binary) continue;
    const p = patchByPath.get(c.path);
    const h = input.head.files.get(c.path);
    const b = input.base?.files.get(c.oldPath ?? c.path) ?? input.base?.files.get(c.path);
    if (!p && !h && !b) continue;
    rows.push({
      path: c.path,
      patch: p ? `${formatPercent({ covered: p.covered, total: p.total })} (${p.covered}/${p.total})` : "n/a",
      coverage: h ? cellRatio(h) : "no data",
      delta: h && b ? deltaCell(h, b) : h && input.base ? "new" : "\u2014",
      weight: p ? p.total - p.covered : 0
    });
  }
  return rows.sort((a, b) => b.weight - a.weight || (a.path < b.path ? -1 : 1));
}
function trendChart(trend) {
  const { labels, values } = trendSeries(trend);
  if (values.length < 2) return null;
  return mermaidXYChart({
    title: "Line coverage",
    xLabels: labels,
    yLabel: "%",
    series: [{ kind: "line", values }],
    yMin: Math.max(0, Math.floor(Math.min(...values)) - 1),
    yMax: Math.min(100, Math.ceil(Math.max(...values)) + 1)
  });
}
function cellRatio(r) {
  return r.total > 0 ? `${formatPercent(r)} (${r.covered}/${r.total})` : "n/a";
}
function deltaCell(h, b) {
  const d = formatDeltaPp(h, b);
  return d === "n/a" ? "n/a" : `${d} pp`;
}
function cellPath(path2) {
  return inlineCode(path2, MAX_PATH_SHOWN);
}
function code(path2) {
  return inlineCode(path2, MAX_PATH_SHOWN, { cell: false });
}
var GATE_ID, STATUS_CONTEXT, MAX_ANNOTATIONS, STATUS_DESCRIPTION_MAX2, MAX_PATH_SHOWN, MAX_LINK_URL, LINK_BUDGET, TITLE, MAX_RANGES_SHOWN, MAX_RULE_LINES, MAX_SUMMARY, MAX_SUMMARY_PIECE, SHA, NAME;
var init_render = __esm({
  "src/coverage/render.ts"() {
    "use strict";
    init_markdown();
    init_fragment();
    init_ratio();
    init_evaluate();
    init_history();
    init_patch();
    GATE_ID = "coverage";
    STATUS_CONTEXT = "quality-gates/coverage";
    MAX_ANNOTATIONS = 50;
    STATUS_DESCRIPTION_MAX2 = 140;
    MAX_PATH_SHOWN = 200;
    MAX_LINK_URL = 2e3;
    LINK_BUDGET = 12e3;
    TITLE = "Coverage";
    MAX_RANGES_SHOWN = 20;
    MAX_RULE_LINES = 40;
    MAX_SUMMARY = 500;
    MAX_SUMMARY_PIECE = 160;
    SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
    NAME = /^[A-Za-z0-9_.-]{1,100}$/;
  }
});

// src/coverage/output.ts
function jsonResult(run, withFiles = true) {
  const totals = (s) => ({
    lines: ratio(s.totals.lines),
    branches: ratio(s.totals.branches),
    functions: ratio(s.totals.functions)
  });
  return {
    gate: "coverage",
    status: run.evaluation.status,
    project: totals(run.headSummary),
    base: run.baseSummary ? totals(run.baseSummary) : null,
    patch: run.patch ? {
      lines: run.patch.lines ? ratio(run.patch.lines) : null,
      files: run.patch.files.map((f) => ({
        path: f.path,
        lines: { covered: f.covered, total: f.total },
        uncovered: f.uncoveredRanges
      })),
      missingData: run.patch.missingData
    } : null,
    files: withFiles ? sortedFiles(run.headSummary.files) : [],
    reasons: run.evaluation.reasons,
    warnings: run.warnings
  };
}
function writeJsonResult(run, write) {
  const full = jsonResult(run, false);
  const start = JSON.stringify({
    gate: full.gate,
    status: full.status,
    project: full.project,
    base: full.base,
    patch: full.patch
  });
  write(`${start.slice(0, -1)},"files":[`);
  const ratios = run.headSummary.files;
  const paths = [...ratios.keys()].sort();
  let piece = "";
  for (let i = 0; i < paths.length; i++) {
    const path2 = paths[i];
    const r = ratios.get(path2);
    piece += `${i > 0 ? "," : ""}{"path":${JSON.stringify(path2)},"lines":{"covered":${r.covered},"total":${r.total}}}`;
    if (piece.length >= 65536) {
      write(piece);
      piece = "";
    }
  }
  write(`${piece}],"reasons":${JSON.stringify(full.reasons)},"warnings":${JSON.stringify(full.warnings)}}
`);
}
function sortedFiles(files) {
  const out = [];
  files.forEach((r, path2) => out.push({ path: path2, lines: ratio(r) }));
  return out.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function humanResult(run) {
  const { headSummary: h, baseSummary: b, patch, evaluation } = run;
  const rows = [["", "head", "base", "delta"]];
  for (const key of ["lines", "branches", "functions"]) {
    const hr = h.totals[key];
    const br = b?.totals[key];
    if (hr.total === 0 && (!br || br.total === 0)) continue;
    rows.push([key, cell(hr), br ? cell(br) : "-", br ? pp(formatDeltaPp(hr, br)) : "-"]);
  }
  if (patch) {
    rows.push([
      "patch",
      patch.lines ? `${formatPercent(patch.lines)} (${patch.lines.covered} of ${patch.lines.total} added lines)` : "n/a (no coverable lines added)",
      "",
      ""
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  const lines = rows.map(
    (r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd()
  );
  const out = [
    `coverage: ${run.head.files.size} files (${run.head.format}, from ${run.head.source})`,
    ...run.diffFrom ? [`patch: diff from ${run.diffFrom}`] : [],
    ...lines
  ];
  for (const r of evaluation.reasons) out.push(`FAIL ${r}`);
  for (const n of evaluation.notices) out.push(`note ${n}`);
  out.push(
    `${evaluation.status.toUpperCase()}: ${statusDescription({ evaluation, head: h, base: b, patch, ...run.rules ? { rules: run.rules } : {} })}`
  );
  return `${out.join("\n")}
`;
}
function ratio(r) {
  return { covered: r.covered, total: r.total };
}
function cell(r) {
  return r.total > 0 ? `${formatPercent(r)} (${r.covered}/${r.total})` : "n/a";
}
function pp(d) {
  return d === "n/a" ? d : `${d} pp`;
}
var init_output = __esm({
  "src/coverage/output.ts"() {
    "use strict";
    init_evaluate();
    init_render();
  }
});

// src/coverage/gate.ts
var gate_exports = {};
__export(gate_exports, {
  coverageGate: () => coverageGate
});
import { mkdir as mkdir5, readFile as readFile4, writeFile as writeFile5 } from "node:fs/promises";
import { join as join6, resolve as resolve7 } from "node:path";
async function findChange(host, git, opts) {
  const { diffBase, diffFile, walkBack, included, local } = opts;
  const ancestors = (rev, extra = 0) => () => firstParentAncestors(git, rev, walkBack + 1 + extra).catch(() => []);
  if (diffFile !== void 0) {
    const path2 = resolve7(host.cwd, diffFile);
    const text = await readFile4(path2, "utf8").catch((e) => {
      throw new UserError(`diff-file ${path2}: cannot read (${e.code ?? "error"})`);
    });
    if (text.trim() !== "" && !/^(?:diff --git |--- |\+\+\+ |@@ )/m.test(text)) {
      throw new UserError(`diff-file ${path2}: not a unified diff (no "diff --git", "---" or "@@" line)`);
    }
    return {
      changed: parseUnifiedDiff(text, diffFile).filter((c) => included(c.path)),
      candidates: async () => [],
      notices: [],
      diffFrom: `the file ${diffFile}`
    };
  }
  if (diffBase !== void 0) {
    const headSha = await revParse(git, "HEAD");
    const base = await mergeBase(git, diffBase, "HEAD");
    if (local) return workTreeChange(git, base, headSha, `merge-base(${diffBase}, HEAD)`, opts, ancestors(base));
    const changed = (await diffChangedLines(git, base, headSha)).filter((c) => included(c.path));
    return { changed, headSha, candidates: ancestors(base), notices: [] };
  }
  const pr = await host.pullRequest();
  if (pr) {
    const base = await testedCommitBase(git, { headSha: pr.headSha, baseSha: pr.baseSha }).catch((e) => {
      throw new UserError(
        `cannot find the base commit in the clone (${describeError(e)}); use actions/checkout with fetch-depth: 0`
      );
    });
    const changed = (await diffChangedLines(git, base.base, "HEAD")).filter((c) => included(c.path));
    return { changed, candidates: ancestors(base.base), notices: [] };
  }
  if (local && local.patchRule.length > 0) {
    const remote = await remoteDefaultBranch(git);
    if (!remote) {
      throw new UserError(
        `${local.patchRule.join(" and ")} need${local.patchRule.length > 1 ? "" : "s"} a diff, and none of ${REMOTE_DEFAULT_REFS.join(", ")} resolves here: give ${local.label("diff-base")} <rev> or ${local.label("diff-file")} <file>`
      );
    }
    const headSha = await revParse(git, "HEAD");
    const base = await mergeBase(git, remote.sha, headSha).catch(() => {
      throw new UserError(
        `no merge base between ${remote.ref} and HEAD (unrelated or shallow history): give ${local.label("diff-base")} <rev> or ${local.label("diff-file")} <file>`
      );
    });
    const name = remote.pointsTo ? `${remote.ref} \u2192 ${remote.pointsTo}` : remote.ref;
    return workTreeChange(git, base, headSha, `merge-base(${name}, HEAD)`, opts, ancestors(base));
  }
  const inWorkflow = host.context.repository !== void 0;
  return {
    changed: null,
    candidates: async () => (await ancestors("HEAD", 1)()).slice(1),
    notices: inWorkflow ? [`${host.context.eventName} is not a pull request: project coverage only, no patch coverage`] : []
  };
}
async function workTreeChange(git, base, headSha, baseName, opts, candidates) {
  const notices = [];
  const [tracked, untracked] = await Promise.all([
    diffWorkTreeLines(git, base),
    opts.local?.includeUntracked ? untrackedChangedLines(git) : void 0
  ]);
  const all = [...tracked];
  if (untracked) {
    const known = new Set(tracked.map((c) => c.path));
    all.push(...untracked.files.filter((f) => !known.has(f.path)));
    const skipped = untracked.skipped.filter((k) => opts.included(k.path));
    if (skipped.length > 0) {
      const named = skipped.slice(0, MAX_SKIPS_NAMED).map((k) => `${k.path} (${k.why})`);
      const more = skipped.length > MAX_SKIPS_NAMED ? ` and ${skipped.length - MAX_SKIPS_NAMED} more` : "";
      notices.push(`${skipped.length} untracked file(s) not counted: ${named.join(", ")}${more}`);
    }
  }
  const changed = all.filter((c) => opts.included(c.path));
  const withUntracked = untracked ? `, with ${untracked.files.length} untracked file(s)` : `; untracked files left out (${opts.local?.label("include-untracked") ?? "include-untracked"} counts them)`;
  return {
    changed,
    headSha,
    candidates,
    notices,
    diffFrom: `${baseName} = ${base.slice(0, 7)} to the work tree${withUntracked}`
  };
}
async function loadBaseline(host, store, candidates, expectedConfigHash) {
  const none = (note) => ({ baseline: null, sha: "", behind: 0, note });
  if (!store) return none("no baseline: no GitHub token or artifact service in this run");
  try {
    const found = await store.find(BASELINE_KIND, candidates, BASELINE_FILE);
    if (!found.found) return none(found.note);
    const what = found.sha ? `baseline of ${found.sha.slice(0, 7)}` : found.path;
    const text = await readFile4(found.path, "utf8").catch((e) => {
      throw new UserError(`${what}: cannot read ${BASELINE_FILE} (${e.code ?? "error"})`);
    });
    const baseline = parseBaseline(text, what, { expectedConfigHash });
    return { baseline, sha: found.sha ?? baseline.meta.sha, behind: found.behind, note: found.note };
  } catch (error) {
    if (!host.context.repository && error instanceof UserError) throw error;
    const note = `no baseline: ${describeError(error)}`;
    host.logger.log("warning", note);
    return none(note);
  }
}
async function saveThisBaseline(host, store, git, report2, summary, hash, knownTrend, opts) {
  const sha2 = host.context.sha || await revParse(git, "HEAD").catch(() => "local");
  if (!store) {
    host.logger.log("warning", "baseline not saved: no GitHub token or artifact service in this run");
    return;
  }
  let trend = knownTrend;
  if (!opts.gated) {
    const parents2 = () => firstParentAncestors(git, sha2, opts.walkBack + 1).then((p) => p.slice(1), () => []);
    trend = (await loadBaseline(host, store, parents2, hash)).baseline?.trend ?? [];
  }
  const now = host.now().toISOString();
  const baseline = {
    meta: { sha: sha2, configHash: hash, createdAt: now },
    report: report2,
    trend: appendTrend(trend, { sha: sha2, date: now, lines: summary.totals.lines })
  };
  const dir = join6(host.tempDir, "baseline-out");
  await mkdir5(dir, { recursive: true });
  await writeFile5(join6(dir, BASELINE_FILE), serializeBaseline(baseline));
  try {
    const where = await store.save(BASELINE_KIND, sha2, dir, BASELINE_FILE, opts.retentionDays);
    host.logger.log("info", `saved the coverage baseline of ${sha2.slice(0, 7)} as ${where}`);
  } catch (error) {
    if (!host.context.repository) throw error;
    const text = describeError(error);
    const rerun = /already exists/.test(text);
    host.logger.log(
      rerun ? "notice" : "warning",
      rerun ? `the coverage baseline of ${sha2.slice(0, 7)} was already saved by an earlier attempt of this run` : `the coverage baseline of ${sha2.slice(0, 7)} was not saved: ${text}`
    );
  }
}
var BASELINE_KIND, BASELINE_FILE, MAX_WARNINGS, RULES, coverageGate, MAX_SKIPS_NAMED;
var init_gate2 = __esm({
  "src/coverage/gate.ts"() {
    "use strict";
    init_errors();
    init_gate();
    init_git();
    init_inputs();
    init_run_context();
    init_badge();
    init_baseline_format();
    init_evaluate();
    init_filter();
    init_history();
    init_load();
    init_output();
    init_patch();
    init_render();
    BASELINE_KIND = "coverage";
    BASELINE_FILE = "coverage-baseline.json";
    MAX_WARNINGS = 20;
    RULES = "Rules (percent values are compared exactly, never through floats)";
    coverageGate = defineGate({
      id: GATE_ID,
      action: "coverage-gate",
      command: "coverage",
      usage: "--reports <file|glob>... [options]",
      about: "Parse coverage reports (lcov, istanbul JSON, Cobertura, JaCoCo, Clover, Go coverprofile; detected by\ncontent; several reports are merged), compute project and patch coverage, and gate on them.",
      settings: [
        {
          name: "reports",
          kind: "list",
          required: true,
          positional: true,
          aliases: ["report"],
          placeholder: "<file|glob>",
          description: "Coverage reports: files or globs, one per line (or comma-separated). Several reports (shards) are merged. Format is detected from content.",
          group: "Inputs"
        },
        {
          name: "expect-reports",
          kind: "integer",
          min: 1,
          max: 1e4,
          description: 'How many report files must be found (one per shard). Fewer fails the gate ("2 of 3 reports") instead of merging a total that silently lacks a shard. Empty = any number.',
          group: "Inputs"
        },
        {
          name: "base-report",
          kind: "list",
          placeholder: "<file|glob>",
          description: "Reports of the base commit to compare against, instead of the stored baseline (files or globs, one per line).",
          group: "Inputs"
        },
        {
          name: "diff-base",
          kind: "string",
          placeholder: "<git-rev>",
          maxLength: 500,
          description: "Patch = diff from merge-base(<rev>, HEAD): in a workflow to HEAD; on the CLI to the work tree, so committed, staged and unstaged changes count (as diff-cover --compare-branch). Empty = on a pull request, its base; on the CLI with min-patch or max-new-uncovered, the remote default branch (origin/HEAD, else origin/main, else origin/master).",
          group: "Inputs"
        },
        {
          name: "include-untracked",
          kind: "boolean",
          default: false,
          only: "cli",
          description: "Count untracked files (not ignored by .gitignore) as added: every line of each text file (binary files, symlinks and files over 1 MiB are skipped and named).",
          group: "Inputs"
        },
        {
          name: "diff-file",
          kind: "string",
          placeholder: "<file>",
          description: "Patch = this unified diff (git diff output). Empty = from git.",
          group: "Inputs"
        },
        {
          name: "mode",
          kind: "enum",
          values: ["auto", "gate", "baseline"],
          default: "auto",
          description: "auto (PRs are gated; pushes to the default branch and merge queues save the baseline; on the CLI --baseline-out also saves), gate, or baseline.",
          group: "Inputs"
        },
        {
          name: "min-project",
          kind: "percent",
          description: "Fail when project line coverage is below this percentage (0-100). Empty = no floor.",
          group: RULES
        },
        {
          name: "max-drop",
          kind: "percent",
          description: "Fail when project line coverage drops more than this many percentage points below the base commit. Empty = no limit.",
          group: RULES
        },
        {
          name: "min-patch",
          kind: "percent",
          description: "Fail when coverage of the changed coverable lines is below this percentage. A change with no coverable lines passes as n/a.",
          group: RULES
        },
        {
          name: "max-new-uncovered",
          kind: "integer",
          min: 0,
          description: "Fail when the change adds more than this many uncovered lines. Empty = no limit.",
          group: RULES
        },
        {
          name: "rules",
          kind: "rules",
          aliases: ["path-rule"],
          description: 'Per-path floors, one per line, e.g. "src/core/** >= 90".',
          group: RULES
        },
        {
          name: "partial",
          kind: "enum",
          values: ["miss", "hit"],
          default: "miss",
          description: "How a line with some branches not taken counts in patch coverage: miss (as Codecov) or hit.",
          group: RULES
        },
        {
          name: "source-glob",
          kind: "list",
          placeholder: "<glob>",
          description: "Changed files without coverage data that match these globs count as uncovered (one per line). Empty = they are listed, not counted.",
          group: RULES
        },
        {
          name: "include",
          kind: "list",
          placeholder: "<glob>",
          description: "Only count files matching these globs (repository paths, one per line). Empty = all files.",
          group: RULES
        },
        {
          name: "exclude",
          kind: "list",
          placeholder: "<glob>",
          description: "Leave out files matching these globs (e.g. generated code), from head, base and patch alike.",
          group: RULES
        },
        {
          name: "path-mappings",
          kind: "list",
          placeholder: "<from=to>",
          description: 'Rewrite report paths before matching, one "from=to" per line (e.g. "/app/=" for reports written inside a container).',
          group: "Inputs"
        },
        {
          name: "on-missing-baseline",
          kind: "enum",
          values: ["pass", "neutral", "fail"],
          default: "pass",
          description: "Outcome when no baseline is found for the base commit: pass (with a notice), neutral or fail.",
          group: RULES
        },
        {
          name: "informational",
          kind: "boolean",
          default: false,
          description: "Report only: the status is always success and the step never fails, but the reasons are shown.",
          group: RULES
        },
        {
          name: "baseline-walk-back",
          kind: "integer",
          min: 0,
          max: 500,
          default: 20,
          only: "action",
          description: "How many first-parent ancestors of the base commit to search for a baseline.",
          group: "Baseline"
        },
        {
          name: "baseline-retention-days",
          kind: "integer",
          min: 1,
          max: 400,
          default: 90,
          only: "action",
          description: "Retention of the baseline artifact saved on the default branch (1-400; capped by the repository setting).",
          group: "Baseline"
        },
        {
          name: "badge-path",
          kind: "string",
          aliases: ["badge-out"],
          placeholder: "<file.svg>",
          description: "Write an SVG badge here and a shields.io endpoint JSON beside it (path relative to the workspace). Empty = none.",
          group: "Outputs"
        }
      ],
      async evaluate(s, host) {
        const get = hostInputs(host);
        if (s["diff-base"] !== void 0 && s["diff-file"] !== void 0) {
          throw new UserError(`give ${labelOf(get, "diff-base")} or ${labelOf(get, "diff-file")}, not both`);
        }
        const pathMappings = s["path-mappings"].map((line) => {
          const eq = line.indexOf("=");
          if (eq <= 0) {
            throw new UserError(`${labelOf(get, "path-mappings")}: ${JSON.stringify(line.slice(0, 80))} is not "from=to"`);
          }
          return { from: line.slice(0, eq).trim(), to: line.slice(eq + 1).trim() };
        });
        const rules = {
          ...s["min-project"] !== void 0 ? { minProject: s["min-project"] } : {},
          ...s["max-drop"] !== void 0 ? { maxDrop: s["max-drop"] } : {},
          ...s["min-patch"] !== void 0 ? { minPatch: s["min-patch"] } : {},
          ...s["max-new-uncovered"] !== void 0 ? { maxNewUncovered: s["max-new-uncovered"] } : {},
          paths: s.rules,
          informational: s.informational,
          onMissingBaseline: s["on-missing-baseline"]
        };
        const filter = { include: s.include, exclude: s.exclude };
        const included = pathMatcher(filter);
        const workspace = resolve7(host.workspace);
        const git = createGit(workspace);
        const hash = configHash({
          include: filter.include,
          exclude: filter.exclude,
          pathMappings: pathMappings.map((m) => [m.from, m.to])
        });
        const store = host.baselines;
        const mode = s.mode === "auto" ? store?.savesInAuto ? "save" : "gate" : s.mode === "baseline" ? "save" : "gate";
        const gating = mode === "gate" || s.mode === "auto" && store?.gatesWhenSaving === true;
        const walkBack = s["baseline-walk-back"] ?? 20;
        const untracked = s["include-untracked"];
        const change = gating ? findChange(host, git, {
          diffBase: s["diff-base"],
          diffFile: s["diff-file"],
          walkBack,
          included,
          ...untracked !== void 0 ? {
            local: {
              includeUntracked: untracked,
              patchRule: [
                ...rules.minPatch !== void 0 ? ["min-patch"] : [],
                ...rules.maxNewUncovered !== void 0 ? ["max-new-uncovered"] : []
              ].map((name) => labelOf(get, name)),
              label: (name) => labelOf(get, name)
            }
          } : {}
        }) : void 0;
        change?.catch(() => void 0);
        const reportsLabel = `${labelOf(get, "reports")}:`;
        const loaded = await host.logger.group(
          "Read coverage reports",
          () => loadCoverageReports(s.reports, { cwd: host.cwd, repoRoot: workspace, label: reportsLabel, pathMappings })
        );
        const warnings = [...loaded.report.warnings ?? []];
        for (const w of warnings.slice(0, MAX_WARNINGS)) host.logger.log("warning", w);
        const head = filterReport(loaded.report, filter);
        const headSummary = summarize(head);
        const filteredOut = nothingLeft(loaded.report, head, filter, loaded.files, (name) => labelOf(get, name));
        const deadIncludes = filteredOut ? [] : unmatchedIncludes(loaded.report, filter);
        let base = null;
        let baseSummary = null;
        let trend = [];
        let baselineInfo = null;
        let changed = null;
        let patch = null;
        let headSha;
        let diffFrom;
        const notices = [];
        if (gating && change) {
          const found = await change;
          changed = found.changed;
          headSha = found.headSha;
          diffFrom = found.diffFrom;
          notices.push(...found.notices);
          if (changed) patch = patchCoverage(head, changed, { partial: s.partial, sourceGlobs: s["source-glob"] });
          if (s["base-report"].length > 0) {
            base = filterReport(
              (await loadCoverageReports(s["base-report"], {
                cwd: host.cwd,
                repoRoot: workspace,
                label: `${labelOf(get, "base-report")}:`,
                pathMappings
              })).report,
              filter
            );
          } else {
            const previous = await loadBaseline(host, store, found.candidates, hash);
            if (previous.note) notices.push(previous.note);
            if (previous.baseline) {
              base = filterReport(previous.baseline.report, filter);
              trend = previous.baseline.trend;
              baselineInfo = { sha: previous.sha, behind: previous.behind };
              notices.push(...previous.baseline.notices);
            }
          }
          if (base) baseSummary = summarize(base);
        }
        const changedPaths = (changed ?? []).flatMap((c) => c.oldPath ? [c.path, c.oldPath] : [c.path]);
        const evaluation = evaluate({ head: headSummary, base: baseSummary, patch, changedPaths, rules });
        const shardMissing = s["expect-reports"] !== void 0 && loaded.files < s["expect-reports"];
        if (shardMissing) {
          evaluation.reasons.unshift(
            `${loaded.files} of ${s["expect-reports"]} reports: a shard is missing (its job failed or uploaded nothing)`
          );
          evaluation.status = "fail";
          evaluation.wouldBe = "fail";
        }
        if (filteredOut) {
          evaluation.notices.unshift(filteredOut);
          if (evaluation.wouldBe === "pass") evaluation.wouldBe = "neutral";
          if (evaluation.status === "pass" && !s.informational) evaluation.status = "neutral";
        }
        for (const glob2 of deadIncludes) {
          notices.push(`${labelOf(get, "include")} '${glob2.slice(0, 80)}' matched no file of the report`);
        }
        evaluation.notices.push(...notices, ...warnings.slice(0, MAX_WARNINGS));
        if (warnings.length > MAX_WARNINGS) evaluation.notices.push(`${warnings.length - MAX_WARNINGS} more warnings`);
        const pr = gating ? await host.pullRequest() : void 0;
        const sha2 = pr?.headSha ?? headSha ?? (host.context.sha || void 0);
        const url = runUrl(host.context);
        const repository = host.context.repository;
        const linkSha = repository ? headSha ?? await revParse(git, "HEAD").catch(() => void 0) : void 0;
        const fragment = renderCoverage({
          evaluation,
          head: headSummary,
          base: baseSummary,
          patch,
          ...changed ? { changed } : {},
          rules,
          baseline: baselineInfo,
          trend,
          ...sha2 ? { sha: sha2 } : {},
          ...url ? { url } : {},
          ...repository && linkSha ? {
            source: {
              serverUrl: host.context.serverUrl,
              owner: repository.owner,
              repo: repository.repo,
              sha: linkSha
            }
          } : {}
        });
        if (mode === "save" && shardMissing) {
          host.logger.log("warning", "baseline not saved: a coverage report (shard) is missing");
        } else if (mode === "save") {
          await saveThisBaseline(host, store, git, head, headSummary, hash, trend, {
            walkBack,
            retentionDays: s["baseline-retention-days"] ?? 90,
            gated: gating
          });
        }
        if (s["badge-path"] !== void 0) {
          const out = resolve7(host.cwd, s["badge-path"]);
          await writeBadgeFiles(out, headSummary.totals.lines).catch((e) => {
            throw new UserError(`${labelOf(get, "badge-path")}: cannot write ${out} (${e.code ?? e.message})`);
          });
        }
        const data = {
          head,
          base,
          headSummary,
          baseSummary,
          changed,
          patch,
          evaluation,
          rules,
          ...headSha ? { headSha } : {},
          ...diffFrom ? { diffFrom } : {},
          warnings
        };
        const result = {
          fragment,
          ...sha2 ? { sha: sha2 } : {},
          onCommit: pr !== void 0 || mode === "save",
          checkRunName: "coverage: uncovered added lines",
          outputs: {
            "project-coverage": formatPercent(headSummary.totals.lines).replace(/%$/, ""),
            "patch-coverage": patch?.lines ? formatPercent(patch.lines).replace(/%$/, "") : "n/a",
            "baseline-sha": baselineInfo?.sha ?? ""
          },
          ...evaluation.status === "fail" ? { failure: `coverage gate failed: ${evaluation.reasons.join("; ")}` } : {},
          data
        };
        return result;
      },
      print: { json: writeJsonResult, human: humanResult }
    });
    MAX_SKIPS_NAMED = 5;
  }
});

// src/pr-report/collect.ts
import { mkdir as mkdir6, mkdtemp as mkdtemp2, stat as stat5 } from "node:fs/promises";
import { isAbsolute as isAbsolute4, join as join7, relative as relative4, resolve as resolve8, sep as sep2 } from "node:path";
function emptyCollected() {
  return { fragments: [], problems: [] };
}
function mergeCollected(...parts) {
  const seen = /* @__PURE__ */ new Set();
  const fragments = [];
  for (const f of parts.flatMap((p) => p.fragments)) {
    const key = JSON.stringify(f.fragment);
    if (seen.has(key)) continue;
    seen.add(key);
    fragments.push(f);
  }
  return { fragments, problems: parts.flatMap((p) => p.problems) };
}
async function readOne2(path2, source, out) {
  try {
    const fragment = await readFragment(path2);
    out.fragments.push({ source, fragment });
  } catch (e) {
    out.problems.push({ source, error: stripSource(describeError(e), path2) });
  }
}
function stripSource(message, path2) {
  return message.startsWith(`${path2}: `) ? message.slice(path2.length + 2) : message;
}
function display(cwd, abs) {
  const rel = relative4(cwd, abs);
  return rel === "" || rel.startsWith("..") || isAbsolute4(rel) ? abs : rel.split(sep2).join("/");
}
async function collectFromPaths(specs, cwd) {
  const out = emptyCollected();
  const seen = /* @__PURE__ */ new Set();
  for (const raw2 of specs) {
    const spec = raw2.trim();
    if (spec === "") continue;
    const abs = resolve8(cwd, spec);
    let files;
    let kind;
    const st = await stat5(abs).catch(() => void 0);
    if (st?.isFile()) {
      kind = "file";
      files = [abs];
    } else if (st?.isDirectory()) {
      kind = "dir";
      files = await glob(DEFAULT_FRAGMENT_GLOB, { cwd: abs, absolute: true, followSymbolicLinks: false });
    } else if (isDynamicPattern(spec)) {
      kind = "glob";
      files = await glob(spec, { cwd, absolute: true, followSymbolicLinks: false });
    } else {
      kind = "missing";
      files = [];
    }
    files.sort();
    if (files.length === 0) {
      const why = kind === "missing" ? "no such file or directory" : kind === "dir" ? `no ${DEFAULT_FRAGMENT_GLOB} in this directory` : "the pattern matched no file";
      out.problems.push({ source: spec, error: why });
      continue;
    }
    for (const file of files) {
      const key = resolve8(file);
      if (seen.has(key)) continue;
      seen.add(key);
      await readOne2(key, display(cwd, key), out);
    }
  }
  return out;
}
async function listRunArtifacts(octokit, repo, runId) {
  const all = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
    owner: repo.owner,
    repo: repo.repo,
    run_id: runId,
    per_page: 100
  });
  return all.map((a) => ({ id: a.id, name: a.name, size_in_bytes: a.size_in_bytes, expired: a.expired }));
}
async function collectFromArtifacts(options2) {
  const caps = { ...DEFAULT_ARTIFACT_CAPS, ...options2.caps };
  const pattern = options2.pattern?.trim() || DEFAULT_ARTIFACT_PATTERN;
  const out = emptyCollected();
  let listed;
  try {
    listed = await listRunArtifacts(options2.octokit, options2.repo, options2.runId);
  } catch (e) {
    out.problems.push({
      source: `artifacts of run ${options2.runId}`,
      error: `cannot list artifacts (${describeError(e)})`
    });
    return out;
  }
  const isMatch = (0, import_picomatch5.default)(pattern, { dot: true });
  const matching = newestAttempts(listed.filter((a) => isMatch(a.name))).sort(
    (a, b) => cmp2(a.name, b.name) || a.id - b.id
  );
  if (matching.length === 0) {
    if (options2.quietWhenNone) return out;
    out.problems.push({
      source: `artifacts of run ${options2.runId}`,
      error: `no artifact named like ${JSON.stringify(pattern)}`
    });
    return out;
  }
  if (matching.length > caps.maxArtifacts) {
    out.problems.push({
      source: `artifacts of run ${options2.runId}`,
      error: `${matching.length} artifacts match; only the first ${caps.maxArtifacts} were read`
    });
  }
  await mkdir6(options2.tempDir, { recursive: true });
  const isFragmentFile = (0, import_picomatch5.default)(DEFAULT_FRAGMENT_GLOB, { dot: false });
  const now = options2.now ?? Date.now;
  const deadline = now() + caps.maxWallMs;
  let downloaded = 0;
  const toRead = matching.slice(0, caps.maxArtifacts);
  for (const [index, artifact] of toRead.entries()) {
    const source = `artifact ${artifact.name}`;
    const stop = (why) => out.problems.push({
      source: `artifacts of run ${options2.runId}`,
      error: `${why}; ${toRead.length - index} artifact(s) from ${artifact.name} on were not read`
    });
    if (now() > deadline) {
      stop(`reading artifacts took longer than ${Math.round(caps.maxWallMs / 1e3)} s`);
      break;
    }
    if (artifact.expired) {
      out.problems.push({ source, error: "artifact has expired" });
      continue;
    }
    if (!Number.isSafeInteger(artifact.size_in_bytes) || artifact.size_in_bytes > caps.maxArtifactBytes) {
      out.problems.push({
        source,
        error: `artifact is ${artifact.size_in_bytes} bytes, over the ${caps.maxArtifactBytes}-byte cap; not downloaded`
      });
      continue;
    }
    if (downloaded + artifact.size_in_bytes > caps.maxDownloadBytes) {
      stop(`the artifacts would total more than ${caps.maxDownloadBytes} bytes`);
      break;
    }
    const dir = await mkdtemp2(join7(options2.tempDir, "pr-report-artifact-"));
    const zipPath = join7(dir, "artifact.zip");
    const dest = join7(dir, "files");
    let files;
    try {
      await options2.downloadZip(artifact.id, zipPath);
      const zipSize = (await stat5(zipPath)).size;
      downloaded += zipSize;
      if (zipSize > caps.maxArtifactBytes) {
        throw new UserError(`downloaded zip is ${zipSize} bytes, over the ${caps.maxArtifactBytes}-byte cap`);
      }
      await mkdir6(dest);
      const extracted = await extractZip(zipPath, dest, caps);
      files = extracted.files.filter((f) => isFragmentFile(f)).sort(cmp2);
    } catch (e) {
      out.problems.push({ source, error: describeError(e) });
      continue;
    }
    if (files.length === 0) {
      out.problems.push({ source, error: `holds no file named like ${DEFAULT_FRAGMENT_GLOB}` });
      continue;
    }
    for (const file of files) await readOne2(join7(dest, file), `${source}: ${file}`, out);
  }
  return out;
}
function artifactAttempt(name) {
  const m = /^(.*)-attempt-([1-9][0-9]{0,5})$/.exec(name);
  return m ? { identity: m[1], attempt: Number(m[2]) } : { identity: name, attempt: 1 };
}
function newestAttempts(artifacts) {
  const newest = /* @__PURE__ */ new Map();
  for (const artifact of artifacts) {
    const { identity, attempt } = artifactAttempt(artifact.name);
    const kept = newest.get(identity);
    if (!kept || attempt > kept.attempt || attempt === kept.attempt && artifact.id > kept.artifact.id) {
      newest.set(identity, { artifact, attempt });
    }
  }
  return [...newest.values()].map((v) => v.artifact);
}
function cmp2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var import_picomatch5, DEFAULT_FRAGMENT_GLOB, DEFAULT_ARTIFACT_PATTERN, DEFAULT_ARTIFACT_CAPS;
var init_collect = __esm({
  "src/pr-report/collect.ts"() {
    "use strict";
    import_picomatch5 = __toESM(require_picomatch2(), 1);
    init_dist2();
    init_errors();
    init_fragment();
    init_archive();
    DEFAULT_FRAGMENT_GLOB = "**/quality-gates-fragment*.json";
    DEFAULT_ARTIFACT_PATTERN = "quality-gates-fragment-*";
    DEFAULT_ARTIFACT_CAPS = {
      maxArtifacts: 200,
      maxArtifactBytes: 8 * 1024 * 1024,
      maxDownloadBytes: 64 * 1024 * 1024,
      maxWallMs: 5 * 60 * 1e3,
      maxEntries: 50,
      maxEntryBytes: 2 * 1024 * 1024,
      maxTotalBytes: 16 * 1024 * 1024
    };
  }
});

// src/shared/sanitize-text.ts
function isAlnum(c) {
  if (c === void 0 || c.length !== 1) return false;
  const x = c.charCodeAt(0);
  return x >= 48 && x <= 57 || x >= 65 && x <= 90 || x >= 97 && x <= 122;
}
function isDigit(c) {
  return c !== void 0 && c.length === 1 && c >= "0" && c <= "9";
}
function isHexDigit(c) {
  return isDigit(c) || c !== void 0 && c.length === 1 && /[A-Fa-f]/.test(c);
}
function isAsciiPunctCode(x) {
  return x >= 33 && x <= 47 || x >= 58 && x <= 64 || x >= 91 && x <= 96 || x >= 123 && x <= 126;
}
function charRef(s, i) {
  if (s[i] !== "&") return null;
  let j = i + 1;
  if (s[j] === "#") {
    j++;
    let hex = false;
    if (s[j] === "x" || s[j] === "X") {
      hex = true;
      j++;
    }
    const start2 = j;
    while (j - start2 < 8 && j < s.length && (hex ? isHexDigit(s[j]) : isDigit(s[j]))) j++;
    const digits2 = j - start2;
    if (digits2 === 0 || digits2 > (hex ? 6 : 7) || s[j] !== ";") return null;
    const cp = parseInt(s.slice(start2, j), hex ? 16 : 10);
    const ch2 = cp === 0 || cp > 1114111 || cp >= 55296 && cp <= 57343 ? "\uFFFD" : String.fromCodePoint(cp);
    return { len: j + 1 - i, ch: ch2 };
  }
  const start = j;
  while (j - start < 32 && isAlnum(s[j])) j++;
  if (j === start || s[j] !== ";") return null;
  const name = s.slice(start, j);
  const ch = Object.prototype.hasOwnProperty.call(ASCII_ENTITIES, name) ? ASCII_ENTITIES[name] : OPAQUE;
  return { len: j + 1 - i, ch };
}
function neutraliseText(t, policy) {
  if (!needsWork(t)) return t;
  const len = t.length;
  const start = new Int32Array(len + 1);
  const code2 = new Int32Array(len + 1);
  let n = 0;
  for (let i = 0; i < len; ) {
    start[n] = i;
    const x = t.charCodeAt(i);
    if (x === 92 && i + 1 < len && isAsciiPunctCode(t.charCodeAt(i + 1))) {
      code2[n++] = t.charCodeAt(i + 1);
      i += 2;
      continue;
    }
    if (x === 38) {
      const r = charRef(t, i);
      if (r) {
        code2[n++] = r.ch === OPAQUE ? OPAQUE_CODE : r.ch.codePointAt(0);
        i += r.len;
        continue;
      }
    }
    code2[n++] = x;
    i++;
  }
  start[n] = len;
  code2[n] = -1;
  const at2 = (k) => k >= 0 && k < n ? code2[k] : -1;
  const zwjAfter = new Uint8Array(n);
  let urlUntil = -1;
  for (let k = 0; k < n; k++) {
    const c = code2[k];
    const next = at2(k + 1);
    if (c === AT && isAlnumCode(next)) zwjAfter[k] = 1;
    else if (c === HASH && isDigitCode(next)) zwjAfter[k] = 1;
    else if (c === DASH && isDigitCode(next) && (at2(k - 2) | 32) === 103 && (at2(k - 1) | 32) === 104)
      zwjAfter[k] = 1;
    const scheme = c === COLON2 && next === SLASH3 && at2(k + 2) === SLASH3 && isSchemeCode(at2(k - 1));
    const www = (c | 32) === 119 && (next | 32) === 119 && (at2(k + 2) | 32) === 119 && at2(k + 3) === DOT;
    if (!scheme && !www) continue;
    if (k > urlUntil) {
      let e = k;
      while (e < n && !isUrlEndCode(code2[e])) e++;
      urlUntil = e - 1;
    }
    let inert = policy.links === "repository";
    if (!inert) {
      let s = k;
      if (scheme) while (s > 0 && s > k - 32 && isSchemeCode(at2(s - 1))) s--;
      let url = www ? "https://" : "";
      for (let q = s; q <= urlUntil && q < s + 400; q++)
        url += String.fromCodePoint(Math.max(0, code2[q]));
      inert = XREF_URL_RE.test(url);
    }
    if (inert) zwjAfter[scheme ? k : k + 2] = 1;
  }
  const out = [];
  let from = 0;
  for (let k = 0; k < n; k++) {
    const bang = code2[k] === BANG2 && start[k + 1] === start[k] + 1 && t.charCodeAt(start[k + 1]) === 91;
    if (bang) {
      out.push(t.slice(from, start[k]), "\\");
      from = start[k];
    }
    if (zwjAfter[k]) {
      out.push(t.slice(from, start[k + 1]), ZWJ2);
      from = start[k + 1];
    }
  }
  out.push(t.slice(from));
  return out.join("");
}
function isAlnumCode(x) {
  return x >= 48 && x <= 57 || x >= 65 && x <= 90 || x >= 97 && x <= 122;
}
function isDigitCode(x) {
  return x >= 48 && x <= 57;
}
function isSchemeCode(x) {
  return isAlnumCode(x) || x === 43 || x === 46 || x === 45;
}
function isUrlEndCode(x) {
  return x === 60 || x === 32 || x === 9 || x === 10 || x === 13 || x === 12;
}
function needsWork(t) {
  return t.includes("@") || t.includes("#") || t.includes("&") || t.includes(":") || t.includes("![") || /ww|gh-/i.test(t);
}
var ZWJ2, ASCII_ENTITIES, OPAQUE, XREF_URL_RE, AT, HASH, DASH, COLON2, SLASH3, DOT, BANG2, OPAQUE_CODE;
var init_sanitize_text = __esm({
  "src/shared/sanitize-text.ts"() {
    "use strict";
    ZWJ2 = "\u200D";
    ASCII_ENTITIES = {
      AMP: "&",
      DiacriticalGrave: "`",
      GT: ">",
      Hat: "^",
      LT: "<",
      NewLine: "\n",
      QUOT: '"',
      Tab: "	",
      UnderBar: "_",
      VerticalLine: "|",
      amp: "&",
      apos: "'",
      ast: "*",
      bsol: "\\",
      colon: ":",
      comma: ",",
      commat: "@",
      dollar: "$",
      equals: "=",
      excl: "!",
      grave: "`",
      gt: ">",
      lbrace: "{",
      lbrack: "[",
      lcub: "{",
      lowbar: "_",
      lpar: "(",
      lsqb: "[",
      lt: "<",
      midast: "*",
      num: "#",
      percnt: "%",
      period: ".",
      plus: "+",
      quest: "?",
      quot: '"',
      rbrace: "}",
      rbrack: "]",
      rcub: "}",
      rpar: ")",
      rsqb: "]",
      semi: ";",
      sol: "/",
      verbar: "|",
      vert: "|"
    };
    OPAQUE = "\uFFFF";
    XREF_URL_RE = /^[A-Za-z][A-Za-z0-9+.-]{0,31}:\/\/[^/]{1,255}\/[^/]{1,100}\/[^/]{1,100}\/(?:issues|pulls?|discussions)\/\d/i;
    AT = 64;
    HASH = 35;
    DASH = 45;
    COLON2 = 58;
    SLASH3 = 47;
    DOT = 46;
    BANG2 = 33;
    OPAQUE_CODE = 65535;
  }
});

// src/shared/sanitize-url.ts
function normaliseUrl(raw2) {
  if (raw2.length > MAX_URL || !/^https?:\/\//i.test(raw2)) return null;
  if (/[\s\\<>"'`\u0000-\u001f\u007f]/.test(raw2)) return null;
  let u;
  try {
    u = new URL(raw2);
  } catch {
    return null;
  }
  if (u.username !== "" || u.password !== "") return null;
  for (const seg of u.pathname.split("/")) {
    let d;
    try {
      d = decodeURIComponent(seg);
    } catch {
      return null;
    }
    if (d === "." || d === ".." || d.includes("/") || d.includes("\\")) return null;
  }
  return u;
}
function segments(u) {
  return u.pathname.split("/").filter((s) => s !== "").map((s) => {
    try {
      return decodeURIComponent(s).toLowerCase();
    } catch {
      return s.toLowerCase();
    }
  });
}
function serverOrigin(p) {
  try {
    return new URL(p.serverUrl).origin;
  } catch {
    return null;
  }
}
function inRepository(u, p) {
  const repo = p.repository;
  if (!repo) return null;
  const segs = segments(u);
  const owner = repo.owner.toLowerCase();
  const name = repo.repo.toLowerCase();
  const origin = serverOrigin(p);
  const onServer = origin !== null && u.origin === origin;
  const onRaw = origin === "https://github.com" && u.origin === "https://raw.githubusercontent.com";
  if (!onServer && !onRaw) return null;
  if (segs[0] !== owner || segs[1] !== name) return null;
  return { rest: segs.slice(2) };
}
function isXrefUrl(u, p) {
  const origin = serverOrigin(p);
  if (u.origin !== origin && u.origin !== "https://github.com" && u.origin !== "http://github.com")
    return false;
  const segs = segments(u);
  return segs.length >= 4 && XREF_KINDS.has(segs[2]) && /^\d/.test(segs[3]);
}
function linkTarget(dest, p, encode) {
  if (/^#[\w.-]*$/.test(dest)) return dest;
  if (!/^https?:\/\/[^\s]/i.test(dest)) return "#";
  const u = normaliseUrl(encode(dest));
  if (p.links === "any") {
    if (u && isXrefUrl(u, p)) return null;
    return encode(dest);
  }
  if (!u) return null;
  const inRepo = inRepository(u, p);
  if (!inRepo || isXrefUrl(u, p)) return null;
  return u.href;
}
function imageSource(raw2, p) {
  if (/@/.test(raw2)) return null;
  const u = normaliseUrl(raw2);
  if (!u) return null;
  const href = u.href;
  const inRepo = inRepository(u, p);
  if (inRepo && inRepo.rest.length > 0 && !inRepo.rest.some(forkReachable)) return href;
  if (p.imagePrefixes.some((pre) => pre !== "" && href.startsWith(pre))) {
    if (!segments(u).some(forkReachable)) return href;
  }
  return null;
}
function forkReachable(segment) {
  return segment === "pull" || segment === "pulls" || /^[0-9a-f]{40}$|^[0-9a-f]{64}$/i.test(segment);
}
var MAX_URL, XREF_KINDS;
var init_sanitize_url = __esm({
  "src/shared/sanitize-url.ts"() {
    "use strict";
    MAX_URL = 4096;
    XREF_KINDS = /* @__PURE__ */ new Set(["issues", "pull", "pulls", "discussions"]);
  }
});

// src/shared/sanitize.ts
function prepass(md) {
  let s = md.replace(/\r\n?/g, "\n").replace(/\0/g, "\uFFFD").replace(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");
  s = removeRawTextElements(s);
  s = removeComments(s);
  return s.replace(/<!--/g, "&lt;!--");
}
function removeRawTextElements(s) {
  const opener = new RegExp(`<(${RAW_TEXT_ELEMENTS.join("|")})(?=[\\s/>]|$)`, "gi");
  const noCloser = /* @__PURE__ */ new Set();
  const parts = [];
  let pos = 0;
  let m;
  while ((m = opener.exec(s)) !== null) {
    const name = m[1].toLowerCase();
    if (noCloser.has(name)) continue;
    const closer = new RegExp(`</${name}\\s*>`, "gi");
    closer.lastIndex = m.index + m[0].length;
    const c = closer.exec(s);
    if (!c) {
      noCloser.add(name);
      continue;
    }
    parts.push(s.slice(pos, m.index));
    pos = c.index + c[0].length;
    opener.lastIndex = pos;
  }
  parts.push(s.slice(pos));
  return parts.join("");
}
function removeComments(s) {
  const parts = [];
  let pos = 0;
  for (; ; ) {
    const start = s.indexOf("<!--", pos);
    if (start < 0) break;
    let end;
    if (s.startsWith("<!-->", start)) end = start + 5;
    else if (s.startsWith("<!--->", start)) end = start + 6;
    else {
      const close = s.indexOf("-->", start + 4);
      if (close < 0) break;
      end = close + 3;
    }
    parts.push(s.slice(pos, start));
    pos = end;
  }
  parts.push(s.slice(pos));
  return parts.join("");
}
function isAsciiPunct(c) {
  if (c === void 0) return false;
  const x = c.charCodeAt(0);
  return x >= 33 && x <= 47 || x >= 58 && x <= 64 || x >= 91 && x <= 96 || x >= 123 && x <= 126;
}
function encodeUrl(u) {
  return u.replace(
    /[\s<>`"'()\\[\]{}|^\u0000-\u001f\u007f]/g,
    (c) => Array.from(Buffer.from(c, "utf8")).map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("")
  );
}
function escapeAttr(v) {
  return v.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}
function unescapeDest(d) {
  return d.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}
function parseTag(line, i, work) {
  if (work.left <= 0) return null;
  const t = parseTagBounded(line, i);
  work.left -= t ? t.end - i : 64;
  return t;
}
function parseTagBounded(line, i) {
  if (line[i + 1] === "/") {
    CLOSE_RE.lastIndex = i;
    const m = CLOSE_RE.exec(line);
    if (!m) return null;
    return {
      end: i + m[0].length,
      name: m[1].toLowerCase(),
      closing: true,
      selfClosing: false,
      attrs: /* @__PURE__ */ new Map()
    };
  }
  OPEN_NAME_RE.lastIndex = i;
  const nm = OPEN_NAME_RE.exec(line);
  if (!nm) return null;
  let p = i + nm[0].length;
  const attrs = /* @__PURE__ */ new Map();
  for (let count = 0; count < 64; count++) {
    ATTR_RE.lastIndex = p;
    const a = ATTR_RE.exec(line);
    if (!a) break;
    const v = a[2] ?? a[3] ?? a[4];
    const key = a[1].toLowerCase();
    if (!attrs.has(key)) attrs.set(key, v === void 0 ? true : v);
    p += a[0].length;
  }
  OPEN_END_RE.lastIndex = p;
  const e = OPEN_END_RE.exec(line);
  if (!e) return null;
  return {
    end: p + e[0].length,
    name: nm[1].toLowerCase(),
    closing: false,
    selfClosing: e[1] === "/",
    attrs
  };
}
function parseDest(line, j, work) {
  if (work.left <= 0) return null;
  const r = parseDestBounded(line, j);
  work.left -= (r ? r.end : Math.min(line.length, j + MAX_DEST)) - j;
  return r;
}
function parseDestBounded(line, j) {
  let k = j;
  const n = line.length;
  while (k < n && (line[k] === " " || line[k] === "	")) k++;
  let dest;
  const limit = Math.min(n, j + MAX_DEST);
  if (line[k] === "<") {
    let q = k + 1;
    while (q < limit && line[q] !== ">" && line[q] !== "<") q += line[q] === "\\" ? 2 : 1;
    if (q >= limit || line[q] !== ">") return null;
    dest = line.slice(k + 1, q);
    k = q + 1;
  } else {
    const start = k;
    let depth = 0;
    while (k < limit) {
      const c = line[k];
      if (c === "\\" && isAsciiPunct(line[k + 1])) {
        k += 2;
        continue;
      }
      if (c === " " || c === "	" || c < " ") break;
      if (c === "(") depth++;
      else if (c === ")") {
        if (depth === 0) break;
        depth--;
      }
      k++;
    }
    if (k >= limit && limit < n) return null;
    dest = line.slice(start, k);
  }
  while (k < n && (line[k] === " " || line[k] === "	")) k++;
  const t = line[k];
  if (t === '"' || t === "'" || t === "(") {
    const close = t === "(" ? ")" : t;
    let q = k + 1;
    while (q < limit && line[q] !== close) q += line[q] === "\\" ? 2 : 1;
    if (q >= limit) return null;
    k = q + 1;
    while (k < n && (line[k] === " " || line[k] === "	")) k++;
  }
  if (line[k] !== ")") return null;
  return { dest: unescapeDest(dest), end: k + 1 };
}
function cutText2(s, n, kind) {
  if (n <= 0) return "";
  let t = s.slice(0, n);
  const last = t.charCodeAt(t.length - 1);
  if (last >= 55296 && last <= 56319) t = t.slice(0, -1);
  if (kind === "text") {
    const amp = t.lastIndexOf("&");
    if (amp >= 0 && amp >= t.length - 34 && /^&[#A-Za-z0-9]*$/.test(t.slice(amp))) t = t.slice(0, amp);
    let bs = 0;
    while (bs < t.length && t.charCodeAt(t.length - 1 - bs) === 92) bs++;
    if (bs % 2 === 1) t = t.slice(0, -1);
  } else if (t.length < s.length && CUT_CLOSES_FENCE_RE.test(t)) {
    t = "";
  }
  return t;
}
function hasUrlStart(s) {
  return s.includes("://") || /www\./i.test(s);
}
function lastWhitespace(s) {
  for (let k = s.length - 1; k >= 0; k--) {
    const c = s.charCodeAt(k);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11) return k;
  }
  return -1;
}
function containerPrefixLength(line) {
  let i = 0;
  const n = line.length;
  for (; ; ) {
    while (i < n && (line[i] === " " || line[i] === "	")) i++;
    const c = line[i];
    if (c === ">" || c === "-" || c === "+" || c === "*") {
      i++;
      continue;
    }
    let d = i;
    while (d < n && d - i < 9 && line.charCodeAt(d) >= 48 && line.charCodeAt(d) <= 57) d++;
    if (d > i && (line[d] === "." || line[d] === ")")) {
      i = d + 1;
      continue;
    }
    return i;
  }
}
function linkLabelPrefix(line) {
  const p = containerPrefixLength(line);
  if (line[p] !== "[") return null;
  LABEL_DEF_RE.lastIndex = p;
  if (LABEL_DEF_RE.test(line)) return line.slice(0, p);
  for (let k = p + 1; k < line.length; k++) {
    const c = line[k];
    if (c === "\\") k++;
    else if (c === "]") return null;
  }
  return line.slice(0, p);
}
function isTableDelimiterRow(row) {
  let i = 0;
  const n = row.length;
  const skipBlank = () => {
    while (i < n && (row[i] === " " || row[i] === "	")) i++;
  };
  skipBlank();
  if (row[i] === "|") i++;
  let cells = 0;
  for (; ; ) {
    skipBlank();
    if (i >= n) return cells > 0;
    if (row[i] === ":") i++;
    const dashes = i;
    while (row[i] === "-") i++;
    if (i === dashes) return false;
    if (row[i] === ":") i++;
    skipBlank();
    cells++;
    if (i >= n) return true;
    if (row[i] !== "|") return false;
    i++;
  }
}
function sanitize(md, policy, max) {
  const textPolicy = { links: policy.links };
  const postText = (t) => neutraliseText(t, textPolicy);
  const text = prepass(md);
  const out = [];
  let len = 0;
  let done = false;
  let truncated2 = false;
  let fence = null;
  let htmlMode = false;
  let rawBlock = false;
  let tableMode = false;
  let detailsDepth = 0;
  let summaryOpen = false;
  const inline = [];
  let inlineClosers = 0;
  const pushInline = (t) => {
    inline.push(t);
    inlineClosers += t.length + 3;
  };
  const popInline = () => {
    const t = inline.pop();
    inlineClosers -= t.length + 3;
    return t;
  };
  let lastLineBlank = true;
  const reserve = () => {
    if (max === Infinity) return 0;
    let r = NOTICE.length + 4;
    if (fence) r += fence.n + 2;
    r += inlineClosers + (inline.length > 0 ? 1 : 0);
    if (summaryOpen) r += 12;
    r += detailsDepth * 12;
    return r;
  };
  let lastOut = "";
  let lineStart = 0;
  let urlWord = false;
  let wordTail = "";
  const track = (s) => {
    const ws = Math.max(s.lastIndexOf("<"), lastWhitespace(s));
    if (ws >= 0) {
      wordTail = s.slice(ws + 1);
      urlWord = hasUrlStart(wordTail);
    } else if (!urlWord) {
      urlWord = hasUrlStart(wordTail + s.slice(0, 4)) || hasUrlStart(s);
      wordTail += s.length > 8 ? s.slice(-8) : s;
    }
    if (wordTail.length > 8) wordTail = wordTail.slice(-8);
  };
  const emit = (s, kind, extraReserve = 0) => {
    if (done) return false;
    if (s === "") return true;
    if (max === Infinity || len + s.length + reserve() + extraReserve <= max) {
      out.push(s);
      len += s.length;
      lastOut = s[s.length - 1];
      track(s);
      return true;
    }
    if (kind !== "atomic") {
      const cut2 = cutText2(s, max - len - reserve(), kind);
      if (cut2 !== "") {
        out.push(cut2);
        len += cut2.length;
        lastOut = cut2[cut2.length - 1];
      }
    }
    done = true;
    truncated2 = true;
    return false;
  };
  const guardBackslash = () => {
    if (lastOut === "\\") emit(ZWSP, "atomic", -1);
  };
  const closeInline = () => {
    if (inline.length > 0) guardBackslash();
    while (inline.length > 0) {
      const t = inline[inline.length - 1];
      if (!emit(`</${t}>`, "atomic", -(t.length + 3))) return;
      popInline();
    }
  };
  const tagKept = (tag) => {
    const { name } = tag;
    if (name === "details" || name === "summary") {
      if (!rawBlock || tableMode) return false;
      if (name === "details") return tag.closing ? detailsDepth > 0 : !tag.selfClosing;
      return tag.closing ? summaryOpen : !tag.selfClosing && detailsDepth > 0 && !summaryOpen;
    }
    if (name === "br") return !tag.closing;
    if (INLINE_TAGS.has(name))
      return tag.closing ? inline.includes(name) : !tag.selfClosing && inline.length < MAX_INLINE_DEPTH;
    if (name === "img") {
      const src = tag.attrs.get("src");
      return !tag.closing && typeof src === "string" && imageSource(src, policy) !== null;
    }
    return false;
  };
  const handleTag = (tag) => {
    const { name } = tag;
    if (name === "details" || name === "summary") closeInline();
    if (name === "details") {
      if (tag.closing) {
        if (detailsDepth === 0) return;
        closeInline();
        if (summaryOpen && emit("</summary>", "atomic", -12)) summaryOpen = false;
        if (emit("</details>", "atomic", -12 - (summaryOpen ? 12 : 0))) detailsDepth--;
      } else if (!tag.selfClosing) {
        detailsDepth++;
        if (!emit(tag.attrs.has("open") ? "<details open>" : "<details>", "atomic", 0)) detailsDepth--;
      }
      return;
    }
    if (name === "summary") {
      if (tag.closing) {
        if (!summaryOpen) return;
        closeInline();
        if (emit("</summary>", "atomic", -12)) summaryOpen = false;
      } else if (!tag.selfClosing && detailsDepth > 0 && !summaryOpen) {
        if (emit("<summary>", "atomic", 12)) summaryOpen = true;
      }
      return;
    }
    if (name === "br") {
      if (!tag.closing) emit("<br>", "atomic");
      return;
    }
    if (INLINE_TAGS.has(name)) {
      if (tag.closing) {
        const at2 = inline.lastIndexOf(name);
        if (at2 < 0) return;
        while (inline.length > at2) {
          const t = inline[inline.length - 1];
          if (!emit(`</${t}>`, "atomic", -(t.length + 3))) break;
          popInline();
        }
      } else if (!tag.selfClosing && inline.length < MAX_INLINE_DEPTH) {
        if (emit(`<${name}>`, "atomic", name.length + 3)) pushInline(name);
      }
      return;
    }
    if (name === "img" && !tag.closing) {
      const raw2 = tag.attrs.get("src");
      const src = typeof raw2 === "string" ? imageSource(raw2, policy) : null;
      if (src === null) return;
      let s = `<img src="${escapeAttr(src)}"`;
      const alt = tag.attrs.get("alt");
      if (typeof alt === "string") s += ` alt="${escapeAttr(postText(alt).slice(0, 200))}"`;
      for (const k of ["width", "height"]) {
        const v = tag.attrs.get(k);
        if (typeof v === "string" && /^\d{1,4}%?$/.test(v)) s += ` ${k}="${v}"`;
      }
      emit(`${s}>`, "atomic");
    }
  };
  const processLine = (line, html2) => {
    let buf = "";
    let bufLast = "";
    let blankSoFar = true;
    const add = (piece) => {
      buf += piece;
      bufLast = piece[piece.length - 1];
      if (blankSoFar && /\S/.test(piece)) blankSoFar = false;
    };
    const flush = () => {
      if (buf !== "") {
        emit(postText(buf), "text");
        buf = "";
        bufLast = "";
      }
    };
    const runs = html2 || !line.includes("`") ? null : new BacktickRuns(line);
    const n = line.length;
    const work = { left: 8 * n + 65536 };
    let i = 0;
    let contentStart = containerPrefixLength(line);
    const def = linkLabelPrefix(line);
    if (def !== null) {
      add(`${def}\\[`);
      i = def.length + 1;
    }
    while (i < n && !done) {
      const c = line[i];
      if (c === "\\" && isAsciiPunct(line[i + 1])) {
        const nx2 = line[i + 1];
        add(nx2 === "<" ? "&lt;" : `\\${nx2}`);
        i += 2;
        continue;
      }
      if (c === "`") {
        let j = i;
        while (line[j] === "`") j++;
        const L = j - i;
        flush();
        const q = runs && !urlWord ? runs.closer(j, L) : -1;
        if (q >= 0) {
          emit(line.slice(i, q + L), "atomic");
          blankSoFar = false;
          urlWord = false;
          wordTail = "";
          i = q + L;
        } else {
          add("\\`".repeat(L));
          i = j;
        }
        continue;
      }
      if (c === "<") {
        const tag = parseTag(line, i, work);
        if (tag) {
          if (tagKept(tag)) {
            flush();
            handleTag(tag);
            blankSoFar = false;
          } else {
            const atStart = blankSoFar || i === contentStart && tag.end < n;
            if (atStart) contentStart = tag.end;
            const prev = atStart ? void 0 : buf !== "" ? bufLast : len > lineStart ? lastOut : void 0;
            const next = line[tag.end];
            const joins = prev === void 0 ? next === void 0 || LINE_START_SYNTAX_RE.test(next) : next !== void 0 && /\S/.test(prev) && /\S/.test(next) && (isAsciiPunct(prev) || isAsciiPunct(next));
            if (joins) {
              add(ZWSP);
            }
          }
          i = tag.end;
          continue;
        }
        add("&lt;");
        i++;
        continue;
      }
      if (c === "]" && line[i + 1] === "(") {
        const link = parseDest(line, i + 2, work);
        const target = link ? linkTarget(link.dest, policy, encodeUrl) : null;
        if (link && target !== null) {
          add("]");
          flush();
          emit(`(${target})`, "atomic");
          blankSoFar = false;
          i = link.end;
        } else {
          add("]\\(");
          i += 2;
        }
        continue;
      }
      if (c === "!" && line[i + 1] === "[") {
        IMAGE_RE.lastIndex = i;
        const m = IMAGE_RE.exec(line);
        const src = m ? imageSource(m[2], policy) : null;
        if (m && src !== null) {
          flush();
          const alt = m[1].replace(/[^\p{L}\p{N} .,;_+-]/gu, "");
          emit(`![${alt}](${src})`, "atomic");
          blankSoFar = false;
          i += m[0].length;
          continue;
        }
      }
      SPECIAL_RE.lastIndex = i + 1;
      const nx = SPECIAL_RE.exec(line);
      const stop = nx ? nx.index : n;
      add(line.slice(i, stop));
      i = stop;
    }
    flush();
  };
  const lines = text.split("\n");
  for (let li = 0; li < lines.length && !done; li++) {
    const line = lines[li];
    if (fence) {
      if (li > 0) emit("\n", "atomic");
      const m = FENCE_CLOSE_RE.exec(line);
      if (m && m[1][0] === fence.ch && m[1].length >= fence.n) {
        const f = fence;
        fence = null;
        if (!emit(f.ch.repeat(f.n), "atomic")) fence = f;
        lastLineBlank = false;
        continue;
      }
      emit(line, "code");
      continue;
    }
    const open3 = FENCE_OPEN_RE.exec(line);
    if (open3 && !(open3[1][0] === "`" && open3[2].includes("`"))) {
      const marker = open3[1];
      const info = (open3[2].trim().split(/\s+/)[0] ?? "").replace(/[^A-Za-z0-9_+.#-]/g, "").slice(0, 32);
      closeInline();
      if (li > 0) emit(lastLineBlank ? "\n" : "\n\n", "atomic");
      htmlMode = false;
      rawBlock = false;
      tableMode = false;
      if (emit(marker + info, "atomic", marker.length + 2))
        fence = { ch: marker[0], n: marker.length };
      lastLineBlank = false;
      continue;
    }
    if (line.trim() === "") {
      closeInline();
      htmlMode = false;
      rawBlock = false;
      tableMode = false;
      if (li > 0) emit("\n", "atomic");
      lastLineBlank = true;
      continue;
    }
    if (STRUCT_START_RE.test(line)) closeInline();
    if (li > 0) emit("\n", "atomic");
    const rest = line.slice(containerPrefixLength(line));
    if (rest.startsWith("<")) htmlMode = true;
    if (!rawBlock && !tableMode && STRUCT_START_RE.test(line)) {
      rawBlock = true;
      const first = parseTagBounded(line, 0);
      if (!first || !tagKept(first)) rawBlock = false;
    }
    if (!rawBlock && !tableMode && line.includes("|")) {
      const next = lines[li + 1];
      if (next !== void 0 && isTableDelimiterRow(next.slice(containerPrefixLength(next)))) {
        tableMode = true;
      }
    }
    lineStart = len;
    processLine(line, htmlMode);
    lastLineBlank = false;
  }
  const force = (s) => {
    out.push(s);
    len += s.length;
  };
  if (fence) force(`
${fence.ch.repeat(fence.n)}`);
  else if (inline.length > 0 && lastOut === "\\") force(ZWSP);
  if (!fence) while (inline.length > 0) force(`</${popInline()}>`);
  if (truncated2) force(NOTICE);
  if (summaryOpen) force("\n\n</summary>");
  for (; detailsDepth > 0; detailsDepth--) force("\n\n</details>");
  const result = out.join("");
  return result.includes("<!--") ? result.replace(/<!--/g, "&lt;!--") : result;
}
function sanitizeMarkdown(md, opts = {}) {
  const policy = {
    links: opts.links ?? "repository",
    ...opts.repository ? { repository: opts.repository } : {},
    serverUrl: (opts.serverUrl ?? "https://github.com").replace(/\/+$/, ""),
    imagePrefixes: opts.allowImagePrefixes ?? []
  };
  const max = opts.maxLength;
  const full = sanitize(md, policy, Infinity);
  if (max === void 0 || full.length <= max) return full;
  const cut2 = sanitize(md, policy, Math.max(0, Math.floor(max)));
  return cut2.length <= max ? cut2 : "";
}
var ZWSP, NOTICE, RAW_TEXT_ELEMENTS, INLINE_TAGS, MAX_INLINE_DEPTH, MAX_DEST, IMAGE_RE, ATTR_RE, CLOSE_RE, OPEN_NAME_RE, OPEN_END_RE, BacktickRuns, CUT_CLOSES_FENCE_RE, SPECIAL_RE, FENCE_OPEN_RE, FENCE_CLOSE_RE, LABEL_DEF_RE, LINE_START_SYNTAX_RE, STRUCT_START_RE;
var init_sanitize = __esm({
  "src/shared/sanitize.ts"() {
    "use strict";
    init_sanitize_text();
    init_sanitize_url();
    ZWSP = "\u200B";
    NOTICE = "\n\n_\u2026 truncated_";
    RAW_TEXT_ELEMENTS = [
      "script",
      "style",
      "iframe",
      "textarea",
      "title",
      "xmp",
      "noscript",
      "noembed",
      "noframes",
      "template",
      "object",
      "svg",
      "math",
      "plaintext"
    ];
    INLINE_TAGS = /* @__PURE__ */ new Set(["b", "code", "sub", "sup"]);
    MAX_INLINE_DEPTH = 16;
    MAX_DEST = 4096;
    IMAGE_RE = /!\[([^\][`\\<>\n]{0,200})\]\(([^\s()<>`"'\\]{1,2000})\)/y;
    ATTR_RE = /[ \t]+([A-Za-z_:][\w.:-]*)(?:[ \t]*=[ \t]*(?:"([^"]{0,512})"|'([^']{0,512})'|([^\s"'=<>`]{1,512})))?/y;
    CLOSE_RE = /<\/([A-Za-z][A-Za-z0-9-]*)[ \t]*>/y;
    OPEN_NAME_RE = /<([A-Za-z][A-Za-z0-9-]*)/y;
    OPEN_END_RE = /[ \t]*(\/?)>/y;
    BacktickRuns = class {
      constructor(line) {
        this.line = line;
        let i = line.indexOf("`");
        while (i >= 0) {
          let j = i;
          while (line[j] === "`") j++;
          const len = j - i;
          let arr = this.byLen.get(len);
          if (!arr) this.byLen.set(len, arr = []);
          arr.push(i);
          i = line.indexOf("`", j);
        }
      }
      line;
      byLen = /* @__PURE__ */ new Map();
      ptr = /* @__PURE__ */ new Map();
      pipeFrom = -1;
      pipeAt = -1;
      /** Start of the first maximal run of exactly `len` backticks at or after `from`, before the next `|`. */
      closer(from, len) {
        const arr = this.byLen.get(len);
        if (!arr) return -1;
        let p = this.ptr.get(len) ?? 0;
        while (p < arr.length && arr[p] < from) p++;
        this.ptr.set(len, p);
        const q = arr[p];
        if (q === void 0) return -1;
        if (!(from >= this.pipeFrom && from <= this.pipeAt && this.pipeFrom >= 0)) {
          this.pipeFrom = from;
          const pi = this.line.indexOf("|", from);
          this.pipeAt = pi < 0 ? this.line.length : pi;
        }
        return q < this.pipeAt ? q : -1;
      }
    };
    CUT_CLOSES_FENCE_RE = /^ {0,3}(?:`{3,}|~{3,})[ \t]*$/;
    SPECIAL_RE = /[\\`<\]!]/g;
    FENCE_OPEN_RE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
    FENCE_CLOSE_RE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
    LABEL_DEF_RE = /\[(?:\\.|[^\]\\])*\]:/y;
    LINE_START_SYNTAX_RE = /[`~#>\-+*=_|[\]!<\d\s\\:]/;
    STRUCT_START_RE = /^<\/?(?:details|summary)(?=[\s/>]|$)/i;
  }
});

// src/pr-report/marker.ts
import { createHash as createHash2 } from "node:crypto";
function validateReportId(id, source = 'input "id"') {
  const value = id === void 0 || id.trim() === "" ? DEFAULT_REPORT_ID : id.trim();
  if (!ID_PATTERN.test(value)) {
    throw new UserError(
      `${source}: ${JSON.stringify(value.slice(0, 60))} is not a valid report id (allowed: 1-40 of a-z, 0-9 and -, starting with a letter or digit)`
    );
  }
  return value;
}
function markerLine(id) {
  return `<!-- pr-report:${MARKER_VERSION} id=${validateReportId(id)} -->`;
}
function hasMarker(body, marker) {
  if (typeof body !== "string") return false;
  const nl = body.indexOf("\n");
  const first = (nl === -1 ? body : body.slice(0, nl)).replace(/\r$/, "");
  return first === marker;
}
function stateLine(order, digest) {
  for (const n of order) {
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`pr-report order must hold non-negative integers`);
  }
  if (digest !== void 0 && !DIGEST_PATTERN.test(digest))
    throw new Error("pr-report digest must be 32 hex digits");
  return `${STATE_PREFIX}${JSON.stringify(digest === void 0 ? { order } : { order, digest })}${STATE_SUFFIX}`;
}
function readState(body) {
  const line = stateLineOf(body);
  if (line === void 0) return { order: [] };
  try {
    const parsed = JSON.parse(line.slice(STATE_PREFIX.length, -STATE_SUFFIX.length));
    const { order, digest } = parsed ?? {};
    if (!Array.isArray(order) || order.length > 8) return { order: [] };
    if (!order.every((n) => typeof n === "number" && Number.isSafeInteger(n) && n >= 0)) return { order: [] };
    return {
      order,
      ...typeof digest === "string" && DIGEST_PATTERN.test(digest) ? { digest } : {}
    };
  } catch {
    return { order: [] };
  }
}
function readOrder(body) {
  return readState(body).order;
}
function stateLineOf(body) {
  if (typeof body !== "string") return void 0;
  const lines = body.split("\n", 3);
  const line = (lines[1] ?? "").replace(/\r$/, "");
  if (!line.startsWith(STATE_PREFIX) || !line.endsWith(STATE_SUFFIX) || line.length > MAX_STATE_LINE) {
    return void 0;
  }
  return line;
}
function withStateLine(body, line) {
  const first = body.indexOf("\n");
  if (first === -1) return `${body}
${line}`;
  const rest = body.slice(first + 1);
  if (stateLineOf(body) === void 0) return `${body.slice(0, first)}
${line}
${rest}`;
  const second = rest.indexOf("\n");
  return `${body.slice(0, first)}
${line}${second === -1 ? "" : rest.slice(second)}`;
}
function reportDigest(input) {
  const results = input.results.map(
    (r) => JSON.stringify([
      r.statusContext,
      r.gate,
      r.status,
      r.summary,
      Object.keys(r.metrics).sort().map((k) => [k, r.metrics[k] ?? null])
    ])
  ).sort();
  const problems = input.problems.map((p) => JSON.stringify([p.source, p.kind ?? "", p.error])).sort();
  const rules = [[...input.expected].sort(), input.onMissing, input.untrusted];
  return createHash2("sha256").update(JSON.stringify({ v: 1, results, problems, rules })).digest("hex").slice(0, 32);
}
function compareOrder(a, b) {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x === void 0) return -1;
    if (y === void 0) return 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
function contentOf(body) {
  const lines = body.split("\n");
  if ((lines[1] ?? "").startsWith(STATE_PREFIX)) lines.splice(1, 1);
  return lines.join("\n");
}
var MARKER_VERSION, DEFAULT_REPORT_ID, ID_PATTERN, STATE_PREFIX, STATE_SUFFIX, DIGEST_PATTERN, MAX_STATE_LINE;
var init_marker = __esm({
  "src/pr-report/marker.ts"() {
    "use strict";
    init_errors();
    MARKER_VERSION = "v1";
    DEFAULT_REPORT_ID = "default";
    ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
    STATE_PREFIX = "<!-- pr-report:state ";
    STATE_SUFFIX = " -->";
    DIGEST_PATTERN = /^[0-9a-f]{32}$/;
    MAX_STATE_LINE = 400;
  }
});

// src/pr-report/compose.ts
import { basename as basename3, isAbsolute as isAbsolute5 } from "node:path";
function overallVerdict(statuses, missing, onMissing = "fail") {
  if (statuses.includes("fail")) return "fail";
  if (missing > 0 || statuses.length === 0) return onMissing;
  if (statuses.includes("neutral")) return "neutral";
  if (statuses.includes("pass")) return "pass";
  return "skipped";
}
function overallContextOf(id) {
  return id === "default" ? OVERALL_CONTEXT : `${OVERALL_CONTEXT}/${id}`;
}
function contextFor(f, input, problems, source) {
  let context = f.statusContext.trim();
  if (input.untrusted && !ownContext(f.gate, context)) {
    problems.push({
      source,
      kind: "refused",
      error: `claimed the status ${JSON.stringify(context.slice(0, 100))}, outside its gate; reported as ${OVERALL_CONTEXT}/${f.gate}`
    });
    context = `${OVERALL_CONTEXT}/${f.gate}`;
  }
  if (input.untrusted && input.expected?.length && !input.expected.some((e) => satisfies(e, f.gate, context))) {
    problems.push({
      source,
      kind: "refused",
      error: `reported ${JSON.stringify(context.slice(0, 100))}, which is not among the expected gates; its status is not set`
    });
    return void 0;
  }
  if (context === overallContextOf(input.id)) context = `${context} (gate ${f.gate})`;
  return context;
}
function ownContext(gate, context) {
  const prefix = `${OVERALL_CONTEXT}/${gate}`;
  if (context === prefix) return true;
  return context.startsWith(`${prefix}/`) && /^[a-z0-9][a-z0-9._-]{0,39}$/.test(context.slice(prefix.length + 1));
}
function satisfies(entry, gate, context) {
  return context === `${OVERALL_CONTEXT}/${entry}` || !entry.includes("/") && gate === entry;
}
function prepareGates(input, problems) {
  const { collected } = input;
  const byGate = /* @__PURE__ */ new Map();
  for (const { fragment } of collected.fragments)
    byGate.set(fragment.gate, (byGate.get(fragment.gate) ?? 0) + 1);
  const seenGate = /* @__PURE__ */ new Map();
  const gates = collected.fragments.map(({ fragment, source }, index) => {
    const n = (seenGate.get(fragment.gate) ?? 0) + 1;
    seenGate.set(fragment.gate, n);
    const dup = (byGate.get(fragment.gate) ?? 0) > 1;
    return {
      fragment,
      source,
      title: dup ? `${fragment.title} (${n})` : fragment.title,
      context: contextFor(fragment, input, problems, source),
      index
    };
  });
  return gates.sort((a, b) => SEVERITY[a.fragment.status] - SEVERITY[b.fragment.status] || a.index - b.index);
}
function statusesByContext(gates, runUrl2, notes) {
  const byContext = /* @__PURE__ */ new Map();
  for (const g of [...gates].sort((a, b) => a.index - b.index)) {
    if (g.context !== void 0) byContext.set(g.context, [...byContext.get(g.context) ?? [], g]);
  }
  const out = [];
  for (const [context, claimants] of byContext) {
    const worst = claimants.reduce(
      (a, b) => SEVERITY[b.fragment.status] < SEVERITY[a.fragment.status] ? b : a
    );
    if (claimants.length > 1) {
      notes.push({
        source: context,
        error: `${claimants.length} results claim this status (${claimants.map((c) => c.source).join(", ")}); the worst, ${worst.fragment.status}, stands \u2014 give each gate run its own \`name\``
      });
    }
    out.push({
      context,
      state: worst.fragment.status === "fail" ? "failure" : "success",
      description: statusDescription2(worst.fragment.status, shownSummary(worst.fragment)),
      ...runUrl2 ? { targetUrl: runUrl2 } : {}
    });
  }
  return out;
}
function cutPlain(text, max) {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  let out = "";
  for (const cp of flat) {
    if (out.length + cp.length > max - 1) break;
    out += cp;
  }
  return `${out}\u2026`;
}
function statusDescription2(word2, summary) {
  return cutPlain(summary.trim() === "" ? word2 : `${word2}: ${summary}`, STATUS_DESCRIPTION_LIMIT);
}
function cell2(text, max = 300) {
  return escapeCell(cutPlain(text, max));
}
function html(text, max = 300) {
  return escapeHtml(cutPlain(text, max));
}
function safeUrl(url) {
  if (url === void 0) return void 0;
  try {
    const u = new URL(url);
    if (u.protocol !== "https:" && u.protocol !== "http:") return void 0;
    return u.href.replace(/[()<>\s|\\]/g, (c) => encodeURIComponent(c));
  } catch {
    return void 0;
  }
}
function fragmentLink(g, input) {
  const url = safeUrl(g.fragment.url);
  if (url === void 0 || !input.untrusted) return url;
  if (!input.repository) return void 0;
  const server = (input.serverUrl ?? "https://github.com").replace(/\/+$/, "");
  const prefix = `${server}/${input.repository.owner}/${input.repository.repo}/`.toLowerCase();
  return url.toLowerCase().startsWith(prefix) ? url : void 0;
}
function tableRow(g, input) {
  const f = g.fragment;
  const url = fragmentLink(g, input);
  const link = url ? `[details](${url})` : "";
  return `| ${cell2(g.title, 120)} | ${EMOJI[f.status]} ${f.status} | ${cell2(shownSummary(f))} | ${link} |`;
}
function fitLines(lines, budget, more) {
  const out = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const reserve = i < lines.length - 1 ? more(lines.length - i).length + 1 : 0;
    if (used + line.length + 1 + reserve > budget) {
      out.push(more(lines.length - i));
      return { lines: out, cut: true };
    }
    out.push(line);
    used += line.length + 1;
  }
  return { lines: out, cut: false };
}
function problemLine(p) {
  return `- \u26A0\uFE0F ${cell2(p.source, 200)}: ${cell2(p.error, 600)}`;
}
function sectionOpen(g) {
  return g.fragment.status === "fail";
}
function shownSummary(f) {
  const word2 = f.status;
  let text = f.summary.trim();
  if (text.slice(0, word2.length + 1).toLowerCase() === `${word2}:`)
    text = text.slice(word2.length + 1).trimStart();
  if (text.length > word2.length && text.slice(-word2.length).toLowerCase() === word2) {
    const before = text.slice(0, -word2.length).trimEnd();
    const dash = before.slice(-1);
    if ((dash === "\u2014" || dash === "\u2013" || dash === "-") && /\s/.test(before.slice(-2, -1))) {
      text = before.slice(0, -1).trimEnd();
    }
  }
  return text;
}
function headingText(g, title, summary) {
  return summary === "" ? `${EMOJI[g.fragment.status]} ${title}` : `${EMOJI[g.fragment.status]} ${title} \u2014 ${summary}`;
}
function sectionHeader(g) {
  return headingText(g, `<b>${html(g.title, 120)}</b>`, html(shownSummary(g.fragment)));
}
function renderSection(g, body, open3) {
  const source = `<sub>from ${html(isAbsolute5(g.source) ? basename3(g.source) : g.source, 200)}</sub>`;
  return [
    `<!-- pr-report:section ${g.fragment.gate} -->`,
    `<details${open3 ? " open" : ""}>`,
    `<summary>${sectionHeader(g)}</summary>`,
    "",
    body,
    "",
    source,
    "</details>",
    "<!-- /pr-report:section -->"
  ].join("\n");
}
function collapsedSection(g) {
  return `- ${headingText(g, `**${cell2(g.title, 120)}**`, cell2(shownSummary(g.fragment)))}`;
}
function sectionBody(f) {
  const heading = headingLine(f);
  const md = f.markdown;
  if (!md.startsWith(heading) || md.length > heading.length && md[heading.length] !== "\n") return md;
  return md.slice(heading.length).replace(/^\n+/, "");
}
function precutMarkdown(md, max) {
  if (md.length <= max) return { text: md, cut: false };
  const note = (n) => `_\u2026 ${n} more table row${n === 1 ? "" : "s"} not shown._`;
  const budget = Math.max(0, max - 200);
  const out = [];
  let used = 0;
  let fence;
  let pos = 0;
  while (pos < md.length) {
    const nl = md.indexOf("\n", pos);
    const line = nl === -1 ? md.slice(pos) : md.slice(pos, nl);
    if (used + line.length + 1 > budget) break;
    out.push(line);
    used += line.length + 1;
    pos = nl === -1 ? md.length : nl + 1;
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      const marker = f[1];
      if (fence === void 0) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
        fence = void 0;
    }
  }
  const tail = [];
  if (fence !== void 0) tail.push(fence);
  const last = out[out.length - 1] ?? "";
  if (fence === void 0 && last.trimStart().startsWith("|")) {
    let rows = 0;
    let p = pos;
    while (p < md.length && rows < 1e7) {
      const nl = md.indexOf("\n", p);
      const line = nl === -1 ? md.slice(p) : md.slice(p, nl);
      if (!line.trimStart().startsWith("|")) break;
      rows++;
      p = nl === -1 ? md.length : nl + 1;
    }
    if (rows > 0) tail.push("", note(rows));
  }
  tail.push("", "_\u2026 cut to fit; the full section is in the job summary or the gate's own report._");
  return { text: [...out, ...tail].join("\n"), cut: true };
}
function sanitizeSection(g, input, budget) {
  const opts = {
    links: input.untrusted ? "repository" : "any",
    ...input.repository ? { repository: input.repository } : {},
    ...input.serverUrl ? { serverUrl: input.serverUrl } : {}
  };
  let cap = budget;
  for (let attempt = 0; attempt < 5; attempt++) {
    const out = sanitizeMarkdown(precutMarkdown(sectionBody(g.fragment), cap).text, opts);
    if (out.length <= budget) return out;
    cap = Math.floor(cap * budget * 0.9 / out.length);
  }
  return sanitizeMarkdown(precutMarkdown(sectionBody(g.fragment), Math.floor(budget / 4)).text, {
    ...opts,
    maxLength: budget
  });
}
function footer(input) {
  const bits = [];
  const run = safeUrl(input.runUrl);
  if (run) bits.push(`[workflow run](${run})`);
  const gates = safeUrl(input.gatesRunUrl);
  if (gates && gates !== run) bits.push(`[gates run](${gates})`);
  if (input.sha && /^[0-9a-f]{7,40}$/.test(input.sha)) bits.push(`commit ${input.sha.slice(0, 7)}`);
  bits.push("pr-report");
  return `<sub>${bits.join(" \xB7 ")}</sub>`;
}
function byteLength(s) {
  return Buffer.byteLength(s, "utf8");
}
function compose(input) {
  const commentLimit = input.commentLimit ?? COMMENT_LIMIT;
  const summaryLimit = input.summaryLimitBytes ?? SUMMARY_LIMIT_BYTES;
  const onMissing = input.onMissing ?? "fail";
  const problems = [...input.collected.problems];
  const gates = prepareGates(input, problems);
  const runUrl2 = safeUrl(input.runUrl);
  const notes = [];
  const statuses = statusesByContext(gates, runUrl2, notes);
  const missingGates = (input.expected ?? []).filter(
    (entry) => !gates.some((g) => g.context !== void 0 && satisfies(entry, g.fragment.gate, g.context))
  );
  for (const entry of missingGates) {
    const reason2 = `${entry} did not report: its job failed or was skipped`;
    problems.push({ source: `${OVERALL_CONTEXT}/${entry}`, error: reason2 });
    statuses.push({
      context: `${OVERALL_CONTEXT}/${entry}`,
      state: onMissing === "fail" ? "failure" : "success",
      description: cutPlain(reason2, STATUS_DESCRIPTION_LIMIT),
      ...runUrl2 ? { targetUrl: runUrl2 } : {}
    });
  }
  const refused = problems.filter((p) => p.kind === "refused").length;
  const overall = refused > 0 ? "fail" : overallVerdict(
    gates.map((g) => g.fragment.status),
    problems.length,
    onMissing
  );
  const counts2 = ["fail", "neutral", "pass", "skipped"].map((s) => [s, gates.filter((g) => g.fragment.status === s).length]).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s === "fail" ? "failed" : s === "pass" ? "passed" : s}`);
  if (missingGates.length > 0) counts2.push(`${missingGates.length} did not report`);
  if (refused > 0) counts2.push(`${refused} refused`);
  const unreadable = problems.length - missingGates.length - refused;
  if (unreadable > 0) counts2.push(`${unreadable} unreadable`);
  const overallContext = overallContextOf(input.id);
  statuses.push({
    context: overallContext,
    state: overall === "fail" ? "failure" : "success",
    description: statusDescription2(overall, counts2.join(", ") || "no result: no gate reported"),
    ...runUrl2 ? { targetUrl: runUrl2 } : {}
  });
  const headline = `## ${EMOJI[overall]} ${HEADLINE[overall]}`;
  const countsLine = counts2.length > 0 ? counts2.join(" \xB7 ") : "No quality-gates fragment was found.";
  const rows = gates.map((g) => tableRow(g, input));
  const problemLines = [...problems, ...notes].map(problemLine);
  const foot = footer(input);
  const summary = composeSummary(input, gates, headline, countsLine, rows, problemLines, foot, summaryLimit);
  const state = input.order ? [stateLine(input.order, input.digest)] : [];
  const top = [markerLine(input.id), ...state].join("\n");
  const comment = composeComment(input, gates, {
    top,
    headline,
    countsLine,
    rows,
    problemLines,
    foot,
    limit: commentLimit
  });
  if (comment.body.length > commentLimit) {
    throw new Error(
      `pr-report: composed comment is ${comment.body.length} characters (limit ${commentLimit})`
    );
  }
  if (byteLength(summary) > summaryLimit) {
    throw new Error(`pr-report: composed summary is ${byteLength(summary)} bytes (limit ${summaryLimit})`);
  }
  const missing = problems.length + (gates.length === 0 && problems.length === 0 ? 1 : 0);
  return { comment: comment.body, summary, overall, statuses, overflow: comment.overflow, missing };
}
function composeComment(input, gates, p) {
  const { lines: tableLines, cut: tableCut } = fitLines(
    p.rows,
    Math.floor(p.limit * 0.4),
    (n) => `| \u2026 ${n} more gates in the job summary | | | |`
  );
  const { lines: problemLines, cut: problemsCut } = fitLines(
    p.problemLines,
    Math.floor(p.limit * 0.15),
    (n) => `- \u2026 ${n} more problems in the job summary`
  );
  const run = safeUrl(input.runUrl);
  const note = `> [!NOTE]
> Part of this report did not fit in a comment; the full report is in the ${run ? `[job summary](${run})` : "job summary"}.`;
  const buildHead = (withNote) => {
    const parts = [p.top, p.headline, "", p.countsLine];
    if (tableLines.length > 0) parts.push("", TABLE_HEAD, ...tableLines);
    if (problemLines.length > 0) parts.push("", "**Fragments that could not be read**", "", ...problemLines);
    if (withNote) parts.push("", note);
    return parts.join("\n");
  };
  const tail = p.foot;
  const reserve = buildHead(true).length + tail.length + 200;
  const sectionCap = Math.max(1e3, p.limit - reserve);
  const sections = gates.map((g, i) => ({
    id: String(i),
    full: renderSection(g, sanitizeSection(g, input, sectionCap), sectionOpen(g)),
    collapsed: collapsedSection(g),
    priority: PRIORITY[g.fragment.status]
  }));
  let fitted = fitToBudget(buildHead(tableCut || problemsCut), sections, tail, p.limit);
  let overflow = tableCut || problemsCut || fitted.collapsed.length > 0 || fitted.overflowed.length > 0;
  if (overflow && !(tableCut || problemsCut)) fitted = fitToBudget(buildHead(true), sections, tail, p.limit);
  overflow = overflow || fitted.collapsed.length > 0 || fitted.overflowed.length > 0;
  if (fitted.droppedHeadOrTail) {
    throw new Error("pr-report: the comment head did not fit its budget (bug)");
  }
  return { body: `${fitted.text}
`, overflow };
}
function composeSummary(input, gates, headline, countsLine, rows, problemLines, foot, limitBytes) {
  const budget = limitBytes - 4096;
  const parts = [headline, "", countsLine, ""];
  let used = byteLength(parts.join("\n"));
  const push = (text) => {
    const n = byteLength(text) + 1;
    if (used + n > budget) return false;
    parts.push(text);
    used += n;
    return true;
  };
  if (rows.length > 0) {
    push(TABLE_HEAD);
    const kept = fitLines(rows, Math.floor(budget * 0.3), (n) => `| \u2026 ${n} more gates | | | |`);
    for (const r of kept.lines) push(r);
    push("");
  }
  if (problemLines.length > 0) {
    push("**Fragments that could not be read**\n");
    for (const l of fitLines(problemLines, Math.floor(budget * 0.15), (n) => `- \u2026 ${n} more problems`).lines)
      push(l);
    push("");
  }
  let omitted = 0;
  for (const g of gates) {
    const left = budget - used - 1024;
    if (left < 1024) {
      omitted++;
      continue;
    }
    const cap = Math.min(left, 2e5);
    let text = renderSection(g, sanitizeSection(g, input, cap), true);
    if (byteLength(text) + 2 > left)
      text = renderSection(g, sanitizeSection(g, input, Math.floor(cap / 4)), true);
    if (!push(`${text}
`)) omitted++;
  }
  if (omitted > 0)
    parts.push(`_${omitted} section${omitted === 1 ? "" : "s"} omitted: over the 1 MiB job summary limit._`);
  parts.push("", foot);
  return parts.join("\n");
}
var COMMENT_LIMIT, SUMMARY_LIMIT_BYTES, STATUS_DESCRIPTION_LIMIT, OVERALL_CONTEXT, EMOJI, SEVERITY, PRIORITY, HEADLINE, TABLE_HEAD;
var init_compose = __esm({
  "src/pr-report/compose.ts"() {
    "use strict";
    init_fragment();
    init_markdown();
    init_sanitize();
    init_marker();
    COMMENT_LIMIT = 65536;
    SUMMARY_LIMIT_BYTES = 1048576;
    STATUS_DESCRIPTION_LIMIT = 140;
    OVERALL_CONTEXT = "quality-gates";
    EMOJI = STATUS_EMOJI;
    SEVERITY = { fail: 0, neutral: 1, pass: 2, skipped: 3 };
    PRIORITY = { fail: 3, neutral: 2, pass: 1, skipped: 0 };
    HEADLINE = {
      pass: "Quality gates passed",
      fail: "Quality gates failed",
      neutral: "Quality gates: neutral",
      skipped: "Quality gates skipped"
    };
    TABLE_HEAD = "| Gate | Status | Summary | Details |\n|---|---|---|---|";
  }
});

// src/pr-report/fork.ts
function rec2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
}
function posInt(v) {
  return typeof v === "number" && Number.isSafeInteger(v) && v > 0 ? v : void 0;
}
function workflowRunFromPayload(payload) {
  const run = rec2(payload.workflow_run);
  if (!run) {
    throw new UserError(
      'input "mode": workflow-run mode needs a workflow_run event (run pr-report from `on: workflow_run`), but the event payload has no workflow_run'
    );
  }
  const runId = posInt(run.id);
  if (runId === void 0)
    throw new UserError('workflow_run event: "workflow_run.id" is not a positive integer');
  const headSha = run.head_sha;
  if (typeof headSha !== "string" || !/^[0-9a-f]{40}$/.test(headSha)) {
    throw new UserError('workflow_run event: "workflow_run.head_sha" is not a 40-character commit id');
  }
  const headRepo = rec2(run.head_repository);
  const baseRepo = rec2(run.repository) ?? rec2(payload.repository);
  const headId = posInt(headRepo?.id);
  const baseId = posInt(baseRepo?.id);
  const fromFork = headId !== void 0 && baseId !== void 0 ? headId !== baseId : false;
  let prNumber;
  const prs = Array.isArray(run.pull_requests) ? run.pull_requests : [];
  for (const pr of prs) {
    const p = rec2(pr);
    const head = rec2(p?.head);
    const n = posInt(p?.number);
    if (n !== void 0 && head?.sha === headSha) {
      prNumber = n;
      break;
    }
  }
  const fullName = headRepo?.full_name;
  const conclusion = run.conclusion;
  return {
    runId,
    runAttempt: posInt(run.run_attempt) ?? 1,
    headSha,
    event: typeof run.event === "string" ? run.event : "unknown",
    ...prNumber !== void 0 ? { prNumber } : {},
    ...typeof fullName === "string" ? { headRepository: fullName } : {},
    fromFork,
    ...typeof conclusion === "string" ? { conclusion } : {}
  };
}
var init_fork = __esm({
  "src/pr-report/fork.ts"() {
    "use strict";
    init_errors();
  }
});

// src/pr-report/statuses.ts
async function publishStatuses(octokit, repo, sha2, statuses, setStatus = setCommitStatus) {
  if (!/^[0-9a-f]{40}$/.test(sha2)) {
    return {
      set: [],
      failed: statuses.map((s) => ({ context: s.context, error: `no valid head SHA (${sha2 || "empty"})` }))
    };
  }
  const outcome = { set: [], failed: [] };
  for (const s of statuses) {
    try {
      await setStatus(octokit, repo, sha2, {
        context: s.context,
        state: s.state,
        description: s.description,
        ...s.targetUrl ? { targetUrl: s.targetUrl } : {}
      });
      outcome.set.push(s.context);
    } catch (e) {
      outcome.failed.push({ context: s.context, error: describeError(e) });
    }
  }
  return outcome;
}
var init_statuses = __esm({
  "src/pr-report/statuses.ts"() {
    "use strict";
    init_errors();
    init_status();
  }
});

// src/pr-report/upsert.ts
async function upsertComment(octokit, repo, prNumber, body, options2) {
  if (body.length > COMMENT_LIMIT) {
    throw new Error(`pr-report: comment body is ${body.length} characters, over GitHub's ${COMMENT_LIMIT}`);
  }
  if (!hasMarker(body, options2.marker))
    throw new Error("pr-report: comment body does not start with its marker");
  const mode = options2.mode ?? "update";
  const on = options2.on ?? "always";
  if (on === "failure" && options2.failed === void 0) {
    throw new Error("pr-report: comment-on: failure needs to know whether the report failed");
  }
  let author = (options2.author ?? DEFAULT_COMMENT_AUTHOR).toLowerCase();
  const settleMs = options2.settleMs ?? 1e3;
  const sleep = options2.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const settle = () => sleep(Math.round(settleMs * (1 + Math.random() / 2)));
  const ours = readState(body);
  const issue = { owner: repo.owner, repo: repo.repo, issue_number: prNumber };
  const listOurs = async () => {
    const all = await octokit.paginate(octokit.rest.issues.listComments, { ...issue, per_page: 100 });
    return all.map((c) => ({ id: c.id, body: c.body ?? "", login: c.user?.login ?? "", url: c.html_url })).filter((c) => c.login.toLowerCase() === author && hasMarker(c.body, options2.marker)).sort((a, b) => a.id - b.id);
  };
  const currentOf = (matches) => {
    if (mode === "update") return matches[0];
    let best;
    for (const c of matches) {
      if (best === void 0 || compareOrder(readOrder(c.body), readOrder(best.body)) >= 0) best = c;
    }
    return best;
  };
  const create = async (text) => {
    const { data } = await octokit.rest.issues.createComment({ ...issue, body: text });
    return { id: data.id, body: data.body ?? text, login: data.user?.login ?? "", url: data.html_url };
  };
  const update = async (id, text) => {
    try {
      const { data } = await octokit.rest.issues.getComment({
        owner: repo.owner,
        repo: repo.repo,
        comment_id: id
      });
      const current2 = data.body ?? "";
      if (current2 === text) return "same";
      if (compareOrder(readOrder(current2), readOrder(text)) > 0) return "newer";
      await octokit.rest.issues.updateComment({
        owner: repo.owner,
        repo: repo.repo,
        comment_id: id,
        body: text
      });
      return "written";
    } catch (e) {
      if (statusOf(e) === 404) return "gone";
      throw e;
    }
  };
  const remove = async (id) => {
    try {
      await octokit.rest.issues.deleteComment({ owner: repo.owner, repo: repo.repo, comment_id: id });
      return true;
    } catch (e) {
      if (statusOf(e) === 404) return false;
      throw e;
    }
  };
  const deleted = [];
  let wrote = false;
  let actualAuthor;
  let action;
  let reason2;
  let survivor;
  let mine = body;
  const createOurs = async () => {
    const made = await create(mine);
    wrote = true;
    if (made.login && made.login.toLowerCase() !== author) {
      actualAuthor = made.login;
      author = made.login.toLowerCase();
    }
    return made;
  };
  const updateInPlace = async (target, done) => {
    const outcome = await update(target.id, mine);
    if (outcome === "gone") {
      mine = body;
      survivor = await createOurs();
      reason2 = void 0;
      return "created";
    }
    survivor = { ...target, body: outcome === "written" || outcome === "same" ? mine : target.body };
    wrote = outcome === "written";
    if (outcome === "newer") {
      reason2 = void 0;
      return "superseded";
    }
    return outcome === "same" && done !== "skipped" ? "unchanged" : done;
  };
  let existing = await listOurs();
  if (existing.length === 0 && on === "failure" && options2.failed === false) {
    await settle();
    existing = await listOurs();
    if (existing.length === 0) return { action: "skipped", reason: "no-failure", deleted };
  }
  const current = currentOf(existing);
  const inPlace = current === void 0 ? void 0 : readState(current.body);
  if (current === void 0 || inPlace === void 0) {
    survivor = await createOurs();
    action = "created";
  } else if (current.body === body || contentOf(current.body) === contentOf(body)) {
    survivor = current;
    action = "unchanged";
  } else if (compareOrder(inPlace.order, ours.order) > 0) {
    survivor = current;
    action = "superseded";
  } else if (on === "change" && ours.digest !== void 0 && inPlace.digest === ours.digest) {
    action = "skipped";
    reason2 = "unchanged";
    survivor = current;
    const stamped = withStateLine(current.body, body.split("\n", 2)[1] ?? "");
    if (compareOrder(ours.order, inPlace.order) > 0 && stamped.length <= COMMENT_LIMIT) {
      mine = stamped;
      action = await updateInPlace(current, "skipped");
    }
  } else if (mode === "update" || on === "failure" && options2.failed === false) {
    action = await updateInPlace(current, "updated");
  } else {
    survivor = await createOurs();
    action = "recreated";
  }
  let recreated = false;
  const reconcile = async () => {
    let matches = await listOurs();
    let fixed = false;
    if (matches.length === 0 && !recreated) {
      recreated = fixed = true;
      matches = [await createOurs()];
    }
    if (mode === "recreate") {
      const keep2 = currentOf(matches) ?? survivor;
      for (const c of matches) if (c.id !== keep2.id && await remove(c.id)) deleted.push(c.id);
      fixed ||= matches.length > 1;
      if (compareOrder(readOrder(keep2.body), readOrder(mine)) < 0) {
        const outcome = await update(keep2.id, mine);
        if (outcome === "written") wrote = fixed = true;
        if (outcome === "written" || outcome === "same") keep2.body = mine;
      }
      return { keep: keep2, fixed, superseded: compareOrder(readOrder(keep2.body), readOrder(mine)) > 0 };
    }
    const keep = matches[0] ?? survivor;
    let best = mine;
    for (const c of matches) if (compareOrder(readOrder(c.body), readOrder(best)) > 0) best = c.body;
    if (keep.body !== best) {
      const outcome = await update(keep.id, best);
      if (outcome === "written") wrote = fixed = true;
      if (outcome === "written" || outcome === "same") keep.body = best;
    }
    for (const c of matches.slice(1)) if (await remove(c.id)) deleted.push(c.id);
    return { keep, fixed, superseded: best !== mine };
  };
  if (wrote || existing.length > 1) {
    let pass = await reconcile();
    survivor = pass.keep;
    for (let round = 0; wrote && !pass.superseded && round < MAX_VERIFY_ROUNDS; round++) {
      await settle();
      pass = await reconcile();
      survivor = pass.keep;
      if (!pass.fixed && round > 0) break;
    }
  }
  return {
    action,
    ...reason2 !== void 0 ? { reason: reason2 } : {},
    ...survivor !== void 0 ? { commentId: survivor.id } : {},
    ...survivor?.url !== void 0 ? { url: survivor.url } : {},
    deleted,
    ...actualAuthor !== void 0 ? { actualAuthor } : {}
  };
}
function commentFailureWarning(e) {
  const cause = classifyApiError(e);
  const hint = cause.kind === "permission" ? " \u2014 a fork PR gets a read-only token: use the workflow_run setup (mode: workflow-run)" : cause.kind === "rate-limit" ? " \u2014 the report is in the job summary; re-run the job after the reset to post it" : "";
  return `could not write the PR comment: ${describeApiError(e)}${hint}`;
}
function statusOf(e) {
  const s = e?.status;
  return typeof s === "number" ? s : void 0;
}
var DEFAULT_COMMENT_AUTHOR, MAX_VERIFY_ROUNDS, COMMENT_ON;
var init_upsert = __esm({
  "src/pr-report/upsert.ts"() {
    "use strict";
    init_github();
    init_marker();
    init_compose();
    DEFAULT_COMMENT_AUTHOR = "github-actions[bot]";
    MAX_VERIFY_ROUNDS = 6;
    COMMENT_ON = ["always", "change", "failure"];
  }
});

// src/pr-report/pull.ts
async function findPullRequest(octokit, repo, ctx, target, hostPullRequest) {
  const eventName = target ? "workflow_run" : ctx.eventName;
  const pr = !target && (eventName === "workflow_dispatch" || ctx.manualPullRequest !== void 0) && hostPullRequest ? await hostPullRequest() : await resolvePullRequest(eventName, ctx.payload, repo, octokit);
  const headSha = target?.headSha ?? pr?.headSha ?? ctx.sha;
  return pr ? { number: pr.number, headSha } : { headSha };
}
var init_pull = __esm({
  "src/pr-report/pull.ts"() {
    "use strict";
    init_github();
  }
});

// src/pr-report/report.ts
var report_exports = {};
__export(report_exports, {
  createPrReport: () => createPrReport,
  prReport: () => prReport,
  restDownloadZip: () => restDownloadZip
});
import { existsSync as existsSync3 } from "node:fs";
import { writeFile as writeFile6 } from "node:fs/promises";
import { resolve as resolve9 } from "node:path";
function createPrReport(deps = {}) {
  return {
    action: "pr-report",
    command: "report",
    usage: "--fragments <file|glob|dir>... [options]",
    about: "Collects quality-gates fragments, composes the sticky PR comment exactly as the pr-report action does, and\nprints it (unreadable fragments are shown as lines in the report, never dropped).",
    settings: SETTINGS,
    run: (settings, host) => runReport(settings, host, deps),
    print: {
      json: (outcome, write) => write(
        `${JSON.stringify(
          {
            overall: outcome.composed.overall,
            comment: outcome.composed.comment,
            summary: outcome.composed.summary,
            statuses: outcome.composed.statuses,
            fragments: outcome.collected.fragments.map((f) => ({
              source: f.source,
              gate: f.fragment.gate,
              status: f.fragment.status
            })),
            problems: outcome.collected.problems
          },
          null,
          2
        )}
`
      ),
      human: (outcome) => outcome.composed.comment
    }
  };
}
async function runReport(settings, host, deps) {
  const s = settings;
  const label = (name) => labelOf(hostInputs(host), name);
  const id = validateReportId(s.id, label("id"));
  const mode = s.mode ?? "auto";
  const commentMode = COMMENT_ALIASES[(s.comment ?? "update").toLowerCase()] ?? "update";
  const commentOn = s["comment-on"] ?? "always";
  const wantStatuses = s["commit-status"] ?? true;
  const failOnFailure = s["fail-on-gate-failure"];
  const author = s["comment-author"] ?? DEFAULT_COMMENT_AUTHOR;
  const specs = s.fragments;
  const onMissing = s["on-missing"];
  for (const entry of s.expect) {
    const shaped = /^[a-z0-9][a-z0-9._-]{0,39}(?:\/[a-z0-9][a-z0-9._-]{0,39})?$/.test(entry);
    if (!shaped || entry.includes("..") || entry.startsWith("quality-gates/")) {
      throw new UserError(
        `${label("expect")}: ${JSON.stringify(entry.slice(0, 80))} is not a gate id or <gate>/<name> (without the quality-gates/ prefix)`
      );
    }
  }
  const patternInput = s["artifact-pattern"];
  const ctx = host.context;
  const octokit = host.octokit;
  const repo = ctx.repository;
  const log2 = host.logger;
  const effectiveMode = mode === "auto" ? ctx.eventName === "workflow_run" ? "workflow-run" : "same-run" : mode;
  const target = effectiveMode === "workflow-run" ? workflowRunFromPayload(ctx.payload) : void 0;
  if (target) {
    log2.log(
      "info",
      `workflow-run mode: reading fragments of run ${target.runId} (${target.event}${target.fromFork ? `, fork ${target.headRepository ?? ""}` : ""}) at ${target.headSha}`
    );
  }
  const parts = [];
  if (specs.length === 0 && !octokit && host.jobTempDir === void 0) {
    throw new UserError(
      `${label("fragments")} is required here: without a GitHub token there are no artifacts to read`
    );
  }
  if (specs.length > 0) {
    const fromPaths = await collectFromPaths(specs, host.cwd);
    const missing = repo ? void 0 : fromPaths.problems.find((p) => p.error === "no such file or directory");
    if (missing)
      throw new UserError(
        `${label("fragments")}: ${JSON.stringify(missing.source.slice(0, 200))}: no such file or directory`
      );
    parts.push(fromPaths);
  }
  const jobDir = host.jobTempDir && !target ? jobFragmentsDir(host.jobTempDir) : void 0;
  if (specs.length === 0 && jobDir && existsSync3(jobDir))
    parts.push(await collectFromPaths([jobDir], host.workspace));
  const artifactRunId = target ? target.runId : ctx.runId;
  const wantArtifacts = target !== void 0 || specs.length === 0 || patternInput !== void 0;
  if (wantArtifacts) {
    if (!octokit || !repo || artifactRunId === void 0) {
      if (specs.length === 0 || target) {
        parts.push({
          fragments: [],
          problems: [
            {
              source: "artifacts",
              error: 'cannot read artifacts here (needs a GitHub token, a repository and a run id); pass "fragments"'
            }
          ]
        });
      }
    } else {
      const download = host.artifacts?.downloadZip.bind(host.artifacts) ?? restDownloadZip(octokit, repo);
      parts.push(
        await collectFromArtifacts({
          octokit,
          repo,
          runId: artifactRunId,
          ...patternInput ? { pattern: patternInput } : {},
          downloadZip: download,
          tempDir: host.tempDir,
          // Fragments given as files, or left by gates earlier in this job: no matching artifact is fine then.
          quietWhenNone: !target && (specs.length > 0 || parts.some((p) => p.fragments.length > 0))
        })
      );
    }
  }
  const collected = parts.length > 0 ? mergeCollected(...parts) : emptyCollected();
  for (const p of collected.problems) log2.log("warning", `pr-report: ${p.source}: ${p.error}`);
  let pull = { headSha: target?.headSha ?? ctx.sha };
  if (repo) {
    try {
      pull = await findPullRequest(octokit, repo, ctx, target, () => host.pullRequest());
    } catch (e) {
      if (!target && (ctx.eventName === "workflow_dispatch" || ctx.manualPullRequest !== void 0)) throw e;
      log2.log(
        "warning",
        `pr-report: cannot find the pull request (${describeError(e)}); no comment is written`
      );
    }
  }
  if (target?.fromFork && s["fork-workflow-changes"] !== "allow") {
    collected.problems.push(
      ...pull.number !== void 0 && octokit && repo ? await workflowChanges(octokit, repo, pull.number) : [
        {
          source: "fork PR",
          kind: "refused",
          error: "the pull request was not found, so whether it changes files under .github/ is unknown: the verdict needs review (fork-workflow-changes: allow to accept)"
        }
      ]
    );
  }
  const order = target ? [target.runId, target.runAttempt, ctx.runId ?? 0, ctx.runAttempt ?? 0] : ctx.runId !== void 0 ? [ctx.runId, ctx.runAttempt ?? 1] : repo ? [host.now().getTime()] : void 0;
  const runUrl2 = runUrl(ctx);
  const gatesRunUrl = target && repo ? `${ctx.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${target.runId}` : void 0;
  const composed = compose({
    id,
    collected,
    ...order ? { order } : {},
    ...runUrl2 ? { runUrl: runUrl2 } : {},
    ...gatesRunUrl ? { gatesRunUrl } : {},
    ...pull.headSha ? { sha: pull.headSha } : {},
    ...repo ? { repository: { owner: repo.owner, repo: repo.repo } } : {},
    ...repo ? { serverUrl: ctx.serverUrl } : {},
    untrusted: target !== void 0,
    expected: s.expect,
    onMissing,
    ...order ? {
      digest: reportDigest({
        results: collected.fragments.map((f) => f.fragment),
        problems: collected.problems,
        expected: s.expect,
        onMissing,
        untrusted: target !== void 0
      })
    } : {}
  });
  await host.appendSummary(composed.summary);
  host.setOutput("verdict", composed.overall);
  let statusFailure;
  if (wantStatuses && octokit && repo) {
    const outcome = await publishStatuses(octokit, repo, pull.headSha, composed.statuses, deps.setStatus);
    for (const f of outcome.failed) {
      log2.log(
        "error",
        `pr-report: could not set status "${f.context}" on ${pull.headSha.slice(0, 12)}: ${f.error}`
      );
    }
    log2.log("info", `pr-report: set ${outcome.set.length} commit statuses on ${pull.headSha}`);
    if (outcome.failed.length > 0) statusFailure = `${outcome.failed.length} commit statuses could not be set`;
  }
  let commentId = "";
  let commentUrl = "";
  if (commentMode === "off") {
    log2.log("info", "pr-report: no comment written (comment: off)");
  } else if (pull.number === void 0) {
    log2.log("info", `pr-report: not a pull request (${ctx.eventName}); job summary and statuses only`);
  } else if (!octokit || !repo) {
    log2.log("warning", "pr-report: no GitHub token; cannot write the PR comment");
  } else {
    try {
      const result = await upsertComment(octokit, repo, pull.number, composed.comment, {
        marker: markerLine(id),
        author,
        mode: commentMode,
        on: commentOn,
        failed: composed.overall === "fail",
        ...deps.settleMs !== void 0 ? { settleMs: deps.settleMs } : {}
      });
      if (result.action !== "skipped" && result.commentId !== void 0) {
        commentId = String(result.commentId);
        commentUrl = result.url ?? "";
      }
      log2.log("info", `pr-report: ${commentLogLine(result, pull.number)}`);
      if (result.actualAuthor) {
        log2.log(
          "warning",
          `pr-report: the comment was written as "${result.actualAuthor}", not "${author}"; set input comment-author: ${result.actualAuthor} or later runs will not find it`
        );
      }
    } catch (e) {
      log2.log("warning", `pr-report: ${commentFailureWarning(e)}`);
    }
  }
  host.setOutput("comment-id", commentId);
  host.setOutput("comment-url", commentUrl);
  if (s.out !== void 0) {
    const out = resolve9(host.cwd, s.out);
    await writeFile6(out, composed.comment).catch((e) => {
      throw new UserError(`${label("out")} ${out}: cannot write (${e.code ?? "error"})`);
    });
  }
  const failure = statusFailure ?? (composed.missing > 0 && onMissing === "fail" ? `quality gates: ${composed.missing} result(s) missing, unreadable or refused, so the overall status is failure; see the report` : failOnFailure && composed.overall === "fail" ? "quality gates failed (fail-on-gate-failure is true); see the job summary" : void 0);
  return { ...failure ? { failure } : {}, collected, composed };
}
function commentLogLine(result, prNumber) {
  const removed = result.deleted.length;
  if (result.action === "skipped") {
    return result.reason === "no-failure" ? `no comment written on #${prNumber} (comment-on: failure, and nothing failed)` : `no comment written on #${prNumber} (comment-on: change, and the report is unchanged since comment ${result.commentId ?? "?"})`;
  }
  return `comment ${result.action} on #${prNumber} (id ${result.commentId ?? "?"}${removed ? `, removed ${removed} older or duplicate comment${removed === 1 ? "" : "s"}` : ""})`;
}
async function workflowChanges(octokit, repo, pullNumber) {
  try {
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: repo.owner,
      repo: repo.repo,
      pull_number: pullNumber,
      per_page: 100
    });
    const touched = files.flatMap((f) => [f.filename, ...f.previous_filename ? [f.previous_filename] : []]).filter((name) => name.startsWith(".github/"));
    if (touched.length === 0) return [];
    const shown = [...new Set(touched)].slice(0, 10);
    return [
      {
        source: `fork PR #${pullNumber}`,
        kind: "refused",
        error: `changes ${touched.length} file(s) under .github/ (${shown.join(", ")}${touched.length > shown.length ? ", \u2026" : ""}): the fragments came from its own workflows, so this verdict needs review (fork-workflow-changes: allow to accept)`
      }
    ];
  } catch (e) {
    return [
      {
        source: `fork PR #${pullNumber}`,
        kind: "refused",
        error: `cannot list the PR's files to check for workflow changes (${describeApiError(e)})`
      }
    ];
  }
}
function restDownloadZip(octokit, repo) {
  return async (artifactId, zipPath) => {
    const res = await octokit.rest.actions.downloadArtifact({
      owner: repo.owner,
      repo: repo.repo,
      artifact_id: artifactId,
      archive_format: "zip"
    });
    await writeFile6(zipPath, Buffer.from(res.data));
  };
}
var COMMENT_INPUT, COMMENT_ALIASES, SETTINGS, prReport;
var init_report = __esm({
  "src/pr-report/report.ts"() {
    "use strict";
    init_errors();
    init_fragment();
    init_github();
    init_dispatch();
    init_gate();
    init_inputs();
    init_run_context();
    init_collect();
    init_compose();
    init_fork();
    init_marker();
    init_statuses();
    init_upsert();
    init_pull();
    COMMENT_INPUT = /^(?:update|recreate|off|true|false|yes|no|on|1|0)$/i;
    COMMENT_ALIASES = {
      update: "update",
      recreate: "recreate",
      off: "off",
      true: "update",
      yes: "update",
      on: "update",
      "1": "update",
      false: "off",
      no: "off",
      "0": "off"
    };
    SETTINGS = [
      {
        name: "fragments",
        kind: "list",
        positional: true,
        placeholder: "<file|glob|dir>",
        description: "Fragment files, globs or directories in the workspace, one per line (a directory is searched for **/quality-gates-fragment*.json). Empty = only artifacts (and fragments left by gates earlier in this job).",
        group: "Inputs"
      },
      {
        name: "artifact-pattern",
        kind: "string",
        only: "action",
        maxLength: 200,
        description: `Glob over artifact names holding fragments, from this run (or from the triggering run in workflow-run mode). Empty = ${DEFAULT_ARTIFACT_PATTERN}; in same-run mode artifacts are read when this is set or fragments is empty.`,
        group: "Inputs"
      },
      {
        name: "mode",
        kind: "enum",
        values: ["auto", "same-run", "workflow-run"],
        default: "auto",
        only: "action",
        description: "auto (workflow-run when triggered by workflow_run, else same-run), same-run or workflow-run.",
        group: "Inputs"
      },
      {
        // A string, not an enum: the boolean spellings of earlier releases stay valid (true = update, false = off).
        name: "comment",
        kind: "string",
        default: "update",
        only: "action",
        pattern: COMMENT_INPUT,
        describe: "update, recreate or off (true = update, false = off)",
        description: "The sticky PR comment: update (edit it in place), recreate (delete it and post the report anew at the bottom of the PR) or off. true and false still mean update and off.",
        group: "Outputs"
      },
      {
        name: "comment-on",
        kind: "enum",
        values: COMMENT_ON,
        default: "always",
        only: "action",
        description: "When to write the comment: always; change (only when the verdict, a status, a summary line or a number changed since the last comment); failure (only when the verdict is fail; an existing comment is still brought up to date when it passes again).",
        group: "Outputs"
      },
      {
        name: "commit-status",
        kind: "boolean",
        default: true,
        only: "action",
        actionAliases: ["statuses"],
        description: "Set one commit status per gate and an overall quality-gates status on the PR head commit (needs statuses: write).",
        group: "Outputs"
      },
      {
        name: "id",
        kind: "string",
        default: DEFAULT_REPORT_ID,
        maxLength: 100,
        description: "Report id ([a-z0-9-]): several independent reports can live on one PR under different ids.",
        group: "Inputs"
      },
      {
        name: "comment-author",
        kind: "string",
        only: "action",
        pattern: /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\[bot\])?$/,
        describe: "a GitHub login",
        default: DEFAULT_COMMENT_AUTHOR,
        description: `Login whose comments are ours: ${DEFAULT_COMMENT_AUTHOR} is the identity of GITHUB_TOKEN; set it when github-token is a PAT or another app's token.`,
        group: "Inputs"
      },
      {
        name: "expect",
        kind: "list",
        placeholder: "<gate>",
        description: 'Gates that must report, as gate ids or contexts without the quality-gates/ prefix (e.g. "coverage, coverage/api"). One without a fragment fails its status and the overall one ("coverage did not report: its job failed or was skipped").',
        group: "Inputs"
      },
      {
        name: "on-missing",
        kind: "enum",
        values: ["fail", "neutral"],
        default: "fail",
        description: "What a missing result means (no fragment at all, an unreadable one, an expected gate that did not report): fail (required statuses fail closed, the step fails) or neutral (a notice; the overall status stays green).",
        group: "Inputs"
      },
      {
        name: "fork-workflow-changes",
        kind: "enum",
        values: ["fail", "allow"],
        default: "fail",
        only: "action",
        description: "A fork PR that changes files under .github/ fails the overall status and the comment lists the files (its workflows produced the fragments), unless this is allow.",
        group: "Inputs"
      },
      {
        name: "fail-on-gate-failure",
        kind: "boolean",
        default: false,
        description: "Also fail this step when a gate failed (the gates already fail their own steps and statuses).",
        group: "Outputs"
      },
      ...GITHUB_SETTINGS,
      ...DISPATCH_SETTINGS,
      {
        name: "out",
        kind: "string",
        only: "cli",
        placeholder: "<file>",
        description: "also write the comment markdown to <file>",
        group: "Outputs"
      },
      {
        name: "summary-out",
        kind: "string",
        only: "cli",
        placeholder: "<file>",
        description: "write the job-summary markdown to <file>",
        group: "Outputs"
      },
      {
        name: "json",
        kind: "boolean",
        default: false,
        only: "cli",
        description: "print {overall, comment, summary, statuses, fragments, problems} as JSON instead",
        group: "Outputs"
      }
    ];
    prReport = createPrReport();
  }
});

// src/cli/index.ts
init_errors();

// src/cli/command.ts
import { rm as rm2 } from "node:fs/promises";
import { resolve as resolve3 } from "node:path";
import { parseArgs } from "node:util";

// src/shared/baseline-store.ts
import { copyFile, mkdir as mkdir2, stat as stat2 } from "node:fs/promises";
import { dirname, join as join2, resolve } from "node:path";

// src/shared/baseline.ts
init_archive();
init_errors();
var DEFAULT_MAX_BASELINE_ZIP_BYTES = 512 * 1024 * 1024;

// src/shared/baseline-store.ts
init_dispatch();
init_errors();
function createFileBaselineStore(opts, cwd) {
  const from = opts.from !== void 0 ? resolve(cwd, opts.from) : void 0;
  const to = opts.to !== void 0 ? resolve(cwd, opts.to) : void 0;
  return {
    savesInAuto: to !== void 0,
    gatesWhenSaving: true,
    async find(_kind, _candidates, file) {
      if (from === void 0) return { found: false, note: "" };
      const info = await stat2(from).catch((e) => {
        throw new UserError(`--baseline ${from}: cannot read (${e.code ?? "error"})`);
      });
      const path2 = info.isDirectory() ? join2(from, file) : from;
      return { found: true, path: path2, behind: 0, note: `baseline from ${opts.from}` };
    },
    async save(_kind, _sha, dir, file) {
      if (to === void 0) throw new UserError("no file to save the baseline to (--baseline-out)");
      try {
        await mkdir2(dirname(to), { recursive: true });
        await copyFile(join2(dir, file), to);
      } catch (e) {
        throw new UserError(
          `--baseline-out ${to}: cannot write (${e.code ?? "error"})`
        );
      }
      return to;
    }
  };
}

// src/cli/command.ts
init_errors();
init_gate();
init_git();

// src/shared/host-local.ts
init_errors();
import { appendFile, mkdtemp, writeFile as writeFile3 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join5, resolve as resolve2 } from "node:path";
var PREFIX = {
  debug: "",
  info: "",
  notice: "notice: ",
  warning: "warning: ",
  error: "error: "
};
async function createLocalHost(opts) {
  const outputs = /* @__PURE__ */ new Map();
  const write = opts.write ?? (() => {
  });
  const tempDir = await mkdtemp(join5(tmpdir(), "quality-gates-"));
  let summaryStarted = false;
  const summaryPath = opts.summaryPath !== void 0 ? resolve2(opts.cwd, opts.summaryPath) : void 0;
  const fragmentPath = opts.fragmentPath !== void 0 ? resolve2(opts.cwd, opts.fragmentPath) : void 0;
  return {
    outputs,
    input: (name) => opts.inputs?.[name]?.trim() || void 0,
    ...opts.inputLabel ? { inputLabel: opts.inputLabel } : {},
    setOutput: (name, value) => void outputs.set(name, value),
    appendSummary: async (markdown) => {
      if (summaryPath === void 0) return;
      try {
        if (summaryStarted) await appendFile(summaryPath, `${markdown}
`);
        else await writeFile3(summaryPath, `${markdown}
`);
        summaryStarted = true;
      } catch (e) {
        throw new UserError(`cannot write ${summaryPath} (${e.code ?? "error"})`);
      }
    },
    logger: {
      // Info lines are progress a workflow log wants and a terminal does not: only notices and worse are shown.
      log: (level, message, where) => {
        if (level === "debug" || level === "info") return;
        const at2 = where?.file ? `${where.file}${where.startLine ? `:${where.startLine}` : ""}: ` : "";
        write(`${PREFIX[level]}${at2}${message}
`);
      },
      group: async (_name, fn) => fn()
    },
    context: {
      eventName: "local",
      sha: opts.sha ?? "",
      ref: "",
      serverUrl: "https://github.com",
      apiUrl: "https://api.github.com",
      payload: {}
    },
    workspace: opts.workspace ?? opts.cwd,
    cwd: opts.cwd,
    tempDir,
    ...opts.baselines ? { baselines: opts.baselines } : {},
    pullRequest: async () => void 0,
    fragmentPath: () => fragmentPath,
    now: opts.now ?? (() => /* @__PURE__ */ new Date())
  };
}

// src/cli/command.ts
init_settings();

// src/cli/suggest.ts
var MAX_WORD = 64;
function editDistance(a, b) {
  const n = a.length;
  const m = b.length;
  let back2 = new Array(m + 1).fill(0);
  let back = Array.from({ length: m + 1 }, (_, j) => j);
  let row = new Array(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    row[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(back[j] + 1, row[j - 1] + 1, back[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, back2[j - 2] + 1);
      }
      row[j] = d;
    }
    ;
    [back2, back, row] = [back, row, back2];
  }
  return back[m];
}
function allowed(word2) {
  return Math.max(1, Math.min(3, Math.floor(word2.length / 4)));
}
function nearest(word2, candidates) {
  if (word2.length === 0 || word2.length > MAX_WORD) return void 0;
  const w = word2.toLowerCase();
  let best;
  let bestDistance = allowed(w) + 1;
  for (const c of candidates) {
    if (c.length > MAX_WORD || Math.abs(c.length - w.length) >= bestDistance) continue;
    const d = editDistance(w, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

// src/cli/command.ts
var repeatable = (s) => s.kind === "list" || s.kind === "rules";
function flagOptions(settings) {
  const options2 = { help: { type: "boolean", short: "h" } };
  for (const s of settings) {
    for (const flag of [s.name, ...s.aliases ?? []]) {
      options2[flag] = s.kind === "boolean" ? { type: "boolean" } : { type: "string", multiple: repeatable(s) };
      if (s.kind === "boolean") options2[`no-${flag}`] = { type: "boolean" };
    }
  }
  return options2;
}
function flagIndex(settings) {
  const index = /* @__PURE__ */ new Map();
  for (const s of settings) {
    for (const flag of [s.name, ...s.aliases ?? []]) {
      index.set(flag, { setting: s });
      if (s.kind === "boolean") index.set(`no-${flag}`, { setting: s, text: "false" });
    }
  }
  return index;
}
function inputsFrom(settings, tokens, command) {
  const index = flagIndex(settings);
  const positional = settings.find((s) => s.kind === "list" && s.positional);
  const given = /* @__PURE__ */ new Map();
  for (const token of tokens) {
    let setting;
    let entry;
    if (token.kind === "positional" && "value" in token) {
      if (!positional)
        throw new UserError(`${command}: unexpected argument ${JSON.stringify(token.value.slice(0, 60))}`);
      setting = positional;
      entry = { flag: positional.name, text: token.value };
    } else if (token.kind === "option" && "name" in token && token.name !== "help") {
      const hit = index.get(token.name);
      if (!hit) continue;
      setting = hit.setting;
      entry = { flag: token.name, text: hit.text ?? token.value ?? "true" };
    }
    if (!setting || !entry) continue;
    const list = given.get(setting.name) ?? [];
    if (!repeatable(setting) && list.length > 0) {
      throw new UserError(
        `${command}: --${list[0]?.flag} and --${entry.flag} both set ${setting.name}; give it once`
      );
    }
    given.set(setting.name, [...list, entry]);
  }
  const inputs = {};
  const typed = {};
  for (const [name, list] of given) {
    inputs[name] = list.map((g) => g.text).join("\n");
    typed[name] = list[0].flag.replace(/^no-/, "");
  }
  return { inputs, typed };
}
function helpText(declaration) {
  const settings = settingsFor(declaration.settings, "cli");
  const groups = /* @__PURE__ */ new Map();
  for (const s of settings) {
    const placeholder = s.placeholder ?? (s.kind === "boolean" ? "" : s.kind === "enum" ? s.values.join("|") : s.kind === "rules" ? '"<glob> >= N"' : s.kind === "number" || s.kind === "integer" || s.kind === "percent" ? "N" : "<value>");
    const flags = [s.name, ...s.aliases ?? []].map((f) => `--${f}`).join(", ");
    const def = defaultText(s);
    const notes = [
      repeatable(s) ? "repeatable" : "",
      s.kind !== "boolean" && def !== "" && !def.includes("${{") ? `default ${def}` : "",
      s.kind === "boolean" && s.default ? `default on; --no-${s.name} turns it off` : ""
    ].filter(Boolean);
    const row = [
      `${flags}${placeholder ? ` ${placeholder}` : ""}`,
      `${s.description}${notes.length ? ` (${notes.join("; ")})` : ""}`
    ];
    const group = s.group ?? "Options";
    groups.set(group, [...groups.get(group) ?? [], row]);
  }
  const out = [`Usage: quality-gates ${declaration.command} ${declaration.usage}`, "", declaration.about, ""];
  for (const [group, rows] of groups) {
    out.push(`${group}:`);
    for (const [flag, text] of rows) out.push(`  ${flag}`, `      ${text}`);
    out.push("");
  }
  out.push(
    "  --help, -h",
    "      show this help",
    "",
    "Exit codes: 0 pass or neutral, 1 failed, 2 usage or input error."
  );
  return `${out.join("\n")}
`;
}
async function repoTop(cwd) {
  try {
    const top = (await createGit(cwd).run(["rev-parse", "--show-toplevel"])).trim();
    return top !== "" ? top : cwd;
  } catch {
    return cwd;
  }
}
function unknownFlag(options2, argv) {
  const { tokens } = parseArgs({ args: argv, options: options2, strict: false, allowPositionals: true, tokens: true });
  const shorts = new Set(Object.values(options2).flatMap((o) => o.short ? [o.short] : []));
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const long = token.rawName.startsWith("--");
    if (long ? Object.hasOwn(options2, token.name) : shorts.has(token.name)) continue;
    const shown = JSON.stringify(token.rawName.slice(0, 60)).slice(1, -1);
    const near = long ? nearest(token.name, Object.keys(options2)) : void 0;
    return `unknown option ${shown}${near ? `; did you mean --${near}?` : ""}`;
  }
  return void 0;
}
function parseCommandLine(declaration, argv) {
  const { command } = declaration;
  const settings = settingsFor(declaration.settings, "cli");
  let parsed;
  const options2 = flagOptions(settings);
  try {
    parsed = parseArgs({
      args: argv,
      options: options2,
      strict: true,
      allowPositionals: true,
      tokens: true
    });
  } catch (e) {
    const unknown = e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? unknownFlag(options2, argv) : void 0;
    if (unknown) throw new UserError(`${command}: ${unknown} (see quality-gates ${command} --help)`);
    throw new UserError(
      `${command}: ${e.message.split("\n")[0]} (see quality-gates ${command} --help)`
    );
  }
  const { inputs, typed } = inputsFrom(settings, parsed.tokens, command);
  return { help: parsed.values.help === true, inputs, label: (name) => `--${typed[name] ?? name}` };
}
function commandFor(declaration) {
  return async (argv, io) => {
    const { help, inputs, label } = parseCommandLine(declaration, argv);
    if (help) {
      io.stdout(helpText(declaration));
      return 0;
    }
    const get = Object.assign((name) => inputs[name], { label });
    const read = readSettings(declaration.settings, get, "cli");
    const text = (name) => typeof read[name] === "string" ? read[name] : void 0;
    const repo = text("repo");
    const host = await createLocalHost({
      cwd: io.cwd,
      workspace: repo !== void 0 ? resolve3(io.cwd, repo) : await repoTop(io.cwd),
      inputs,
      inputLabel: label,
      ...text("summary-out") !== void 0 ? { summaryPath: text("summary-out") } : {},
      ...text("fragment-out") !== void 0 ? { fragmentPath: text("fragment-out") } : {},
      baselines: createFileBaselineStore(
        {
          ...text("baseline") !== void 0 ? { from: text("baseline") } : {},
          ...text("baseline-out") !== void 0 ? { to: text("baseline-out") } : {}
        },
        io.cwd
      ),
      write: (line) => io.stderr(line)
    });
    try {
      const outcome = await runDeclared(declaration, host, "cli");
      if (read.json === true) declaration.print.json(outcome, io.stdout);
      else io.stdout(declaration.print.human(outcome));
      return outcome.failure ? 1 : 0;
    } finally {
      await rm2(host.tempDir, { recursive: true, force: true });
    }
  };
}

// src/cli/commands.ts
function lazy(load) {
  return async (argv, io) => commandFor(await load())(argv, io);
}
var commands = {
  coverage: {
    summary: "project and patch coverage of a change, gated (lcov, istanbul, Cobertura, JaCoCo, Clover, Go)",
    main: lazy(async () => (await Promise.resolve().then(() => (init_gate2(), gate_exports))).coverageGate)
  },
  report: {
    summary: "compose the pr-report comment and job summary from gate fragments",
    main: lazy(async () => (await Promise.resolve().then(() => (init_report(), report_exports))).prReport)
  }
};

// src/cli/version.ts
var VERSION = true ? "0.1.0" : "0.0.0-dev";

// src/cli/index.ts
function usage() {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    "Usage: quality-gates <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Options:",
    "  --help, -h     show this help (`quality-gates help <command>` or `quality-gates <command> --help` for one)",
    "  --version, -v  print the version",
    "",
    "Exit codes: 0 pass or neutral, 1 a gate failed, 2 usage or input error."
  ].join("\n");
}
function unknownCommand(name) {
  const near = nearest(name, Object.keys(commands));
  return new UserError(
    `unknown command ${JSON.stringify(name.slice(0, 60))}${near ? ` (did you mean ${near}?)` : ""}; the commands are ${Object.keys(commands).join(", ")} (quality-gates help <command> shows one)`
  );
}
async function cli(argv, io) {
  const [first, ...rest] = argv;
  if (first === void 0 || first === "--help" || first === "-h" || first === "help" && rest.length === 0) {
    io.stdout(`${usage()}
`);
    return first === void 0 ? 2 : 0;
  }
  if (first === "--version" || first === "-v") {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  try {
    if (first === "help") {
      const [name, ...extra] = rest;
      if (name === "--help" || name === "-h") {
        io.stdout(`${usage()}
`);
        return 0;
      }
      const command2 = Object.hasOwn(commands, name) ? commands[name] : void 0;
      if (!command2) throw unknownCommand(name);
      if (extra.length > 0) throw new UserError(`help takes one command; got ${rest.length}`);
      return await command2.main(["--help"], io);
    }
    const command = Object.hasOwn(commands, first) ? commands[first] : void 0;
    if (!command) throw unknownCommand(first);
    return await command.main(rest, io);
  } catch (error) {
    io.stderr(`quality-gates: ${describeError(error)}
`);
    if (!(error instanceof UserError) && io.env.QUALITY_GATES_DEBUG && error instanceof Error) {
      io.stderr(`${error.stack ?? ""}
`);
    }
    return 2;
  }
}

// src/cli/main.ts
cli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env
}).then(
  (code2) => {
    process.exitCode = code2;
  },
  (error) => {
    process.stderr.write(`quality-gates: internal error: ${String(error)}
`);
    process.exitCode = 2;
  }
);
//# sourceMappingURL=index.js.map
