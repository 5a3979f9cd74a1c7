import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  exec,
  getExecOutput
} from "./chunk-SY5VSP7J.js";
import "./chunk-7HUOYEXQ.js";
export {
  exec,
  getExecOutput
};
//# sourceMappingURL=exec-X7HDLJ2W.js.map
