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
    exports.open = open4;
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
      return new Promise((resolve12, reject) => {
        open4(path2, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve12(zipfile);
        });
      });
    }
    function fromFdPromise(fd, options2) {
      return new Promise((resolve12, reject) => {
        fromFd(fd, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve12(zipfile);
        });
      });
    }
    function fromBufferPromise(buffer, options2) {
      return new Promise((resolve12, reject) => {
        fromBuffer(buffer, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve12(zipfile);
        });
      });
    }
    function fromRandomAccessReaderPromise(reader, totalSize, options2) {
      return new Promise((resolve12, reject) => {
        fromRandomAccessReader(reader, totalSize, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve12(zipfile);
        });
      });
    }
    function open4(path2, options2, callback2) {
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
            var isUtf82 = (entry.generalPurposeBitFlag & 2048) !== 0;
            entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf82);
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
        let { resolve: resolve12 } = pendingResolveReject;
        pendingResolveReject = null;
        resolve12({ value: entry });
      }
      function onEnd() {
        let { resolve: resolve12 } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        resolve12({ done: true });
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
          const promise2 = new Promise((resolve12, reject) => {
            if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
            pendingResolveReject = { resolve: resolve12, reject };
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
      return new Promise((resolve12, reject) => {
        this.openReadStream(entry, options2, function(err, readStream) {
          if (err) return reject(err);
          resolve12(readStream);
        });
      });
    };
    ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
      return new Promise((resolve12, reject) => {
        this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
          if (err) return reject(err);
          resolve12(readStream);
        });
      });
    };
    ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options2) {
      return new Promise((resolve12, reject) => {
        this.readLocalFileHeader(entry, options2, function(err, localFileHeader) {
          if (err) return reject(err);
          resolve12(localFileHeader);
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
        var isUtf82 = (generalPurposeBitFlag & 2048) !== 0;
        fileName = decodeBuffer(fileNameBuffer, isUtf82);
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
    function decodeBuffer(buffer, isUtf82) {
      if (isUtf82) {
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
      const next = await new Promise((resolve12, reject) => {
        const onEntry = (entry) => {
          cleanup();
          resolve12(entry);
        };
        const onEnd = () => {
          cleanup();
          resolve12(void 0);
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
  let count2 = 0;
  try {
    if (zip.entryCount > max.maxEntries) {
      throw new UserError(
        `${zipPath} has ${zip.entryCount} entries, more than the limit of ${max.maxEntries}`
      );
    }
    for await (const entry of entries(zip)) {
      count2++;
      if (count2 > max.maxEntries) {
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

// src/shared/baseline.ts
var DEFAULT_MAX_BASELINE_ZIP_BYTES;
var init_baseline = __esm({
  "src/shared/baseline.ts"() {
    "use strict";
    init_archive();
    init_errors();
    DEFAULT_MAX_BASELINE_ZIP_BYTES = 512 * 1024 * 1024;
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
      return new Promise((resolve12, reject) => {
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
            } else resolve12(stdout);
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
  const text2 = await git.run(["diff", ...DIFF_FLAGS, b, h, "--"]);
  return parseUnifiedDiff(text2, `git diff ${b.slice(0, 12)} ${h.slice(0, 12)}`);
}
async function diffWorkTreeLines(git, base) {
  const b = await revParse(git, base);
  const text2 = await git.run(["diff", ...DIFF_FLAGS, b, "--"]);
  return parseUnifiedDiff(text2, `git diff ${b.slice(0, 12)} (work tree)`);
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
function parseUnifiedDiff(text2, source = "diff") {
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
  const len = text2.length;
  let pos = 0;
  while (pos < len) {
    let nl = text2.indexOf("\n", pos);
    if (nl < 0) nl = len;
    let line = text2.slice(pos, nl);
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
  const text2 = [e.cause?.code, e.cause?.message, e.message].find((x) => typeof x === "string" && x.length > 0);
  return oneLine(typeof text2 === "string" ? text2 : "network error", 120);
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
    const text2 = gitHubMessage(e);
    return {
      kind: "network",
      message: `network: ${/^no response/.test(text2) ? text2 : `no response from GitHub (${text2})`}`
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
      const open4 = res.data.filter((p) => p.state === "open" && p.base.repo.full_name.toLowerCase() === fullName.toLowerCase()).sort((a, b) => a.number - b.number);
      const pr = open4.find((p) => p.head.sha === head) ?? open4[0];
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
        description: "Manual runs (workflow_dispatch): the number of the pull request to gate and report on; its head must be the checked-out commit (actions/checkout ref: refs/pull/<n>/head). Empty = the dispatch's own input named pr, if any; none = the run's branch (where a gate on the default branch saves a fresh baseline).",
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

// src/shared/baseline-store.ts
import { copyFile, mkdir as mkdir2, stat as stat2, writeFile } from "node:fs/promises";
import { dirname, join as join2, resolve } from "node:path";
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
async function saveBaselineText(host, store, what, opts) {
  const dir = join2(host.tempDir, `${opts.kind}-baseline-out`);
  await mkdir2(dir, { recursive: true });
  await writeFile(join2(dir, opts.file), opts.text);
  const at2 = opts.sha.slice(0, 7);
  try {
    const where = await store.save(opts.kind, opts.sha, dir, opts.file, opts.retentionDays);
    host.logger.log("info", `saved the ${what} of ${at2} as ${where}`);
  } catch (error) {
    if (!host.context.repository) throw error;
    const text2 = describeError(error);
    const rerun = /already exists/.test(text2);
    host.logger.log(
      rerun ? "notice" : "warning",
      rerun ? `the ${what} of ${at2} was already saved by an earlier attempt of this run` : `the ${what} of ${at2} was not saved: ${text2}`
    );
  }
}
var init_baseline_store = __esm({
  "src/shared/baseline-store.ts"() {
    "use strict";
    init_baseline();
    init_dispatch();
    init_errors();
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
  let num3 = BigInt((m[1] ?? "0") + frac);
  let den = 10n ** BigInt(frac.length);
  const exp = Number(m[3] ?? 0);
  if (exp > 0) num3 *= 10n ** BigInt(exp);
  else if (exp < 0) den *= 10n ** BigInt(-exp);
  return { num: num3, den };
}
function ratioAtLeast(r, percent2) {
  const { num: num3, den } = decimalToFraction(percent2);
  const f = fraction(r.covered, r.total);
  return f.num * 100n * den >= num3 * f.den;
}
function dropWithin(head, base, maxDropPp) {
  const { num: num3, den } = decimalToFraction(maxDropPp);
  const d = deltaPp(head, base);
  if (d === null) return true;
  return d.num * den + num3 * d.den >= 0n;
}
function truncDecimal(f, decimals) {
  const dec = Math.max(0, Math.min(10, Math.trunc(decimals)));
  const scale = 10n ** BigInt(dec);
  const num3 = f.num < 0n ? -f.num : f.num;
  const den = f.den < 0n ? -f.den : f.den;
  const q = num3 * scale / den;
  const int = q / scale;
  return dec > 0 ? `${int}.${(q % scale).toString().padStart(dec, "0")}` : `${int}`;
}
function toNumber(f) {
  if (f.den === 0n) throw new RangeError("fraction with a zero denominator");
  const neg = f.num < 0n !== f.den < 0n;
  const num3 = f.num < 0n ? -f.num : f.num;
  const den = f.den < 0n ? -f.den : f.den;
  if (num3 === 0n) return 0;
  const k = bitLength(den) - bitLength(num3) + 55;
  const n = k >= 0 ? num3 << BigInt(k) : num3;
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
  for (const row2 of rows) {
    const cells = headers.map((_, i) => row2[i] ?? "");
    out.push(line(cells));
  }
  return out.join("\n");
}
function details(summary, body, open4 = false) {
  return `<details${open4 ? " open" : ""}>
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
  const add2 = (len, sign) => {
    if (len === 0) return;
    partsLen += sign * len;
    parts += sign;
  };
  add2(head.length, 1);
  add2(tail.length, 1);
  for (let i = 0; i < n; i++) add2(lenOf(i), 1);
  let dropped = 0;
  const total = () => {
    const extra = dropped > 0 ? overflowLine(dropped).length : 0;
    const count2 = parts + (dropped > 0 ? 1 : 0);
    return partsLen + extra + Math.max(0, count2 - 1) * SEP.length;
  };
  for (const i of order) {
    if (total() <= limit) break;
    const s = sections[i];
    if (s.collapsed.length < s.full.length) {
      add2(lenOf(i), -1);
      state[i] = "collapsed";
      add2(lenOf(i), 1);
    }
  }
  for (const i of order) {
    if (total() <= limit) break;
    add2(lenOf(i), -1);
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
  let text2 = join8([head, ...body, tail]);
  let droppedHeadOrTail = false;
  if (text2.length > limit) {
    droppedHeadOrTail = true;
    const candidates = [join8([head, ...body]), join8(body)];
    text2 = candidates.find((c) => c.length <= limit) ?? "";
  }
  const collapsed = sections.filter((_, i) => state[i] === "collapsed").map((s) => s.id);
  const overflowed = sections.filter((_, i) => state[i] === "dropped").map((s) => s.id);
  return { text: text2, collapsed, overflowed, droppedHeadOrTail };
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
import { readFile as readFile2, writeFile as writeFile2 } from "node:fs/promises";
import { join as join3 } from "node:path";
function commitState(f) {
  return f.status === "fail" || f.noResult === true ? "failure" : "success";
}
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
  const noResult = value.noResult;
  if (noResult !== void 0 && noResult !== true && noResult !== false) fail('"noResult" must be a boolean');
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
    ...url !== void 0 ? { url } : {},
    ...noResult === true ? { noResult: true } : {}
  };
}
function parseFragment(text2, source) {
  if (text2.length > FRAGMENT_LIMITS.fileBytes) {
    throw new UserError(`${source}: fragment is larger than ${FRAGMENT_LIMITS.fileBytes} bytes`);
  }
  let value;
  try {
    value = JSON.parse(text2);
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
  await writeFile2(path2, `${JSON.stringify(fragment, null, 2)}
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
function isStatusWriteError(e) {
  return e instanceof StatusWriteError;
}
function refusedOnFork(e, pr) {
  return pr?.isFork === true && isStatusWriteError(e) && e.kind === "permission";
}
function forkStatusNote(contexts) {
  return `${contexts} not set: this fork PR's token may not write commit statuses. For required statuses on fork PRs, let a workflow_run report set them (examples/workflows/fork-pr.yml and fork-report.yml) and give the gates commit-status: false here.`;
}
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
function cutText(text2, max) {
  if (codePoints2(text2) <= max) return text2;
  const head = text2.slice(0, 2 * max + 16);
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
function cutBytes(text2, maxBytes, suffix = "\u2026") {
  if (Buffer.byteLength(text2, "utf8") <= maxBytes) return text2;
  const budget = Math.max(0, maxBytes - Buffer.byteLength(suffix, "utf8"));
  let cut2 = Buffer.from(text2, "utf8").subarray(0, budget).toString("utf8");
  while (cut2.length > 0 && !text2.startsWith(cut2)) cut2 = cut2.slice(0, -1);
  const from = Math.max(0, cut2.length - 64);
  let boundary = from;
  for (const { index, segment } of graphemes(text2.slice(from, cut2.length + 64))) {
    const end = from + index + segment.length;
    if (end > cut2.length) break;
    boundary = end;
  }
  return text2.slice(0, boundary) + suffix;
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
import { mkdir as mkdir3, readFile as readFile3, writeFile as writeFile3 } from "node:fs/promises";
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
  const issued = { error: 0, warning: 0, notice: 0, ...opts.issued };
  const log2 = (level, message) => {
    if (level !== "debug" && level !== "info") issued[level]++;
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
        state: commitState(fragment),
        description: fragment.summary,
        ...url ? { targetUrl: url } : {}
      });
    } catch (error) {
      const pr = await host.pullRequest().catch(() => void 0);
      if (refusedOnFork(error, pr)) log2("warning", forkStatusNote(fragment.statusContext));
      else
        statusError = `could not set the commit status ${fragment.statusContext} on ${sha2.slice(0, 12)}: ${describeError(error)}`;
    }
  }
  if (result.onCommit) {
    await annotate(host, result, opts, { log: log2, issued: () => issued });
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
  await emitWorkflowAnnotations(host, findings, fragment, out.issued(), opts.fragmentName, log2);
}
async function jobAnnotationCounter(host) {
  if (host.jobTempDir === void 0) return { used: 0, add: async () => void 0 };
  const file = join4(host.jobTempDir, "quality-gates-workflow-annotations");
  const text2 = await readFile3(file, "utf8").catch(() => "");
  const used = /^\d{1,6}$/.test(text2.trim()) ? Number(text2.trim()) : 0;
  return {
    used,
    add: async (n) => {
      await writeFile3(file, String(used + n)).catch(() => void 0);
    }
  };
}
async function emitWorkflowAnnotations(host, findings, fragment, issued, fragmentName, log2) {
  const job = await jobAnnotationCounter(host);
  const jobRemaining = Math.max(0, WORKFLOW_ANNOTATIONS_PER_JOB - job.used);
  const { shown, leftOut } = workflowAnnotations(findings, issued, jobRemaining);
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
  let text2 = v;
  if (opts.percent && text2.endsWith("%")) text2 = text2.slice(0, -1).trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text2)) {
    throw new UserError(`${labelOf(get, name)}: ${show(v)} is not a number; ${expected}`);
  }
  const n = Number(text2);
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
import { createHash } from "node:crypto";
function hostInputs(host) {
  return Object.assign((name) => host.input(name), host.inputLabel ? { label: host.inputLabel } : {});
}
async function runDeclared(declaration, host, frontEnd) {
  return declaration.run(readSettings(declaration.settings, hostInputs(host), frontEnd), host);
}
function baselineMode(mode, store) {
  const resolved = mode === "auto" ? store?.savesInAuto ? "save" : "gate" : mode === "baseline" ? "save" : "gate";
  return {
    mode: resolved,
    gating: resolved === "gate" || mode === "auto" && store?.gatesWhenSaving === true
  };
}
function baselineOptions(settings) {
  const s = settings;
  return { walkBack: s["baseline-walk-back"] ?? 20, retentionDays: s["baseline-retention-days"] ?? 90 };
}
function gateContext(gate, name) {
  return `quality-gates/${gate}${name ? `/${name}` : ""}`;
}
function namedBaselineKind(kind, name) {
  if (!name) return kind;
  const plain = `${kind}-${name}`;
  if (/^[a-z0-9][a-z0-9-]{0,39}$/.test(plain)) return plain;
  return `${kind.slice(0, 27)}-${createHash("sha256").update(name).digest("hex").slice(0, 12)}`;
}
function namedBaselines(store, name) {
  if (!name) return store;
  return {
    savesInAuto: store.savesInAuto,
    gatesWhenSaving: store.gatesWhenSaving,
    find: (kind, candidates, file) => store.find(namedBaselineKind(kind, name), candidates, file),
    save: (kind, sha2, dir, file, retentionDays) => store.save(namedBaselineKind(kind, name), sha2, dir, file, retentionDays)
  };
}
function defaultFragmentName(gate, name) {
  return `quality-gates-fragment-${gate}${name ? `-${name}` : ""}`;
}
function defineGate(spec) {
  const own = new Set(spec.settings.flatMap((s) => [s.name, ...s.aliases ?? []]));
  const settings = [...spec.settings, ...GATE_SETTINGS.filter((s) => !own.has(s.name))];
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
      const issued = { error: 0, warning: 0, notice: 0 };
      const gateHost = {
        ...host,
        // Each named result keeps its own baselines: two coverage gates with different names never share one.
        ...host.baselines ? { baselines: namedBaselines(host.baselines, name) } : {},
        logger: {
          log: (level, message, where) => {
            if (level !== "debug" && level !== "info") issued[level]++;
            host.logger.log(level, message, where);
          },
          group: (groupName, fn) => host.logger.group(groupName, fn)
        }
      };
      const result = await spec.evaluate(values, gateHost);
      const context = gateContext(spec.id, name);
      result.fragment.statusContext = context;
      if (name) retitle(result.fragment, `${result.fragment.title} (${name})`);
      await publish(host, result, {
        fragmentName: all["fragment-name"] ?? defaultFragmentName(spec.id, name),
        status: all["commit-status"] !== false,
        // Both are action-only: the CLI (where they are absent) never annotates, and --summary-out gets the section.
        annotations: all.annotations ?? "off",
        summary: all.summary ?? "full",
        issued
      });
      return { ...result.failure ? { failure: result.failure } : {}, result, context };
    },
    print: {
      json: (outcome, write) => spec.print.json(outcome.result.data, write),
      human: (outcome) => spec.print.human(outcome.result.data)
    }
  };
}
var GITHUB_SETTINGS, LEGACY_BOOLEAN_MODES, BASELINE_SETTINGS, BASELINE_MODE_SETTING, GATE_SETTINGS;
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
    BASELINE_SETTINGS = [
      {
        name: "baseline-walk-back",
        kind: "integer",
        min: 0,
        max: 500,
        default: 20,
        only: "action",
        description: "How many first-parent ancestors of the base commit to search for the gate's baseline (what the default branch saved).",
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
      }
    ];
    BASELINE_MODE_SETTING = {
      name: "mode",
      kind: "enum",
      values: ["auto", "gate", "baseline"],
      default: "auto",
      description: "auto (PRs are gated; pushes to the default branch and merge queues save the baseline; on the CLI --baseline-out also saves), gate, or baseline.",
      group: "Inputs"
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
    var QMARK3 = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK3}*?`;
    var SEP2 = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK: QMARK3,
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
        QMARK: QMARK3,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK3 : QMARK_NO_DOT;
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
      const consume = (value2 = "", num3 = 0) => {
        state.consumed += value2;
        state.index += num3;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
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
          const open4 = tokens[token.tokensIndex];
          open4.type = "text";
          open4.value = literal;
          open4.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open4.output;
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
              return esc + first + (rest ? QMARK3.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK3.repeat(rest.length) : "");
            }
            return QMARK3.repeat(chars.length);
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
          const open4 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open4);
          push(open4);
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
          push({ type: "qmark", value, output: QMARK3 });
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
    let open4;
    let prevAdded = -1;
    for (const n of added) {
      if (open4 && n !== prevAdded + 1) open4 = void 0;
      prevAdded = n;
      const line = file.lines.get(n);
      if (!line) continue;
      fileTotal++;
      if (isPartial(line)) partialLines++;
      if (isLineCovered(line, opts.partial)) {
        fileCovered++;
        open4 = void 0;
      } else if (open4) {
        open4[1] = n;
      } else {
        open4 = [n, n];
        ranges.push(open4);
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
  const fail = (rule, text2) => {
    failed.push(rule);
    reasons.push(`${rule}: ${text2}`);
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
      const text2 = `no baseline coverage for the base commit, so the drop is not measured (on-missing-baseline: ${policy})`;
      if (policy === "fail") fail("max-drop", text2);
      else {
        if (policy === "neutral") neutral = true;
        notices.push(`max-drop: ${text2}`);
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
import { mkdir as mkdir4, writeFile as writeFile5 } from "node:fs/promises";
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
function escapeXml(text2) {
  return text2.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
}
function clip(label) {
  const flat = label.replace(/\s+/g, " ").trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}\u2026` : flat || "coverage";
}
function textWidth(text2) {
  let w = 0;
  for (const ch of text2) {
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
  await writeFile5(svgPath, badgeSvg(input));
  await writeFile5(json, `${JSON.stringify(shieldsEndpoint(input))}
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
import { createHash as createHash2 } from "node:crypto";
function configHash(input) {
  const canonical = canonicalJson({ parserVersion: PARSER_VERSION, ...input });
  return createHash2("sha256").update(canonical).digest("hex").slice(0, 16);
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
function parseBaseline(text2, source, opts = {}) {
  const fail = (what) => {
    throw new UserError(`${source}: not a valid coverage baseline: ${what}`);
  };
  let doc;
  try {
    doc = JSON.parse(text2);
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
    pushFileFilterAndCount = (filename, _paths, counts3, filters) => {
      if (filters.every((filter) => filter(filename, false))) counts3.files++;
    };
    pushFileFilter = (filename, paths, _counts, filters) => {
      if (filters.every((filter) => filter(filename, false))) paths.push(filename);
    };
    pushFileCount = (_filename, _paths, counts3, _filters) => {
      counts3.files++;
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
      set files(num3) {
        this._files = num3;
      }
      get files() {
        return this._files;
      }
      set directories(num3) {
        this._directories = num3;
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
  const [crawler, relative7] = getCrawler(globInput, options2);
  return crawler ? formatPaths(await crawler.withPromise(), relative7) : [];
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
          const more2 = list.length > 3 ? ` and ${list.length - 3} more` : "";
          if (this.files.size === 0) {
            throw new UserError(
              `${this.source}: every file in the report is outside the repository root (${shown}${more2}); use path-mappings to map them`
            );
          }
          this.warn(`${this.source}: ${list.length} file(s) outside the repository were left out: ${shown}${more2}`);
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
function utf16(text2, source) {
  const enc = declaredEncoding(text2.slice(0, 200));
  if (enc !== void 0 && !["utf-16", "utf16", "utf-16le", "utf-16be"].includes(enc)) {
    throw new UserError(`${source}: the XML declares encoding "${enc}" but its byte-order mark says utf-16`);
  }
  return Buffer.from(text2, "utf8");
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
      const open4 = stack.pop();
      const openPos = stackPos.pop();
      let same = open4 !== void 0 && nameEnd - (lt + 2) === open4.length;
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
          open4 === void 0 ? `${source}: malformed XML: end tag </${name2}> without a start tag` : `${source}: malformed XML: </${name2}> closes <${open4}>`
        );
      }
      handler.close?.(open4);
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
        const num3 = intAttr(a, "num", source, "line");
        if (num3 === void 0) throw new UserError(`${source}: <line> without a num attribute`);
        const type = a.get("type") ?? "stmt";
        const count2 = countAttr(a, "count", source, "line");
        if (cur !== void 0) {
          if (type === "method") {
            const fc = fnCounts.get(cur) ?? { covered: 0, total: 0 };
            fc.total++;
            if ((count2 ?? 0) > 0) fc.covered++;
            fnCounts.set(cur, fc);
          } else if (type === "cond") {
            const tc = countAttr(a, "truecount", source, "line");
            const fc = countAttr(a, "falsecount", source, "line");
            if (tc === void 0 && fc === void 0) {
              b.addLine(cur, num3, count2 ?? 0);
            } else {
              if (count2 !== void 0) {
                b.addLine(cur, num3, count2, { covered: tc ?? 0, total: (tc ?? 0) + (fc ?? 0) });
              } else {
                const covered = ((tc ?? 0) > 0 ? 1 : 0) + ((fc ?? 0) > 0 ? 1 : 0);
                b.addLine(cur, num3, covered > 0 ? 1 : 0, { covered, total: 2 });
              }
            }
          } else {
            b.addLine(cur, num3, count2 ?? 0);
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
  const resolve12 = (filename) => {
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
        cur = resolve12(filename);
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
      const open4 = s.indexOf("[", lt);
      if (open4 >= 0 && open4 < gt) {
        const close = s.indexOf("]", open4);
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
  const text2 = buf.toString("utf8");
  const b = new ReportBuilder("go", source, paths);
  let pos = 0;
  let lineNo = 0;
  let mode;
  const byFile = /* @__PURE__ */ new Map();
  while (pos < text2.length) {
    let end = text2.indexOf("\n", pos);
    if (end < 0) end = text2.length;
    let line = text2.slice(pos, end);
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
    var isObj3 = (o) => !!o && typeof o === "object";
    var isLineCol = (o) => isObj3(o) && typeof o.line === "number" && typeof o.column === "number";
    var isLoc = (o) => isObj3(o) && isLineCol(o.start) && isLineCol(o.end);
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
        Object.entries(statements).forEach(([st, count2]) => {
          if (!statementMap[st]) {
            return;
          }
          const { line } = statementMap[st].start;
          const prevVal = lineMap[line];
          if (prevVal === void 0 || prevVal < count2) {
            lineMap[line] = count2;
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
  const count2 = (v, what) => {
    if (typeof v !== "number" || !(v >= 0)) return bad(what, v);
    if (v > MAX_HITS) return MAX_HITS;
    return Number.isInteger(v) ? v : bad(what, v);
  };
  for (const name of ["s", "f"]) {
    const m = d[name];
    if (!isObject(m)) continue;
    for (const id of Object.keys(m)) m[id] = count2(m[id], `${name}["${id.slice(0, 20)}"]`);
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
      for (let k = 0; k < arr.length; k++) arr[k] = count2(arr[k], `b["${id.slice(0, 20)}"][${k}]`);
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
  const resolve12 = (pkgPath) => {
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
        cur = resolve12(sfName);
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
    const text2 = (p, end) => bytes.toString("utf8", p, end);
    let pos = 0;
    while (pos < buf.length) {
      let end = buf.indexOf(NL, pos);
      if (end < 0) end = buf.length;
      let e = end;
      if (e > pos && buf[e - 1] === CR) e--;
      if (buf[pos] === 66 && startsWith(buf, pos, "BRDA:")) {
        const [line, key, taken] = brdaSlow(text2(pos + 5, e), () => new UserError("BRDA"));
        addBranch(ex.branches ??= /* @__PURE__ */ new Map(), line, key, taken);
      } else if (buf[pos] === 70 && buf[pos + 1] === 78) {
        let named;
        if (startsWith(buf, pos, "FNDA:")) named = fndaSlow(text2(pos + 5, e), () => new UserError("FNDA"));
        else if (startsWith(buf, pos, "FNA:")) named = fnaSlow(text2(pos + 4, e), () => new UserError("FNA"));
        else if (startsWith(buf, pos, "FN:")) named = [fnSlow(text2(pos + 3, e), () => new UserError("FN")), 0];
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
          const more2 = this.moreBlocks.get(cur);
          if (more2 === void 0) this.moreBlocks.set(cur, [this.blockStart, end]);
          else more2.push(this.blockStart, end);
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
    let text2;
    if (patch.unavailable !== void 0) text2 = `patch n/a (${cut(patch.unavailable)})`;
    else if (!patch.lines) text2 = "patch n/a (no coverable lines added)";
    else {
      const target = rules.minPatch !== void 0 ? ` ${failed.has("min-patch") ? "<" : "\u2265"} ${formatThreshold(rules.minPatch)}%` : "";
      const missing = patch.lines.total - patch.lines.covered;
      const max = rules.maxNewUncovered !== void 0 ? `, max ${formatThreshold(rules.maxNewUncovered)}` : "";
      text2 = `patch ${formatPercent(patch.lines)}${target} (${missing} of ${patch.lines.total} lines missing${max})`;
    }
    parts.push(text2);
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
    const more2 = pathsFailed.length > 1 ? ` and ${pathsFailed.length - 1} more path rules` : "";
    parts.push(`${cut(first.pattern)} ${formatPercent(sum)} < ${formatThreshold(first.min)}%${more2}`);
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
function cut(text2, max = MAX_SUMMARY_PIECE) {
  const flat = text2.replace(/\s+/g, " ").trim();
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
    const more2 = lines.length - MAX_RULE_LINES;
    return { lines: [...lines.slice(0, MAX_RULE_LINES), `- \u2026 ${more2} more rules`], usedNotices };
  }
  return { lines, usedNotices };
}
function linker(source, budget = LINK_BUDGET) {
  const prefix = source ? blobPrefix(source) : null;
  let left = budget;
  return {
    link(text2, path2, range) {
      if (prefix === null) return text2;
      const url = fileUrl(prefix, path2, range);
      if (url === null || url.length > left) return text2;
      left -= url.length;
      return `[${text2}](${url})`;
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
      const more2 = f.uncoveredRanges.length - ranges.length;
      return `- ${links.link(code(f.path), f.path)}: ${ranges.join(", ")}${more2 > 0 ? ` and ${more2} more` : ""}`;
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
    const more2 = patch.missingData.length - shown.length;
    out.push(
      "",
      `\u26A0\uFE0F ${patch.missingData.length} changed file(s) have no coverage data: ${shown.join(", ")}${more2 > 0 ? ` and ${more2} more` : ""}`
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
  const chart2 = input.trend?.length ? trendChart(appendTrend(input.trend, { sha: input.sha ?? "this PR", date: "", lines: head.totals.lines })) : null;
  if (chart2) out.push("", details("Trend (default branch)", chart2));
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
import { readFile as readFile4 } from "node:fs/promises";
import { resolve as resolve7 } from "node:path";
async function findChange(host, git, opts) {
  const { diffBase, diffFile, walkBack, included, local } = opts;
  const ancestors = (rev, extra = 0) => () => firstParentAncestors(git, rev, walkBack + 1 + extra).catch(() => []);
  if (diffFile !== void 0) {
    const path2 = resolve7(host.cwd, diffFile);
    const text2 = await readFile4(path2, "utf8").catch((e) => {
      throw new UserError(`diff-file ${path2}: cannot read (${e.code ?? "error"})`);
    });
    if (text2.trim() !== "" && !/^(?:diff --git |--- |\+\+\+ |@@ )/m.test(text2)) {
      throw new UserError(`diff-file ${path2}: not a unified diff (no "diff --git", "---" or "@@" line)`);
    }
    return {
      changed: parseUnifiedDiff(text2, diffFile).filter((c) => included(c.path)),
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
      const more2 = skipped.length > MAX_SKIPS_NAMED ? ` and ${skipped.length - MAX_SKIPS_NAMED} more` : "";
      notices.push(`${skipped.length} untracked file(s) not counted: ${named.join(", ")}${more2}`);
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
    const text2 = await readFile4(found.path, "utf8").catch((e) => {
      throw new UserError(`${what}: cannot read ${BASELINE_FILE} (${e.code ?? "error"})`);
    });
    const baseline = parseBaseline(text2, what, { expectedConfigHash });
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
  await saveBaselineText(host, store, "coverage baseline", {
    kind: BASELINE_KIND,
    sha: sha2,
    file: BASELINE_FILE,
    text: serializeBaseline(baseline),
    retentionDays: opts.retentionDays
  });
}
var BASELINE_KIND, BASELINE_FILE, MAX_WARNINGS, RULES, coverageGate, MAX_SKIPS_NAMED;
var init_gate2 = __esm({
  "src/coverage/gate.ts"() {
    "use strict";
    init_baseline_store();
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
        BASELINE_MODE_SETTING,
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
        ...BASELINE_SETTINGS,
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
        const { mode, gating } = baselineMode(s.mode, store);
        const walkBack = baselineOptions(s).walkBack;
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
        if (headSummary.totals.lines.total === 0 && fragment.status === "neutral") fragment.noResult = true;
        if (mode === "save" && shardMissing) {
          host.logger.log("warning", "baseline not saved: a coverage report (shard) is missing");
        } else if (mode === "save") {
          await saveThisBaseline(host, store, git, head, headSummary, hash, trend, {
            walkBack,
            retentionDays: baselineOptions(s).retentionDays,
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

// src/flaky/evaluate.ts
function evaluateRun(report2, quarantine, opts) {
  const tests = { total: 0, passed: 0, failed: 0, skipped: 0, flaky: 0, quarantined: 0 };
  const cases = [];
  const matched = /* @__PURE__ */ new Set();
  let rawFailed = 0;
  for (const c of report2.cases) {
    const entry = quarantine.active.get(c.id);
    if (entry) matched.add(c.id);
    let outcome;
    if (c.outcome === "failed" || c.outcome === "error") {
      rawFailed++;
      outcome = entry ? "quarantined" : "failed";
    } else outcome = c.outcome;
    tests.total++;
    tests[outcome]++;
    cases.push({
      id: c.id,
      outcome,
      attempts: c.attempts.length,
      case: c,
      ...entry ? { quarantine: entry } : {}
    });
  }
  const reasons = [];
  const bad = opts.bad ?? [];
  for (const b of bad) reasons.push(`${b.file}: unreadable, not counted (${b.reason})`);
  if (tests.failed > 0)
    reasons.push(
      `${tests.failed} test${tests.failed === 1 ? "" : "s"} failed and ${tests.failed === 1 ? "is" : "are"} not quarantined`
    );
  if (tests.total === 0 && bad.length === 0) {
    reasons.push(
      "no test case in the reports: nothing was tested (a test job that stopped before writing results looks like this)"
    );
  }
  const ran = tests.total - tests.skipped;
  const verdict = {
    status: reasons.length > 0 ? "fail" : "pass",
    cases,
    tests,
    reasons,
    unmatched: [...quarantine.active.values()].filter((e) => !matched.has(e.id))
  };
  if (ran >= INFRA_MIN_TESTS && rawFailed > opts.infraFailureRatio * ran)
    verdict.infra = { failed: rawFailed, ran };
  return verdict;
}
var INFRA_MIN_TESTS;
var init_evaluate2 = __esm({
  "src/flaky/evaluate.ts"() {
    "use strict";
    INFRA_MIN_TESTS = 5;
  }
});

// src/flaky/history.ts
function emptyHistory() {
  return { ids: [], index: /* @__PURE__ */ new Map(), runs: [] };
}
function codeAt(run, i) {
  return run.o[i] ?? "-";
}
function recordRun(history, run, outcomes) {
  const codes = [];
  for (const [id, code2] of outcomes) {
    let i = history.index.get(id);
    if (i === void 0) {
      i = history.ids.length;
      history.ids.push(id);
      history.index.set(id, i);
    }
    codes[i] = code2;
  }
  let o = "";
  for (let i = 0; i < codes.length; i++) o += codes[i] ?? "-";
  return { ...run, o };
}
function appendRun(history, record, windowDays, now) {
  const cutoff = now.getTime() - windowDays * 864e5;
  const runs = history.runs.filter(
    (r) => Date.parse(r.date) >= cutoff && (record.run === void 0 || r.run !== record.run)
  );
  runs.push(record);
  return { ...history, runs: runs.slice(Math.max(0, runs.length - MAX_RUNS)) };
}
function serializeHistory(history) {
  const keep = [];
  for (let i = 0; i < history.ids.length; i++) {
    if (history.runs.some((r) => codeAt(r, i) !== "-")) keep.push(i);
  }
  const runs = history.runs.map((r) => {
    let o = "";
    for (const i of keep) o += codeAt(r, i);
    return { sha: r.sha, date: r.date, ...r.run !== void 0 ? { run: r.run } : {}, o };
  });
  return `${JSON.stringify({
    schema: HISTORY_SCHEMA,
    version: HISTORY_VERSION,
    ids: keep.map((i) => history.ids[i]),
    runs
  })}
`;
}
function parseHistory(text2, source) {
  const fail = (what) => {
    throw new UserError(`${source}: not a valid flaky history: ${what}`);
  };
  if (text2.length > MAX_HISTORY_BYTES) fail(`larger than ${MAX_HISTORY_BYTES} bytes`);
  let value;
  try {
    value = JSON.parse(text2);
  } catch (e) {
    return fail(`not JSON (${e.message.slice(0, 100)})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return fail("expected a JSON object");
  const v = value;
  if (v.schema !== HISTORY_SCHEMA) fail(`"schema" must be "${HISTORY_SCHEMA}"`);
  if (v.version !== HISTORY_VERSION) {
    fail(
      `unsupported version ${JSON.stringify(v.version)?.slice(0, 20)} (this release reads version ${HISTORY_VERSION})`
    );
  }
  if (!Array.isArray(v.ids)) return fail('"ids" must be an array');
  if (v.ids.length > MAX_IDS) fail(`more than ${MAX_IDS} ids`);
  const index = /* @__PURE__ */ new Map();
  const ids = [];
  for (const id of v.ids) {
    if (typeof id !== "string" || id === "" || id.length > MAX_ID_CHARS)
      fail(`id ${ids.length} must be a non-empty string`);
    if (index.has(id)) fail(`id ${ids.length} is listed twice`);
    index.set(id, ids.length);
    ids.push(id);
  }
  if (!Array.isArray(v.runs)) return fail('"runs" must be an array');
  if (v.runs.length > MAX_RUNS) fail(`more than ${MAX_RUNS} runs`);
  const runs = v.runs.map((r, n) => {
    const bad = (what) => fail(`run ${n}: ${what}`);
    if (typeof r !== "object" || r === null || Array.isArray(r)) return bad("must be an object");
    const o = r;
    if (typeof o.sha !== "string" || !/^(?:[0-9a-f]{7,64}|local)$/.test(o.sha))
      bad('"sha" must be a hex commit id');
    if (typeof o.date !== "string" || o.date.length > 40 || Number.isNaN(Date.parse(o.date)))
      bad('"date" must be an ISO date');
    if (o.run !== void 0 && (typeof o.run !== "string" || !/^[A-Za-z0-9._-]{1,100}$/.test(o.run)))
      bad('bad "run"');
    if (typeof o.o !== "string" || o.o.length !== ids.length || !/^[pfks-]*$/.test(o.o)) {
      bad(`"o" must hold one of p f k s - per id (${ids.length})`);
    }
    return {
      sha: o.sha,
      date: o.date,
      ...o.run !== void 0 ? { run: o.run } : {},
      o: o.o
    };
  });
  return { ids, index, runs };
}
var HISTORY_SCHEMA, HISTORY_VERSION, MAX_HISTORY_BYTES, MAX_RUNS, MAX_IDS, MAX_ID_CHARS;
var init_history2 = __esm({
  "src/flaky/history.ts"() {
    "use strict";
    init_errors();
    HISTORY_SCHEMA = "quality-gates/flaky-history";
    HISTORY_VERSION = 1;
    MAX_HISTORY_BYTES = 128 * 1024 * 1024;
    MAX_RUNS = 500;
    MAX_IDS = 25e4;
    MAX_ID_CHARS = 8192;
  }
});

// src/flaky/id.ts
import { createHash as createHash3 } from "node:crypto";
function escapeSegment(raw2) {
  let s = raw2;
  if (s.length > MAX_SEGMENT_CHARS) {
    let cut2 = MAX_SEGMENT_CHARS - 24;
    const c = s.charCodeAt(cut2 - 1);
    if (c >= 55296 && c <= 56319) cut2--;
    const hash = createHash3("sha256").update(raw2, "utf8").digest("hex").slice(0, 16);
    s = `${s.slice(0, cut2)}\u2026#${hash}`;
  }
  if (NEEDS_ESCAPE.test(s)) {
    let out = "";
    for (const ch of s) {
      const code2 = ch.codePointAt(0);
      if (ch === "\\") out += "\\\\";
      else if (ch === "\u203A") out += "\\\u203A";
      else if (ch === "\n") out += "\\n";
      else if (ch === "\r") out += "\\r";
      else if (ch === "	") out += "\\t";
      else if (code2 < 32 || code2 >= 127 && code2 <= 159 || code2 === 8232 || code2 === 8233) {
        out += `\\u{${code2.toString(16)}}`;
      } else out += ch;
    }
    s = out;
  }
  return s.charCodeAt(0) === 35 ? `\\${s}` : s;
}
function idSegments(key) {
  const segs = [];
  if (key.file !== void 0 && key.file !== "") segs.push(key.file);
  for (const s of key.suitePath) if (s !== "") segs.push(s);
  const inner = key.suitePath[key.suitePath.length - 1];
  if (key.classname !== "" && key.classname !== inner && key.classname !== key.name) segs.push(key.classname);
  segs.push(key.name === "" ? "(no name)" : key.name);
  return segs;
}
function caseId(key) {
  return idSegments(key).map(escapeSegment).join(SEPARATOR);
}
function occurrenceId(base, n) {
  return `${base}${SEPARATOR}#${n}`;
}
function normaliseFile(file, roots = []) {
  let f = file.replace(/\\/g, "/");
  for (const root of roots) {
    let r = root.replace(/\\/g, "/");
    if (r === "") continue;
    if (!r.endsWith("/")) r += "/";
    if (f.startsWith(r)) {
      f = f.slice(r.length);
      break;
    }
  }
  while (f.startsWith("./")) f = f.slice(2);
  return f;
}
var SEPARATOR, MAX_SEGMENT_CHARS, NEEDS_ESCAPE;
var init_id = __esm({
  "src/flaky/id.ts"() {
    "use strict";
    SEPARATOR = " \u203A ";
    MAX_SEGMENT_CHARS = 512;
    NEEDS_ESCAPE = /[\\›\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
  }
});

// src/flaky/model.ts
function caseOutcome(attempts) {
  let passed = false;
  let lastFailing;
  for (const a of attempts) {
    if (a.outcome === "passed") passed = true;
    else if (a.outcome === "failed" || a.outcome === "error") lastFailing = a.outcome;
  }
  if (passed) return lastFailing === void 0 ? "passed" : "flaky";
  return lastFailing ?? "skipped";
}
function computeTotals(cases, suites) {
  const t = { tests: 0, passed: 0, flaky: 0, failed: 0, errors: 0, skipped: 0, runs: 0, suites };
  for (const c of cases) {
    t.tests++;
    t.runs += c.attempts.length;
    if (c.outcome === "error") t.errors++;
    else t[c.outcome]++;
  }
  return t;
}
var init_model2 = __esm({
  "src/flaky/model.ts"() {
    "use strict";
  }
});

// src/flaky/xml-stream.ts
import { isUtf8 } from "node:buffer";
import { StringDecoder } from "node:string_decoder";
function isSpace3(c) {
  return c === 32 || c === 10 || c === 9 || c === 13;
}
function decodeEntities2(s, source) {
  let i = s.indexOf("&");
  if (i < 0) return s;
  let out = "";
  let last = 0;
  while (i >= 0) {
    const semi = s.indexOf(";", i + 1);
    if (semi < 0 || semi - i > 12)
      throw new UserError(`${source}: malformed XML: bare "&" in text or attribute`);
    const ent = s.slice(i + 1, semi);
    let rep;
    if (ent.charCodeAt(0) === 35) {
      const hex = ent[1] === "x" || ent[1] === "X";
      const digits2 = hex ? ent.slice(2) : ent.slice(1);
      const code2 = (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits2) ? parseInt(digits2, hex ? 16 : 10) : NaN;
      if (!(code2 >= 1 && code2 <= 1114111) || code2 >= 55296 && code2 <= 57343) {
        throw new UserError(`${source}: malformed XML: bad character reference &${ent};`);
      }
      rep = String.fromCodePoint(code2);
    } else {
      rep = PREDEFINED2.get(ent);
      if (rep === void 0) {
        throw new UserError(
          `${source}: XML uses the undefined entity &${ent.slice(0, 40)}; (only the 5 predefined entities are allowed)`
        );
      }
    }
    out += s.slice(last, i) + rep;
    last = semi + 1;
    i = s.indexOf("&", last);
  }
  return out + s.slice(last);
}
function incompleteTail(b, from, end) {
  for (let k = 1; k <= 3 && end - k >= from; k++) {
    const c = b[end - k];
    if ((c & 192) === 128) continue;
    const need = c >= 240 ? 4 : c >= 224 ? 3 : c >= 192 ? 2 : 1;
    return need > k ? k : 0;
  }
  return 0;
}
function startsWith2(b, pos, s) {
  if (pos + s.length > b.length) return false;
  for (let k = 0; k < s.length; k++) if (b[pos + k] !== s.charCodeAt(k)) return false;
  return true;
}
function clip2(s) {
  return s.length > 60 ? `${s.slice(0, 60)}\u2026` : s;
}
function swap162(buf) {
  const out = Buffer.allocUnsafe(buf.length);
  for (let i = 0; i + 1 < buf.length; i += 2) {
    out[i] = buf[i + 1];
    out[i + 1] = buf[i];
  }
  return out;
}
var LT3, GT3, SLASH3, QMARK2, BANG2, EQ3, DQ3, SQ2, AMP2, SEMI, PREDEFINED2, Attrs2, MORE, Tokenizer, XmlReader;
var init_xml_stream = __esm({
  "src/flaky/xml-stream.ts"() {
    "use strict";
    init_errors();
    LT3 = 60;
    GT3 = 62;
    SLASH3 = 47;
    QMARK2 = 63;
    BANG2 = 33;
    EQ3 = 61;
    DQ3 = 34;
    SQ2 = 39;
    AMP2 = 38;
    SEMI = 59;
    PREDEFINED2 = /* @__PURE__ */ new Map([
      ["lt", "<"],
      ["gt", ">"],
      ["amp", "&"],
      ["quot", '"'],
      ["apos", "'"]
    ]);
    Attrs2 = class {
      constructor(source) {
        this.source = source;
      }
      source;
      names = [];
      starts = [];
      ends = [];
      count = 0;
      b = Buffer.alloc(0);
      get(name) {
        for (let i = 0; i < this.count; i++) {
          if (this.names[i] === name) {
            let v = this.b.toString("utf8", this.starts[i], this.ends[i]);
            if (/[\t\n\r]/.test(v)) v = v.replace(/\r\n|[\t\n\r]/g, " ");
            return v.indexOf("&") < 0 ? v : decodeEntities2(v, this.source);
          }
        }
        return void 0;
      }
    };
    MORE = -1;
    Tokenizer = class {
      constructor(source, handler, limits) {
        this.source = source;
        this.handler = handler;
        this.limits = limits;
        this.attrs = new Attrs2(source);
      }
      source;
      handler;
      limits;
      carry = Buffer.alloc(0);
      state = 0 /* Content */;
      stack = [];
      sawRoot = false;
      rootClosed = false;
      attrs;
      write(chunk, last) {
        const b = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
        const pos = this.pump(b, last);
        if (last) {
          if (pos < b.length || this.state !== 0 /* Content */) throw this.truncated(this.stateName());
          if (this.stack.length > 0)
            throw this.truncated(`end of file inside <${this.stack[this.stack.length - 1]}>`);
          if (!this.sawRoot) throw new UserError(`${this.source}: not XML: no root element found`);
          return;
        }
        const rest = b.length - pos;
        if (rest > this.limits.maxTagBytes) throw this.tagTooLong();
        this.carry = rest === 0 ? Buffer.alloc(0) : Buffer.from(b.subarray(pos));
      }
      tagTooLong() {
        return new UserError(
          `${this.source}: a tag longer than ${this.limits.maxTagBytes} bytes (cap on one tag; the file is refused)`
        );
      }
      stateName() {
        if (this.state === 1 /* Comment */) return "unterminated comment";
        if (this.state === 2 /* CData */) return "unterminated CDATA section";
        return "unterminated tag";
      }
      truncated(what) {
        return new UserError(`${this.source}: truncated or malformed XML (${what})`);
      }
      /** Process b as far as possible; returns the index of the first byte not consumed. */
      pump(b, last) {
        const len = b.length;
        let i = 0;
        for (; ; ) {
          if (this.state === 1 /* Comment */) {
            const end = b.indexOf("-->", i);
            if (end < 0) return Math.max(i, len - 2);
            this.state = 0 /* Content */;
            i = end + 3;
            continue;
          }
          if (this.state === 2 /* CData */) {
            const end = b.indexOf("]]>", i);
            if (end < 0) {
              let stop = Math.max(i, len - 2);
              stop -= incompleteTail(b, i, stop);
              if (stop > i) this.emitRaw(b, i, stop);
              return stop;
            }
            if (end > i) this.emitRaw(b, i, end);
            this.state = 0 /* Content */;
            i = end + 3;
            continue;
          }
          let lt = i;
          while (lt < len && b[lt] !== LT3) lt++;
          if (lt > i) {
            const stop = lt < len || last ? lt : this.safeTextEnd(b, i, lt);
            this.content(b, i, stop);
            i = stop;
            if (lt >= len) return i;
          }
          if (lt >= len) return i;
          const next = this.markup(b, lt, last);
          if (next === MORE) return lt;
          i = next;
        }
      }
      /** Where a text run that reaches the end of the buffer can be cut: not inside a character or entity. */
      safeTextEnd(b, from, end) {
        if (this.handler.text === void 0 && this.stack.length > 0) return end;
        let stop = end - incompleteTail(b, from, end);
        const amp = b.lastIndexOf(AMP2, stop - 1);
        if (amp >= from && b.indexOf(SEMI, amp) < 0) stop = amp;
        return stop;
      }
      content(b, from, to) {
        if (this.stack.length === 0) {
          for (let k = from; k < to; k++) {
            if (!isSpace3(b[k])) {
              throw new UserError(
                this.sawRoot ? `${this.source}: malformed XML: text after the root element` : `${this.source}: not XML: text before the first element`
              );
            }
          }
          return;
        }
        const text2 = this.handler.text;
        if (text2 !== void 0) text2(decodeEntities2(b.toString("utf8", from, to), this.source));
      }
      emitRaw(b, from, to) {
        const text2 = this.handler.text;
        if (text2 !== void 0 && this.stack.length > 0) text2(b.toString("utf8", from, to));
      }
      /** Read the markup at b[lt] === '<'; returns the index after it, or MORE when it is not complete yet. */
      markup(b, lt, last) {
        const len = b.length;
        if (lt + 1 >= len) return this.more(last, "unterminated tag");
        const c1 = b[lt + 1];
        if (c1 === QMARK2) {
          const end = b.indexOf("?>", lt + 2);
          if (end < 0) return this.more(last, "unterminated processing instruction");
          return end + 2;
        }
        if (c1 === BANG2) {
          if (len - lt < 9 && !last) {
            const have = b.toString("latin1", lt, len);
            if ("<!--".startsWith(have) || "<![CDATA[".startsWith(have) || "<!DOCTYPE".startsWith(have))
              return MORE;
          }
          if (startsWith2(b, lt, "<!--")) {
            this.state = 1 /* Comment */;
            return lt + 4;
          }
          if (startsWith2(b, lt, "<![CDATA[")) {
            if (this.stack.length === 0)
              throw new UserError(`${this.source}: malformed XML: CDATA outside the root`);
            this.state = 2 /* CData */;
            return lt + 9;
          }
          if (startsWith2(b, lt, "<!DOCTYPE")) {
            throw new UserError(
              `${this.source}: refusing XML with a DOCTYPE: test reports never need one, and a DTD can declare entities that expand without bound or read files and URLs`
            );
          }
          throw new UserError(`${this.source}: malformed XML: unexpected "<!" markup`);
        }
        if (c1 === SLASH3) {
          let end = lt + 2;
          while (end < len && b[end] !== GT3) end++;
          if (end >= len) return this.more(last, "unterminated end tag");
          let nameEnd = end;
          while (nameEnd > lt + 2 && isSpace3(b[nameEnd - 1])) nameEnd--;
          const name = b.toString("utf8", lt + 2, nameEnd);
          const open4 = this.stack.pop();
          if (open4 !== name) {
            throw new UserError(
              open4 === void 0 ? `${this.source}: malformed XML: end tag </${clip2(name)}> without a start tag` : `${this.source}: malformed XML: </${clip2(name)}> closes <${clip2(open4)}>`
            );
          }
          if (this.stack.length === 0) this.rootClosed = true;
          this.handler.close(name);
          return end + 1;
        }
        return this.startTag(b, lt, last);
      }
      more(last, what) {
        if (last) throw this.truncated(what);
        return MORE;
      }
      startTag(b, lt, last) {
        const len = b.length;
        const src = this.source;
        let j = lt + 1;
        while (j < len) {
          const c = b[j];
          if (isSpace3(c) || c === GT3 || c === SLASH3) break;
          j++;
        }
        if (j >= len) return this.more(last, "unterminated start tag");
        if (j === lt + 1) throw new UserError(`${src}: malformed XML: "<" not followed by a tag name`);
        const name = b.toString("utf8", lt + 1, j);
        if (this.rootClosed)
          throw new UserError(`${src}: malformed XML: content after the root element <${clip2(name)}>`);
        const attrs = this.attrs;
        attrs.count = 0;
        attrs.b = b;
        let selfClosing = false;
        for (; ; ) {
          while (j < len && isSpace3(b[j])) j++;
          if (j >= len) return this.more(last, `unterminated <${clip2(name)}> tag`);
          const c = b[j];
          if (c === GT3) {
            j++;
            break;
          }
          if (c === SLASH3) {
            if (j + 1 >= len) return this.more(last, `unterminated <${clip2(name)}> tag`);
            if (b[j + 1] !== GT3) throw new UserError(`${src}: malformed XML in <${clip2(name)}> tag`);
            selfClosing = true;
            j += 2;
            break;
          }
          const an = j;
          while (j < len) {
            const d = b[j];
            if (d === EQ3 || isSpace3(d) || d === GT3 || d === SLASH3) break;
            j++;
          }
          const attrName = b.toString("utf8", an, j);
          while (j < len && isSpace3(b[j])) j++;
          if (j >= len) return this.more(last, `unterminated <${clip2(name)}> tag`);
          if (b[j] !== EQ3) {
            throw new UserError(
              `${src}: malformed XML: attribute "${clip2(attrName)}" in <${clip2(name)}> has no value`
            );
          }
          j++;
          while (j < len && isSpace3(b[j])) j++;
          if (j >= len) return this.more(last, `unterminated <${clip2(name)}> tag`);
          const q = b[j];
          if (q !== DQ3 && q !== SQ2) {
            throw new UserError(
              `${src}: malformed XML: unquoted value for "${clip2(attrName)}" in <${clip2(name)}>`
            );
          }
          const vEnd = b.indexOf(q, j + 1);
          if (vEnd < 0) return this.more(last, `unterminated attribute in <${clip2(name)}>`);
          for (let k2 = 0; k2 < attrs.count; k2++) {
            if (attrs.names[k2] === attrName) {
              throw new UserError(
                `${src}: malformed XML: attribute "${clip2(attrName)}" repeated in <${clip2(name)}>`
              );
            }
          }
          if (attrs.count >= this.limits.maxAttributes) {
            throw new UserError(
              `${src}: <${clip2(name)}> has more than ${this.limits.maxAttributes} attributes (cap)`
            );
          }
          const k = attrs.count++;
          attrs.names[k] = attrName;
          attrs.starts[k] = j + 1;
          attrs.ends[k] = vEnd;
          j = vEnd + 1;
        }
        if (j - lt > this.limits.maxTagBytes) throw this.tagTooLong();
        if (!selfClosing && this.stack.length >= this.limits.maxDepth) {
          throw new UserError(`${src}: elements nested deeper than ${this.limits.maxDepth} levels (cap)`);
        }
        this.sawRoot = true;
        this.handler.open(name, attrs, selfClosing);
        if (selfClosing) {
          if (this.stack.length === 0) this.rootClosed = true;
          this.handler.close(name);
        } else this.stack.push(name);
        return j;
      }
    };
    XmlReader = class {
      constructor(source, handler, limits) {
        this.source = source;
        this.limits = limits;
        this.tok = new Tokenizer(source, handler, limits);
      }
      source;
      limits;
      tok;
      encoding;
      head = Buffer.alloc(0);
      pending = Buffer.alloc(0);
      utf16;
      odd;
      total = 0;
      write(chunk) {
        this.total += chunk.length;
        if (this.total > this.limits.maxBytes) {
          throw new UserError(
            `${this.source}: larger than ${this.limits.maxBytes} bytes (cap on one report; split the report or raise the cap)`
          );
        }
        if (this.encoding === void 0) {
          this.head = this.head.length === 0 ? chunk : Buffer.concat([this.head, chunk]);
          if (this.head.length < 256) return;
          chunk = this.sniff(this.head);
          this.head = Buffer.alloc(0);
        }
        this.feed(chunk, false);
      }
      end() {
        let chunk = Buffer.alloc(0);
        if (this.encoding === void 0) {
          if (this.head.length === 0) throw new UserError(`${this.source}: empty file, not a test report`);
          chunk = this.sniff(this.head);
        }
        this.feed(chunk, true);
      }
      feed(chunk, last) {
        const utf8 = this.convert(chunk, last);
        this.tok.write(utf8, last);
      }
      convert(chunk, last) {
        switch (this.encoding) {
          case "latin1":
            return Buffer.from(chunk.toString("latin1"), "utf8");
          case "utf-16le":
          case "utf-16be": {
            let bytes = chunk;
            if (this.encoding === "utf-16be") {
              if (this.odd !== void 0) bytes = Buffer.concat([Buffer.from([this.odd]), bytes]);
              this.odd = bytes.length % 2 === 1 ? bytes[bytes.length - 1] : void 0;
              bytes = swap162(bytes.subarray(0, bytes.length - bytes.length % 2));
            }
            const dec = this.utf16 ??= new StringDecoder("utf16le");
            const s = last ? dec.write(bytes) + dec.end() : dec.write(bytes);
            if (last && this.odd !== void 0)
              throw new UserError(`${this.source}: truncated UTF-16 (odd byte count)`);
            return Buffer.from(s, "utf8");
          }
          default: {
            let b = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
            const tail = last ? 0 : incompleteTail(b, 0, b.length);
            this.pending = tail === 0 ? Buffer.alloc(0) : Buffer.from(b.subarray(b.length - tail));
            b = b.subarray(0, b.length - tail);
            if (!isUtf8(b)) {
              throw new UserError(
                `${this.source}: not valid UTF-8 (between bytes ${this.total - chunk.length - tail} and ${this.total}); re-encode the report or declare its encoding`
              );
            }
            return b;
          }
        }
      }
      /** Decide the encoding from the first bytes; returns those bytes with any byte-order mark removed. */
      sniff(b) {
        const b0 = b[0];
        const b1 = b[1];
        if (b0 === 239 && b1 === 187 && b[2] === 191) {
          this.declared(b.subarray(3).toString("latin1", 0, 200), ["utf-8", "utf8"]);
          this.encoding = "utf-8";
          return b.subarray(3);
        }
        if (b0 === 255 && b1 === 254 || b0 === 60 && b1 === 0 && b[2] === 63 && b[3] === 0) {
          this.encoding = "utf-16le";
          return b0 === 255 ? b.subarray(2) : b;
        }
        if (b0 === 254 && b1 === 255 || b0 === 0 && b1 === 60 && b[2] === 0 && b[3] === 63) {
          this.encoding = "utf-16be";
          return b0 === 254 ? b.subarray(2) : b;
        }
        const enc = this.declared(b.toString("latin1", 0, 200), void 0);
        this.encoding = enc === "iso-8859-1" || enc === "latin1" || enc === "latin-1" || enc === "iso8859-1" ? "latin1" : "utf-8";
        return b;
      }
      declared(head, bom) {
        if (!head.startsWith("<?xml")) return void 0;
        const end = head.indexOf("?>");
        const m = /encoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']/.exec(end < 0 ? head : head.slice(0, end));
        const enc = m?.[1]?.toLowerCase();
        if (enc === void 0) return void 0;
        const ok = bom ?? ["utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin1", "latin-1", "iso8859-1"];
        if (!ok.includes(enc)) {
          throw new UserError(
            `${this.source}: unsupported XML encoding "${enc}"${bom ? " (the byte-order mark says UTF-8)" : ""} (supported: UTF-8, UTF-16 with a byte-order mark, ISO-8859-1)`
          );
        }
        return enc;
      }
    };
  }
});

// src/flaky/junit.ts
import { closeSync, openSync, readSync as readSync2, statSync as statSync3 } from "node:fs";
async function parseJunitFile(path2, options2 = {}) {
  const limits = { ...DEFAULT_LIMITS, ...options2.limits };
  let size;
  try {
    const st = statSync3(path2);
    if (!st.isFile()) throw new UserError(`${path2}: not a regular file`);
    size = st.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(
      `${path2}: cannot read the JUnit report (${e.code ?? "error"})`
    );
  }
  if (size > limits.maxBytes) {
    throw new UserError(
      `${path2}: ${size} bytes, larger than ${limits.maxBytes} (cap on one report; split the report or raise the cap)`
    );
  }
  const p = new JunitParser(path2, options2);
  let fd;
  try {
    fd = openSync(path2, "r");
  } catch (e) {
    throw new UserError(
      `${path2}: cannot read the JUnit report (${e.code ?? "error"})`
    );
  }
  try {
    for (; ; ) {
      const chunk = Buffer.allocUnsafe(READ_CHUNK);
      let n;
      try {
        n = readSync2(fd, chunk, 0, READ_CHUNK, null);
      } catch (e) {
        throw new UserError(
          `${path2}: cannot read the JUnit report (${e.code ?? "error"})`
        );
      }
      if (n === 0) break;
      p.write(n === READ_CHUNK ? chunk : chunk.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  return p.end();
}
function mergeReports2(reports, options2 = {}) {
  const collector = new CaseCollector(options2.duplicates ?? "attempts");
  const suites = [];
  const notes = [];
  const sources = [];
  for (const r of reports) {
    sources.push(...r.sources);
    suites.push(...r.suites);
    notes.push(...r.notes);
    for (const c of r.cases) collector.add(c.id, c.id, c, [...c.attempts], r.sources.join(", "));
  }
  const cases = collector.finish();
  return { sources, cases, suites, totals: computeTotals(cases, suites.length), notes };
}
function statusOutcome(status) {
  if (status === void 0) return void 0;
  switch (status.trim().toLowerCase()) {
    case "fail":
    case "failed":
    case "failure":
      return "failed";
    case "error":
    case "errored":
      return "error";
    case "skip":
    case "skipped":
    case "notrun":
    case "not run":
    case "disabled":
    case "ignored":
    case "pending":
    case "todo":
      return "skipped";
    default:
      return void 0;
  }
}
function timeMs(v) {
  if (v === void 0) return void 0;
  const s = v.trim();
  if (!/^[0-9]{1,12}(\.[0-9]{0,12})?$/.test(s)) return void 0;
  return Math.round(Number(s) * 1e3);
}
function lineNumber(v) {
  if (v === void 0) return void 0;
  const s = v.trim();
  return /^[0-9]{1,9}$/.test(s) ? Number(s) : void 0;
}
function capText(s, max) {
  if (s.length <= max) return s;
  let cut2 = max;
  const c = s.charCodeAt(cut2 - 1);
  if (c >= 55296 && c <= 56319) cut2--;
  return `${s.slice(0, cut2)}\u2026 [${s.length - cut2} more characters]`;
}
var DEFAULT_LIMITS, READ_CHUNK, NONE, SUREFIRE, CaseCollector, Capture, RESULT_KIND, RETRY_KIND, SEVERITY, JunitParser;
var init_junit = __esm({
  "src/flaky/junit.ts"() {
    "use strict";
    init_errors();
    init_id();
    init_model2();
    init_xml_stream();
    DEFAULT_LIMITS = Object.freeze({
      maxBytes: 64 * 1024 * 1024,
      maxTagBytes: 1024 * 1024,
      maxAttributes: 256,
      maxDepth: 128,
      maxCases: 25e4,
      maxNameChars: 4096,
      maxMessageChars: 2e3,
      maxDetailChars: 8e3,
      maxOutputChars: 8e3,
      maxRetainedChars: 16 * 1024 * 1024,
      maxProperties: 100,
      maxPropertyChars: 1e3
    });
    READ_CHUNK = 1024 * 1024;
    NONE = Object.freeze([]);
    SUREFIRE = Object.freeze(["surefire"]);
    CaseCollector = class {
      constructor(policy) {
        this.policy = policy;
      }
      policy;
      /** By printed id: every case. */
      byId = /* @__PURE__ */ new Map();
      /** By full identity tuple: the first case of each tuple (what later occurrences merge into). */
      byKey = /* @__PURE__ */ new Map();
      /** Highest `#n` handed out per base id. */
      occurrences = /* @__PURE__ */ new Map();
      cases = [];
      add(base, key, fields, attempts, report2) {
        const same = this.policy === "attempts" ? this.byKey.get(key) : void 0;
        if (same !== void 0) {
          same.c.attempts.push(...attempts);
          const forms = new Set(same.c.retryForms);
          forms.add(same.report === report2 ? "duplicates" : "files");
          for (const f of fields.retryForms) forms.add(f);
          same.c.retryForms = [...forms];
          return;
        }
        let id = base;
        if (this.byId.has(base)) {
          let n = this.occurrences.get(base) ?? 1;
          do
            id = occurrenceId(base, ++n);
          while (this.byId.has(id));
          this.occurrences.set(base, n);
        }
        const c = {
          id,
          name: fields.name,
          classname: fields.classname,
          suitePath: fields.suitePath,
          attempts,
          outcome: "skipped",
          timeMs: 0,
          properties: fields.properties,
          retryForms: fields.retryForms
        };
        if (fields.file !== void 0) c.file = fields.file;
        if (fields.line !== void 0) c.line = fields.line;
        const entry = { c, report: report2 };
        this.byId.set(id, entry);
        if (this.policy === "attempts" && !this.byKey.has(key)) this.byKey.set(key, entry);
        this.cases.push(c);
      }
      finish() {
        for (const c of this.cases) {
          c.outcome = caseOutcome(c.attempts);
          let t = 0;
          for (const a of c.attempts) t += a.timeMs ?? 0;
          c.timeMs = t;
        }
        return this.cases;
      }
    };
    Capture = class {
      constructor(cap, budget) {
        this.cap = cap;
        this.budget = budget;
      }
      cap;
      budget;
      parts = [];
      kept = 0;
      dropped = 0;
      add(piece) {
        const room = Math.min(this.cap - this.kept, this.budget.left);
        if (room <= 0) {
          if (this.budget.left <= 0 && this.kept < this.cap) this.budget.exhausted++;
          this.dropped += piece.length;
          return;
        }
        const take = piece.length <= room ? piece : piece.slice(0, room);
        this.parts.push(take);
        this.kept += take.length;
        this.budget.left -= take.length;
        this.dropped += piece.length - take.length;
      }
      result() {
        let text2 = this.parts.join("");
        text2 = this.dropped > 0 ? text2.trimStart() : text2.trim();
        if (text2 === "" && this.dropped === 0) return void 0;
        return { text: text2, dropped: this.dropped };
      }
    };
    RESULT_KIND = Object.assign(
      /* @__PURE__ */ Object.create(null),
      {
        failure: "failed",
        error: "error",
        skipped: "skipped"
      }
    );
    RETRY_KIND = Object.assign(
      /* @__PURE__ */ Object.create(null),
      {
        flakyFailure: ["failed", "flaky"],
        flakyError: ["error", "flaky"],
        rerunFailure: ["failed", "rerun"],
        rerunError: ["error", "rerun"]
      }
    );
    SEVERITY = { passed: 0, skipped: 1, failed: 2, error: 3 };
    JunitParser = class {
      constructor(source, options2) {
        this.source = source;
        this.limits = { ...DEFAULT_LIMITS, ...options2.limits };
        this.budget.left = this.limits.maxRetainedChars;
        this.roots = options2.roots ?? [];
        this.merging = options2.duplicates === "attempts";
        this.collector = new CaseCollector(options2.duplicates ?? "distinct");
        this.reader = new XmlReader(source, this, this.limits);
      }
      source;
      reader;
      limits;
      roles = [];
      suites = [];
      suiteList = [];
      collector;
      merging;
      budget = { left: 0, exhausted: 0 };
      roots;
      current;
      result;
      props;
      caseCount = 0;
      /** `tests` declared by outermost suites: only used to say so when a report declares tests but lists none. */
      declaredTests = 0;
      cut = { names: 0, messages: 0, details: 0, output: 0, properties: 0 };
      /** Set while text is wanted (the tokenizer skips text for free otherwise). */
      text;
      write(chunk) {
        this.reader.write(chunk);
      }
      end() {
        this.reader.end();
        const cases = this.collector.finish();
        const notes = [];
        const l = this.limits;
        if (this.cut.names > 0)
          notes.push(
            `${this.cut.names} test name(s) longer than ${l.maxNameChars} characters were cut (their ids stay distinct)`
          );
        if (this.cut.messages > 0)
          notes.push(`${this.cut.messages} message(s) longer than ${l.maxMessageChars} characters were cut`);
        if (this.cut.details > 0)
          notes.push(`${this.cut.details} failure text(s) longer than ${l.maxDetailChars} characters were cut`);
        if (this.cut.output > 0)
          notes.push(`${this.cut.output} captured output(s) longer than ${l.maxOutputChars} characters were cut`);
        if (this.cut.properties > 0)
          notes.push(
            `${this.cut.properties} propert(y/ies) beyond the cap of ${l.maxProperties} per element, or longer than ${l.maxPropertyChars} characters, were cut`
          );
        if (cases.length === 0 && this.declaredTests > 0) {
          notes.push(
            `the report's suites declare ${this.declaredTests} test(s) but list no testcase: counted as none`
          );
        }
        if (this.budget.exhausted > 0)
          notes.push(
            `text kept from the report reached ${l.maxRetainedChars} characters: later failure texts and output were dropped`
          );
        return {
          sources: [this.source],
          cases,
          suites: this.suiteList,
          totals: computeTotals(cases, this.suiteList.length),
          notes
        };
      }
      open(name, attrs) {
        const parent = this.roles[this.roles.length - 1];
        let role = "other";
        if (parent === void 0) {
          if (name === "testsuites") role = "testsuites";
          else if (name === "testsuite") role = this.openSuite(attrs);
          else {
            throw new UserError(
              `${this.source}: not a JUnit report (root element <${name.slice(0, 40)}>, expected <testsuites> or <testsuite>)`
            );
          }
        } else if (parent === "testsuites" || parent === "suite") {
          if (name === "testsuite") role = this.openSuite(attrs);
          else if (name === "testcase") role = this.openCase(attrs);
          else if (parent === "suite" && (name === "system-out" || name === "system-err")) {
            const s = this.suites[this.suites.length - 1];
            const cap = this.newCapture(this.limits.maxOutputChars);
            if (name === "system-out") s.out = cap;
            else s.err = cap;
            role = name === "system-out" ? "out" : "err";
            this.startText(cap);
          } else if (parent === "suite" && name === "properties") {
            role = "properties";
            this.props = this.suites[this.suites.length - 1].properties;
          }
        } else if (parent === "case") {
          const c = this.current;
          const kind = RESULT_KIND[name];
          const retry = RETRY_KIND[name];
          if (kind !== void 0 || retry !== void 0) {
            const r = {
              kind: kind ?? retry[0],
              origin: kind !== void 0 ? "testcase" : retry[1],
              message: this.capAttr(attrs.get("message")),
              type: this.capAttr(attrs.get("type")),
              timeMs: kind !== void 0 ? void 0 : timeMs(attrs.get("time"))
            };
            if (kind !== void 0) c.results.push(r);
            else c.retries.push(r);
            this.result = r;
            role = kind !== void 0 ? "result" : "retry";
            r.details = this.newCapture(this.limits.maxDetailChars);
            this.startText(r.details);
          } else if (name === "system-out" || name === "system-err") {
            const cap = this.newCapture(this.limits.maxOutputChars);
            if (name === "system-out") c.out = cap;
            else c.err = cap;
            role = name === "system-out" ? "out" : "err";
            this.startText(cap);
          } else if (name === "properties") {
            role = "properties";
            this.props = c.properties;
          }
        } else if (parent === "retry" || parent === "result") {
          const r = this.result;
          if (name === "stackTrace") {
            role = "details";
            this.startText(r.details);
          } else if (name === "system-out" || name === "system-err") {
            const cap = this.newCapture(this.limits.maxOutputChars);
            if (name === "system-out") r.out = cap;
            else r.err = cap;
            role = name === "system-out" ? "out" : "err";
            this.startText(cap);
          } else this.stopText();
        } else if (parent === "properties" && name === "property") {
          role = "property";
          this.addProperty(attrs);
        }
        if (role === "other") this.stopText();
        this.roles.push(role);
      }
      close() {
        const role = this.roles.pop();
        if (role !== void 0) this.afterClose(role);
      }
      afterClose(role) {
        switch (role) {
          case "suite":
            this.closeSuite();
            break;
          case "case":
            this.closeCase();
            break;
          case "result":
          case "retry":
            this.result = void 0;
            this.stopText();
            break;
          case "properties":
            this.props = void 0;
            break;
          default:
            break;
        }
        const parent = this.roles[this.roles.length - 1];
        if ((parent === "result" || parent === "retry") && this.result?.details !== void 0)
          this.startText(this.result.details);
        else if (role === "out" || role === "err" || role === "details") this.stopText();
      }
      startText(cap) {
        this.text = cap.add.bind(cap);
      }
      stopText() {
        this.text = void 0;
      }
      newCapture(cap) {
        return new Capture(cap, this.budget);
      }
      capAttr(v) {
        if (v === void 0) return void 0;
        if (v.length > this.limits.maxMessageChars) this.cut.messages++;
        return capText(v, this.limits.maxMessageChars);
      }
      addProperty(attrs) {
        const list = this.props;
        if (list === void 0) return;
        const name = attrs.get("name") ?? "";
        const value = attrs.get("value") ?? "";
        if (list.length >= this.limits.maxProperties) {
          this.cut.properties++;
          return;
        }
        const max = this.limits.maxPropertyChars;
        if (name.length > max || value.length > max) this.cut.properties++;
        list.push([capText(name, max), capText(value, max)]);
      }
      /** The current suite path, one shared (never mutated) array per suite. */
      suitePath() {
        const top = this.suites[this.suites.length - 1];
        if (top === void 0) return NONE;
        return top.path ??= this.suites.map((s) => s.name);
      }
      openSuite(attrs) {
        const file = attrs.get("file");
        if (this.suites.length === 0) {
          const declared = Number(attrs.get("tests") ?? "0");
          if (Number.isSafeInteger(declared) && declared > 0) this.declaredTests += declared;
        }
        const parentFile = this.suites[this.suites.length - 1]?.file;
        this.suites.push({ name: attrs.get("name") ?? "", file: file ?? parentFile, properties: [] });
        return "suite";
      }
      closeSuite() {
        const s = this.suites.pop();
        const suite = { path: [...this.suites.map((x) => x.name), s.name], properties: s.properties };
        if (s.file !== void 0) suite.file = normaliseFile(s.file, this.roots);
        const out = s.out?.result();
        const err = s.err?.result();
        if (out !== void 0) suite.systemOut = out;
        if (err !== void 0) suite.systemErr = err;
        this.countCuts(out, err);
        this.suiteList.push(suite);
      }
      openCase(attrs) {
        if (++this.caseCount > this.limits.maxCases) {
          throw new UserError(`${this.source}: more than ${this.limits.maxCases} test cases (cap on one report)`);
        }
        const name = attrs.get("name") ?? "";
        this.current = {
          name,
          nameLength: name.length,
          classname: attrs.get("classname") ?? attrs.get("class") ?? "",
          file: attrs.get("file") ?? this.suites[this.suites.length - 1]?.file,
          line: lineNumber(attrs.get("line")),
          timeMs: timeMs(attrs.get("time")),
          status: attrs.get("status"),
          results: [],
          retries: [],
          properties: []
        };
        return "case";
      }
      closeCase() {
        const c = this.current;
        this.current = void 0;
        this.stopText();
        let main;
        for (const r of c.results) if (main === void 0 || SEVERITY[r.kind] > SEVERITY[main.kind]) main = r;
        const status = c.status?.trim().toLowerCase();
        let outcome = main?.kind ?? statusOutcome(c.status) ?? "passed";
        if (status === "disabled" || status === "notrun") outcome = "skipped";
        const report2 = this.source;
        const own = { outcome, origin: "testcase", report: report2, results: c.results.length };
        if (main?.message !== void 0) own.message = main.message;
        if (main?.type !== void 0) own.type = main.type;
        const details2 = main?.details?.result();
        if (details2 !== void 0) own.details = details2;
        if (c.timeMs !== void 0) own.timeMs = c.timeMs;
        const out = c.out?.result();
        const err = c.err?.result();
        if (out !== void 0) own.systemOut = out;
        if (err !== void 0) own.systemErr = err;
        this.countCuts(out, err);
        if (details2 !== void 0 && details2.dropped > 0) this.cut.details++;
        const before = [];
        const after = [];
        for (const r of c.retries) {
          const a = { outcome: r.kind, origin: r.origin, report: report2, results: 1 };
          if (r.message !== void 0) a.message = r.message;
          if (r.type !== void 0) a.type = r.type;
          if (r.timeMs !== void 0) a.timeMs = r.timeMs;
          const d = r.details?.result();
          if (d !== void 0) {
            a.details = d;
            if (d.dropped > 0) this.cut.details++;
          }
          const o = r.out?.result();
          const e = r.err?.result();
          if (o !== void 0) a.systemOut = o;
          if (e !== void 0) a.systemErr = e;
          this.countCuts(o, e);
          if (r.origin === "flaky") before.push(a);
          else after.push(a);
        }
        const attempts = [...before, own, ...after];
        const suitePath = this.suitePath();
        const file = c.file === void 0 || c.file === "" ? void 0 : normaliseFile(c.file, this.roots);
        const key = { file, suitePath, classname: c.classname, name: c.name };
        const base = caseId(key);
        let name = c.name;
        if (name.length > this.limits.maxNameChars) {
          this.cut.names++;
          name = capText(name, this.limits.maxNameChars);
        }
        const fields = {
          name,
          classname: capText(c.classname, this.limits.maxNameChars),
          suitePath,
          properties: c.properties.length > 0 ? c.properties : NONE,
          retryForms: c.retries.length > 0 ? SUREFIRE : NONE
        };
        if (file !== void 0) fields.file = file;
        if (c.line !== void 0) fields.line = c.line;
        const tupleKey = this.merging ? JSON.stringify([file ?? null, suitePath, c.classname, c.name]) : "";
        this.collector.add(base, tupleKey, fields, attempts, report2);
      }
      countCuts(out, err) {
        if (out !== void 0 && out.dropped > 0) this.cut.output++;
        if (err !== void 0 && err.dropped > 0) this.cut.output++;
      }
    };
  }
});

// src/flaky/render.ts
function summaryLine2(v, bad, proposals) {
  const t = v.tests;
  const parts = ["passed", "failed", "flaky", "quarantined", "skipped"].filter((k) => t[k] > 0).map((k) => `${t[k]} ${k}`);
  let line = `${plural(t.total, "test")}${parts.length > 0 ? `: ${parts.join(", ")}` : ""}`;
  if (bad.length > 0) line += `; ${plural(bad.length, "report")} unreadable`;
  if (v.infra) line += `; infrastructure failure (${v.infra.failed} of ${v.infra.ran} failed)`;
  const p = proposals.quarantine.length;
  const r = proposals.release.length;
  if (p > 0) line += `; ${p} proposed for quarantine`;
  if (r > 0) line += `; ${r} proposed for release`;
  return line;
}
function blobPrefix2(s) {
  if (!s) return null;
  let origin;
  try {
    const u = new URL(s.serverUrl);
    if (u.protocol !== "https:" && u.protocol !== "http:" || u.username !== "" || u.password !== "")
      return null;
    origin = u.origin;
  } catch {
    return null;
  }
  if (!/^[A-Za-z0-9_.-]{1,100}$/.test(s.owner) || !/^[A-Za-z0-9_.-]{1,100}$/.test(s.repo)) return null;
  if (s.repo === "." || s.repo === ".." || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(s.sha)) return null;
  return `${origin}/${s.owner}/${s.repo}/blob/${s.sha.toLowerCase()}/`;
}
function repoPath(file) {
  if (file === void 0 || file === "" || file.length > 1e3) return void 0;
  if (file.startsWith("/") || /^[A-Za-z]:/.test(file) || /[\u0000-\u001f\u007f]/.test(file)) return void 0;
  if (file.split("/").some((s) => s === "" || s === "." || s === "..")) return void 0;
  return file;
}
function fileLink(prefix, file, line) {
  const shown = inlineCode(`${file}${line !== void 0 ? `:${line}` : ""}`, 120);
  if (prefix === null) return shown;
  let encoded;
  try {
    encoded = file.split("/").map(
      (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    ).join("/");
  } catch {
    return shown;
  }
  return `[${shown}](${prefix}${encoded}${line !== void 0 ? `#L${line}` : ""})`;
}
function attemptsText(c) {
  const letters = c.case.attempts.map(
    (a) => a.outcome === "passed" ? "pass" : a.outcome === "failed" ? "fail" : a.outcome === "error" ? "error" : "skip"
  );
  return `${c.attempts}: ${letters.slice(0, 10).join(" \u2192 ")}${letters.length > 10 ? " \u2026" : ""}`;
}
function lastMessage(c) {
  for (let i = c.case.attempts.length - 1; i >= 0; i--) {
    const a = c.case.attempts[i];
    if (a && (a.outcome === "failed" || a.outcome === "error")) {
      const text2 = a.message ?? a.details?.text.split("\n")[0] ?? "";
      return text2 === "" ? a.outcome : text2;
    }
  }
  return "";
}
function section(id, heading, body, priority) {
  return {
    id,
    full: `#### ${heading}

${body}`,
    collapsed: `#### ${heading}

_Listed in the fragment's JSON and the job log._`,
    priority
  };
}
function more(omitted, what) {
  return omitted > 0 ? `

_${omitted} more ${what} not shown._` : "";
}
function casesTable(rows, prefix, what) {
  const cut2 = cutTableRows(rows, MAX_ROWS);
  const body = table(
    ["Test", "Outcome", "Attempts", "Where", "Last failure"],
    cut2.rows.map((c) => {
      const file = repoPath(c.case.file);
      return [
        inlineCode(c.id, MAX_ID_SHOWN),
        c.outcome === "failed" ? "\u274C failed" : c.outcome === "quarantined" ? "\u{1F512} quarantined" : "\u26A0\uFE0F flaky",
        attemptsText(c),
        file ? fileLink(prefix, file, c.case.line) : "",
        escapeCell(lastMessage(c), MAX_MESSAGE_SHOWN)
      ];
    }),
    ["l", "l", "r", "l", "l"]
  );
  return body + more(cut2.omitted, what);
}
function rate(x) {
  return `${Math.round(x * 100)}%`;
}
function statsTable(rows, what) {
  const cut2 = cutTableRows(rows, MAX_ROWS);
  return table(
    ["Test", "Runs", "Flakes (commits)", "Flake rate", "Flip rate"],
    cut2.rows.map((s) => [
      inlineCode(s.id, MAX_ID_SHOWN),
      String(s.runs),
      `${s.flakes} (${s.flakeCommits})`,
      rate(s.flakeRate),
      rate(s.flipRate)
    ]),
    ["l", "r", "r", "r", "r"]
  ) + more(cut2.omitted, what);
}
function entryLine(e, extra) {
  const issue = e.issue !== void 0 ? ` (issue ${escapeText(e.issue, 120)})` : "";
  return `- ${inlineCode(e.id, MAX_ID_SHOWN, { cell: false })}: ${escapeText(e.reason, 200)}${issue}${extra}`;
}
function renderFlaky(input) {
  const { verdict: v, quarantine, proposals, history, bad } = input;
  const status = v.status;
  const summary = summaryLine2(v, bad, proposals);
  const prefix = blobPrefix2(input.source);
  const sections = [];
  const failing = v.cases.filter((c) => c.outcome === "failed");
  const quarantined = v.cases.filter((c) => c.outcome === "quarantined");
  const flaky = v.cases.filter((c) => c.outcome === "flaky");
  if (bad.length > 0) {
    const cut2 = cutTableRows(bad, MAX_ROWS);
    sections.push(
      section(
        "unreadable",
        `Unreadable reports (${bad.length}): the gate fails closed`,
        cut2.rows.map((b) => `- ${inlineCode(b.file, 200, { cell: false })}: ${escapeText(b.reason, 300)}`).join("\n") + more(cut2.omitted, "reports"),
        100
      )
    );
  }
  if (failing.length + flaky.length > 0) {
    sections.push(
      section(
        "cases",
        `Failed and flaky tests (${failing.length} failed, ${flaky.length} flaky)`,
        casesTable([...failing, ...flaky], prefix, "tests"),
        90
      )
    );
  }
  const quarantineLines = [];
  if (quarantined.length > 0) quarantineLines.push(casesTable(quarantined, prefix, "quarantined failures"));
  const listedOk = v.cases.filter((c) => c.quarantine && c.outcome !== "quarantined");
  if (listedOk.length > 0) {
    const cut2 = cutTableRows(listedOk, MAX_ROWS);
    quarantineLines.push(
      `Quarantined and did not fail in this run:

${cut2.rows.map((c) => entryLine(c.quarantine, ` \u2014 ${c.outcome}`)).join("\n")}${more(cut2.omitted, "entries")}`
    );
  }
  if (quarantine.expired.length > 0) {
    const cut2 = cutTableRows(quarantine.expired, MAX_ROWS);
    quarantineLines.push(
      `Expired entries (they quarantine nothing any more), proposed for removal:

${cut2.rows.map((e) => entryLine(e, ` \u2014 expired ${e.expires ?? ""}, propose removal`)).join("\n")}${more(cut2.omitted, "entries")}`
    );
  }
  if (v.unmatched.length > 0) {
    const n = v.unmatched.length;
    quarantineLines.push(
      `${n} quarantine ${n === 1 ? "entry" : "entries"} matched no test of this run (another shard, or a renamed test).`
    );
  }
  if (quarantineLines.length > 0) {
    const file = quarantine.source !== void 0 ? ` in ${inlineCode(quarantine.source, 200, { cell: false })}` : "";
    sections.push(section("quarantine", `Quarantine${file}`, quarantineLines.join("\n\n"), 80));
  }
  if (proposals.quarantine.length > 0) {
    sections.push(
      section(
        "propose-quarantine",
        `Proposed for quarantine (${proposals.quarantine.length})`,
        statsTable(proposals.quarantine, "tests"),
        70
      )
    );
  }
  if (proposals.release.length > 0) {
    sections.push(
      section(
        "propose-release",
        `Proposed for release (${proposals.release.length})`,
        statsTable(proposals.release, "tests"),
        60
      )
    );
  }
  const notes = input.notes.slice(0, MAX_NOTES).map((n) => `- ${escapeText(n, 300)}`);
  if (input.notes.length > MAX_NOTES) notes.push(`- ${input.notes.length - MAX_NOTES} more notes`);
  if (notes.length > 0) sections.push(section("notes", "Notes", notes.join("\n"), 10));
  const sentence = [];
  if (status === "pass") {
    sentence.push(
      quarantined.length > 0 ? `Every failing test is quarantined: ${plural(quarantined.length, "quarantined test")} failed and did not block.` : "No test failed."
    );
  } else sentence.push(`${v.reasons.map((r) => escapeText(r, 300)).join("; ")}.`);
  if (v.infra) {
    sentence.push(
      `**Infrastructure failure**: ${v.infra.failed} of ${v.infra.ran} tests that ran failed, so this run is not recorded in the flake history.`
    );
  }
  const learned = history.learned ? `History: ${plural(history.runs, "run")} in the window, this one included (${escapeText(history.note, 300)}).` : `History: ${history.runs > 0 ? `${plural(history.runs, "run")} (${escapeText(history.note, 300)})` : escapeText(history.note, 300)}; this run not recorded${history.notLearned ? ` (${escapeText(history.notLearned, 200)})` : ""}.`;
  sentence.push(learned);
  const draft = { status, title: TITLE2, summary };
  const head = `${headingLine(draft)}

${sentence.join(" ")}`;
  const tail = input.url ? `[Workflow run](${input.url})` : "";
  const fitted = fitToBudget(head, sections, tail, SECTION_BUDGET);
  return makeFragment({
    gate: GATE_ID2,
    status,
    title: TITLE2,
    summary,
    markdown: fitted.text,
    metrics: {
      tests: v.tests.total,
      passed: v.tests.passed,
      failed: v.tests.failed,
      flaky: v.tests.flaky,
      quarantined: v.tests.quarantined,
      skipped: v.tests.skipped,
      unreadableReports: bad.length,
      infrastructureFailure: v.infra !== void 0,
      proposedQuarantine: proposals.quarantine.length,
      proposedRelease: proposals.release.length,
      expiredQuarantine: quarantine.expired.length,
      historyRuns: history.runs
    },
    statusContext: `quality-gates/${GATE_ID2}`,
    annotations: annotationsFor2(v.cases),
    ...input.sha && /^[0-9a-f]{7,40}$/.test(input.sha) ? { sha: input.sha } : {},
    ...input.url ? { url: input.url } : {}
  });
}
function annotationsFor2(cases, max = MAX_ANNOTATIONS2) {
  const out = [];
  for (const c of cases) {
    if (out.length >= max) break;
    if (c.outcome !== "failed") continue;
    const path2 = repoPath(c.case.file);
    if (path2 === void 0) continue;
    const line = c.case.line !== void 0 && c.case.line >= 1 ? c.case.line : 1;
    const message = `${c.id}
failed in ${plural(c.attempts, "attempt")}: ${lastMessage(c)}`;
    out.push({
      path: path2,
      startLine: line,
      endLine: line,
      level: "failure",
      title: `Test failed: ${c.case.name}`.slice(0, 200),
      message: message.length > 4e3 ? `${message.slice(0, 3999)}\u2026` : message
    });
  }
  return out;
}
var GATE_ID2, TITLE2, MAX_ANNOTATIONS2, SECTION_BUDGET, MAX_ROWS, MAX_ID_SHOWN, MAX_MESSAGE_SHOWN, MAX_NOTES, plural;
var init_render2 = __esm({
  "src/flaky/render.ts"() {
    "use strict";
    init_fragment();
    init_markdown();
    GATE_ID2 = "flaky";
    TITLE2 = "Flaky tests";
    MAX_ANNOTATIONS2 = 50;
    SECTION_BUDGET = 4e4;
    MAX_ROWS = 25;
    MAX_ID_SHOWN = 160;
    MAX_MESSAGE_SHOWN = 160;
    MAX_NOTES = 10;
    plural = (n, word2) => `${n} ${word2}${n === 1 ? "" : "s"}`;
  }
});

// src/flaky/output.ts
function writeJsonResult2(run, write) {
  const v = run.verdict;
  const t = v.tests;
  const tests = {
    total: t.total,
    passed: t.passed,
    failed: t.failed,
    skipped: t.skipped,
    flaky: t.flaky,
    quarantined: t.quarantined
  };
  write(`{"gate":"flaky","status":${JSON.stringify(v.status)},"tests":${JSON.stringify(tests)},"cases":[`);
  let piece = "";
  for (let i = 0; i < v.cases.length; i++) {
    const c = v.cases[i];
    piece += `${i > 0 ? "," : ""}{"id":${JSON.stringify(c.id)},"outcome":"${c.outcome}","attempts":${c.attempts}}`;
    if (piece.length >= 65536) {
      write(piece);
      piece = "";
    }
  }
  write(`${piece}]}
`);
}
function humanResult2(run) {
  const v = run.verdict;
  const out = [
    `flaky: ${summaryLine2(v, run.bad, run.proposals)} (from ${run.files.length} report${run.files.length === 1 ? "" : "s"})`
  ];
  const listed = v.cases.filter(
    (c) => c.outcome === "failed" || c.outcome === "flaky" || c.outcome === "quarantined"
  );
  for (const c of listed.slice(0, MAX_LISTED))
    out.push(
      `  ${c.outcome.toUpperCase().padEnd(11)} ${c.id} (${c.attempts} attempt${c.attempts === 1 ? "" : "s"})`
    );
  if (listed.length > MAX_LISTED) out.push(`  \u2026 and ${listed.length - MAX_LISTED} more (see --json)`);
  for (const b of run.bad) out.push(`UNREADABLE ${b.file}: ${b.reason}`);
  for (const e of run.quarantine.expired)
    out.push(`note quarantine entry expired ${e.expires ?? ""}, propose removal: ${e.id}`);
  for (const s of run.proposals.quarantine)
    out.push(`note propose quarantine: ${s.id} (${s.flakes} flakes on ${s.flakeCommits} commits)`);
  for (const s of run.proposals.release)
    out.push(`note propose release: ${s.id} (${s.cleanStreak} clean runs)`);
  if (v.infra)
    out.push(
      `note infrastructure failure: ${v.infra.failed} of ${v.infra.ran} tests failed; not recorded in the history`
    );
  out.push(`note ${run.history}`);
  for (const r of v.reasons) out.push(`FAIL ${r}`);
  out.push(`${v.status.toUpperCase()}`);
  return `${out.join("\n")}
`;
}
var MAX_LISTED;
var init_output2 = __esm({
  "src/flaky/output.ts"() {
    "use strict";
    init_render2();
    MAX_LISTED = 50;
  }
});

// src/flaky/policy.ts
function testStats(history) {
  const out = [];
  for (let i = 0; i < history.ids.length; i++) {
    const passedOn = /* @__PURE__ */ new Set();
    for (const r of history.runs) {
      const c = codeAt(r, i);
      if (c === "p" || c === "k") passedOn.add(r.sha);
    }
    const s = {
      id: history.ids[i],
      runs: 0,
      passes: 0,
      failures: 0,
      flakes: 0,
      flakeCommits: 0,
      flips: 0,
      flakeRate: 0,
      flipRate: 0,
      broken: false,
      cleanStreak: 0
    };
    const flakeShas = /* @__PURE__ */ new Set();
    let previous;
    let failStreak = 0;
    for (const r of history.runs) {
      const c = codeAt(r, i);
      if (c === "-" || c === "s") continue;
      s.runs++;
      const flake = c === "k" || c === "f" && r.sha !== "local" && passedOn.has(r.sha);
      if (flake) {
        s.flakes++;
        flakeShas.add(r.sha);
      }
      if (c === "f") s.failures++;
      else s.passes++;
      const final = c === "f" ? "fail" : "pass";
      if (previous !== void 0 && previous !== final) s.flips++;
      previous = final;
      failStreak = c === "f" ? failStreak + 1 : 0;
      if (c === "p") s.cleanStreak++;
      else {
        s.cleanStreak = 0;
        s.lastBad = r.date;
      }
    }
    s.flakeCommits = flakeShas.size;
    s.flakeRate = s.runs > 0 ? s.flakes / s.runs : 0;
    s.flipRate = s.runs > 1 ? s.flips / (s.runs - 1) : 0;
    s.broken = s.runs > 0 && (s.passes === 0 || failStreak >= BROKEN_STREAK);
    out.push(s);
  }
  return out;
}
function propose(history, quarantine, opts, now) {
  const stats = testStats(history);
  const byId = new Map(stats.map((s) => [s.id, s]));
  const quarantineList = [];
  for (const s of stats) {
    if (quarantine.active.has(s.id) || s.broken) continue;
    if (s.flakes >= opts.flakes && s.flakeCommits >= 2) quarantineList.push(s);
  }
  const release = [];
  const oldest = history.runs[0]?.date;
  const dayMs = 864e5;
  for (const entry of quarantine.active.values()) {
    const s = byId.get(entry.id);
    if (s === void 0 || s.cleanStreak < opts.cleanRuns || s.cleanStreak === 0) continue;
    const since = s.lastBad ?? entry.since ?? oldest;
    if (since === void 0) continue;
    if (now.getTime() - Date.parse(since) < opts.cleanDays * dayMs) continue;
    release.push({ ...s, ...entry.since !== void 0 ? { since: entry.since } : {} });
  }
  const byRate = (a, b) => b.flakeRate - a.flakeRate || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { quarantine: quarantineList.sort(byRate), release };
}
var BROKEN_STREAK;
var init_policy = __esm({
  "src/flaky/policy.ts"() {
    "use strict";
    init_history2();
    BROKEN_STREAK = 3;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path2) {
      const ctrl = callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visit_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path2) {
      const ctrl = await callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visitAsync_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path2);
      return void 0;
    }
    function replaceNode(key, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count2 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v = value;
      for (let i = path2.length - 1; i >= 0; --i) {
        const k = path2[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          const [key, ...rest] = path2;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key, ...rest] = path2;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        const [key, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str2 += "\\x" + code2.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options2) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options2);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log2 = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log2.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options2) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options2);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add2 = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add2(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add2(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num3 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num3))
        return isNaN(num3) ? ".nan" : num3 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num3 = Number(node.value);
        return isFinite(num3) ? num3.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num3 = Number(node.value);
        return isFinite(num3) ? num3.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num3 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num3(60) + num3(p), num3(0));
      return sign === "-" ? num3(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num3 = (n) => n;
      if (typeof value === "bigint")
        num3 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num3(-1);
      }
      const _60 = num3(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options2) {
      const lines = [];
      let hasDirectives = options2.directives === true;
      if (options2.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options2);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options2) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options2 === void 0 && replacer) {
          options2 = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options2);
        this.options = opt;
        let { version } = opt;
        if (options2?._directives) {
          this.directives = options2._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options2);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options2);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options2) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options2 === void 0 && replacer) {
          options2 = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options2 ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options2 = {}) {
        const k = this.createNode(key, null, options2);
        const v = this.createNode(value, null, options2);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options2 = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options2.schema instanceof Object)
          this.schema = options2.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options2));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options2 = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options2 && (!Number.isInteger(options2.indent) || Number(options2.indent) <= 0)) {
          const s = JSON.stringify(options2.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options2);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw2 = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw2}`);
            res += raw2;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw2 = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw2}`);
        return raw2;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options: options2 }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options2.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options2, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options2);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options2 = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options2.version || "1.2" });
        this.options = options2;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field, index] of path2) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path2) => {
      const parent = visit.itemAtPath(cst, path2.slice(0, -1));
      const field = path2[path2.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log2 = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options2) {
      const prettyErrors = options2.prettyErrors !== false;
      const lineCounter$1 = options2.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options2 = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options2);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options2);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument3(source, options2 = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options2);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options2);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options2) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options2 === void 0 && reviver && typeof reviver === "object") {
        options2 = reviver;
      }
      const doc = parseDocument3(src, options2);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log2.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options2));
    }
    function stringify(value, replacer, options2) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options2 === void 0 && replacer) {
        options2 = replacer;
      }
      if (typeof options2 === "string")
        options2 = options2.length;
      if (typeof options2 === "number") {
        const indent = Math.round(options2);
        options2 = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options2 ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options2);
      return new Document.Document(value, _replacer, options2).toString(options2);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument3;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/flaky/quarantine.ts
function isCalendarDate(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}
function utcDay(now) {
  return now.toISOString().slice(0, 10);
}
function parseQuarantine(text2, source, now) {
  if (text2.length > MAX_QUARANTINE_BYTES) {
    throw new UserError(`${source}: larger than ${MAX_QUARANTINE_BYTES} bytes (cap on the quarantine file)`);
  }
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text2, {
    schema: "core",
    uniqueKeys: true,
    merge: false,
    strict: true,
    prettyErrors: false,
    lineCounter: lines
  });
  const lineOf = (offset) => offset === void 0 ? 1 : lines.linePos(offset).line;
  const fail = (offset, what) => {
    throw new UserError(`${source}:${lineOf(offset)}: ${what}`);
  };
  const problem = doc.errors[0];
  if (problem) fail(problem.pos[0], `not valid YAML (${problem.message.split("\n")[0] ?? ""})`);
  const root = doc.contents;
  const empty2 = { source, active: /* @__PURE__ */ new Map(), expired: [] };
  if (root === null || (0, import_yaml.isScalar)(root) && (root.value === null || root.value === "")) return empty2;
  checkPlain(root, fail);
  if (!(0, import_yaml.isMap)(root)) return fail(root.range?.[0], 'expected a mapping with a "tests" list');
  let tests;
  for (const pair of root.items) {
    const key = (0, import_yaml.isScalar)(pair.key) ? pair.key.value : void 0;
    if (key !== "tests")
      fail(
        pair.key?.range?.[0],
        `unknown key ${JSON.stringify(String(key).slice(0, 40))} (expected "tests")`
      );
    tests = pair.value ?? void 0;
  }
  if (tests === void 0 || (0, import_yaml.isScalar)(tests) && tests.value === null) return empty2;
  if (!(0, import_yaml.isSeq)(tests)) return fail(tests.range?.[0], '"tests" must be a list of entries');
  if (tests.items.length > MAX_QUARANTINE_ENTRIES) {
    fail(tests.range?.[0], `more than ${MAX_QUARANTINE_ENTRIES} entries`);
  }
  const today = utcDay(now);
  const seen = /* @__PURE__ */ new Map();
  const out = { source, active: /* @__PURE__ */ new Map(), expired: [] };
  for (const item of tests.items) {
    const at2 = item.range?.[0];
    if (!(0, import_yaml.isMap)(item)) fail(at2, "each entry must be a mapping with id and reason");
    const fields = /* @__PURE__ */ Object.create(null);
    for (const pair of item.items) {
      const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
      if (!ENTRY_KEYS.has(key)) {
        fail(
          pair.key.range?.[0],
          `unknown key ${JSON.stringify(key.slice(0, 40))} (expected id, reason, issue, since, expires)`
        );
      }
      const value = pair.value === null ? null : (0, import_yaml.isScalar)(pair.value) ? pair.value.value : pair.value;
      fields[key] = { value, offset: pair.value?.range?.[0] ?? pair.key.range?.[0] };
    }
    const line = lineOf(at2);
    const str2 = (key, max, required) => {
      const f = fields[key];
      if (f === void 0 || f.value === null) {
        if (required) fail(at2, `entry without "${key}"`);
        return void 0;
      }
      if (typeof f.value !== "string" || f.value.trim() === "")
        fail(f.offset, `"${key}" must be a non-empty string`);
      const v = f.value;
      if (v.length > max) fail(f.offset, `"${key}" is longer than ${max} characters`);
      return v;
    };
    const id = str2("id", MAX_ID_CHARS2, true);
    if (/[\r\n]/.test(id))
      fail(fields.id?.offset, '"id" must be one line (a case id escapes newlines as \\n)');
    const reason2 = str2("reason", MAX_REASON_CHARS, true);
    const entry = { id, reason: reason2, line };
    const issue = fields.issue;
    if (issue !== void 0 && issue.value !== null) {
      if (typeof issue.value === "number") {
        if (!Number.isSafeInteger(issue.value) || issue.value < 1)
          fail(issue.offset, '"issue" must be a positive issue number or a URL');
        entry.issue = String(issue.value);
      } else entry.issue = str2("issue", MAX_ISSUE_CHARS, false);
    }
    for (const key of ["since", "expires"]) {
      const f = fields[key];
      if (f === void 0 || f.value === null) continue;
      if (typeof f.value !== "string" || !isCalendarDate(f.value)) {
        fail(
          f.offset,
          `"${key}" must be a date written YYYY-MM-DD, not ${JSON.stringify(String(f.value).slice(0, 40))}`
        );
      }
      entry[key] = f.value;
    }
    if (entry.since !== void 0 && entry.expires !== void 0 && entry.expires < entry.since) {
      fail(fields.expires?.offset, `"expires" ${entry.expires} is before "since" ${entry.since}`);
    }
    const first = seen.get(id);
    if (first !== void 0) fail(at2, `duplicate id (first listed on line ${first})`);
    seen.set(id, line);
    if (entry.expires !== void 0 && entry.expires < today) out.expired.push(entry);
    else out.active.set(id, entry);
  }
  return out;
}
function checkPlain(node, fail) {
  const stack = [node];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n === null || n === void 0) continue;
    if ((0, import_yaml.isAlias)(n)) fail(n.range?.[0], "aliases (*name) are not allowed in the quarantine file");
    const tagged = n;
    if (tagged.tag !== void 0)
      fail(tagged.range?.[0], `explicit tags (${tagged.tag.slice(0, 40)}) are not allowed`);
    if ((0, import_yaml.isMap)(n)) for (const p of n.items) stack.push(p.key, p.value);
    else if ((0, import_yaml.isSeq)(n)) for (const i of n.items) stack.push(i);
  }
}
var import_yaml, DEFAULT_QUARANTINE_FILE, MAX_QUARANTINE_BYTES, MAX_QUARANTINE_ENTRIES, MAX_ID_CHARS2, MAX_REASON_CHARS, MAX_ISSUE_CHARS, ENTRY_KEYS, EMPTY_QUARANTINE;
var init_quarantine = __esm({
  "src/flaky/quarantine.ts"() {
    "use strict";
    import_yaml = __toESM(require_dist(), 1);
    init_errors();
    DEFAULT_QUARANTINE_FILE = ".github/quality-gates/quarantine.yml";
    MAX_QUARANTINE_BYTES = 1024 * 1024;
    MAX_QUARANTINE_ENTRIES = 1e4;
    MAX_ID_CHARS2 = 8192;
    MAX_REASON_CHARS = 1e3;
    MAX_ISSUE_CHARS = 500;
    ENTRY_KEYS = /* @__PURE__ */ new Set(["id", "reason", "issue", "since", "expires"]);
    EMPTY_QUARANTINE = Object.freeze({
      active: /* @__PURE__ */ new Map(),
      expired: []
    });
  }
});

