// fontkit ships no types; the summary only asks a font which characters it has.
declare module 'fontkit' {
  export type Font = { hasGlyphForCodePoint(codePoint: number): boolean }
  export function openSync(path: string): Font
}
