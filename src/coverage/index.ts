// Entry point of dist/coverage-gate/index.js.
import { runAction } from '../shared/host-actions.js'
import { run } from './main.js'

void runAction(run)
