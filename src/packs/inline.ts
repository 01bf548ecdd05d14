/**
 * The light inline formatting authors use in pack text: `**bold**`, `*italic*`,
 * `[link text](https://…)` and line breaks. Asterisks always toggle formatting (no
 * Markdown "flanking" rules), so that any Lexical text converts to a string and back exactly; a
 * literal asterisk is written `\*`. A `[` that does not start a `[text](url)` link is literal, so
 * "[PLACEHOLDER: …]" needs no escaping.
 */

export const BOLD = 1
export const ITALIC = 2

export interface InlineText {
  type: 'text'
  text: string
  /** Lexical format bits: 1 bold, 2 italic. */
  format: number
}

export interface InlineLineBreak {
  type: 'linebreak'
}

export type InlineLeaf = InlineLineBreak | InlineText

export interface InlineLink {
  type: 'link'
  url: string
  children: InlineLeaf[]
}

export type InlineNode = InlineLeaf | InlineLink

export interface ParsedInline {
  nodes: InlineNode[]
  /** Problems an author should fix, in plain words (unclosed markers, bad link addresses). */
  problems: string[]
}

const allowedUrl = /^(https?:\/\/|mailto:|tel:)\S+$/

interface LinkBounds {
  /** Index of the `]` that closes the link text. */
  close: number
  /** Index of the `)` that closes the address. */
  end: number
}

/** Where the link that opens at `open` closes, or null when the `[` is literal. */
const findLink = (source: string, open: number, problems: string[]): LinkBounds | null => {
  let index = open + 1
  while (index < source.length) {
    const char = source[index]
    if (char === '\\') {
      index += 2
      continue
    }
    if (char === '[') return null
    if (char === ']') break
    index += 1
  }
  if (index >= source.length || source[index + 1] !== '(') return null
  const close = index
  index = close + 2
  while (index < source.length) {
    const char = source[index]
    if (char === '\\') {
      index += 2
      continue
    }
    if (char === ')') return { close, end: index }
    index += 1
  }
  problems.push(`the link "${source.slice(open, close + 1)}(" has no closing ")" after its address`)
  return null
}

const unescape = (raw: string) => raw.replace(/\\(.)/gs, '$1')

export function parseInline(source: string): ParsedInline {
  const problems: string[] = []
  const nodes: InlineNode[] = []
  let container: InlineNode[] | InlineLeaf[] = nodes
  let link: InlineLink | null = null
  let bounds: LinkBounds | null = null
  let bold = false
  let italic = false
  let buffer = ''

  const format = () => (bold ? BOLD : 0) | (italic ? ITALIC : 0)
  const flush = () => {
    if (buffer === '') return
    const last = container[container.length - 1]
    if (last?.type === 'text' && last.format === format()) last.text += buffer
    else (container as InlineLeaf[]).push({ type: 'text', text: buffer, format: format() })
    buffer = ''
  }

  let index = 0
  while (index < source.length) {
    const char = source[index]
    if (link && bounds && index === bounds.close) {
      flush()
      link.url = unescape(source.slice(bounds.close + 2, bounds.end))
      const text = link.children.map((child) => (child.type === 'text' ? child.text : ' ')).join('')
      if (text.trim() === '') problems.push(`the link to "${link.url}" has no text`)
      if (!allowedUrl.test(link.url)) {
        problems.push(
          `the link "${text}" points to "${link.url}": links must start with https://, http://, mailto: or tel:`,
        )
      }
      index = bounds.end + 1
      container = nodes
      link = null
      bounds = null
      continue
    }
    if (char === '\\' && index + 1 < source.length) {
      buffer += source[index + 1]
      index += 2
      continue
    }
    if (char === '\n') {
      flush()
      container.push({ type: 'linebreak' })
      index += 1
      continue
    }
    if (char === '*') {
      let run = 1
      while (source[index + run] === '*') run += 1
      if (run > 3) {
        problems.push(
          `${run} asterisks in a row: use ** for bold, * for italic, and \\* for a literal asterisk`,
        )
        buffer += '*'.repeat(run)
      } else {
        flush()
        if (run !== 1) bold = !bold
        if (run !== 2) italic = !italic
      }
      index += run
      continue
    }
    if (char === '[' && !link) {
      const found = findLink(source, index, problems)
      if (found) {
        flush()
        link = { type: 'link', url: '', children: [] }
        nodes.push(link)
        container = link.children
        bounds = found
        index += 1
        continue
      }
    }
    buffer += char
    index += 1
  }
  flush()
  if (bold) problems.push('a ** (bold) marker is not closed; to show a literal asterisk write \\*')
  if (italic)
    problems.push('a * (italic) marker is not closed; to show a literal asterisk write \\*')
  return { nodes, problems }
}

