import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { UserError } from '../../src/shared/errors.js'
import { userErrorMessage } from '../support/expectations.js'
import {
  countLines,
  createGit,
  gitEnv,
  diffChangedLines,
  diffWorkTreeLines,
  remoteDefaultBranch,
  untrackedChangedLines,
  firstParentAncestors,
  mergeBase,
  parseUnifiedDiff,
  revParse,
  testedCommitBase,
  unquoteGitPath,
  type ChangedFile
} from '../../src/shared/git.js'

const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'qg-git-'))
  dirs.push(d)
  return d
}

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: tmpdir()
}

function g(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env: ENV,
    encoding: 'utf8'
  }).trim()
}

function lines(n: number, prefix = 'line'): string {
  return Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`).join('\n') + '\n'
}

function byPath(files: ChangedFile[]): Record<string, ChangedFile> {
  return Object.fromEntries(files.map(f => [f.path, f]))
}

describe('parseUnifiedDiff', () => {
  it('reads hunks with and without counts, pure deletions and no-newline markers', () => {
    const diff = [
      'diff --git a/src/a.ts b/src/a.ts',
      'index 1111111..2222222 100644',
      '--- a/src/a.ts',
      '+++ b/src/a.ts',
      '@@ -3 +3 @@ x',
      '-old',
      '+new',
      '@@ -10,2 +9,0 @@',
      '-gone',
      '-gone',
      '@@ -20,0 +20,3 @@',
      '+a',
      '+b',
      '+c',
      '@@ -40 +42,2 @@',
      '-last',
      '\\ No newline at end of file',
      '+last',
      '+more',
      '\\ No newline at end of file',
      ''
    ].join('\n')
    const [f] = parseUnifiedDiff(diff)
    expect(f).toEqual({
      path: 'src/a.ts',
      status: 'modified',
      added: [3, 20, 21, 22, 42, 43],
      deleted: 4,
      binary: false
    })
  })

  it('treats content lines that look like headers as content (counts decide)', () => {
    const diff = [
      'diff --git a/x b/x',
      '--- a/x',
      '+++ b/x',
      '@@ -1,2 +1,3 @@',
      '--- a/not-a-header',
      '-+++ b/neither',
      '+++ b/added-1',
      '+diff --git a/y b/y',
      '+@@ -1 +1 @@',
      ''
    ].join('\n')
    expect(parseUnifiedDiff(diff)).toEqual([
      { path: 'x', status: 'modified', added: [1, 2, 3], deleted: 2, binary: false }
    ])
  })

  it('accepts a CRLF diff file and CRLF content', () => {
    const diff = [
      'diff --git a/w.txt b/w.txt',
      '--- a/w.txt',
      '+++ b/w.txt',
      '@@ -1 +1,2 @@',
      '-a\r',
      '+b\r',
      '+c\r',
      ''
    ].join('\r\n')
    expect(parseUnifiedDiff(diff)).toEqual([
      { path: 'w.txt', status: 'modified', added: [1, 2], deleted: 1, binary: false }
    ])
  })

  it('decodes C-quoted paths with octal UTF-8 escapes, quotes, tabs and spaces', () => {
    expect(unquoteGitPath('"a/t\\303\\251st \\"q\\".c"')).toBe('a/tést "q".c')
    expect(unquoteGitPath('"tab\\there\\\\x"')).toBe('tab\there\\x')
    const diff = [
      'diff --git "a/t\\303\\251st \\"q\\".c" "b/t\\303\\251st \\"q\\".c"',
      'new file mode 100644',
      '--- /dev/null',
      '+++ "b/t\\303\\251st \\"q\\".c"',
      '@@ -0,0 +1 @@',
      '+x',
      'diff --git a/dir with space/f.ts b/dir with space/f.ts',
      '--- a/dir with space/f.ts',
      '+++ b/dir with space/f.ts\t',
      '@@ -1 +1 @@',
      '-a',
      '+b',
      ''
    ].join('\n')
    const files = parseUnifiedDiff(diff)
    expect(files.map(f => [f.path, f.status, f.added])).toEqual([
      ['tést "q".c', 'added', [1]],
      ['dir with space/f.ts', 'modified', [1]]
    ])
  })

  it('handles binary, mode-only, renames, copies, deletions and submodules', () => {
    const diff = [
      'diff --git a/img.png b/img.png',
      'index 1..2 100644',
      'Binary files a/img.png and b/img.png differ',
      'diff --git a/run.sh b/run.sh',
      'old mode 100644',
      'new mode 100755',
      'diff --git a/old name.ts b/new name.ts',
      'similarity index 100%',
      'rename from old name.ts',
      'rename to new name.ts',
      'diff --git a/m1.ts b/m2.ts',
      'similarity index 88%',
      'rename from m1.ts',
      'rename to m2.ts',
      '--- a/m1.ts',
      '+++ b/m2.ts',
      '@@ -5 +5 @@',
      '-x',
      '+y',
      'diff --git a/c1 b/c2',
      'similarity index 90%',
      'copy from c1',
      'copy to c2',
      'diff --git a/dead.ts b/dead.ts',
      'deleted file mode 100644',
      '--- a/dead.ts',
      '+++ /dev/null',
      '@@ -1,2 +0,0 @@',
      '-a',
      '-b',
      'diff --git a/sub b/sub',
      'index abc..def 160000',
      '--- a/sub',
      '+++ b/sub',
      '@@ -1 +1 @@',
      '-Subproject commit abc',
      '+Subproject commit def',
      ''
    ].join('\n')
    const files = byPath(parseUnifiedDiff(diff))
    expect(Object.keys(files).sort()).toEqual(['c2', 'img.png', 'm2.ts', 'new name.ts', 'run.sh'])
    expect(files['img.png']).toMatchObject({ binary: true, added: [], status: 'modified' })
    expect(files['run.sh']).toMatchObject({ added: [], status: 'modified' })
    expect(files['new name.ts']).toEqual({
      path: 'new name.ts',
      oldPath: 'old name.ts',
      status: 'renamed',
      added: [],
      deleted: 0,
      binary: false
    })
    expect(files['m2.ts']).toMatchObject({ oldPath: 'm1.ts', status: 'renamed', added: [5] })
    expect(files['c2']).toMatchObject({ oldPath: 'c1', status: 'copied', added: [] })
  })

  it('parses a 300-file, 30k-line diff in milliseconds', () => {
    const parts: string[] = []
    for (let f = 0; f < 300; f++) {
      parts.push(`diff --git a/src/f${f}.ts b/src/f${f}.ts`, `--- a/src/f${f}.ts`, `+++ b/src/f${f}.ts`)
      for (let h = 0; h < 10; h++) {
        parts.push(`@@ -${h * 20 + 1},5 +${h * 20 + 1},10 @@`)
        for (let i = 0; i < 5; i++) parts.push('-old line content here')
        for (let i = 0; i < 10; i++) parts.push('+new line content here that is a bit longer')
      }
    }
    const text = parts.join('\n')
    const files = parseUnifiedDiff(text)
    expect(files).toHaveLength(300)
    expect(files.reduce((n, f) => n + f.added.length, 0)).toBe(30_000)
  })

  it('returns nothing for empty or non-diff text', () => {
    expect(parseUnifiedDiff('')).toEqual([])
    expect(parseUnifiedDiff('hello\nworld\n')).toEqual([])
  })

  describe('refuses a hunk whose body does not match its header (never a patch read short)', () => {
    const head = ['diff --git a/src/a.ts b/src/a.ts', 'index 1..2 100644', '--- a/src/a.ts', '+++ b/src/a.ts']
    const plus = (n: number): string[] => Array.from({ length: n }, (_, i) => `+line ${i}`)
    const next = [
      'diff --git a/src/b.ts b/src/b.ts',
      '--- a/src/b.ts',
      '+++ b/src/b.ts',
      '@@ -1 +1 @@',
      '-x',
      '+y',
      ''
    ]
    const msg = (text: string[]): string =>
      userErrorMessage(() => parseUnifiedDiff(text.join('\n'), 'pr.diff'))

    it('under-counting: @@ -18,10 +18,5 @@ over 8 added lines', () => {
      expect(msg([...head, '@@ -18,10 +18,5 @@', ...plus(8), ...next])).toBe(
        'pr.diff: malformed diff: src/a.ts: hunk "@@ -18,10 +18,5 @@" (line 5) has more added lines than its header counts; refusing to measure patch coverage from it'
      )
      expect(msg([...head, '@@ -18,0 +18,5 @@', ...plus(8), ...next])).toMatch(
        /^pr\.diff: malformed diff: src\/a\.ts: hunk "@@ -18,0 \+18,5 @@" \(line 5\) is followed by more lines than its header counts/
      )
      expect(msg([...head, '@@ -1,1 +1,1 @@', '-a', '-b', '+c', ...next])).toMatch(
        /has more deleted lines than its header counts/
      )
      expect(msg([...head, '@@ -1,2 +1,1 @@', ' a', ' b', ...next])).toMatch(
        /has more context lines than its header counts/
      )
    })

    it('over-counting: a header promising more lines than the body has, in the middle or at the end', () => {
      expect(msg([...head, '@@ -18,0 +18,10 @@', ...plus(8), ...next])).toBe(
        'pr.diff: malformed diff: src/a.ts: hunk "@@ -18,0 +18,10 @@" (line 5) ends 2 line(s) short of what its header counts (0 old and 2 new line(s) missing; truncated diff?); refusing to measure patch coverage from it'
      )
      expect(msg([...head, '@@ -18,0 +18,10 @@', ...plus(8)])).toMatch(/ends 2 line\(s\) short/)
      expect(msg([...head, '@@ -18,3 +18,0 @@', '-a'])).toMatch(/ends 2 line\(s\) short .*2 old and 0 new/)
    })

    it('content outside any hunk, an unreadable hunk header, a combined diff', () => {
      expect(msg([...head, '+stray', ...next])).toBe(
        'pr.diff: malformed diff: src/a.ts: line 5 is a content line outside any hunk; refusing to measure patch coverage from it'
      )
      expect(msg([...head, '@@ -1,x +1 @@', '+a'])).toMatch(
        /hunk "@@ -1,x \+1 @@" \(line 5\) is not a "@@ -a,b \+c,d @@" hunk header/
      )
      expect(msg([...head, '@@ -1 +9999999999 @@', '+a'])).toMatch(/has numbers beyond any file/)
      expect(msg(['diff --cc src/a.ts', '@@@ -1,1 -1,1 +1,1 @@@', '- a', ' -b', '++c'])).toBe(
        'pr.diff: a combined diff (of a merge commit) cannot be measured; diff against one parent instead'
      )
    })

    it('still reads format-patch and git show output (message, diffstat, signature)', () => {
      const text = [
        'From 0123456789abcdef0123456789abcdef01234567 Mon Sep 17 00:00:00 2001',
        'Subject: [PATCH] change',
        '',
        '- a bullet in the message',
        '---',
        ' src/a.ts | 2 +-',
        ' 1 file changed, 1 insertion(+), 1 deletion(-)',
        '',
        ...head,
        '@@ -3 +3,2 @@',
        '-old',
        '+new',
        '+more',
        '-- ',
        '2.43.0',
        ''
      ]
      expect(parseUnifiedDiff(text.join('\n'))).toEqual([
        { path: 'src/a.ts', status: 'modified', added: [3, 4], deleted: 1, binary: false }
      ])
      const show = [
        'commit 0123456789abcdef',
        'Author: t <t@example.com>',
        '',
        '    message',
        '',
        ...head,
        '@@ -1 +1 @@',
        '-a',
        '+b',
        ''
      ]
      expect(parseUnifiedDiff(show.join('\n')).map(f => f.added)).toEqual([[1]])
    })
  })
})

describe('git against real repositories', () => {
  let repo: string
  let c1: string
  beforeAll(() => {
    repo = tempDir()
    g(repo, 'init', '-q')
    mkdirSync(join(repo, 'src'))
    writeFileSync(join(repo, 'src/a.ts'), lines(20))
    writeFileSync(join(repo, 'src/moved.ts'), lines(30, 'moved'))
    writeFileSync(join(repo, 'src/edited-move.ts'), lines(30, 'em'))
    writeFileSync(join(repo, 'gone.ts'), lines(3))
    writeFileSync(join(repo, 'crlf.txt'), 'a\r\nb\r\nc\r\n')
    writeFileSync(join(repo, 'run.sh'), 'echo hi\n')
    g(repo, 'add', '-A')
    g(repo, 'commit', '-q', '-m', 'c1')
    c1 = g(repo, 'rev-parse', 'HEAD')
    // c2: edits, a pure rename, a rename with edits, a deletion, CRLF edits, a mode change, odd names, binary
    writeFileSync(join(repo, 'src/a.ts'), lines(20).replace('line 5\n', 'line 5 changed\n') + 'line 21\n')
    g(repo, 'mv', 'src/moved.ts', 'src/renamed.ts')
    g(repo, 'mv', 'src/edited-move.ts', 'src/edited-renamed.ts')
    writeFileSync(join(repo, 'src/edited-renamed.ts'), lines(30, 'em').replace('em 10\n', 'em 10 edited\n'))
    g(repo, 'rm', '-q', 'gone.ts')
    writeFileSync(join(repo, 'crlf.txt'), 'a\r\nB\r\nc\r\nd\r\n')
    chmodSync(join(repo, 'run.sh'), 0o755)
    writeFileSync(join(repo, 'tést "q" café.ts'), 'x\ny\n')
    writeFileSync(join(repo, 'logo.bin'), Buffer.from([0, 1, 2, 0, 255, 0]))
    g(repo, 'add', '-A')
    g(repo, 'commit', '-q', '-m', 'c2')
  })

  it('diffChangedLines gives added lines per file, with renames and odd paths', async () => {
    const git = createGit(repo)
    const files = byPath(await diffChangedLines(git, c1))
    expect(Object.keys(files).sort()).toEqual(
      [
        'crlf.txt',
        'logo.bin',
        'run.sh',
        'src/a.ts',
        'src/edited-renamed.ts',
        'src/renamed.ts',
        'tést "q" café.ts'
      ].sort()
    )
    expect(files['src/a.ts']).toMatchObject({ status: 'modified', added: [5, 21], deleted: 1 })
    expect(files['src/renamed.ts']).toMatchObject({ status: 'renamed', oldPath: 'src/moved.ts', added: [] })
    expect(files['src/edited-renamed.ts']).toMatchObject({
      status: 'renamed',
      oldPath: 'src/edited-move.ts',
      added: [10]
    })
    expect(files['crlf.txt']).toMatchObject({ added: [2, 4] })
    expect(files['run.sh']).toMatchObject({ added: [] })
    expect(files['tést "q" café.ts']).toMatchObject({ status: 'added', added: [1, 2] })
    expect(files['logo.bin']).toMatchObject({ status: 'added', binary: true, added: [] })
  })

  it('is not fooled by user git config (noprefix, external diff, colour, textconv)', async () => {
    g(repo, 'config', 'diff.noprefix', 'true')
    g(repo, 'config', 'diff.external', 'false')
    g(repo, 'config', 'color.diff', 'always')
    g(repo, 'config', 'diff.renames', 'false')
    g(repo, 'config', 'core.quotepath', 'true')
    g(repo, 'config', 'diff.interHunkContext', '30')
    g(repo, 'config', 'diff.context', '5')
    try {
      const files = byPath(await diffChangedLines(createGit(repo), c1))
      expect(files['src/a.ts']?.added).toEqual([5, 21])
      expect(files['src/renamed.ts']?.status).toBe('renamed')
      expect(files['tést "q" café.ts']?.added).toEqual([1, 2])
    } finally {
      const keys = ['diff.noprefix', 'diff.external', 'color.diff', 'diff.renames', 'core.quotepath']
      for (const k of [...keys, 'diff.interHunkContext', 'diff.context']) {
        g(repo, 'config', '--unset', k)
      }
    }
  })

  it('ignores GIT_DIR / GIT_WORK_TREE from the environment (the cwd decides)', async () => {
    const saved = { dir: process.env.GIT_DIR, tree: process.env.GIT_WORK_TREE }
    process.env.GIT_DIR = join(tempDir(), 'elsewhere.git')
    process.env.GIT_WORK_TREE = tempDir()
    try {
      expect(await revParse(createGit(repo), 'HEAD~1')).toBe(c1)
    } finally {
      if (saved.dir === undefined) delete process.env.GIT_DIR
      else process.env.GIT_DIR = saved.dir
      if (saved.tree === undefined) delete process.env.GIT_WORK_TREE
      else process.env.GIT_WORK_TREE = saved.tree
    }
  })

  it('revParse names an unknown revision; firstParentAncestors walks first parents', async () => {
    const git = createGit(repo)
    expect(await revParse(git, 'HEAD~1')).toBe(c1)
    await expect(revParse(git, 'no-such-branch')).rejects.toThrow(/Unknown git revision "no-such-branch"/)
    await expect(revParse(git, '--upload-pack=x')).rejects.toBeInstanceOf(UserError)
    const head = await revParse(git, 'HEAD')
    expect(await firstParentAncestors(git, 'HEAD', 5)).toEqual([head, c1])
    expect(await firstParentAncestors(git, 'HEAD', 1)).toEqual([head])
    expect(await firstParentAncestors(git, 'HEAD', 0)).toEqual([])
  })

  it('gives one-line UserErrors when the directory is not a repository or git is missing', async () => {
    const plain = tempDir()
    const err = await revParse(createGit(plain), 'HEAD').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UserError)
    expect((err as Error).message).toBe(`${plain} is not a git repository`)
    await expect(createGit(repo, { gitPath: '/nonexistent/git' }).run(['status'])).rejects.toThrow(
      'git was not found on PATH'
    )
    await expect(createGit(join(plain, 'missing')).run(['status'])).rejects.toThrow(/does not exist/)
  })
})

describe('testedCommitBase with a simulated refs/pull/N/merge checkout', () => {
  let repo: string
  let baseTip: string
  let prHead: string
  let merge: string
  let forkPoint: string
  beforeAll(() => {
    repo = tempDir()
    g(repo, 'init', '-q')
    writeFileSync(join(repo, 'f.ts'), lines(20))
    g(repo, 'add', '-A')
    g(repo, 'commit', '-q', '-m', 'root')
    forkPoint = g(repo, 'rev-parse', 'HEAD')
    // PR branch: edits line 15.
    g(repo, 'checkout', '-q', '-b', 'pr')
    writeFileSync(join(repo, 'f.ts'), lines(20).replace('line 15\n', 'line 15 by pr\n'))
    g(repo, 'commit', '-q', '-am', 'pr edit')
    prHead = g(repo, 'rev-parse', 'HEAD')
    // Base branch moves: inserts 3 lines at the top of the same file.
    g(repo, 'checkout', '-q', 'main')
    writeFileSync(join(repo, 'f.ts'), 'new 1\nnew 2\nnew 3\n' + lines(20))
    g(repo, 'commit', '-q', '-am', 'base edit')
    baseTip = g(repo, 'rev-parse', 'HEAD')
    // The merge ref GitHub would create: M with parents (base tip, PR head).
    g(repo, 'checkout', '-q', '--detach', baseTip)
    g(repo, 'merge', '-q', '--no-ff', '-m', 'Merge pr into main', prHead)
    merge = g(repo, 'rev-parse', 'HEAD')
  })

  it('picks M^1 for a merge ref and reports changed lines in M coordinates', async () => {
    const git = createGit(repo)
    const r = await testedCommitBase(git, { headSha: prHead, baseSha: forkPoint })
    expect(r).toEqual({ base: baseTip, how: 'merge-ref-first-parent' })
    const [file] = await diffChangedLines(git, r.base)
    // line 15 of the PR is line 18 in the merge commit (3 lines were added above by the base)
    expect(file).toMatchObject({ path: 'f.ts', added: [18] })
    // The PR's own diff (merge-base..H) would say 15: wrong for a report made on M.
    const [prOnly] = await diffChangedLines(git, forkPoint, prHead)
    expect(prOnly?.added).toEqual([15])
  })

  it('accepts an abbreviated PR head sha', async () => {
    const r = await testedCommitBase(createGit(repo), { headSha: prHead.slice(0, 12), baseSha: baseTip })
    expect(r.how).toBe('merge-ref-first-parent')
  })

  it('uses merge-base(base, HEAD) when HEAD is the PR head', async () => {
    const git = createGit(repo)
    g(repo, 'checkout', '-q', '--detach', prHead)
    try {
      const r = await testedCommitBase(git, { headSha: prHead, baseSha: baseTip })
      expect(r).toEqual({ base: forkPoint, how: 'merge-base' })
      expect(await mergeBase(git, baseTip, prHead)).toBe(forkPoint)
      const [file] = await diffChangedLines(git, r.base)
      expect(file?.added).toEqual([15])
    } finally {
      g(repo, 'checkout', '-q', '--detach', merge)
    }
  })

  it('uses an explicit base as given, and asks for one when nothing tells it', async () => {
    const git = createGit(repo)
    expect(await testedCommitBase(git, { base: 'HEAD^1' })).toEqual({ base: baseTip, how: 'given' })
    await expect(testedCommitBase(git, {})).rejects.toThrow(/give a base revision/)
    await expect(testedCommitBase(git, { baseSha: 'deadbeef' })).rejects.toThrow(
      /Unknown git revision "deadbeef"/
    )
  })
})

describe('git sees none of our secrets', () => {
  it('a git earlier on PATH gets only the allow-listed environment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qg-git-env-'))
    try {
      const fake = join(dir, 'git')
      writeFileSync(fake, `#!/bin/sh\nenv > "${join(dir, 'seen.txt')}"\necho ok\n`)
      chmodSync(fake, 0o755)
      const secrets = {
        'INPUT_GITHUB-TOKEN': 'ghs_input_secret',
        ACTIONS_RUNTIME_TOKEN: 'runtime_secret',
        GITHUB_TOKEN: 'ghs_env_secret'
      }
      Object.assign(process.env, secrets)
      try {
        await createGit(dir, { gitPath: fake }).run(['status'])
      } finally {
        for (const k of Object.keys(secrets)) delete process.env[k]
      }
      const seen = readFileSync(join(dir, 'seen.txt'), 'utf8')
      for (const value of Object.values(secrets)) expect(seen).not.toContain(value)
      expect(seen).toMatch(/^PATH=/m)
      expect(seen).toMatch(/^LC_ALL=C$/m)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
  it('keeps git configuration variables and drops everything else', () => {
    expect(
      gitEnv({ PATH: '/bin', GIT_CONFIG_GLOBAL: '/dev/null', GIT_DIR: '/x', NPM_TOKEN: 't', HOME: '/h' })
    ).toEqual({
      PATH: '/bin',
      GIT_CONFIG_GLOBAL: '/dev/null',
      HOME: '/h',
      GIT_TERMINAL_PROMPT: '0',
      GIT_OPTIONAL_LOCKS: '0',
      LC_ALL: 'C'
    })
  })
})

