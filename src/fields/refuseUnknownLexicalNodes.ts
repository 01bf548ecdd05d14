import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import type { FieldHook } from 'payload'

import { APIError } from 'payload'

/** Lexical's own node types, registered by every editor whatever its features. */
const CORE_TYPES = ['root', 'paragraph', 'text', 'linebreak', 'tab']

const knownTypesOf = (editor: unknown): Set<string> => {
  const config = (editor as { editorConfig?: SanitizedServerEditorConfig }).editorConfig
  const types = new Set(CORE_TYPES)
  for (const { node } of config?.features.nodes ?? []) {
    const klass = 'replace' in node ? node.replace : node
    types.add(klass.getType())
  }
  return types
}

type Node = { children?: unknown; type?: unknown }

/**
 * A rich-text value may only hold nodes its editor knows. Payload stores any JSON a REST write
 * sends, and a node of an unknown type breaks the editor for everyone who opens the document
 * afterwards; so the write is refused with the node's type and where it is. The walk uses its
 * own stack, so a deeply nested value cannot exhaust the call stack.
 */
export const refuseUnknownLexicalNodes: FieldHook = ({ field, value }) => {
  if (!value || typeof value !== 'object') return value
  const known = knownTypesOf((field as { editor?: unknown }).editor)
  const stack: { node: Node; path: string }[] = [
    { node: (value as { root?: Node }).root ?? {}, path: 'root' },
  ]
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: Node; path: string }
    if (typeof node.type !== 'string' || !known.has(node.type)) {
      throw new APIError(
        `"${field.name}" holds a rich-text node of type ${JSON.stringify(node.type)} at ${path}, ` +
          `which its editor does not know; the types it knows are ${[...known].sort().join(', ')}.`,
        400,
        undefined,
        true,
      )
    }
    if (Array.isArray(node.children)) {
      node.children.forEach((child: unknown, index) =>
        stack.push({ node: (child ?? {}) as Node, path: `${path}.children[${index}]` }),
      )
    }
  }
  return value
}
