import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  GitHub,
  context,
  defaults,
  getOctokitOptions,
  getUserAgentWithOrchestrationId
} from "./chunk-KW2DXPRY.js";
import "./chunk-GQ6HKKYI.js";
import "./chunk-Y2PPTHBY.js";
import "./chunk-6VOEVHXZ.js";
import "./chunk-7HUOYEXQ.js";
export {
  GitHub,
  context,
  defaults,
  getOctokitOptions,
  getUserAgentWithOrchestrationId
};
//# sourceMappingURL=utils-XA5ZA7SP.js.map
