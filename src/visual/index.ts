// Entry point of dist/visual-diff/index.js: the action front end of the visual gate.
import { runAction } from '../shared/action-entry.js'
import { visualGate } from './gate.js'

void runAction(visualGate)
