import React from 'react'

/**
 * A translated text whose `{{name}}` places hold elements (a link, a code sample, a figure in
 * bold) rather than strings: pass the text untouched by `t` (no values), and the elements here.
 */
export const rich = (template: string, parts: Record<string, React.ReactNode>): React.ReactNode =>
  template.split(/(\{\{\w+\}\})/).map((piece, index) => {
    const name = /^\{\{(\w+)\}\}$/.exec(piece)?.[1]
    return (
      <React.Fragment key={index}>
        {name !== undefined && name in parts ? parts[name] : piece}
      </React.Fragment>
    )
  })
