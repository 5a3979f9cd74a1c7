/** k6 setup's pure parts: version pins, the release asset per platform, the checksums file, the cache key. */
import { describe, expect, it } from '@jest/globals'
import {
  checksumFor,
  k6Asset,
  k6CacheKey,
  K6_DEFAULT_VERSION,
  normalizeK6Version
} from '../../src/perf/k6-setup.js'
import { UserError } from '../../src/shared/errors.js'

const thrown = (fn: () => unknown): string => {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(UserError)
    expect((e as Error).message).not.toContain('\n')
    return (e as Error).message
  }
  throw new Error('expected a UserError')
}

describe('normalizeK6Version', () => {
  it.each([
    ['2.2.0', '2.2.0'],
    ['v2.2.0', '2.2.0'],
    [' v1.8.1 ', '1.8.1'],
    ['0.33.0', '0.33.0'],
    ['v2.0.0-rc1', '2.0.0-rc1']
  ])('%s → %s', (input, want) => expect(normalizeK6Version(input)).toBe(want))

  it('the default is a pinned version, not a moving one', () => {
    expect(normalizeK6Version(K6_DEFAULT_VERSION)).toBe(K6_DEFAULT_VERSION)
  })

  it('refuses "latest": the pin is the point, and it would need an API call', () => {
    expect(thrown(() => normalizeK6Version('latest'))).toMatch(
      /^k6 version "latest" is not accepted: pin a version/
    )
  })

  it('refuses versions before 0.33.0 (other asset names)', () => {
    expect(thrown(() => normalizeK6Version('0.32.0'))).toBe(
      'k6 version 0.32.0: releases before 0.33.0 use other asset names and are not supported'
    )
  })

  it.each(
    ['2.2', 'v2', '2.2.0; rm -rf /', '../2.2.0', '', 'x'.repeat(10_000)].map(v => [
      v.length > 40 ? `${v.length} chars` : JSON.stringify(v),
      v
    ])
  )('refuses %s', (_label, input) => {
    expect(thrown(() => normalizeK6Version(input))).toMatch(/^k6 version ".*" is not a version like /)
  })
})

describe('k6Asset', () => {
  it('names the assets as build-release.sh does', () => {
    expect(k6Asset('2.2.0', 'linux', 'x64')).toEqual({
      version: '2.2.0',
      os: 'linux',
      arch: 'amd64',
      nodeArch: 'x64',
      stem: 'k6-v2.2.0-linux-amd64',
      archive: 'k6-v2.2.0-linux-amd64.tar.gz',
      format: 'tar.gz',
      binary: 'k6',
      checksums: 'k6-v2.2.0-checksums.txt'
    })
    expect(k6Asset('2.2.0', 'darwin', 'arm64').archive).toBe('k6-v2.2.0-macos-arm64.zip')
    expect(k6Asset('2.2.0', 'win32', 'x64')).toMatchObject({
      archive: 'k6-v2.2.0-windows-amd64.zip',
      binary: 'k6.exe'
    })
  })

  it.each([
    ['win32', 'arm64'],
    ['linux', 'ia32'],
    ['freebsd', 'x64']
  ])('refuses %s/%s (no release binary) and points at k6-path', (platform, arch) => {
    expect(thrown(() => k6Asset('2.2.0', platform as NodeJS.Platform, arch))).toMatch(
      new RegExp(`^k6 publishes no release binary for ${platform}/${arch} .*: install k6 and pass k6-path$`)
    )
  })
})

describe('checksumFor', () => {
  const a = 'a'.repeat(64)
  const b = 'B'.repeat(64)
  const file = `${a}  k6-v2.2.0-linux-amd64.tar.gz\r\n${b} *k6-v2.2.0-macos-arm64.zip\n${'c'.repeat(64)}  k6-v2.2.0-linux-amd64.tar.gz.sig\n`

  it('reads sha256sum text and binary lines, exact names only, lower-cased', () => {
    expect(checksumFor(file, 'k6-v2.2.0-linux-amd64.tar.gz', 'sums')).toBe(a)
    expect(checksumFor(file, 'k6-v2.2.0-macos-arm64.zip', 'sums')).toBe('b'.repeat(64))
  })

  it('a name the file does not list is a one-line error', () => {
    expect(thrown(() => checksumFor(file, 'k6-v2.2.0-linux-arm64.tar.gz', 'sums'))).toBe(
      'sums lists no SHA-256 for k6-v2.2.0-linux-arm64.tar.gz'
    )
  })

  it('ignores malformed lines (short hashes, one space) rather than trusting them', () => {
    const bad = `${'a'.repeat(63)}  k6.tar.gz\n${a} k6.tar.gz\n`
    expect(thrown(() => checksumFor(bad, 'k6.tar.gz', 'sums'))).toBe('sums lists no SHA-256 for k6.tar.gz')
  })
})

describe('k6CacheKey', () => {
  it('is keyed by version, OS and arch', () => {
    const keys = [
      k6Asset('2.2.0', 'linux', 'x64'),
      k6Asset('2.2.0', 'linux', 'arm64'),
      k6Asset('2.2.0', 'darwin', 'x64'),
      k6Asset('1.8.1', 'linux', 'x64')
    ].map(k6CacheKey)
    expect(keys[0]).toBe('quality-gates-k6-v2.2.0-linux-amd64')
    expect(new Set(keys).size).toBe(keys.length)
  })
})