// src/flaky/gate.ts
var gate_exports2 = {};
__export(gate_exports2, {
  flakyGate: () => flakyGate
});
import { mkdir as mkdir5, readFile as readFile5, writeFile as writeFile6 } from "node:fs/promises";
import { isAbsolute as isAbsolute4, join as join6, relative as relative4, resolve as resolve8 } from "node:path";
async function loadQuarantine(host, given, now) {
  const path2 = given !== void 0 ? resolve8(host.cwd, given) : resolve8(host.workspace, DEFAULT_QUARANTINE_FILE);
  const shown = given ?? DEFAULT_QUARANTINE_FILE;
  let text2;
  try {
    text2 = await readFile5(path2, "utf8");
  } catch (e) {
    const code2 = e.code;
    if (code2 === "ENOENT" && given === void 0) return EMPTY_QUARANTINE;
    throw new UserError(`${shown}: cannot read the quarantine file (${code2 ?? "error"})`);
  }
  return parseQuarantine(text2, shown, now);
}
async function loadReports(specs, opts) {
  const paths = [];
  for (const spec of specs) {
    if (isDynamicPattern(spec)) {
      const found = (await glob([spec], { cwd: opts.cwd, absolute: true, onlyFiles: true, dot: true })).sort();
      if (found.length === 0)
        throw new UserError(
          `${opts.label} ${JSON.stringify(spec.slice(0, 200))} matched no files (in ${opts.cwd})`
        );
      paths.push(...found);
    } else paths.push(resolve8(opts.cwd, spec));
  }
  const unique = [...new Set(paths)];
  if (unique.length === 0) throw new UserError(`${opts.label}: no JUnit report given`);
  if (unique.length > MAX_REPORTS)
    throw new UserError(`${opts.label}: ${unique.length} reports, more than ${MAX_REPORTS}`);
  const reports = [];
  const bad = [];
  const files = [];
  for (const path2 of unique) {
    const rel = relative4(opts.cwd, path2);
    const shown = isAbsolute4(path2) && rel && !rel.startsWith("..") && !isAbsolute4(rel) ? rel : path2;
    files.push(shown);
    try {
      reports.push(await parseJunitFile(path2, { duplicates: opts.duplicates, roots: [opts.workspace] }));
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      const reason2 = e.message.startsWith(`${path2}: `) ? e.message.slice(path2.length + 2) : e.message;
      bad.push({ file: shown, reason: reason2 });
    }
  }
  if (reports.length === 0) {
    const first = bad[0];
    const others = bad.length > 1 ? ` (and ${bad.length - 1} more unreadable report${bad.length > 2 ? "s" : ""})` : "";
    throw new UserError(`${first.file}: ${first.reason}${others}`);
  }
  const report2 = reports.length === 1 ? reports[0] : mergeReports2(reports, { duplicates: "attempts" });
  return { report: report2, files, bad };
}
async function trackHistory(host, verdict, bad, opts) {
  const { file, store } = opts;
  const saves = file !== void 0 || store?.savesInAuto === true;
  let history = emptyHistory();
  let note;
  if (file !== void 0) {
    const text2 = await readFile5(file, "utf8").catch((e) => {
      if (e.code === "ENOENT") return void 0;
      throw new UserError(`${file}: cannot read the history file (${e.code ?? "error"})`);
    });
    if (text2 !== void 0) history = parseHistory(text2, file);
    note = text2 === void 0 ? `a new history file ${file}` : `from ${file}`;
  } else {
    const found = await findHistory(host, store, opts);
    history = found.history;
    note = found.note;
  }
  let notLearned;
  if (!saves) notLearned = "history is saved only by trusted runs on the default branch";
  else if (verdict.infra) notLearned = "infrastructure failure";
  else if (bad.length > 0) notLearned = "a report was unreadable";
  else if (verdict.tests.total === 0) notLearned = "no test ran";
  if (notLearned === void 0) {
    const ctx = host.context;
    const run = ctx.runId !== void 0 ? `${ctx.runId}-${ctx.runAttempt ?? 1}` : void 0;
    const record = recordRun(
      history,
      {
        sha: /^[0-9a-f]{7,64}$/.test(opts.sha) ? opts.sha : "local",
        date: opts.now.toISOString(),
        ...run ? { run } : {}
      },
      outcomesOf(verdict)
    );
    history = appendRun(history, record, opts.windowDays, opts.now);
    await saveHistory(host, history, opts).catch((error) => {
      if (file !== void 0 || !host.context.repository) throw error;
      const text2 = describeError(error);
      const rerun = /already exists/.test(text2);
      host.logger.log(
        rerun ? "notice" : "warning",
        rerun ? `the flake history of ${opts.sha.slice(0, 7)} was already saved by an earlier attempt of this run` : `the flake history was not saved: ${text2}`
      );
    });
  }
  return {
    history,
    info: {
      runs: history.runs.length,
      note,
      learned: notLearned === void 0,
      ...notLearned ? { notLearned } : {}
    }
  };
}
function* outcomesOf(verdict) {
  for (const c of verdict.cases) {
    const o = c.case.outcome;
    yield [c.id, o === "passed" ? "p" : o === "flaky" ? "k" : o === "skipped" ? "s" : "f"];
  }
}
async function findHistory(host, store, opts) {
  if (!store)
    return { history: emptyHistory(), note: "no history: no GitHub token or artifact service in this run" };
  const git = createGit(resolve8(host.workspace));
  const from = opts.baseSha ?? opts.sha;
  const candidates = async () => {
    if (!from) return [];
    const line = await firstParentAncestors(git, from, opts.walkBack + 1).catch(() => []);
    return line.length > 0 ? line : [from];
  };
  try {
    const found = await store.find(HISTORY_KIND, candidates, HISTORY_FILE);
    if (!found.found)
      return {
        history: emptyHistory(),
        note: found.note === "" ? "no history yet" : `no history: ${found.note}`
      };
    const what = found.sha ? `history of ${found.sha.slice(0, 7)}` : found.path;
    const text2 = await readFile5(found.path, "utf8").catch((e) => {
      throw new UserError(`${what}: cannot read ${HISTORY_FILE} (${e.code ?? "error"})`);
    });
    return { history: parseHistory(text2, what), note: found.note === "" ? what : found.note };
  } catch (error) {
    if (!host.context.repository && error instanceof UserError) throw error;
    const note = `no history: ${describeError(error)}`;
    host.logger.log("warning", note);
    return { history: emptyHistory(), note };
  }
}
async function saveHistory(host, history, opts) {
  const text2 = serializeHistory(history);
  if (opts.file !== void 0) {
    await writeFile6(opts.file, text2).catch((e) => {
      throw new UserError(`${opts.file}: cannot write the history file (${e.code ?? "error"})`);
    });
    return;
  }
  const store = opts.store;
  const dir = join6(host.tempDir, "flaky-history-out");
  await mkdir5(dir, { recursive: true });
  await writeFile6(join6(dir, HISTORY_FILE), text2);
  const sha2 = /^[0-9a-f]{7,64}$/.test(opts.sha) ? opts.sha : "local";
  const where = await store.save(HISTORY_KIND, sha2, dir, HISTORY_FILE, opts.retentionDays);
  host.logger.log("info", `saved the flake history (${history.runs.length} runs) as ${where}`);
}
var HISTORY_KIND, HISTORY_FILE, MAX_REPORTS, POLICY, flakyGate;
var init_gate3 = __esm({
  "src/flaky/gate.ts"() {
    "use strict";
    init_dist2();
    init_errors();
    init_gate();
    init_git();
    init_inputs();
    init_run_context();
    init_evaluate2();
    init_history2();
    init_junit();
    init_output2();
    init_policy();
    init_quarantine();
    init_render2();
    HISTORY_KIND = "flaky";
    HISTORY_FILE = "flaky-history.json";
    MAX_REPORTS = 1e4;
    POLICY = "Quarantine policy";
    flakyGate = defineGate({
      id: GATE_ID2,
      action: "flaky-quarantine",
      command: "flaky",
      usage: "--junit <file|glob>... [--quarantine <file>] [--history <file>] [options]",
      about: "Read JUnit reports (every dialect; retries as Surefire flakyFailure/rerunFailure, repeated testcases or one\nfile per attempt), tell passed, failed, flaky and skipped tests apart, excuse failures listed in the\nquarantine file, and keep a flake history that proposes tests for quarantine and release.",
      settings: [
        {
          name: "junit",
          kind: "list",
          required: true,
          positional: true,
          placeholder: "<file|glob>",
          description: "JUnit XML reports: files or globs, one per line (or comma-separated). Several files are one run: the same test in two files is two attempts of it (one file per retry attempt).",
          group: "Inputs"
        },
        {
          name: "quarantine",
          kind: "string",
          default: DEFAULT_QUARANTINE_FILE,
          placeholder: "<file>",
          maxLength: 1e3,
          description: "The quarantine file (tests: [{id, reason, issue?, since?, expires?}], ids as cases[].id prints them). Listed tests still run; their failures do not fail the gate. The default path, relative to the repository, may be absent (nothing quarantined); a path you give must exist.",
          group: "Inputs"
        },
        {
          name: "history",
          kind: "string",
          only: "cli",
          placeholder: "<file>",
          description: "A flake history file: read (absent = a new history), this run added, written back. Without it, --baseline/--baseline-out are the history.",
          group: "Inputs"
        },
        {
          name: "duplicates",
          kind: "enum",
          values: ["distinct", "attempts"],
          default: "distinct",
          description: 'A testcase written twice in ONE report: distinct (two tests, the second with a " \u203A #2" id; safe for parameterised and repeated tests) or attempts (retries of one test: Gradle test-retry, gotestsum --rerun-fails, pytest-rerunfailures).',
          group: "Inputs"
        },
        {
          name: "infra-failure-ratio",
          kind: "number",
          min: 0,
          max: 1,
          default: 0.5,
          description: "When more than this share of the tests that ran failed (at least 5 ran), the run is reported as an infrastructure failure and not recorded in the history (its failures still fail the gate). 1 = never.",
          group: POLICY
        },
        {
          name: "quarantine-after-flakes",
          kind: "integer",
          min: 1,
          max: 1e3,
          default: 3,
          description: "Propose a test for quarantine after this many flakes (failed then passed in a run, or failed on a commit where it also passed) on at least 2 distinct commits within the window. A test that always fails is broken and never proposed.",
          group: POLICY
        },
        {
          name: "window-days",
          kind: "integer",
          min: 1,
          max: 400,
          default: 14,
          description: "Days of runs the history keeps and the policy looks at (at most 500 runs).",
          group: POLICY
        },
        {
          name: "release-after-runs",
          kind: "integer",
          min: 1,
          max: 500,
          default: 10,
          description: "Propose a quarantined test for release after this many clean runs in a row (and release-after-days).",
          group: POLICY
        },
        {
          name: "release-after-days",
          kind: "integer",
          min: 0,
          max: 400,
          default: 7,
          description: "Propose a quarantined test for release only when its last flake or failure is at least this many days old (and release-after-runs clean runs).",
          group: POLICY
        },
        ...BASELINE_SETTINGS
      ],
      async evaluate(s, host) {
        const get = hostInputs(host);
        const now = host.now();
        const workspace = resolve8(host.workspace);
        const quarantine = await loadQuarantine(
          host,
          s.quarantine === DEFAULT_QUARANTINE_FILE ? void 0 : s.quarantine,
          now
        );
        const loaded = await host.logger.group(
          "Read JUnit reports",
          () => loadReports(s.junit, {
            cwd: host.cwd,
            workspace,
            label: labelOf(get, "junit"),
            duplicates: s.duplicates
          })
        );
        const verdict = evaluateRun(loaded.report, quarantine, {
          infraFailureRatio: s["infra-failure-ratio"],
          bad: loaded.bad
        });
        for (const b of loaded.bad) host.logger.log("warning", `${b.file}: ${b.reason}`);
        const pr = await host.pullRequest();
        const git = createGit(workspace);
        const sha2 = host.context.sha || await revParse(git, "HEAD").catch(() => "");
        const historyFile = s.history;
        const policy = {
          flakes: s["quarantine-after-flakes"],
          cleanRuns: s["release-after-runs"],
          cleanDays: s["release-after-days"]
        };
        const tracked = await trackHistory(host, verdict, loaded.bad, {
          file: historyFile !== void 0 ? resolve8(host.cwd, historyFile) : void 0,
          store: host.baselines,
          sha: sha2,
          baseSha: pr?.baseSha,
          walkBack: baselineOptions(s).walkBack,
          retentionDays: baselineOptions(s).retentionDays,
          windowDays: Math.max(s["window-days"], s["release-after-days"]),
          now
        });
        const proposals = propose(tracked.history, quarantine, policy, now);
        const repository = host.context.repository;
        const url = runUrl(host.context);
        const resultSha = pr?.headSha ?? (sha2 || void 0);
        const fragment = renderFlaky({
          verdict,
          quarantine,
          proposals,
          history: tracked.info,
          bad: loaded.bad,
          notes: loaded.report.notes,
          ...resultSha ? { sha: resultSha } : {},
          ...url ? { url } : {},
          ...repository && /^[0-9a-f]{40}$/.test(sha2) ? {
            source: { serverUrl: host.context.serverUrl, owner: repository.owner, repo: repository.repo, sha: sha2 }
          } : {}
        });
        const historyLine = tracked.info.learned ? `history: ${tracked.info.runs} run(s), this one recorded (${tracked.info.note})` : `history: ${tracked.info.note}; this run not recorded${tracked.info.notLearned ? ` (${tracked.info.notLearned})` : ""}`;
        const data = {
          verdict,
          quarantine,
          proposals,
          bad: loaded.bad,
          files: loaded.files,
          history: historyLine
        };
        const t = verdict.tests;
        const result = {
          fragment,
          ...resultSha ? { sha: resultSha } : {},
          onCommit: repository !== void 0,
          checkRunName: "flaky: failed tests",
          outputs: {
            tests: String(t.total),
            passed: String(t.passed),
            failed: String(t.failed),
            flaky: String(t.flaky),
            quarantined: String(t.quarantined),
            skipped: String(t.skipped),
            "infrastructure-failure": String(verdict.infra !== void 0),
            "proposed-quarantine": proposals.quarantine.map((p) => p.id).join("\n"),
            "proposed-release": proposals.release.map((p) => p.id).join("\n")
          },
          ...verdict.status === "fail" ? { failure: `flaky gate failed: ${verdict.reasons.join("; ")}` } : {},
          data
        };
        return result;
      },
      print: { json: writeJsonResult2, human: humanResult2 }
    });
  }
});

