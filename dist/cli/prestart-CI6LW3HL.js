import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  adoptPrestarted,
  defaultWorkerCount,
  prestartWorkers,
  prestartedAlive
} from "./chunk-S7QV5EDL.js";
import "./chunk-TUMT2DHA.js";
export {
  adoptPrestarted,
  defaultWorkerCount,
  prestartWorkers,
  prestartedAlive
};
//# sourceMappingURL=prestart-CI6LW3HL.js.map
