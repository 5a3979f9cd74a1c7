/**
 * Which baseline store a workflow run uses (`baseline-store: auto | artifact | cache`): kept apart from the cache
 * store itself so the Actions Host can decide at start-up and load the store's code only when a gate asks for a
 * baseline.
 */
import { oneLine } from './errors.js'

export const BASELINE_STORE_CHOICES = ['auto', 'artifact', 'cache'] as const
export type BaselineStoreChoice = (typeof BASELINE_STORE_CHOICES)[number]

/**
 * Whether `serverUrl` is GitHub Enterprise Server, by the toolkit's rule (isGhes in @actions/cache and
 * @actions/artifact): any host but github.com, *.ghe.com (GHE.com data residency) and *.localhost.
 * undefined when it is not a URL.
 */
export function isGhesServer(serverUrl: string): boolean | undefined {
  let hostname: string
  try {
    hostname = new URL(serverUrl).hostname.trimEnd().toUpperCase()
  } catch {
    return undefined
  }
  return hostname !== 'GITHUB.COM' && !hostname.endsWith('.GHE.COM') && !hostname.endsWith('.LOCALHOST')
}

/** Which store `baseline-store` means on this server, and a clause saying why (for the log). */
export function chooseBaselineStore(
  choice: BaselineStoreChoice,
  serverUrl: string
): { store: 'artifact' | 'cache'; why: string } {
  if (choice !== 'auto') return { store: choice, why: `baseline-store: ${choice}` }
  const ghes = isGhesServer(serverUrl)
  const server = JSON.stringify(oneLine(serverUrl, 200))
  if (ghes === undefined) {
    return { store: 'artifact', why: `baseline-store: auto, and GITHUB_SERVER_URL ${server} is not a URL` }
  }
  return ghes
    ? {
        store: 'cache',
        why: `baseline-store: auto, and ${server} is GitHub Enterprise Server, where artifacts v4 are not available`
      }
    : { store: 'artifact', why: `baseline-store: auto, and ${server} is github.com or GHE.com` }
}
