// `quality-gates coverage`: the CLI front end of the coverage gate (src/coverage/gate.ts).
import { coverageGate } from '../coverage/gate.js'
import { commandFor } from './command.js'

export const main = commandFor(coverageGate)
