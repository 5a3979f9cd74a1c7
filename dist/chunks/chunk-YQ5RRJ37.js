import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  resolvePullRequest
} from "./chunk-HX5UPTZB.js";
import {
  UserError,
  describeError,
  oneLine
} from "./chunk-XW4BQXO4.js";
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
    FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
      var self = this;
      self.pend.go(function(cb) {
        fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer2) {
          cb();
          callback(err, bytesRead, buffer2);
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
    BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
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
          callback(null, 0);
        });
        return;
      }
      this.buffer.copy(buffer, offset, position, position + length);
      setImmediate(function() {
        callback(null, length);
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
      return new Promise((resolve2, reject) => {
        open2(path3, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve2(zipfile);
        });
      });
    }
    function fromFdPromise(fd, options2) {
      return new Promise((resolve2, reject) => {
        fromFd(fd, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve2(zipfile);
        });
      });
    }
    function fromBufferPromise(buffer, options2) {
      return new Promise((resolve2, reject) => {
        fromBuffer(buffer, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve2(zipfile);
        });
      });
    }
    function fromRandomAccessReaderPromise(reader, totalSize, options2) {
      return new Promise((resolve2, reject) => {
        fromRandomAccessReader(reader, totalSize, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve2(zipfile);
        });
      });
    }
    function open2(path3, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      fs.open(path3, "r", function(err, fd) {
        if (err) return callback(err);
        fromFd(fd, options2, function(err2, zipfile) {
          if (err2) fs.close(fd, defaultCallback);
          callback(err2, zipfile);
        });
      });
    }
    function fromFd(fd, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      fs.fstat(fd, function(err, stats) {
        if (err) return callback(err);
        var reader = new fd_slicer.FdSlicer(fd);
        fromRandomAccessReader(reader, stats.size, options2, callback);
      });
    }
    function fromBuffer(buffer, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      var reader = new fd_slicer.BufferSlicer(buffer);
      fromRandomAccessReader(reader, buffer.length, options2, callback);
    }
    function fromRandomAccessReader(reader, totalSize, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      var decodeStrings = !!options2.decodeStrings;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
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
        if (err) return callback(err);
        for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
          if (buffer.readUInt32LE(i) !== 101010256) continue;
          var eocdrBuffer = buffer.subarray(i);
          var diskNumber = eocdrBuffer.readUInt16LE(4);
          var entryCount = eocdrBuffer.readUInt16LE(10);
          var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
          var commentLength = eocdrBuffer.readUInt16LE(20);
          var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
          if (commentLength !== expectedCommentLength) {
            return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK\u263A\u263B` in the comment?"));
          }
          var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false) : eocdrBuffer.subarray(22);
          if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 117853008) {
            var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
            var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
            var zip64EocdrBuffer = newBuffer(56);
            return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err2) {
              if (err2) return callback(err2);
              if (zip64EocdrBuffer.readUInt32LE(0) !== 101075792) {
                return callback(new Error("invalid zip64 end of central directory record signature"));
              }
              diskNumber = zip64EocdrBuffer.readUInt32LE(16);
              if (diskNumber !== 0) {
                return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
              }
              entryCount = readUInt64LE(zip64EocdrBuffer, 32);
              centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
              return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
            });
          }
          if (diskNumber !== 0) {
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
        }
        callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
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
        let { resolve: resolve2 } = pendingResolveReject;
        pendingResolveReject = null;
        resolve2({ value: entry });
      }
      function onEnd() {
        let { resolve: resolve2 } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        resolve2({ done: true });
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
          const promise = new Promise((resolve2, reject) => {
            if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
            pendingResolveReject = { resolve: resolve2, reject };
          });
          self.readEntry();
          return promise;
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
    ZipFile.prototype.openReadStream = function(entry, options2, callback) {
      var self = this;
      var relativeStart = 0;
      var relativeEnd = entry.compressedSize;
      if (callback == null) {
        callback = options2;
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
      if (!self.isOpen) return callback(new Error("closed"));
      if (entry.isEncrypted() && !rawMode) {
        if (options2.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
      }
      var decompress;
      if (rawMode) {
        decompress = false;
      } else if (entry.compressionMethod === 8) {
        decompress = options2.decodeFileData !== true;
      } else {
        return callback(new Error("unsupported compression method: " + entry.compressionMethod));
      }
      self.readLocalFileHeader(entry, { minimal: true }, function(err, localFileHeader) {
        if (err) return callback(err);
        self.openReadStreamLowLevel(
          localFileHeader.fileDataStart,
          entry.compressedSize,
          relativeStart,
          relativeEnd,
          decompress,
          entry.uncompressedSize,
          callback
        );
      });
    };
    ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
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
      callback(null, endpointStream);
    };
    ZipFile.prototype.readLocalFileHeader = function(entry, options2, callback) {
      var self = this;
      if (callback == null) {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      self.reader.ref();
      var buffer = newBuffer(30);
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
        try {
          if (err) return callback(err);
          var signature = buffer.readUInt32LE(0);
          if (signature !== 67324752) {
            return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
          }
          var fileNameLength = buffer.readUInt16LE(26);
          var extraFieldLength = buffer.readUInt16LE(28);
          var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
          if (fileDataStart + entry.compressedSize > self.fileSize) {
            return callback(new Error("file data overflows file bounds: " + fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
          }
          if (options2.minimal) {
            return callback(null, { fileDataStart });
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
              if (err2) return callback(err2);
              localFileHeader.fileName = buffer.subarray(0, fileNameLength);
              localFileHeader.extraField = buffer.subarray(fileNameLength);
              return callback(null, localFileHeader);
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
      return new Promise((resolve2, reject) => {
        this.openReadStream(entry, options2, function(err, readStream) {
          if (err) return reject(err);
          resolve2(readStream);
        });
      });
    };
    ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
      return new Promise((resolve2, reject) => {
        this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
          if (err) return reject(err);
          resolve2(readStream);
        });
      });
    };
    ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options2) {
      return new Promise((resolve2, reject) => {
        this.readLocalFileHeader(entry, options2, function(err, localFileHeader) {
          if (err) return reject(err);
          resolve2(localFileHeader);
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
    function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
      if (length === 0) {
        return setImmediate(function() {
          callback(null, newBuffer(0));
        });
      }
      reader.read(buffer, offset, length, position, function(err, bytesRead) {
        if (err) return callback(err);
        if (bytesRead < length) {
          return callback(new Error("unexpected EOF"));
        }
        callback();
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
    RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
      var readStream = this.createReadStream({ start: position, end: position + length });
      var writeStream = new Writable();
      var written = 0;
      writeStream._write = function(chunk, encoding, cb) {
        chunk.copy(buffer, offset + written, 0, chunk.length);
        written += chunk.length;
        cb();
      };
      writeStream.on("finish", callback);
      readStream.on("error", function(error) {
        callback(error);
      });
      readStream.pipe(writeStream);
    };
    RandomAccessReader.prototype.close = function(callback) {
      setImmediate(callback);
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

// src/shared/git.ts
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { lstat, readFile } from "node:fs/promises";
import { isAbsolute, join, relative } from "node:path";
var HARDENING = [
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
var GIT_ENV_NAMES = /* @__PURE__ */ new Set([
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
var GIT_ENV_PREFIXES = ["GIT_CONFIG_", "GIT_AUTHOR_", "GIT_COMMITTER_"];
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
      return new Promise((resolve2, reject) => {
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
            } else resolve2(stdout);
          }
        );
      });
    }
  };
}
var SHA_RE = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
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
  const sha = out.trim();
  if (!SHA_RE.test(sha)) throw new UserError(`Unknown git revision "${rev}" in ${git.cwd}`);
  return sha;
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
  const sha = out.trim().split("\n")[0] ?? "";
  if (!SHA_RE.test(sha)) throw new UserError(`No merge base between "${a}" and "${b}" in ${git.cwd}`);
  return sha;
}
async function firstParentAncestors(git, sha, limit) {
  const n = Math.max(0, Math.floor(limit));
  if (n === 0) return [];
  const full = await revParse(git, sha);
  const out = await git.run(["rev-list", "--first-parent", `--max-count=${n}`, full]);
  return out.split("\n").filter((l) => SHA_RE.test(l));
}
async function parents(git, sha) {
  const out = await git.run(["rev-list", "--parents", "-n", "1", sha]);
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
var DIFF_FLAGS = [
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
var UNTRACKED_LIMITS = {
  maxFileBytes: 1024 * 1024,
  maxFiles: 1e3,
  maxTotalBytes: 16 * 1024 * 1024
};
var BINARY_SNIFF_BYTES = 8e3;
function countLines(buf) {
  let n = 0;
  let at = buf.indexOf(10);
  while (at >= 0) {
    n++;
    at = buf.indexOf(10, at + 1);
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
  for (const path3 of paths) {
    const abs = join(top, path3);
    const rel = relative(top, abs);
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) {
      skipped.push({ path: path3, why: "outside the repository" });
      continue;
    }
    if (files.length >= limits.maxFiles) {
      skipped.push({ path: path3, why: `over the limit of ${limits.maxFiles} untracked files` });
      continue;
    }
    const st = await lstat(abs).catch(() => void 0);
    if (!st) {
      skipped.push({ path: path3, why: "unreadable" });
      continue;
    }
    if (!st.isFile()) {
      skipped.push({ path: path3, why: st.isSymbolicLink() ? "a symlink" : "not a regular file" });
      continue;
    }
    if (st.size > limits.maxFileBytes) {
      skipped.push({ path: path3, why: `larger than ${formatBytes(limits.maxFileBytes)}` });
      continue;
    }
    if (bytes + st.size > limits.maxTotalBytes) {
      skipped.push({ path: path3, why: `over the limit of ${formatBytes(limits.maxTotalBytes)} of untracked files` });
      continue;
    }
    const buf = await readFile(abs).catch(() => void 0);
    if (!buf || buf.length > limits.maxFileBytes) {
      skipped.push({ path: path3, why: buf ? `larger than ${formatBytes(limits.maxFileBytes)}` : "unreadable" });
      continue;
    }
    bytes += buf.length;
    if (buf.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
      skipped.push({ path: path3, why: "binary" });
      continue;
    }
    const n = countLines(buf);
    files.push({
      path: path3,
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
var REMOTE_DEFAULT_REFS = ["origin/HEAD", "origin/main", "origin/master"];
async function remoteDefaultBranch(git) {
  for (const ref of REMOTE_DEFAULT_REFS) {
    const full = `refs/remotes/${ref}`;
    const out = await git.run(["rev-parse", "--verify", "--quiet", "--end-of-options", `${full}^{commit}`]).catch((e) => {
      if (e instanceof UserError && /not a git repository|not found on PATH|does not exist/.test(e.message))
        throw e;
      return "";
    });
    const sha = out.trim();
    if (!SHA_RE.test(sha)) continue;
    if (ref !== "origin/HEAD") return { ref, sha };
    const target = (await git.run(["symbolic-ref", "--quiet", full]).catch(() => "")).trim();
    const pointsTo = target.startsWith("refs/remotes/") ? target.slice("refs/remotes/".length) : void 0;
    return { ref, sha, ...pointsTo ? { pointsTo } : {} };
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
var MAX_HUNK_NUMBER = 2147483647;
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
    const path3 = cur.path ?? cur.headerB;
    if (path3 === "" && cur.status !== "deleted")
      malformed("names a file with an empty path (truncated header?)");
    if (cur.status !== "deleted" && !cur.submodule && path3 !== void 0 && path3 !== "/dev/null") {
      let added = cur.added;
      if (!cur.sorted) {
        added = [...new Set(added)].sort((x, y) => x - y);
      }
      const f = { path: path3, status: cur.status, added, deleted: cur.deleted, binary: cur.binary };
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

// src/shared/archive.ts
var import_yauzl = __toESM(require_yauzl(), 1);
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

// src/shared/exclusive-file.ts
import { open } from "node:fs/promises";
async function createExclusiveWriteStream(target, mode = 420) {
  const handle = await open(target, "wx", mode);
  return handle.createWriteStream();
}

// src/shared/archive.ts
var DEFAULT_EXTRACT_LIMITS = {
  maxEntries: 1e4,
  maxEntryBytes: 512 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024
};
var S_IFMT = 61440;
var S_IFREG = 32768;
var S_IFDIR = 16384;
var ByteCounter = class extends Transform {
  constructor(check) {
    super();
    this.check = check;
  }
  check;
  count = 0;
  _transform(chunk, _encoding, callback) {
    try {
      this.count += chunk.length;
      this.check(chunk.length);
      callback(null, chunk);
    } catch (error) {
      callback(error);
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
  } catch (error) {
    throw new UserError(`${zipPath} is not a readable zip archive: ${reason(error)}`);
  }
}
function reason(error) {
  if (error instanceof UserError) return error.message;
  return oneLine(error instanceof Error ? error.message : String(error), 200);
}
function checkEntry(zipPath, entry) {
  const raw = import_yauzl.default.getFileNameLowLevel(
    entry.generalPurposeBitFlag,
    entry.fileNameRaw,
    entry.extraFields,
    true
  );
  const shown = JSON.stringify(raw);
  const refuse = (why) => {
    throw new UserError(`${zipPath}: refusing entry ${shown}: ${why}`);
  };
  if (raw.length === 0) refuse("empty name");
  if (/[\u0000-\u001f]/.test(raw)) refuse("control characters in the name");
  if (raw.includes("\\")) refuse('backslash in the name (only "/" separators are allowed)');
  if (/^[a-zA-Z]:/.test(raw)) refuse("drive letter (absolute path)");
  if (raw.startsWith("/")) refuse("absolute path");
  const directory = raw.endsWith("/");
  const segments = (directory ? raw.slice(0, -1) : raw).split("/");
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
      const next = await new Promise((resolve2, reject) => {
        const onEntry = (entry) => {
          cleanup();
          resolve2(entry);
        };
        const onEnd = () => {
          cleanup();
          resolve2(void 0);
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
async function readZipEntryText(zipPath, name, maxBytes) {
  const zip = await openZip(zipPath);
  try {
    for await (const entry of entries(zip)) {
      const checked = checkEntry(zipPath, entry);
      if (checked.directory || checked.name !== name) continue;
      if (entry.uncompressedSize > maxBytes) {
        throw new UserError(
          `${zipPath}: entry ${JSON.stringify(name)} declares ${entry.uncompressedSize} bytes, over the limit of ${maxBytes}`
        );
      }
      const chunks = [];
      const counter = new ByteCounter(() => {
        if (counter.count > maxBytes) {
          throw new UserError(`${zipPath}: entry ${JSON.stringify(name)} is larger than ${maxBytes} bytes`);
        }
      });
      try {
        const source = await zip.openReadStreamPromise(entry);
        await pipeline(source, counter, async function(stream) {
          for await (const chunk of stream) chunks.push(chunk);
        });
      } catch (error) {
        if (error instanceof UserError) throw error;
        throw new UserError(`${zipPath}: cannot read entry ${JSON.stringify(name)}: ${reason(error)}`);
      }
      return Buffer.concat(chunks).toString("utf8");
    }
    return void 0;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${zipPath} is not a valid zip archive: ${reason(error)}`);
  } finally {
    zip.close();
  }
}

