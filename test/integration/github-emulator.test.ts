/**
 * Contract tests for the GitHub REST emulator: every endpoint's response body is checked against the
 * operation's response schema in GitHub's own OpenAPI description (@octokit/openapi), plus pagination
 * Link headers, GitHub's 422 limits, auth failures, fault injection and git object ids (checked with git).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GitHubEmulator, gitHash } from '../support/github-emulator.js'
import type { StoredArtifact } from '../support/artifact-registry.js'

type Schema = Record<string, unknown>

const require = createRequire(import.meta.url)
const spec = JSON.parse(
  readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')
) as { paths: Record<string, Record<string, { responses: Record<string, Schema> }>>; components: Schema }

function deref(s: Schema): Schema {
  let cur = s
  for (let i = 0; i < 20 && typeof cur.$ref === 'string'; i++) {
    const parts = (cur.$ref as string).replace(/^#\//, '').split('/')
    let node: unknown = spec
    for (const p of parts) node = (node as Record<string, unknown>)[p]
    if (!node) throw new Error(`unresolved $ref ${String(cur.$ref)}`)
    cur = node as Schema
  }
  return cur
}

/** A validator for the JSON-schema subset GitHub's OpenAPI 3.0 description uses (formats ignored). */
function validate(schemaIn: Schema, value: unknown, at: string, errors: string[]): void {
  const schema = deref(schemaIn)
  if (errors.length > 20) return
  if (value === null) {
    if (schema.nullable === true) return
    const branches = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined
    if (branches) {
      if (!branches.some(b => check(b, null))) errors.push(`${at}: null not allowed`)
      return
    }
    if (schema.allOf) {
      for (const b of schema.allOf as Schema[]) validate(b, value, at, errors)
      return
    }
    if (schema.type !== undefined) errors.push(`${at}: null but type ${String(schema.type)}`)
    return
  }
  if (schema.allOf) for (const b of schema.allOf as Schema[]) validate(b, value, at, errors)
  const branches = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined
  if (branches && !branches.some(b => check(b, value))) {
    const first: string[] = []
    validate(branches[0] as Schema, value, at, first)
    errors.push(`${at}: matches none of ${branches.length} alternatives (first: ${first[0] ?? '?'})`)
  }
  const type = schema.type as string | undefined
  if (type !== undefined) {
    const ok =
      (type === 'object' && typeof value === 'object' && !Array.isArray(value)) ||
      (type === 'array' && Array.isArray(value)) ||
      (type === 'string' && typeof value === 'string') ||
      (type === 'integer' && Number.isInteger(value)) ||
      (type === 'number' && typeof value === 'number') ||
      (type === 'boolean' && typeof value === 'boolean')
    if (!ok) {
      errors.push(`${at}: expected ${type}, got ${JSON.stringify(value)?.slice(0, 60)}`)
      return
    }
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    errors.push(`${at}: ${JSON.stringify(value)} not in enum ${JSON.stringify(schema.enum)}`)
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((v, i) => validate(schema.items as Schema, v, `${at}[${i}]`, errors))
  }
  if (typeof value === 'object' && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>
    for (const r of (schema.required ?? []) as string[]) if (!(r in obj)) errors.push(`${at}: missing "${r}"`)
    const props = (schema.properties ?? {}) as Record<string, Schema>
    for (const [k, v] of Object.entries(obj)) {
      if (props[k]) validate(props[k], v, `${at}.${k}`, errors)
      else if (typeof schema.additionalProperties === 'object') {
        validate(schema.additionalProperties as Schema, v, `${at}.${k}`, errors)
      } else if (schema.additionalProperties === false) errors.push(`${at}: unexpected "${k}"`)
    }
  }
}

function check(schema: Schema, value: unknown): boolean {
  const errors: string[] = []
  validate(schema, value, '$', errors)
  return errors.length === 0
}

function responseSchema(method: string, template: string, status: number): Schema | undefined {
  const op = spec.paths[template]?.[method.toLowerCase()]
  if (!op) throw new Error(`no operation ${method} ${template} in the OpenAPI description`)
  const response = op.responses[String(status)]
  if (!response) throw new Error(`${method} ${template} documents no ${status} response`)
  const content = deref(response).content as Record<string, { schema?: Schema }> | undefined
  return content?.['application/json']?.schema
}

let gh: GitHubEmulator
const tmp: string[] = []

beforeAll(async () => {
  gh = await GitHubEmulator.start({ tokens: { ghp_admin: { login: 'acme', type: 'User' } } })
})
afterAll(async () => {
  await gh.close()
  for (const d of tmp) rmSync(d, { recursive: true, force: true })
})

interface Res {
  status: number
  headers: Headers
  body: unknown
}

