import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);

// src/visual/prestart.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var waiting = [];
var waitingScript = null;
function pathOf(script) {
  return script instanceof URL ? fileURLToPath(script) : script;
}
function defaultWorkerCount() {
  const cores = Math.max(1, availableParallelism());
  return cores >= 3 ? cores - 1 : 0;
}
function prestartedAlive() {
  const live = waiting.filter((e) => !e.failed);
  return { alive: live.length, ready: live.filter((e) => e.ready).length };
}
function prestartWorkers(script, count) {
  for (let i = waiting.length - 1; i >= 0; i--) if (waiting[i].failed) waiting.splice(i, 1);
  let path;
  try {
    path = pathOf(script);
    if (count < 1 || waiting.length > 0 || !existsSync(path)) return;
  } catch {
    return;
  }
  waitingScript = path;
  for (let n = 0; n < count; n++) {
    let worker;
    try {
      worker = new Worker(path);
    } catch {
      return;
    }
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
  defaultWorkerCount,
  prestartedAlive,
  prestartWorkers,
  adoptPrestarted
};
//# sourceMappingURL=chunk-S7QV5EDL.js.map
