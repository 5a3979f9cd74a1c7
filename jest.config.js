// Jest in native ESM (run with --experimental-vm-modules), TypeScript through ts-jest,
// as in GitHub's typescript-action template. Type checking is `tsc --noEmit` in lint.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, isolatedModules: true, diagnostics: false }]
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // Bundles are run as processes, never imported: keep them out of the module map (dist/ and .test-dist/ each hold
  // a copy of playwright-core's package.json, which jest would otherwise refuse as a duplicate package).
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.test-dist/'],
  // Bundles the current source into .test-dist/ once per run: the bundle tests test the source, not dist/.
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  testTimeout: 60000,
  maxWorkers: 2
}
