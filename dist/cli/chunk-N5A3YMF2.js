import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  UserError,
  describeError,
  oneLine
} from "./chunk-KSCSTK54.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-TUMT2DHA.js";

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
    function openPromise(path2, options2) {
      return new Promise((resolve, reject) => {
        open2(path2, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function fromFdPromise(fd, options2) {
      return new Promise((resolve, reject) => {
        fromFd(fd, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function fromBufferPromise(buffer, options2) {
      return new Promise((resolve, reject) => {
        fromBuffer(buffer, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function fromRandomAccessReaderPromise(reader, totalSize, options2) {
      return new Promise((resolve, reject) => {
        fromRandomAccessReader(reader, totalSize, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function open2(path2, options2, callback) {
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
      fs.open(path2, "r", function(err, fd) {
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
        let { resolve } = pendingResolveReject;
        pendingResolveReject = null;
        resolve({ value: entry });
      }
      function onEnd() {
        let { resolve } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        resolve({ done: true });
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
          const promise = new Promise((resolve, reject) => {
            if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
            pendingResolveReject = { resolve, reject };
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
      return new Promise((resolve, reject) => {
        this.openReadStream(entry, options2, function(err, readStream) {
          if (err) return reject(err);
          resolve(readStream);
        });
      });
    };
    ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
      return new Promise((resolve, reject) => {
        this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
          if (err) return reject(err);
          resolve(readStream);
        });
      });
    };
    ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options2) {
      return new Promise((resolve, reject) => {
        this.readLocalFileHeader(entry, options2, function(err, localFileHeader) {
          if (err) return reject(err);
          resolve(localFileHeader);
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
      return new Promise((resolve, reject) => {
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
            } else resolve(stdout);
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
var REMOTE_DEFAULT_REFS = ["origin/HEAD", "origin/main", "origin/master"];
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

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
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
  const sep = headers.map((_, i) => {
    const a = align?.[i];
    return a === "r" ? "---:" : a === "c" ? ":---:" : a === "l" ? ":---" : "---";
  });
  const out = [line(headers), `|${sep.map((s) => ` ${s} `).join("|")}|`];
  for (const row of rows) {
    const cells = headers.map((_, i) => row[i] ?? "");
    out.push(line(cells));
  }
  return out.join("\n");
}
function details(summary, body, open2 = false) {
  return `<details${open2 ? " open" : ""}>
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

// src/shared/fragment.ts
import { readFile as readFile2, writeFile } from "node:fs/promises";
import { join as join2 } from "node:path";
var FRAGMENT_SCHEMA = "quality-gates/fragment";
var FRAGMENT_VERSION = 1;
var STATUSES = ["pass", "fail", "neutral", "skipped"];
var ANNOTATION_LEVELS = ["notice", "warning", "failure"];
function commitState(f) {
  return f.status === "fail" || f.noResult === true ? "failure" : "success";
}
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
var STATUS_EMOJI = {
  pass: "\u2705",
  fail: "\u274C",
  neutral: "\u26A0\uFE0F",
  skipped: "\u23ED\uFE0F"
};
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
  return join2(jobTempDir, "quality-gates", "fragments");
}

// src/shared/run-context.ts
function runUrl(ctx) {
  if (!ctx.repository || ctx.runId === void 0) return void 0;
  return `${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}/actions/runs/${ctx.runId}`;
}

// src/shared/status.ts
var STATUS_DESCRIPTION_MAX = 140;
var CHECK_SUMMARY_MAX_BYTES = 65535;
var ANNOTATIONS_PER_REQUEST = 50;
var STATES = ["success", "failure", "pending", "error"];
var StatusWriteError = class extends UserError {
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
var CheckRunCreateError = class extends UserError {
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
var LEVEL_RANK = { failure: 0, warning: 1, notice: 2 };
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
var WORKFLOW_ANNOTATIONS_PER_STEP = 10;
var WORKFLOW_ANNOTATIONS_PER_JOB = 50;
var ERROR_SLOTS_KEPT = 1;
var WORKFLOW_LEVEL = {
  failure: "error",
  warning: "warning",
  notice: "notice"
};
var WORKFLOW_ANNOTATION_CAPS = {
  error: WORKFLOW_ANNOTATIONS_PER_STEP - ERROR_SLOTS_KEPT,
  warning: WORKFLOW_ANNOTATIONS_PER_STEP,
  notice: WORKFLOW_ANNOTATIONS_PER_STEP
};
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
var segmenter;
function graphemes(s) {
  segmenter ??= new Intl.Segmenter(void 0, { granularity: "grapheme" });
  return segmenter.segment(s);
}

// src/shared/publish.ts
import { mkdir, readFile as readFile3, writeFile as writeFile2 } from "node:fs/promises";
import { basename, dirname, join as join3 } from "node:path";
var ANNOTATION_MODES = ["auto", "check-run", "workflow-commands", "off"];
var SUMMARY_MODES = ["full", "short", "off"];
var FRAGMENT_RETENTION_DAYS = 7;
function fragmentArtifactName(fragmentName, runAttempt) {
  return runAttempt !== void 0 && runAttempt > 1 ? `${fragmentName}-attempt-${runAttempt}` : fragmentName;
}
async function publish(host, result, opts) {
  const { fragment } = result;
  const path2 = host.fragmentPath(`${opts.fragmentName}.json`);
  if (path2 !== void 0) {
    try {
      await mkdir(dirname(path2), { recursive: true });
      await writeFragment(path2, fragment);
    } catch (error) {
      throw new UserError(`cannot write the report fragment ${path2}: ${describeError(error)}`);
    }
    host.setOutput("fragment-path", path2);
  }
  const issued = { error: 0, warning: 0, notice: 0, ...opts.issued };
  const log = (level, message) => {
    if (level !== "debug" && level !== "info") issued[level]++;
    host.logger.log(level, message);
  };
  const tryTo = async (what, fn) => {
    try {
      await fn();
    } catch (error) {
      log("warning", `could not ${what}: ${describeError(error)}`);
    }
  };
  if (path2 !== void 0 && host.artifacts?.canUpload && result.uploadFragment !== false) {
    const artifacts = host.artifacts;
    const name = fragmentArtifactName(opts.fragmentName, host.context.runAttempt);
    await tryTo(
      "upload the report fragment",
      () => artifacts.upload(name, [path2], dirname(path2), FRAGMENT_RETENTION_DAYS).then(() => {
        log("info", `uploaded the report fragment ${basename(path2)} as artifact ${name}`);
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
      if (refusedOnFork(error, pr)) log("warning", forkStatusNote(fragment.statusContext));
      else
        statusError = `could not set the commit status ${fragment.statusContext} on ${sha2.slice(0, 12)}: ${describeError(error)}`;
    }
  }
  if (result.onCommit) {
    await annotate(host, result, opts, { log, issued: () => issued });
  }
  host.setOutput("verdict", fragment.status);
  host.setOutput("status", fragment.status);
  for (const [name, value] of Object.entries(result.outputs)) host.setOutput(name, value);
  if (opts.summary === "full") await host.appendSummary(fragment.markdown);
  else if (opts.summary === "short")
    await host.appendSummary(result.uploadFragment === false ? headingLine(fragment) : shortSummary(fragment));
  if (statusError) throw new UserError(statusError);
}
function shortSummary(fragment) {
  return `${headingLine(fragment)} _(the full section is in the quality-gates report: pr-report's job summary and PR comment)_`;
}
async function annotate(host, result, opts, out) {
  const { fragment } = result;
  const findings = fragment.annotations ?? [];
  if (findings.length === 0) return;
  const log = (level, message) => out.log(level, `annotations: ${message}`);
  const n = `${findings.length} finding${findings.length === 1 ? "" : "s"}`;
  if (opts.annotations === "off") {
    log("info", `off; ${n} are in the report only`);
    return;
  }
  if (opts.annotations !== "workflow-commands") {
    const octokit = host.octokit;
    const repo = host.context.repository;
    const sha2 = result.sha;
    if (!octokit || !repo || !sha2) {
      if (opts.annotations === "check-run") {
        log("info", `no GitHub token or repository, so no check run; ${n} are in the report only`);
        return;
      }
      log("info", "no GitHub token or repository for a check run; annotating with workflow commands");
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
        log(
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
        log(
          "info",
          `the token may not create check runs (a fork PR's read-only token, no checks: write, or not a GitHub App token): ${error.message}; annotating with workflow commands instead`
        );
      }
    }
  }
  await emitWorkflowAnnotations(host, findings, fragment, out.issued(), opts.fragmentName, log);
}
async function jobAnnotationCounter(host) {
  if (host.jobTempDir === void 0) return { used: 0, add: async () => void 0 };
  const file = join3(host.jobTempDir, "quality-gates-workflow-annotations");
  const text = await readFile3(file, "utf8").catch(() => "");
  const used = /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : 0;
  return {
    used,
    add: async (n) => {
      await writeFile2(file, String(used + n)).catch(() => void 0);
    }
  };
}
async function emitWorkflowAnnotations(host, findings, fragment, issued, fragmentName, log) {
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
  log("info", `${shown.length} of ${findings.length} findings annotated with workflow commands`);
  if (leftOut > 0) {
    host.logger.log(
      "info",
      `${leftOut} more finding${leftOut === 1 ? " was" : "s were"} not annotated: GitHub shows at most ${WORKFLOW_ANNOTATIONS_PER_STEP} annotations of each level per step and ${WORKFLOW_ANNOTATIONS_PER_JOB} per job${job.used > 0 ? ` (earlier steps of this job made ${job.used})` : ""}. They are listed in the "${oneLine(fragment.title, 200)}" section of the quality-gates report (pr-report's comment and job summary) and all kept in the fragment ${fragmentName}.json.`
    );
  }
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

// src/shared/gate.ts
import { createHash } from "node:crypto";
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
var LEGACY_BOOLEAN_MODES = {
  true: "auto",
  yes: "auto",
  on: "auto",
  1: "auto",
  false: "off",
  no: "off",
  0: "off"
};
var BASELINE_SETTINGS = [
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
var BASELINE_MODE_SETTING = {
  name: "mode",
  kind: "enum",
  values: ["auto", "gate", "baseline"],
  default: "auto",
  description: "auto (PRs are gated; pushes to the default branch and merge queues save the baseline; on the CLI --baseline-out also saves), gate, or baseline.",
  group: "Inputs"
};
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
    ...spec.workspaceUse ? { workspaceUse: spec.workspaceUse } : {},
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

// src/shared/archive.ts
var import_yauzl = __toESM(require_yauzl(), 1);
import { mkdir as mkdir2, readdir, rm, stat } from "node:fs/promises";
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
      const next = await new Promise((resolve, reject) => {
        const onEntry = (entry) => {
          cleanup();
          resolve(entry);
        };
        const onEnd = () => {
          cleanup();
          resolve(void 0);
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

export {
  extractZip,
  readZipEntryText,
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
  classifyApiError,
  describeApiError,
  resolvePullRequest,
  DISPATCH_SETTINGS,
  manualPullRequestInput,
  percentOf,
  deltaPp,
  ratioAtLeast,
  dropWithin,
  truncDecimal,
  deltaPpNumber,
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
  commitState,
  FRAGMENT_LIMITS,
  STATUS_EMOJI,
  headingLine,
  makeFragment,
  readFragment,
  jobFragmentsDir,
  runUrl,
  refusedOnFork,
  forkStatusNote,
  setCommitStatus,
  fragmentArtifactName,
  labelOf,
  readSettings,
  defaultText,
  settingsFor,
  hostInputs,
  runDeclared,
  GITHUB_SETTINGS,
  BASELINE_SETTINGS,
  BASELINE_MODE_SETTING,
  baselineMode,
  baselineOptions,
  gateContext,
  defaultFragmentName,
  defineGate
};
//# sourceMappingURL=chunk-N5A3YMF2.js.map
