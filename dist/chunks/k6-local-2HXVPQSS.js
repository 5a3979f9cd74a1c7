import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  installedK6,
  k6FromPath,
  k6Version
} from "./chunk-YCVG2MKY.js";
import "./chunk-NZ6ZX6RP.js";
import "./chunk-XW4BQXO4.js";
import "./chunk-7HUOYEXQ.js";
export {
  installedK6,
  k6FromPath,
  k6Version
};
//# sourceMappingURL=k6-local-2HXVPQSS.js.map