async function call(
  method: string,
  path: string,
  body?: unknown,
  token: string | null = 'ghs_test'
): Promise<Res> {
  const res = await fetch(`${gh.url}${path}`, {
    method,
    redirect: 'manual',
    headers: {
      accept: 'application/vnd.github+json',
      ...(token ? { authorization: `token ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {})
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {})
  })
  const text = await res.text()
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined }
}

/** Call and check the body against the documented response schema for the status it answered. */
async function conform(
  method: string,
  template: string,
  path: string,
  expectedStatus: number,
  body?: unknown,
  token?: string
): Promise<Res> {
  const res = await call(method, path, body, token)
  expect({ status: res.status, body: res.body }).toMatchObject({ status: expectedStatus })
  const schema = responseSchema(method, template, expectedStatus)
  if (schema) {
    const errors: string[] = []
    validate(schema, res.body, '$', errors)
    expect(errors).toEqual([])
  }
  return res
}

const R = '/repos/{owner}/{repo}'
const SHA = 'a'.repeat(40)

describe('the schema validator', () => {
  it('rejects bodies that break the documented schema', () => {
    const schema = responseSchema('GET', `${R}/issues/comments/{comment_id}`, 200) as Schema
    const good = {
      id: 1,
      node_id: 'x',
      url: 'u',
      html_url: 'h',
      issue_url: 'i',
      user: null,
      created_at: 'c',
      updated_at: 'u',
      author_association: 'NONE'
    }
    expect(check(schema, good)).toBe(true)
    expect(check(schema, { ...good, node_id: undefined, id: 'one' })).toBe(false)
    expect(check(schema, { ...good, author_association: 'BOSS' })).toBe(false)
    expect(check(schema, { ...good, user: { login: 'x' } })).toBe(false)
  })
})

describe('auth, repository and users', () => {
  it('answers 401 without or with an unknown token', async () => {
    const none = await call('GET', '/repos/acme/widgets', undefined, null)
    expect(none.status).toBe(401)
    expect(none.body).toMatchObject({ message: 'Requires authentication' })
    const bad = await call('GET', '/repos/acme/widgets', undefined, 'nope')
    expect(bad.status).toBe(401)
    expect(bad.body).toMatchObject({ message: 'Bad credentials' })
  })

  it('GET /user is 403 for an installation token and a user for a PAT', async () => {
    const bot = await call('GET', '/user')
    expect(bot.status).toBe(403)
    expect(bot.body).toMatchObject({ message: 'Resource not accessible by integration' })
    const user = await conform('GET', '/user', '/user', 200, undefined, 'ghp_test')
    expect(user.body).toMatchObject({ login: 'octocat', type: 'User' })
  })

  it('GET /repos/{o}/{r}, unknown routes and other repositories', async () => {
    const repo = await conform('GET', R, '/repos/acme/widgets', 200)
    expect(repo.body).toMatchObject({ id: 1, full_name: 'acme/widgets', default_branch: 'main' })
    const unknown = await call('GET', '/repos/acme/widgets/nothing/here')
    expect(unknown.status).toBe(404)
    expect(unknown.body).toMatchObject({ message: 'Not Found', documentation_url: expect.any(String) })
    expect((await call('GET', '/repos/other/widgets')).status).toBe(404)
  })

  it('collaborator permission', async () => {
    gh.state.collaborators.set('dev', 'maintain')
    const res = await conform(
      'GET',
      `${R}/collaborators/{username}/permission`,
      '/repos/acme/widgets/collaborators/dev/permission',
      200
    )
    expect(res.body).toMatchObject({ permission: 'write', role_name: 'maintain', user: { login: 'dev' } })
    const none = await call('GET', '/repos/acme/widgets/collaborators/stranger/permission')
    expect(none.body).toMatchObject({ permission: 'none' })
  })
})

describe('issue comments', () => {
  it('creates, paginates with GitHub Link headers, reads, updates and deletes', async () => {
    const created: number[] = []
    for (let i = 0; i < 35; i++) {
      const res = await conform(
        'POST',
        `${R}/issues/{issue_number}/comments`,
        '/repos/acme/widgets/issues/7/comments',
        201,
        {
          body: `comment ${i}`
        }
      )
      created.push((res.body as { id: number }).id)
    }
    expect([...created].sort((a, b) => a - b)).toEqual(created)
    const first = await conform(
      'GET',
      `${R}/issues/{issue_number}/comments`,
      '/repos/acme/widgets/issues/7/comments',
      200
    )
    expect((first.body as unknown[]).length).toBe(30)
    const base = `${gh.url}/repositories/1/issues/7/comments`
    expect(first.headers.get('link')).toBe(`<${base}?page=2>; rel="next", <${base}?page=2>; rel="last"`)
    // Following the link (addressed by repository id) works like on GitHub.
    const second = await call('GET', '/repositories/1/issues/7/comments?per_page=30&page=2')
    expect((second.body as { body: string }[]).map(c => c.body)).toEqual(
      [30, 31, 32, 33, 34].map(i => `comment ${i}`)
    )
    expect(second.headers.get('link')).toBe(
      `<${base}?per_page=30&page=1>; rel="prev", <${base}?per_page=30&page=1>; rel="first"`
    )
    const middle = await call('GET', '/repos/acme/widgets/issues/7/comments?per_page=10&page=2')
    expect(middle.headers.get('link')).toBe(
      [
        `<${base}?per_page=10&page=1>; rel="prev"`,
        `<${base}?per_page=10&page=3>; rel="next"`,
        `<${base}?per_page=10&page=4>; rel="last"`,
        `<${base}?per_page=10&page=1>; rel="first"`
      ].join(', ')
    )
    const all = await call('GET', '/repos/acme/widgets/issues/7/comments?per_page=500')
    expect((all.body as unknown[]).length).toBe(35)
    expect(all.headers.get('link')).toBeNull()

    const id = created[3] as number
    const one = await conform(
      'GET',
      `${R}/issues/comments/{comment_id}`,
      `/repos/acme/widgets/issues/comments/${id}`,
      200
    )
    expect(one.body).toMatchObject({
      id,
      body: 'comment 3',
      user: { login: 'github-actions[bot]', type: 'Bot' }
    })
    const edited = await conform(
      'PATCH',
      `${R}/issues/comments/{comment_id}`,
      `/repos/acme/widgets/issues/comments/${id}`,
      200,
      { body: 'edited' }
    )
    expect(edited.body).toMatchObject({ body: 'edited' })
    const e = edited.body as { created_at: string; updated_at: string }
    expect(Date.parse(e.updated_at)).toBeGreaterThan(Date.parse(e.created_at))
    expect((await call('DELETE', `/repos/acme/widgets/issues/comments/${id}`)).status).toBe(204)
    expect((await call('GET', `/repos/acme/widgets/issues/comments/${id}`)).status).toBe(404)
    expect(gh.state.comments.get(7)?.length).toBe(34)
  })

  it('rejects a body over 65536 characters with 422 and accepts exactly 65536', async () => {
    const res = await call('POST', '/repos/acme/widgets/issues/8/comments', { body: 'x'.repeat(65537) })
    expect(res.status).toBe(422)
    expect(res.body).toMatchObject({ message: 'Validation Failed', errors: [{ resource: 'IssueComment' }] })
    // GitHub counts characters: 65536 astral characters (131072 UTF-16 units) still fit.
    const astral = await call('POST', '/repos/acme/widgets/issues/8/comments', { body: '😀'.repeat(65536) })
    expect(astral.status).toBe(201)
    const missing = await call('POST', '/repos/acme/widgets/issues/8/comments', {})
    expect(missing.status).toBe(422)
    expect(gh.state.comments.get(8)?.length).toBe(1)
  })
})

describe('commit statuses', () => {
  it('creates statuses, lists newest first and combines the latest per context', async () => {
    await conform('POST', `${R}/statuses/{sha}`, `/repos/acme/widgets/statuses/${SHA}`, 201, {
      state: 'pending',
      context: 'quality-gates/coverage',
      description: 'running'
    })
    await conform('POST', `${R}/statuses/{sha}`, `/repos/acme/widgets/statuses/${SHA}`, 201, {
      state: 'success',
      context: 'quality-gates/coverage',
      description: 'ok',
      target_url: 'https://example.com/run'
    })
    await call('POST', `/repos/acme/widgets/statuses/${SHA}`, {
      state: 'failure',
      context: 'quality-gates/perf'
    })
    const list = await conform(
      'GET',
      `${R}/commits/{ref}/statuses`,
      `/repos/acme/widgets/commits/${SHA}/statuses`,
      200
    )
    expect((list.body as { state: string }[]).map(s => s.state)).toEqual(['failure', 'success', 'pending'])
    const combined = await conform(
      'GET',
      `${R}/commits/{ref}/status`,
      `/repos/acme/widgets/commits/${SHA}/status`,
      200
    )
    expect(combined.body).toMatchObject({ state: 'failure', total_count: 2, sha: SHA })
  })

  it('enforces the 140-character description and the state enum with 422', async () => {
    const long = await call('POST', `/repos/acme/widgets/statuses/${SHA}`, {
      state: 'success',
      description: 'd'.repeat(141)
    })
    expect(long.status).toBe(422)
    expect(JSON.stringify(long.body)).toContain('description is too long (maximum is 140 characters)')
    expect((await call('POST', `/repos/acme/widgets/statuses/${SHA}`, { state: 'green' })).status).toBe(422)
    expect((await call('POST', '/repos/acme/widgets/statuses/nothex', { state: 'success' })).status).toBe(422)
    expect(
      (
        await call('POST', `/repos/acme/widgets/statuses/${SHA}`, {
          state: 'success',
          description: 'd'.repeat(140)
        })
      ).status
    ).toBe(201)
  })

  it('refuses a 1001st status for one SHA and context', async () => {
    const sha = '9'.repeat(40)
    const [template] = gh.state.statuses
    if (!template) throw new Error('expected a stored status')
    for (let i = 0; i < 1000; i++)
      gh.state.statuses.push({ ...template, id: 100000 + i, sha, context: 'busy' })
    const res = await call('POST', `/repos/acme/widgets/statuses/${sha}`, {
      state: 'success',
      context: 'busy'
    })
    expect(res.status).toBe(422)
    expect(JSON.stringify(res.body)).toContain('maximum number of statuses')
    expect(
      (await call('POST', `/repos/acme/widgets/statuses/${sha}`, { state: 'success', context: 'other' }))
        .status
    ).toBe(201)
  })
})

describe('check runs', () => {
  const annotation = (i: number) => ({
    path: `src/f${i}.ts`,
    start_line: i + 1,
    end_line: i + 1,
    annotation_level: 'warning',
    message: `m${i}`
  })

  it('creates with 50 annotations, appends on update, lists runs and annotations', async () => {
    const created = await conform('POST', `${R}/check-runs`, '/repos/acme/widgets/check-runs', 201, {
      name: 'quality-gates',
      head_sha: SHA,
      status: 'completed',
      conclusion: 'failure',
      output: { title: 't', summary: 's', annotations: Array.from({ length: 50 }, (_, i) => annotation(i)) }
    })
    const id = (created.body as { id: number }).id
    const updated = await conform(
      'PATCH',
      `${R}/check-runs/{check_run_id}`,
      `/repos/acme/widgets/check-runs/${id}`,
      200,
      {
        output: { title: 't', summary: 's2', annotations: [annotation(50), annotation(51)] }
      }
    )
    expect(updated.body).toMatchObject({
      output: { annotations_count: 52, summary: 's2' },
      conclusion: 'failure'
    })
    const notes = await conform(
      'GET',
      `${R}/check-runs/{check_run_id}/annotations`,
      `/repos/acme/widgets/check-runs/${id}/annotations?per_page=100`,
      200
    )
    expect((notes.body as { path: string }[]).map(a => a.path).slice(-2)).toEqual([
      'src/f50.ts',
      'src/f51.ts'
    ])
    const runs = await conform(
      'GET',
      `${R}/commits/{ref}/check-runs`,
      `/repos/acme/widgets/commits/${SHA}/check-runs`,
      200
    )
    expect(runs.body).toMatchObject({ total_count: 1, check_runs: [{ id, name: 'quality-gates' }] })
  })

  it('rejects 51 annotations and oversize summaries with 422, and non-App tokens with 403', async () => {
    const tooMany = await call('POST', '/repos/acme/widgets/check-runs', {
      name: 'x',
      head_sha: SHA,
      output: { title: 't', summary: 's', annotations: Array.from({ length: 51 }, (_, i) => annotation(i)) }
    })
    expect(tooMany.status).toBe(422)
    const bigSummary = await call('POST', '/repos/acme/widgets/check-runs', {
      name: 'x',
      head_sha: SHA,
      output: { title: 't', summary: 's'.repeat(65536) }
    })
    expect(bigSummary.status).toBe(422)
    const pat = await call('POST', '/repos/acme/widgets/check-runs', { name: 'x', head_sha: SHA }, 'ghp_test')
    expect(pat.status).toBe(403)
    expect(gh.state.checkRuns.size).toBe(1)
  })
})

describe('pulls and compare', () => {
  beforeAll(() => {
    for (let n = 1; n <= 12; n++) {
      gh.addPull({
        number: n,
        headSha: n.toString(16).padStart(40, 'b'),
        headRef: `feature-${n}`,
        baseSha: 'c'.repeat(40),
        baseRef: 'main',
        ...(n === 12 ? { headRepoFullName: 'contributor/widgets' } : {}),
        ...(n === 1 ? { state: 'closed' as const } : {})
      })
    }
  })

  it('gets one pull request, lists open ones paginated and filters by head', async () => {
    const one = await conform('GET', `${R}/pulls/{pull_number}`, '/repos/acme/widgets/pulls/12', 200)
    expect(one.body).toMatchObject({
      number: 12,
      head: { repo: { full_name: 'contributor/widgets', fork: true }, ref: 'feature-12' },
      base: { ref: 'main', repo: { id: 1 } }
    })
    const page = await conform('GET', `${R}/pulls`, '/repos/acme/widgets/pulls?state=open&per_page=5', 200)
    expect((page.body as { number: number }[]).map(p => p.number)).toEqual([12, 11, 10, 9, 8])
    expect(page.headers.get('link')).toContain('rel="next"')
    const head = await call('GET', '/repos/acme/widgets/pulls?state=all&head=acme:feature-1')
    expect((head.body as { number: number }[]).map(p => p.number)).toEqual([1])
    expect((await call('GET', '/repos/acme/widgets/pulls/99')).status).toBe(404)
  })

  it('lists pull requests for a commit', async () => {
    const sha = (12).toString(16).padStart(40, 'b')
    const res = await conform(
      'GET',
      `${R}/commits/{commit_sha}/pulls`,
      `/repos/acme/widgets/commits/${sha}/pulls`,
      200
    )
    expect((res.body as { number: number }[]).map(p => p.number)).toEqual([12])
  })

  it('compares two commits, with files from state', async () => {
    gh.state.compareFiles.set(`${SHA}...${'d'.repeat(40)}`, [
      { filename: 'src/a.ts', status: 'modified', additions: 3, deletions: 1, patch: '@@ -1 +1,3 @@' }
    ])
    const res = await conform(
      'GET',
      `${R}/compare/{basehead}`,
      `/repos/acme/widgets/compare/${SHA}...${'d'.repeat(40)}`,
      200
    )
    expect(res.body).toMatchObject({ status: 'ahead', files: [{ filename: 'src/a.ts', changes: 4 }] })
  })
})

describe('issues', () => {
  it('creates issues numbered after the pull requests, lists them with pull requests marked, 422 on a bad title', async () => {
    const created = await conform('POST', `${R}/issues`, '/repos/acme/widgets/issues', 201, {
      title: 'Broken test: cart › totals',
      body: '<!-- marker -->\nbody'
    })
    expect(created.body).toMatchObject({ number: 13, state: 'open', body: '<!-- marker -->\nbody' })
    expect(created.headers.get('location')).toBe(`${gh.url}/repos/acme/widgets/issues/13`)
    const open = await conform('GET', `${R}/issues`, '/repos/acme/widgets/issues?per_page=5', 200)
    const items = open.body as { number: number; pull_request?: unknown }[]
    expect(items.map(i => [i.number, i.pull_request !== undefined])).toEqual([
      [13, false],
      [12, true],
      [11, true],
      [10, true],
      [9, true]
    ])
    expect(open.headers.get('link')).toMatch(/rel="next"/)
    const closed = await call('GET', '/repos/acme/widgets/issues?state=closed')
    expect((closed.body as { number: number }[]).map(i => i.number)).toEqual([1])
    const untitled = await call('POST', '/repos/acme/widgets/issues', { body: 'x' })
    expect(untitled.status).toBe(422)
    const blank = await call('POST', '/repos/acme/widgets/issues', { title: ' ' })
    expect([blank.status, (blank.body as { message: string }).message]).toEqual([422, 'Validation Failed'])
    const long = await call('POST', '/repos/acme/widgets/issues', { title: 'x'.repeat(257) })
    expect(long.status).toBe(422)
  })
})

describe('actions runs and artifacts', () => {
  const artifact = (id: number, runId: number, name: string, expired = false): StoredArtifact => ({
    id,
    name,
    runId,
    size: 123,
    digest: `sha256:${'0'.repeat(64)}`,
    createdAt: '2026-01-01T00:00:00Z',
    expiresAt: expired ? '2026-01-02T00:00:00Z' : '2099-01-01T00:00:00Z',
    expired,
    finalized: true,
    container: 'c',
    blob: `b${id}`
  })

  beforeAll(() => {
    const reg = gh.registry
    reg.addRun({ id: 101, headSha: SHA, event: 'push', headBranch: 'main' })
    reg.addRun({
      id: 102,
      headSha: 'e'.repeat(40),
      event: 'pull_request',
      headBranch: 'feature',
      headRepositoryId: 77,
      pullRequests: []
    })
    reg.addRun({
      id: 103,
      headSha: 'f'.repeat(40),
      event: 'pull_request',
      headBranch: 'x',
      pullRequests: [{ number: 3, headSha: 'f'.repeat(40), baseRef: 'main' }]
    })
    reg.addRun({ id: 999, headSha: SHA, repositoryId: 5 })
    for (let i = 0; i < 5; i++) reg.artifacts.set(200 + i, artifact(200 + i, 101, 'coverage'))
    reg.artifacts.set(210, artifact(210, 102, 'fragment'))
    reg.artifacts.set(211, artifact(211, 102, 'old', true))
    reg.artifacts.set(212, artifact(212, 999, 'coverage'))
    reg.signedDownloadUrl = a => `http://127.0.0.1:1/devstoreaccount1/${a.container}/${a.blob}?sig=x`
  })

  it('lists runs with filters and pagination and gets one run', async () => {
    const all = await conform('GET', `${R}/actions/runs`, '/repos/acme/widgets/actions/runs?per_page=2', 200)
    expect(all.body).toMatchObject({ total_count: 3 })
    expect((all.body as { workflow_runs: { id: number }[] }).workflow_runs.map(r => r.id)).toEqual([103, 102])
    expect(all.headers.get('link')).toContain('rel="next"')
    const filtered = await call(
      'GET',
      `/repos/acme/widgets/actions/runs?head_sha=${SHA}&event=push&branch=main&status=success`
    )
    expect((filtered.body as { workflow_runs: { id: number }[] }).workflow_runs.map(r => r.id)).toEqual([101])
    const fork = await conform(
      'GET',
      `${R}/actions/runs/{run_id}`,
      '/repos/acme/widgets/actions/runs/102',
      200
    )
    expect(fork.body).toMatchObject({
      event: 'pull_request',
      head_sha: 'e'.repeat(40),
      pull_requests: [],
      head_repository: { id: 77 },
      repository: { id: 1 }
    })
    const pr = await conform('GET', `${R}/actions/runs/{run_id}`, '/repos/acme/widgets/actions/runs/103', 200)
    expect(pr.body).toMatchObject({ pull_requests: [{ number: 3 }] })
    expect((await call('GET', '/repos/acme/widgets/actions/runs/999')).status).toBe(404)
  })

  it('lists artifacts newest first with total_count, by run and by name, including expired ones', async () => {
    const byName = await conform(
      'GET',
      `${R}/actions/artifacts`,
      '/repos/acme/widgets/actions/artifacts?name=coverage&per_page=2',
      200
    )
    expect(byName.body).toMatchObject({ total_count: 5 })
    expect((byName.body as { artifacts: { id: number }[] }).artifacts.map(a => a.id)).toEqual([204, 203])
    expect(byName.headers.get('link')).toContain('page=3>; rel="last"')
    const run = await conform(
      'GET',
      `${R}/actions/runs/{run_id}/artifacts`,
      '/repos/acme/widgets/actions/runs/102/artifacts',
      200
    )
    expect((run.body as { artifacts: { name: string; expired: boolean }[] }).artifacts).toEqual([
      expect.objectContaining({ name: 'old', expired: true }),
      expect.objectContaining({ name: 'fragment', expired: false })
    ])
    const named = await call('GET', '/repos/acme/widgets/actions/runs/102/artifacts?name=fragment')
    expect(named.body).toMatchObject({ total_count: 1 })
    const one = await conform(
      'GET',
      `${R}/actions/artifacts/{artifact_id}`,
      '/repos/acme/widgets/actions/artifacts/210',
      200
    )
    expect(one.body).toMatchObject({ workflow_run: { id: 102, head_repository_id: 77, repository_id: 1 } })
    expect((await call('GET', '/repos/acme/widgets/actions/artifacts/212')).status).toBe(404)
  })

  it('redirects a zip download to the signed blob URL and answers 410 once expired', async () => {
    const res = await call('GET', '/repos/acme/widgets/actions/artifacts/210/zip')
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('http://127.0.0.1:1/devstoreaccount1/c/b210?sig=x')
    const gone = await call('GET', '/repos/acme/widgets/actions/artifacts/211/zip')
    expect(gone.status).toBe(410)
  })
})

describe('git data', () => {
  it('computes the same blob, tree and commit ids as git', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qg-emu-git-'))
    tmp.push(dir)
    const git = (args: string[], input?: string | Buffer, env: Record<string, string> = {}): string =>
      execFileSync('git', args, { cwd: dir, input, env: { ...process.env, ...env } })
        .toString()
        .trim()
    git(['init', '-q'])

    const blob = await conform('POST', `${R}/git/blobs`, '/repos/acme/widgets/git/blobs', 201, {
      content: 'hello\n'
    })
    const blobSha = (blob.body as { sha: string }).sha
    expect(blobSha).toBe(git(['hash-object', '-w', '--stdin'], 'hello\n'))
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255])
    const bin = await call('POST', '/repos/acme/widgets/git/blobs', {
      content: png.toString('base64'),
      encoding: 'base64'
    })
    const binSha = (bin.body as { sha: string }).sha
    expect(binSha).toBe(gitHash('blob', png))
    const read = await conform(
      'GET',
      `${R}/git/blobs/{file_sha}`,
      `/repos/acme/widgets/git/blobs/${binSha}`,
      200
    )
    expect(Buffer.from((read.body as { content: string }).content, 'base64')).toEqual(png)

    const tree = await conform('POST', `${R}/git/trees`, '/repos/acme/widgets/git/trees', 201, {
      tree: [
        { path: 'b.txt', mode: '100644', type: 'blob', sha: blobSha },
        { path: 'a/img.png', mode: '100644', type: 'blob', sha: binSha }
      ]
    })
    const treeSha = (tree.body as { sha: string }).sha
    git(['hash-object', '-w', '--stdin'], png)
    const sub = git(['mktree'], `100644 blob ${binSha}\timg.png\n`)
    expect(treeSha).toBe(git(['mktree'], `040000 tree ${sub}\ta\n100644 blob ${blobSha}\tb.txt\n`))

    const env = {
      GIT_AUTHOR_NAME: 'Bot',
      GIT_AUTHOR_EMAIL: 'bot@example.com',
      GIT_AUTHOR_DATE: '2026-01-02T03:04:05Z',
      GIT_COMMITTER_NAME: 'Bot',
      GIT_COMMITTER_EMAIL: 'bot@example.com',
      GIT_COMMITTER_DATE: '2026-01-02T03:04:05Z',
      TZ: 'UTC'
    }
    const sig = { name: 'Bot', email: 'bot@example.com', date: '2026-01-02T03:04:05Z' }
    const commit = await conform('POST', `${R}/git/commits`, '/repos/acme/widgets/git/commits', 201, {
      message: 'assets\n',
      tree: treeSha,
      author: sig,
      committer: sig
    })
    const commitSha = (commit.body as { sha: string }).sha
    expect(commitSha).toBe(git(['commit-tree', treeSha], 'assets\n', env))
    await conform('GET', `${R}/git/commits/{commit_sha}`, `/repos/acme/widgets/git/commits/${commitSha}`, 200)

    // base_tree keeps what is there and replaces/deletes by path
    const next = await call('POST', '/repos/acme/widgets/git/trees', {
      base_tree: treeSha,
      tree: [
        { path: 'b.txt', mode: '100644', type: 'blob', sha: null },
        { path: 'c.txt', mode: '100644', type: 'blob', content: 'new' }
      ]
    })
    const listed = await conform(
      'GET',
      `${R}/git/trees/{tree_sha}`,
      `/repos/acme/widgets/git/trees/${(next.body as { sha: string }).sha}?recursive=1`,
      200
    )
    expect((listed.body as { tree: { path: string }[] }).tree.map(e => e.path).sort()).toEqual([
      'a',
      'a/img.png',
      'c.txt'
    ])
    const child = await call('POST', '/repos/acme/widgets/git/commits', {
      message: 'more',
      tree: (next.body as { sha: string }).sha,
      parents: [commitSha]
    })
    const childSha = (child.body as { sha: string }).sha
    expect(child.body).toMatchObject({
      parents: [{ sha: commitSha }],
      author: { name: 'github-actions[bot]' }
    })

    // refs: create, read, fast-forward, refuse a non-fast-forward unless forced
    await conform('POST', `${R}/git/refs`, '/repos/acme/widgets/git/refs', 201, {
      ref: 'refs/heads/assets',
      sha: commitSha
    })
    expect(
      (await call('POST', '/repos/acme/widgets/git/refs', { ref: 'refs/heads/assets', sha: commitSha }))
        .status
    ).toBe(422)
    const ref = await conform('GET', `${R}/git/ref/{ref}`, '/repos/acme/widgets/git/ref/heads/assets', 200)
    expect(ref.body).toMatchObject({ ref: 'refs/heads/assets', object: { sha: commitSha, type: 'commit' } })
    await conform('PATCH', `${R}/git/refs/{ref}`, '/repos/acme/widgets/git/refs/heads/assets', 200, {
      sha: childSha
    })
    const back = await call('PATCH', '/repos/acme/widgets/git/refs/heads/assets', { sha: commitSha })
    expect(back.status).toBe(422)
    expect(JSON.stringify(back.body)).toContain('Update is not a fast forward')
    expect(
      (await call('PATCH', '/repos/acme/widgets/git/refs/heads/assets', { sha: commitSha, force: true }))
        .status
    ).toBe(200)
    expect(gh.state.git.refs.get('refs/heads/assets')).toBe(commitSha)
    const matching = await conform(
      'GET',
      `${R}/git/matching-refs/{ref}`,
      '/repos/acme/widgets/git/matching-refs/heads/as',
      200
    )
    expect((matching.body as unknown[]).length).toBe(1)
    const legacy = await call('GET', '/repos/acme/widgets/git/refs/heads/assets')
    expect(legacy.body).toMatchObject({ ref: 'refs/heads/assets', object: { sha: commitSha } })
    const prefix = await call('GET', '/repos/acme/widgets/git/refs/heads')
    expect(prefix.body).toEqual([expect.objectContaining({ ref: 'refs/heads/assets' })])
    expect((await call('DELETE', '/repos/acme/widgets/git/refs/heads/assets')).status).toBe(204)
    expect((await call('GET', '/repos/acme/widgets/git/refs/heads/assets')).status).toBe(404)
    expect((await call('GET', '/repos/acme/widgets/git/ref/heads/missing')).status).toBe(404)
    expect(
      (await call('POST', '/repos/acme/widgets/git/commits', { message: 'x', tree: 'f'.repeat(40) })).status
    ).toBe(422)
  })
})

