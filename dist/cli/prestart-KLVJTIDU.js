import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  adoptPrestarted,
  prestartWorkers
} from "./chunk-74O2H6JY.js";
import "./chunk-TUMT2DHA.js";
export {
  adoptPrestarted,
  prestartWorkers
};
//# sourceMappingURL=prestart-KLVJTIDU.js.map