// src/perf/history.ts
function appendHistory(history, point, max = HISTORY_WINDOW) {
  const rest = history.filter((p) => p.sha !== point.sha);
  rest.push(point);
  return rest.slice(Math.max(0, rest.length - max));
}
function validateHistory(value, source, max = 1e3) {
  if (!Array.isArray(value)) throw new UserError(`${source}: "history" must be an array`);
  if (value.length > max) throw new UserError(`${source}: "history" has more than ${max} points`);
  return value.map((p, i) => {
    const bad = (what) => {
      throw new UserError(`${source}: history point ${i}: ${what}`);
    };
    if (typeof p !== "object" || p === null || Array.isArray(p)) return bad("must be an object");
    const o = p;
    if (typeof o.sha !== "string" || !/^[0-9a-f]{7,64}$/.test(o.sha)) bad('"sha" must be a hex commit id');
    if (typeof o.date !== "string" || o.date.length > 40 || Number.isNaN(Date.parse(o.date)))
      bad('"date" must be an ISO date');
    if (typeof o.p95 !== "object" || o.p95 === null || Array.isArray(o.p95))
      return bad('"p95" must be an object of endpoint \u2192 ms');
    const entries2 = Object.entries(o.p95);
    if (entries2.length > HISTORY_ENDPOINTS) bad(`"p95" has more than ${HISTORY_ENDPOINTS} endpoints`);
    const p95 = {};
    for (const [label, v] of entries2) {
      if (label.length > MAX_LABEL) bad("an endpoint label is too long");
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0) bad(`p95 of an endpoint is not a number \u2265 0`);
      p95[label] = v;
    }
    return { sha: o.sha, date: o.date, p95 };
  });
}
function historyPoint(sha2, date, p95s) {
  const p95 = {};
  const kept = p95s.filter((e) => e[1] !== null && Number.isFinite(e[1])).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).slice(0, HISTORY_ENDPOINTS);
  for (const [label, v] of kept) p95[label.slice(0, MAX_LABEL)] = v;
  return { sha: sha2, date, p95 };
}
function historySeries(history, labels) {
  const x = history.map((p) => p.sha.slice(0, 7));
  const lines = labels.filter((l) => history.every((p) => Object.hasOwn(p.p95, l))).map((label) => ({ label, values: history.map((p) => p.p95[label]) }));
  return { x, lines };
}
var HISTORY_WINDOW, HISTORY_ENDPOINTS, MAX_LABEL;
var init_history3 = __esm({
  "src/perf/history.ts"() {
    "use strict";
    init_errors();
    HISTORY_WINDOW = 30;
    HISTORY_ENDPOINTS = 50;
    MAX_LABEL = 300;
  }
});

