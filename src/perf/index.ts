// Entry point of dist/perf-regression/index.js: the action front end of the perf gate.
import { runAction } from '../shared/action-entry.js'
import { perfGate } from './gate.js'

void runAction(perfGate)
