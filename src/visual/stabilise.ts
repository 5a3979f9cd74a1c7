/**
 * Makes a page hold still before its screenshot, then proves it did: two consecutive identical screenshots.
 *
 * Settling (each step bounded by the shot's deadline, a step that runs out is noted, not fatal):
 * - CSS: animations run zero seconds once (the end frame of a finite animation, the resting style of an
 *   infinite one), transitions off, text caret transparent, smooth scrolling off; the context also asks for
 *   `prefers-reduced-motion: reduce`, which well-behaved components honour for their JS animations;
 * - Web Animations left running (element.animate) are finished, infinite ones cancelled;
 * - network idle (no request for 500 ms), web fonts loaded (`document.fonts.ready`), every <img> decoded;
 * - a Storybook preview that is still preparing its story is waited for; one showing its error display is
 *   reported as an error, not screenshotted.
 * Then screenshots are taken until two consecutive ones are byte-identical (Chromium encodes the same pixels
 * to the same bytes), with growing pauses and a bounded number of attempts; a page that never repeats itself is
 * reported unstable with its last screenshot. Selector masks are painted over (a solid colour) in every attempt.
 */
import type { Locator, Page } from 'playwright-core'

export const STABILISE_CSS = `*, *::before, *::after {
  animation-duration: 0s !important;
  animation-delay: 0s !important;
  animation-iteration-count: 1 !important;
  transition-property: none !important;
  transition-duration: 0s !important;
  transition-delay: 0s !important;
  caret-color: transparent !important;
  scroll-behavior: auto !important;
}`

/** Pauses before each screenshot attempt after the first (ms); the last one repeats. */
const PAUSES_MS = [0, 100, 250, 500, 1000]

export interface SettleReport {
  /** Steps that ran out of time or failed (e.g. "network never idle"); the shot is still taken. */
  notes: string[]
  /** The page says it failed to render (Storybook's error display). */
  renderError?: string
}

export interface StableShot {
  png: Buffer
  stable: boolean
  /** Screenshots taken. */
  attempts: number
  /** Elements painted over by masks in the last attempt. */
  masked: number
}

function remaining(deadline: number): number {
  return Math.max(1, deadline - Date.now())
}

/**
 * Runs inside the page: fonts, images and Web Animations settled, each wait bounded by `budget` ms. It stays
 * a self-contained function (Playwright serialises it), written for a browser without DOM typings in scope.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
async function settleInPage(budget: number): Promise<string[]> {
  const g = globalThis as any
  const doc = g.document
  const notes: string[] = []
  const bounded = (work: Promise<unknown>, label: string): Promise<void> =>
    new Promise<void>(resolve => {
      const timer = setTimeout(() => {
        notes.push(`${label} not settled in time`)
        resolve()
      }, budget)
      work.then(
        () => {
          clearTimeout(timer)
          resolve()
        },
        () => {
          clearTimeout(timer)
          resolve()
        }
      )
    })
  if (doc.fonts?.ready) await bounded(doc.fonts.ready, 'fonts')
  const images = Array.from(doc.images ?? []) as any[]
  await bounded(
    Promise.all(images.map(img => (img.decode ? img.decode().catch(() => undefined) : undefined))),
    'images'
  )
  if (typeof doc.getAnimations === 'function') {
    for (const animation of doc.getAnimations()) {
      try {
        const end = animation.effect?.getComputedTiming?.().endTime
        if (typeof end === 'number' && Number.isFinite(end)) animation.finish()
        else animation.cancel()
      } catch {
        animation.cancel()
      }
    }
  }
  await new Promise(resolve => g.requestAnimationFrame(() => g.requestAnimationFrame(resolve)))
  return notes
}

/** The Storybook preview's state from its body classes: preparing, error, or ready (also for non-Storybook pages). */
function storybookStateInPage(): 'preparing' | 'error' | 'ready' {
  const body = (globalThis as any).document?.body
  if (!body) return 'preparing'
  const classes = body.classList
  if (classes.contains('sb-show-errordisplay')) return 'error'
  if (classes.contains('sb-show-preparing-story') || classes.contains('sb-show-preparing-docs'))
    return 'preparing'
  return 'ready'
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Settles a page already navigated to; never throws for a step that merely ran out of time. */
export async function settlePage(page: Page, deadline: number, storybook: boolean): Promise<SettleReport> {
  const notes: string[] = []
  await page.addStyleTag({ content: STABILISE_CSS })
  if (storybook) {
    try {
      await page.waitForFunction(storybookStateInPage, undefined, {
        timeout: Math.min(remaining(deadline), 30_000),
        polling: 50
      })
      // waitForFunction resolves on any truthy value: 'error' too.
      const state = await page.evaluate(storybookStateInPage)
      if (state === 'error') {
        const text = await page
          .evaluate(() => {
            // eslint-disable-next-line @typescript-eslint/no-explicit-any
            const el = (globalThis as any).document.querySelector('#error-message, .sb-errordisplay')
            return String(el?.textContent ?? '')
          })
          .catch(() => '')
        return {
          notes,
          renderError: `the story failed to render${text ? `: ${text.trim().slice(0, 200)}` : ''}`
        }
      }
    } catch {
      notes.push('story still preparing')
    }
  }
  try {
    await page.waitForLoadState('networkidle', { timeout: Math.min(remaining(deadline), 10_000) })
  } catch {
    notes.push('network never idle')
  }
  const budget = Math.min(remaining(deadline), 10_000)
  notes.push(...(await page.evaluate(settleInPage, budget)))
  return { notes }
}

export interface ShotOptions {
  deadline: number
  masks: readonly string[]
  maskColor: string
  maxAttempts: number
  fullPage: boolean
}

/** Screenshots until two consecutive ones are identical, at most `maxAttempts` (≥ 2) or until the deadline. */
export async function stableScreenshot(page: Page, options: ShotOptions): Promise<StableShot> {
  const maxAttempts = Math.max(2, Math.floor(options.maxAttempts))
  const locators: Locator[] = options.masks.map(selector => page.locator(selector))
  let previous: Buffer | undefined
  let masked = 0
  let taken = 0
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const pause = PAUSES_MS[Math.min(attempt - 1, PAUSES_MS.length - 1)] ?? 0
    if (previous && Date.now() + pause >= options.deadline) break
    if (pause > 0) await page.waitForTimeout(pause)
    masked = 0
    for (const locator of locators) masked += await locator.count()
    const png = await page.screenshot({
      animations: 'disabled',
      caret: 'hide',
      fullPage: options.fullPage,
      mask: locators,
      maskColor: options.maskColor,
      scale: 'device',
      timeout: remaining(options.deadline)
    })
    taken++
    if (previous?.equals(png)) return { png, stable: true, attempts: taken, masked }
    previous = png
  }
  if (!previous) throw new Error('no screenshot taken')
  return { png: previous, stable: false, attempts: taken, masked }
}
