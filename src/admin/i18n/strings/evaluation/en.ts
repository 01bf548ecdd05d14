/** Aware's admin texts of the evaluation views (field upload, reports) in English. */
export const evaluationEn = {
  uploadDescription:
    'Upload the answers of a paper knowledge check: one row per respondent and phase. Rows already uploaded are recognised and not counted twice.',
  uploadNoCampaign: 'No published campaign yet: publish a campaign with a knowledge check first.',
  uploadStepTemplate: '1. Start from the campaign’s template',
  uploadStepFile: '2. Upload the filled-in file',
  uploadFile: 'CSV or Excel file',
  uploadSubmit: 'Upload',
  uploadUploading: 'Uploading…',
  uploadFailed: 'The upload failed',
  uploadUnreachable: 'The server could not be reached; nothing was imported.',
  uploadDates: 'Dates such as 03/04/2026 are written',
  uploadDatesUnsaid: '(not said: such dates are refused, naming each row)',
  uploadDatesDayFirst: 'day first (3 April 2026)',
  uploadDatesMonthFirst: 'month first (March 4, 2026)',
  uploadSheetLanguage: 'Language of the sheets',
  uploadCsvTemplate: 'Download the CSV template',
  uploadXlsxTemplate: 'Download the Excel template (.xlsx)',
  uploadPaper: 'Print the paper version of the knowledge check',
  uploadTemplateHint:
    'The template’s second and third rows (a guide with each question, and an example) start with “#” and are skipped when the file comes back: leave them or delete them.',
  uploadGuideSummary: 'What to write in each column for {{campaign}}',
  uploadGuidePhase:
    '{{phase}}: {{pre}}, {{post}} or {{followup}}; {{date}}: YYYY-MM-DD or day first (31/12/2026); {{consent}}: {{yes}} or {{no}}',
  uploadGuideRevision:
    '{{revision}}: {{value}} for sheets printed from the current knowledge check; then one column per item with the choice ticked: {{items}}',
  uploadReportTitle: 'Upload report',
  uploadImported: '{{count}} imported',
  uploadImported_one: '{{count}} imported',
  uploadDuplicates: '{{count}} already uploaded before (not counted again)',
  uploadDuplicates_one: '{{count}} already uploaded before (not counted again)',
  uploadRejected: '{{count}} rejected',
  uploadRejected_one: '{{count}} rejected',
  uploadCorrectRows:
    'Correct these {{count}} rows in the file and upload it again; the rows already imported will be recognised.',
  uploadCorrectRows_one:
    'Correct this row in the file and upload it again; the rows already imported will be recognised.',
  uploadOrDownload:
    'Or {{link}} (a CSV of just those rows, with a reason column), correct them and upload that file.',
  uploadDownloadRejected: 'download the rejected rows',
  uploadRow: 'Row',
  uploadWhy: 'Why it was rejected',
}

export type EvaluationKey = keyof typeof evaluationEn
