import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);
import {
  oneLine
} from "./chunk-XW4BQXO4.js";

// src/shared/baseline-store-choice.ts
var BASELINE_STORE_CHOICES = ["auto", "artifact", "cache"];
function isGhesServer(serverUrl) {
  let hostname;
  try {
    hostname = new URL(serverUrl).hostname.trimEnd().toUpperCase();
  } catch {
    return void 0;
  }
  return hostname !== "GITHUB.COM" && !hostname.endsWith(".GHE.COM") && !hostname.endsWith(".LOCALHOST");
}
function chooseBaselineStore(choice, serverUrl) {
  if (choice !== "auto") return { store: choice, why: `baseline-store: ${choice}` };
  const ghes = isGhesServer(serverUrl);
  const server = JSON.stringify(oneLine(serverUrl, 200));
  if (ghes === void 0) {
    return { store: "artifact", why: `baseline-store: auto, and GITHUB_SERVER_URL ${server} is not a URL` };
  }
  return ghes ? {
    store: "cache",
    why: `baseline-store: auto, and ${server} is GitHub Enterprise Server, where artifacts v4 are not available`
  } : { store: "artifact", why: `baseline-store: auto, and ${server} is github.com or GHE.com` };
}

export {
  BASELINE_STORE_CHOICES,
  isGhesServer,
  chooseBaselineStore
};
//# sourceMappingURL=chunk-TWUPE6RB.js.map
