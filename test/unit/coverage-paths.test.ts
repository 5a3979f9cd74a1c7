// Path normalisation (src/coverage/parse/paths.ts): its fast paths must give exactly what the general
// normalisation gives, and relative paths resolve against the repository's file list.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, posix } from 'node:path'
import { isAbsolutePath, isPlainPosix, PathNormalizer, toPosix } from '../../src/coverage/parse/paths.js'

function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a * 1664525 + 1013904223) >>> 0
    return a / 4294967296
  }
}

// The general path normalisation toPosix had before its fast path (kept here as the reference).
function toPosixReference(raw: string): string {
  let p = raw.trim().replace(/\\/g, '/')
  if (p.startsWith('file://')) p = p.slice(7)
  const drive = /^([A-Za-z]:)\//.exec(p)
  if (drive) return drive[1] + posix.normalize(p.slice(2))
  if (p.startsWith('/')) return posix.normalize(p)
  const n = posix.normalize(p)
  return n === '.' ? '' : n.replace(/^(\.\/)+/, '')
}

describe('toPosix / isPlainPosix / isAbsolutePath fast paths', () => {
  it('toPosix equals the general normalisation on random and tricky paths', () => {
    const tricky = [
      '',
      '.',
      './a',
      'a/./b',
      'a//b',
      'a/../b',
      '../a',
      '/a/b/',
      '//a',
      'a/',
      ' a/b ',
      '\u00a0a',
      'a\u2028',
      'C:\\x\\y',
      'c:/x/../y',
      'file:///home/x/a.ts',
      'a:b/c',
      '..',
      '.a/b..',
      'src/a.ts',
      '/home/runner/work/r/r/src/a.ts',
      'ü/ß.ts'
    ]
    const alphabet = ['a', 'b', '/', '.', '\\', ' ', ':', 'C', 'ü']
    const r = rng(3)
    const random: string[] = []
    for (let k = 0; k < 3000; k++) {
      let s = ''
      const n = Math.floor(r() * 9)
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(r() * alphabet.length)]
      random.push(s)
    }
    for (const p of [...tricky, ...random]) {
      expect([p, toPosix(p)]).toEqual([p, toPosixReference(p)])
      if (isPlainPosix(p)) expect(toPosixReference(p)).toBe(p)
      expect([p, isAbsolutePath(p)]).toEqual([p, p.startsWith('/') || /^[A-Za-z]:\//.test(p)])
    }
    expect(isPlainPosix('src/a.ts')).toBe(true)
    expect(isPlainPosix('src//a.ts')).toBe(false)
  })
})

describe('PathNormalizer: relative paths once the repository file list is read', () => {
  it('resolves a missing relative path by unique suffix, keeps existing and unknown ones', () => {
    const root = mkdtempSync(join(tmpdir(), 'qg-fast-'))
    try {
      mkdirSync(join(root, 'web/src'), { recursive: true })
      mkdirSync(join(root, 'dup/a'), { recursive: true })
      mkdirSync(join(root, 'dup/b'), { recursive: true })
      writeFileSync(join(root, 'web/src/app.ts'), '')
      writeFileSync(join(root, 'dup/a/x.ts'), '')
      writeFileSync(join(root, 'dup/b/x.ts'), '')
      writeFileSync(join(root, 'top.ts'), '')
      const n = new PathNormalizer({ repoRoot: root })
      // The first miss reads the file list; later lookups use it.
      expect(n.normalize('nowhere/none.ts')).toEqual({ path: 'nowhere/none.ts', outside: false })
      expect(n.index?.built).toBe(true)
      expect(n.normalize('src/app.ts')).toEqual({ path: 'web/src/app.ts', outside: false })
      expect(n.normalize('web/src/app.ts')).toEqual({ path: 'web/src/app.ts', outside: false })
      expect(n.normalize('top.ts')).toEqual({ path: 'top.ts', outside: false })
      expect(n.normalize('x.ts')).toEqual({ path: 'x.ts', outside: false })
      // A directory that exists is not re-rooted (the disk check still decides).
      mkdirSync(join(root, 'app.ts'))
      expect(n.normalize('app.ts')).toEqual({ path: 'app.ts', outside: false })
      expect(n.resolvedBySuffix).toBe(1)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})

describe('PathNormalizer.dirPrefix: joining plain names onto a source root', () => {
  it('gives normalize()’s answer for every plain name, and declines where it could differ', () => {
    const root = '/work/repo'
    const n = new PathNormalizer({ repoRoot: root })
    const dirs = [
      '/work/repo',
      '/work/repo/',
      '/work/repo/src',
      '/work/repo//src/',
      '/work/repo/a/../src',
      '/work/repo/src/./lib'
    ]
    const names = ['a.py', 'pkg/mod.py', 'x/y/z.ts', 'caf\u00e9.py', 'a b.py']
    for (const d of dirs) {
      const pre = n.dirPrefix(d)
      expect([d, pre === undefined]).toEqual([d, false])
      for (const name of names) {
        expect(isPlainPosix(name)).toBe(true)
        const joined = { path: pre === '' ? name : `${pre}/${name}`, outside: false }
        expect([d, name, joined]).toEqual([d, name, n.normalize(`${d}/${name}`)])
      }
    }
    for (const d of ['/elsewhere/src', 'src', './src', 'C:\\other'])
      expect([d, n.dirPrefix(d)]).toEqual([d, undefined])
    const mapped = new PathNormalizer({ repoRoot: root, pathMappings: [{ from: '/build', to: 'src' }] })
    expect(mapped.dirPrefix('/work/repo/src')).toBeUndefined()
  })
})
