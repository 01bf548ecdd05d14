import bidiFactory from 'bidi-js'

import type { PdfFont } from './pdfFonts'

import { fontHas } from './pdfFonts'

const bidi = bidiFactory()

const scriptFonts: [RegExp, PdfFont][] = [
  [/\p{Script=Arabic}/u, 'arabic'],
  [/\p{Script=Devanagari}/u, 'devanagari'],
  [/\p{Script=Bengali}/u, 'bengali'],
  [/\p{Script=Myanmar}/u, 'myanmar'],
]

const RIGHT_TO_LEFT_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}]/u

/** A piece of a line in one font and one direction, in the order it is drawn (left to right). */
export type TextRun = { font: PdfFont; text: string }

type LogicalRun = { font: null | PdfFont; level: number; text: string }

/** A script's own font; null for characters every script shares (spaces, digits, punctuation). */
const scriptFontOf = (character: string): null | PdfFont =>
  scriptFonts.find(([script]) => script.test(character))?.[1] ??
  (/\p{L}/u.test(character) ? 'latin' : null)

/**
 * Reorders runs as rule L2 of the Unicode bidirectional algorithm says: from the highest level
 * down to the lowest odd one, reverse every sequence of runs at that level or higher.
 */
const visualOrder = (runs: LogicalRun[]): LogicalRun[] => {
  const ordered = [...runs]
  const levels = ordered.map((run) => run.level)
  const highest = Math.max(0, ...levels)
  const lowestOdd = Math.min(...levels.filter((level) => level % 2 === 1), highest + 1)
  for (let level = highest; level >= lowestOdd; level--) {
    for (let start = 0; start < ordered.length; start++) {
      if (ordered[start].level < level) continue
      let end = start
      while (end + 1 < ordered.length && ordered[end + 1].level >= level) end++
      ordered.splice(start, end - start + 1, ...ordered.slice(start, end + 1).reverse())
      start = end
    }
  }
  return ordered
}

/**
 * One line of text as runs to draw left to right: split where the font or the direction changes
 * (directions from bidi-js, the Unicode bidirectional algorithm), ordered visually. Within a run
 * of Arabic letters the PDF library's shaper (fontkit) joins the letters and lays them out right
 * to left itself; other right-to-left runs (punctuation between Arabic words) are reversed and
 * mirrored here. Shared characters stay in their neighbours' font when it has them.
 */
export const textRuns = (text: string): TextRun[] => {
  const { levels } = bidi.getEmbeddingLevels(text)
  const runs: LogicalRun[] = []
  let index = 0
  for (const character of text) {
    const level = levels[index]
    index += character.length
    const own = scriptFontOf(character)
    const last = runs[runs.length - 1]
    const codePoint = character.codePointAt(0) ?? 0
    if (
      last !== undefined &&
      last.level === level &&
      (own === null
        ? last.font === null || fontHas(last.font, codePoint)
        : last.font === own ||
          (last.font === null &&
            [...last.text].every((shared) => fontHas(own, shared.codePointAt(0) ?? 0))))
    ) {
      last.text += character
      last.font ??= own
    } else {
      runs.push({ font: own, level, text: character })
    }
  }
  return visualOrder(runs).map(({ font, level, text: runText }) => {
    if (level % 2 === 0) return { font: font ?? 'latin', text: runText }
    // Right to left: brackets and the like mirrored; the shaper reverses runs of RTL letters.
    const mirrored = [...runText].map(
      (character) => bidi.getMirroredCharacter(character) ?? character,
    )
    return {
      font: font ?? 'latin',
      text: (RIGHT_TO_LEFT_LETTER.test(runText) ? mirrored : mirrored.reverse()).join(''),
    }
  })
}
