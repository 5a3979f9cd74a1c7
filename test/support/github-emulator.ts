/**
 * An in-process emulator of the GitHub REST endpoints quality-gates uses (comments, statuses, check runs,
 * pulls, compare, Actions runs/artifacts, git data, collaborators). It listens on 127.0.0.1 on a random port,
 * keeps everything in memory and follows GitHub's documented request/response shapes and status codes; the
 * contract test (test/integration/github-emulator.test.ts) checks the bodies against @octokit/openapi.
 *
 * Faults (5xx, primary/secondary rate limits, slow responses) and write races can be injected.
 * Writes are applied synchronously once their body is read (after the optional race delay), so each write
 * is atomic and writes are applied in the order the emulator processes them.
 */
import { createHash, randomUUID } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { ArtifactRegistry, type StoredArtifact, type WorkflowRunRecord } from './artifact-registry.js'

export interface TokenIdentity {
  login: string
  type: 'Bot' | 'User'
  /** An installation token (GITHUB_TOKEN / GitHub App): `GET /user` is 403, check runs are allowed. */
  installation?: boolean
  /**
   * Every permission read-only, as a fork PR's GITHUB_TOKEN: every write is refused before anything is applied
   * with GitHub's 403 "Resource not accessible by integration" (ordinary rate-limit headers, quota left).
   */
  readOnly?: boolean
}

export interface EmulatorOptions {
  owner?: string
  repo?: string
  repositoryId?: number
  registry?: ArtifactRegistry
  tokens?: Record<string, TokenIdentity>
}

export interface EmulatorFault {
  method?: string
  path?: RegExp
  /** How many matching requests fail; default 1. */
  times?: number
  /**
   * 500/502/503 and rate limits fail before anything is applied. 504 is a gateway timeout: the request IS
   * applied, then 504 is answered (what a client cannot tell apart from "not applied"). 'timeout' applies the
   * request and holds the response for `delayMs`.
   */
  /**
   * 'rate-limit' is a primary limit (`x-ratelimit-remaining: 0`, `x-ratelimit-reset`); 'secondary-rate-limit'
   * sends `retry-after` and GitHub's secondary-limit message; 'forbidden' is a real permission refusal (403
   * "Resource not accessible by integration", ordinary rate-limit headers with quota left).
   */
  kind: 500 | 502 | 503 | 504 | 'rate-limit' | 'secondary-rate-limit' | 'forbidden' | 'timeout'
  /** Rate limits: the status GitHub answers them with, 403 (default) or 429. */
  status?: 403 | 429
  /** Seconds for `retry-after` (secondary) or until `x-ratelimit-reset` (primary); default 1. */
  retryAfter?: number
  /** Primary: the exact `x-ratelimit-reset` (epoch seconds), instead of now + retryAfter. */
  resetAt?: number
  /** Secondary: send no `retry-after` (GitHub then says only "secondary rate limit" in the message). */
  omitRetryAfter?: boolean
  /** 'timeout': how long the response is held (the request itself is applied at once); default 1000. */
  delayMs?: number
}

export interface UserRecord {
  login: string
  id: number
  type: 'Bot' | 'User'
}

export interface CommentRecord {
  id: number
  issueNumber: number
  body: string
  user: UserRecord
  createdAt: string
  updatedAt: string
}

export interface StatusRecord {
  id: number
  sha: string
  state: 'error' | 'failure' | 'pending' | 'success'
  description: string | null
  context: string
  targetUrl: string | null
  creator: UserRecord
  createdAt: string
  updatedAt: string
}

export interface AnnotationRecord {
  path: string
  start_line: number
  end_line: number
  start_column: number | null
  end_column: number | null
  annotation_level: 'notice' | 'warning' | 'failure'
  title: string | null
  message: string
  raw_details: string | null
}

export interface CheckRunRecord {
  id: number
  name: string
  headSha: string
  status: 'queued' | 'in_progress' | 'completed'
  conclusion: string | null
  detailsUrl: string | null
  externalId: string | null
  startedAt: string
  completedAt: string | null
  output: { title: string | null; summary: string | null; text: string | null }
  annotations: AnnotationRecord[]
}

export interface PullRecord {
  number: number
  headSha: string
  headRef: string
  baseSha: string
  baseRef: string
  /** `owner/repo` of the head; differs from the base repository for a fork. */
  headRepoFullName: string
  state: 'open' | 'closed'
  title: string
  user: UserRecord
  createdAt: string
  mergeCommitSha: string | null
  /** What `GET /pulls/{n}/files` lists (paginated, as GitHub does). */
  files: DiffFileRecord[]
  body?: string | null
}

export interface IssueRecord {
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  stateReason: 'completed' | 'not_planned' | 'reopened' | null
  user: UserRecord
  createdAt: string
  updatedAt: string
  closedAt: string | null
}

export interface DiffFileRecord {
  filename: string
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'
  additions: number
  deletions: number
  patch?: string
  previous_filename?: string
}

export type GitObject =
  | { type: 'blob'; sha: string; content: Buffer }
  | { type: 'tree'; sha: string; entries: TreeEntry[] }
  | {
      type: 'commit'
      sha: string
      tree: string
      parents: string[]
      message: string
      author: GitSignature
      committer: GitSignature
    }

export interface TreeEntry {
  name: string
  mode: '100644' | '100755' | '040000' | '160000' | '120000'
  type: 'blob' | 'tree' | 'commit'
  sha: string
}

export interface GitSignature {
  name: string
  email: string
  /** ISO 8601, second precision. */
  date: string
}

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none'

export interface EmulatorState {
  /** Comments per issue/PR number, oldest (lowest id) first. */
  comments: Map<number, CommentRecord[]>
  /** All commit statuses in creation order. */
  statuses: StatusRecord[]
  checkRuns: Map<number, CheckRunRecord>
  pulls: Map<number, PullRecord>
  git: { objects: Map<string, GitObject>; refs: Map<string, string> }
  collaborators: Map<string, Permission>
  /** Files returned by `GET /compare/{base}...{head}`, keyed by "base...head". */
  compareFiles: Map<string, DiffFileRecord[]>
  /** Issues by number (pull requests are in `pulls`). */
  issues: Map<number, IssueRecord>
}

export interface RecordedRequest {
  method: string
  path: string
  status: number
}

const DEFAULT_TOKENS: Record<string, TokenIdentity> = {
  ghs_test: { login: 'github-actions[bot]', type: 'Bot', installation: true },
  ghp_test: { login: 'octocat', type: 'User' }
}
const WEB = 'https://github.com'
const DOCS = 'https://docs.github.com/rest'
const MAX_BODY_BYTES = 16 * 1024 * 1024
const COMMENT_MAX = 65536
const STATUS_DESCRIPTION_MAX = 140
const CHECK_TEXT_MAX = 65535
const ANNOTATIONS_PER_REQUEST = 50
const GITHUB_ACTIONS_BOT_ID = 41898282

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {}
  ) {
    super(String(body.message))
  }
}

interface Ctx {
  method: string
  url: URL
  params: string[]
  body: Record<string, unknown>
  identity: TokenIdentity & { id: number }
}

interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

type Handler = (ctx: Ctx) => Reply

interface Route {
  method: string
  pattern: RegExp
  handler: Handler
  write: boolean
}

export class GitHubEmulator {
  readonly url: string
  readonly registry: ArtifactRegistry
  readonly state: EmulatorState = {
    comments: new Map(),
    statuses: [],
    checkRuns: new Map(),
    pulls: new Map(),
    git: { objects: new Map(), refs: new Map() },
    collaborators: new Map(),
    compareFiles: new Map(),
    issues: new Map()
  }
  /**
   * The repository setting "Allow GitHub Actions to create and approve pull requests", off: an installation
   * token's `POST /pulls` is refused with GitHub's 403 "GitHub Actions is not permitted to create or approve pull
   * requests." (a personal token still may).
   */
  actionsMayCreatePullRequests = true
  readonly requests: RecordedRequest[] = []
  readonly owner: string
  readonly repo: string
  readonly repositoryId: number

  private readonly server: http.Server
  private readonly tokens: Record<string, TokenIdentity>
  private readonly userIds = new Map<string, number>()
  private readonly faults: (EmulatorFault & { remaining: number })[] = []
  private readonly timers = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>()
  private readonly routes: Route[] = []
  private raceMs = 0
  private lastId = 0
  private lastTime = 0
  private closed = false

  private constructor(server: http.Server, url: string, opts: EmulatorOptions) {
    this.server = server
    this.url = url
    this.owner = opts.owner ?? 'acme'
    this.repo = opts.repo ?? 'widgets'
    this.repositoryId = opts.repositoryId ?? 1
    this.registry = opts.registry ?? new ArtifactRegistry()
    this.tokens = { ...DEFAULT_TOKENS, ...(opts.tokens ?? {}) }
    this.userIds.set('github-actions[bot]', GITHUB_ACTIONS_BOT_ID)
    this.userIds.set(this.owner, 100)
    this.defineRoutes()
  }

