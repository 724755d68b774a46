// What scripts/lighthouse.mjs prints and reports of each run and page.
const score = (category) => Math.round((category?.score ?? 0) * 100)

/** The figures of one Lighthouse run, plus the audits that cost points in the gated categories. */
export function summarize(lhr) {
  const audit = (id) => lhr.audits[id]
  const value = (id) => audit(id)?.numericValue ?? Number.NaN
  const lost = ['accessibility', 'best-practices']
    .flatMap((id) => lhr.categories[id].auditRefs.filter((ref) => ref.weight > 0))
    .filter((ref) => audit(ref.id).score !== null && audit(ref.id).score < 1)
    .map((ref) => ref.id)
  const opportunities = Object.values(lhr.audits)
    .filter((a) => a.details?.type === 'opportunity' && (a.details.overallSavingsMs ?? 0) > 0)
    .map((a) => `${a.id} (${Math.round(a.details.overallSavingsMs)} ms)`)
  return {
    performance: score(lhr.categories.performance),
    accessibility: score(lhr.categories.accessibility),
    bestPractices: score(lhr.categories['best-practices']),
    fcpMs: Math.round(value('first-contentful-paint')),
    lcpMs: Math.round(value('largest-contentful-paint')),
    siMs: Math.round(value('speed-index')),
    tbtMs: Math.round(value('total-blocking-time')),
    cls: Number(value('cumulative-layout-shift').toFixed(3)),
    requests: audit('diagnostics').details?.items?.[0]?.numRequests ?? null,
    lostAudits: lost,
    opportunities,
    runtimeError: lhr.runtimeError?.code ?? null,
    // A performance score of 0 with no runtime error means a metric could not be computed.
    metricErrors: [
      'first-contentful-paint',
      'largest-contentful-paint',
      'speed-index',
      'total-blocking-time',
      'cumulative-layout-shift',
    ]
      .filter((id) => audit(id)?.errorMessage)
      .map((id) => `${id}: ${audit(id).errorMessage}`),
    warnings: lhr.runWarnings ?? [],
  }
}

/** The run in the middle when ordered by performance score. */
export function median(runs) {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance)
  return sorted[Math.floor(sorted.length / 2)]
}

export function table(rows) {
  const header = [
    'page',
    'perf',
    'a11y',
    'best pr.',
    'LCP ms',
    'TBT ms',
    'CLS',
    'requests',
    'status',
  ]
  const body = rows.map((r) => [
    r.page,
    r.performance,
    r.accessibility,
    r.bestPractices,
    r.lcpMs,
    r.tbtMs,
    r.cls,
    r.requests ?? '-',
    r.passed ? 'ok' : 'BELOW',
  ])
  const all = [header, ...body]
  const widths = header.map((_, i) => Math.max(...all.map((row) => String(row[i]).length)))
  return all
    .map((row) =>
      row
        .map((cell, i) =>
          i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]),
        )
        .join('  '),
    )
    .join('\n')
}
