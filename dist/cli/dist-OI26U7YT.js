import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-ZIL7GWL3.js";
import "./chunk-TUMT2DHA.js";
export default require_dist();
//# sourceMappingURL=dist-OI26U7YT.js.map
