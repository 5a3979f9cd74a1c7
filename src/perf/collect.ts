/**
 * Keeps the samples of one run per endpoint, within the caps: growable Float64Arrays (8 bytes a sample),
 * so memory follows the samples kept, never the size of the file they came from.
 */
import { UserError } from '../shared/errors.js'
import { endpointId, type EndpointKey, type EndpointRun, type Limits, type Percentiles } from './model.js'

interface Series {
  key: EndpointKey
  values: Float64Array
  n: number
  sum: number
}

const INITIAL_CAPACITY = 64

export class SampleCollector {
  private readonly series = new Map<string, Series>()
  private total = 0
  private readonly precomputed = new Map<string, EndpointRun>()

  constructor(
    private readonly source: string,
    private readonly limits: Limits
  ) {}

  get samples(): number {
    return this.total
  }

  get endpointCount(): number {
    return this.series.size + this.precomputed.size
  }

  /** The series for a key, created on first use (the endpoint cap is checked here). */
  seriesFor(id: string, key: () => EndpointKey): Series {
    let s = this.series.get(id)
    if (s === undefined) {
      this.checkEndpointCap()
      s = { key: key(), values: new Float64Array(INITIAL_CAPACITY), n: 0, sum: 0 }
      this.series.set(id, s)
    }
    return s
  }

  add(key: EndpointKey, value: number): void {
    this.push(
      this.seriesFor(endpointId(key), () => key),
      value
    )
  }

  push(s: Series, value: number): void {
    if (this.total >= this.limits.maxSamples) {
      throw new UserError(
        `${this.source}: more than ${this.limits.maxSamples} samples of the chosen metric; the cap keeps memory bounded (raise it, or give fewer/shorter runs)`
      )
    }
    if (s.n === s.values.length) {
      const grown = new Float64Array(s.values.length * 2)
      grown.set(s.values)
      s.values = grown
    }
    // +0 turns a -0 into 0: a latency has no sign, and -0 would sort before 0 and print as "-0".
    s.values[s.n++] = value + 0
    s.sum += value
    this.total++
  }

  addPrecomputed(key: EndpointKey, percentiles: Percentiles, count: number | null): void {
    const id = endpointId(key)
    if (this.precomputed.has(id) || this.series.has(id)) {
      throw new UserError(`${this.source}: endpoint "${key.name}" appears twice`)
    }
    this.checkEndpointCap()
    this.precomputed.set(id, { key, count, samples: null, sum: null, precomputed: percentiles })
  }

  private checkEndpointCap(): void {
    if (this.endpointCount >= this.limits.maxEndpoints) {
      throw new UserError(
        `${this.source}: more than ${this.limits.maxEndpoints} endpoints; k6 names a request by its URL unless the script sets tags: { name } (or uses http.url\`…\`), so dynamic URLs make one endpoint each`
      )
    }
  }

  /** The endpoints, samples trimmed and sorted ascending. */
  finish(): Map<string, EndpointRun> {
    const out = new Map<string, EndpointRun>()
    for (const [id, s] of this.series) {
      const samples = s.values.slice(0, s.n).sort()
      out.set(id, { key: s.key, count: s.n, samples, sum: s.sum, precomputed: null })
    }
    for (const [id, e] of this.precomputed) out.set(id, e)
    return out
  }
}
