import { writeFileSync } from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../../../projectRoot'
import { renderReviewList, REVIEW_LIST_PATH } from '../reviewList'

/** `npm run i18n:review-list`: rewrites docs/translations-review.md from the strings. */
writeFileSync(path.join(projectRoot, REVIEW_LIST_PATH), renderReviewList())
console.log(`Wrote ${REVIEW_LIST_PATH}`)