// src/perf/model.ts
function defaultLoadOptions(over = {}) {
  return {
    metric: over.metric ?? DEFAULT_METRIC,
    split: over.split ?? { scenario: false, group: false },
    limits: { ...DEFAULT_LIMITS2, ...over.limits }
  };
}
function endpointId(key) {
  return JSON.stringify([key.name, key.scenario ?? null, key.group ?? null]);
}
function endpointLabel(key) {
  const extra = [key.scenario, key.group].filter((v) => v !== void 0);
  return extra.length ? `${key.name} [${extra.join(" / ")}]` : key.name;
}
var FORMAT_IDS, DEFAULT_LIMITS2, DEFAULT_METRIC, ALL_ENDPOINTS, NO_NAME;
var init_model3 = __esm({
  "src/perf/model.ts"() {
    "use strict";
    FORMAT_IDS = [
      "k6-ndjson",
      "k6-summary-export",
      "k6-handle-summary",
      "k6-machine-summary",
      "autocannon",
      "hyperfine",
      "go-bench",
      "pytest-benchmark",
      "generic"
    ];
    DEFAULT_LIMITS2 = {
      maxLineBytes: 1 << 20,
      maxSamples: 2e7,
      maxEndpoints: 2e3,
      maxGzipRatio: 250,
      gzipRatioAfterBytes: 16 << 20,
      maxDocumentBytes: 256 << 20
    };
    DEFAULT_METRIC = "http_req_duration";
    ALL_ENDPOINTS = "(all)";
    NO_NAME = "(no name)";
  }
});

