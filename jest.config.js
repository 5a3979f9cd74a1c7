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
  // Bundles the current source into .test-dist/ once per run: the bundle tests test the source, not dist/.
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  testTimeout: 60000,
  maxWorkers: 2
}
