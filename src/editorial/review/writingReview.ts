/** Set in `req.context` by the saves that record a review request or decision. */
export const WRITING_REVIEW = 'awareWritingReview'
