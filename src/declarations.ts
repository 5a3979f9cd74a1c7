// Every declared action, for the tools that read declarations: scripts/sync-action-inputs.mjs writes each
// action.yml's inputs from them, and the declaration tests check they agree.
import { coverageGate } from './coverage/gate.js'
import { flakyGate } from './flaky/gate.js'
import { perfGate } from './perf/gate.js'
import { prReport } from './pr-report/report.js'
import type { Declaration } from './shared/gate.js'
import { visualGate } from './visual/gate.js'

export const declarations: Declaration[] = [coverageGate, flakyGate, perfGate, visualGate, prReport]
export { actionInputsYaml, defaultText, settingsFor } from './shared/settings.js'
