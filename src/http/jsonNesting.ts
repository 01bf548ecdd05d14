/**
 * How deeply a JSON body may nest. Aware's own documents stay well below it (an event is 4 levels,
 * a Lexical rich-text body about 10 to 20); a body nested thousands deep only exists to exhaust
 * the stack of whatever walks it.
 */
export const MAX_JSON_NESTING = 100

const OPEN_OBJECT = 0x7b
const OPEN_ARRAY = 0x5b
const CLOSE_OBJECT = 0x7d
const CLOSE_ARRAY = 0x5d
const QUOTE = 0x22
const BACKSLASH = 0x5c

/**
 * Whether JSON text nests deeper than `limit`, found by one pass over the bytes before any parser
 * or validator recurses into it. Brackets inside strings do not count. Malformed text is left for
 * the parser to refuse.
 */
export const nestsDeeperThan = (json: Uint8Array, limit = MAX_JSON_NESTING): boolean => {
  let depth = 0
  let inString = false
  for (let index = 0; index < json.length; index += 1) {
    const byte = json[index]
    if (inString) {
      if (byte === BACKSLASH) index += 1
      else if (byte === QUOTE) inString = false
    } else if (byte === QUOTE) inString = true
    else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      depth += 1
      if (depth > limit) return true
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) depth -= 1
  }
  return false
}

/** The 400 an HTTP error handler answers (body-parser's `verify` hook throws it). */
export class TooDeeplyNestedError extends Error {
  readonly status = 400
  readonly type = 'entity.too.deep'
  constructor(limit = MAX_JSON_NESTING) {
    super(`The JSON body nests more than ${limit} levels deep; no request of Aware's needs that.`)
  }
}

/** For express.json({ verify }): refuses a body nested too deeply before it is parsed. */
export const refuseDeepNesting = (_req: unknown, _res: unknown, body: Buffer): void => {
  if (nestsDeeperThan(body)) throw new TooDeeplyNestedError()
}
