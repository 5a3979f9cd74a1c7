import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  GitHub,
  context,
  defaults,
  getOctokitOptions,
  getUserAgentWithOrchestrationId
} from "./chunk-OM2YGQQC.js";
import "./chunk-QKOBRMYF.js";
import "./chunk-6VOEVHXZ.js";
import "./chunk-7HUOYEXQ.js";
export {
  GitHub,
  context,
  defaults,
  getOctokitOptions,
  getUserAgentWithOrchestrationId
};
//# sourceMappingURL=utils-HKKJHCBL.js.map
