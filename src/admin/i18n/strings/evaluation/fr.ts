import type { AwareStrings, PluralFormKey } from '../en'
import type { EvaluationKey } from './en'

/** Aware's admin texts of the evaluation views in French (machine-written: docs/translations-review.md). */
export const evaluationFr: Pick<AwareStrings, EvaluationKey | PluralFormKey> = {
  uploadDescription:
    'Importez les réponses d’un test de connaissances sur papier : une ligne par répondant et par phase. Les lignes déjà importées sont reconnues et ne sont pas comptées deux fois.',
  uploadNoCampaign:
    'Aucune campagne publiée pour l’instant : publiez d’abord une campagne avec un test de connaissances.',
  uploadStepTemplate: '1. Partez du modèle de la campagne',
  uploadStepFile: '2. Importez le fichier rempli',
  uploadFile: 'Fichier CSV ou Excel',
  uploadSubmit: 'Importer',
  uploadUploading: 'Import en cours…',
  uploadFailed: 'L’import a échoué',
  uploadUnreachable: 'Le serveur est injoignable ; rien n’a été importé.',
  uploadDates: 'Les dates comme 03/04/2026 sont écrites',
  uploadDatesUnsaid: '(non précisé : ces dates sont refusées, ligne par ligne)',
  uploadDatesDayFirst: 'jour d’abord (3 avril 2026)',
  uploadDatesMonthFirst: 'mois d’abord (4 mars 2026)',
  uploadSheetLanguage: 'Langue des feuilles',
  uploadCsvTemplate: 'Télécharger le modèle CSV',
  uploadXlsxTemplate: 'Télécharger le modèle Excel (.xlsx)',
  uploadPaper: 'Imprimer la version papier du test de connaissances',
  uploadTemplateHint:
    'Les deuxième et troisième lignes du modèle (un guide avec chaque question, et un exemple) commencent par « # » et sont ignorées au retour du fichier : laissez-les ou supprimez-les.',
  uploadGuideSummary: 'Que mettre dans chaque colonne pour {{campaign}}',
  uploadGuidePhase:
    '{{phase}} : {{pre}}, {{post}} ou {{followup}} ; {{date}} : AAAA-MM-JJ ou jour d’abord (31/12/2026) ; {{consent}} : {{yes}} ou {{no}}',
  uploadGuideRevision:
    '{{revision}} : {{value}} pour les feuilles imprimées depuis le test de connaissances actuel ; puis une colonne par question avec le choix coché : {{items}}',
  uploadReportTitle: 'Rapport d’import',
  uploadImported: '{{count}} importées',
  uploadImported_one: '{{count}} importée',
  uploadDuplicates: '{{count}} déjà importées auparavant (non comptées à nouveau)',
  uploadDuplicates_one: '{{count}} déjà importée auparavant (non comptée à nouveau)',
  uploadRejected: '{{count}} refusées',
  uploadRejected_one: '{{count}} refusée',
  uploadCorrectRows:
    'Corrigez ces {{count}} lignes dans le fichier et importez-le à nouveau ; les lignes déjà importées seront reconnues.',
  uploadCorrectRows_one:
    'Corrigez cette ligne dans le fichier et importez-le à nouveau ; les lignes déjà importées seront reconnues.',
  uploadOrDownload:
    'Ou {{link}} (un CSV de ces seules lignes, avec une colonne de motif), corrigez-les et importez ce fichier.',
  uploadDownloadRejected: 'téléchargez les lignes refusées',
  uploadRow: 'Ligne',
  uploadWhy: 'Motif du refus',
}
