type Attributes = Record<string, boolean | null | number | string | undefined>
type Child = Node | null | string | undefined | false

/** Builds an element; text children are text nodes, never parsed as HTML. */
export const h = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue
    element.setAttribute(name, value === true ? '' : String(value))
  }
  for (const child of children) if (child) element.append(child)
  return element
}

/** A heading that receives focus when its step opens, so keyboard and screen-reader users follow. */
export const stepHeading = (text: string, lang?: string) =>
  h('h3', { class: 'aw-step-title', lang, tabindex: -1 }, text)
