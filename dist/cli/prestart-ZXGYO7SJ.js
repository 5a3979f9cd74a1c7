import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  adoptPrestarted,
  defaultWorkerCount,
  prestartWorkers,
  prestartedAlive
} from "./chunk-VBRRPDUM.js";
import "./chunk-TUMT2DHA.js";
export {
  adoptPrestarted,
  defaultWorkerCount,
  prestartWorkers,
  prestartedAlive
};
//# sourceMappingURL=prestart-ZXGYO7SJ.js.map
