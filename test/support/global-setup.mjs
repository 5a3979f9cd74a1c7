// Jest globalSetup: bundle the current source (every action and the CLI, exactly as `npm run build` does) into
// .test-dist/, which the runner harness and the bundle tests start. So `npm test` after an edit tests the edit,
// not the bundle last committed to dist/; the check-dist CI job separately fails when dist/ is stale.
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const testDist = join(root, '.test-dist')

export default function globalSetup() {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--outdir', testDist], {
    cwd: root,
    encoding: 'utf8'
  })
  if (r.status !== 0) {
    throw new Error(
      `building the bundles into .test-dist/ failed (exit ${r.status}):\n${r.stderr}${r.stdout}`
    )
  }
}
