import { openSync } from 'fontkit'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/**
 * The fonts the PDF embeds (subsets of the glyphs used), all Noto, under the SIL Open Font
 * License: Latin, Greek and Cyrillic; Arabic script (Arabic, Urdu in Naskh style, not Nastaliq);
 * Devanagari (Hindi, Nepali); Bengali; Myanmar (Unicode Burmese). Other scripts (Chinese, Thai…)
 * would print as empty boxes.
 */
export const pdfFonts = {
  arabic: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
  bengali: '@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-400-normal.woff',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  devanagari:
    '@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf',
  latin: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  myanmar: '@fontsource/noto-sans-myanmar/files/noto-sans-myanmar-myanmar-400-normal.woff',
} as const

export type PdfFont = keyof typeof pdfFonts

/** Each font's file on this machine (resolved through node_modules, wherever it is installed). */
export const pdfFontFiles = Object.fromEntries(
  Object.entries(pdfFonts).map(([name, file]) => [name, require.resolve(file)]),
) as Record<PdfFont, string>

const faces = new Map<PdfFont, ReturnType<typeof openSync>>()

/** Whether a font has a glyph for a character (fonts opened once, on first use). */
export const fontHas = (font: PdfFont, codePoint: number): boolean => {
  let face = faces.get(font)
  if (face === undefined) {
    face = openSync(pdfFontFiles[font])
    faces.set(font, face)
  }
  return face.hasGlyphForCodePoint(codePoint)
}
