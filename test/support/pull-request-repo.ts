/**
 * A git repository shaped like a `pull_request` checkout, for the action tests: main holds C1 (the file at its
 * base content) and C2 (docs only, so a gate finds C1's baseline one commit behind); the PR commit H, on C2,
 * changes the file; M is the merge commit GitHub tests for the PR (parents C2 and H), left checked out (detached).
 */
import { execFileSync } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

export interface PullRequestCommits {
  C1: string
  C2: string
  H: string
  M: string
}

/** Run git in `repo` with a fixed identity; its trimmed output. */
export function gitIn(repo: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], {
    cwd: repo,
    encoding: 'utf8'
  }).trim()
}

export async function makePullRequestRepo(
  repo: string,
  file: string,
  base: string,
  head: string
): Promise<PullRequestCommits> {
  const git = (...args: string[]) => gitIn(repo, ...args)
  await mkdir(dirname(join(repo, file)), { recursive: true })
  git('init', '-q', '-b', 'main')
  await writeFile(join(repo, file), base)
  git('add', '-A')
  git('commit', '-q', '-m', 'C1')
  const C1 = git('rev-parse', 'HEAD')
  await writeFile(join(repo, 'README.md'), 'docs\n')
  git('add', '-A')
  git('commit', '-q', '-m', 'C2')
  const C2 = git('rev-parse', 'HEAD')
  git('checkout', '-q', '-b', 'feature')
  await writeFile(join(repo, file), head)
  git('commit', '-q', '-am', 'H')
  const H = git('rev-parse', 'HEAD')
  git('checkout', '-q', '--detach', 'main')
  git('merge', '-q', '--no-ff', 'feature', '-m', 'Merge H into C2')
  return { C1, C2, H, M: git('rev-parse', 'HEAD') }
}
