// Entry point of dist/flaky-quarantine/index.js: the action front end of the flaky gate.
import { runAction } from '../shared/action-entry.js'
import { flakyGate } from './gate.js'

void runAction(flakyGate)