/** Merges adjacent text with the same format and drops empty text, as Lexical does. */
export function normalizeInline(nodes: InlineNode[]): InlineNode[] {
  const mergeLeaves = <T extends InlineNode>(list: T[]): T[] => {
    const out: T[] = []
    for (const node of list) {
      if (node.type === 'text' && node.text === '') continue
      const last = out[out.length - 1]
      if (node.type === 'text' && last?.type === 'text' && last.format === node.format) {
        out[out.length - 1] = { ...last, text: last.text + node.text }
      } else if (node.type === 'link') {
        out.push({ ...node, children: mergeLeaves(node.children) })
      } else {
        out.push({ ...node })
      }
    }
    return out
  }
  return mergeLeaves(nodes)
}

const write = (nodes: InlineNode[], escapeAllBrackets: boolean): string => {
  let bold = false
  let italic = false
  let out = ''
  const toggleTo = (format: number) => {
    const wantBold = (format & BOLD) !== 0
    const wantItalic = (format & ITALIC) !== 0
    if (bold !== wantBold) {
      out += '**'
      bold = wantBold
    }
    if (italic !== wantItalic) {
      out += '*'
      italic = wantItalic
    }
  }
  const escapeText = (text: string, inLink: boolean) => {
    let escaped = text.replace(/[\\*]/g, (char) => `\\${char}`)
    if (inLink || escapeAllBrackets) escaped = escaped.replace(/[[\]]/g, (char) => `\\${char}`)
    return escaped
  }
  const writeLeaf = (leaf: InlineLeaf, inLink: boolean) => {
    if (leaf.type === 'linebreak') {
      out += '\n'
      return
    }
    toggleTo(leaf.format)
    out += escapeText(leaf.text, inLink)
  }
  const firstFormat = (from: number): number => {
    for (const node of nodes.slice(from)) {
      if (node.type === 'text') return node.format
      if (node.type === 'link') {
        const text = node.children.find((child) => child.type === 'text')
        if (text) return text.format
      }
    }
    return 0
  }
  const current = () => (bold ? BOLD : 0) | (italic ? ITALIC : 0)
  nodes.forEach((node, index) => {
    if (node.type !== 'link') {
      writeLeaf(node, false)
      return
    }
    // Formats shared by the whole link text go outside the brackets ("**[a](…)**"); formats of
    // part of it stay inside ("[**a** b](…)") and are closed before "]" unless the text after
    // the link continues them.
    const texts = node.children.filter((child): child is InlineText => child.type === 'text')
    const common = texts.reduce(
      (shared, child) => shared & child.format,
      texts.length ? BOLD | ITALIC : current(),
    )
    toggleTo(common)
    out += '['
    for (const child of node.children) writeLeaf(child, true)
    toggleTo(current() & (common | firstFormat(index + 1)))
    out += `](${node.url.replace(/[\\)]/g, (char) => `\\${char}`)})`
  })
  toggleTo(0)
  return out
}

/** The inverse of `parseInline` for bold/italic/link/line-break content. */
export function serializeInline(nodes: InlineNode[]): string {
  const normalized = normalizeInline(nodes)
  const minimal = write(normalized, false)
  const reparsed = parseInline(minimal)
  if (JSON.stringify(reparsed.nodes) === JSON.stringify(normalized)) return minimal
  return write(normalized, true)
}
