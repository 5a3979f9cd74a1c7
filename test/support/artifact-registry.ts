/**
 * The state GitHub's two artifact faces share: the Twirp ArtifactService a run uploads through
 * (artifact-backend.ts) and the REST API other runs list and download through (github-emulator.ts).
 * An artifact uploaded by "run A" is therefore listed and downloadable by "run B", as on GitHub.
 * Blob bytes live in Azurite; this registry only knows where (container + blob name).
 */

export interface WorkflowRunRecord {
  id: number
  /** Backend id used in the runtime token scope `Actions.Results:<backendId>:<jobBackendId>`. */
  backendId: string
  name: string
  event: string
  headSha: string
  headBranch: string
  /** Repository the run's head came from; differs from repositoryId for a fork's pull_request run. */
  headRepositoryId: number
  repositoryId: number
  status: 'queued' | 'in_progress' | 'completed'
  conclusion: 'success' | 'failure' | 'cancelled' | null
  createdAt: string
  pullRequests: { number: number; headSha: string; baseRef: string }[]
}

export interface StoredArtifact {
  id: number
  name: string
  runId: number
  size: number
  /** "sha256:<hex>" as FinalizeArtifact sent it. */
  digest?: string
  createdAt: string
  expiresAt: string
  expired: boolean
  finalized: boolean
  container: string
  blob: string
}

export class ArtifactRegistry {
  readonly runs = new Map<number, WorkflowRunRecord>()
  readonly artifacts = new Map<number, StoredArtifact>()
  private lastId = 1000
  /**
   * Turns a stored artifact into a short-lived signed URL for its blob (set by the artifact backend,
   * which knows the blob store). The REST `…/artifacts/{id}/zip` endpoint answers 302 to it.
   */
  signedDownloadUrl: (artifact: StoredArtifact) => string = () => {
    throw new Error('no blob store attached to the artifact registry')
  }

  nextId(): number {
    return ++this.lastId
  }

  /**
   * List an artifact of `runId` as finalized and unexpired (what a test plants without uploading; its bytes are
   * the test's to serve). Returns the new artifact id.
   */
  addListed(a: { name: string; runId: number; size: number }): number {
    const id = this.nextId()
    this.artifacts.set(id, {
      id,
      name: a.name,
      runId: a.runId,
      size: a.size,
      createdAt: new Date().toISOString(),
      expiresAt: '2099-01-01T00:00:00Z',
      expired: false,
      finalized: true,
      container: 'c',
      blob: `b${id}`
    })
    return id
  }

  addRun(run: Partial<WorkflowRunRecord> & { headSha: string }): WorkflowRunRecord {
    const id = run.id ?? this.nextId()
    const record: WorkflowRunRecord = {
      id,
      backendId: run.backendId ?? `run-${id}`,
      name: run.name ?? 'CI',
      event: run.event ?? 'push',
      headSha: run.headSha,
      headBranch: run.headBranch ?? 'main',
      headRepositoryId: run.headRepositoryId ?? run.repositoryId ?? 1,
      repositoryId: run.repositoryId ?? 1,
      status: run.status ?? 'completed',
      conclusion: run.conclusion === undefined ? 'success' : run.conclusion,
      createdAt: run.createdAt ?? new Date().toISOString(),
      pullRequests: run.pullRequests ?? []
    }
    this.runs.set(id, record)
    return record
  }

  runByBackendId(backendId: string): WorkflowRunRecord | undefined {
    for (const run of this.runs.values()) if (run.backendId === backendId) return run
    return undefined
  }

  /** Finalized artifacts, newest first, optionally filtered. */
  list(filter: { runId?: number; name?: string; id?: number } = {}): StoredArtifact[] {
    return [...this.artifacts.values()]
      .filter(a => a.finalized)
      .filter(a => filter.runId === undefined || a.runId === filter.runId)
      .filter(a => filter.name === undefined || a.name === filter.name)
      .filter(a => filter.id === undefined || a.id === filter.id)
      .sort((a, b) => b.id - a.id)
  }
}
