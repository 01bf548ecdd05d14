import React from 'react'

import type { DonorSummary, SummaryAudience } from './donorSummary'

import { summaryStyles } from './summaryStyles'

const Audience: React.FC<{ audience: SummaryAudience }> = ({ audience }) => (
  <section aria-label={audience.title} className="audience">
    <h3 dir="auto">{audience.title}</h3>
    {audience.objective && <p>{audience.objective}</p>}
    {audience.suppressed ? (
      <p className="suppressed" data-figure="suppressed">
        {audience.suppressed}
      </p>
    ) : (
      <>
        {audience.sentences.map((sentence) => (
          <p data-figure="sentence" key={sentence}>
            {sentence}
          </p>
        ))}
        <table>
          <thead>
            <tr>
              {audience.figures.map((figure) => (
                <th key={figure.label} scope="col">
                  {figure.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {audience.figures.map((figure) => (
                <td data-label={figure.label} key={figure.label}>
                  {figure.value}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </>
    )}
  </section>
)

/**
 * The donor summary as one printable page: no admin around it, no script, one stylesheet. React
 * escapes every text it is given, so what an editor wrote is shown, never run.
 */
export const SummaryPage: React.FC<{ pdfUrl: string; summary: DonorSummary }> = ({
  pdfUrl,
  summary,
}) => (
  <html lang="en">
    <head>
      <meta charSet="utf-8" />
      <meta content="width=device-width, initial-scale=1" name="viewport" />
      <meta content="noindex" name="robots" />
      <title>{`${summary.campaign.title}: evaluation summary`}</title>
      {/* A constant of this module, never input; as text React would escape its quotes. */}
      <style dangerouslySetInnerHTML={{ __html: summaryStyles }} />
    </head>
    <body>
      <main>
        <header>
          <h1 dir="auto">{summary.campaign.title}</h1>
          {summary.campaign.summary && <p dir="auto">{summary.campaign.summary}</p>}
          <p className="meta">
            Evaluation summary. Campaign period: {summary.period}. Generated {summary.generatedAt}.
          </p>
        </header>
        <p className="download">
          <a href={pdfUrl}>Download as PDF</a> · or print this page.
        </p>
        <h2>What these figures cover</h2>
        <ul data-part="covers">
          {summary.covers.map((phrase) => (
            <li key={phrase}>{phrase}</li>
          ))}
        </ul>
        <h2>Reach and knowledge change by audience</h2>
        {summary.audiences.length === 0 && (
          <p>This campaign names no audience yet: an editor adds them in the campaign.</p>
        )}
        {summary.audiences.map((audience) => (
          <Audience audience={audience} key={audience.title} />
        ))}
        <footer>
          <h2>How it is measured</h2>
          <p data-part="methods">{summary.methods.join(' ')}</p>
          <h2>What is hidden, and why</h2>
          <p data-part="suppression">{summary.suppression}</p>
        </footer>
      </main>
    </body>
  </html>
)
