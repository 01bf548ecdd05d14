import { createHash } from 'node:crypto'
import React from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import type { DonorSummary } from './donorSummary'

import { SummaryPage } from './SummaryPage'
import { summaryStyles } from './summaryStyles'

/**
 * The page's policy: its one stylesheet (by hash) and nothing else, no script at all. It replaces
 * the data policy every other Express answer carries, which would also refuse the stylesheet.
 */
export const summaryPagePolicy = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(summaryStyles).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** The donor summary as a complete HTML document. */
export const summaryHtml = (summary: DonorSummary, pdfUrl: string): string =>
  `<!doctype html>${renderToStaticMarkup(React.createElement(SummaryPage, { pdfUrl, summary }))}`
