import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  DEFAULT_OPTIONS,
  allowedPixels,
  optionsResolver,
  validatePartial
} from "./chunk-NBU46NMV.js";
import "./chunk-QWVAMGUU.js";
import "./chunk-XW4BQXO4.js";
import "./chunk-7HUOYEXQ.js";
export {
  DEFAULT_OPTIONS,
  allowedPixels,
  optionsResolver,
  validatePartial
};
//# sourceMappingURL=options-KIRCFYPQ.js.map
