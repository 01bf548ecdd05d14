/**
 * The one error body of every Aware answer, the shape Payload's own API sends, so a partner's
 * client parses one thing whichever route refused it: `{"errors":[{"message":"…"}]}`.
 */
export type ErrorBody = { errors: { message: string }[] }

export const errorBody = (message: string): ErrorBody => ({ errors: [{ message }] })