// src/perf/percentile.ts
function k6Percentile(sorted, p) {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile ${p} is outside [0, 1]`);
  const n = sorted.length;
  if (n === 0) return 0;
  if (n === 1) return sorted[0];
  const i = p * (n - 1);
  const lo = Math.floor(i);
  const j = sorted[lo];
  const k = sorted[Math.ceil(i)];
  return j + (k - j) * (i - lo);
}
function summarize2(sorted, arrivalSum) {
  const n = sorted.length;
  if (n === 0) return null;
  let sum = 0;
  if (arrivalSum !== void 0) sum = arrivalSum;
  else for (let i = 0; i < n; i++) sum += sorted[i];
  return {
    count: n,
    min: sorted[0],
    max: sorted[n - 1],
    avg: sum / n,
    p50: k6Percentile(sorted, 0.5),
    p90: k6Percentile(sorted, 0.9),
    p95: k6Percentile(sorted, 0.95),
    p99: k6Percentile(sorted, 0.99)
  };
}
function pooledSorted(parts) {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Float64Array(n);
  let at2 = 0;
  for (const p of parts) {
    out.set(p, at2);
    at2 += p.length;
  }
  return out.sort();
}
var init_percentile = __esm({
  "src/perf/percentile.ts"() {
    "use strict";
  }
});

// src/perf/baseline-data.ts
import { createHash as createHash4 } from "node:crypto";
function perfConfigHash(metric, split) {
  const canonical = JSON.stringify({ metric, scenario: split.scenario, group: split.group, v: 1 });
  return createHash4("sha256").update(canonical).digest("hex").slice(0, 12);
}
function serializeBaseline2(b, limits = STORE_LIMITS) {
  let budget = limits.total;
  const runs = b.runs.map(({ run, health, runner }) => {
    const endpoints = [];
    for (const e of run.endpoints.values()) {
      const out = { name: e.key.name, count: e.count };
      if (e.key.scenario !== void 0) out.scenario = e.key.scenario;
      if (e.key.group !== void 0) out.group = e.key.group;
      if (e.samples !== null && e.samples.length <= limits.perSeries && e.samples.length <= budget) {
        budget -= e.samples.length;
        out.samples = Array.from(e.samples);
        if (e.sum !== null) out.sum = e.sum;
      } else {
        const p = e.samples !== null ? summarize2(e.samples) : e.precomputed;
        Object.assign(out, {
          p50: p?.p50 ?? null,
          p90: p?.p90 ?? null,
          p95: p?.p95 ?? null,
          p99: p?.p99 ?? null
        });
      }
      endpoints.push(out);
    }
    return { source: run.source, format: run.format, metric: run.metric, runner, health, endpoints };
  });
  return JSON.stringify({
    schema: PERF_BASELINE_SCHEMA,
    version: PERF_BASELINE_VERSION,
    sha: b.sha,
    configHash: b.configHash,
    createdAt: b.createdAt,
    metric: b.metric,
    split: b.split,
    history: b.history,
    runs
  });
}
function parseBaseline2(text2, source) {
  let doc;
  try {
    doc = JSON.parse(text2);
  } catch (e) {
    throw new UserError(
      `${source}: not a valid perf baseline: not JSON (${e.message.slice(0, 100)})`
    );
  }
  return baselineFrom(doc, source);
}
function baselineFrom(doc, source) {
  const fail = (what) => {
    throw new UserError(`${source}: not a valid perf baseline: ${what}`);
  };
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return fail("expected a JSON object");
  const o = doc;
  if (o.schema !== PERF_BASELINE_SCHEMA) return fail(`"schema" must be "${PERF_BASELINE_SCHEMA}"`);
  if (o.version !== PERF_BASELINE_VERSION)
    fail(
      `unsupported version ${String(JSON.stringify(o.version)).slice(0, 20)} (this release reads version ${PERF_BASELINE_VERSION}; refresh the baseline)`
    );
  if (typeof o.sha !== "string" || !/^([0-9a-f]{7,64}|local)$/.test(o.sha))
    fail('"sha" must be a hex commit id');
  if (typeof o.configHash !== "string" || !/^[0-9a-f]{1,64}$/.test(o.configHash))
    fail('"configHash" must be hex');
  if (typeof o.createdAt !== "string" || o.createdAt.length > 40 || Number.isNaN(Date.parse(o.createdAt)))
    fail('"createdAt" must be an ISO date');
  if (typeof o.metric !== "string" || o.metric === "" || o.metric.length > MAX_TEXT)
    fail('"metric" must be a name');
  const split = o.split;
  if (typeof split?.scenario !== "boolean" || typeof split.group !== "boolean")
    fail('"split" must be {scenario, group} booleans');
  const history = validateHistory(o.history ?? [], source);
  if (!Array.isArray(o.runs) || o.runs.length === 0 || o.runs.length > MAX_RUNS2)
    return fail(`"runs" must be an array of 1-${MAX_RUNS2} runs`);
  const runs = o.runs.map((r, i) => runFrom(r, `run ${i}`, fail));
  return {
    sha: o.sha,
    configHash: o.configHash,
    createdAt: o.createdAt,
    metric: o.metric,
    split: { scenario: split?.scenario, group: split?.group },
    runs,
    history
  };
}
function text(v, max = MAX_TEXT) {
  return typeof v === "string" && v.length <= max;
}
function isCount2(v) {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}
function isMs(v) {
  return typeof v === "number" && Number.isFinite(v) && v >= 0;
}
function failuresFrom(v, bad) {
  if (v === null || v === void 0) return null;
  const f = v;
  if (!isCount2(f.failed) || !isCount2(f.total) || f.failed > f.total) bad("failures must be {failed \u2264 total}");
  return { failed: f.failed, total: f.total };
}
function runFrom(raw2, where, fail) {
  const bad = (what) => fail(`${where}: ${what}`);
  if (typeof raw2 !== "object" || raw2 === null) return bad("must be an object");
  const r = raw2;
  if (!text(r.source, 4096)) bad('"source" must be a string');
  if (!FORMAT_IDS.includes(r.format)) bad('"format" is not a known format');
  if (!text(r.metric)) bad('"metric" must be a string');
  const runnerRaw = r.runner ?? {};
  const runner = {};
  for (const k of ["image", "cpu", "toolVersion"]) {
    const v = runnerRaw[k];
    if (v === void 0) continue;
    if (!text(v)) bad(`runner.${k} must be a short string`);
    runner[k] = v;
  }
  const healthRaw = r.health ?? {};
  const byEndpoint = {};
  if (healthRaw.byEndpoint !== void 0) {
    const entries2 = Object.entries(healthRaw.byEndpoint ?? {});
    if (entries2.length > MAX_ENDPOINTS) bad("too many endpoints in health");
    for (const [id, f] of entries2)
      byEndpoint[id.slice(0, 4 * MAX_TEXT)] = failuresFrom(f, bad) ?? { failed: 0, total: 0 };
  }
  const thresholds = healthRaw.thresholdsFailed ?? [];
  if (!Array.isArray(thresholds) || thresholds.length > 50 || !thresholds.every((t) => text(t)))
    bad("health.thresholdsFailed must be a short list of strings");
  const dropped = healthRaw.dropped ?? null;
  if (dropped !== null && !isCount2(dropped)) bad("health.dropped must be a count");
  const health = {
    errors: failuresFrom(healthRaw.errors, bad),
    byEndpoint,
    dropped,
    thresholdsFailed: thresholds
  };
  if (!Array.isArray(r.endpoints) || r.endpoints.length > MAX_ENDPOINTS)
    bad(`"endpoints" must be an array of at most ${MAX_ENDPOINTS}`);
  const endpoints = /* @__PURE__ */ new Map();
  for (const [j, rawE] of r.endpoints.entries()) {
    const badE = (what) => bad(`endpoint ${j}: ${what}`);
    if (typeof rawE !== "object" || rawE === null) return badE("must be an object");
    const e = rawE;
    if (!text(e.name, 4096) || e.name === "") badE('"name" must be a non-empty string');
    const key = { name: e.name };
    for (const k of ["scenario", "group"]) {
      if (e[k] === void 0) continue;
      if (!text(e[k], 4096)) badE(`"${k}" must be a string`);
      key[k] = e[k];
    }
    const id = endpointId(key);
    if (endpoints.has(id)) badE("appears twice");
    if (e.count !== null && !isCount2(e.count)) badE('"count" must be a count or null');
    if (Array.isArray(e.samples)) {
      if (!e.samples.every(isMs)) badE('"samples" must be numbers \u2265 0');
      if (e.count !== e.samples.length) badE('"count" must equal the number of samples');
      if (e.sum !== void 0 && !isMs(e.sum)) badE('"sum" must be a number \u2265 0');
      const samples = Float64Array.from(e.samples).sort();
      endpoints.set(id, {
        key,
        count: samples.length,
        samples,
        sum: e.sum ?? null,
        precomputed: null
      });
    } else {
      const p = (k) => {
        const v = e[k];
        if (v === null || v === void 0) return null;
        if (!isMs(v)) badE(`"${k}" must be a number \u2265 0`);
        return v;
      };
      endpoints.set(id, {
        key,
        count: e.count ?? null,
        samples: null,
        sum: null,
        precomputed: { p50: p("p50"), p90: p("p90"), p95: p("p95"), p99: p("p99") }
      });
    }
  }
  return {
    run: {
      source: r.source,
      format: r.format,
      metric: r.metric,
      endpoints,
      notices: []
    },
    health,
    runner
  };
}
function nextBaseline(from, history, point) {
  return { ...from, history: appendHistory(history, point) };
}
var PERF_BASELINE_SCHEMA, PERF_BASELINE_VERSION, PERF_BASELINE_FILE, STORE_LIMITS, MAX_RUNS2, MAX_ENDPOINTS, MAX_TEXT;
var init_baseline_data = __esm({
  "src/perf/baseline-data.ts"() {
    "use strict";
    init_errors();
    init_history3();
    init_model3();
    init_percentile();
    PERF_BASELINE_SCHEMA = "quality-gates/perf-baseline";
    PERF_BASELINE_VERSION = 1;
    PERF_BASELINE_FILE = "perf-baseline.json";
    STORE_LIMITS = { perSeries: 2e4, total: 5e5 };
    MAX_RUNS2 = 200;
    MAX_ENDPOINTS = 2e3;
    MAX_TEXT = 300;
  }
});

// src/perf/input.ts
import { createReadStream } from "node:fs";
import { open as open3 } from "node:fs/promises";
import { createGunzip } from "node:zlib";
function isGzip(head) {
  return head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}
async function readPrefix(path2, label, n) {
  let fh;
  try {
    fh = await open3(path2, "r");
  } catch (e) {
    throw new UserError(`${label}: cannot open (${e.code ?? String(e)})`);
  }
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
async function readHead(path2, label, n = 64 * 1024) {
  const raw2 = await readPrefix(path2, label, n);
  if (!isGzip(raw2)) return { text: raw2.toString("utf8"), gzip: false };
  const parts = [];
  let have = 0;
  try {
    for await (const chunk of chunks(path2, label, UNCAPPED)) {
      parts.push(chunk);
      have += chunk.length;
      if (have >= n) break;
    }
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
  }
  return { text: Buffer.concat(parts).subarray(0, n).toString("utf8"), gzip: true };
}
async function* chunks(path2, label, limits, state = {}) {
  const head = await readPrefix(path2, label, 2);
  const file = createReadStream(path2, { highWaterMark: CHUNK });
  if (!isGzip(head)) {
    try {
      for await (const chunk of file) yield chunk;
    } finally {
      file.destroy();
    }
    return;
  }
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  file.on("error", (e) => gunzip.destroy(e));
  file.pipe(gunzip);
  let out = 0;
  try {
    for await (const chunk of gunzip) {
      out += chunk.length;
      if (out > limits.gzipRatioAfterBytes && out > limits.maxGzipRatio * Math.max(file.bytesRead, 1)) {
        throw new UserError(
          `${label}: gzip expands more than ${limits.maxGzipRatio}:1 (${out} bytes from ${file.bytesRead}); refusing it as a possible gzip bomb`
        );
      }
      yield chunk;
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code2 = e.code;
    if (code2 === "Z_BUF_ERROR") {
      state.truncatedGzip = true;
      return;
    }
    throw new UserError(`${label}: not readable as gzip (${e.message})`);
  } finally {
    file.unpipe(gunzip);
    file.destroy();
    gunzip.destroy();
  }
}
async function readDocument(path2, label, limits) {
  const parts = [];
  let size = 0;
  const state = {};
  for await (const chunk of chunks(path2, label, limits, state)) {
    size += chunk.length;
    if (size > limits.maxDocumentBytes) {
      throw new UserError(`${label}: larger than ${limits.maxDocumentBytes} bytes; not read`);
    }
    parts.push(chunk);
  }
  if (state.truncatedGzip) throw new UserError(`${label}: the gzip stream ends early (file cut short)`);
  let text2 = Buffer.concat(parts).toString("utf8");
  if (text2.charCodeAt(0) === 65279) text2 = text2.slice(1);
  return text2;
}
var CHUNK, GZIP_MAGIC, UNCAPPED;
var init_input = __esm({
  "src/perf/input.ts"() {
    "use strict";
    init_errors();
    CHUNK = 1 << 20;
    GZIP_MAGIC = [31, 139];
    UNCAPPED = {
      maxLineBytes: Infinity,
      maxSamples: Infinity,
      maxEndpoints: Infinity,
      maxGzipRatio: Infinity,
      gzipRatioAfterBytes: Infinity,
      maxDocumentBytes: Infinity
    };
  }
});

// src/perf/collect.ts
var INITIAL_CAPACITY, SampleCollector;
var init_collect = __esm({
  "src/perf/collect.ts"() {
    "use strict";
    init_errors();
    init_model3();
    INITIAL_CAPACITY = 64;
    SampleCollector = class {
      constructor(source, limits) {
        this.source = source;
        this.limits = limits;
      }
      source;
      limits;
      series = /* @__PURE__ */ new Map();
      total = 0;
      precomputed = /* @__PURE__ */ new Map();
      get samples() {
        return this.total;
      }
      get endpointCount() {
        return this.series.size + this.precomputed.size;
      }
      /** The series for a key, created on first use (the endpoint cap is checked here). */
      seriesFor(id, key) {
        let s = this.series.get(id);
        if (s === void 0) {
          this.checkEndpointCap();
          s = { key: key(), values: new Float64Array(INITIAL_CAPACITY), n: 0, sum: 0 };
          this.series.set(id, s);
        }
        return s;
      }
      add(key, value) {
        this.push(
          this.seriesFor(endpointId(key), () => key),
          value
        );
      }
      push(s, value) {
        if (this.total >= this.limits.maxSamples) {
          throw new UserError(
            `${this.source}: more than ${this.limits.maxSamples} samples of the chosen metric; the cap keeps memory bounded (raise it, or give fewer/shorter runs)`
          );
        }
        if (s.n === s.values.length) {
          const grown2 = new Float64Array(s.values.length * 2);
          grown2.set(s.values);
          s.values = grown2;
        }
        s.values[s.n++] = value + 0;
        s.sum += value;
        this.total++;
      }
      addPrecomputed(key, percentiles, count2) {
        const id = endpointId(key);
        if (this.precomputed.has(id) || this.series.has(id)) {
          throw new UserError(`${this.source}: endpoint "${key.name}" appears twice`);
        }
        this.checkEndpointCap();
        this.precomputed.set(id, { key, count: count2, samples: null, sum: null, precomputed: percentiles });
      }
      checkEndpointCap() {
        if (this.endpointCount >= this.limits.maxEndpoints) {
          throw new UserError(
            `${this.source}: more than ${this.limits.maxEndpoints} endpoints; k6 names a request by its URL unless the script sets tags: { name } (or uses http.url\`\u2026\`), so dynamic URLs make one endpoint each`
          );
        }
      }
      /** The endpoints, samples trimmed and sorted ascending. */
      finish() {
        const out = /* @__PURE__ */ new Map();
        for (const [id, s] of this.series) {
          const samples = s.values.slice(0, s.n).sort();
          out.set(id, { key: s.key, count: s.n, samples, sum: s.sum, precomputed: null });
        }
        for (const [id, e] of this.precomputed) out.set(id, e);
        return out;
      }
    };
  }
});

