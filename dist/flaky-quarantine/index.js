import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  flakyGate
} from "../chunks/chunk-WJPNKERG.js";
import "../chunks/chunk-XLRBPGF7.js";
import "../chunks/chunk-AHPEXISO.js";
import {
  runAction
} from "../chunks/chunk-T4N6ZAES.js";
import "../chunks/chunk-YXQKJTP4.js";
import "../chunks/chunk-TXHEUA3E.js";
import "../chunks/chunk-TWUPE6RB.js";
import "../chunks/chunk-AN5I733W.js";
import "../chunks/chunk-QWVAMGUU.js";
import "../chunks/chunk-YQ5RRJ37.js";
import "../chunks/chunk-HX5UPTZB.js";
import "../chunks/chunk-XW4BQXO4.js";
import "../chunks/chunk-LOVDF2MX.js";
import "../chunks/chunk-GQ6HKKYI.js";
import "../chunks/chunk-Y2PPTHBY.js";
import "../chunks/chunk-7HUOYEXQ.js";

// src/flaky/index.ts
void runAction(flakyGate);
//# sourceMappingURL=index.js.map
