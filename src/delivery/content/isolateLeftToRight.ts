/**
 * Left-to-right runs inside right-to-left text (phone numbers, web addresses, Latin names such
 * as "ILO C189") isolated in `<bdi dir="ltr">`, so the bidirectional algorithm cannot reorder
 * them: "+63 2 8721 1144" otherwise reads "1144 8721 2 63+" inside Arabic. The text is already
 * HTML-escaped: a run never starts inside an entity (`&amp;`, `&#x27;`), since neither `&`, `#`
 * nor the entity's letters may open one, and `&` and `;` never continue one.
 */
const LEFT_TO_RIGHT_RUN =
  /(?<![&#\p{Script=Latin}\p{Nd}])\+?[\p{Script=Latin}\p{Nd}](?:[\p{Script=Latin}\p{Nd}\s\-–./:()+,@_]*[\p{Script=Latin}\p{Nd})])?/gu

export const isolateLeftToRight = (escapedText: string): string =>
  escapedText.replace(LEFT_TO_RIGHT_RUN, (run) => `<bdi dir="ltr">${run}</bdi>`)