// src/perf/formats/generic.ts
function isGeneric(doc) {
  return typeof doc === "object" && doc !== null && "qualityGatesPerf" in doc;
}
function parseGeneric(doc, source, options2) {
  if (doc.qualityGatesPerf !== 1) throw new UserError(`${source}: qualityGatesPerf must be 1`);
  const unit = doc.unit ?? "ms";
  const toMs = typeof unit === "string" ? UNIT_TO_MS[unit] : void 0;
  if (toMs === void 0) throw new UserError(`${source}: unit must be one of ms, s, us, ns`);
  if (!Array.isArray(doc.endpoints)) throw new UserError(`${source}: "endpoints" must be an array`);
  const c = new SampleCollector(source, options2.limits);
  doc.endpoints.forEach((e, i) => {
    const where = `${source}: endpoints[${i}]`;
    if (typeof e !== "object" || e === null) throw new UserError(`${where} is not an object`);
    const ep = e;
    if (typeof ep.name !== "string" || ep.name === "") throw new UserError(`${where} needs a "name"`);
    const key = { name: ep.name };
    if (options2.split.scenario) key.scenario = typeof ep.scenario === "string" ? ep.scenario : "";
    if (options2.split.group) key.group = typeof ep.group === "string" ? ep.group : "";
    const hasPercentiles = PERCENTILE_KEYS.some((k) => k in ep);
    if (Array.isArray(ep.samples)) {
      if (hasPercentiles || ep.precomputed === true)
        throw new UserError(`${where} has both samples and percentiles`);
      for (const v of ep.samples) {
        if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
          throw new UserError(`${where}.samples holds a value that is not a non-negative number`);
        c.add(key, v * toMs);
      }
      return;
    }
    if (!hasPercentiles) throw new UserError(`${where} has neither "samples" nor percentiles`);
    if (ep.precomputed !== true)
      throw new UserError(
        `${where} gives percentiles without "precomputed": true (say that they cannot be pooled)`
      );
    const p = (k) => {
      const v = ep[k];
      if (v === void 0 || v === null) return null;
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
        throw new UserError(`${where}.${k} is not a non-negative number`);
      return v * toMs;
    };
    const count2 = ep.count;
    if (count2 !== void 0 && !(typeof count2 === "number" && Number.isSafeInteger(count2) && count2 >= 0))
      throw new UserError(`${where}.count is not a non-negative integer`);
    c.addPrecomputed(
      key,
      { p50: p("p50"), p90: p("p90"), p95: p("p95"), p99: p("p99") },
      count2 ?? null
    );
  });
  return {
    source,
    format: "generic",
    metric: typeof doc.metric === "string" ? doc.metric : "value",
    endpoints: c.finish(),
    notices: []
  };
}
var UNIT_TO_MS, PERCENTILE_KEYS;
var init_generic = __esm({
  "src/perf/formats/generic.ts"() {
    "use strict";
    init_errors();
    init_collect();
    UNIT_TO_MS = { ms: 1, s: 1e3, us: 1e-3, ns: 1e-6 };
    PERCENTILE_KEYS = ["p50", "p90", "p95", "p99"];
  }
});

// src/perf/formats/k6-summary.ts
function num2(v) {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}
function percentilesOf(values) {
  return {
    p50: num2(values.med) ?? num2(values["p(50)"]),
    p90: num2(values["p(90)"]),
    p95: num2(values["p(95)"]),
    p99: num2(values["p(99)"])
  };
}
function countOf(values) {
  const c = num2(values.count);
  return c !== null && Number.isInteger(c) && c >= 0 ? c : null;
}
function detectK6Summary(doc) {
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return null;
  const d = doc;
  const results = d.results;
  if (typeof d.version === "string" && typeof results === "object" && results !== null && Array.isArray(results.metrics))
    return "k6-machine-summary";
  const metrics = d.metrics;
  if (typeof metrics !== "object" || metrics === null || Array.isArray(metrics)) return null;
  const first = Object.values(metrics)[0];
  if (first !== void 0 && typeof first === "object" && first !== null && typeof first.values === "object")
    return "k6-handle-summary";
  if ("root_group" in d || first !== void 0) return "k6-summary-export";
  return null;
}
function parseK6Summary(doc, format, source, options2) {
  const d = doc;
  const series = /* @__PURE__ */ new Map();
  const metricType = /* @__PURE__ */ new Map();
  const add2 = (name, type2, values) => {
    if (typeof name !== "string" || typeof values !== "object" || values === null) return;
    series.set(name, values);
    if (typeof type2 === "string") metricType.set(name, type2);
  };
  if (format === "k6-machine-summary") {
    for (const m of d.results.metrics) {
      const mm = m ?? {};
      add2(mm.name, mm.type, mm.values);
    }
  } else {
    for (const [name, m] of Object.entries(d.metrics)) {
      const mm = m ?? {};
      if (format === "k6-handle-summary") add2(name, mm.type, mm.values);
      else add2(name, void 0, mm);
    }
  }
  const metric = options2.metric;
  const whole = series.get(metric);
  const type = metricType.get(metric);
  if (type !== void 0 && type !== "trend") {
    throw new UserError(
      `${source}: metric "${metric}" is a ${type}, not a trend; percentiles need a trend metric`
    );
  }
  const collector = new SampleCollector(source, options2.limits);
  const notices = [];
  const prefix = `${metric}{name:`;
  for (const [name, values] of series) {
    if (!name.startsWith(prefix) || !name.endsWith("}")) continue;
    collector.addPrecomputed({ name: name.slice(prefix.length, -1) }, percentilesOf(values), countOf(values));
  }
  if (collector.endpointCount === 0) {
    if (whole === void 0) {
      throw new UserError(
        `${source}: no trend "${metric}" in this k6 summary (metrics: ${[...series.keys()].slice(0, 20).join(", ") || "none"})`
      );
    }
    collector.addPrecomputed({ name: ALL_ENDPOINTS }, percentilesOf(whole), countOf(whole));
    notices.push(
      `${source}: k6 summary without ${metric}{name:\u2026} sub-metrics; the whole metric is one endpoint "${ALL_ENDPOINTS}" (per-endpoint numbers need --out json)`
    );
  }
  if (options2.split.scenario || options2.split.group) {
    notices.push(`${source}: a k6 summary has no per-scenario or per-group numbers; endpoints are not split`);
  }
  const endpoints = collector.finish();
  const p95Missing = [...endpoints.values()].some((e) => e.precomputed?.p95 === null);
  if (p95Missing)
    notices.push(`${source}: no p(95) in this summary (summaryTrendStats); such endpoints stay inconclusive`);
  return { source, format, metric, endpoints, notices };
}
var init_k6_summary = __esm({
  "src/perf/formats/k6-summary.ts"() {
    "use strict";
    init_errors();
    init_collect();
    init_model3();
  }
});

// src/perf/formats/tools.ts
function isObj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function finite(v) {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}
function samplesInto(c, source, name, values, toMs, where) {
  if (!Array.isArray(values)) throw new UserError(`${source}: ${where} is not an array of numbers`);
  for (const v of values) {
    const n = finite(v);
    if (n === null || n < 0)
      throw new UserError(`${source}: ${where} holds a value that is not a non-negative number`);
    c.add({ name }, n * toMs);
  }
}
function isAutocannon(doc) {
  return isObj(doc) && isObj(doc.latency) && isObj(doc.requests) && "p50" in doc.latency;
}
function parseAutocannon(doc, source, options2) {
  const lat = doc.latency;
  const c = new SampleCollector(source, options2.limits);
  const name = typeof doc.title === "string" && doc.title ? doc.title : typeof doc.url === "string" ? doc.url : "(all)";
  const p = {
    p50: finite(lat.p50),
    p90: finite(lat.p90),
    p95: finite(lat.p95),
    p99: finite(lat.p99)
  };
  const count2 = finite(lat.totalCount) ?? finite(doc.requests.total);
  c.addPrecomputed({ name }, p, count2 !== null && Number.isInteger(count2) ? count2 : null);
  const notices = p.p95 === null ? [`${source}: autocannon reports no p95 (only p90 and p97.5); the p95 verdict stays inconclusive`] : [];
  return { source, format: "autocannon", metric: "latency", endpoints: c.finish(), notices };
}
function isHyperfine(doc) {
  return isObj(doc) && Array.isArray(doc.results) && doc.results.every((r) => isObj(r) && typeof r.command === "string");
}
function parseHyperfine(doc, source, options2) {
  const c = new SampleCollector(source, options2.limits);
  const notices = [];
  for (const r of doc.results) {
    const name = r.command;
    if (Array.isArray(r.times)) samplesInto(c, source, name, r.times, 1e3, `results["${name}"].times`);
    else {
      const median2 = finite(r.median);
      c.addPrecomputed(
        { name },
        { p50: median2 === null ? null : median2 * 1e3, p90: null, p95: null, p99: null },
        null
      );
      notices.push(`${source}: "${name}" has no times[]; only its median is known`);
    }
  }
  return { source, format: "hyperfine", metric: "time", endpoints: c.finish(), notices };
}
function isPytestBenchmark(doc) {
  return isObj(doc) && Array.isArray(doc.benchmarks) && isObj(doc.machine_info);
}
function parsePytestBenchmark(doc, source, options2) {
  const c = new SampleCollector(source, options2.limits);
  const notices = [];
  for (const b of doc.benchmarks) {
    if (!isObj(b) || !isObj(b.stats)) throw new UserError(`${source}: a benchmark without stats`);
    const name = typeof b.fullname === "string" ? b.fullname : typeof b.name === "string" ? b.name : null;
    if (name === null) throw new UserError(`${source}: a benchmark without a name`);
    const stats = b.stats;
    if (Array.isArray(stats.data)) samplesInto(c, source, name, stats.data, 1e3, `"${name}" stats.data`);
    else {
      const median2 = finite(stats.median);
      const rounds = finite(stats.rounds);
      c.addPrecomputed(
        { name },
        { p50: median2 === null ? null : median2 * 1e3, p90: null, p95: null, p99: null },
        rounds !== null && Number.isInteger(rounds) ? rounds : null
      );
      notices.push(
        `${source}: "${name}" has no stats.data (run with --benchmark-save-data); only its median is known`
      );
    }
  }
  return { source, format: "pytest-benchmark", metric: "time", endpoints: c.finish(), notices };
}
function looksLikeGoBench(text2) {
  return text2.split("\n", 2e3).some((l) => GO_BENCH_LINE.test(l));
}
function parseGoBench(text2, source, options2) {
  const c = new SampleCollector(source, options2.limits);
  let lines = 0;
  for (const raw2 of text2.split("\n")) {
    const m = GO_BENCH_LINE.exec(raw2.trimEnd());
    if (m === null) continue;
    const value = Number(m[3]);
    if (!Number.isFinite(value)) continue;
    c.add({ name: m[1].replace(GO_PROCS_SUFFIX, "") }, value / 1e6);
    lines++;
  }
  if (lines === 0) throw new UserError(`${source}: no "Benchmark\u2026 ns/op" lines`);
  return { source, format: "go-bench", metric: "ns/op", endpoints: c.finish(), notices: [] };
}
var GO_BENCH_LINE, GO_PROCS_SUFFIX;
var init_tools = __esm({
  "src/perf/formats/tools.ts"() {
    "use strict";
    init_errors();
    init_collect();
    GO_BENCH_LINE = /^(Benchmark\S*)\s+(\d+)\s+(\d+(?:\.\d+)?(?:e[+-]?\d+)?) ns\/op(?:\s|$)/;
    GO_PROCS_SUFFIX = /-\d+$/;
  }
});

