// The visual compare worker (src/visual/worker.ts) bundled on its own, as the build does, for tests that run the
// real worker pool from source (dist/ may be stale in a test run).
import { join } from 'node:path'

/** Bundles the worker into `outfile` (an .mjs) and returns that path. */
export async function buildVisualWorker(outfile: string): Promise<string> {
  const esbuild = await import('esbuild')
  await esbuild.build({
    entryPoints: [join(process.cwd(), 'src', 'visual', 'worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);"
    },
    logLevel: 'error'
  })
  return outfile
}
