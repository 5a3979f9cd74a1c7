import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-XLRBPGF7.js";
import "./chunk-7HUOYEXQ.js";
export default require_dist();
//# sourceMappingURL=dist-VP6SCNBN.js.map