describe('the work tree as the change (what diff-cover measures before a push)', () => {
  let dir: string
  let base: string
  beforeAll(() => {
    dir = tempDir()
    g(dir, 'init', '-q')
    writeFileSync(join(dir, 'a.txt'), lines(4))
    writeFileSync(join(dir, 'gone.txt'), lines(2))
    g(dir, 'add', '.')
    g(dir, 'commit', '-qm', 'base')
    base = g(dir, 'rev-parse', 'HEAD')
    // committed: line 5; staged: line 6 and a new file; unstaged on top: line 7; a deleted file
    writeFileSync(join(dir, 'a.txt'), lines(5))
    g(dir, 'commit', '-qam', 'five')
    writeFileSync(join(dir, 'a.txt'), lines(6))
    writeFileSync(join(dir, 'staged.txt'), 'one\ntwo\n')
    g(dir, 'add', 'a.txt', 'staged.txt')
    writeFileSync(join(dir, 'a.txt'), lines(7))
    rmSync(join(dir, 'gone.txt'))
    writeFileSync(join(dir, 'untracked.txt'), 'u\n')
  })

  it('diffWorkTreeLines: committed, staged and unstaged lines, in the work tree coordinates; untracked left out', async () => {
    const files = byPath(await diffWorkTreeLines(createGit(dir), base))
    expect(Object.keys(files).sort()).toEqual(['a.txt', 'staged.txt'])
    expect(files['a.txt']?.added).toEqual([5, 6, 7])
    expect(files['staged.txt']).toMatchObject({ status: 'added', added: [1, 2] })
    // The commit-to-commit diff sees only the committed line: the two differ exactly by the work tree.
    expect(byPath(await diffChangedLines(createGit(dir), base, 'HEAD'))['a.txt']?.added).toEqual([5])
  })

  it('untrackedChangedLines: every line of text files; binary, symlinks, large and ignored files named or left out', async () => {
    const d = tempDir()
    g(d, 'init', '-q')
    writeFileSync(join(d, '.gitignore'), 'ignored.txt\n')
    writeFileSync(join(d, 'tracked.txt'), 'x\n')
    g(d, 'add', '.')
    g(d, 'commit', '-qm', 'base')
    mkdirSync(join(d, 'sub dir'))
    writeFileSync(join(d, 'sub dir', 'né w.js'), 'a\nb\nc') // no newline at the end: 3 lines
    writeFileSync(join(d, 'crlf.txt'), 'a\r\nb\r\n')
    writeFileSync(join(d, 'empty.txt'), '')
    writeFileSync(join(d, 'ignored.txt'), 'secret\n')
    writeFileSync(join(d, 'bin.dat'), Buffer.from([0x61, 0x0a, 0x00, 0x62]))
    writeFileSync(join(d, 'big.txt'), 'y\n'.repeat(600))
    symlinkSync('/etc/hostname', join(d, 'link'))
    // From a sub-directory, paths are still the top level's (as the diff's are).
    const r = await untrackedChangedLines(createGit(join(d, 'sub dir')), {
      maxFileBytes: 1024,
      maxFiles: 100,
      maxTotalBytes: 4096
    })
    expect(r.files.map(f => [f.path, f.status, f.added])).toEqual([
      ['crlf.txt', 'added', [1, 2]],
      ['empty.txt', 'added', []],
      ['sub dir/né w.js', 'added', [1, 2, 3]]
    ])
    expect(r.skipped).toEqual([
      { path: 'big.txt', why: 'larger than 1 KiB' },
      { path: 'bin.dat', why: 'binary' },
      { path: 'link', why: 'a symlink' }
    ])
    // Count and total caps: the rest is skipped with the reason, never read.
    const capped = await untrackedChangedLines(createGit(d), {
      maxFileBytes: 2048,
      maxFiles: 1,
      maxTotalBytes: 1500
    })
    expect(capped.files.map(f => f.path)).toEqual(['big.txt'])
    expect(capped.skipped.find(k => k.path === 'crlf.txt')?.why).toBe('over the limit of 1 untracked files')
    const total = await untrackedChangedLines(createGit(d), {
      maxFileBytes: 2048,
      maxFiles: 10,
      maxTotalBytes: 1000
    })
    expect(total.skipped.find(k => k.path === 'big.txt')?.why).toBe(
      'over the limit of 1000 bytes of untracked files'
    )
  })

  it('countLines counts a last line without a newline, and nothing in an empty file', () => {
    expect(countLines(Buffer.from(''))).toBe(0)
    expect(countLines(Buffer.from('\n'))).toBe(1)
    expect(countLines(Buffer.from('a'))).toBe(1)
    expect(countLines(Buffer.from('a\nb\n'))).toBe(2)
    expect(countLines(Buffer.from('a\nb'))).toBe(2)
  })
})

