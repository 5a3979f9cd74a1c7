// `quality-gates report`: the CLI front end of pr-report (src/pr-report/report.ts).
import { prReport } from '../pr-report/report.js'
import { commandFor } from './command.js'

export const main = commandFor(prReport)
