import type { Page } from 'playwright-core'

import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { expect } from 'vitest'

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

/** The embedded widget (Playwright's locators pierce its open shadow root). */
export const widgetOf = (page: Page) => page.locator('[data-aware-campaign]')

/** Answers every question of the open check, by keyboard only: Tab to a group, arrows to a choice. */
export const answerByKeyboard = async (page: Page, choiceFor: (item: string) => string) => {
  const fieldsets = widgetOf(page).locator('fieldset')
  const count = await fieldsets.count()
  for (let index = 0; index < count; index += 1) {
    const fieldset = fieldsets.nth(index)
    const item = (await fieldset.getAttribute('data-item')) as string
    const values = await fieldset
      .locator('input')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
    await fieldset.locator('input').first().focus()
    await page.keyboard.press('Space')
    for (let step = 0; step < values.indexOf(choiceFor(item)); step += 1) {
      await page.keyboard.press('ArrowDown')
    }
  }
}

/** Answers every question with the mouse. */
export const answerByPointer = async (page: Page, choiceFor: (item: string) => string) => {
  const fieldsets = widgetOf(page).locator('fieldset')
  const count = await fieldsets.count()
  for (let index = 0; index < count; index += 1) {
    const fieldset = fieldsets.nth(index)
    const item = (await fieldset.getAttribute('data-item')) as string
    await fieldset.locator(`input[value="${choiceFor(item)}"]`).check()
  }
}

export type AxeViolation = { help: string; id: string; impact: null | string; nodes: unknown[] }

/** Runs axe-core (injected from the package) on the whole page, widget shadow root included. */
export const seriousAxeViolations = async (page: Page): Promise<AxeViolation[]> => {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource })
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> }
      }
    ).axe
    return (await axe.run(document)).violations
  })
  return violations.filter((violation) => ['critical', 'serious'].includes(violation.impact ?? ''))
}

/**
 * Answers a check laid out one question per screen: on each screen exactly one question shows,
 * its progress reads `progress(i, n)`, focus is on it once past the first, and `next` moves on;
 * the last question is answered and left for the caller to send.
 */
export const answerOnePerScreen = async (
  page: Page,
  choiceFor: (item: string) => string,
  { next, progress }: { next: string; progress: (i: number, n: number) => string },
) => {
  const widget = widgetOf(page)
  const total = await widget.locator('fieldset').count()
  for (let index = 0; index < total; index += 1) {
    const shown = widget.locator('fieldset:visible')
    expect(await shown.count()).toBe(1)
    expect(await shown.locator('.aw-count').textContent()).toBe(progress(index + 1, total))
    if (index > 0) {
      expect(await widget.evaluate((host) => host.shadowRoot?.activeElement?.tagName ?? null)).toBe(
        'LEGEND',
      )
    }
    const item = (await shown.getAttribute('data-item')) as string
    await shown.locator(`input[value="${choiceFor(item)}"]`).check()
    if (index < total - 1) await widget.getByRole('button', { name: next, exact: true }).click()
  }
}
