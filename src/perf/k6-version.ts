/**
 * The pinned k6 release and the rule for a version setting, in a module of its own: the gate's declaration (its
 * `k6-version` default) and the CLI (which runs an installed k6) need them without k6-setup.ts and the HTTP
 * stack behind it.
 */
import { UserError, oneLine } from '../shared/errors.js'

/** The k6 release used when no version is given: the newest stable release (tag v2.2.0, 2026-08-10). */
export const K6_DEFAULT_VERSION = '2.2.0'

/** Release asset names took their current form in v0.33.0 (before: linux64, mac, win64). */
const FIRST_SUPPORTED = [0, 33, 0] as const
const MAX_VERSION_LENGTH = 64

const SEMVER = /^v?(\d{1,6})\.(\d{1,6})\.(\d{1,6})(-[0-9A-Za-z.-]{1,40})?$/

/** `2.2.0` / `v2.2.0` → `2.2.0`; a UserError for anything else, "latest" and versions before 0.33.0. */
export function normalizeK6Version(input: string): string {
  const text = input.trim()
  if (/^latest$/i.test(text)) {
    throw new UserError(
      `k6 version "latest" is not accepted: pin a version (e.g. ${K6_DEFAULT_VERSION}) so every run tests with the same k6`
    )
  }
  const m = text.length <= MAX_VERSION_LENGTH ? SEMVER.exec(text) : null
  if (!m) {
    throw new UserError(
      `k6 version ${JSON.stringify(oneLine(text, 80))} is not a version like ${K6_DEFAULT_VERSION}`
    )
  }
  const parts = [Number(m[1]), Number(m[2]), Number(m[3])]
  const diff = parts.map((p, i) => p - (FIRST_SUPPORTED[i] ?? 0)).find(d => d !== 0) ?? 0
  if (diff < 0) {
    throw new UserError(
      `k6 version ${text}: releases before ${FIRST_SUPPORTED.join('.')} use other asset names and are not supported`
    )
  }
  return `${parts.join('.')}${m[4] ?? ''}`
}
