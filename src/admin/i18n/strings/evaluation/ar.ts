import type { AwareStrings, PluralFormKey } from '../en'
import type { EvaluationKey } from './en'

/** Aware's admin texts of the evaluation views in Arabic (machine-written: docs/translations-review.md). */
export const evaluationAr: Pick<AwareStrings, EvaluationKey | PluralFormKey> = {
  uploadDescription:
    'ارفع إجابات اختبار معرفة ورقي: صف لكل مستجيب ولكل مرحلة. يُتعرَّف على الصفوف المرفوعة سابقًا ولا تُحسب مرتين.',
  uploadNoCampaign: 'لا توجد حملة منشورة بعد: انشر أولًا حملة فيها اختبار معرفة.',
  uploadStepTemplate: '١. ابدأ من نموذج الحملة',
  uploadStepFile: '٢. ارفع الملف بعد ملئه',
  uploadFile: 'ملف CSV أو Excel',
  uploadSubmit: 'رفع',
  uploadUploading: 'جارٍ الرفع…',
  uploadFailed: 'فشل الرفع',
  uploadUnreachable: 'تعذّر الوصول إلى الخادم؛ لم يُستورد شيء.',
  uploadDates: 'التواريخ مثل 03/04/2026 مكتوبة',
  uploadDatesUnsaid: '(غير محدد: تُرفض هذه التواريخ مع ذكر كل صف)',
  uploadDatesDayFirst: 'اليوم أولًا (3 أبريل 2026)',
  uploadDatesMonthFirst: 'الشهر أولًا (4 مارس 2026)',
  uploadSheetLanguage: 'لغة الأوراق',
  uploadCsvTemplate: 'تنزيل نموذج CSV',
  uploadXlsxTemplate: 'تنزيل نموذج Excel ‏(.xlsx)',
  uploadPaper: 'طباعة النسخة الورقية من اختبار المعرفة',
  uploadTemplateHint:
    'يبدأ الصفان الثاني والثالث من النموذج (دليل فيه كل سؤال، ومثال) بالرمز «#» ويُتجاهلان عند إعادة الملف: اتركهما أو احذفهما.',
  uploadGuideSummary: 'ما يُكتب في كل عمود للحملة {{campaign}}',
  uploadGuidePhase:
    '{{phase}}: {{pre}} أو {{post}} أو {{followup}}؛ {{date}}: YYYY-MM-DD أو اليوم أولًا (31/12/2026)؛ {{consent}}: {{yes}} أو {{no}}',
  uploadGuideRevision:
    '{{revision}}: {{value}} للأوراق المطبوعة من اختبار المعرفة الحالي؛ ثم عمود لكل سؤال فيه الخيار المعلَّم: {{items}}',
  uploadReportTitle: 'تقرير الرفع',
  uploadImported: '{{count}} صف مستورد',
  uploadImported_zero: 'لم يُستورد أي صف',
  uploadImported_one: 'صف واحد مستورد',
  uploadImported_two: 'صفان مستوردان',
  uploadImported_few: '{{count}} صفوف مستوردة',
  uploadImported_many: '{{count}} صفًا مستوردًا',
  uploadDuplicates: '{{count}} صف رُفع من قبل (لا يُحسب مرة أخرى)',
  uploadDuplicates_zero: 'لا صفوف مرفوعة من قبل',
  uploadDuplicates_one: 'صف واحد رُفع من قبل (لا يُحسب مرة أخرى)',
  uploadDuplicates_two: 'صفان رُفعا من قبل (لا يُحسبان مرة أخرى)',
  uploadDuplicates_few: '{{count}} صفوف رُفعت من قبل (لا تُحسب مرة أخرى)',
  uploadDuplicates_many: '{{count}} صفًا رُفع من قبل (لا يُحسب مرة أخرى)',
  uploadRejected: '{{count}} صف مرفوض',
  uploadRejected_zero: 'لم يُرفض أي صف',
  uploadRejected_one: 'صف واحد مرفوض',
  uploadRejected_two: 'صفان مرفوضان',
  uploadRejected_few: '{{count}} صفوف مرفوضة',
  uploadRejected_many: '{{count}} صفًا مرفوضًا',
  uploadCorrectRows:
    'صحّح هذه الصفوف وعددها {{count}} في الملف وارفعه مجددًا؛ سيُتعرَّف على الصفوف المستوردة سابقًا.',
  uploadCorrectRows_zero: 'لا شيء يحتاج إلى تصحيح.',
  uploadCorrectRows_one: 'صحّح هذا الصف في الملف وارفعه مجددًا؛ سيُتعرَّف على الصفوف المستوردة سابقًا.',
  uploadCorrectRows_two:
    'صحّح هذين الصفين في الملف وارفعه مجددًا؛ سيُتعرَّف على الصفوف المستوردة سابقًا.',
  uploadCorrectRows_few:
    'صحّح هذه الصفوف الـ{{count}} في الملف وارفعه مجددًا؛ سيُتعرَّف على الصفوف المستوردة سابقًا.',
  uploadCorrectRows_many:
    'صحّح هذه الـ{{count}} صفًا في الملف وارفعه مجددًا؛ سيُتعرَّف على الصفوف المستوردة سابقًا.',
  uploadOrDownload:
    'أو {{link}} (ملف CSV بهذه الصفوف وحدها مع عمود للسبب)، وصحّحها وارفع ذلك الملف.',
  uploadDownloadRejected: 'نزّل الصفوف المرفوضة',
  uploadRow: 'الصف',
  uploadWhy: 'سبب الرفض',
}
