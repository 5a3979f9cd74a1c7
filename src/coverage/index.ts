// Entry point of dist/coverage-gate/index.js: the action front end of the coverage gate.
import { runAction } from '../shared/action-entry.js'
import { coverageGate } from './gate.js'

void runAction(coverageGate)