// src/shared/baseline.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { lstat as lstat2, mkdtemp, readdir as readdir2, rm as rm2 } from "node:fs/promises";
import path2 from "node:path";
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
function checkSha(sha, what) {
  const lower = sha.trim().toLowerCase();
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(lower)) {
    throw new UserError(`${what} ${JSON.stringify(sha)} is not a full commit SHA (40 or 64 hex digits)`);
  }
  return lower;
}
var short = (sha) => sha.slice(0, 7);
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function baselineArtifactName(kind, sha) {
  return `${PREFIX}${checkKind(kind)}-${checkSha(sha, "baseline commit")}`;
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
async function saveBaseline(deps, kind, sha, dir, retentionDays) {
  const name = baselineArtifactName(kind, sha);
  if (retentionDays !== void 0 && (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 400)) {
    throw new UserError(
      `baseline retention ${retentionDays} is invalid: use a whole number of days from 1 to 400`
    );
  }
  const info = await lstat2(dir).catch(() => void 0);
  if (!info?.isDirectory()) throw new UserError(`cannot save baseline: ${dir} is not a directory`);
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
function statusOf(error) {
  const status = error?.status;
  return typeof status === "number" ? status : void 0;
}
function apiError(what, error) {
  const status = statusOf(error);
  const text = oneLine(error instanceof Error ? error.message : String(error), 200);
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
    } catch (error) {
      if (statusOf(error) !== 404) throw apiError(`GET /repos/${owner}/${repo}/actions/runs/${runId}`, error);
      run = void 0;
    }
    runs.set(runId, run);
    return run;
  };
  for (const [behind, sha] of shas.entries()) {
    const name = baselineArtifactName(kind, sha);
    let listed;
    try {
      listed = await deps.octokit.paginate("GET /repos/{owner}/{repo}/actions/artifacts", {
        owner,
        repo,
        name,
        per_page: 100
      });
    } catch (error) {
      throw apiError(`GET /repos/${owner}/${repo}/actions/artifacts?name=${name}`, error);
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
      if (run.head_sha.toLowerCase() !== sha) {
        skipped.push(`${label}: run ${runId} tested ${short(run.head_sha)}, not ${short(sha)}`);
        continue;
      }
      const note2 = `found at ${short(sha)}, ${plural(behind, "commit")} behind`;
      deps.log("info", `baseline ${kind}: ${note2} (artifact ${artifact.id}, run ${runId})`);
      for (const reason2 of skipped) deps.log("warning", `baseline ${kind}: skipped ${reason2}`);
      return {
        found: true,
        sha,
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
    await rm2(zipPath, { force: true });
    return dest;
  } catch (error) {
    await rm2(work, { recursive: true, force: true });
    if (error instanceof UserError)
      throw new BaselineUnavailableError(`${what} is unusable: ${error.message}`);
    throw error;
  }
}

// src/shared/baseline-store.ts
import { copyFile, mkdir as mkdir2, stat as stat2, writeFile } from "node:fs/promises";
import { dirname, join as join2, resolve } from "node:path";

// src/shared/dispatch.ts
var DISPATCH_SETTINGS = [
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
function manualPullRequestInput(eventName, payload, input) {
  const given = input?.trim();
  if (given) return given;
  if (eventName !== "workflow_dispatch") return void 0;
  const inputs = payload.inputs;
  if (typeof inputs !== "object" || inputs === null || Array.isArray(inputs)) return void 0;
  const pr = inputs.pr;
  const text = typeof pr === "number" ? String(pr) : typeof pr === "string" ? pr.trim() : "";
  return text === "" ? void 0 : text;
}
function parsePullNumber(text) {
  const digits = text.replace(/^#/, "");
  const n = /^\d{1,10}$/.test(digits) ? Number(digits) : NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > 2147483647) {
    const shown = JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}\u2026` : text);
    throw new UserError(`pr: ${shown} is not a pull request number`);
  }
  return n;
}
async function verifyCheckedOutPullRequest(git, pr) {
  const fix = `check out the pull request first: actions/checkout with "ref: refs/pull/${pr.number}/head" (or refs/pull/${pr.number}/merge)`;
  let head;
  try {
    head = await revParse(git, "HEAD");
  } catch {
    throw new UserError(
      `pr ${pr.number}: no checked-out commit in ${git.cwd}, so nothing is posted on the pull request; ${fix}`
    );
  }
  const want = pr.headSha.toLowerCase();
  if (head === want) return;
  const parents2 = (await git.run(["rev-list", "--parents", "-n", "1", head]).catch(() => "")).trim().split(/\s+/).slice(1);
  if (parents2.length === 2 && parents2[1] === want) return;
  throw new UserError(
    `pr ${pr.number}: the checked-out commit ${head.slice(0, 12)} is not the pull request's head ${want.slice(0, 12)} (nor its merge commit), so nothing is posted on it; ${fix}`
  );
}
async function resolveRunPullRequest(context, repo, octokit, options2) {
  const given = context.manualPullRequest;
  if (context.eventName !== "workflow_dispatch") {
    if (given !== void 0) {
      throw new UserError(
        `pr: a pull request number is for manual runs (workflow_dispatch); this ${context.eventName} run is about its own event`
      );
    }
    return resolvePullRequest(context.eventName, context.payload, repo, octokit);
  }
  if (given === void 0) {
    const defaultBranch = context.payload.repository?.default_branch;
    if (typeof defaultBranch === "string" && context.ref !== `refs/heads/${defaultBranch}`) {
      options2.notice?.(
        `manual run on ${context.ref || "an unknown ref"} without a pull request number: nothing is posted on a pull request and no baseline is saved (only ${defaultBranch} saves one); give the pr input to gate a pull request`
      );
    }
    return void 0;
  }
  if (options2.forkPolicy !== void 0 && !["refuse", "allow"].includes(options2.forkPolicy)) {
    throw new UserError(
      `dispatch-fork-pr: ${JSON.stringify(options2.forkPolicy.slice(0, 40))} is not refuse or allow`
    );
  }
  const pr = await resolvePullRequest(context.eventName, context.payload, repo, octokit, {
    dispatchPullNumber: parsePullNumber(given),
    allowForkDispatch: options2.forkPolicy === "allow"
  });
  if (pr) await verifyCheckedOutPullRequest(createGit(options2.workspace), pr);
  return pr;
}

// src/shared/baseline-store.ts
function isTrustedDefaultBranchRun(context) {
  const { eventName, ref, payload } = context;
  if (!TRUSTED_BASELINE_EVENTS.includes(eventName)) return false;
  if (manualPullRequestInput(eventName, payload, context.manualPullRequest) !== void 0) return false;
  const defaultBranch = payload.repository?.default_branch;
  if (typeof defaultBranch !== "string" || defaultBranch === "") return false;
  const branchRef = `refs/heads/${defaultBranch}`;
  if (eventName === "merge_group") {
    const group = payload.merge_group;
    return group?.base_ref === branchRef && typeof group.head_ref === "string" && group.head_ref.startsWith(`refs/heads/gh-readonly-queue/${defaultBranch}/`);
  }
  return ref === branchRef;
}
function gatesWhenSaving(context) {
  return context.eventName === "merge_group";
}
function cacheSavesInAuto(context) {
  return isTrustedDefaultBranchRun(context) && context.eventName !== "merge_group";
}
function createArtifactBaselineStore(deps, context) {
  const trusted = isTrustedDefaultBranchRun(context);
  return {
    savesInAuto: trusted,
    gatesWhenSaving: gatesWhenSaving(context),
    async find(kind, candidates, file) {
      const lookup = await findBaseline(deps, kind, await candidates());
      if (!lookup.found) return { found: false, note: lookup.note };
      const dir = await fetchBaseline(deps, lookup);
      return { found: true, path: join2(dir, file), sha: lookup.sha, behind: lookup.behind, note: lookup.note };
    },
    async save(kind, sha, dir, _file, retentionDays) {
      if (!trusted) {
        throw new UserError(
          `a baseline is saved only by ${TRUSTED_BASELINE_EVENTS.join(", ")} runs on the default branch, not by this ${context.eventName} run`
        );
      }
      const saved = await saveBaseline(deps, kind, sha, dir, retentionDays);
      return `artifact ${saved.name}`;
    }
  };
}
async function saveBaselineText(host, store, what, opts) {
  await saveBaselineDir(host, store, what, opts, async (dir) => {
    await writeFile(join2(dir, opts.file), opts.text);
  });
}
async function saveBaselineDir(host, store, what, opts, fill) {
  const dir = join2(host.tempDir, `${opts.kind}-baseline-out`);
  await mkdir2(dir, { recursive: true });
  await fill(dir);
  const at = opts.sha.slice(0, 7);
  try {
    const where = await store.save(opts.kind, opts.sha, dir, opts.file, opts.retentionDays);
    host.logger.log("info", `saved the ${what} of ${at} as ${where}`);
  } catch (error) {
    if (!host.context.repository) throw error;
    const text = describeError(error);
    const rerun = /already exists/.test(text);
    host.logger.log(
      rerun ? "notice" : "warning",
      rerun ? `the ${what} of ${at} was already saved by an earlier attempt of this run` : `the ${what} of ${at} was not saved: ${text}`
    );
  }
}

export {
  gitEnv,
  createGit,
  revParse,
  mergeBase,
  firstParentAncestors,
  testedCommitBase,
  diffChangedLines,
  diffWorkTreeLines,
  untrackedChangedLines,
  REMOTE_DEFAULT_REFS,
  remoteDefaultBranch,
  parseUnifiedDiff,
  DISPATCH_SETTINGS,
  manualPullRequestInput,
  resolveRunPullRequest,
  createExclusiveWriteStream,
  DEFAULT_EXTRACT_LIMITS,
  extractZip,
  readZipEntryText,
  BaselineUnavailableError,
  TRUSTED_BASELINE_EVENTS,
  baselineArtifactName,
  isTrustedDefaultBranchRun,
  gatesWhenSaving,
  cacheSavesInAuto,
  createArtifactBaselineStore,
  saveBaselineText,
  saveBaselineDir
};
//# sourceMappingURL=chunk-YQ5RRJ37.js.map
