import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  findHistory,
  flakyGate,
  noCases
} from "./chunk-5LJGLZUW.js";
import "./chunk-2DOMPNEA.js";
import "./chunk-CDC4UBA4.js";
import "./chunk-3VOTSQGP.js";
import "./chunk-N5A3YMF2.js";
import "./chunk-ZIL7GWL3.js";
import "./chunk-KSCSTK54.js";
import "./chunk-TUMT2DHA.js";
export {
  findHistory,
  flakyGate,
  noCases
};
//# sourceMappingURL=gate-Z6NKHAIR.js.map