describe('fault injection and races', () => {
  it('fails the next matching request with 500/502, then recovers', async () => {
    gh.inject({ kind: 500, method: 'GET', path: /\/pulls\/2$/ })
    gh.inject({ kind: 502, path: /\/pulls\/2$/ })
    expect((await call('GET', '/repos/acme/widgets/pulls/2')).status).toBe(500)
    expect((await call('GET', '/repos/acme/widgets/pulls/2')).status).toBe(502)
    expect((await call('GET', '/repos/acme/widgets/pulls/2')).status).toBe(200)
    expect(gh.requests.filter(r => r.path === '/repos/acme/widgets/pulls/2').map(r => r.status)).toEqual([
      500, 502, 200
    ])
  })

  it('504 applies the write before failing (a gateway timeout), 503 does not', async () => {
    gh.inject({ kind: 504, method: 'POST' })
    expect((await call('POST', '/repos/acme/widgets/issues/12/comments', { body: 'a' })).status).toBe(504)
    gh.inject({ kind: 503, method: 'POST' })
    expect((await call('POST', '/repos/acme/widgets/issues/12/comments', { body: 'b' })).status).toBe(503)
    expect(gh.state.comments.get(12)?.map(c => c.body)).toEqual(['a'])
  })

  it('primary and secondary rate limits carry the headers and message GitHub sends', async () => {
    gh.inject({ kind: 'rate-limit', times: 1, retryAfter: 30 })
    const primary = await call('GET', '/repos/acme/widgets')
    expect(primary.status).toBe(403)
    expect(primary.headers.get('x-ratelimit-remaining')).toBe('0')
    const reset = Number(primary.headers.get('x-ratelimit-reset'))
    expect(reset).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) + 29)
    gh.inject({ kind: 'secondary-rate-limit', retryAfter: 7 })
    const secondary = await call('POST', '/repos/acme/widgets/issues/9/comments', { body: 'x' })
    expect(secondary.status).toBe(403)
    expect(secondary.headers.get('retry-after')).toBe('7')
    expect((secondary.body as { message: string }).message).toMatch(
      /^You have exceeded a secondary rate limit/
    )
    expect(gh.state.comments.get(9)).toBeUndefined()
  })

  it('rate limits as 429, an exact reset, a secondary limit without retry-after, and a real 403', async () => {
    gh.inject({ kind: 'rate-limit', status: 429, resetAt: 1_900_000_000, method: 'PATCH' })
    const primary = await call('PATCH', '/repos/acme/widgets/issues/comments/1', { body: 'x' })
    expect(primary.status).toBe(429)
    expect(primary.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(primary.headers.get('x-ratelimit-reset')).toBe('1900000000')
    expect((primary.body as { message: string }).message).toMatch(/^API rate limit exceeded/)
    gh.inject({ kind: 'secondary-rate-limit', omitRetryAfter: true, method: 'POST' })
    const secondary = await call('POST', '/repos/acme/widgets/issues/9/comments', { body: 'x' })
    expect(secondary.status).toBe(403)
    expect(secondary.headers.get('retry-after')).toBeNull()
    expect(secondary.headers.get('x-ratelimit-remaining')).not.toBe('0')
    expect((secondary.body as { message: string }).message).toMatch(/secondary rate limit/)
    gh.inject({ kind: 'forbidden', method: 'POST', path: /\/statuses\// })
    const statusesBefore = gh.state.statuses.length
    const forbidden = await call('POST', `/repos/acme/widgets/statuses/${'a'.repeat(40)}`, {
      state: 'success'
    })
    expect(forbidden.status).toBe(403)
    expect(forbidden.body).toMatchObject({ message: 'Resource not accessible by integration' })
    // a refusal carries the ordinary rate-limit headers, with quota left: it is not a rate limit
    expect(Number(forbidden.headers.get('x-ratelimit-remaining'))).toBeGreaterThan(0)
    expect(forbidden.headers.get('retry-after')).toBeNull()
    expect(gh.state.comments.get(9)).toBeUndefined()
    expect(gh.state.statuses.length).toBe(statusesBefore)
  })

  it("'timeout' applies the request but holds the response", async () => {
    gh.inject({ kind: 'timeout', delayMs: 300, path: /issues\/10\/comments/ })
    const started = Date.now()
    const res = await call('POST', '/repos/acme/widgets/issues/10/comments', { body: 'slow' })
    expect(res.status).toBe(201)
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
    expect(gh.state.comments.get(10)?.length).toBe(1)
  })

  it('raceDelay interleaves concurrent writers; each write is applied exactly once', async () => {
    gh.raceDelay(30)
    const bodies = Array.from({ length: 12 }, (_, i) => `w${i}`)
    const results = await Promise.all(
      bodies.map(body => call('POST', '/repos/acme/widgets/issues/11/comments', { body }))
    )
    gh.raceDelay(0)
    expect(results.every(r => r.status === 201)).toBe(true)
    const stored = gh.state.comments.get(11) ?? []
    expect(stored.map(c => c.body).sort()).toEqual([...bodies].sort())
    expect(new Set(stored.map(c => c.id)).size).toBe(12)
  })

  it('close() returns promptly even with a held response', async () => {
    const other = await GitHubEmulator.start()
    other.inject({ kind: 'timeout', delayMs: 20_000 })
    const pending = fetch(`${other.url}/repos/acme/widgets`, {
      headers: { authorization: 'token ghs_test' }
    }).catch((e: Error) => e)
    await new Promise(r => setTimeout(r, 50))
    const started = Date.now()
    await other.close()
    expect(Date.now() - started).toBeLessThan(2000)
    expect(String(await pending)).toMatch(/fetch failed|terminated|socket/i)
  })
})
