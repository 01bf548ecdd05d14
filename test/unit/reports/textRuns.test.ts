import { describe, expect, it } from 'vitest'

import { textRuns } from '../../../src/evaluation/reports/summary/textRuns'

describe('textRuns (how the PDF summary draws a line)', () => {
  it('keeps a Latin line in one run of the Latin font', () => {
    expect(textRuns('Scores rose from 52 % to 74 %, +21 points.')).toEqual([
      { font: 'latin', text: 'Scores rose from 52 % to 74 %, +21 points.' },
    ])
  })

  it('gives each script its font, and leaves shared characters with their neighbours', () => {
    expect(textRuns('Nepal नेपाल, Bangladesh বাংলা').map((run) => run.font)).toEqual([
      'latin',
      'devanagari',
      'latin',
      'bengali',
    ])
  })

  it('orders an Arabic title right to left: Latin and numbers keep their own order', () => {
    // Base direction right to left (the first letter is Arabic): drawn left to right, the
    // Latin run comes first, then the Arabic words, which the shaper reverses itself.
    expect(textRuns('حملة التوعية 2026 Aware')).toEqual([
      { font: 'latin', text: 'Aware' },
      { font: 'latin', text: ' ' },
      { font: 'latin', text: '2026' },
      { font: 'arabic', text: 'حملة التوعية ' },
    ])
  })

  it('places Arabic words inside a Latin line where the bidirectional algorithm puts them', () => {
    const runs = textRuns('Campaign حملة التوعية for tourists')
    expect(runs.map((run) => run.text)).toEqual(['Campaign ', 'حملة التوعية', ' for tourists'])
    expect(runs[1].font).toBe('arabic')
  })

  it('mirrors brackets in right-to-left runs, so "(2026)" still reads (2026)', () => {
    // Drawn left to right: "(" (the closing bracket, mirrored), the year, then the Arabic run,
    // whose opening bracket is mirrored here and put at its left end by the shaper's reversal.
    expect(textRuns('حملة (2026)')).toEqual([
      { font: 'latin', text: '(' },
      { font: 'latin', text: '2026' },
      { font: 'arabic', text: 'حملة )' },
    ])
  })
})
