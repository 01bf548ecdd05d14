/**
 * The summary page's one stylesheet: a sheet of A4 on screen, the same without the download line
 * in print. System fonts only (the page loads nothing); text an editor wrote keeps its direction.
 */
export const summaryStyles = `
@page { size: A4; margin: 14mm 16mm; }
* { box-sizing: border-box; }
body { margin: 0; background: #eef0f2; color: #1b1f23; font: 10.5pt/1.4 system-ui, "Noto Sans", "Segoe UI", Arial, sans-serif; }
main { max-width: 210mm; margin: 16px auto; padding: 14mm 16mm; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.15); }
header { border-bottom: 2px solid #1b1f23; margin-bottom: 10px; padding-bottom: 6px; }
h1 { font-size: 17pt; line-height: 1.2; margin: 0 0 4px; }
h2 { font-size: 12pt; margin: 12px 0 4px; }
h3 { font-size: 11pt; margin: 10px 0 2px; }
p { margin: 0 0 4px; }
ul { margin: 0 0 4px; padding-inline-start: 18px; }
.meta { color: #4a5158; font-size: 9pt; }
.download { font-size: 9pt; margin: 0 0 8px; }
.audience { break-inside: avoid; border-top: 1px solid #d0d4d8; padding-top: 4px; }
.suppressed { color: #4a5158; font-style: italic; }
table { border-collapse: collapse; margin: 4px 0 2px; width: 100%; font-size: 9.5pt; }
th, td { border: 1px solid #d0d4d8; padding: 2px 6px; text-align: start; vertical-align: top; }
th { background: #f3f5f7; font-weight: 600; }
footer { border-top: 1px solid #d0d4d8; margin-top: 10px; padding-top: 6px; }
@media (max-width: 640px) {
  main { margin: 0; padding: 16px; box-shadow: none; }
  table, tbody, tr, th, td { display: block; width: 100%; }
  thead { display: none; }
  td::before { content: attr(data-label) ": "; font-weight: 600; }
}
@media print {
  body { background: #fff; font-size: 10pt; }
  main { margin: 0; padding: 0; max-width: none; box-shadow: none; }
  .download { display: none; }
  a { color: inherit; text-decoration: none; }
}
`
