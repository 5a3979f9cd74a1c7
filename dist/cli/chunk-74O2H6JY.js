import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);

// src/visual/prestart.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var waiting = [];
var waitingScript = null;
function pathOf(script) {
  return script instanceof URL ? fileURLToPath(script) : script;
}
function prestartWorkers(script, count) {
  const path = pathOf(script);
  if (count < 1 || waiting.length > 0 || !existsSync(path)) return;
  waitingScript = path;
  for (let n = 0; n < count; n++) {
    const worker = new Worker(path);
    const entry = { worker, ready: false, failed: false, detach: () => {
    } };
    const onMessage = (m) => {
      if (m !== null && typeof m === "object" && "ready" in m) entry.ready = true;
    };
    const onFail = () => {
      entry.failed = true;
    };
    worker.on("message", onMessage);
    worker.on("error", onFail);
    worker.on("exit", onFail);
    worker.unref();
    entry.detach = () => {
      worker.off("message", onMessage);
      worker.off("error", onFail);
      worker.off("exit", onFail);
    };
    waiting.push(entry);
  }
}
function adoptPrestarted(script) {
  if (waitingScript !== pathOf(script)) return void 0;
  for (let entry = waiting.shift(); entry; entry = waiting.shift()) {
    entry.detach();
    if (entry.failed) continue;
    entry.worker.ref();
    return { worker: entry.worker, ready: entry.ready };
  }
  return void 0;
}

export {
  prestartWorkers,
  adoptPrestarted
};
//# sourceMappingURL=chunk-74O2H6JY.js.map
