// Reads action-matrix.yml, the suite's manifest (see the comments in it). Shared by build, lint and tests.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..')

export function readManifest() {
  const manifest = parse(readFileSync(join(root, 'action-matrix.yml'), 'utf8'))
  if (manifest?.version !== 1 || !Array.isArray(manifest.actions) || !manifest.cli) {
    throw new Error('action-matrix.yml: expected version 1 with "actions" and "cli"')
  }
  return manifest
}
