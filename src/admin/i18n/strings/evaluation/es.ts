import type { AwareStrings, PluralFormKey } from '../en'
import type { EvaluationKey } from './en'

/** Aware's admin texts of the evaluation views in Spanish (machine-written: docs/translations-review.md). */
export const evaluationEs: Pick<AwareStrings, EvaluationKey | PluralFormKey> = {
  uploadDescription:
    'Suba las respuestas de una prueba de conocimientos en papel: una fila por encuestado y fase. Las filas ya subidas se reconocen y no se cuentan dos veces.',
  uploadNoCampaign:
    'Aún no hay campañas publicadas: publique primero una campaña con prueba de conocimientos.',
  uploadStepTemplate: '1. Parta de la plantilla de la campaña',
  uploadStepFile: '2. Suba el archivo rellenado',
  uploadFile: 'Archivo CSV o Excel',
  uploadSubmit: 'Subir',
  uploadUploading: 'Subiendo…',
  uploadFailed: 'La subida falló',
  uploadUnreachable: 'No se pudo contactar con el servidor; no se importó nada.',
  uploadDates: 'Las fechas como 03/04/2026 se escriben',
  uploadDatesUnsaid: '(sin indicar: esas fechas se rechazan, fila por fila)',
  uploadDatesDayFirst: 'primero el día (3 de abril de 2026)',
  uploadDatesMonthFirst: 'primero el mes (4 de marzo de 2026)',
  uploadSheetLanguage: 'Idioma de las hojas',
  uploadCsvTemplate: 'Descargar la plantilla CSV',
  uploadXlsxTemplate: 'Descargar la plantilla de Excel (.xlsx)',
  uploadPaper: 'Imprimir la versión en papel de la prueba de conocimientos',
  uploadTemplateHint:
    'La segunda y la tercera fila de la plantilla (una guía con cada pregunta y un ejemplo) empiezan por «#» y se omiten cuando vuelve el archivo: déjelas o bórrelas.',
  uploadGuideSummary: 'Qué escribir en cada columna para {{campaign}}',
  uploadGuidePhase:
    '{{phase}}: {{pre}}, {{post}} o {{followup}}; {{date}}: AAAA-MM-DD o primero el día (31/12/2026); {{consent}}: {{yes}} o {{no}}',
  uploadGuideRevision:
    '{{revision}}: {{value}} para hojas impresas de la prueba de conocimientos actual; después una columna por pregunta con la opción marcada: {{items}}',
  uploadReportTitle: 'Informe de la subida',
  uploadImported: '{{count}} importadas',
  uploadImported_one: '{{count}} importada',
  uploadDuplicates: '{{count}} ya subidas antes (no se cuentan de nuevo)',
  uploadDuplicates_one: '{{count}} ya subida antes (no se cuenta de nuevo)',
  uploadRejected: '{{count}} rechazadas',
  uploadRejected_one: '{{count}} rechazada',
  uploadCorrectRows:
    'Corrija estas {{count}} filas en el archivo y vuelva a subirlo; las filas ya importadas se reconocerán.',
  uploadCorrectRows_one:
    'Corrija esta fila en el archivo y vuelva a subirlo; las filas ya importadas se reconocerán.',
  uploadOrDownload:
    'O {{link}} (un CSV solo con esas filas, con una columna de motivo), corríjalas y suba ese archivo.',
  uploadDownloadRejected: 'descargue las filas rechazadas',
  uploadRow: 'Fila',
  uploadWhy: 'Motivo del rechazo',
}
