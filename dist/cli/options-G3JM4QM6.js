import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  DEFAULT_OPTIONS,
  allowedPixels,
  optionsResolver,
  validatePartial
} from "./chunk-54Y66FH4.js";
import "./chunk-CDC4UBA4.js";
import "./chunk-KSCSTK54.js";
import "./chunk-TUMT2DHA.js";
export {
  DEFAULT_OPTIONS,
  allowedPixels,
  optionsResolver,
  validatePartial
};
//# sourceMappingURL=options-G3JM4QM6.js.map