describe('remoteDefaultBranch: origin/HEAD, else origin/main, else origin/master', () => {
  it('follows the fallback chain on a real clone of a local bare "origin"', async () => {
    const root = tempDir()
    const origin = join(root, 'origin.git')
    const work = join(root, 'work')
    mkdirSync(work)
    g(root, 'init', '-q', '--bare', origin)
    g(work, 'init', '-q')
    writeFileSync(join(work, 'f.txt'), 'a\n')
    g(work, 'add', '.')
    g(work, 'commit', '-qm', 'one')
    const one = g(work, 'rev-parse', 'HEAD')
    g(work, 'remote', 'add', 'origin', origin)
    const git = createGit(work)

    expect(await remoteDefaultBranch(git)).toBeUndefined()

    g(work, 'push', '-q', 'origin', 'main:master')
    g(work, 'fetch', '-q', 'origin')
    expect(await remoteDefaultBranch(git)).toEqual({ ref: 'origin/master', sha: one })

    writeFileSync(join(work, 'f.txt'), 'b\n')
    g(work, 'commit', '-qam', 'two')
    const two = g(work, 'rev-parse', 'HEAD')
    g(work, 'push', '-q', 'origin', 'main')
    expect(await remoteDefaultBranch(git)).toEqual({ ref: 'origin/main', sha: two })

    g(work, 'remote', 'set-head', 'origin', 'master')
    expect(await remoteDefaultBranch(git)).toEqual({
      ref: 'origin/HEAD',
      pointsTo: 'origin/master',
      sha: one
    })

    // A local branch called "origin/main" is not the remote's (refs are read fully qualified).
    g(work, 'remote', 'set-head', 'origin', '-d')
    g(work, 'update-ref', '-d', 'refs/remotes/origin/main')
    g(work, 'update-ref', '-d', 'refs/remotes/origin/master')
    g(work, 'branch', 'origin/main')
    expect(await remoteDefaultBranch(git)).toBeUndefined()
  })

  it('outside a repository: the one-line git error, not "no remote"', async () => {
    const d = tempDir()
    const err = await remoteDefaultBranch(createGit(join(d, 'missing'))).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).message).toMatch(/does not exist/)
    const plain = tempDir()
    await expect(remoteDefaultBranch(createGit(plain))).rejects.toThrow(/is not a git repository/)
  })
})
