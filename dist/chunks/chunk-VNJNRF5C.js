import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  require_light,
  retry
} from "./chunk-37MPZSWI.js";
import {
  debug,
  error,
  getInput,
  group,
  info,
  notice,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-W7NKE763.js";
import {
  Octokit,
  RequestError,
  paginateRest,
  restEndpointMethods
} from "./chunk-QKOBRMYF.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-7HUOYEXQ.js";

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
    var Readable2 = stream.Readable;
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
    util.inherits(ReadStream, Readable2);
    function ReadStream(context, options2) {
      options2 = options2 || {};
      Readable2.call(this, options2);
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
    var Transform3 = __require("stream").Transform;
    var PassThrough = __require("stream").PassThrough;
    var Writable = __require("stream").Writable;
    var crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : require_crc32();
    exports.open = open2;
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
    function openPromise(path3, options2) {
      return new Promise((resolve4, reject) => {
        open2(path3, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve4(zipfile);
        });
      });
    }
    function fromFdPromise(fd, options2) {
      return new Promise((resolve4, reject) => {
        fromFd(fd, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve4(zipfile);
        });
      });
    }
    function fromBufferPromise(buffer, options2) {
      return new Promise((resolve4, reject) => {
        fromBuffer(buffer, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve4(zipfile);
        });
      });
    }
    function fromRandomAccessReaderPromise(reader, totalSize, options2) {
      return new Promise((resolve4, reject) => {
        fromRandomAccessReader(reader, totalSize, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve4(zipfile);
        });
      });
    }
    function open2(path3, options2, callback2) {
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
      fs.open(path3, "r", function(err, fd) {
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
        let { resolve: resolve4 } = pendingResolveReject;
        pendingResolveReject = null;
        resolve4({ value: entry });
      }
      function onEnd() {
        let { resolve: resolve4 } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        resolve4({ done: true });
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
          const promise2 = new Promise((resolve4, reject) => {
            if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
            pendingResolveReject = { resolve: resolve4, reject };
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
      return new Promise((resolve4, reject) => {
        this.openReadStream(entry, options2, function(err, readStream) {
          if (err) return reject(err);
          resolve4(readStream);
        });
      });
    };
    ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
      return new Promise((resolve4, reject) => {
        this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
          if (err) return reject(err);
          resolve4(readStream);
        });
      });
    };
    ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options2) {
      return new Promise((resolve4, reject) => {
        this.readLocalFileHeader(entry, options2, function(err, localFileHeader) {
          if (err) return reject(err);
          resolve4(localFileHeader);
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
    util.inherits(AssertByteCountStream, Transform3);
    function AssertByteCountStream(byteCount) {
      Transform3.call(this);
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
      readStream.on("error", function(error2) {
        callback2(error2);
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
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP2 = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
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
    exports.basename = (path3, { windows } = {}) => {
      const segs = path3.split(windows ? /[\\/]/ : "/");
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
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
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
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
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
        if (code === CHAR_FORWARD_SLASH) {
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
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
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
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
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
        if (!isPathSeparator(code)) {
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
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
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
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
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
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
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
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
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
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
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
          push({ type: "qmark", value, output: QMARK });
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
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob2, options2, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch2(input, options2, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options2 || {};
      const posix2 = opts.windows;
      const regex2 = isState ? picomatch2.compileRe(glob2, options2) : picomatch2.makeRe(glob2, options2, false, true);
      const state = regex2.state;
      delete regex2.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options2, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex2, options2, { glob: glob2, posix: posix2 });
        const result = { glob: glob2, state, regex: regex2, posix: posix2, input, output, match, isMatch };
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
    picomatch2.test = (input, regex2, options2, { glob: glob2, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options2 || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex2, options2, posix2);
        } else {
          match = regex2.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob2, options2, posix2 = options2 && options2.windows) => {
      const regex2 = glob2 instanceof RegExp ? glob2 : picomatch2.makeRe(glob2, options2);
      return regex2.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str2, patterns, options2) => picomatch2(patterns, options2)(str2);
    picomatch2.parse = (pattern, options2) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options2));
      return parse(pattern, { ...options2, fastpaths: false });
    };
    picomatch2.scan = (input, options2) => scan(input, options2);
    picomatch2.compileRe = (state, options2, returnOutput = false, returnState = false) => {
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
      const regex2 = picomatch2.toRegex(source, options2);
      if (returnState === true) {
        regex2.state = state;
      }
      return regex2;
    };
    picomatch2.makeRe = (input, options2 = {}, returnOutput = false, returnState = false) => {
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
      return picomatch2.compileRe(parsed, options2, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options2) => {
      try {
        const opts = options2 || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options2 && options2.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob2, options2, returnState = false) {
      if (options2 && (options2.windows === null || options2.windows === void 0)) {
        options2 = { ...options2, windows: utils.isWindows() };
      }
      return pico(glob2, options2, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/shared/errors.ts
var UserError = class extends Error {
  name = "UserError";
  constructor(message2) {
    super(oneLine(message2));
  }
};
function oneLine(message2, max = 500) {
  const flat = message2.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}
function describeError(error2) {
  if (error2 instanceof UserError) return error2.message;
  if (error2 instanceof Error) return oneLine(`${error2.name}: ${error2.message}`);
  return oneLine(String(error2));
}

// src/shared/publish.ts
import { mkdir } from "node:fs/promises";
import { basename, dirname } from "node:path";

// src/shared/fragment.ts
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
var FRAGMENT_SCHEMA = "quality-gates/fragment";
var FRAGMENT_VERSION = 1;
var STATUSES = ["pass", "fail", "neutral", "skipped"];
var ANNOTATION_LEVELS = ["notice", "warning", "failure"];
var FRAGMENT_LIMITS = {
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
      const path3 = a.path;
      if (typeof path3 !== "string" || path3.length === 0 || path3.length > FRAGMENT_LIMITS.path)
        fail(`annotation ${i}: "path" must be a non-empty string`);
      const message2 = a.message;
      if (typeof message2 !== "string" || message2.length > FRAGMENT_LIMITS.annotationMessage)
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
        path: path3,
        startLine,
        endLine,
        level: a.level,
        message: message2,
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
async function readFragment(path3) {
  let buf;
  try {
    buf = await readFile(path3);
  } catch (e) {
    throw new UserError(`${path3}: cannot read fragment (${e.code ?? "error"})`);
  }
  if (buf.length > FRAGMENT_LIMITS.fileBytes) {
    throw new UserError(`${path3}: fragment is larger than ${FRAGMENT_LIMITS.fileBytes} bytes`);
  }
  return parseFragment(buf.toString("utf8"), path3);
}
async function writeFragment(path3, fragment) {
  validateFragment(fragment, path3);
  await writeFile(path3, `${JSON.stringify(fragment, null, 2)}
`);
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function jobFragmentsDir(jobTempDir) {
  return join(jobTempDir, "quality-gates", "fragments");
}

// src/shared/run-context.ts
import { readFileSync } from "node:fs";
function runContextFromEnv(env) {
  let payload = {};
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath) {
    try {
      const parsed = JSON.parse(readFileSync(eventPath, "utf8"));
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed))
        payload = parsed;
    } catch {
      payload = {};
    }
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const repoPayload = payload.repository;
  const repositoryId = typeof repoPayload?.id === "number" ? repoPayload.id : void 0;
  const int = (v) => v && /^\d+$/.test(v) ? Number(v) : void 0;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? "unknown",
    sha: env.GITHUB_SHA ?? "",
    ref: env.GITHUB_REF ?? "",
    ...owner && repo ? { repository: { owner, repo, ...repositoryId !== void 0 ? { id: repositoryId } : {} } } : {},
    ...int(env.GITHUB_RUN_ID) !== void 0 ? { runId: int(env.GITHUB_RUN_ID) } : {},
    ...int(env.GITHUB_RUN_ATTEMPT) !== void 0 ? { runAttempt: int(env.GITHUB_RUN_ATTEMPT) } : {},
    serverUrl: env.GITHUB_SERVER_URL ?? "https://github.com",
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    payload
  };
}
function runUrl(ctx) {
  if (!ctx.repository || ctx.runId === void 0) return void 0;
  return `${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}/actions/runs/${ctx.runId}`;
}

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
  const message2 = gitHubMessage(e);
  const signalled = primary || retryAfterSeconds !== void 0 || status === 429 || /\brate limit|abuse detection/i.test(message2);
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
  const at = Date.parse(v);
  return Number.isFinite(at) ? Math.max(0, Math.ceil((at - nowMs) / 1e3)) : void 0;
}
var RateLimitError = class extends RequestError {
  rateLimit;
  constructor(cause, rateLimit, what) {
    super(rateLimitText(rateLimit, what), cause.status, {
      request: cause.request,
      ...cause.response ? { response: cause.response } : {}
    });
    this.rateLimit = rateLimit;
  }
};
function rateLimitText(r, what) {
  const when = r.resetAt !== void 0 ? `resets at ${isoSeconds(r.resetAt)}${r.inSeconds !== void 0 ? `, in ${r.inSeconds} s` : ""}` : r.inSeconds !== void 0 ? `retry after ${r.inSeconds} s` : "GitHub gave no reset time";
  const why = r.reason === "beyond-bound" ? `longer than the ${r.boundSeconds} s this step may wait${r.waitedSeconds > 0 ? ` (already waited ${r.waitedSeconds} s)` : ""}; not waiting` : `still limited after ${r.retries} retries (waited ${r.waitedSeconds} s)`;
  return `GitHub ${r.kind === "primary" ? "rate limit" : "secondary rate limit"} on ${what}: ${when}; ${why}`;
}
function isoSeconds(d) {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function describeNetworkError(error2) {
  const e = error2;
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
  const path3 = pathOf(err.request?.url);
  if (status === 401)
    return {
      kind: "permission",
      message: withGitHub("permission: the token was rejected (401, invalid or expired)"),
      status
    };
  if (status === 403)
    return {
      kind: "permission",
      message: `permission: the token lacks ${scopeHint(method, path3)} (403${github ? `: ${github}` : ""})`,
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
function scopeHint(method, path3) {
  const write = method !== "GET" && method !== "HEAD";
  const rw = (scope) => `${scope}: ${write ? "write" : "read"}`;
  if (/\/issues\/(?:\d+\/)?comments\b|\/issues\/comments\//.test(path3))
    return write ? "pull-requests: write (or issues: write)" : "pull-requests: read";
  if (/\/statuses\/|\/commits\/[^/]+\/status/.test(path3)) return rw("statuses");
  if (/\/check-runs|\/check-suites/.test(path3))
    return write ? "checks: write; check runs need the workflow's GITHUB_TOKEN or a GitHub App token, not a personal token" : "checks: read";
  if (/\/actions\//.test(path3)) return rw("actions");
  if (/\/pulls\b/.test(path3)) return rw("pull-requests");
  if (/\/git\/|\/contents\/|\/compare\/|\/commits\b/.test(path3)) return rw("contents");
  return write ? "write permission for this call" : "read permission for this call";
}
function gitHubMessage(e) {
  const err = e;
  const data = err?.response?.data;
  let message2 = typeof data?.message === "string" ? data.message : typeof err?.message === "string" ? err.message : "";
  if (Array.isArray(data?.errors) && data.errors.length > 0) {
    const details2 = data.errors.map(
      (x) => typeof x === "object" && x !== null && "message" in x ? String(x.message) : JSON.stringify(x)
    ).join("; ");
    message2 = `${message2}: ${details2}`;
  }
  return oneLine(message2, 300);
}
function describeApiError(e) {
  if (e instanceof RequestError || typeof e === "object" && e !== null && "status" in e && "request" in e) {
    const err = e;
    const method = err.request?.method ?? "?";
    const path3 = pathOf(err.request?.url);
    return oneLine(`GitHub API ${method} ${path3} failed: ${classifyApiError(e).message}`);
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
      const open2 = res.data.filter((p) => p.state === "open" && p.base.repo.full_name.toLowerCase() === fullName.toLowerCase()).sort((a, b) => a.number - b.number);
      const pr = open2.find((p) => p.head.sha === head) ?? open2[0];
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
    default:
      return void 0;
  }
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

// src/shared/status.ts
var STATUS_DESCRIPTION_MAX = 140;
var CHECK_SUMMARY_MAX_BYTES = 65535;
var ANNOTATIONS_PER_REQUEST = 50;
var STATES = ["success", "failure", "pending", "error"];
var StatusWriteError = class extends UserError {
  constructor(context, sha2, apiError2) {
    super(`commit status "${context}" on ${sha2.slice(0, 12)} was not written: ${describeApiError(apiError2)}`);
    this.context = context;
    this.sha = sha2;
    this.apiError = apiError2;
    this.kind = classifyApiError(apiError2).kind;
  }
  context;
  sha;
  apiError;
  /** The cause in kind: rate-limit, permission, not-found, outage, network or other. */
  kind;
};
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
  if (codePoints(text) <= max) return text;
  const head = text.slice(0, 2 * max + 16);
  let out = "";
  let used = 0;
  for (const { segment } of graphemes(head)) {
    const n = codePoints(segment);
    if (used + n > max - 1) break;
    out += segment;
    used += n;
  }
  return `${out}\u2026`;
}
function cutBytes(text, maxBytes, suffix = "\u2026") {
  if (Buffer.byteLength(text, "utf8") <= maxBytes) return text;
  const budget = Math.max(0, maxBytes - Buffer.byteLength(suffix, "utf8"));
  let cut = Buffer.from(text, "utf8").subarray(0, budget).toString("utf8");
  while (cut.length > 0 && !text.startsWith(cut)) cut = cut.slice(0, -1);
  const from = Math.max(0, cut.length - 64);
  let boundary = from;
  for (const { index, segment } of graphemes(text.slice(from, cut.length + 64))) {
    const end = from + index + segment.length;
    if (end > cut.length) break;
    boundary = end;
  }
  return text.slice(0, boundary) + suffix;
}
var LEVEL_RANK = { failure: 0, warning: 1, notice: 2 };
async function createAnnotatedCheckRun(octokit, repo, sha2, name, conclusion, title, summary2, annotations, cap = 500) {
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
    summary: cutBytes(summary2, CHECK_SUMMARY_MAX_BYTES - Buffer.byteLength(note, "utf8"), "\n\n\u2026(truncated)") + note,
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
    if (classifyApiError(e).kind === "permission") {
      throw new UserError(`cannot create check run "${name}": ${describeApiError(e)}`);
    }
    throw e;
  }
  for (const batch of batches.slice(1)) {
    await octokit.rest.checks.update({ ...repo, check_run_id: id, output: output(batch) });
  }
  return { id, posted: kept.length, dropped };
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
function codePoints(s) {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
var segmenter;
function graphemes(s) {
  segmenter ??= new Intl.Segmenter(void 0, { granularity: "grapheme" });
  return segmenter.segment(s);
}

// src/shared/publish.ts
var FRAGMENT_RETENTION_DAYS = 7;
function fragmentArtifactName(fragmentName, runAttempt) {
  return runAttempt !== void 0 && runAttempt > 1 ? `${fragmentName}-attempt-${runAttempt}` : fragmentName;
}
async function publish(host, result, opts) {
  const { fragment } = result;
  const path3 = host.fragmentPath(`${opts.fragmentName}.json`);
  if (path3 !== void 0) {
    try {
      await mkdir(dirname(path3), { recursive: true });
      await writeFragment(path3, fragment);
    } catch (error2) {
      throw new UserError(`cannot write the report fragment ${path3}: ${describeError(error2)}`);
    }
    host.setOutput("fragment-path", path3);
  }
  const tryTo = async (what, fn) => {
    try {
      await fn();
    } catch (error2) {
      host.logger.log("warning", `could not ${what}: ${describeError(error2)}`);
    }
  };
  if (path3 !== void 0 && host.artifacts?.canUpload) {
    const artifacts = host.artifacts;
    const name = fragmentArtifactName(opts.fragmentName, host.context.runAttempt);
    await tryTo(
      "upload the report fragment",
      () => artifacts.upload(name, [path3], dirname(path3), FRAGMENT_RETENTION_DAYS).then(() => {
        host.logger.log("info", `uploaded the report fragment ${basename(path3)} as artifact ${name}`);
      })
    );
  }
  const octokit = host.octokit;
  const repo = host.context.repository;
  const sha2 = result.sha;
  let statusError;
  if (octokit && repo && sha2 && result.onCommit) {
    if (opts.status) {
      const url = runUrl(host.context);
      try {
        await setCommitStatus(octokit, repo, sha2, {
          context: fragment.statusContext,
          state: fragment.status === "fail" ? "failure" : "success",
          description: fragment.summary,
          ...url ? { targetUrl: url } : {}
        });
      } catch (error2) {
        statusError = `could not set the commit status ${fragment.statusContext} on ${sha2.slice(0, 12)}: ${describeError(error2)}`;
      }
    }
    const annotations = fragment.annotations ?? [];
    if (opts.annotations && annotations.length > 0) {
      await tryTo(
        "annotate the findings",
        () => createAnnotatedCheckRun(
          octokit,
          repo,
          sha2,
          result.checkRunName ?? `${fragment.statusContext.replace(/^quality-gates\//, "")}: findings`,
          fragment.status === "fail" ? "failure" : "neutral",
          fragment.summary,
          fragment.summary,
          annotations
        )
      );
    }
  }
  host.setOutput("status", fragment.status);
  for (const [name, value] of Object.entries(result.outputs)) host.setOutput(name, value);
  await host.appendSummary(fragment.markdown);
  if (statusError) throw new UserError(statusError);
}

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
var TRUE = ["true", "yes", "on", "1"];
var FALSE = ["false", "no", "off", "0"];
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
function inputEnum(get, name, allowed, def) {
  const v = raw(get, name);
  if (v === void 0) return def;
  const exact = allowed.find((a) => a === v);
  if (exact !== void 0) return exact;
  const loose = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
  if (loose !== void 0) return loose;
  throw new UserError(
    `${labelOf(get, name)}: ${show(v)} is not allowed; expected one of ${allowed.join(", ")}`
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

// src/shared/settings.ts
function readSettings(declared, get, frontEnd) {
  const out = {};
  for (const s of declared) {
    if (s.only && s.only !== frontEnd) continue;
    out[s.name] = readOne(s, get);
  }
  return out;
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
      return inputEnum(get, s.name, s.values, s.default);
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

// src/shared/gate.ts
function hostInputs(host) {
  return Object.assign((name) => host.input(name), host.inputLabel ? { label: host.inputLabel } : {});
}
async function runDeclared(declaration, host, frontEnd) {
  return declaration.run(readSettings(declaration.settings, hostInputs(host), frontEnd), host);
}
var GITHUB_SETTINGS = [
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
var GATE_SETTINGS = [
  {
    name: "name",
    kind: "string",
    pattern: /^[a-z0-9][a-z0-9._-]{0,39}$/,
    describe: "1-40 lowercase letters, digits, . _ - (starting with a letter or digit)",
    description: "Name of this result when the gate runs more than once in a workflow (monorepo parts, matrix legs): the status becomes quality-gates/<gate>/<name> and the section and fragment carry the name. Empty = the plain quality-gates/<gate>.",
    group: "Publishing"
  },
  {
    name: "status",
    kind: "boolean",
    default: true,
    only: "action",
    description: "Set the gate's commit status (needs statuses: write).",
    group: "Publishing"
  },
  {
    name: "annotations",
    kind: "boolean",
    default: true,
    only: "action",
    description: "Annotate the findings in the PR diff with a check run (needs checks: write).",
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
    name: "repo",
    kind: "string",
    only: "cli",
    placeholder: "<dir>",
    description: "repository root for paths and git (default: the git work tree around the current directory, else the current directory)",
    group: "Inputs"
  }
];
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
      if (name) result.fragment.title = `${result.fragment.title} (${name})`;
      await publish(host, result, {
        fragmentName: all["fragment-name"] ?? defaultFragmentName(spec.id, name),
        status: all.status !== false,
        annotations: all.annotations !== false
      });
      return { ...result.failure ? { failure: result.failure } : {}, result, context };
    },
    print: {
      json: (outcome, write) => spec.print.json(outcome.result.data, write),
      human: (outcome) => spec.print.human(outcome.result.data)
    }
  };
}

// src/shared/host-actions.ts
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join3 } from "node:path";

// src/shared/artifacts.ts
import { rm } from "node:fs/promises";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

// src/shared/exclusive-file.ts
import { open } from "node:fs/promises";
async function createExclusiveWriteStream(target, mode = 420) {
  const handle = await open(target, "wx", mode);
  return handle.createWriteStream();
}

// src/shared/artifacts.ts
var DEFAULT_MAX_ZIP_BYTES = 1024 * 1024 * 1024;
function message(error2) {
  return oneLine(error2 instanceof Error ? error2.message : String(error2), 300);
}
function statusOf(error2) {
  const status = error2?.status;
  return typeof status === "number" ? status : void 0;
}
function createActionsArtifactClient(opts) {
  const { octokit, owner, repo } = opts;
  const maxZipBytes = opts.maxZipBytes ?? DEFAULT_MAX_ZIP_BYTES;
  const fetchBlob = opts.fetch ?? globalThis.fetch;
  let client;
  return {
    canUpload: opts.canUpload ?? true,
    async upload(name, files, rootDirectory, retentionDays) {
      client ??= new (await import("./artifact-6KFL65GI.js")).DefaultArtifactClient();
      let result;
      try {
        result = await client.uploadArtifact(
          name,
          files,
          rootDirectory,
          retentionDays === void 0 ? {} : { retentionDays }
        );
      } catch (error2) {
        const text = message(error2);
        if (/\(409\)/.test(text)) {
          throw new UserError(
            `artifact "${name}" already exists in this workflow run (artifact names are unique per run)`
          );
        }
        throw new UserError(`uploading artifact "${name}" failed: ${text}`);
      }
      if (result.id === void 0) throw new UserError(`uploading artifact "${name}" returned no artifact id`);
      return {
        id: result.id,
        size: result.size ?? 0,
        ...result.digest ? { digest: `sha256:${result.digest}` } : {}
      };
    },
    async downloadZip(artifactId, zipPath) {
      let location;
      try {
        const response = await octokit.request(
          "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}",
          { owner, repo, artifact_id: artifactId, archive_format: "zip", request: { redirect: "manual" } }
        );
        if (response.status !== 302) {
          throw new UserError(
            `downloading artifact ${artifactId} from ${owner}/${repo}: expected a redirect to the blob, got HTTP ${response.status}`
          );
        }
        location = response.headers.location;
      } catch (error2) {
        if (error2 instanceof UserError) throw error2;
        const status = statusOf(error2);
        if (status === 410) throw new UserError(`artifact ${artifactId} has expired`);
        if (status === 404) throw new UserError(`artifact ${artifactId} was not found in ${owner}/${repo}`);
        throw new UserError(
          `downloading artifact ${artifactId} from ${owner}/${repo} failed${status ? ` (HTTP ${status})` : ""}: ${message(error2)}`
        );
      }
      if (!location || !/^https?:\/\//.test(location)) {
        throw new UserError(`downloading artifact ${artifactId}: the API gave no usable redirect location`);
      }
      const blobHost = new URL(location).host;
      let blob;
      try {
        blob = await fetchBlob(location, { redirect: "follow" });
      } catch (error2) {
        throw new UserError(`downloading artifact ${artifactId} from ${blobHost} failed: ${message(error2)}`);
      }
      if (blob.status !== 200 || !blob.body) {
        await blob.body?.cancel();
        throw new UserError(`downloading artifact ${artifactId} from ${blobHost} failed: HTTP ${blob.status}`);
      }
      const declared = Number(blob.headers.get("content-length") ?? NaN);
      if (Number.isFinite(declared) && declared > maxZipBytes) {
        await blob.body.cancel();
        throw new UserError(
          `artifact ${artifactId} is ${declared} bytes, over the download limit of ${maxZipBytes}`
        );
      }
      let received = 0;
      const cap = new Transform({
        transform(chunk, _encoding, callback2) {
          received += chunk.length;
          if (received > maxZipBytes) {
            callback2(
              new UserError(
                `artifact ${artifactId} is larger than the download limit of ${maxZipBytes} bytes`
              )
            );
            return;
          }
          callback2(null, chunk);
        }
      });
      let file;
      try {
        file = await createExclusiveWriteStream(zipPath);
      } catch (error2) {
        await blob.body.cancel();
        throw new UserError(`saving artifact ${artifactId} to ${zipPath} failed: ${message(error2)}`);
      }
      try {
        await pipeline(Readable.fromWeb(blob.body), cap, file);
      } catch (error2) {
        await rm(zipPath, { force: true });
        if (error2 instanceof UserError) throw error2;
        throw new UserError(`saving artifact ${artifactId} to ${zipPath} failed: ${message(error2)}`);
      }
    }
  };
}

// src/shared/baseline-store.ts
import { dirname as dirname2, join as join2, resolve } from "node:path";

// src/shared/baseline.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { lstat, mkdtemp, readdir as readdir2, rm as rm3 } from "node:fs/promises";
import path2 from "node:path";

// src/shared/archive.ts
var import_yauzl = __toESM(require_yauzl(), 1);
import { mkdir as mkdir2, readdir, rm as rm2, stat } from "node:fs/promises";
import path from "node:path";
import { Transform as Transform2 } from "node:stream";
import { pipeline as pipeline2 } from "node:stream/promises";
var DEFAULT_EXTRACT_LIMITS = {
  maxEntries: 1e4,
  maxEntryBytes: 512 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024
};
var S_IFMT = 61440;
var S_IFREG = 32768;
var S_IFDIR = 16384;
var ByteCounter = class extends Transform2 {
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
    } catch (error2) {
      callback2(error2);
    }
  }
};
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
  } catch (error2) {
    throw new UserError(`${zipPath} is not a readable zip archive: ${reason(error2)}`);
  }
}
function reason(error2) {
  if (error2 instanceof UserError) return error2.message;
  return oneLine(error2 instanceof Error ? error2.message : String(error2), 200);
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
  const segments = (directory ? raw2.slice(0, -1) : raw2).split("/");
  for (const segment of segments) {
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
  return { entry, name: segments.join("/"), directory };
}
function entries(zip) {
  return (async function* () {
    for (; ; ) {
      const next = await new Promise((resolve4, reject) => {
        const onEntry = (entry) => {
          cleanup();
          resolve4(entry);
        };
        const onEnd = () => {
          cleanup();
          resolve4(void 0);
        };
        const onError = (error2) => {
          cleanup();
          reject(error2);
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
    const info2 = await stat(destDir);
    if (!info2.isDirectory()) throw new UserError(`extraction target ${destDir} exists and is not a directory`);
    const present = await readdir(destDir);
    if (present.length > 0) throw new UserError(`extraction target ${destDir} is not empty`);
    return false;
  } catch (error2) {
    if (error2.code !== "ENOENT") throw error2;
    await mkdir2(destDir, { recursive: true });
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
  } catch (error2) {
    zip.close();
    throw error2;
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
        await mkdir2(target, { recursive: true });
        continue;
      }
      seenFiles.add(checked.name);
      if (entry.uncompressedSize > max.maxEntryBytes) {
        throw new UserError(
          `${zipPath}: entry ${JSON.stringify(checked.name)} declares ${entry.uncompressedSize} bytes, over the per-entry limit of ${max.maxEntryBytes}`
        );
      }
      await mkdir2(path.dirname(target), { recursive: true });
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
        const source = await zip.openReadStreamPromise(entry).catch((error2) => {
          file.destroy();
          throw error2;
        });
        await pipeline2(source, counter, file);
      } catch (error2) {
        if (error2 instanceof UserError) throw error2;
        throw new UserError(
          `${zipPath}: cannot extract entry ${JSON.stringify(checked.name)}: ${reason(error2)}`
        );
      }
      total += counter.count;
      files.push(checked.name);
    }
    return { files, bytes: total };
  } catch (error2) {
    await removeWritten(root, created);
    if (error2 instanceof UserError) throw error2;
    throw new UserError(`${zipPath} is not a valid zip archive: ${reason(error2)}`);
  } finally {
    zip.close();
  }
}
async function removeWritten(root, created) {
  if (created) {
    await rm2(root, { recursive: true, force: true });
    return;
  }
  for (const name of await readdir(root).catch(() => [])) {
    await rm2(path.join(root, name), { recursive: true, force: true });
  }
}

// src/shared/baseline.ts
var BaselineUnavailableError = class extends UserError {
};
var PREFIX = "quality-gates-baseline-";
var TRUSTED_BASELINE_EVENTS = ["push", "merge_group", "schedule", "workflow_dispatch"];
var DEFAULT_MAX_BASELINE_ZIP_BYTES = 512 * 1024 * 1024;
function checkKind(kind) {
  if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(kind)) {
    throw new UserError(
      `baseline kind ${JSON.stringify(kind)} is invalid: use 1-40 lowercase letters, digits or "-"`
    );
  }
  return kind;
}
function checkSha(sha2, what) {
  const lower = sha2.trim().toLowerCase();
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(lower)) {
    throw new UserError(`${what} ${JSON.stringify(sha2)} is not a full commit SHA (40 or 64 hex digits)`);
  }
  return lower;
}
var short = (sha2) => sha2.slice(0, 7);
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function baselineArtifactName(kind, sha2) {
  return `${PREFIX}${checkKind(kind)}-${checkSha(sha2, "baseline commit")}`;
}
async function listFiles(root) {
  const out = [];
  const walk = async (dir) => {
    for (const entry of (await readdir2(dir, { withFileTypes: true })).sort(
      (a, b) => a.name.localeCompare(b.name)
    )) {
      const full = path2.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) out.push(full);
      else
        throw new UserError(
          `cannot save baseline: ${full} is not a regular file or directory (symlinks are not saved)`
        );
    }
  };
  await walk(root);
  return out;
}
async function saveBaseline(deps, kind, sha2, dir, retentionDays) {
  const name = baselineArtifactName(kind, sha2);
  if (retentionDays !== void 0 && (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 400)) {
    throw new UserError(
      `baseline retention ${retentionDays} is invalid: use a whole number of days from 1 to 400`
    );
  }
  const info2 = await lstat(dir).catch(() => void 0);
  if (!info2?.isDirectory()) throw new UserError(`cannot save baseline: ${dir} is not a directory`);
  const files = await listFiles(dir);
  if (files.length === 0) throw new UserError(`cannot save baseline: ${dir} contains no files`);
  const result = await deps.artifacts.upload(name, files, dir, retentionDays);
  deps.log(
    "info",
    `saved baseline ${name} (artifact ${result.id}, ${plural(files.length, "file")}, ${result.size} bytes)`
  );
  return { artifactId: result.id, name };
}
function onDefaultBranch(run, defaultBranch) {
  const branch = run.head_branch ?? "";
  if (run.event === "merge_group") return branch.startsWith(`gh-readonly-queue/${defaultBranch}/`);
  return branch === defaultBranch;
}
function statusOf2(error2) {
  const status = error2?.status;
  return typeof status === "number" ? status : void 0;
}
function apiError(what, error2) {
  const status = statusOf2(error2);
  const text = oneLine(error2 instanceof Error ? error2.message : String(error2), 200);
  const hint = status === 403 ? " (the token needs `actions: read`)" : "";
  return new BaselineUnavailableError(
    `baseline lookup failed: ${what} ${status ? `returned HTTP ${status}` : "failed"}${hint}: ${text}`
  );
}
async function findBaseline(deps, kind, candidates) {
  checkKind(kind);
  const shas = candidates.map((c, i) => checkSha(c, `baseline candidate ${i + 1}`));
  const skipped = [];
  const now = (deps.now ?? (() => /* @__PURE__ */ new Date()))().getTime();
  const runs = /* @__PURE__ */ new Map();
  const { owner, repo } = deps;
  const getRun = async (runId) => {
    if (runs.has(runId)) return runs.get(runId);
    let run;
    try {
      const response = await deps.octokit.request("GET /repos/{owner}/{repo}/actions/runs/{run_id}", {
        owner,
        repo,
        run_id: runId
      });
      run = response.data;
    } catch (error2) {
      if (statusOf2(error2) !== 404) throw apiError(`GET /repos/${owner}/${repo}/actions/runs/${runId}`, error2);
      run = void 0;
    }
    runs.set(runId, run);
    return run;
  };
  for (const [behind, sha2] of shas.entries()) {
    const name = baselineArtifactName(kind, sha2);
    let listed;
    try {
      listed = await deps.octokit.paginate("GET /repos/{owner}/{repo}/actions/artifacts", {
        owner,
        repo,
        name,
        per_page: 100
      });
    } catch (error2) {
      throw apiError(`GET /repos/${owner}/${repo}/actions/artifacts?name=${name}`, error2);
    }
    const newestFirst = listed.filter((a) => a.name === name).sort((a, b) => Date.parse(b.created_at ?? "") - Date.parse(a.created_at ?? "") || b.id - a.id);
    for (const artifact of newestFirst) {
      const label = `artifact ${artifact.id} (${name})`;
      const expiresAt = artifact.expires_at ? Date.parse(artifact.expires_at) : NaN;
      if (artifact.expired || !Number.isNaN(expiresAt) && expiresAt <= now) {
        skipped.push(`${label}: expired`);
        continue;
      }
      const runId = artifact.workflow_run?.id;
      if (typeof runId !== "number") {
        skipped.push(`${label}: the API names no workflow run for it`);
        continue;
      }
      const run = await getRun(runId);
      if (!run) {
        skipped.push(`${label}: workflow run ${runId} no longer exists`);
        continue;
      }
      const headRepoId = run.head_repository?.id;
      if (headRepoId !== deps.repositoryId) {
        const from = run.head_repository?.full_name ?? `repository ${headRepoId ?? "unknown"}`;
        skipped.push(`${label}: untrusted, run ${runId} built code from a fork (${from})`);
        continue;
      }
      if (run.repository && run.repository.id !== deps.repositoryId) {
        skipped.push(`${label}: untrusted, run ${runId} belongs to repository ${run.repository.id}`);
        continue;
      }
      if (!TRUSTED_BASELINE_EVENTS.includes(run.event)) {
        skipped.push(`${label}: untrusted, run ${runId} was triggered by ${run.event}`);
        continue;
      }
      if (deps.defaultBranch !== void 0 && !onDefaultBranch(run, deps.defaultBranch)) {
        skipped.push(
          `${label}: untrusted, run ${runId} ran on ${JSON.stringify(run.head_branch ?? "")}, not ${deps.defaultBranch}`
        );
        continue;
      }
      if (run.head_sha.toLowerCase() !== sha2) {
        skipped.push(`${label}: run ${runId} tested ${short(run.head_sha)}, not ${short(sha2)}`);
        continue;
      }
      const note2 = `found at ${short(sha2)}, ${plural(behind, "commit")} behind`;
      deps.log("info", `baseline ${kind}: ${note2} (artifact ${artifact.id}, run ${runId})`);
      for (const reason2 of skipped) deps.log("warning", `baseline ${kind}: skipped ${reason2}`);
      return {
        found: true,
        sha: sha2,
        behind,
        artifactId: artifact.id,
        runId,
        note: note2,
        name,
        size: artifact.size_in_bytes,
        ...artifact.digest ? { digest: artifact.digest } : {},
        skipped
      };
    }
  }
  const note = shas.length === 0 ? "no base commit to look up" : `none within ${plural(shas.length, "first-parent commit")} of ${short(shas[0] ?? "")}`;
  deps.log("info", `baseline ${kind}: ${note}`);
  for (const reason2 of skipped) deps.log("warning", `baseline ${kind}: skipped ${reason2}`);
  return { found: false, searched: shas.length, note, skipped };
}
async function sha256File(file) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return `sha256:${hash.digest("hex")}`;
}
async function fetchBaseline(deps, lookup, limits = {}) {
  const maxZip = limits.maxZipBytes ?? DEFAULT_MAX_BASELINE_ZIP_BYTES;
  const what = `baseline artifact ${lookup.artifactId} (${lookup.name})`;
  if (lookup.size > maxZip) {
    throw new UserError(`${what} is ${lookup.size} bytes, over the limit of ${maxZip}`);
  }
  const work = await mkdtemp(path2.join(deps.tempDir, `baseline-${lookup.artifactId}-`));
  const zipPath = path2.join(work, "artifact.zip");
  const dest = path2.join(work, "files");
  try {
    await deps.artifacts.downloadZip(lookup.artifactId, zipPath);
    if (lookup.digest) {
      const actual = await sha256File(zipPath);
      if (actual !== lookup.digest.toLowerCase()) {
        throw new UserError(`${what}: downloaded zip has digest ${actual}, expected ${lookup.digest}`);
      }
    }
    const { files, bytes } = await extractZip(zipPath, dest, limits);
    deps.log("info", `baseline ${lookup.name}: extracted ${plural(files.length, "file")}, ${bytes} bytes`);
    await rm3(zipPath, { force: true });
    return dest;
  } catch (error2) {
    await rm3(work, { recursive: true, force: true });
    if (error2 instanceof UserError)
      throw new BaselineUnavailableError(`${what} is unusable: ${error2.message}`);
    throw error2;
  }
}

// src/shared/baseline-store.ts
function isTrustedDefaultBranchRun(context) {
  const { eventName, ref, payload } = context;
  if (!TRUSTED_BASELINE_EVENTS.includes(eventName)) return false;
  const defaultBranch = payload.repository?.default_branch;
  if (typeof defaultBranch !== "string" || defaultBranch === "") return false;
  const branchRef = `refs/heads/${defaultBranch}`;
  if (eventName === "merge_group") {
    const baseRef = payload.merge_group?.base_ref;
    return baseRef === branchRef;
  }
  return ref === branchRef;
}
function createArtifactBaselineStore(deps, context) {
  const trusted = isTrustedDefaultBranchRun(context);
  return {
    savesInAuto: trusted,
    gatesWhenSaving: false,
    async find(kind, candidates, file) {
      const lookup = await findBaseline(deps, kind, await candidates());
      if (!lookup.found) return { found: false, note: lookup.note };
      const dir = await fetchBaseline(deps, lookup);
      return { found: true, path: join2(dir, file), sha: lookup.sha, behind: lookup.behind, note: lookup.note };
    },
    async save(kind, sha2, dir, _file, retentionDays) {
      if (!trusted) {
        throw new UserError(
          `a baseline is saved only by ${TRUSTED_BASELINE_EVENTS.join(", ")} runs on the default branch, not by this ${context.eventName} run`
        );
      }
      const saved = await saveBaseline(deps, kind, sha2, dir, retentionDays);
      return `artifact ${saved.name}`;
    }
  };
}

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION = "0.0.0-development";
var noop = () => Promise.resolve();
function wrapRequest(state, request, options2) {
  return state.retryLimiter.schedule(doRequest, state, request, options2);
}
async function doRequest(state, request, options2) {
  const { pathname } = new URL(options2.url, "http://github.test");
  const isAuth = isAuthRequest(options2.method, pathname);
  const isWrite = !isAuth && options2.method !== "GET" && options2.method !== "HEAD";
  const isSearch = options2.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options2);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error2) => error2.type === "RATE_LIMITED")) {
      const error2 = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error2;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path3) => path3.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = import_light.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error2, info2) {
      const [state2, request, options2] = info2.args;
      const { pathname } = new URL(options2.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error2.status !== 401;
      if (!(shouldRetryGraphQL || error2.status === 403 || error2.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options2.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error2.message)) {
          const retryAfter2 = Number(error2.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options2,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error2.response.headers != null && error2.response.headers["x-ratelimit-remaining"] === "0" || (error2.response.data?.errors ?? []).some(
          (error22) => error22.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error2.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options2,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options2) => {
    initializeBottleneck();
    return wrapRequest(state, request, options2);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;

// src/shared/octokit.ts
var DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS = 300;
var SECONDARY_FALLBACK_SECONDS = 60;
var WRITE_RETRYABLE = /* @__PURE__ */ new Set([500, 502, 503]);
var PROXY_VARIABLES = ["https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"];
function transportFetch(env) {
  if (!PROXY_VARIABLES.some((name) => env[name])) return (input, init) => fetch(input, init);
  let proxied;
  return async (input, init) => {
    proxied ??= import("./utils-HKKJHCBL.js").then(
      (m) => m.defaults.request?.fetch ?? fetch
    );
    return (await proxied)(input, init);
  };
}
function createOctokit(opts) {
  if (!opts.token)
    throw new UserError("GitHub token is empty: pass `github-token` (defaults to GITHUB_TOKEN)");
  const log2 = opts.log ?? (() => void 0);
  const retries = opts.retries ?? 3;
  const unit = opts.minRetryDelayMs ?? 1e3;
  const maxWait = opts.maxRateLimitWaitSeconds ?? DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS;
  if (!Number.isFinite(maxWait) || maxWait < 0)
    throw new UserError(`maximum rate-limit wait must be a number of seconds \u2265 0, got ${maxWait}`);
  if (!Number.isSafeInteger(retries) || retries < 0)
    throw new UserError(`retries must be an integer \u2265 0, got ${retries}`);
  const timeoutMs = opts.requestTimeoutMs ?? 6e4;
  const baseFetch = transportFetch(process.env);
  const fetchWithTimeout = (input, init) => {
    const signals = [AbortSignal.timeout(timeoutMs), ...init?.signal ? [init.signal] : []];
    return baseFetch(input, { ...init, signal: AbortSignal.any(signals) });
  };
  const orchestrationId = process.env.ACTIONS_ORCHESTRATION_ID?.trim();
  const GitHub = Octokit.plugin(
    restEndpointMethods,
    paginateRest,
    writeGuard(log2),
    retry,
    throttling,
    rateLimitRetry({
      log: log2,
      retries,
      maxWaitMs: maxWait * 1e3,
      now: opts.now ?? Date.now,
      sleep: opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)))
    })
  );
  return new GitHub({
    auth: `token ${opts.token}`,
    baseUrl: (opts.baseUrl || process.env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
    ...orchestrationId ? { userAgent: `actions_orchestration_id/${orchestrationId.replace(/[^a-z0-9_.-]/gi, "_")}` } : {},
    request: { fetch: fetchWithTimeout },
    log: {
      debug: () => void 0,
      info: () => void 0,
      warn: (m) => log2(m),
      error: (m) => log2(m)
    },
    retry: { retries, retryAfterBaseValue: unit },
    throttle: {
      // Duck-typed Bottleneck.Group: the plugin only calls `write.key(id).schedule(opts, fn)`.
      write: spacedQueue(opts.minWriteIntervalMs ?? 1e3),
      // Writes that notify (comments, …) are spaced the same way (the plugin's default is 3 s apart).
      notifications: spacedQueue(opts.minWriteIntervalMs ?? 1e3),
      // Rate limits are retried by rateLimitRetry (outermost), with a bounded, injectable wait.
      onRateLimit: () => false,
      onSecondaryRateLimit: () => false
    }
  });
}
function rateLimitRetry(cfg) {
  return (octokit) => {
    octokit.hook.wrap("request", async (request, options2) => {
      let waitedMs = 0;
      let guessed = 0;
      for (let attempt = 0; ; attempt++) {
        try {
          return await request(options2);
        } catch (error2) {
          const nowMs = cfg.now();
          const limit = rateLimitOf(error2, nowMs);
          if (!limit || !(error2 instanceof RequestError)) throw error2;
          const parsed = parseRequest(octokit, options2);
          const what = `${parsed.method.toUpperCase()} ${pathOf(parsed.url)}`;
          const label = limit.kind === "primary" ? "rate limit" : "secondary rate limit";
          const waitMs = limit.waitMs ?? SECONDARY_FALLBACK_SECONDS * 1e3 * 2 ** Math.min(guessed++, 10);
          const inSeconds = Math.ceil(waitMs / 1e3);
          const info2 = {
            ...limit,
            inSeconds,
            waitedSeconds: Math.round(waitedMs / 1e3),
            boundSeconds: Math.round(cfg.maxWaitMs / 1e3),
            retries: cfg.retries
          };
          if (waitedMs + waitMs > cfg.maxWaitMs) {
            const e = new RateLimitError(error2, { ...info2, reason: "beyond-bound" }, what);
            cfg.log(e.message);
            throw e;
          }
          if (attempt >= cfg.retries) {
            const e = new RateLimitError(error2, { ...info2, reason: "retries-exhausted" }, what);
            cfg.log(e.message);
            throw e;
          }
          cfg.log(
            `GitHub ${label} on ${what}: retrying in ${inSeconds}s (retry ${attempt + 1}/${cfg.retries})`
          );
          await cfg.sleep(waitMs);
          waitedMs += waitMs;
        }
      }
    });
  };
}
function writeGuard(log2) {
  return (octokit) => {
    octokit.hook.error("request", (error2, opts) => {
      const options2 = opts;
      const parsed = parseRequest(octokit, options2);
      const method = parsed.method.toUpperCase();
      const isWrite = method !== "GET" && method !== "HEAD";
      const e = error2;
      const path3 = pathOf(parsed.url);
      if (e.response === void 0) {
        const reason2 = describeNetworkError(error2);
        if (isWrite) {
          log2(`${method} ${path3}: no response (${reason2}); not retried, the write may have been applied`);
          throw finalError(
            `no response from GitHub (${reason2}); not retried because the write may have been applied`,
            500,
            parsed,
            void 0
          );
        }
        log2(`${method} ${path3}: no response (${reason2})`);
        if (error2 instanceof RequestError) throw error2;
        throw new RequestError(`no response from GitHub (${reason2})`, 500, {
          request: { ...parsed, request: options2.request }
        });
      }
      const status = typeof e.status === "number" ? e.status : 0;
      if (rateLimitOf(error2) !== void 0)
        throw finalError(e.message ?? `HTTP ${status}`, status, parsed, e.response);
      if (status >= 500) log2(`${method} ${path3}: GitHub answered ${status}`);
      if (isWrite && status >= 400 && !WRITE_RETRYABLE.has(status)) {
        throw finalError(e.message ?? `HTTP ${status}`, status, parsed, e.response);
      }
      throw error2;
    });
  };
}
function finalError(message2, status, parsed, response) {
  return new RequestError(message2, status, {
    request: { method: parsed.method, url: parsed.url, headers: {} },
    ...response ? { response } : {}
  });
}
function parseRequest(octokit, options2) {
  try {
    const parsed = octokit.request.endpoint.parse(
      options2
    );
    return { method: parsed.method, url: parsed.url };
  } catch {
    return { method: options2.method ?? "GET", url: options2.url ?? "" };
  }
}
function spacedQueue(gapMs) {
  let tail = Promise.resolve();
  let last = 0;
  const limiter = {
    schedule(...args) {
      const fnIndex = typeof args[0] === "function" ? 0 : 1;
      const fn = args[fnIndex];
      const rest = args.slice(fnIndex + 1);
      const run = tail.then(async () => {
        const wait = last + gapMs - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        last = Date.now();
        return fn(...rest);
      });
      tail = run.catch(() => void 0);
      return run;
    }
  };
  return { key: () => limiter };
}

// src/shared/host-actions.ts
function defaultBranchOf(context) {
  const branch = context.payload.repository?.default_branch;
  return typeof branch === "string" && branch !== "" ? branch : void 0;
}
function createActionsHost(env = process.env) {
  const context = runContextFromEnv(env);
  const input = (name) => getInput(name).trim() || void 0;
  const token = input("github-token") ?? env.GITHUB_TOKEN;
  if (token) setSecret(token);
  const maxRateLimitWaitSeconds = inputNumber(input, "rate-limit-wait", { min: 0, max: 3600, integer: true });
  const octokit = token ? createOctokit({
    token,
    baseUrl: context.apiUrl,
    log: (message2) => debug(message2),
    ...maxRateLimitWaitSeconds !== void 0 ? { maxRateLimitWaitSeconds } : {}
  }) : void 0;
  const artifacts = octokit && context.repository ? createActionsArtifactClient({
    octokit,
    owner: context.repository.owner,
    repo: context.repository.repo,
    canUpload: !!env.ACTIONS_RUNTIME_TOKEN
  }) : void 0;
  const log2 = {
    debug: (message2) => debug(message2),
    info: (message2) => info(message2),
    notice: (message2, props) => notice(message2, props),
    warning: (message2, props) => warning(message2, props),
    error: (message2, props) => error(message2, props)
  };
  const tempDir = mkdtempSync(join3(env.RUNNER_TEMP || tmpdir(), "quality-gates-"));
  const repo = context.repository;
  const baselines = octokit && artifacts && repo ? createArtifactBaselineStore(
    {
      octokit,
      artifacts,
      owner: repo.owner,
      repo: repo.repo,
      repositoryId: repo.id ?? 0,
      tempDir,
      ...defaultBranchOf(context) ? { defaultBranch: defaultBranchOf(context) } : {},
      log: (level, message2) => log2[level](message2)
    },
    context
  ) : void 0;
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  let pullRequest;
  const fragmentsDir = env.RUNNER_TEMP ? jobFragmentsDir(env.RUNNER_TEMP) : join3(tempDir, "fragments");
  return {
    input,
    setOutput: (name, value) => setOutput(name, value),
    appendSummary: async (markdown) => {
      await summary.addRaw(markdown, true).write();
    },
    logger: {
      log: (level, message2, where) => log2[level](
        message2,
        where && {
          file: where.file,
          startLine: where.startLine,
          endLine: where.endLine,
          title: where.title
        }
      ),
      group: (name, fn) => group(name, fn)
    },
    context,
    workspace,
    cwd: workspace,
    tempDir,
    ...env.RUNNER_TEMP ? { jobTempDir: env.RUNNER_TEMP } : {},
    ...octokit ? { octokit } : {},
    ...artifacts ? { artifacts } : {},
    ...baselines ? { baselines } : {},
    pullRequest: () => pullRequest ??= repo ? resolvePullRequest(context.eventName, context.payload, repo, octokit) : Promise.resolve(void 0),
    fragmentPath: (name) => join3(fragmentsDir, name),
    now: () => /* @__PURE__ */ new Date()
  };
}

// src/shared/action-entry.ts
async function runAction(declaration, makeHost = createActionsHost) {
  try {
    const host = makeHost();
    const outcome = await runDeclared(declaration, host, "action");
    if (outcome.failure) setFailed(outcome.failure);
  } catch (error2) {
    if (error2 instanceof UserError) {
      setFailed(error2.message);
    } else {
      setFailed(`internal error: ${describeError(error2)} (please report it)`);
      if (error2 instanceof Error && error2.stack) debug(error2.stack);
    }
  }
}

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

// src/shared/markdown.ts
var ZWJ = "\u200D";
var ELLIPSIS = "\u2026";
var INLINE_SPECIAL = /* @__PURE__ */ new Set([
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
function flatten(s) {
  return s.replace(/\r\n|[\r\n\u2028\u2029\t\v\f]/g, " ").replace(/\0/g, "\uFFFD").replace(/[\u0001-\u001f\u007f]/g, "");
}
function codePoints2(s) {
  return Array.from(s);
}
function escapeText(s, max) {
  const flat = flatten(s);
  const neutral = flat.replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWJ}`).replace(/#(?=\d)/g, `#${ZWJ}`).replace(/([A-Za-z]):\/\//g, `$1:${ZWJ}//`).replace(/(www)\./gi, `$1${ZWJ}.`);
  const units = [];
  const cps = codePoints2(neutral);
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
  const cps = codePoints2(
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
    const cps = codePoints2(content);
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
  const sep2 = headers.map((_, i) => {
    const a = align?.[i];
    return a === "r" ? "---:" : a === "c" ? ":---:" : a === "l" ? ":---" : "---";
  });
  const out = [line(headers), `|${sep2.map((s) => ` ${s} `).join("|")}|`];
  for (const row of rows) {
    const cells = headers.map((_, i) => row[i] ?? "");
    out.push(line(cells));
  }
  return out.join("\n");
}
function details(summary2, body, open2 = false) {
  return `<details${open2 ? " open" : ""}>
<summary>${summary2.replace(/\r?\n/g, " ")}</summary>

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
  const cps = codePoints2(cleaned);
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
var SEP = "\n\n";
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
  const join4 = (xs) => xs.filter((x) => x.length > 0).join(SEP);
  let text = join4([head, ...body, tail]);
  let droppedHeadOrTail = false;
  if (text.length > limit) {
    droppedHeadOrTail = true;
    const candidates = [join4([head, ...body]), join4(body)];
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

// node_modules/tinyglobby/dist/index.mjs
import { readdir as readdir3, readdirSync, realpath, realpathSync, stat as stat2, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve3 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename as basename2, dirname as dirname3, normalize, relative, resolve as resolve2, sep } from "path";
import * as nativeFs from "fs";
var __require2 = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path3) {
  let normalized = normalize(path3);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path3, separator) {
  return path3.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path3) {
  return path3 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path3);
}
function normalizePath(path3, options2) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options2;
  const pathNeedsCleaning = process.platform === "win32" && path3.includes("/") || path3.startsWith(".");
  if (resolvePaths) path3 = resolve2(path3);
  if (normalizePath$1 || pathNeedsCleaning) path3 = cleanPath(path3);
  if (path3 === ".") return "";
  const needsSeperator = path3[path3.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path3 + pathSeparator : path3, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options2) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options2.pathSeparator) + options2.pathSeparator + filename;
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
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path3 = directoryPath || ".";
  if (filters.every((filter) => filter(path3, true))) paths.push(path3);
};
var empty$2 = () => {
};
function build$6(root, options2) {
  const { includeDirs, filters, relativePaths } = options2;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options2) {
  const { excludeFiles, filters, onlyCounts } = options2;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options2) {
  return options2.group ? getArrayGroup : getArray;
}
var groupFiles = (groups2, directory, files) => {
  groups2.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options2) {
  return options2.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path3, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path3, (error2, resolvedPath) => {
    if (error2) return queue.dequeue(suppressErrors ? null : error2, state);
    fs.stat(resolvedPath, (error$1, stat3) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat3.isDirectory() && isRecursive(path3, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat3, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path3, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path3);
    const stat3 = fs.statSync(resolvedPath);
    if (stat3.isDirectory() && isRecursive(path3, resolvedPath, state)) return;
    callback$1(stat3, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options2, isSynchronous) {
  if (!options2.resolveSymlinks || options2.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path3, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname3(path3);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname3(parent);
  }
  state.symlinks.set(path3, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error2, callback$1, output, suppressErrors) {
  if (error2 && !suppressErrors) callback$1(error2, output);
  else callback$1(null, output);
}
function build$1(options2, isSynchronous) {
  const { onlyCounts, group: group2, maxFiles } = options2;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group2) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error2, entries2 = []) => {
    callback$1(entries2, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error2, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
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
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error2, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error2)) {
      this.onQueueEmpty(error2, output);
      if (error2) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
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
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
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
      queue: new Queue((error2, state) => this.callbackInvoker(state, error2, callback$1)),
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
        let path3 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path3)) continue;
        this.pushDirectory(path3, paths, filters);
        this.walkDirectory(this.state, path3, path3, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path3 = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path3, this.state, (stat3, resolvedPath) => {
          if (stat3.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path3 + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path3 + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path3;
            const filename = basename2(resolvedPath);
            const directoryPath$1 = normalizePath(dirname3(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
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
var APIBuilder = class {
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
var pm = null;
try {
  __require2.resolve("picomatch");
  pm = __require2("picomatch");
} catch {
}
var Builder = class {
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
    this.options.filters.push((path3) => isMatch(path3));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
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
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options2);
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
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
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
function ensureNonDriveRelativePath(path3) {
  return path3.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path3) {
  var _result$parts;
  const result = import_picomatch.default.scan(path3, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path3];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path3) => path3.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path3) => path3.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options2) {
  if ((options2 === null || options2 === void 0 ? void 0 : options2.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
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
  const { absolute, caseSensitiveMatch, debug: debug2, dot, followSymbolicLinks, onlyDirectories } = options2;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options2.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options2.extglob === false,
    noglobstar: options2.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
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
    filters: [debug2 ? (p, isDirectory) => {
      const path3 = format(p, isDirectory);
      const matches = matcher(path3) && !ignore(path3);
      if (matches) log(`matched ${path3}`);
      return matches;
    } : (p, isDirectory) => {
      const path3 = format(p, isDirectory);
      return matcher(path3) && !ignore(path3);
    }],
    exclude: debug2 ? (_, p) => {
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
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options2) {
  const opts = Object.assign({}, options2);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve3(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir3,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat2,
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
  const [crawler, relative2] = getCrawler(globInput, options2);
  return crawler ? formatPaths(await crawler.withPromise(), relative2) : [];
}

export {
  UserError,
  describeError,
  makeFragment,
  readFragment,
  jobFragmentsDir,
  runUrl,
  classifyApiError,
  describeApiError,
  resolvePullRequest,
  setCommitStatus,
  labelOf,
  hostInputs,
  GITHUB_SETTINGS,
  defineGate,
  extractZip,
  runAction,
  percentOf,
  deltaPp,
  ratioAtLeast,
  dropWithin,
  truncDecimal,
  deltaPpNumber,
  require_picomatch2 as require_picomatch,
  escapeText,
  escapeCell,
  escapeHtml,
  inlineCode,
  table,
  details,
  percent,
  mermaidXYChart,
  fitToBudget,
  cutTableRows,
  isDynamicPattern,
  glob
};
//# sourceMappingURL=chunk-VNJNRF5C.js.map
