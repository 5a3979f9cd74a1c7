// Entry point of dist/pr-report/index.js.
import { runAction } from '../shared/host-actions.js'
import { run } from './main.js'

void runAction(run)