  static async start(opts: EmulatorOptions = {}): Promise<GitHubEmulator> {
    const holder: { emulator?: GitHubEmulator } = {}
    const server = http.createServer((req, res) => {
      if (holder.emulator) holder.emulator.handle(req, res)
      else res.destroy()
    })
    server.requestTimeout = 30_000
    server.headersTimeout = 10_000
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => resolve())
    })
    const { port } = server.address() as AddressInfo
    const emulator = new GitHubEmulator(server, `http://127.0.0.1:${port}`, opts)
    holder.emulator = emulator
    return emulator
  }

  /** The full name of the repository, `owner/repo`. */
  get fullName(): string {
    return `${this.owner}/${this.repo}`
  }

  addPull(pr: {
    number: number
    headSha: string
    headRef: string
    baseSha: string
    baseRef: string
    headRepoFullName?: string
    state?: 'open' | 'closed'
    title?: string
    user?: string
    mergeCommitSha?: string
    files?: DiffFileRecord[]
  }): void {
    this.state.pulls.set(pr.number, {
      number: pr.number,
      headSha: pr.headSha,
      headRef: pr.headRef,
      baseSha: pr.baseSha,
      baseRef: pr.baseRef,
      headRepoFullName: pr.headRepoFullName ?? this.fullName,
      state: pr.state ?? 'open',
      title: pr.title ?? `Pull request #${pr.number}`,
      user: this.user(pr.user ?? 'octocat', 'User'),
      createdAt: this.now(),
      mergeCommitSha: pr.mergeCommitSha ?? null,
      files: pr.files ?? []
    })
  }

  /** An issue made outside the API under test (e.g. one a person opened or closed before the run). */
  addIssue(issue: { title: string; body?: string; user?: string; state?: 'open' | 'closed' }): IssueRecord {
    const now = this.now()
    const closed = issue.state === 'closed'
    const record: IssueRecord = {
      number: this.nextNumber(),
      title: issue.title,
      body: issue.body ?? null,
      state: closed ? 'closed' : 'open',
      stateReason: closed ? 'completed' : null,
      user: this.user(issue.user ?? 'octocat'),
      createdAt: now,
      updatedAt: now,
      closedAt: closed ? now : null
    }
    this.state.issues.set(record.number, record)
    return record
  }

  /** Fail the next matching request(s). Faults are consumed in the order they were injected. */
  inject(fault: EmulatorFault): void {
    this.faults.push({ ...fault, remaining: fault.times ?? 1 })
  }

  /** Delay each write by a random 0..ms before applying it, so concurrent writers interleave. */
  raceDelay(ms: number): void {
    this.raceMs = Math.max(0, ms)
  }

  /** Stop listening, drop all open sockets and release held responses. */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    for (const t of this.timers) {
      clearTimeout(t.timer)
      t.resolve()
    }
    this.timers.clear()
    const done = new Promise<void>(resolve => this.server.close(() => resolve()))
    this.server.closeAllConnections()
    await done
  }

  /** A user record for a login (ids are stable per emulator). */
  user(login: string, type?: 'Bot' | 'User'): UserRecord {
    let id = this.userIds.get(login)
    if (id === undefined) {
      id = 1000 + this.userIds.size
      this.userIds.set(login, id)
    }
    return { login, id, type: type ?? (login.endsWith('[bot]') ? 'Bot' : 'User') }
  }

  /** Store a git object given its parsed form and return its SHA-1 (as git computes it). */
  putBlob(content: Buffer | string): string {
    const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
    const sha = gitHash('blob', buf)
    this.state.git.objects.set(sha, { type: 'blob', sha, content: buf })
    return sha
  }

  // ---------------------------------------------------------------------------------------------------------
  // request plumbing

  private nextId(): number {
    return ++this.lastId
  }

  /** Strictly increasing timestamps (second precision, like GitHub), so creation order is visible. */
  private now(): string {
    const t = Math.max(Math.floor(Date.now() / 1000) * 1000, this.lastTime + 1000)
    this.lastTime = t
    return new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z')
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const method = (req.method ?? 'GET').toUpperCase()
    const rawPath = req.url ?? '/'
    const chunks: Buffer[] = []
    let size = 0
    let tooBig = false
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > MAX_BODY_BYTES) {
        tooBig = true
        return
      }
      chunks.push(c)
    })
    req.on('error', () => res.destroy())
    req.on('end', () => {
      void this.respond(method, rawPath, req, res, tooBig ? null : Buffer.concat(chunks))
    })
  }

  private async respond(
    method: string,
    rawPath: string,
    req: http.IncomingMessage,
    res: http.ServerResponse,
    raw: Buffer | null
  ): Promise<void> {
    let reply: Reply
    let holdMs = 0
    try {
      const url = new URL(rawPath, this.url)
      // GitHub's pagination links address a repository by id: /repositories/{id}/…
      const byId = /^\/repositories\/(\d+)(\/.*)?$/.exec(url.pathname)
      if (byId && Number(byId[1]) === this.repositoryId)
        url.pathname = `/repos/${this.fullName}${byId[2] ?? ''}`
      if (raw === null) {
        throw new HttpError(413, { message: 'Payload too big', documentation_url: DOCS })
      }
      const identity = this.authenticate(req.headers.authorization)
      const fault = this.takeFault(method, url.pathname)
      if (fault && fault.kind !== 'timeout' && fault.kind !== 504) throw faultError(fault)
      if (fault?.kind === 'timeout') holdMs = fault.delayMs ?? 1000
      const match = this.match(method, url.pathname)
      if (match.route.write && identity.readOnly) throw notAccessibleByIntegration()
      const body = parseBody(raw, req.headers['content-type'])
      if (match.route.write && this.raceMs > 0) {
        await this.sleep(Math.floor(Math.random() * (this.raceMs + 1)))
      }
      reply = match.route.handler({ method, url, params: match.params, body, identity })
      if (fault?.kind === 504) throw faultError(fault)
    } catch (e) {
      if (e instanceof HttpError) reply = { status: e.status, body: e.body, headers: e.headers }
      else reply = { status: 500, body: { message: `emulator bug: ${(e as Error).message}` } }
    }
    if (holdMs > 0) await this.sleep(holdMs)
    this.requests.push({ method, path: rawPath, status: reply.status })
    if (this.closed || res.destroyed) return
    const headers: Record<string, string> = {
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': randomUUID().slice(0, 18).toUpperCase(),
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-used': '1',
      'x-ratelimit-resource': 'core',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      ...(reply.headers ?? {})
    }
    if (reply.body !== undefined) headers['content-type'] = 'application/json; charset=utf-8'
    res.writeHead(reply.status, headers)
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body))
  }

  private sleep(ms: number): Promise<void> {
    if (ms <= 0 || this.closed) return Promise.resolve()
    return new Promise(resolve => {
      const entry = {
        resolve,
        timer: setTimeout(() => {
          this.timers.delete(entry)
          resolve()
        }, ms)
      }
      this.timers.add(entry)
    })
  }

  private authenticate(header: string | undefined): TokenIdentity & { id: number } {
    const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '')
    if (!m) {
      throw new HttpError(401, {
        message: 'Requires authentication',
        documentation_url: DOCS,
        status: '401'
      })
    }
    const identity = this.tokens[m[1] as string]
    if (!identity)
      throw new HttpError(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' })
    return { ...identity, id: this.user(identity.login, identity.type).id }
  }

  private takeFault(method: string, path: string): EmulatorFault | undefined {
    const i = this.faults.findIndex(
      f =>
        f.remaining > 0 && (!f.method || f.method.toUpperCase() === method) && (!f.path || f.path.test(path))
    )
    if (i < 0) return undefined
    const f = this.faults[i] as EmulatorFault & { remaining: number }
    f.remaining -= 1
    if (f.remaining <= 0) this.faults.splice(i, 1)
    return f
  }

  /** GitHub answers 404 both for unknown paths and for methods a path does not support. */
  private match(method: string, pathname: string): { route: Route; params: string[] } {
    for (const route of this.routes) {
      if (route.method !== method) continue
      const m = route.pattern.exec(pathname)
      if (m) return { route, params: m.slice(1).map(s => decodeURIComponent(s)) }
    }
    throw notFound()
  }

  private on(method: string, path: string, handler: Handler): void {
    const repoPrefix = path.startsWith('/repos/')
    const source = path
      .replace('/repos/:owner/:repo', `/repos/${escapeRe(this.owner)}/${escapeRe(this.repo)}`)
      .replace(/:rest\b/, '(.+)')
      .replace(/:[a-z_]+/g, '([^/]+)')
    const pattern = new RegExp(`^${source}/?$`, repoPrefix ? 'i' : '')
    this.routes.push({ method, pattern, handler, write: method !== 'GET' && method !== 'HEAD' })
  }

  // ---------------------------------------------------------------------------------------------------------
  // JSON shapes

  private api(path: string): string {
    return `${this.url}${path}`
  }

  private repoApi(path = ''): string {
    return this.api(`/repos/${this.fullName}${path}`)
  }

  userJson(u: UserRecord): Record<string, unknown> {
    const api = this.api(`/users/${encodeURIComponent(u.login)}`)
    return {
      login: u.login,
      id: u.id,
      node_id: nodeId(u.type === 'Bot' ? 'BOT' : 'U', u.id),
      avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url: u.type === 'Bot' ? `${WEB}/apps/${u.login.replace(/\[bot\]$/, '')}` : `${WEB}/${u.login}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: u.type,
      user_view_type: 'public',
      site_admin: false
    }
  }

  /** A repository object carrying the fields of `repository`, `full-repository` and `minimal-repository`. */
  repoJson(fullName = this.fullName, id = this.repositoryId): Record<string, unknown> {
    const [owner = 'unknown', name = 'unknown'] = fullName.split('/')
    const r = this.api(`/repos/${fullName}`)
    const created = '2024-01-01T00:00:00Z'
    return {
      id,
      node_id: nodeId('R', id),
      name,
      full_name: fullName,
      private: false,
      owner: this.userJson(this.user(owner, 'User')),
      html_url: `${WEB}/${fullName}`,
      description: null,
      fork: fullName !== this.fullName,
      url: r,
      archive_url: `${r}/{archive_format}{/ref}`,
      assignees_url: `${r}/assignees{/user}`,
      blobs_url: `${r}/git/blobs{/sha}`,
      branches_url: `${r}/branches{/branch}`,
      collaborators_url: `${r}/collaborators{/collaborator}`,
      comments_url: `${r}/comments{/number}`,
      commits_url: `${r}/commits{/sha}`,
      compare_url: `${r}/compare/{base}...{head}`,
      contents_url: `${r}/contents/{+path}`,
      contributors_url: `${r}/contributors`,
      deployments_url: `${r}/deployments`,
      downloads_url: `${r}/downloads`,
      events_url: `${r}/events`,
      forks_url: `${r}/forks`,
      git_commits_url: `${r}/git/commits{/sha}`,
      git_refs_url: `${r}/git/refs{/sha}`,
      git_tags_url: `${r}/git/tags{/sha}`,
      git_url: `git://github.com/${fullName}.git`,
      issue_comment_url: `${r}/issues/comments{/number}`,
      issue_events_url: `${r}/issues/events{/number}`,
      issues_url: `${r}/issues{/number}`,
      keys_url: `${r}/keys{/key_id}`,
      labels_url: `${r}/labels{/name}`,
      languages_url: `${r}/languages`,
      merges_url: `${r}/merges`,
      milestones_url: `${r}/milestones{/number}`,
      notifications_url: `${r}/notifications{?since,all,participating}`,
      pulls_url: `${r}/pulls{/number}`,
      releases_url: `${r}/releases{/id}`,
      ssh_url: `git@github.com:${fullName}.git`,
      stargazers_url: `${r}/stargazers`,
      statuses_url: `${r}/statuses/{sha}`,
      subscribers_url: `${r}/subscribers`,
      subscription_url: `${r}/subscription`,
      tags_url: `${r}/tags`,
      teams_url: `${r}/teams`,
      trees_url: `${r}/git/trees{/sha}`,
      clone_url: `${WEB}/${fullName}.git`,
      mirror_url: null,
      hooks_url: `${r}/hooks`,
      svn_url: `${WEB}/${fullName}`,
      homepage: null,
      language: 'TypeScript',
      forks_count: 0,
      forks: 0,
      stargazers_count: 0,
      watchers_count: 0,
      watchers: 0,
      size: 1,
      default_branch: 'main',
      open_issues_count: 0,
      open_issues: 0,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: true,
      has_wiki: true,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      visibility: 'public',
      pushed_at: created,
      created_at: created,
      updated_at: created,
      license: null,
      allow_forking: true,
      web_commit_signoff_required: false,
      network_count: 0,
      subscribers_count: 0
    }
  }

  private commentJson(c: CommentRecord): Record<string, unknown> {
    const kind = this.state.pulls.has(c.issueNumber) ? 'pull' : 'issues'
    return {
      id: c.id,
      node_id: nodeId('IC', c.id),
      url: this.repoApi(`/issues/comments/${c.id}`),
      html_url: `${WEB}/${this.fullName}/${kind}/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: this.repoApi(`/issues/${c.issueNumber}`),
      body: c.body,
      user: this.userJson(c.user),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: this.association(c.user.login),
      performed_via_github_app: null,
      reactions: {
        url: this.repoApi(`/issues/comments/${c.id}/reactions`),
        total_count: 0,
        '+1': 0,
        '-1': 0,
        laugh: 0,
        hooray: 0,
        confused: 0,
        heart: 0,
        rocket: 0,
        eyes: 0
      }
    }
  }

  private association(login: string): string {
    if (login.toLowerCase() === this.owner.toLowerCase()) return 'OWNER'
    const p = this.state.collaborators.get(login)
    return p && p !== 'none' ? 'COLLABORATOR' : 'NONE'
  }

  private statusJson(s: StatusRecord): Record<string, unknown> {
    return {
      url: this.repoApi(`/statuses/${s.sha}`),
      avatar_url: `https://avatars.githubusercontent.com/u/${s.creator.id}?v=4`,
      id: s.id,
      node_id: nodeId('SC', s.id),
      state: s.state,
      description: s.description,
      target_url: s.targetUrl,
      context: s.context,
      created_at: s.createdAt,
      updated_at: s.updatedAt,
      creator: this.userJson(s.creator)
    }
  }

  private appJson(): Record<string, unknown> {
    return {
      id: 15368,
      slug: 'github-actions',
      node_id: 'MDM6QXBwMTUzNjg=',
      client_id: 'Iv1.05c79e9ad1f6bdfa',
      owner: this.userJson(this.user('github', 'User')),
      name: 'GitHub Actions',
      description: 'Automate your workflow from idea to production',
      external_url: 'https://help.github.com/en/actions',
      html_url: `${WEB}/apps/github-actions`,
      created_at: '2018-07-30T09:30:17Z',
      updated_at: '2019-12-10T19:04:12Z',
      permissions: { actions: 'write', checks: 'write', metadata: 'read', statuses: 'write' },
      events: ['check_run', 'check_suite', 'pull_request', 'push']
    }
  }

  private checkRunJson(c: CheckRunRecord): Record<string, unknown> {
    const prs = [...this.state.pulls.values()].filter(
      p => p.headSha === c.headSha && p.headRepoFullName === this.fullName
    )
    return {
      id: c.id,
      head_sha: c.headSha,
      node_id: nodeId('CR', c.id),
      external_id: c.externalId ?? '',
      url: this.repoApi(`/check-runs/${c.id}`),
      html_url: `${WEB}/${this.fullName}/runs/${c.id}`,
      details_url: c.detailsUrl ?? `${WEB}/${this.fullName}/runs/${c.id}`,
      status: c.status,
      conclusion: c.conclusion,
      started_at: c.startedAt,
      completed_at: c.completedAt,
      output: {
        title: c.output.title,
        summary: c.output.summary,
        text: c.output.text,
        annotations_count: c.annotations.length,
        annotations_url: this.repoApi(`/check-runs/${c.id}/annotations`)
      },
      name: c.name,
      check_suite: { id: 5000 + c.id },
      app: this.appJson(),
      pull_requests: prs.map(p => this.pullMinimalJson(p))
    }
  }

  private diffFileJson(f: DiffFileRecord, head: string): Record<string, unknown> {
    return {
      sha: gitHash('blob', Buffer.from(f.filename)),
      filename: f.filename,
      status: f.status,
      additions: f.additions,
      deletions: f.deletions,
      changes: f.additions + f.deletions,
      blob_url: `${WEB}/${this.fullName}/blob/${head}/${f.filename}`,
      raw_url: `${WEB}/${this.fullName}/raw/${head}/${f.filename}`,
      contents_url: this.repoApi(`/contents/${f.filename}?ref=${head}`),
      ...(f.patch !== undefined ? { patch: f.patch } : {}),
      ...(f.previous_filename !== undefined ? { previous_filename: f.previous_filename } : {})
    }
  }

  private pullMinimalJson(p: PullRecord): Record<string, unknown> {
    const headRepoId =
      p.headRepoFullName === this.fullName ? this.repositoryId : this.forkRepoId(p.headRepoFullName)
    const repoRef = (fullName: string, id: number): Record<string, unknown> => ({
      id,
      url: this.api(`/repos/${fullName}`),
      name: fullName.split('/')[1] ?? fullName
    })
    return {
      id: 900000 + p.number,
      number: p.number,
      url: this.repoApi(`/pulls/${p.number}`),
      head: { ref: p.headRef, sha: p.headSha, repo: repoRef(p.headRepoFullName, headRepoId) },
      base: { ref: p.baseRef, sha: p.baseSha, repo: repoRef(this.fullName, this.repositoryId) }
    }
  }

  private forkRepoId(fullName: string): number {
    let h = 0
    for (const ch of fullName) h = (h * 31 + ch.charCodeAt(0)) % 1_000_000
    return 2_000_000 + h
  }

  private pullJson(p: PullRecord, full: boolean): Record<string, unknown> {
    const r = this.repoApi(`/pulls/${p.number}`)
    const issue = this.repoApi(`/issues/${p.number}`)
    const html = `${WEB}/${this.fullName}/pull/${p.number}`
    const headOwner = p.headRepoFullName.split('/')[0] ?? this.owner
    const headRepoId =
      p.headRepoFullName === this.fullName ? this.repositoryId : this.forkRepoId(p.headRepoFullName)
    const merged = p.mergeCommitSha !== null && p.state === 'closed'
    const json: Record<string, unknown> = {
      url: r,
      id: 900000 + p.number,
      node_id: nodeId('PR', p.number),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issue,
      commits_url: `${r}/commits`,
      review_comments_url: `${r}/comments`,
      review_comment_url: this.repoApi('/pulls/comments{/number}'),
      comments_url: `${issue}/comments`,
      statuses_url: this.repoApi(`/statuses/${p.headSha}`),
      number: p.number,
      state: p.state,
      locked: false,
      title: p.title,
      user: this.userJson(p.user),
      body: p.body ?? null,
      labels: [],
      milestone: null,
      active_lock_reason: null,
      created_at: p.createdAt,
      updated_at: p.createdAt,
      closed_at: p.state === 'closed' ? p.createdAt : null,
      merged_at: merged ? p.createdAt : null,
      merge_commit_sha: p.mergeCommitSha,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: {
        label: `${headOwner}:${p.headRef}`,
        ref: p.headRef,
        sha: p.headSha,
        user: this.userJson(this.user(headOwner, 'User')),
        repo: this.repoJson(p.headRepoFullName, headRepoId)
      },
      base: {
        label: `${this.owner}:${p.baseRef}`,
        ref: p.baseRef,
        sha: p.baseSha,
        user: this.userJson(this.user(this.owner, 'User')),
        repo: this.repoJson()
      },
      _links: {
        self: { href: r },
        html: { href: html },
        issue: { href: issue },
        comments: { href: `${issue}/comments` },
        review_comments: { href: `${r}/comments` },
        review_comment: { href: this.repoApi('/pulls/comments{/number}') },
        commits: { href: `${r}/commits` },
        statuses: { href: this.repoApi(`/statuses/${p.headSha}`) }
      },
      author_association: this.association(p.user.login),
      auto_merge: null,
      draft: false
    }
    if (full) {
      Object.assign(json, {
        merged,
        mergeable: p.state === 'open' ? true : null,
        rebaseable: p.state === 'open' ? true : null,
        mergeable_state: p.state === 'open' ? 'clean' : 'unknown',
        merged_by: null,
        comments: this.state.comments.get(p.number)?.length ?? 0,
        review_comments: 0,
        maintainer_can_modify: false,
        commits: 1,
        additions: 0,
        deletions: 0,
        changed_files: 0
      })
    }
    return json
  }

  private simpleCommit(sha: string): Record<string, unknown> {
    const obj = this.state.git.objects.get(sha)
    const sig = { name: 'Octo Cat', email: 'octocat@github.com', date: '2024-01-01T00:00:00Z' }
    const c = obj?.type === 'commit' ? obj : undefined
    return {
      id: sha,
      tree_id: c?.tree ?? sha,
      message: c?.message ?? 'Commit',
      timestamp: c?.committer.date ?? sig.date,
      author: { name: c?.author.name ?? sig.name, email: c?.author.email ?? sig.email },
      committer: { name: c?.committer.name ?? sig.name, email: c?.committer.email ?? sig.email }
    }
  }

  private commitJson(sha: string): Record<string, unknown> {
    const obj = this.state.git.objects.get(sha)
    const c = obj?.type === 'commit' ? obj : undefined
    const sig = c?.author ?? { name: 'Octo Cat', email: 'octocat@github.com', date: '2024-01-01T00:00:00Z' }
    return {
      url: this.repoApi(`/commits/${sha}`),
      sha,
      node_id: nodeId('C', sha),
      html_url: `${WEB}/${this.fullName}/commit/${sha}`,
      comments_url: this.repoApi(`/commits/${sha}/comments`),
      commit: {
        url: this.repoApi(`/git/commits/${sha}`),
        author: sig,
        committer: c?.committer ?? sig,
        message: c?.message ?? 'Commit',
        comment_count: 0,
        tree: { sha: c?.tree ?? sha, url: this.repoApi(`/git/trees/${c?.tree ?? sha}`) },
        verification: {
          verified: false,
          reason: 'unsigned',
          signature: null,
          payload: null,
          verified_at: null
        }
      },
      author: null,
      committer: null,
      parents: (c?.parents ?? []).map(p => ({
        sha: p,
        url: this.repoApi(`/commits/${p}`),
        html_url: `${WEB}/${this.fullName}/commit/${p}`
      }))
    }
  }

  private runJson(run: WorkflowRunRecord): Record<string, unknown> {
    const r = this.repoApi(`/actions/runs/${run.id}`)
    const headFullName =
      run.headRepositoryId === this.repositoryId ? this.fullName : `fork-${run.headRepositoryId}/${this.repo}`
    return {
      id: run.id,
      name: run.name,
      node_id: nodeId('WFR', run.id),
      head_branch: run.headBranch,
      head_sha: run.headSha,
      path: '.github/workflows/ci.yml',
      display_title: run.name,
      run_number: run.id,
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
      workflow_id: 161335,
      check_suite_id: 7000 + run.id,
      check_suite_node_id: nodeId('CS', 7000 + run.id),
      url: r,
      html_url: `${WEB}/${this.fullName}/actions/runs/${run.id}`,
      pull_requests: run.pullRequests.map(pr => {
        const known = this.state.pulls.get(pr.number)
        return {
          id: 900000 + pr.number,
          number: pr.number,
          url: this.repoApi(`/pulls/${pr.number}`),
          head: {
            ref: known?.headRef ?? run.headBranch,
            sha: pr.headSha,
            repo: { id: this.repositoryId, url: this.repoApi(), name: this.repo }
          },
          base: {
            ref: pr.baseRef,
            sha: known?.baseSha ?? '0'.repeat(40),
            repo: { id: this.repositoryId, url: this.repoApi(), name: this.repo }
          }
        }
      }),
      created_at: run.createdAt,
      updated_at: run.createdAt,
      actor: this.userJson(this.user('octocat', 'User')),
      triggering_actor: this.userJson(this.user('octocat', 'User')),
      run_attempt: 1,
      referenced_workflows: [],
      run_started_at: run.createdAt,
      jobs_url: `${r}/jobs`,
      logs_url: `${r}/logs`,
      check_suite_url: this.repoApi(`/check-suites/${7000 + run.id}`),
      artifacts_url: `${r}/artifacts`,
      cancel_url: `${r}/cancel`,
      rerun_url: `${r}/rerun`,
      previous_attempt_url: null,
      workflow_url: this.repoApi('/actions/workflows/161335'),
      head_commit: this.simpleCommit(run.headSha),
      repository: this.repoJson(),
      head_repository: this.repoJson(headFullName, run.headRepositoryId),
      head_repository_id: run.headRepositoryId
    }
  }

  private artifactJson(a: StoredArtifact): Record<string, unknown> {
    const run = this.registry.runs.get(a.runId)
    return {
      id: a.id,
      node_id: nodeId('MDg6QXJ0aWZhY3Q', a.id),
      name: a.name,
      size_in_bytes: a.size,
      url: this.repoApi(`/actions/artifacts/${a.id}`),
      archive_download_url: this.repoApi(`/actions/artifacts/${a.id}/zip`),
      expired: a.expired,
      digest: a.digest ?? null,
      created_at: a.createdAt,
      updated_at: a.createdAt,
      expires_at: a.expiresAt,
      workflow_run: run
        ? {
            id: run.id,
            repository_id: run.repositoryId,
            head_repository_id: run.headRepositoryId,
            head_branch: run.headBranch,
            head_sha: run.headSha
          }
        : null
    }
  }

  private refJson(ref: string, sha: string): Record<string, unknown> {
    const obj = this.state.git.objects.get(sha)
    const type = obj?.type ?? 'commit'
    return {
      ref,
      node_id: nodeId('REF', ref),
      url: this.repoApi(`/git/${ref}`),
      object: { type, sha, url: this.repoApi(`/git/${type}s/${sha}`) }
    }
  }

  private gitCommitJson(c: Extract<GitObject, { type: 'commit' }>): Record<string, unknown> {
    return {
      sha: c.sha,
      node_id: nodeId('C', c.sha),
      url: this.repoApi(`/git/commits/${c.sha}`),
      html_url: `${WEB}/${this.fullName}/commit/${c.sha}`,
      author: c.author,
      committer: c.committer,
      tree: { sha: c.tree, url: this.repoApi(`/git/trees/${c.tree}`) },
      message: c.message,
      parents: c.parents.map(p => ({
        sha: p,
        url: this.repoApi(`/git/commits/${p}`),
        html_url: `${WEB}/${this.fullName}/commit/${p}`
      })),
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null }
    }
  }

  /** The next issue or pull request number (one sequence for both, as on GitHub). */
  private nextNumber(): number {
    let max = 0
    for (const n of this.state.pulls.keys()) max = Math.max(max, n)
    for (const n of this.state.issues.keys()) max = Math.max(max, n)
    return max + 1
  }

  private issueJson(i: IssueRecord): Record<string, unknown> {
    const r = this.repoApi(`/issues/${i.number}`)
    const pull = this.state.pulls.has(i.number)
    return {
      id: 800000 + i.number,
      node_id: nodeId('I', i.number),
      url: r,
      repository_url: this.repoApi(),
      labels_url: `${r}/labels{/name}`,
      comments_url: `${r}/comments`,
      events_url: `${r}/events`,
      html_url: `${WEB}/${this.fullName}/${pull ? 'pull' : 'issues'}/${i.number}`,
      number: i.number,
      state: i.state,
      state_reason: i.stateReason,
      title: i.title,
      body: i.body,
      user: this.userJson(i.user),
      labels: [],
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: this.state.comments.get(i.number)?.length ?? 0,
      ...(pull
        ? {
            pull_request: {
              url: this.repoApi(`/pulls/${i.number}`),
              html_url: `${WEB}/${this.fullName}/pull/${i.number}`,
              diff_url: `${WEB}/${this.fullName}/pull/${i.number}.diff`,
              patch_url: `${WEB}/${this.fullName}/pull/${i.number}.patch`,
              merged_at: null
            }
          }
        : {}),
      closed_at: i.closedAt,
      created_at: i.createdAt,
      updated_at: i.updatedAt,
      author_association: this.association(i.user.login)
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // pagination

  /** Slice `items` by `per_page`/`page` and set GitHub's `Link` header. */
  private page<T>(ctx: Ctx, items: T[]): { items: T[]; headers: Record<string, string> } {
    const perPageRaw = Number.parseInt(ctx.url.searchParams.get('per_page') ?? '', 10)
    const perPage = Number.isFinite(perPageRaw) && perPageRaw > 0 ? Math.min(perPageRaw, 100) : 30
    const pageRaw = Number.parseInt(ctx.url.searchParams.get('page') ?? '', 10)
    const page = Number.isFinite(pageRaw) && pageRaw > 0 ? pageRaw : 1
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const link = (n: number): string => {
      const u = new URL(ctx.url.toString())
      u.searchParams.set('page', String(n))
      const path = u.pathname.replace(
        new RegExp(`^/repos/${escapeRe(this.owner)}/${escapeRe(this.repo)}(?=/|$)`, 'i'),
        `/repositories/${this.repositoryId}`
      )
      return `<${this.url}${path}${u.search}>`
    }
    const parts: string[] = []
    if (page > 1) parts.push(`${link(Math.min(page - 1, last))}; rel="prev"`)
    if (page < last) parts.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`)
    if (page > 1) parts.push(`${link(1)}; rel="first"`)
    return {
      items: items.slice((page - 1) * perPage, page * perPage),
      headers: parts.length > 0 ? { link: parts.join(', ') } : {}
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // routes

  private defineRoutes(): void {
    const R = '/repos/:owner/:repo'

    this.on('GET', '/user', ctx => {
      if (ctx.identity.installation) {
        throw new HttpError(403, {
          message: 'Resource not accessible by integration',
          documentation_url: `${DOCS}/users/users#get-the-authenticated-user`,
          status: '403'
        })
      }
      const u = this.userJson(this.user(ctx.identity.login, ctx.identity.type))
      return {
        status: 200,
        body: {
          ...u,
          name: ctx.identity.login,
          company: null,
          blog: '',
          location: null,
          email: null,
          hireable: null,
          bio: null,
          twitter_username: null,
          public_repos: 1,
          public_gists: 0,
          followers: 0,
          following: 0,
          created_at: '2024-01-01T00:00:00Z',
          updated_at: '2024-01-01T00:00:00Z',
          private_gists: 0,
          total_private_repos: 0,
          owned_private_repos: 0,
          disk_usage: 0,
          collaborators: 0,
          two_factor_authentication: true
        }
      }
    })

    this.on('GET', R, () => ({ status: 200, body: this.repoJson() }))

    this.on('GET', `${R}/collaborators/:user/permission`, ctx => {
      const login = ctx.params[0] as string
      const role: Permission =
        login.toLowerCase() === this.owner.toLowerCase()
          ? 'admin'
          : (this.state.collaborators.get(login) ?? 'none')
      const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role
      const user = this.userJson(this.user(login))
      return {
        status: 200,
        body: {
          permission,
          role_name: role,
          user: {
            ...user,
            permissions: {
              admin: role === 'admin',
              maintain: role === 'admin' || role === 'maintain',
              push: ['admin', 'maintain', 'write'].includes(role),
              triage: role !== 'read' && role !== 'none',
              pull: role !== 'none'
            },
            role_name: role
          }
        }
      }
    })

    // --- issue comments
    this.on('GET', `${R}/issues/:n/comments`, ctx => {
      const n = positiveInt(ctx.params[0])
      const all = this.state.comments.get(n) ?? []
      const { items, headers } = this.page(ctx, all)
      return { status: 200, body: items.map(c => this.commentJson(c)), headers }
    })
    this.on('POST', `${R}/issues/:n/comments`, ctx => {
      const n = positiveInt(ctx.params[0])
      const body = requireString(ctx.body, 'body')
      checkCommentBody(body, 'issues/comments#create-an-issue-comment')
      const now = this.now()
      const c: CommentRecord = {
        id: this.nextId(),
        issueNumber: n,
        body,
        user: this.user(ctx.identity.login, ctx.identity.type),
        createdAt: now,
        updatedAt: now
      }
      const list = this.state.comments.get(n) ?? []
      list.push(c)
      this.state.comments.set(n, list)
      const json = this.commentJson(c)
      return { status: 201, body: json, headers: { location: String(json.url) } }
    })
    const findComment = (idRaw: string | undefined): CommentRecord => {
      const id = positiveInt(idRaw)
      for (const list of this.state.comments.values()) {
        const c = list.find(x => x.id === id)
        if (c) return c
      }
      throw notFound()
    }
    this.on('GET', `${R}/issues/comments/:id`, ctx => ({
      status: 200,
      body: this.commentJson(findComment(ctx.params[0]))
    }))
    this.on('PATCH', `${R}/issues/comments/:id`, ctx => {
      const c = findComment(ctx.params[0])
      const body = requireString(ctx.body, 'body')
      checkCommentBody(body, 'issues/comments#update-an-issue-comment')
      c.body = body
      c.updatedAt = this.now()
      return { status: 200, body: this.commentJson(c) }
    })
    this.on('DELETE', `${R}/issues/comments/:id`, ctx => {
      const c = findComment(ctx.params[0])
      const list = this.state.comments.get(c.issueNumber) ?? []
      this.state.comments.set(
        c.issueNumber,
        list.filter(x => x.id !== c.id)
      )
      return { status: 204 }
    })

    // --- commit statuses
    this.on('POST', `${R}/statuses/:sha`, ctx => {
      const sha = ctx.params[0] as string
      if (!/^[0-9a-f]{40}$/i.test(sha)) {
        throw new HttpError(422, {
          message: `No commit found for SHA: ${sha}`,
          documentation_url: `${DOCS}/commits/statuses#create-a-commit-status`,
          status: '422'
        })
      }
      const state = ctx.body.state
      if (state === undefined)
        throw invalidRequest('"state" wasn\'t supplied.', 'commits/statuses#create-a-commit-status')
      if (typeof state !== 'string' || !['error', 'failure', 'pending', 'success'].includes(state)) {
        throw invalidRequest(
          `Invalid property /state: \`${String(state)}\` is not a possible value. Must be one of the following: error, failure, pending, success.`,
          'commits/statuses#create-a-commit-status'
        )
      }
      const description = optionalString(ctx.body, 'description')
      if (description !== null && [...description].length > STATUS_DESCRIPTION_MAX) {
        throw validationFailed(
          'Status',
          'description',
          `description is too long (maximum is ${STATUS_DESCRIPTION_MAX} characters)`,
          'commits/statuses#create-a-commit-status'
        )
      }
      const context = optionalString(ctx.body, 'context') ?? 'default'
      const sameContext = this.state.statuses.filter(
        x => x.sha === sha.toLowerCase() && x.context === context
      )
      if (sameContext.length >= 1000) {
        throw validationFailed(
          'Status',
          'context',
          'This SHA and context has reached the maximum number of statuses.',
          'commits/statuses#create-a-commit-status'
        )
      }
      const now = this.now()
      const s: StatusRecord = {
        id: this.nextId(),
        sha: sha.toLowerCase(),
        state: state as StatusRecord['state'],
        description,
        context,
        targetUrl: optionalString(ctx.body, 'target_url'),
        creator: this.user(ctx.identity.login, ctx.identity.type),
        createdAt: now,
        updatedAt: now
      }
      this.state.statuses.push(s)
      return {
        status: 201,
        body: this.statusJson(s),
        headers: { location: this.repoApi(`/statuses/${s.sha}`) }
      }
    })
    this.on('GET', `${R}/commits/:ref/statuses`, ctx => {
      const sha = this.resolveRef(ctx.params[0] as string)
      const all = this.state.statuses.filter(s => s.sha === sha).reverse()
      const { items, headers } = this.page(ctx, all)
      return { status: 200, body: items.map(s => this.statusJson(s)), headers }
    })
    this.on('GET', `${R}/commits/:ref/status`, ctx => {
      const sha = this.resolveRef(ctx.params[0] as string)
      const latest = new Map<string, StatusRecord>()
      for (const s of this.state.statuses) if (s.sha === sha) latest.set(s.context, s)
      const list = [...latest.values()]
      const state = list.some(s => s.state === 'error' || s.state === 'failure')
        ? 'failure'
        : list.length === 0 || list.some(s => s.state === 'pending')
          ? 'pending'
          : 'success'
      const { items, headers } = this.page(ctx, list)
      const repo = this.repoJson()
      return {
        status: 200,
        headers,
        body: {
          state,
          statuses: items.map(s => {
            const { creator: _creator, ...rest } = this.statusJson(s)
            return { ...rest, required: false }
          }),
          sha,
          total_count: list.length,
          repository: repo,
          commit_url: this.repoApi(`/commits/${sha}`),
          url: this.repoApi(`/commits/${sha}/status`)
        }
      }
    })

    // --- check runs
    this.on('POST', `${R}/check-runs`, ctx => {
      this.requireApp(ctx, 'checks/runs#create-a-check-run')
      const name = requireString(ctx.body, 'name')
      const headSha = requireString(ctx.body, 'head_sha')
      if (!/^[0-9a-f]{40}$/i.test(headSha)) {
        throw validationFailed('CheckRun', 'head_sha', 'No commit found for SHA: ' + headSha, 'checks/runs')
      }
      const now = this.now()
      const run: CheckRunRecord = {
        id: this.nextId(),
        name,
        headSha: headSha.toLowerCase(),
        status: 'queued',
        conclusion: null,
        detailsUrl: null,
        externalId: null,
        startedAt: now,
        completedAt: null,
        output: { title: null, summary: null, text: null },
        annotations: []
      }
      this.applyCheckRun(run, ctx.body, 'checks/runs#create-a-check-run')
      this.state.checkRuns.set(run.id, run)
      return { status: 201, body: this.checkRunJson(run) }
    })
    this.on('PATCH', `${R}/check-runs/:id`, ctx => {
      this.requireApp(ctx, 'checks/runs#update-a-check-run')
      const run = this.state.checkRuns.get(positiveInt(ctx.params[0]))
      if (!run) throw notFound()
      const copy: CheckRunRecord = structuredClone(run)
      this.applyCheckRun(copy, ctx.body, 'checks/runs#update-a-check-run')
      this.state.checkRuns.set(run.id, copy)
      return { status: 200, body: this.checkRunJson(copy) }
    })
    this.on('GET', `${R}/check-runs/:id`, ctx => {
      const run = this.state.checkRuns.get(positiveInt(ctx.params[0]))
      if (!run) throw notFound()
      return { status: 200, body: this.checkRunJson(run) }
    })
    this.on('GET', `${R}/check-runs/:id/annotations`, ctx => {
      const run = this.state.checkRuns.get(positiveInt(ctx.params[0]))
      if (!run) throw notFound()
      const { items, headers } = this.page(ctx, run.annotations)
      return {
        status: 200,
        headers,
        body: items.map(a => ({
          ...a,
          blob_href: `${WEB}/${this.fullName}/blob/${run.headSha}/${a.path}`
        }))
      }
    })
    this.on('GET', `${R}/commits/:ref/check-runs`, ctx => {
      const sha = this.resolveRef(ctx.params[0] as string)
      const name = ctx.url.searchParams.get('check_name')
      const all = [...this.state.checkRuns.values()]
        .filter(c => c.headSha === sha && (name === null || c.name === name))
        .sort((a, b) => b.id - a.id)
      const { items, headers } = this.page(ctx, all)
      return {
        status: 200,
        headers,
        body: { total_count: all.length, check_runs: items.map(c => this.checkRunJson(c)) }
      }
    })

    // --- pulls
    this.on('GET', `${R}/pulls/:n/files`, ctx => {
      const p = this.state.pulls.get(positiveInt(ctx.params[0]))
      if (!p) throw notFound()
      const { items, headers } = this.page(ctx, p.files)
      return { status: 200, headers, body: items.map(f => this.diffFileJson(f, p.headSha)) }
    })
    this.on('GET', `${R}/pulls/:n`, ctx => {
      const p = this.state.pulls.get(positiveInt(ctx.params[0]))
      if (!p) throw notFound()
      return { status: 200, body: this.pullJson(p, true) }
    })
    this.on('GET', `${R}/pulls`, ctx => {
      const state = ctx.url.searchParams.get('state') ?? 'open'
      if (!['open', 'closed', 'all'].includes(state)) {
        throw validationFailed(
          'Issue',
          'state',
          `state ${state} is not valid`,
          'pulls/pulls#list-pull-requests'
        )
      }
      const head = ctx.url.searchParams.get('head')
      const base = ctx.url.searchParams.get('base')
      const direction = ctx.url.searchParams.get('direction') ?? 'desc'
      const all = [...this.state.pulls.values()]
        .filter(p => state === 'all' || p.state === state)
        .filter(p => {
          if (head === null) return true
          const [hOwner, hRef] = head.includes(':') ? head.split(':', 2) : [head, undefined]
          const pOwner = p.headRepoFullName.split('/')[0] ?? ''
          return (
            pOwner.toLowerCase() === (hOwner ?? '').toLowerCase() &&
            (hRef === undefined || hRef === p.headRef)
          )
        })
        .filter(p => base === null || p.baseRef === base)
        .sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number))
      const { items, headers } = this.page(ctx, all)
      return { status: 200, headers, body: items.map(p => this.pullJson(p, false)) }
    })
    this.on('GET', `${R}/commits/:sha/pulls`, ctx => {
      const sha = this.resolveRef(ctx.params[0] as string)
      const all = [...this.state.pulls.values()]
        .filter(p => p.headSha === sha || p.mergeCommitSha === sha)
        .sort((a, b) => b.number - a.number)
      const { items, headers } = this.page(ctx, all)
      return { status: 200, headers, body: items.map(p => this.pullJson(p, false)) }
    })

    this.on('POST', `${R}/pulls`, ctx => {
      const doc = 'pulls/pulls#create-a-pull-request'
      if (ctx.identity.installation && !this.actionsMayCreatePullRequests) {
        throw new HttpError(403, {
          message: 'GitHub Actions is not permitted to create or approve pull requests.',
          documentation_url: `${DOCS}/${doc}`,
          status: '403'
        })
      }
      const headRaw = requireString(ctx.body, 'head')
      const baseRef = requireString(ctx.body, 'base')
      const title = optionalString(ctx.body, 'title')
      if (title === null || title.trim() === '')
        throw validationFailed('PullRequest', 'title', 'missing_field', doc)
      const [headOwner, headRef] = headRaw.includes(':')
        ? (headRaw.split(':', 2) as [string, string])
        : [this.owner, headRaw]
      const headSha = this.state.git.refs.get(`refs/heads/${headRef}`)
      const baseSha = this.state.git.refs.get(`refs/heads/${baseRef}`)
      if (headOwner.toLowerCase() !== this.owner.toLowerCase() || !headSha)
        throw validationFailed('PullRequest', 'head', 'invalid', doc)
      if (!baseSha) throw validationFailed('PullRequest', 'base', 'invalid', doc)
      if (headSha === baseSha || this.isAncestor(headSha, baseSha)) {
        throw validationFailed('PullRequest', 'base', `No commits between ${baseRef} and ${headRef}`, doc)
      }
      for (const p of this.state.pulls.values()) {
        if (
          p.state === 'open' &&
          p.headRef === headRef &&
          p.baseRef === baseRef &&
          p.headRepoFullName === this.fullName
        ) {
          throw validationFailed(
            'PullRequest',
            'head',
            `A pull request already exists for ${this.owner}:${headRef}.`,
            doc
          )
        }
      }
      const number = this.nextNumber()
      this.addPull({ number, headSha, headRef, baseSha, baseRef, title, user: ctx.identity.login })
      const p = this.state.pulls.get(number) as PullRecord
      p.body = optionalString(ctx.body, 'body')
      const json = this.pullJson(p, true)
      return { status: 201, body: json, headers: { location: String(json.url) } }
    })
    this.on('PATCH', `${R}/pulls/:n`, ctx => {
      const p = this.state.pulls.get(positiveInt(ctx.params[0]))
      if (!p) throw notFound()
      if (ctx.body.title !== undefined) p.title = requireString(ctx.body, 'title')
      if (ctx.body.body !== undefined) p.body = optionalString(ctx.body, 'body')
      if (ctx.body.state !== undefined) {
        const state = ctx.body.state
        if (state !== 'open' && state !== 'closed')
          throw invalidRequest(
            `Invalid property /state: \`${String(state)}\` is not a possible value.`,
            'pulls/pulls#update-a-pull-request'
          )
        p.state = state
      }
      return { status: 200, body: this.pullJson(p, true) }
    })

    // --- issues (GitHub lists pull requests as issues too, with a `pull_request` key)
    const issueLike = (n: number): IssueRecord | undefined => {
      const issue = this.state.issues.get(n)
      if (issue) return issue
      const p = this.state.pulls.get(n)
      if (!p) return undefined
      return {
        number: p.number,
        title: p.title,
        body: p.body ?? null,
        state: p.state,
        stateReason: null,
        user: p.user,
        createdAt: p.createdAt,
        updatedAt: p.createdAt,
        closedAt: p.state === 'closed' ? p.createdAt : null
      }
    }
    this.on('POST', `${R}/issues`, ctx => {
      const doc = 'issues/issues#create-an-issue'
      const title = ctx.body.title
      if (title === undefined || title === null) throw invalidRequest('"title" wasn\'t supplied.', doc)
      if ((typeof title !== 'string' && typeof title !== 'number') || String(title).trim() === '')
        throw validationFailed('Issue', 'title', 'missing_field', doc)
      if ([...String(title)].length > 256)
        throw validationFailed('Issue', 'title', 'title is too long (maximum is 256 characters)', doc)
      const body = optionalString(ctx.body, 'body')
      if (body !== null) checkIssueBody(body, doc)
      const now = this.now()
      const issue: IssueRecord = {
        number: this.nextNumber(),
        title: String(title),
        body,
        state: 'open',
        stateReason: null,
        user: this.user(ctx.identity.login, ctx.identity.type),
        createdAt: now,
        updatedAt: now,
        closedAt: null
      }
      this.state.issues.set(issue.number, issue)
      const json = this.issueJson(issue)
      return { status: 201, body: json, headers: { location: String(json.url) } }
    })
    this.on('GET', `${R}/issues`, ctx => {
      const q = ctx.url.searchParams
      const state = q.get('state') ?? 'open'
      if (!['open', 'closed', 'all'].includes(state))
        throw validationFailed(
          'Issue',
          'state',
          `state ${state} is not valid`,
          'issues/issues#list-repository-issues'
        )
      const asc = q.get('direction') === 'asc'
      const numbers = [...new Set([...this.state.issues.keys(), ...this.state.pulls.keys()])]
      const all = numbers
        .map(n => issueLike(n) as IssueRecord)
        .filter(i => state === 'all' || i.state === state)
        .sort((a, b) => (asc ? a.number - b.number : b.number - a.number))
      const { items, headers } = this.page(ctx, all)
      return { status: 200, headers, body: items.map(i => this.issueJson(i)) }
    })
    this.on('GET', `${R}/issues/:n`, ctx => {
      const issue = issueLike(positiveInt(ctx.params[0]))
      if (!issue) throw notFound()
      return { status: 200, body: this.issueJson(issue) }
    })
    this.on('PATCH', `${R}/issues/:n`, ctx => {
      const doc = 'issues/issues#update-an-issue'
      const n = positiveInt(ctx.params[0])
      const issue = this.state.issues.get(n)
      if (!issue) {
        if (this.state.pulls.has(n))
          throw invalidRequest('editing a pull request as an issue is not emulated', doc)
        throw notFound()
      }
      if (ctx.body.title !== undefined) {
        const title = requireString(ctx.body, 'title')
        if ([...title].length > 256)
          throw validationFailed('Issue', 'title', 'title is too long (maximum is 256 characters)', doc)
        issue.title = title
      }
      if (ctx.body.body !== undefined) {
        const body = optionalString(ctx.body, 'body')
        if (body !== null) checkIssueBody(body, doc)
        issue.body = body
      }
      if (ctx.body.state !== undefined) {
        const state = ctx.body.state
        if (state !== 'open' && state !== 'closed')
          throw invalidRequest(`Invalid property /state: \`${String(state)}\` is not a possible value.`, doc)
        if (state !== issue.state) {
          issue.stateReason = state === 'closed' ? 'completed' : 'reopened'
          issue.closedAt = state === 'closed' ? this.now() : null
        }
        issue.state = state
      }
      issue.updatedAt = this.now()
      return { status: 200, body: this.issueJson(issue) }
    })

    // --- compare
    this.on('GET', `${R}/compare/:rest`, ctx => {
      const basehead = ctx.params[0] as string
      const m = /^(.+?)\.\.\.(.+)$/.exec(basehead)
      if (!m) throw notFound()
      const base = this.resolveRef(m[1] as string)
      const head = this.resolveRef(m[2] as string)
      const files =
        this.state.compareFiles.get(`${m[1]}...${m[2]}`) ?? this.state.compareFiles.get(`${base}...${head}`)
      const identical = base === head
      return {
        status: 200,
        body: {
          url: this.repoApi(`/compare/${basehead}`),
          html_url: `${WEB}/${this.fullName}/compare/${basehead}`,
          permalink_url: `${WEB}/${this.fullName}/compare/${this.owner}:${base}...${this.owner}:${head}`,
          diff_url: `${WEB}/${this.fullName}/compare/${basehead}.diff`,
          patch_url: `${WEB}/${this.fullName}/compare/${basehead}.patch`,
          base_commit: this.commitJson(base),
          merge_base_commit: this.commitJson(base),
          status: identical ? 'identical' : 'ahead',
          ahead_by: identical ? 0 : 1,
          behind_by: 0,
          total_commits: identical ? 0 : 1,
          commits: identical ? [] : [this.commitJson(head)],
          files: (files ?? []).map(f => this.diffFileJson(f, head))
        }
      }
    })

    // --- actions
    this.on('GET', `${R}/actions/runs`, ctx => {
      const q = ctx.url.searchParams
      const all = [...this.registry.runs.values()]
        .filter(r => r.repositoryId === this.repositoryId)
        .filter(r => !q.get('head_sha') || r.headSha === q.get('head_sha'))
        .filter(r => !q.get('event') || r.event === q.get('event'))
        .filter(r => !q.get('branch') || r.headBranch === q.get('branch'))
        .filter(r => !q.get('status') || r.status === q.get('status') || r.conclusion === q.get('status'))
        .sort((a, b) => b.id - a.id)
      const { items, headers } = this.page(ctx, all)
      return {
        status: 200,
        headers,
        body: { total_count: all.length, workflow_runs: items.map(r => this.runJson(r)) }
      }
    })
    const findRun = (idRaw: string | undefined): WorkflowRunRecord => {
      const run = this.registry.runs.get(positiveInt(idRaw))
      if (!run || run.repositoryId !== this.repositoryId) throw notFound()
      return run
    }
    this.on('GET', `${R}/actions/runs/:id`, ctx => ({
      status: 200,
      body: this.runJson(findRun(ctx.params[0]))
    }))
    this.on('GET', `${R}/actions/runs/:id/artifacts`, ctx => {
      const run = findRun(ctx.params[0])
      const name = ctx.url.searchParams.get('name')
      const all = this.registry.list({ runId: run.id, ...(name !== null ? { name } : {}) })
      const { items, headers } = this.page(ctx, all)
      return {
        status: 200,
        headers,
        body: { total_count: all.length, artifacts: items.map(a => this.artifactJson(a)) }
      }
    })
    const repoArtifacts = (filter: { name?: string; id?: number }): StoredArtifact[] =>
      this.registry.list(filter).filter(a => {
        const run = this.registry.runs.get(a.runId)
        return !run || run.repositoryId === this.repositoryId
      })
    this.on('GET', `${R}/actions/artifacts`, ctx => {
      const name = ctx.url.searchParams.get('name')
      const all = repoArtifacts(name !== null ? { name } : {})
      const { items, headers } = this.page(ctx, all)
      return {
        status: 200,
        headers,
        body: { total_count: all.length, artifacts: items.map(a => this.artifactJson(a)) }
      }
    })
    const findArtifact = (idRaw: string | undefined): StoredArtifact => {
      const a = repoArtifacts({ id: positiveInt(idRaw) })[0]
      if (!a) throw notFound()
      return a
    }
    this.on('GET', `${R}/actions/artifacts/:id`, ctx => ({
      status: 200,
      body: this.artifactJson(findArtifact(ctx.params[0]))
    }))
    this.on('GET', `${R}/actions/artifacts/:id/:format`, ctx => {
      const a = findArtifact(ctx.params[0])
      if (ctx.params[1] !== 'zip') throw notFound()
      if (a.expired || Date.parse(a.expiresAt) < Date.now()) {
        throw new HttpError(410, {
          message: 'Artifact has expired',
          documentation_url: `${DOCS}/actions/artifacts#download-an-artifact`,
          status: '410'
        })
      }
      return { status: 302, headers: { location: this.registry.signedDownloadUrl(a) } }
    })

    // --- git data
    this.on('POST', `${R}/git/blobs`, ctx => {
      const content = requireString(ctx.body, 'content', true)
      const encoding = optionalString(ctx.body, 'encoding') ?? 'utf-8'
      let buf: Buffer
      if (encoding === 'base64') {
        const clean = content.replace(/\s+/g, '')
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) {
          throw invalidRequest('content is not valid Base64', 'git/blobs#create-a-blob')
        }
        buf = Buffer.from(clean, 'base64')
      } else if (encoding === 'utf-8' || encoding === 'utf8') {
        buf = Buffer.from(content, 'utf8')
      } else {
        throw validationFailed('Blob', 'encoding', `encoding ${encoding} is not supported`, 'git/blobs')
      }
      const sha = this.putBlob(buf)
      return {
        status: 201,
        body: { url: this.repoApi(`/git/blobs/${sha}`), sha },
        headers: { location: this.repoApi(`/git/blobs/${sha}`) }
      }
    })
    this.on('GET', `${R}/git/blobs/:sha`, ctx => {
      const obj = this.state.git.objects.get((ctx.params[0] as string).toLowerCase())
      if (!obj || obj.type !== 'blob') throw notFound()
      const b64 = obj.content.toString('base64')
      return {
        status: 200,
        body: {
          sha: obj.sha,
          node_id: nodeId('B', obj.sha),
          size: obj.content.length,
          url: this.repoApi(`/git/blobs/${obj.sha}`),
          content: (b64.match(/.{1,60}/g) ?? []).join('\n') + (b64.length > 0 ? '\n' : ''),
          encoding: 'base64'
        }
      }
    })
    this.on('POST', `${R}/git/trees`, ctx => {
      const sha = this.createTree(ctx.body)
      return {
        status: 201,
        body: this.treeJson(sha, false),
        headers: { location: this.repoApi(`/git/trees/${sha}`) }
      }
    })
    this.on('GET', `${R}/git/trees/:sha`, ctx => {
      const sha = this.resolveRef(ctx.params[0] as string)
      const obj = this.state.git.objects.get(sha)
      const treeSha = obj?.type === 'commit' ? obj.tree : sha
      if (this.state.git.objects.get(treeSha)?.type !== 'tree') throw notFound()
      const recursive = ctx.url.searchParams.has('recursive')
      return { status: 200, body: this.treeJson(treeSha, recursive) }
    })
    this.on('POST', `${R}/git/commits`, ctx => {
      const c = this.createCommit(ctx)
      return {
        status: 201,
        body: this.gitCommitJson(c),
        headers: { location: this.repoApi(`/git/commits/${c.sha}`) }
      }
    })
    this.on('GET', `${R}/git/commits/:sha`, ctx => {
      const obj = this.state.git.objects.get((ctx.params[0] as string).toLowerCase())
      if (!obj || obj.type !== 'commit') throw notFound()
      return { status: 200, body: this.gitCommitJson(obj) }
    })
    this.on('GET', `${R}/git/ref/:rest`, ctx => {
      const ref = `refs/${ctx.params[0] as string}`
      const sha = this.state.git.refs.get(ref)
      if (!sha) throw notFound()
      return { status: 200, body: this.refJson(ref, sha) }
    })
    this.on('GET', `${R}/git/matching-refs/:rest`, ctx => {
      const prefix = `refs/${ctx.params[0] as string}`
      const list = [...this.state.git.refs.entries()]
        .filter(([r]) => r.startsWith(prefix))
        .sort(([a], [b]) => (a < b ? -1 : 1))
      return { status: 200, body: list.map(([r, s]) => this.refJson(r, s)) }
    })
    // Legacy form: an exact ref gives the ref, a prefix gives the list of matching refs.
    this.on('GET', `${R}/git/refs/:rest`, ctx => {
      const ref = `refs/${ctx.params[0] as string}`
      const sha = this.state.git.refs.get(ref)
      if (sha) return { status: 200, body: this.refJson(ref, sha) }
      const list = [...this.state.git.refs.entries()]
        .filter(([r]) => r.startsWith(`${ref}/`))
        .sort(([a], [b]) => (a < b ? -1 : 1))
      if (list.length === 0) throw notFound()
      return { status: 200, body: list.map(([r, s]) => this.refJson(r, s)) }
    })
    this.on('POST', `${R}/git/refs`, ctx => {
      const ref = requireString(ctx.body, 'ref')
      const sha = requireString(ctx.body, 'sha').toLowerCase()
      if (!/^refs\/[^/]+\/.+/.test(ref) || /\.\.|[\s~^:?*[\\]|\/$|\.lock$/.test(ref)) {
        throw validationFailed(
          'Reference',
          'ref',
          `${ref} is not a valid ref name.`,
          'git/refs#create-a-reference'
        )
      }
      if (this.state.git.refs.has(ref)) {
        throw validationFailed('Reference', 'ref', 'Reference already exists', 'git/refs#create-a-reference')
      }
      if (!this.state.git.objects.has(sha)) {
        throw validationFailed('Reference', 'sha', 'Object does not exist', 'git/refs#create-a-reference')
      }
      this.state.git.refs.set(ref, sha)
      return { status: 201, body: this.refJson(ref, sha), headers: { location: this.repoApi(`/git/${ref}`) } }
    })
    this.on('PATCH', `${R}/git/refs/:rest`, ctx => {
      const ref = `refs/${ctx.params[0] as string}`
      const sha = requireString(ctx.body, 'sha').toLowerCase()
      const current = this.state.git.refs.get(ref)
      if (!current)
        throw validationFailed('Reference', 'ref', 'Reference does not exist', 'git/refs#update-a-reference')
      if (!this.state.git.objects.has(sha)) {
        throw validationFailed('Reference', 'sha', 'Object does not exist', 'git/refs#update-a-reference')
      }
      if (ctx.body.force !== true && !this.isAncestor(current, sha)) {
        throw validationFailed(
          'Reference',
          'sha',
          'Update is not a fast forward',
          'git/refs#update-a-reference'
        )
      }
      this.state.git.refs.set(ref, sha)
      return { status: 200, body: this.refJson(ref, sha) }
    })
    this.on('DELETE', `${R}/git/refs/:rest`, ctx => {
      const ref = `refs/${ctx.params[0] as string}`
      if (!this.state.git.refs.delete(ref)) {
        throw validationFailed('Reference', 'ref', 'Reference does not exist', 'git/refs#delete-a-reference')
      }
      return { status: 204 }
    })
  }

  private requireApp(ctx: Ctx, doc: string): void {
    if (!ctx.identity.installation) {
      throw new HttpError(403, {
        message: 'You must authenticate via a GitHub App.',
        documentation_url: `${DOCS}/${doc}`,
        status: '403'
      })
    }
  }

  private applyCheckRun(run: CheckRunRecord, body: Record<string, unknown>, doc: string): void {
    if (body.name !== undefined) run.name = requireString(body, 'name')
    if (body.details_url !== undefined) run.detailsUrl = optionalString(body, 'details_url')
    if (body.external_id !== undefined) run.externalId = optionalString(body, 'external_id')
    if (body.status !== undefined) {
      const s = body.status
      if (s !== 'queued' && s !== 'in_progress' && s !== 'completed') {
        throw invalidRequest(`Invalid property /status: \`${String(s)}\` is not a possible value.`, doc)
      }
      run.status = s
    }
    if (body.conclusion !== undefined && body.conclusion !== null) {
      const conclusions = [
        'action_required',
        'cancelled',
        'failure',
        'neutral',
        'success',
        'skipped',
        'timed_out'
      ]
      if (typeof body.conclusion !== 'string' || !conclusions.includes(body.conclusion)) {
        throw invalidRequest(
          `Invalid property /conclusion: \`${String(body.conclusion)}\` is not a possible value.`,
          doc
        )
      }
      run.conclusion = body.conclusion
      run.status = 'completed'
    }
    if (run.status === 'completed') {
      if (run.conclusion === null) {
        throw invalidRequest('conclusion is required when status is completed', doc)
      }
      run.completedAt =
        typeof body.completed_at === 'string' ? body.completed_at : (run.completedAt ?? this.now())
    }
    const output = body.output
    if (output === undefined) return
    if (!isRecord(output)) throw invalidRequest('Invalid property /output: is not of type `object`.', doc)
    const title = requireString(output, 'title')
    const summary = requireString(output, 'summary', true)
    const text = optionalString(output, 'text')
    for (const [field, value] of [
      ['summary', summary],
      ['text', text]
    ] as const) {
      if (value !== null && Buffer.byteLength(value, 'utf8') > CHECK_TEXT_MAX) {
        throw validationFailed(
          'CheckRun',
          `output.${field}`,
          `Only ${CHECK_TEXT_MAX} characters are allowed; ${Buffer.byteLength(value, 'utf8')} were supplied.`,
          doc
        )
      }
    }
    const annotations = output.annotations ?? []
    if (!Array.isArray(annotations))
      throw invalidRequest('Invalid property /output/annotations: is not of type `array`.', doc)
    if (annotations.length > ANNOTATIONS_PER_REQUEST) {
      throw invalidRequest(
        `Invalid property /output/annotations: is too long (maximum is ${ANNOTATIONS_PER_REQUEST} items).`,
        doc
      )
    }
    const parsed = annotations.map((a: unknown, i): AnnotationRecord => {
      if (!isRecord(a))
        throw invalidRequest(`Invalid property /output/annotations/${i}: is not an object.`, doc)
      const level = a.annotation_level
      if (level !== 'notice' && level !== 'warning' && level !== 'failure') {
        throw invalidRequest(`Invalid property /output/annotations/${i}/annotation_level.`, doc)
      }
      const line = (k: string): number => {
        const v = a[k]
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
          throw invalidRequest(
            `Invalid property /output/annotations/${i}/${k}: must be a positive integer.`,
            doc
          )
        }
        return v
      }
      const col = (k: string): number | null => (typeof a[k] === 'number' ? (a[k] as number) : null)
      return {
        path: requireString(a, 'path'),
        start_line: line('start_line'),
        end_line: line('end_line'),
        start_column: col('start_column'),
        end_column: col('end_column'),
        annotation_level: level,
        title: optionalString(a, 'title'),
        message: requireString(a, 'message'),
        raw_details: optionalString(a, 'raw_details')
      }
    })
    run.output = { title, summary, text }
    run.annotations.push(...parsed)
  }

  private resolveRef(ref: string): string {
    for (const candidate of [ref, `refs/${ref}`, `refs/heads/${ref}`, `refs/tags/${ref}`]) {
      const sha = this.state.git.refs.get(candidate)
      if (sha) return sha
    }
    return ref.toLowerCase()
  }

  private isAncestor(ancestor: string, descendant: string): boolean {
    const seen = new Set<string>()
    const queue = [descendant]
    while (queue.length > 0) {
      const sha = queue.shift() as string
      if (sha === ancestor) return true
      if (seen.has(sha)) continue
      seen.add(sha)
      const obj = this.state.git.objects.get(sha)
      if (obj?.type === 'commit') queue.push(...obj.parents)
    }
    return false
  }

  private treeJson(sha: string, recursive: boolean): Record<string, unknown> {
    const out: Record<string, unknown>[] = []
    const walk = (treeSha: string, prefix: string): void => {
      const tree = this.state.git.objects.get(treeSha)
      if (tree?.type !== 'tree') return
      for (const e of tree.entries) {
        const obj = this.state.git.objects.get(e.sha)
        out.push({
          path: prefix + e.name,
          mode: e.mode,
          type: e.type,
          sha: e.sha,
          ...(obj?.type === 'blob' ? { size: obj.content.length } : {}),
          url: this.repoApi(`/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`)
        })
        if (recursive && e.type === 'tree') walk(e.sha, `${prefix}${e.name}/`)
      }
    }
    walk(sha, '')
    return { sha, url: this.repoApi(`/git/trees/${sha}`), tree: out, truncated: false }
  }

  /** POST /git/trees: entries with slashes build nested trees; `sha: null` deletes; `content` makes a blob. */
  private createTree(body: Record<string, unknown>): string {
    const doc = 'git/trees#create-a-tree'
    const entries = body.tree
    if (!Array.isArray(entries)) throw invalidRequest('"tree" wasn\'t supplied.', doc)
    interface Dir {
      files: Map<string, TreeEntry>
      dirs: Map<string, Dir>
    }
    const load = (sha: string | undefined): Dir => {
      const dir: Dir = { files: new Map(), dirs: new Map() }
      if (!sha) return dir
      const tree = this.state.git.objects.get(sha)
      if (tree?.type !== 'tree') return dir
      for (const e of tree.entries) {
        if (e.type === 'tree') dir.dirs.set(e.name, load(e.sha))
        else dir.files.set(e.name, e)
      }
      return dir
    }
    let baseSha: string | undefined
    if (body.base_tree !== undefined && body.base_tree !== null) {
      baseSha = requireString(body, 'base_tree').toLowerCase()
      const obj = this.state.git.objects.get(baseSha)
      if (obj?.type === 'commit') baseSha = obj.tree
      else if (obj?.type !== 'tree')
        throw validationFailed('Tree', 'base_tree', 'base_tree is not a valid tree oid', doc)
    }
    const root = load(baseSha)
    // Validate everything before storing any blob, so a bad request changes nothing.
    const pending: { dirPath: string[]; name: string; entry: TreeEntry | null; content?: Buffer }[] = []
    entries.forEach((raw: unknown, i) => {
      if (!isRecord(raw)) throw invalidRequest(`Invalid property /tree/${i}: is not an object.`, doc)
      const path = requireString(raw, 'path')
      const parts = path.split('/')
      if (parts.some(p => p === '' || p === '.' || p === '..')) {
        throw validationFailed('Tree', 'path', `tree.path contains a malformed path component: ${path}`, doc)
      }
      const mode = raw.mode
      if (!['100644', '100755', '040000', '160000', '120000'].includes(String(mode))) {
        throw invalidRequest(
          `Invalid property /tree/${i}/mode: \`${String(mode)}\` is not a possible value.`,
          doc
        )
      }
      const type = raw.type ?? (mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob')
      if (type !== 'blob' && type !== 'tree' && type !== 'commit') {
        throw invalidRequest(
          `Invalid property /tree/${i}/type: \`${String(type)}\` is not a possible value.`,
          doc
        )
      }
      const name = parts.pop() as string
      if (raw.content !== undefined) {
        const content = requireString(raw, 'content', true)
        const buf = Buffer.from(content, 'utf8')
        pending.push({
          dirPath: parts,
          name,
          content: buf,
          entry: { name, mode: mode as TreeEntry['mode'], type: 'blob', sha: gitHash('blob', buf) }
        })
        return
      }
      if (raw.sha === null) {
        pending.push({ dirPath: parts, name, entry: null })
        return
      }
      const sha = requireString(raw, 'sha').toLowerCase()
      const obj = this.state.git.objects.get(sha)
      if (type !== 'commit' && obj?.type !== type) {
        throw validationFailed('Tree', 'tree.sha', `tree.sha ${sha} is not a valid ${type}`, doc)
      }
      pending.push({ dirPath: parts, name, entry: { name, mode: mode as TreeEntry['mode'], type, sha } })
    })
    for (const p of pending) {
      let dir = root
      for (const part of p.dirPath) {
        let next = dir.dirs.get(part)
        if (!next) {
          next = { files: new Map(), dirs: new Map() }
          dir.dirs.set(part, next)
        }
        dir = next
      }
      if (p.content) this.putBlob(p.content)
      dir.files.delete(p.name)
      dir.dirs.delete(p.name)
      if (p.entry?.type === 'tree') dir.dirs.set(p.name, load(p.entry.sha))
      else if (p.entry) dir.files.set(p.name, p.entry)
    }
    const write = (dir: Dir): string | undefined => {
      const list: TreeEntry[] = [...dir.files.values()]
      for (const [name, sub] of dir.dirs) {
        const sha = write(sub)
        if (sha) list.push({ name, mode: '040000', type: 'tree', sha })
      }
      if (list.length === 0) return undefined
      return this.putTree(list)
    }
    return write(root) ?? this.putTree([])
  }

  private putTree(entries: TreeEntry[]): string {
    const sorted = [...entries].sort((a, b) => {
      const ka = a.type === 'tree' ? `${a.name}/` : a.name
      const kb = b.type === 'tree' ? `${b.name}/` : b.name
      return Buffer.compare(Buffer.from(ka), Buffer.from(kb))
    })
    const body = Buffer.concat(
      sorted.map(e =>
        Buffer.concat([Buffer.from(`${e.mode.replace(/^0/, '')} ${e.name}\0`), Buffer.from(e.sha, 'hex')])
      )
    )
    const sha = gitHash('tree', body)
    this.state.git.objects.set(sha, { type: 'tree', sha, entries: sorted })
    return sha
  }

  private createCommit(ctx: Ctx): Extract<GitObject, { type: 'commit' }> {
    const doc = 'git/commits#create-a-commit'
    const message = requireString(ctx.body, 'message', true)
    const tree = requireString(ctx.body, 'tree').toLowerCase()
    if (this.state.git.objects.get(tree)?.type !== 'tree') {
      throw validationFailed('Commit', 'tree', 'Tree SHA does not exist', doc)
    }
    const parentsRaw = ctx.body.parents ?? []
    if (!Array.isArray(parentsRaw) || parentsRaw.some(p => typeof p !== 'string')) {
      throw invalidRequest('Invalid property /parents: is not of type `array` of strings.', doc)
    }
    const parents = (parentsRaw as string[]).map(p => p.toLowerCase())
    for (const p of parents) {
      if (this.state.git.objects.get(p)?.type !== 'commit') {
        throw validationFailed(
          'Commit',
          'parents',
          'Parent SHA does not exist or is not a commit object',
          doc
        )
      }
    }
    const now = this.now()
    const fallback: GitSignature =
      ctx.identity.type === 'Bot'
        ? {
            name: ctx.identity.login,
            email: `${ctx.identity.id}+${ctx.identity.login}@users.noreply.github.com`,
            date: now
          }
        : { name: ctx.identity.login, email: `${ctx.identity.login}@users.noreply.github.com`, date: now }
    const sig = (v: unknown, base: GitSignature): GitSignature => {
      if (!isRecord(v)) return base
      const date = typeof v.date === 'string' && !Number.isNaN(Date.parse(v.date)) ? v.date : base.date
      return {
        name: typeof v.name === 'string' ? v.name : base.name,
        email: typeof v.email === 'string' ? v.email : base.email,
        date: new Date(Date.parse(date)).toISOString().replace(/\.\d{3}Z$/, 'Z')
      }
    }
    const author = sig(ctx.body.author, fallback)
    const committer = sig(ctx.body.committer, author)
    const line = (s: GitSignature): string =>
      `${s.name} <${s.email}> ${Math.floor(Date.parse(s.date) / 1000)} +0000`
    const text =
      `tree ${tree}\n` +
      parents.map(p => `parent ${p}\n`).join('') +
      `author ${line(author)}\ncommitter ${line(committer)}\n\n${message}`
    const sha = gitHash('commit', Buffer.from(text, 'utf8'))
    const obj = { type: 'commit' as const, sha, tree, parents, message, author, committer }
    this.state.git.objects.set(sha, obj)
    return obj
  }
}

