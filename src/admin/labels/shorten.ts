/** A label fits one line of the admin: the first 70 characters, markdown marks removed. */
export const shorten = (text: string, max = 70): string => {
  const plain = text.replace(/\*\*?|\[|\]\([^)]*\)/g, '').trim()
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain
}
