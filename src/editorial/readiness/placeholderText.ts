/**
 * How packs and editors mark a fact nobody has verified yet: "[PLACEHOLDER: …]" (any case, with
 * or without a space after the bracket), in every language, so it stays visible until replaced.
 */
export const placeholderText = /\[\s*placeholder\b/i
