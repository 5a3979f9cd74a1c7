// The pure pieces of `task: maintain`: editing the quarantine file (comments, order and quoting kept; entries
// it cannot write back exactly refused), the unified diff of the fallback issue (checked with `git apply`), and
// the inert issue title of an untrusted test id.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { titleText, unifiedDiff } from '../../src/flaky/maintain.js'
import { editQuarantine, parseQuarantine } from '../../src/flaky/quarantine.js'
import { ZWJ } from '../../src/shared/sanitize-text.js'

const NOW = new Date('2026-03-10T00:00:00Z')
const entry = (id: string, issue?: number) => ({
  id,
  reason: 'flaky: 3 flakes in 10 runs (30%) on 3 commits, flip rate 20%',
  ...(issue !== undefined ? { issue } : {}),
  since: '2026-03-10',
  expires: '2026-04-09'
})
const none = new Set<string>()

describe('editQuarantine', () => {
  it('keeps comments, order, flow entries and quoting; removes and appends entries', () => {
    const text = `# owners: @qa-team
tests:   # oldest first
  - id: 'a › b'    # the first
    reason: slow runner
    issue: 12
  - {id: "c", reason: "flow entry", expires: 2026-01-01}
  - id: d
    reason: >-
      folded
      reason
`
    const out = editQuarantine(text, 'q.yml', NOW, { remove: new Set(['c']), add: [entry('e `x` @me', 7)] })
    // The writer moves a comment after `tests:` to its own line; every comment stays.
    expect(out).toBe(`# owners: @qa-team
tests:
  # oldest first
  - id: 'a › b' # the first
    reason: slow runner
    issue: 12
  - id: d
    reason: >-
      folded reason
  - id: "e \`x\` @me"
    reason: "flaky: 3 flakes in 10 runs (30%) on 3 commits, flip rate 20%"
    issue: 7
    since: 2026-03-10
    expires: 2026-04-09
`)
    const q = parseQuarantine(out, 'q.yml', NOW)
    expect([...q.active.keys()]).toEqual(['a › b', 'd', 'e `x` @me'])
    expect(q.active.get('d')?.reason).toBe('folded reason')
  })

  it('starts a missing or comment-only file, keeping its comments', () => {
    const fresh = editQuarantine('', 'q.yml', NOW, { remove: none, add: [entry('t')] })
    expect(fresh).toMatch(/^# Quarantined tests: .*\n#.*\ntests:\n {2}- id: "t"\n/)
    const commented = editQuarantine('# keep me', 'q.yml', NOW, { remove: none, add: [entry('t')] })
    expect(commented.startsWith('# keep me\ntests:\n  - id: "t"\n')).toBe(true)
    const emptyList = editQuarantine('tests:\n', 'q.yml', NOW, { remove: none, add: [entry('t')] })
    expect([...parseQuarantine(emptyList, 'q.yml', NOW).active.keys()]).toEqual(['t'])
    // Removing the last entry leaves a valid, empty list.
    const emptied = editQuarantine(fresh, 'q.yml', NOW, { remove: new Set(['t']), add: [] })
    expect(parseQuarantine(emptied, 'q.yml', NOW).active.size).toBe(0)
  })

  it('writes any test id, however hostile, so that it reads back exactly', () => {
    const ids = [
      'quote " and \\ backslash',
      "single ' quote",
      '# not a comment',
      '- not a list',
      '*alias &anchor !tag',
      '{flow: map}',
      'trailing space ',
      ' leading space',
      'null',
      '123',
      'yes',
      'tab\there',
      '\u2028line separator',
      `${'x'.repeat(8000)}`
    ]
    const out = editQuarantine('tests: []\n', 'q.yml', NOW, { remove: none, add: ids.map(id => entry(id)) })
    expect([...parseQuarantine(out, 'q.yml', NOW).active.keys()]).toEqual(ids)
    // No folding: each id stays on its one line.
    expect(out.split('\n').filter(l => l.startsWith('  - id: '))).toHaveLength(ids.length)
  })

  it('refuses a file the gate cannot read, with the gate’s one-line error, and an id it already lists', () => {
    expect(() =>
      editQuarantine('tests:\n  - id: a\n    reason: b\n    owner: c\n', 'q.yml', NOW, {
        remove: none,
        add: [entry('t')]
      })
    ).toThrow('q.yml:4: unknown key "owner"')
    expect(() =>
      editQuarantine('x: &a 1\ntests: *a\n', 'q.yml', NOW, { remove: none, add: [entry('t')] })
    ).toThrow('q.yml:2: aliases (*name) are not allowed in the quarantine file')
    expect(() =>
      editQuarantine('tests:\n  - id: t\n    reason: r\n', 'q.yml', NOW, { remove: none, add: [entry('t')] })
    ).toThrow('q.yml:2: already lists the test the edit adds')
  })
})

describe('unifiedDiff', () => {
  const apply = (before: string, after: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'qg-diff-'))
    try {
      if (before !== '') writeFileSync(join(dir, 'q.yml'), before)
      writeFileSync(join(dir, 'p.diff'), unifiedDiff('q.yml', before, after))
      execFileSync('git', ['apply', 'p.diff'], { cwd: dir, stdio: 'pipe' })
      return readFileSync(join(dir, 'q.yml'), 'utf8')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  const lines = (n: number, tag = '') => Array.from({ length: n }, (_, i) => `line ${i}${tag}\n`).join('')

  it('gives a patch git applies: middle change, appended tail, new file, missing final newline', () => {
    const base = lines(20)
    const middle = base.replace('line 7\n', 'line seven\nline 7b\n')
    expect(apply(base, middle)).toBe(middle)
    expect(apply(base, `${base}added\n`)).toBe(`${base}added\n`)
    expect(apply('', 'tests:\n  - id: t\n')).toBe('tests:\n  - id: t\n')
    expect(apply('tests: []', 'tests:\n  - id: t\n')).toBe('tests:\n  - id: t\n')
    expect(apply('a\nb', 'a\nb\nc\n')).toBe('a\nb\nc\n')
    const removed = base.replace('line 3\n', '').replace('line 15\n', '')
    expect(apply(base, removed)).toBe(removed)
  })

  it('one hunk with three lines of context', () => {
    expect(unifiedDiff('f', lines(10), lines(10).replace('line 5\n', 'five\n'))).toBe(
      '--- a/f\n+++ b/f\n@@ -3,7 +3,7 @@\n line 2\n line 3\n line 4\n-line 5\n+five\n line 6\n line 7\n line 8\n'
    )
  })
})

describe('titleText', () => {
  it('one line, bounded, mentions and references inert', () => {
    const t = titleText(`@octocat fixes #12\n\t${'y'.repeat(70_000)}`)
    // 100 characters of the id (the joiners come on top: a title stays under GitHub's 256).
    expect([...t.replaceAll(ZWJ, '')].length).toBe(100)
    expect(t.startsWith(`@${ZWJ}octocat fixes #${ZWJ}12 yyy`)).toBe(true)
    expect(t.endsWith('…')).toBe(true)
    expect(titleText('a\u0000b\u0085c')).toBe('abc')
    expect(titleText('short')).toBe('short')
  })
})
