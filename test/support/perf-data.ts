/** Deterministic data for the perf tests: a small seeded PRNG (mulberry32) and k6 NDJSON line builders. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function metricLine(name: string, type = 'trend'): string {
  return JSON.stringify({
    type: 'Metric',
    data: { name, type, contains: 'time', thresholds: [], submetrics: null },
    metric: name
  })
}

export function pointLine(
  metric: string,
  value: number,
  tags: Record<string, string> | null,
  keyOrder: 'metric-first' | 'type-first' = 'metric-first'
): string {
  const data = { time: '2026-01-01T00:00:00.000000000Z', value, tags }
  return keyOrder === 'metric-first'
    ? JSON.stringify({ metric, type: 'Point', data })
    : JSON.stringify({ type: 'Point', data, metric })
}
