import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  exec,
  getExecOutput
} from "./chunk-7BNUUU4F.js";
import "./chunk-7HUOYEXQ.js";
export {
  exec,
  getExecOutput
};
//# sourceMappingURL=exec-4ARQJKEH.js.map
