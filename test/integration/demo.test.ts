import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { bundleDir, repoRoot } from '../support/runner.js'

const CHROMIUM = '/usr/bin/chromium'

describe('npm run demo', () => {
  let out: string
  let stdout: string

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'qg-demo-test-'))
    const r = spawnSync(
      process.execPath,
      [join(repoRoot, 'scripts', 'demo.mjs'), '--out', out, '--dist', bundleDir],
      {
        cwd: repoRoot,
        encoding: 'utf8',
        timeout: 120_000
      }
    )
    if (r.status !== 0) throw new Error(`demo failed (${r.status}): ${r.stderr}`)
    stdout = r.stdout
  }, 150_000)

  afterAll(() => rmSync(out, { recursive: true, force: true }))

  it('prints the comment with the coverage section and writes the three files', () => {
    const comment = readFileSync(join(out, 'comment.md'), 'utf8')
    expect(stdout).toContain(comment.trim().split('\n')[0])
    expect(comment).toMatch(/<!-- pr-report:v1/)
    expect(comment).toMatch(/coverage/i)
    expect(comment.length).toBeLessThanOrEqual(65536)
    // --exclude 'test/**': the changed test file is neither counted nor listed as lacking coverage data
    expect(comment).not.toMatch(/no coverage data: .*test\/coupon\.test\.js/)
    expect(comment).toMatch(/src\/coupon\.js/)
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toMatch(/coverage/i)
    expect(existsSync(join(out, 'report.html'))).toBe(true)
  })

  it('renders report.html in real Chromium: sections open and close, charts are drawn', async () => {
    if (!existsSync(CHROMIUM)) {
      console.log(`skipped: ${CHROMIUM} is not installed (apt-get install chromium)`)
      return
    }
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run'
      ]
    })
    try {
      const page = await browser.newPage()
      await page.goto(pathToFileURL(join(out, 'report.html')).href)
      await page.waitForSelector('body[data-rendered]', { timeout: 30_000 })
      expect(await page.getAttribute('body', 'data-rendered')).toBe('true')
      const details = page.locator('details')
      expect(await details.count()).toBeGreaterThan(0)
      const summary = details.first().locator(':scope > summary')
      const wasOpen = await details.first().evaluate(d => (d as unknown as { open: boolean }).open)
      await summary.click()
      expect(await details.first().evaluate(d => (d as unknown as { open: boolean }).open)).toBe(!wasOpen)
      expect(await page.locator('table').count()).toBeGreaterThan(0)
      const charts = page.locator('.mermaid')
      const chartCount = await charts.count()
      expect(chartCount).toBeGreaterThan(0)
      expect(await page.locator('.mermaid svg').count()).toBe(chartCount)
      expect(await page.textContent('body')).toMatch(/coverage/i)
    } finally {
      await browser.close()
    }
  }, 60_000)
})
