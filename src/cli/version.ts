// Replaced at bundle time by scripts/build.mjs; undefined when the sources run directly (tests).
declare const __QG_VERSION__: string | undefined

export const VERSION: string = typeof __QG_VERSION__ === 'string' ? __QG_VERSION__ : '0.0.0-dev'
