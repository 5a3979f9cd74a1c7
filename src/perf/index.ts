// Entry point of dist/perf-regression/index.js: the action front end of the perf gate, which downloads the pinned
// k6 release for `script` (the CLI runs an installed k6 instead).
import { runAction } from '../shared/action-entry.js'
import { createPerfGate } from './gate.js'
import { downloadingK6Installer } from './k6-download.js'

void runAction(createPerfGate(downloadingK6Installer))