// src/perf/k6-ndjson.ts
function tagString(v) {
  return typeof v === "string" ? v : void 0;
}
function isBlank(buf, start, end) {
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c !== 32 && c !== 9 && c !== CR2) return false;
  }
  return true;
}
async function readK6Ndjson(path2, source, options2) {
  const parser = new K6NdjsonParser(source, options2);
  const state = {};
  for await (const chunk of chunks(path2, source, options2.limits, state)) parser.write(chunk);
  return parser.end(state.truncatedGzip === true);
}
var LF, CR2, OPEN_BRACE, CLOSE_BRACE, SAFE_NAME, MAX_NAMES_LISTED, K6NdjsonParser;
var init_k6_ndjson = __esm({
  "src/perf/k6-ndjson.ts"() {
    "use strict";
    init_errors();
    init_collect();
    init_input();
    init_model3();
    LF = 10;
    CR2 = 13;
    OPEN_BRACE = 123;
    CLOSE_BRACE = 125;
    SAFE_NAME = /^[^"\\<>&\u0000-\u001f\u007f\u2028\u2029]+$/;
    MAX_NAMES_LISTED = 20;
    K6NdjsonParser = class {
      constructor(source, options2) {
        this.source = source;
        this.options = options2;
        this.needle = SAFE_NAME.test(options2.metric) ? Buffer.from(JSON.stringify(options2.metric)) : null;
        this.collector = new SampleCollector(source, options2.limits);
      }
      source;
      options;
      needle;
      declNeedle = Buffer.from('"Metric"');
      rest = null;
      lineNo = 0;
      collector;
      declaredType = null;
      declaredNames = /* @__PURE__ */ new Set();
      points = 0;
      notices = [];
      /** name → series when no split is asked (the common case: one Map lookup per point). */
      byName = /* @__PURE__ */ new Map();
      write(chunk) {
        const buf = this.rest === null ? chunk : Buffer.concat([this.rest, chunk]);
        const max = this.options.limits.maxLineBytes;
        let pos = 0;
        let needleAt = -1;
        let declAt = -1;
        const needle = this.needle;
        for (; ; ) {
          const nl = buf.indexOf(LF, pos);
          if (nl < 0) break;
          this.lineNo++;
          let end = nl;
          if (end > pos && buf[end - 1] === CR2) end--;
          if (end - pos > max) this.tooLong();
          if (end > pos) {
            if (buf[pos] !== OPEN_BRACE || buf[end - 1] !== CLOSE_BRACE) {
              if (!isBlank(buf, pos, end)) this.fail("not a JSON object");
            } else {
              let parse = needle === null;
              if (!parse) {
                if (needleAt < pos) {
                  needleAt = buf.indexOf(needle, pos);
                  if (needleAt < 0) needleAt = buf.length;
                }
                if (needleAt < end) parse = true;
              }
              if (!parse) {
                if (declAt < pos) {
                  declAt = buf.indexOf(this.declNeedle, pos);
                  if (declAt < 0) declAt = buf.length;
                }
                if (declAt < end) parse = true;
              }
              if (parse) this.line(buf, pos, end);
            }
          }
          pos = nl + 1;
        }
        if (pos >= buf.length) this.rest = null;
        else {
          if (buf.length - pos > max) {
            this.lineNo++;
            this.tooLong();
          }
          this.rest = buf.subarray(pos);
        }
      }
      /** The run, after the last chunk. `cutShort`: the stream itself ended early (gzip cut mid-write). */
      end(cutShort = false) {
        if (this.rest !== null) {
          const buf = this.rest;
          this.rest = null;
          this.lineNo++;
          let end = buf.length;
          if (buf[end - 1] === CR2) end--;
          let complete = false;
          if (!isBlank(buf, 0, end)) {
            try {
              this.line(buf, 0, end);
              complete = true;
            } catch (e) {
              if (!(e instanceof UserError) || !e.message.includes("malformed JSON")) throw e;
            }
            if (!complete) {
              this.notices.push(
                `${this.source}: line ${this.lineNo} is cut short (k6 stopped mid-write?); ignored, the ${this.lineNo - 1} complete lines before it stand`
              );
            }
          }
        }
        if (cutShort) {
          this.notices.push(
            `${this.source}: the gzip stream ends early (file cut short); the complete lines read stand`
          );
        }
        const metric = this.options.metric;
        if (this.declaredType !== null && this.declaredType !== "trend") {
          throw new UserError(
            `${this.source}: metric "${metric}" is a ${this.declaredType}, not a trend; percentiles need a trend metric`
          );
        }
        if (this.points === 0) {
          if (this.declaredType === null) {
            const names = [...this.declaredNames].slice(0, MAX_NAMES_LISTED);
            throw new UserError(
              `${this.source}: no samples of metric "${metric}" (metrics in the file: ${names.length ? names.join(", ") : "none"})`
            );
          }
          this.notices.push(`${this.source}: metric "${metric}" is declared but has no samples`);
        }
        return {
          source: this.source,
          format: "k6-ndjson",
          metric,
          endpoints: this.collector.finish(),
          notices: this.notices
        };
      }
      line(buf, start, end) {
        let obj;
        try {
          obj = JSON.parse(buf.toString("utf8", start, end));
        } catch (e) {
          this.fail(`malformed JSON (${e.message})`);
        }
        if (typeof obj !== "object" || obj === null || Array.isArray(obj)) this.fail("not a JSON object");
        const o = obj;
        if (o.type === "Metric") {
          const data2 = o.data;
          const name2 = typeof o.metric === "string" ? o.metric : data2?.name;
          if (typeof name2 !== "string") return;
          if (this.declaredNames.size < MAX_NAMES_LISTED) this.declaredNames.add(name2);
          if (name2 === this.options.metric)
            this.declaredType = typeof data2?.type === "string" ? data2.type : "unknown type";
          return;
        }
        if (o.type !== "Point" || o.metric !== this.options.metric) return;
        const data = o.data;
        const value = data?.value;
        if (typeof value !== "number" || !Number.isFinite(value))
          this.fail("a Point without a numeric data.value");
        const tags = typeof data?.tags === "object" && data.tags !== null ? data.tags : {};
        const name = tagString(tags.name) ?? tagString(tags.url) ?? NO_NAME;
        const split = this.options.split;
        let series;
        if (!split.scenario && !split.group) {
          let s = this.byName.get(name);
          if (s === void 0) {
            s = this.collector.seriesFor(JSON.stringify([name, null, null]), () => ({ name }));
            this.byName.set(name, s);
          }
          series = s;
        } else {
          const key = { name };
          if (split.scenario) key.scenario = tagString(tags.scenario) ?? "";
          if (split.group) key.group = tagString(tags.group) ?? "";
          series = this.collector.seriesFor(
            JSON.stringify([name, key.scenario ?? null, key.group ?? null]),
            () => key
          );
        }
        this.collector.push(series, value);
        this.points++;
      }
      fail(what) {
        throw new UserError(`${this.source}: line ${this.lineNo}: ${what}`);
      }
      tooLong() {
        this.fail(
          `longer than ${this.options.limits.maxLineBytes} bytes (k6 writes a few hundred); not a k6 --out json file?`
        );
      }
    };
  }
});

// src/perf/load.ts
function isK6Line(line) {
  try {
    const o = JSON.parse(line);
    return typeof o === "object" && o !== null && (o.type === "Metric" || o.type === "Point");
  } catch {
    return false;
  }
}
async function loadRun(path2, options2, label = path2) {
  const { text: head } = await readHead(path2, label);
  const start = head.replace(/^\uFEFF/, "").trimStart();
  const nl = start.indexOf("\n");
  if (start.startsWith("{") && nl > 0 && isK6Line(start.slice(0, nl)))
    return readK6Ndjson(path2, label, options2);
  if (start.startsWith("{") && nl < 0 && isK6Line(start)) return readK6Ndjson(path2, label, options2);
  if (start.startsWith("{") || start.startsWith("[")) {
    const text2 = await readDocument(path2, label, options2.limits);
    let doc;
    try {
      doc = JSON.parse(text2);
    } catch (e) {
      throw new UserError(`${label}: not valid JSON (${e.message}); expected ${SUPPORTED}`);
    }
    return parseDocument2(doc, label, options2);
  }
  if (looksLikeGoBench(head))
    return parseGoBench(await readDocument(path2, label, options2.limits), label, options2);
  throw new UserError(`${label}: not a supported perf result format; expected ${SUPPORTED}`);
}
function parseDocument2(doc, label, options2) {
  const o = doc;
  if (isGeneric(doc)) return parseGeneric(o, label, options2);
  if (isAutocannon(doc)) return parseAutocannon(o, label, options2);
  if (isPytestBenchmark(doc)) return parsePytestBenchmark(o, label, options2);
  if (isHyperfine(doc)) return parseHyperfine(o, label, options2);
  const k6 = detectK6Summary(doc);
  if (k6 !== null) return parseK6Summary(doc, k6, label, options2);
  throw new UserError(`${label}: JSON, but not a supported perf result format; expected ${SUPPORTED}`);
}
var SUPPORTED;
var init_load2 = __esm({
  "src/perf/load.ts"() {
    "use strict";
    init_errors();
    init_generic();
    init_k6_summary();
    init_tools();
    init_input();
    init_k6_ndjson();
    SUPPORTED = "k6 --out json (NDJSON, .gz), k6 --summary-export / handleSummary / machine-readable summary, autocannon -j, hyperfine --export-json, pytest-benchmark --benchmark-json, go test -bench output, or quality-gates generic JSON";
  }
});

// src/perf/render.ts
function ms(v) {
  if (v === null || v === void 0 || !Number.isFinite(v)) return "\u2013";
  return `${v < 10 ? v.toFixed(3) : v < 1e3 ? v.toFixed(1) : Math.round(v).toString()} ms`;
}
function pct(ratio2) {
  if (ratio2 === null || !Number.isFinite(ratio2)) return "\u2013";
  const d = (ratio2 - 1) * 100;
  const text2 = Math.abs(d).toFixed(1);
  return text2 === "0.0" ? "\xB10.0%" : `${d > 0 ? "+" : "\u2212"}${text2}%`;
}
function errorRate(f) {
  if (!f || f.total === 0) return "\u2013";
  const r = f.failed / f.total * 100;
  return `${r === 0 ? "0" : r < 0.01 ? "<0.01" : r.toFixed(2)}%`;
}
function moreErrors(base, head) {
  if (!head || head.total === 0) return false;
  const h = head.failed / head.total;
  const b = base && base.total > 0 ? base.failed / base.total : 0;
  return h - b >= 0.01 && h >= 2 * b;
}
function row(e, v) {
  const id = endpointId(e.key);
  const baseErr = v.base?.health.byEndpoint.get(id);
  const headErr = v.head.health.byEndpoint.get(id);
  let verdict = VERDICT_MARK[e.verdict];
  if (moreErrors(baseErr, headErr) && (e.verdict === "improvement" || e.verdict === "unchanged"))
    verdict += " \u26A0\uFE0F more failed requests";
  const interval = e.interval ? `${pct(e.interval[0])} \u2026 ${pct(e.interval[1])}` : "\u2013";
  const delta = e.ratio !== null && e.deltaMs !== null ? `${pct(e.ratio)} (${e.deltaMs >= 0 ? "+" : "\u2212"}${ms(Math.abs(e.deltaMs))})` : "\u2013";
  const errors = baseErr || headErr ? `${errorRate(baseErr)} \u2192 ${errorRate(headErr)}` : "\u2013";
  return [
    escapeCell(e.label, 200),
    ms(e.base?.p95),
    ms(e.head?.p95),
    delta,
    interval,
    verdict,
    errors,
    `${e.base?.count ?? "?"} / ${e.head?.count ?? "?"}`
  ];
}
function counts2(c) {
  const n = {
    regression: 0,
    improvement: 0,
    unchanged: 0,
    inconclusive: 0,
    new: 0,
    removed: 0
  };
  for (const e of c.endpoints) n[e.verdict]++;
  return n;
}
function summaryLine3(v) {
  const n = counts2(v.comparison);
  const total = v.comparison.endpoints.length;
  const parts = [];
  if (n.regression) parts.push(`${n.regression} regression${n.regression === 1 ? "" : "s"}`);
  if (n.inconclusive) parts.push(`${n.inconclusive} inconclusive`);
  if (n.improvement) parts.push(`${n.improvement} faster`);
  if (n.unchanged) parts.push(`${n.unchanged} unchanged`);
  if (n.new) parts.push(`${n.new} new`);
  if (n.removed) parts.push(`${n.removed} removed`);
  const what = `${parts.join(", ") || "no endpoints"} of ${total} endpoint${total === 1 ? "" : "s"} (p95 of ${v.metric})`;
  const slo = v.thresholdsFailed.length > 0 || v.k6ExitCode === 99 ? "; k6 thresholds failed" : "";
  return v.base === null ? `no baseline: ${what}${slo}` : `${what}${slo}`;
}
function chart(v) {
  if (v.history.length < 2) return "";
  const labels = v.comparison.endpoints.map((e) => e.label);
  const { x, lines } = historySeries(v.history, labels);
  const shown = lines.slice(0, CHART_LINES);
  if (shown.length === 0) return "";
  const block = mermaidXYChart({
    title: `p95 of ${v.metric} on the default branch (ms)`,
    xLabels: x,
    yLabel: "ms",
    series: shown.map((l) => ({ kind: "line", values: l.values })),
    yMin: 0
  });
  const legend = shown.map((l, i) => `${i + 1}. ${escapeText(l.label, 200)}`).join("\n");
  return details(`p95 history (${x.length} commits)`, `${block}

Lines, in order:

${legend}`);
}
function renderSection(v) {
  const c = v.comparison;
  const heading = headingLine({ status: v.status, title: TITLE3, summary: summaryLine3(v) });
  const out = [heading];
  if (v.base) {
    out.push(
      `Base: ${v.base.runs} run${v.base.runs === 1 ? "" : "s"} (${escapeText(v.base.note, 300)}); head: ${v.head.runs} run${v.head.runs === 1 ? "" : "s"}. Intervals: ${(c.intervalLevel * 100).toFixed(1)}% per endpoint (${(c.options.confidence * 100).toFixed(0)}% over ${c.family}); a regression must exceed +${c.options.thresholdPct}% and +${c.options.thresholdMs} ms.`
    );
  } else {
    out.push(`No baseline to compare with; head: ${v.head.runs} run${v.head.runs === 1 ? "" : "s"}.`);
  }
  const main = c.endpoints.filter((e) => e.verdict !== "unchanged");
  const quiet = c.endpoints.filter((e) => e.verdict === "unchanged");
  const rows = (list) => {
    const kept = list.slice(0, MAX_ROWS2).map((e) => row(e, v));
    const more2 = list.length > MAX_ROWS2 ? `

_${list.length - MAX_ROWS2} more endpoints in the CLI's --json._` : "";
    return table(HEADERS, kept, ALIGN) + more2;
  };
  if (main.length > 0) out.push(rows(main));
  if (quiet.length > 0) {
    const t = rows(quiet);
    out.push(
      main.length > 0 ? details(`${quiet.length} unchanged endpoint${quiet.length === 1 ? "" : "s"}`, t) : t
    );
  }
  const why = c.endpoints.filter((e) => e.verdict === "inconclusive" || e.verdict === "regression");
  if (why.length > 0) {
    out.push(
      why.slice(0, MAX_NOTES2).map((e) => `- ${escapeText(e.label, 200)}: ${escapeText(e.reason, 500)}`).join("\n")
    );
  }
  const health = [
    ["failed requests", errorRate(v.base?.health.errors), errorRate(v.head.health.errors)],
    ["dropped iterations", v.base?.health.dropped ?? "\u2013", v.head.health.dropped ?? "\u2013"]
  ].filter((r) => r[1] !== "\u2013" || r[2] !== "\u2013");
  if (health.length > 0)
    out.push(
      table(
        ["all requests", "base", "head"],
        health.map((r) => r.map(String)),
        ["l", "r", "r"]
      )
    );
  if (v.thresholdsFailed.length > 0 || v.k6ExitCode === 99) {
    const list = v.thresholdsFailed.slice(0, MAX_NOTES2).map((t) => `- ${escapeText(t, 200)}`);
    out.push(
      `**k6 thresholds failed** (k6's own SLO check${v.k6ExitCode === 99 ? ", exit code 99" : ""}; reported apart from the regression verdict, which it does not change)` + (list.length > 0 ? `:

${list.join("\n")}` : ".")
    );
  }
  if (v.warnings.length > 0)
    out.push(
      v.warnings.slice(0, MAX_NOTES2).map((w) => `> \u26A0\uFE0F ${escapeText(w, 500)}`).join("\n>\n")
    );
  const ch = chart(v);
  if (ch) out.push(ch);
  return out.join("\n\n");
}
function renderPerf(v) {
  const n = counts2(v.comparison);
  return makeFragment({
    gate: GATE_ID3,
    status: v.status,
    title: TITLE3,
    summary: summaryLine3(v),
    markdown: renderSection(v),
    metrics: {
      endpoints: v.comparison.endpoints.length,
      regressions: n.regression,
      improvements: n.improvement,
      inconclusive: n.inconclusive,
      unchanged: n.unchanged,
      new: n.new,
      removed: n.removed,
      "base-runs": v.base?.runs ?? 0,
      "head-runs": v.head.runs,
      "thresholds-failed": v.thresholdsFailed.length
    },
    statusContext: `quality-gates/${GATE_ID3}`,
    ...v.sha ? { sha: v.sha } : {},
    ...v.url ? { url: v.url } : {}
  });
}
var GATE_ID3, TITLE3, MAX_ROWS2, CHART_LINES, MAX_NOTES2, VERDICT_MARK, HEADERS, ALIGN;
var init_render3 = __esm({
  "src/perf/render.ts"() {
    "use strict";
    init_fragment();
    init_markdown();
    init_history3();
    init_model3();
    GATE_ID3 = "perf";
    TITLE3 = "Performance";
    MAX_ROWS2 = 100;
    CHART_LINES = 6;
    MAX_NOTES2 = 20;
    VERDICT_MARK = {
      regression: "\u274C regression",
      improvement: "\u2705 improvement",
      unchanged: "\u2705 unchanged",
      inconclusive: "`~` inconclusive",
      new: "\u{1F195} new",
      removed: "\u2796 removed"
    };
    HEADERS = [
      "endpoint",
      "base p95",
      "head p95",
      "\u0394",
      "interval",
      "verdict",
      "failed (base \u2192 head)",
      "n (base / head)"
    ];
    ALIGN = ["l", "r", "r", "r", "r", "l", "r", "r"];
  }
});

// src/perf/output.ts
function jsonResult2(run) {
  return {
    gate: "perf",
    status: run.view.status,
    endpoints: run.view.comparison.endpoints.map((e) => ({
      name: e.label,
      count: e.head ? e.head.count : 0,
      p95: e.head?.p95 ?? null,
      baseP95: e.base?.p95 ?? null,
      ratio: e.ratio,
      interval: e.interval,
      verdict: e.verdict
    }))
  };
}
function writeJsonResult3(run, write) {
  write(`${JSON.stringify(jsonResult2(run))}
`);
}
function humanResult3(run) {
  const rows = [["endpoint", "base p95", "head p95", "\u0394", "interval", "verdict"]];
  for (const e of run.view.comparison.endpoints) {
    rows.push([
      e.label.replace(/[\u0000-\u001f\u007f]/g, "?").slice(0, 80),
      ms(e.base?.p95),
      ms(e.head?.p95),
      pct(e.ratio),
      e.interval ? `${pct(e.interval[0])} \u2026 ${pct(e.interval[1])}` : "\u2013",
      e.verdict
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  const lines = rows.map(
    (r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd()
  );
  const out = [...lines];
  for (const e of run.view.comparison.endpoints)
    if (e.verdict === "inconclusive" || e.verdict === "regression")
      out.push(`${e.verdict}: ${e.label.slice(0, 80)}: ${e.reason}`);
  for (const t of run.view.thresholdsFailed) out.push(`k6 threshold failed: ${t}`);
  for (const w of run.view.warnings) out.push(`warning: ${w}`);
  out.push(`${run.view.status.toUpperCase()}: ${summaryLine3(run.view)}`);
  return `${out.join("\n")}
`;
}
var init_output3 = __esm({
  "src/perf/output.ts"() {
    "use strict";
    init_render3();
  }
});

// src/perf/run-info.ts
import { cpus } from "node:os";
function emptyHealth() {
  return { errors: null, byEndpoint: {}, dropped: null, thresholdsFailed: [] };
}
function thisRunner(env) {
  const image = [env.ImageOS, env.ImageVersion].filter((v) => typeof v === "string" && v !== "").join(" ");
  const cpu = cpus()[0]?.model?.trim();
  return { ...image ? { image: short(image) } : {}, ...cpu ? { cpu: short(cpu) } : {} };
}
async function toolVersionOf(path2, label) {
  const { text: text2 } = await readHead(path2, label);
  return K6_VERSION.exec(text2)?.[1];
}
async function readHealth(path2, label, format, options2) {
  if (format === "k6-ndjson") return k6NdjsonHealth(path2, label, options2);
  if (format === "autocannon") return autocannonHealth(await readJson(path2, label, options2));
  if (format === "k6-summary-export" || format === "k6-handle-summary" || format === "k6-machine-summary")
    return k6SummaryHealth(await readJson(path2, label, options2), format);
  return emptyHealth();
}
async function readJson(path2, label, options2) {
  try {
    return JSON.parse(await readDocument(path2, label, options2.limits));
  } catch (e) {
    if (e instanceof UserError) throw e;
    return null;
  }
}
function isObj2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function count(v) {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? v : null;
}
function autocannonHealth(doc) {
  const h = emptyHealth();
  if (!isObj2(doc)) return h;
  const total = isObj2(doc.requests) ? count(doc.requests.total) : null;
  const bad = [doc.errors, doc.timeouts, doc.non2xx].map(count);
  if (total !== null && bad.every((b) => b !== null)) {
    const failed = bad.reduce((a, b) => a + b, 0);
    h.errors = { failed, total: Math.max(total, failed) };
  }
  return h;
}
function summaryMetrics(doc, format) {
  const out = /* @__PURE__ */ new Map();
  if (!isObj2(doc)) return out;
  if (format === "k6-machine-summary") {
    const results = doc.results;
    if (!isObj2(results) || !Array.isArray(results.metrics)) return out;
    for (const m of results.metrics.slice(0, 1e4))
      if (isObj2(m) && typeof m.name === "string")
        out.set(m.name, { values: m.values, thresholds: m.thresholds });
    return out;
  }
  if (!isObj2(doc.metrics)) return out;
  for (const [name, m] of Object.entries(doc.metrics).slice(0, 1e4)) {
    if (!isObj2(m)) continue;
    out.set(name, { values: format === "k6-handle-summary" ? m.values : m, thresholds: m.thresholds });
  }
  return out;
}
function k6SummaryHealth(doc, format) {
  const h = emptyHealth();
  const metrics = summaryMetrics(doc, format);
  const failed = metrics.get("http_req_failed")?.values;
  if (isObj2(failed)) {
    const passes = count(failed.passes);
    const fails = count(failed.fails);
    if (passes !== null && fails !== null) h.errors = { failed: passes, total: passes + fails };
  }
  const dropped = metrics.get("dropped_iterations")?.values;
  if (isObj2(dropped)) h.dropped = count(dropped.count);
  for (const [name, m] of metrics) {
    if (!isObj2(m.thresholds)) continue;
    for (const [expr, t] of Object.entries(m.thresholds)) {
      const broke = format === "k6-summary-export" ? t === true : isObj2(t) && t.ok === false;
      if (broke && h.thresholdsFailed.length < MAX_THRESHOLDS)
        h.thresholdsFailed.push(short(`${name}: ${expr}`));
    }
  }
  return h;
}
async function k6NdjsonHealth(path2, label, options2) {
  const h = emptyHealth();
  const byId = /* @__PURE__ */ new Map();
  let all = null;
  let dropped = null;
  let rest = null;
  const max = options2.limits.maxLineBytes;
  const line = (buf, start, end) => {
    if (!NEEDLES.some((n) => {
      const at2 = buf.indexOf(n, start);
      return at2 >= 0 && at2 < end;
    }))
      return;
    let o;
    try {
      o = JSON.parse(buf.toString("utf8", start, end));
    } catch {
      return;
    }
    if (!isObj2(o) || o.type !== "Point" || !isObj2(o.data)) return;
    const value = o.data.value;
    if (typeof value !== "number" || !Number.isFinite(value)) return;
    if (o.metric === "dropped_iterations") {
      dropped = (dropped ?? 0) + Math.max(0, Math.round(value));
      return;
    }
    if (o.metric !== "http_req_failed") return;
    const tags = isObj2(o.data.tags) ? o.data.tags : {};
    const str2 = (v) => typeof v === "string" ? v : void 0;
    const key = { name: str2(tags.name) ?? str2(tags.url) ?? NO_NAME };
    if (options2.split.scenario) key.scenario = str2(tags.scenario) ?? "";
    if (options2.split.group) key.group = str2(tags.group) ?? "";
    const id = endpointId(key);
    let f = byId.get(id);
    if (f === void 0) {
      if (byId.size >= options2.limits.maxEndpoints) return;
      f = { failed: 0, total: 0 };
      byId.set(id, f);
    }
    all ??= { failed: 0, total: 0 };
    const bad = value !== 0 ? 1 : 0;
    f.failed += bad;
    f.total++;
    all.failed += bad;
    all.total++;
  };
  for await (const chunk of chunks(path2, label, options2.limits)) {
    const buf = rest === null ? chunk : Buffer.concat([rest, chunk]);
    let pos = 0;
    for (; ; ) {
      const nl = buf.indexOf(10, pos);
      if (nl < 0) break;
      if (nl - pos <= max) line(buf, pos, nl);
      pos = nl + 1;
    }
    rest = pos < buf.length ? buf.subarray(pos) : null;
    if (rest !== null && rest.length > max) rest = null;
  }
  if (rest !== null) line(rest, 0, rest.length);
  h.errors = all;
  h.dropped = dropped;
  for (const [id, f] of byId) h.byEndpoint[id] = f;
  return h;
}
var NEEDLES, MAX_THRESHOLDS, MAX_TEXT2, short, K6_VERSION;
var init_run_info = __esm({
  "src/perf/run-info.ts"() {
    "use strict";
    init_errors();
    init_input();
    init_model3();
    NEEDLES = [Buffer.from('"http_req_failed"'), Buffer.from('"dropped_iterations"')];
    MAX_THRESHOLDS = 50;
    MAX_TEXT2 = 200;
    short = (s) => s.length > MAX_TEXT2 ? `${s.slice(0, MAX_TEXT2 - 1)}\u2026` : s;
    K6_VERSION = /"k6[_-]?[vV]ersion"\s*:\s*"(v?\d{1,4}\.\d{1,4}\.\d{1,4}[0-9A-Za-z.+-]{0,40})"/;
  }
});

// src/perf/stats.ts
function mannWhitneyCdf(m, n) {
  const id = `${m},${n}`;
  const hit = cdfCache.get(id);
  if (hit !== void 0) return hit;
  let prev = [];
  for (let i = 0; i <= m; i++) {
    const row2 = [];
    for (let j = 0; j <= n; j++) {
      const pmf2 = new Float64Array(i * j + 1);
      if (i === 0 || j === 0) pmf2[0] = 1;
      else {
        const a = prev[j];
        const b = row2[j - 1];
        const wa = i / (i + j);
        const wb = j / (i + j);
        for (let u = 0; u < pmf2.length; u++) {
          const fromA = u - j >= 0 && u - j < a.length ? a[u - j] : 0;
          const fromB = u < b.length ? b[u] : 0;
          pmf2[u] = wa * fromA + wb * fromB;
        }
      }
      row2.push(pmf2);
    }
    prev = row2;
  }
  const pmf = prev[n];
  const cdf = new Float64Array(pmf.length);
  let acc = 0;
  for (let u = 0; u < pmf.length; u++) {
    acc += pmf[u];
    cdf[u] = acc;
  }
  if (cdfCache.size > 256) cdfCache.clear();
  cdfCache.set(id, cdf);
  return cdf;
}
function intervalRank(m, n, tail) {
  const cdf = mannWhitneyCdf(m, n);
  let k = 0;
  while (k < cdf.length && cdf[k] <= tail + 1e-12) k++;
  return Math.min(k, Math.floor((m * n + 1) / 2));
}
function minRunsFor(tail) {
  for (let r = 1; r <= MAX_RUNS_PER_SIDE; r++) if (intervalRank(r, r, tail) >= 1) return r;
  return Infinity;
}
function median(sorted) {
  const n = sorted.length;
  const mid = n >> 1;
  return n % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function shiftInterval(head, base, tail) {
  const diffs = [];
  for (const h of head) for (const b of base) diffs.push(Math.log(h) - Math.log(b));
  diffs.sort((x, y) => x - y);
  const k = intervalRank(head.length, base.length, tail);
  const ratio2 = Math.exp(median(diffs));
  if (k === 0) return { ratio: ratio2, interval: [0, Infinity], k };
  return {
    ratio: ratio2,
    interval: [Math.exp(diffs[k - 1]), Math.exp(diffs[diffs.length - k])],
    k
  };
}
function perRunP95(e) {
  if (e.samples !== null) return summarize2(e.samples)?.p95 ?? null;
  return e.precomputed?.p95 ?? null;
}
function side(runs, id) {
  const entries2 = runs.map((r) => r.endpoints.get(id));
  if (entries2.every((e) => e === void 0)) return null;
  const perRun = runs.map((r, i) => {
    const e = entries2[i];
    if (e === void 0) return { source: r.source, count: 0, p95: null };
    return { source: r.source, count: e.count, p95: perRunP95(e) };
  });
  const counts3 = perRun.map((p) => p.count);
  const count2 = counts3.some((c) => c === null) ? null : counts3.reduce((a, c) => a + c, 0);
  const allSamples = entries2.every((e) => e === void 0 || e.samples !== null);
  if (allSamples) {
    const present = entries2.filter((e) => e !== void 0);
    const s = summarize2(
      pooledSorted(present.map((e) => e.samples)),
      present.every((e) => e.sum !== null) ? present.reduce((a, e) => a + e.sum, 0) : void 0
    );
    return {
      runs: runs.length,
      count: count2,
      pooled: true,
      p50: s?.p50 ?? null,
      p90: s?.p90 ?? null,
      p95: s?.p95 ?? null,
      p99: s?.p99 ?? null,
      perRun
    };
  }
  const med = (pick) => {
    const vs = entries2.map(
      (e) => e === void 0 ? null : e.samples ? pickFromSamples(e.samples, pick) : pick(e)
    );
    if (vs.some((v) => v === null)) return null;
    return median(vs.sort((a, b) => a - b));
  };
  return {
    runs: runs.length,
    count: count2,
    pooled: false,
    p50: med((e) => e.precomputed?.p50 ?? null),
    p90: med((e) => e.precomputed?.p90 ?? null),
    p95: med((e) => e.precomputed?.p95 ?? null),
    p99: med((e) => e.precomputed?.p99 ?? null),
    perRun
  };
}
function pickFromSamples(samples, pick) {
  const s = summarize2(samples);
  return s === null ? null : pick({ key: { name: "" }, count: s.count, samples: null, sum: null, precomputed: s });
}
function beyondRegressionFloors(r, base, o) {
  return r >= 1 + o.thresholdPct / 100 && base * (r - 1) >= o.thresholdMs;
}
function beyondImprovementFloors(r, base, o) {
  return r <= 1 / (1 + o.thresholdPct / 100) && base * (1 - r) >= o.thresholdMs;
}
function compare(baseRuns, headRuns, options2 = {}) {
  const o = { ...DEFAULT_COMPARE, ...options2 };
  if (!(o.confidence > 0 && o.confidence < 1)) throw new RangeError("confidence must be in (0, 1)");
  if (baseRuns.length > MAX_RUNS_PER_SIDE || headRuns.length > MAX_RUNS_PER_SIDE)
    throw new RangeError(`at most ${MAX_RUNS_PER_SIDE} runs per side`);
  const keys = /* @__PURE__ */ new Map();
  for (const r of [...baseRuns, ...headRuns])
    for (const [id, e] of r.endpoints) if (!keys.has(id)) keys.set(id, e.key);
  const rows = [];
  for (const [id, key] of keys) {
    const base = side(baseRuns, id);
    const head = side(headRuns, id);
    const row2 = {
      key,
      label: endpointLabel(key),
      base,
      head,
      ratio: null,
      interval: null,
      deltaMs: null,
      verdict: "inconclusive",
      reason: ""
    };
    rows.push(row2);
    if (base === null || head === null) {
      row2.verdict = base === null ? "new" : "removed";
      row2.reason = base === null ? "only in the head runs" : "only in the base runs";
      continue;
    }
    const all = [...base.perRun, ...head.perRun];
    const unknown = all.find((p) => p.count === null);
    if (unknown) {
      row2.reason = `sample count unknown in ${unknown.source} (pre-computed percentiles without a count)`;
      continue;
    }
    const short2 = all.find((p) => p.count < o.minSamples);
    if (short2) {
      row2.reason = `insufficient data: ${short2.count} samples in ${short2.source} (min-samples ${o.minSamples})`;
      continue;
    }
    const noP95 = all.find((p) => p.p95 === null || !(p.p95 > 0));
    if (noP95) {
      row2.reason = noP95.p95 === null ? `no p95 in ${noP95.source}` : `p95 of 0 ms in ${noP95.source}: no ratio`;
      continue;
    }
    row2.baseVals = base.perRun.map((p) => p.p95);
    row2.headVals = head.perRun.map((p) => p.p95);
  }
  const family = rows.filter((r) => r.baseVals !== void 0).length;
  const tail = family > 0 ? (1 - o.confidence) / family : 1 - o.confidence;
  for (const row2 of rows) {
    if (row2.baseVals === void 0 || row2.headVals === void 0) continue;
    const m = row2.headVals.length;
    const n = row2.baseVals.length;
    const { ratio: ratio2, interval, k } = shiftInterval(row2.headVals, row2.baseVals, tail);
    const baseP95 = row2.base?.p95;
    row2.ratio = ratio2;
    row2.deltaMs = baseP95 * (ratio2 - 1);
    if (k === 0) {
      row2.reason = `${n} base and ${m} head runs cannot reach ${fmt(o.confidence * 100)}% over ${family} endpoint(s); give at least ${minRunsFor(tail)} runs per side`;
      continue;
    }
    row2.interval = interval;
    const [lo, hi] = interval;
    if (lo > 1 && beyondRegressionFloors(ratio2, baseP95, o)) {
      row2.verdict = "regression";
      row2.reason = `p95 \xD7${fmt(ratio2)} (interval ${fmt(lo)}\u2013${fmt(hi)}), +${fmt(row2.deltaMs)} ms`;
    } else if (hi < 1 && beyondImprovementFloors(ratio2, baseP95, o)) {
      row2.verdict = "improvement";
      row2.reason = `p95 \xD7${fmt(ratio2)} (interval ${fmt(lo)}\u2013${fmt(hi)}), ${fmt(row2.deltaMs)} ms`;
    } else if (!beyondRegressionFloors(hi, baseP95, o) && !beyondImprovementFloors(lo, baseP95, o)) {
      row2.verdict = "unchanged";
      row2.reason = `interval ${fmt(lo)}\u2013${fmt(hi)} stays within \xB1${o.thresholdPct}% or \xB1${o.thresholdMs} ms`;
    } else {
      row2.reason = `interval ${fmt(lo)}\u2013${fmt(hi)} reaches beyond the floors: more runs would tell`;
    }
  }
  const order = {
    regression: 0,
    inconclusive: 1,
    improvement: 2,
    new: 3,
    removed: 4,
    unchanged: 5
  };
  const endpoints = rows.map(({ headVals: _h, baseVals: _b, ...r }) => r).sort(
    (a, b) => order[a.verdict] - order[b.verdict] || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)
  );
  return { endpoints, family, intervalLevel: 1 - 2 * tail, options: o };
}
var DEFAULT_COMPARE, MAX_RUNS_PER_SIDE, cdfCache, fmt;
var init_stats = __esm({
  "src/perf/stats.ts"() {
    "use strict";
    init_percentile();
    init_model3();
    DEFAULT_COMPARE = {
      thresholdPct: 10,
      thresholdMs: 5,
      minSamples: 200,
      confidence: 0.95
    };
    MAX_RUNS_PER_SIDE = 200;
    cdfCache = /* @__PURE__ */ new Map();
    fmt = (v) => (Math.round(v * 1e3) / 1e3).toString();
  }
});

// src/perf/gate.ts
var gate_exports3 = {};
__export(gate_exports3, {
  perfGate: () => perfGate
});
import { readFile as readFile6 } from "node:fs/promises";
import { isAbsolute as isAbsolute5, relative as relative5, resolve as resolve9 } from "node:path";
async function expand(specs, cwd, label) {
  const out = [];
  for (const spec of specs) {
    const paths = isDynamicPattern(spec) ? (await glob([spec], { cwd, absolute: true, onlyFiles: true, dot: true })).sort() : [resolve9(cwd, spec)];
    if (paths.length === 0)
      throw new UserError(`${label} ${JSON.stringify(spec.slice(0, 200))} matched no files (in ${cwd})`);
    for (const path2 of paths) {
      const rel = relative5(cwd, path2);
      out.push({ path: path2, shown: isAbsolute5(path2) && rel && !rel.startsWith("..") ? rel : path2 });
    }
  }
  const seen = /* @__PURE__ */ new Set();
  for (const f of out) {
    if (seen.has(f.path)) throw new UserError(`${label}: ${f.shown} is given twice (each file is one run)`);
    seen.add(f.path);
  }
  if (out.length > MAX_FILES)
    throw new UserError(`${label}: ${out.length} files; at most ${MAX_FILES} runs per side`);
  return out;
}
async function loadSide(files, options2, want, runner, notes) {
  const runs = [];
  for (const f of files) {
    const run = await loadRun(f.path, options2, f.shown);
    if (want !== void 0 && run.format !== want)
      throw new UserError(`${f.shown}: is ${run.format}, but format is ${want}`);
    const health = await readHealth(f.path, f.shown, run.format, options2);
    const toolVersion = await toolVersionOf(f.path, f.shown);
    if (run.endpoints.size === 0) notes.push(`${f.shown}: no endpoint has samples of ${options2.metric}`);
    runs.push({ run, health, runner: { ...runner, ...toolVersion ? { toolVersion } : {} } });
  }
  return runs;
}
async function storedBaselineAt(path2, shown, hash, metric) {
  const { text: text2 } = await readHead(path2, shown, 256);
  if (!text2.trimStart().startsWith("{") || !text2.includes(`"${PERF_BASELINE_SCHEMA}"`)) return null;
  const b = parseBaseline2(await readFile6(path2, "utf8"), shown);
  if (b.configHash !== hash)
    throw new UserError(
      `${shown}: a perf baseline of metric "${b.metric.slice(0, 100)}"${b.split.scenario || b.split.group ? " split by scenario/group" : ""}, not comparable with this run's metric "${metric.slice(0, 100)}" and split`
    );
  return b;
}
async function candidatesOf(host, git, walkBack) {
  const ancestors = (rev, extra = 0) => () => firstParentAncestors(git, rev, walkBack + 1 + extra).catch(() => []);
  const pr = await host.pullRequest();
  if (pr) {
    return async () => {
      const base = await testedCommitBase(git, { headSha: pr.headSha, baseSha: pr.baseSha }).catch(
        (e) => {
          throw new UserError(
            `cannot find the base commit in the clone (${describeError(e)}); use actions/checkout with fetch-depth: 0`
          );
        }
      );
      return ancestors(base.base)();
    };
  }
  return async () => (await ancestors("HEAD", 1)()).slice(1);
}
async function loadStored(host, store, kind, hash, metric, candidates) {
  if (!store) return { baseline: null, note: "no baseline: no GitHub token or artifact service in this run" };
  try {
    const found = await store.find(kind, candidates, PERF_BASELINE_FILE);
    if (!found.found) return { baseline: null, note: `no baseline${found.note ? `: ${found.note}` : ""}` };
    const what = found.sha ? `baseline of ${found.sha.slice(0, 7)}` : found.path;
    const baseline = await storedBaselineAt(found.path, what, hash, metric);
    if (baseline === null) throw new UserError(`${what}: not a perf baseline`);
    return {
      baseline,
      ...found.sha ?? baseline.sha ? { sha: found.sha ?? baseline.sha } : {},
      note: found.note
    };
  } catch (error) {
    if (!host.context.repository && error instanceof UserError) throw error;
    const note = `no baseline: ${describeError(error)}`;
    return { baseline: null, note };
  }
}
async function saveThisBaseline2(host, store, git, kind, hash, metric, split, runs, knownHistory, walkBack, opts) {
  const sha2 = host.context.sha || await revParse(git, "HEAD").catch(() => "local");
  if (!store) {
    host.logger.log("warning", "baseline not saved: no GitHub token or artifact service in this run");
    return;
  }
  let history = knownHistory;
  if (history === null) {
    const parents2 = () => firstParentAncestors(git, sha2, walkBack + 1).then(
      (p) => p.slice(1),
      () => []
    );
    history = (await loadStored(host, store, kind, hash, metric, parents2)).baseline?.history ?? [];
  }
  const now = host.now().toISOString();
  const point = historyPoint(
    /^[0-9a-f]{7,64}$/.test(sha2) ? sha2 : "0000000",
    now,
    opts.comparison.comparison.endpoints.map((e) => [e.label, e.head?.p95 ?? null])
  );
  const baseline = nextBaseline(
    { sha: sha2, configHash: hash, createdAt: now, metric, split, runs },
    history,
    point
  );
  await saveBaselineText(host, store, "perf baseline", {
    kind,
    sha: sha2,
    file: PERF_BASELINE_FILE,
    text: serializeBaseline2(baseline),
    retentionDays: opts.retentionDays
  });
}
function add(into, id, f) {
  const have = into.get(id);
  if (have) {
    have.failed += f.failed;
    have.total += f.total;
  } else into.set(id, { ...f });
}
function sideHealth(runs) {
  const byEndpoint = /* @__PURE__ */ new Map();
  let errors = null;
  let dropped = null;
  for (const { run, health } of runs) {
    for (const [id, f] of Object.entries(health.byEndpoint)) add(byEndpoint, id, f);
    if (health.errors && Object.keys(health.byEndpoint).length === 0 && run.endpoints.size === 1)
      add(byEndpoint, endpointId([...run.endpoints.values()][0].key), health.errors);
    if (health.errors) {
      errors ??= { failed: 0, total: 0 };
      errors.failed += health.errors.failed;
      errors.total += health.errors.total;
    }
    if (health.dropped !== null) dropped = (dropped ?? 0) + health.dropped;
  }
  return { byEndpoint, errors, dropped };
}
function machineWarnings(base, head) {
  if (base.length === 0) return [];
  const out = [];
  const what = { image: "runner image", cpu: "CPU", toolVersion: "tool version" };
  for (const k of Object.keys(what)) {
    const b = [...new Set(base.map((r) => r.runner[k]).filter((v) => v !== void 0))];
    const h = [...new Set(head.map((r) => r.runner[k]).filter((v) => v !== void 0))];
    if (b.length === 0 || h.length === 0) continue;
    if (b.length === h.length && b.every((v) => h.includes(v))) continue;
    out.push(
      `base and head ran with a different ${what[k]} (base: ${b.slice(0, 3).join(", ")}; head: ${h.slice(0, 3).join(", ")}): part of a difference may be the machine`
    );
  }
  return out;
}
var FORMATS3, SPLITS, MAX_FILES, MAX_NOTICES, RULES2, perfGate;
var init_gate4 = __esm({
  "src/perf/gate.ts"() {
    "use strict";
    init_dist2();
    init_baseline_store();
    init_errors();
    init_gate();
    init_git();
    init_inputs();
    init_run_context();
    init_baseline_data();
    init_history3();
    init_input();
    init_load2();
    init_model3();
    init_output3();
    init_render3();
    init_run_info();
    init_stats();
    FORMATS3 = ["auto", ...FORMAT_IDS];
    SPLITS = ["none", "scenario", "group", "scenario+group"];
    MAX_FILES = 200;
    MAX_NOTICES = 20;
    RULES2 = "Rules";
    perfGate = defineGate({
      id: GATE_ID3,
      action: "perf-regression",
      command: "perf",
      usage: "--results <file|glob>... [--baseline <file|glob>...] [options]",
      about: "Compare load-test results per endpoint with the base side: p95 by k6's rule, an interval for the head/base\nratio from the runs (each file is one run), a regression only beyond both floors. Reads k6 --out json\n(.gz too), k6 summaries, autocannon -j, hyperfine, go test -bench, pytest-benchmark and a generic JSON.",
      settings: [
        {
          name: "results",
          kind: "list",
          required: true,
          positional: true,
          greedy: true,
          max: MAX_FILES,
          placeholder: "<file|glob>",
          description: "Result files or globs of the head (the code under test), one per line; each file is one run (give 5 or more for a verdict). Format detected from content.",
          group: "Inputs"
        },
        {
          name: "baseline-results",
          kind: "list",
          aliases: ["baseline"],
          greedy: true,
          max: MAX_FILES,
          placeholder: "<file|glob>",
          description: "Result files or globs of the base side measured in this job (interleave base and head runs), one run each; a perf baseline file (--baseline-out) counts as its runs. Empty = the stored baseline of the base commit. CLI: also --baseline.",
          group: "Inputs"
        },
        {
          name: "format",
          kind: "enum",
          values: FORMATS3,
          default: "auto",
          description: "The results' format: auto (detected from content) or one format every file must have.",
          group: "Inputs"
        },
        {
          name: "metric",
          kind: "string",
          default: "http_req_duration",
          maxLength: 128,
          description: "The k6 trend metric whose samples count (other tools have one latency each).",
          group: "Inputs"
        },
        {
          name: "split",
          kind: "enum",
          values: SPLITS,
          default: "none",
          description: "An endpoint is the k6 name tag (the URL unless the script names the request); split it further by scenario, group or both.",
          group: "Inputs"
        },
        BASELINE_MODE_SETTING,
        {
          name: "k6-exit-code",
          kind: "integer",
          min: 0,
          max: 255,
          description: "k6's exit code for the head runs, when the workflow keeps it: 99 (thresholds failed) is reported on its own; another non-zero code warns that the results may be incomplete. Empty = not known.",
          group: "Inputs"
        },
        {
          name: "threshold-pct",
          kind: "number",
          min: 0,
          max: 1e4,
          default: 10,
          description: "A regression must make p95 at least this many percent slower (and exceed threshold-ms).",
          group: RULES2
        },
        {
          name: "threshold-ms",
          kind: "number",
          min: 0,
          max: 36e5,
          default: 5,
          description: "A regression must add at least this many milliseconds to p95 (and exceed threshold-pct).",
          group: RULES2
        },
        {
          name: "min-samples",
          kind: "integer",
          min: 1,
          max: 1e8,
          default: 200,
          description: 'Fewest samples of an endpoint in every run of both sides; fewer make it "inconclusive: insufficient data".',
          group: RULES2
        },
        {
          name: "on-missing-baseline",
          kind: "enum",
          values: ["pass", "neutral", "fail"],
          default: "neutral",
          description: "Outcome when there is no base side (no stored baseline found, none given): pass, neutral or fail.",
          group: RULES2
        },
        ...BASELINE_SETTINGS
      ],
      async evaluate(s, host) {
        const get = hostInputs(host);
        const split = {
          scenario: s.split === "scenario" || s.split === "scenario+group",
          group: s.split === "group" || s.split === "scenario+group"
        };
        const options2 = defaultLoadOptions({ metric: s.metric, split });
        const hash = perfConfigHash(s.metric, split);
        const kind = `perf-${hash}`;
        const store = host.baselines;
        const { mode, gating } = baselineMode(s.mode, store);
        const walkBack = baselineOptions(s).walkBack;
        const want = s.format === "auto" ? void 0 : s.format;
        const notes = [];
        const runner = { ...thisRunner(process.env) };
        const headFiles = await expand(s.results, host.cwd, labelOf(get, "results"));
        const head = await host.logger.group(
          "Read the head results",
          () => loadSide(headFiles, options2, want, runner, notes)
        );
        let base = null;
        let history = [];
        const baseGiven = s["baseline-results"];
        if (baseGiven.length > 0) {
          const files = await expand(baseGiven, host.cwd, labelOf(get, "baseline-results"));
          const runs = [];
          for (const f of files) {
            const stored = await storedBaselineAt(f.path, f.shown, hash, s.metric);
            if (stored) {
              runs.push(...stored.runs);
              history = stored.history;
            } else runs.push(...await loadSide([f], options2, want, runner, notes));
          }
          base = { runs, history, note: `${files.length} file${files.length === 1 ? "" : "s"} given` };
        } else if (gating) {
          const git = createGit(resolve9(host.workspace));
          const found = await loadStored(
            host,
            store,
            kind,
            hash,
            s.metric,
            await candidatesOf(host, git, walkBack)
          );
          if (found.baseline) {
            base = {
              runs: found.baseline.runs,
              history: found.baseline.history,
              note: found.note,
              sha: found.sha
            };
            history = found.baseline.history;
          } else notes.push(found.note);
        }
        const comparison = compare(
          base?.runs.map((r) => r.run) ?? [],
          head.map((r) => r.run),
          { thresholdPct: s["threshold-pct"], thresholdMs: s["threshold-ms"], minSamples: s["min-samples"] }
        );
        const warnings = [...machineWarnings(base?.runs ?? [], head)];
        const exit = s["k6-exit-code"];
        if (exit !== void 0 && exit !== 0 && exit !== 99)
          warnings.push(
            `k6 exited with ${exit} (not 0, nor 99 for failed thresholds): the results may be incomplete`
          );
        for (const r of [...head, ...base?.runs ?? []]) notes.push(...r.run.notices);
        const thresholdsFailed = [...new Set(head.flatMap((r) => r.health.thresholdsFailed))];
        const n = { regression: 0, inconclusive: 0 };
        for (const e of comparison.endpoints)
          if (e.verdict === "regression" || e.verdict === "inconclusive") n[e.verdict]++;
        const status = n.regression > 0 ? "fail" : base === null ? s["on-missing-baseline"] : n.inconclusive > 0 ? "neutral" : "pass";
        const pr = gating ? await host.pullRequest() : void 0;
        const sha2 = pr?.headSha ?? (host.context.sha || void 0);
        const url = runUrl(host.context);
        const view = {
          status,
          comparison,
          base: base ? {
            runs: base.runs.length,
            health: sideHealth(base.runs),
            note: base.note,
            ...base.sha ? { sha: base.sha } : {}
          } : null,
          head: { runs: head.length, health: sideHealth(head) },
          thresholdsFailed,
          ...exit !== void 0 ? { k6ExitCode: exit } : {},
          warnings: [...warnings, ...notes.slice(0, MAX_NOTICES)],
          history,
          metric: s.metric,
          ...sha2 ? { sha: sha2 } : {},
          ...url ? { url } : {}
        };
        for (const w of view.warnings) host.logger.log("warning", w);
        if (mode === "save") {
          const git = createGit(resolve9(host.workspace));
          await saveThisBaseline2(
            host,
            store,
            git,
            kind,
            hash,
            s.metric,
            split,
            head,
            gating ? history : null,
            walkBack,
            {
              retentionDays: baselineOptions(s).retentionDays,
              comparison: view
            }
          );
        }
        const fragment = renderPerf(view);
        const data = { view, notes };
        const result = {
          fragment,
          ...sha2 ? { sha: sha2 } : {},
          onCommit: pr !== void 0 || mode === "save",
          outputs: {
            regressions: String(n.regression),
            "baseline-sha": base?.sha ?? ""
          },
          ...status === "fail" ? {
            failure: n.regression > 0 ? `perf gate failed: ${n.regression} endpoint${n.regression === 1 ? "" : "s"} regressed (${comparison.endpoints.filter((e) => e.verdict === "regression").slice(0, 5).map((e) => e.label.slice(0, 80)).join(", ")})` : "perf gate failed: no baseline to compare with (on-missing-baseline: fail)"
          } : {},
          data
        };
        return result;
      },
      print: { json: writeJsonResult3, human: humanResult3 }
    });
  }
});

// src/pr-report/collect.ts
import { mkdir as mkdir6, mkdtemp as mkdtemp2, stat as stat5 } from "node:fs/promises";
import { isAbsolute as isAbsolute6, join as join7, relative as relative6, resolve as resolve10, sep as sep2 } from "node:path";
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
  const rel = relative6(cwd, abs);
  return rel === "" || rel.startsWith("..") || isAbsolute6(rel) ? abs : rel.split(sep2).join("/");
}
async function collectFromPaths(specs, cwd) {
  const out = emptyCollected();
  const seen = /* @__PURE__ */ new Set();
  for (const raw2 of specs) {
    const spec = raw2.trim();
    if (spec === "") continue;
    const abs = resolve10(cwd, spec);
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
      const key = resolve10(file);
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
var init_collect2 = __esm({
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
    const scheme = c === COLON2 && next === SLASH4 && at2(k + 2) === SLASH4 && isSchemeCode(at2(k - 1));
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
    const bang = code2[k] === BANG3 && start[k + 1] === start[k] + 1 && t.charCodeAt(start[k + 1]) === 91;
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
var ZWJ2, ASCII_ENTITIES, OPAQUE, XREF_URL_RE, AT, HASH, DASH, COLON2, SLASH4, DOT, BANG3, OPAQUE_CODE;
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
    SLASH4 = 47;
    DOT = 46;
    BANG3 = 33;
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
  for (let count2 = 0; count2 < 64; count2++) {
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
function isTableDelimiterRow(row2) {
  let i = 0;
  const n = row2.length;
  const skipBlank = () => {
    while (i < n && (row2[i] === " " || row2[i] === "	")) i++;
  };
  skipBlank();
  if (row2[i] === "|") i++;
  let cells = 0;
  for (; ; ) {
    skipBlank();
    if (i >= n) return cells > 0;
    if (row2[i] === ":") i++;
    const dashes = i;
    while (row2[i] === "-") i++;
    if (i === dashes) return false;
    if (row2[i] === ":") i++;
    skipBlank();
    cells++;
    if (i >= n) return true;
    if (row2[i] !== "|") return false;
    i++;
  }
}
function sanitize(md, policy, max) {
  const textPolicy = { links: policy.links };
  const postText = (t) => neutraliseText(t, textPolicy);
  const text2 = prepass(md);
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
    const add2 = (piece) => {
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
      add2(`${def}\\[`);
      i = def.length + 1;
    }
    while (i < n && !done) {
      const c = line[i];
      if (c === "\\" && isAsciiPunct(line[i + 1])) {
        const nx2 = line[i + 1];
        add2(nx2 === "<" ? "&lt;" : `\\${nx2}`);
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
          add2("\\`".repeat(L));
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
              add2(ZWSP);
            }
          }
          i = tag.end;
          continue;
        }
        add2("&lt;");
        i++;
        continue;
      }
      if (c === "]" && line[i + 1] === "(") {
        const link = parseDest(line, i + 2, work);
        const target = link ? linkTarget(link.dest, policy, encodeUrl) : null;
        if (link && target !== null) {
          add2("]");
          flush();
          emit(`(${target})`, "atomic");
          blankSoFar = false;
          i = link.end;
        } else {
          add2("]\\(");
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
      add2(line.slice(i, stop));
      i = stop;
    }
    flush();
  };
  const lines = text2.split("\n");
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
    const open4 = FENCE_OPEN_RE.exec(line);
    if (open4 && !(open4[1][0] === "`" && open4[2].includes("`"))) {
      const marker = open4[1];
      const info = (open4[2].trim().split(/\s+/)[0] ?? "").replace(/[^A-Za-z0-9_+.#-]/g, "").slice(0, 32);
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
import { createHash as createHash5 } from "node:crypto";
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
  return createHash5("sha256").update(JSON.stringify({ v: 1, results, problems, rules })).digest("hex").slice(0, 32);
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
import { basename as basename3, isAbsolute as isAbsolute7 } from "node:path";
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
  return gates.sort((a, b) => SEVERITY2[a.fragment.status] - SEVERITY2[b.fragment.status] || a.index - b.index);
}
function statusesByContext(gates, runUrl2, notes) {
  const byContext = /* @__PURE__ */ new Map();
  for (const g of [...gates].sort((a, b) => a.index - b.index)) {
    if (g.context !== void 0) byContext.set(g.context, [...byContext.get(g.context) ?? [], g]);
  }
  const out = [];
  for (const [context, claimants] of byContext) {
    const rank = (g) => commitState(g.fragment) === "failure" ? -1 : SEVERITY2[g.fragment.status];
    const worst = claimants.reduce((a, b) => rank(b) < rank(a) ? b : a);
    if (claimants.length > 1) {
      notes.push({
        source: context,
        error: `${claimants.length} results claim this status (${claimants.map((c) => c.source).join(", ")}); the worst, ${worst.fragment.status}, stands \u2014 give each gate run its own \`name\``
      });
    }
    out.push({
      context,
      state: commitState(worst.fragment),
      description: statusDescription2(worst.fragment.status, shownSummary(worst.fragment)),
      ...runUrl2 ? { targetUrl: runUrl2 } : {}
    });
  }
  return out;
}
function cutPlain(text2, max) {
  const flat = text2.replace(/\s+/g, " ").trim();
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
function cell2(text2, max = 300) {
  return escapeCell(cutPlain(text2, max));
}
function html(text2, max = 300) {
  return escapeHtml(cutPlain(text2, max));
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
function fitLines(lines, budget, more2) {
  const out = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const reserve = i < lines.length - 1 ? more2(lines.length - i).length + 1 : 0;
    if (used + line.length + 1 + reserve > budget) {
      out.push(more2(lines.length - i));
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
  let text2 = f.summary.trim();
  if (text2.slice(0, word2.length + 1).toLowerCase() === `${word2}:`)
    text2 = text2.slice(word2.length + 1).trimStart();
  if (text2.length > word2.length && text2.slice(-word2.length).toLowerCase() === word2) {
    const before = text2.slice(0, -word2.length).trimEnd();
    const dash = before.slice(-1);
    if ((dash === "\u2014" || dash === "\u2013" || dash === "-") && /\s/.test(before.slice(-2, -1))) {
      text2 = before.slice(0, -1).trimEnd();
    }
  }
  return text2;
}
function headingText(g, title, summary) {
  return summary === "" ? `${EMOJI[g.fragment.status]} ${title}` : `${EMOJI[g.fragment.status]} ${title} \u2014 ${summary}`;
}
function sectionHeader(g) {
  return headingText(g, `<b>${html(g.title, 120)}</b>`, html(shownSummary(g.fragment)));
}
function renderSection2(g, body, open4) {
  const source = `<sub>from ${html(isAbsolute7(g.source) ? basename3(g.source) : g.source, 200)}</sub>`;
  return [
    `<!-- pr-report:section ${g.fragment.gate} -->`,
    `<details${open4 ? " open" : ""}>`,
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
  const counts3 = ["fail", "neutral", "pass", "skipped"].map((s) => [s, gates.filter((g) => g.fragment.status === s).length]).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s === "fail" ? "failed" : s === "pass" ? "passed" : s}`);
  if (missingGates.length > 0) counts3.push(`${missingGates.length} did not report`);
  if (refused > 0) counts3.push(`${refused} refused`);
  const unreadable = problems.length - missingGates.length - refused;
  if (unreadable > 0) counts3.push(`${unreadable} unreadable`);
  const overallContext = overallContextOf(input.id);
  const nothingMeasured = gates.some((g) => g.context !== void 0 && g.fragment.noResult === true);
  if (nothingMeasured) counts3.push("nothing measured");
  statuses.push({
    context: overallContext,
    state: overall === "fail" || nothingMeasured ? "failure" : "success",
    description: statusDescription2(overall, counts3.join(", ") || "no result: no gate reported"),
    ...runUrl2 ? { targetUrl: runUrl2 } : {}
  });
  const headline = `## ${EMOJI[overall]} ${HEADLINE[overall]}`;
  const countsLine = counts3.length > 0 ? counts3.join(" \xB7 ") : "No quality-gates fragment was found.";
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
    full: renderSection2(g, sanitizeSection(g, input, sectionCap), sectionOpen(g)),
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
  const push = (text2) => {
    const n = byteLength(text2) + 1;
    if (used + n > budget) return false;
    parts.push(text2);
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
    let text2 = renderSection2(g, sanitizeSection(g, input, cap), true);
    if (byteLength(text2) + 2 > left)
      text2 = renderSection2(g, sanitizeSection(g, input, Math.floor(cap / 4)), true);
    if (!push(`${text2}
`)) omitted++;
  }
  if (omitted > 0)
    parts.push(`_${omitted} section${omitted === 1 ? "" : "s"} omitted: over the 1 MiB job summary limit._`);
  parts.push("", foot);
  return parts.join("\n");
}
var COMMENT_LIMIT, SUMMARY_LIMIT_BYTES, STATUS_DESCRIPTION_LIMIT, OVERALL_CONTEXT, EMOJI, SEVERITY2, PRIORITY, HEADLINE, TABLE_HEAD;
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
    SEVERITY2 = { fail: 0, neutral: 1, pass: 2, skipped: 3 };
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
async function publishStatuses(octokit, repo, sha2, statuses, setStatus = setCommitStatus, pr) {
  if (!/^[0-9a-f]{40}$/.test(sha2)) {
    return {
      set: [],
      failed: statuses.map((s) => ({
        context: s.context,
        error: `no valid head SHA (${sha2 || "empty"})`,
        forkRefused: false
      }))
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
      outcome.failed.push({ context: s.context, error: describeError(e), forkRefused: refusedOnFork(e, pr) });
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
  const sleep = options2.sleep ?? ((ms2) => new Promise((r) => setTimeout(r, ms2)));
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
  const create = async (text2) => {
    const { data } = await octokit.rest.issues.createComment({ ...issue, body: text2 });
    return { id: data.id, body: data.body ?? text2, login: data.user?.login ?? "", url: data.html_url };
  };
  const update = async (id, text2) => {
    try {
      const { data } = await octokit.rest.issues.getComment({
        owner: repo.owner,
        repo: repo.repo,
        comment_id: id
      });
      const current2 = data.body ?? "";
      if (current2 === text2) return "same";
      if (compareOrder(readOrder(current2), readOrder(text2)) > 0) return "newer";
      await octokit.rest.issues.updateComment({
        owner: repo.owner,
        repo: repo.repo,
        comment_id: id,
        body: text2
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
  return pr ? { number: pr.number, headSha, isFork: !target && pr.isFork } : { headSha };
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
import { writeFile as writeFile7 } from "node:fs/promises";
import { resolve as resolve11 } from "node:path";
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
    const outcome = await publishStatuses(octokit, repo, pull.headSha, composed.statuses, deps.setStatus, {
      isFork: pull.isFork === true
    });
    const refused = outcome.failed.filter((f) => f.forkRefused);
    const failed = outcome.failed.filter((f) => !f.forkRefused);
    for (const f of failed) {
      log2.log(
        "error",
        `pr-report: could not set status "${f.context}" on ${pull.headSha.slice(0, 12)}: ${f.error}`
      );
    }
    if (refused.length > 0)
      log2.log("warning", `pr-report: ${forkStatusNote(refused.map((f) => f.context).join(", "))}`);
    log2.log("info", `pr-report: set ${outcome.set.length} commit statuses on ${pull.headSha}`);
    if (failed.length > 0) statusFailure = `${failed.length} commit statuses could not be set`;
  }
  let commentId = "";
  let commentUrl = "";
  if (commentMode === "off") {
    log2.log("info", "pr-report: no comment written (comment: off)");
  } else if (pull.number === void 0) {
    log2.log("info", `pr-report: not a pull request (${ctx.eventName}); job summary and statuses only`);
  } else if (!target && ctx.eventName === "merge_group") {
    log2.log(
      "info",
      "pr-report: a merge queue run; statuses on the queue commit and the job summary, no PR comment"
    );
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
    const out = resolve11(host.cwd, s.out);
    await writeFile7(out, composed.comment).catch((e) => {
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
    await writeFile7(zipPath, Buffer.from(res.data));
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
    init_collect2();
    init_compose();
    init_fork();
    init_marker();
    init_status();
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
init_baseline_store();
init_errors();
init_gate();
init_git();
import { rm as rm2 } from "node:fs/promises";
import { resolve as resolve3 } from "node:path";
import { parseArgs } from "node:util";

// src/shared/host-local.ts
init_errors();
import { appendFile, mkdtemp, writeFile as writeFile4 } from "node:fs/promises";
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
        else await writeFile4(summaryPath, `${markdown}
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
  let row2 = new Array(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    row2[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(back[j] + 1, row2[j - 1] + 1, back[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, back2[j - 2] + 1);
      }
      row2[j] = d;
    }
    ;
    [back2, back, row2] = [back, row2, back2];
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
  let greedy;
  for (const token of tokens) {
    let setting;
    let entry;
    if (token.kind === "positional" && "value" in token) {
      if (greedy) {
        setting = greedy.setting;
        entry = { flag: greedy.flag, text: token.value };
      } else {
        if (!positional)
          throw new UserError(`${command}: unexpected argument ${JSON.stringify(token.value.slice(0, 60))}`);
        setting = positional;
        entry = { flag: positional.name, text: token.value };
      }
    } else if (token.kind === "option" && "name" in token && token.name !== "help") {
      greedy = void 0;
      const hit = index.get(token.name);
      if (!hit) continue;
      setting = hit.setting;
      entry = { flag: token.name, text: hit.text ?? token.value ?? "true" };
      if (setting.greedy && repeatable(setting)) greedy = { setting, flag: token.name };
    } else greedy = void 0;
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
      repeatable(s) ? s.greedy ? "repeatable; takes the bare arguments after it too" : "repeatable" : "",
      s.kind !== "boolean" && def !== "" && !def.includes("${{") ? `default ${def}` : "",
      s.kind === "boolean" && s.default ? `default on; --no-${s.name} turns it off` : ""
    ].filter(Boolean);
    const row2 = [
      `${flags}${placeholder ? ` ${placeholder}` : ""}`,
      `${s.description}${notes.length ? ` (${notes.join("; ")})` : ""}`
    ];
    const group = s.group ?? "Options";
    groups.set(group, [...groups.get(group) ?? [], row2]);
  }
  const out = [`Usage: quality-gates ${declaration.command} ${declaration.usage}`, "", declaration.about, ""];
  for (const [group, rows] of groups) {
    out.push(`${group}:`);
    for (const [flag, text2] of rows) out.push(`  ${flag}`, `      ${text2}`);
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
    const text2 = (name) => typeof read[name] === "string" ? read[name] : void 0;
    const repo = text2("repo");
    const host = await createLocalHost({
      cwd: io.cwd,
      workspace: repo !== void 0 ? resolve3(io.cwd, repo) : await repoTop(io.cwd),
      inputs,
      inputLabel: label,
      ...text2("summary-out") !== void 0 ? { summaryPath: text2("summary-out") } : {},
      ...text2("fragment-out") !== void 0 ? { fragmentPath: text2("fragment-out") } : {},
      baselines: createFileBaselineStore(
        {
          ...text2("baseline") !== void 0 ? { from: text2("baseline") } : {},
          ...text2("baseline-out") !== void 0 ? { to: text2("baseline-out") } : {}
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
  flaky: {
    summary: "failed, flaky and quarantined tests from JUnit reports, gated; flake history and quarantine proposals",
    main: lazy(async () => (await Promise.resolve().then(() => (init_gate3(), gate_exports2))).flakyGate)
  },
  perf: {
    summary: "p95 per endpoint of load-test runs vs the base side, gated (k6, autocannon, hyperfine, go bench, \u2026)",
    main: lazy(async () => (await Promise.resolve().then(() => (init_gate4(), gate_exports3))).perfGate)
  },
  report: {
    summary: "compose the pr-report comment and job summary from gate fragments",
    main: lazy(async () => (await Promise.resolve().then(() => (init_report(), report_exports))).prReport)
  }
};

// src/cli/version.ts
var VERSION = true ? "1.0.0" : "0.0.0-dev";

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
  stdout: (text2) => process.stdout.write(text2),
  stderr: (text2) => process.stderr.write(text2),
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