// -----------------------------------------------------------------------------------------------------------
// helpers

/** Git's object id: SHA-1 of "<type> <size>\0<content>". */
export function gitHash(type: 'blob' | 'tree' | 'commit', content: Buffer): string {
  return createHash('sha1').update(`${type} ${content.length}\0`).update(content).digest('hex')
}

function nodeId(prefix: string, id: number | string): string {
  return Buffer.from(`${prefix}_${id}`).toString('base64').replace(/=+$/, '')
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function notFound(): HttpError {
  return new HttpError(404, { message: 'Not Found', documentation_url: DOCS, status: '404' })
}

function invalidRequest(detail: string, doc: string): HttpError {
  return new HttpError(422, {
    message: `Invalid request.\n\n${detail}`,
    documentation_url: `${DOCS}/${doc}`,
    status: '422'
  })
}

function validationFailed(resource: string, field: string, message: string, doc: string): HttpError {
  return new HttpError(422, {
    message: 'Validation Failed',
    errors: [{ resource, code: 'custom', field, message }],
    documentation_url: `${DOCS}/${doc}`,
    status: '422'
  })
}

function checkCommentBody(body: string, doc: string): void {
  const length = [...body].length
  if (length > COMMENT_MAX) {
    throw validationFailed(
      'IssueComment',
      'data',
      `Body is too long (maximum is ${COMMENT_MAX} characters)`,
      doc
    )
  }
}

/** Issue bodies have the same 65,536-character limit as comments. */
function checkIssueBody(body: string, doc: string): void {
  if ([...body].length > COMMENT_MAX) {
    throw validationFailed('Issue', 'body', `body is too long (maximum is ${COMMENT_MAX} characters)`, doc)
  }
}

function requireString(obj: Record<string, unknown>, key: string, allowEmpty = false): string {
  const v = obj[key]
  if (v === undefined || v === null) throw invalidRequest(`"${key}" wasn't supplied.`, '')
  if (typeof v !== 'string')
    throw invalidRequest(`Invalid property /${key}: \`${JSON.stringify(v)}\` is not of type \`string\`.`, '')
  if (!allowEmpty && v.length === 0) throw invalidRequest(`"${key}" can't be blank.`, '')
  return v
}

function optionalString(obj: Record<string, unknown>, key: string): string | null {
  const v = obj[key]
  if (v === undefined || v === null) return null
  if (typeof v !== 'string')
    throw invalidRequest(`Invalid property /${key}: \`${JSON.stringify(v)}\` is not of type \`string\`.`, '')
  return v
}

function positiveInt(raw: string | undefined): number {
  if (raw === undefined || !/^[1-9]\d{0,15}$/.test(raw)) throw notFound()
  return Number(raw)
}

function parseBody(raw: Buffer, contentType: string | undefined): Record<string, unknown> {
  if (raw.length === 0) return {}
  if (contentType && !/json/i.test(contentType)) {
    throw new HttpError(415, { message: 'Unsupported Media Type', documentation_url: DOCS, status: '415' })
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(raw.toString('utf8'))
  } catch {
    throw new HttpError(400, { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' })
  }
  if (!isRecord(parsed)) {
    throw new HttpError(400, {
      message: 'Body should be a JSON object',
      documentation_url: DOCS,
      status: '400'
    })
  }
  return parsed
}

/** GitHub's answer when an installation token lacks the permission a request needs (a basic-error body). */
function notAccessibleByIntegration(): HttpError {
  return new HttpError(403, {
    message: 'Resource not accessible by integration',
    documentation_url: DOCS,
    status: '403'
  })
}

function faultError(fault: EmulatorFault): HttpError {
  const retryAfter = fault.retryAfter ?? 1
  switch (fault.kind) {
    case 500:
      return new HttpError(500, { message: 'Server Error', documentation_url: DOCS, status: '500' })
    case 502:
    case 503:
    case 504:
      return new HttpError(fault.kind, {
        message: 'Server Error',
        documentation_url: DOCS,
        status: String(fault.kind)
      })
    case 'rate-limit':
      return new HttpError(
        fault.status ?? 403,
        {
          message:
            'API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
          status: String(fault.status ?? 403)
        },
        {
          'x-ratelimit-limit': '1000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': '1000',
          'x-ratelimit-resource': 'core',
          'x-ratelimit-reset': String(fault.resetAt ?? Math.ceil(Date.now() / 1000) + retryAfter)
        }
      )
    case 'secondary-rate-limit':
      return new HttpError(
        fault.status ?? 403,
        {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
          documentation_url:
            'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: String(fault.status ?? 403)
        },
        fault.omitRetryAfter ? {} : { 'retry-after': String(retryAfter) }
      )
    case 'forbidden':
      return notAccessibleByIntegration()
    default:
      return new HttpError(500, { message: 'unexpected fault', documentation_url: DOCS, status: '500' })
  }
}
