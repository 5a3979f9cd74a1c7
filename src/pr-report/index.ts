// Entry point of dist/pr-report/index.js: the action front end of pr-report.
import { runAction } from '../shared/action-entry.js'
import { prReport } from './report.js'

void runAction(prReport)
