import { evaluationEn } from './evaluation/en'

/**
 * Aware's own admin texts in English, the reference language: every other language has exactly
 * these keys (checked by the type of its file and by test/unit/admin/adminTranslations.test.ts).
 * `{{name}}` is filled in when the text is shown; a key ending `_one` is the singular of the key
 * without it, chosen by `plural` (src/admin/i18n/plural.ts) through `Intl.PluralRules`, which also
 * picks a language's `_zero`, `_two`, `_few` and `_many` where it has them.
 */
export const en = {
  // Navigation and the evaluation pages' frame
  navEvaluation: 'Evaluation',
  navReports: 'Reports',
  navReview: 'Data-quality review',
  navFieldUpload: 'Field upload',
  staffOnly: 'Only Aware staff accounts can use this page.',
  reportsOverviewDescription:
    'Every campaign and audience: how many people were reached, against the target, and how their knowledge changed. Groups too small to show without identifying anyone are hidden.',
  reportsCampaignDescription:
    'Reach and knowledge change per audience, channel, language, partner and period. Figures resting on too few respondents are suppressed to protect them.',
  reportsAllCampaigns: '← All campaigns',

  // Collection groups and names
  groupContent: 'Content',
  groupSettings: 'Settings',
  campaignSingular: 'Campaign',
  campaignPlural: 'Campaigns',
  assessmentSingular: 'Assessment',
  assessmentPlural: 'Assessments',
  audienceSingular: 'Audience',
  audiencePlural: 'Audiences',
  mediaSingular: 'Media',
  mediaPlural: 'Media',
  userSingular: 'User',
  userPlural: 'Users',
  partnerSingular: 'Partner',
  partnerPlural: 'Partners',
  auditEventSingular: 'Audit Event',
  auditEventPlural: 'Audit Events',

  // Campaign fields
  fieldLive: 'Live',
  fieldTitle: 'Title',
  fieldSlug: 'Slug',
  fieldSlugDescription:
    'Made from the title until you change it; lower-case letters, digits and hyphens, e.g. "peru-child-protection".',
  fieldSummary: 'Summary',
  fieldSummaryDescription: 'One or two sentences partners show in lists and previews.',
  fieldPeriod: 'Period',
  fieldPeriodDescription:
    'When partners receive the campaign: from 00:00 on the start day to the end of the end day, both in the time zone given here.',
  fieldStart: 'Start',
  fieldEnd: 'End',
  fieldTimeZone: 'Time zone',
  fieldTimeZoneDescription: 'IANA name, e.g. America/Lima, Europe/Paris, Asia/Manila.',
  fieldAudiences: 'Audiences',
  fieldObjectives: 'Objectives',
  fieldObjectivesDescription:
    'Targets per audience. Reach: unique people. Knowledge gain: the mean rise in the share of knowledge-check items answered correctly (0.2 = 20 points). Pass mark: the share that counts as mastery.',
  fieldAudience: 'Audience',
  fieldReachTarget: 'Reach target',
  fieldKnowledgeGainTarget: 'Knowledge gain target',
  fieldPassMark: 'Pass mark',
  fieldChannels: 'Channels',
  fieldBody: 'Body',
  fieldKnowledgeCheck: 'Knowledge check',
  fieldKnowledgeCheckDescription: 'Given before (pre), after (post) and weeks later (follow-up).',
  fieldSources: 'Sources',
  fieldSourcesDescription: 'Where each fact in the campaign comes from.',
  fieldSourceLabel: 'Label',
  fieldSourceUrl: 'URL',
  fieldTranslations: 'Translations',
  fieldReview: 'Review',

  // Channels
  channelWeb: 'Website',
  channelPosterQr: 'Poster with QR code',
  channelWorkshop: 'Workshop',
  channelSeminar: 'Pre-departure seminar',
  channelClassroom: 'Classroom',
  channelELearning: 'E-learning',
  channelMessaging: 'Messaging app',
  channelSocialMedia: 'Social media',
  channelInFlight: 'In-flight',
  channelRadio: 'Radio',

  // Live status
  liveNow: 'Live now',
  liveNowUntil: 'Live now, until the end of {{day}} ({{timeZone}})',
  liveNotPublished: 'Not published',
  liveNotPublishedLong: 'Not published: partners receive nothing (draft)',
  liveEnded: 'Ended',
  liveEndedOn: 'Ended on {{day}} ({{timeZone}})',
  liveGoesLive: 'Goes live {{when}}',
  liveGoesLiveOn: 'Goes live on {{moment}} ({{timeZone}}), {{when}}',
  liveNoStartDate: 'No start date',
  liveNoStartDateLong: 'Published, but it has no start date: partners receive nothing',
  liveInHours: 'in {{count}} hours',
  liveInHours_one: 'in 1 hour',
  liveInDays: 'in {{count}} days',
  liveInDays_one: 'in 1 day',

  // Publishing checklist
  checklistTitle: 'Before publishing',
  checklistCouldNotCheck: 'Could not check the campaign: {{error}}',
  checklistReady: 'Nothing in the text or the hotlines blocks publishing.',
  checklistBlocks: '{{count}} things block publishing:',
  checklistBlocks_one: 'One thing blocks publishing:',

  // Translation status
  translationsTitle: 'Translations',
  translationsNone: 'No translations yet: only the default language has text.',
  translationsMissing: 'Missing: {{parts}}',
  translationsStale: 'Stale: the default language changed since it was translated',
  translationsComplete: 'Complete',
  translationsPartTitle: 'Title',
  translationsPartSummary: 'Summary',
  translationsPartBody: 'Body',
  titleNotTranslated: '{{title}} ({{language}}, not translated)',

  // Review and sign-off
  reviewTitle: 'Review',
  reviewCouldNotLoad: 'Could not load the review: {{error}}',
  reviewStageApproved: 'Approved: ready to publish',
  reviewStageChangesRequested: 'Changes requested',
  reviewStageDraft: 'Draft: not sent for review',
  reviewStageInReview: 'In review',
  reviewStagePublished: 'Published',
  reviewOptionDraft: 'Draft',
  reviewOptionApproved: 'Approved',
  reviewAReviewer: 'a reviewer',
  reviewAnAdministrator: 'an administrator',
  reviewApprovedBy: 'Approved by {{who}} on {{day}}',
  reviewApprovedOutdated: 'Approved by {{who}}, but the text changed since',
  reviewChangesRequestedBy: 'Changes requested by {{who}}: “{{comment}}”',
  reviewNotReviewed: 'Not reviewed yet',
  reviewPublishedWithoutApproval: 'Last published without approval by {{who}} on {{day}}.',
  reviewPublishedWithoutApprovalIn:
    'Last published without approval by {{who}} on {{day}} ({{locales}}).',
  reviewSubmit: 'Submit for review',
  reviewLanguage: 'Language',
  reviewChecklistLegend: 'Content-safety checklist',
  reviewComment: 'Comment (required to ask for changes)',
  reviewApprove: 'Approve {{language}}',
  reviewRequestChanges: 'Request changes',
  checkAccurate: 'The crime is depicted accurately',
  checkAccurateDescription:
    'The crime, its victims and the perpetrators are depicted accurately: movement and physical restraint are not required for a crime to be trafficking.',
  checkNoRestraintImagery: 'No restraint or cage imagery',
  checkNoRestraintImageryDescription:
    'No handcuffs, chains, cages, ropes or other images of physical restraint.',
  checkNoStigmatisingLanguage: 'No stigmatising language',
  checkNoStigmatisingLanguageDescription:
    'Victims and survivors are not blamed, shamed or sensationalised; the words are ones they would accept.',
  checkHotlinesVerified: 'Hotlines verified',
  checkHotlinesVerifiedDescription:
    'Every hotline was called or checked on its official page, and its date is set.',

  // Report view: the comparison period, the IATI field and the submission export (scale)
  fieldIatiIdentifier: 'IATI activity identifier',
  fieldFollowUpDays: 'Follow-up check after (days)',
  fieldFollowUpDaysDescription:
    'Days after the post check when the widget offers a respondent the same questions once more, on the same device (e.g. 30). Empty: no follow-up.',
  fieldIatiIdentifierDescription:
    'For the IATI export of the report: the reporting organisation identifier, a hyphen, your own id for this campaign (e.g. GB-CHC-1234567-PERU-2026).',
  compareLegend: 'Compare with',
  comparePrevious: 'Previous period',
  compareLastYear: 'Same period last year',
  compareNone: 'No comparison',
  compareFrom: 'Compare from',
  compareTo: 'Compare to',
  compareNeedsPeriod: 'Choose a period (From and To) to compare it with another.',
  comparisonTitle: 'Compared with {{from}} to {{to}}',
  comparisonNote:
    'Each period is shown as its own report would show it. A change is hidden whenever either figure is, so that no small group can be worked out by subtraction.',
  comparisonMeasure: 'Measure',
  comparisonPeriod: 'This period',
  comparisonOther: 'Comparison period',
  comparisonChange: 'Change',
  comparisonSuppressed: 'hidden',
  comparisonAllAudiences: 'All audiences',
  measureReached: 'People reached',
  measureImpressions: 'Times seen',
  measureEngaged: 'People who engaged',
  measureAssessmentsCompleted: 'Knowledge checks completed',
  measurePreMean: 'Mean score before',
  measurePostMean: 'Mean score after',
  measurePairedChange: 'Mean change, same people before and after',
  submissionExport: 'De-identified submissions (administrators):',
  submissionExportData: 'data (CSV)',
  submissionExportCodebook: 'codebook (CSV)',
  // Preview links
  previewLinkTitle: 'Preview link',
  previewLinkHint:
    'For a partner without an account: the draft as it reads now, in one language. Later edits do not change it.',
  previewLinkLanguage: 'Language',
  previewLinkWorksFor: 'Works for',
  previewLinkOneDay: '1 day',
  previewLinkThreeDays: '3 days',
  previewLinkOneWeek: '1 week',
  previewLinkThirtyDays: '30 days',
  previewLinkCreate: 'Create preview link',
  previewLinkLink: 'Link',
  previewLinkCopy: 'Copy link',
  previewLinkCopied: 'Copied',
  previewLinkWorksUntil: 'Works until {{time}}.',
  previewLinkWorkingTitle: 'Links that still work',
  previewLinkNone: 'No preview link of this campaign works now.',
  previewLinkEntry: '{{language}}, made by {{who}}, works until {{time}}',
  previewLinkRevoke: 'Revoke',
  previewLinkRevokeAll: 'Revoke every link',
  previewLinkRevoked: 'Revoked: whoever opens it now is told that it was withdrawn.',
  // Field labels and descriptions of the other collections
  fieldHotlineCountryDescription: 'ISO 3166-1 alpha-2, e.g. PE, FR, PH.',
  fieldHotlineLanguagesDescription:
    'Languages the line answers in, as language codes (es, qu, ay…).',
  fieldHotlineLastVerifiedDescription:
    'The day someone last called the line or checked its official page. A campaign cannot be published while a hotline has no date, or one older than HOTLINE_MAX_AGE_DAYS.',
  fieldHotlinePlaceholderDescription:
    'Tick while the number or address is unverified: partners are told so.',
  fieldAudienceLanguagesDescription: 'The languages this audience reads, in order of reach.',
  fieldItemDomainDescription:
    'Knowledge domain, e.g. lawful-recruitment, warning-signs, reporting.',
  fieldItemFeedbackDescription: 'Shown to the respondent after answering the post check.',
  fieldItemSourceDescription: 'Where the fact this item tests comes from.',
  fieldPartnerCountryDescription: 'ISO 3166-1 alpha-2, e.g. PH.',
  fieldPartnerAudiencesDescription:
    'The audiences this partner may show campaigns to and report on.',
  fieldPartnerRotateDescription:
    'Tick and save to replace the publishable key; the old one stops at once.',
  fieldPartnerActiveDescription: 'Untick to revoke both keys at once.',
  roleAdmin: 'Administrator',
  roleEditor: 'Editor',
  roleReviewer: 'Reviewer',
  roleEvaluator: 'Evaluator',
  fieldAuditWho: 'Who',
  fieldAuditSubjectCollection: 'What (collection)',
  fieldAuditSubjectId: 'What (id)',
  fieldAuditSubject: 'What',
  fieldAuditLanguage: 'Language',
  fieldMediaAltDescription: 'What the image shows, for people using screen readers.',
  // Server messages an editor reads in the admin: the refused publish and review decisions
  fieldHotlineLastVerified: 'Last verified',
  fieldHotlinePlaceholder: 'Placeholder',
  publishRefused:
    'This campaign cannot be published until these {{count}} things are fixed (all are listed under “Before publishing”): {{list}}',
  publishRefused_one:
    'This campaign cannot be published until this is fixed (all are listed under “Before publishing”): {{list}}',
  publishRefusedMore: '…and {{count}} more',
  blockerPlaceholderText:
    '{{where}} › “{{text}}” is placeholder text; replace it with a checked fact or remove it.',
  blockerHotlinePlaceholder:
    '{{where}} is marked as a placeholder; verify the number or address and then untick “Placeholder”.',
  blockerHotlineNeverVerified:
    '{{where}} has never been verified; call it or check its official page and then set “Last verified”.',
  blockerHotlineExpired:
    '{{where}} was last verified on {{day}} (more than {{count}} days ago); verify it again and update “Last verified”.',
  blockerHotlineExpired_one:
    '{{where}} was last verified on {{day}} (more than {{count}} day ago); verify it again and update “Last verified”.',
  partCaption: 'Caption',
  partChoice: 'Choice',
  partExplanation: 'Explanation',
  partHeading: 'Heading',
  partHotline: 'Hotline',
  partHours: 'Hours',
  partImage: 'Image',
  partItem: 'Item',
  partList: 'List',
  partName: 'Name',
  partParagraph: 'Paragraph',
  partPhone: 'Phone',
  partQuestion: 'Question',
  partRights: 'Rights',
  partUrl: 'Web address',
  partWarningSigns: 'Warning signs',
  notApprovedMessage:
    'This version is not approved for publishing: {{pending}}. A reviewer approves each language in the Review panel after its content-safety checklist; an administrator may publish without approval and that is recorded.',
  notApprovedApproved: '{{language}} is approved',
  notApprovedChangesRequested: '{{language}} has changes requested by its reviewer',
  notApprovedNotReviewed: '{{language}} has not been reviewed',
  notApprovedOutdated: '{{language}} was approved for an earlier text and changed since',
  decideSignIn: 'Sign in to review a campaign.',
  decideOnlyReviewers: 'Only reviewers and administrators approve or ask for changes.',
  decideNoCampaign: 'There is no campaign with the id {{id}}.',
  decideBody:
    'Send a JSON body: {"locale": "tl", "decision": "approve" or "request-changes", "checklist": {…}, "comment": "…"}.',
  decideLocale: '"locale" must be one of the campaign\'s languages ({{languages}}), got {{got}}.',
  decideDecision: '"decision" must be "approve" or "request-changes".',
  decideChecklist: 'Approve {{language}} only after the whole checklist; not ticked: {{items}}.',
  decideBlocked:
    '{{language}} cannot be approved while {{count}} things block publishing it; first: {{first}}',
  decideBlocked_one:
    '{{language}} cannot be approved while one thing blocks publishing it; first: {{first}}',
  decideComment: 'Say what should change: "comment" is required when asking for changes.',
  embedTitle: 'Embed on the partner’s page',
  embedCampaign: 'Campaign',
  embedAudience: 'Audience',
  embedLanguage: 'Language',
  embedQuestions: 'Questions',
  embedQuestionsByWidth: 'By the widget’s width (one per screen below 480 px)',
  embedQuestionsOnePerScreen: 'One per screen',
  embedQuestionsAllAtOnce: 'All at once',
  embedHint:
    'Paste this where the campaign should appear. It works only on the allowed origins above.',
  embedCopy: 'Copy snippet',
  embedCopied: 'Copied',
  embedSaveFirst: 'Save the partner first: that makes its key.',
  embedDeactivated: 'This partner is deactivated: its keys are refused until it is active.',
  embedNoAudience: 'Allow at least one audience above: the key shows campaigns only for those.',
  embedNoCampaign: 'No published campaign is aimed at {{audiences}} yet; the embed needs one.',
  ...evaluationEn,
}

export type AwareKey = keyof typeof en

/** A text said with a count: the key of its general form, which has a `_one` beside it. */
export type PluralKey = {
  [K in AwareKey]: K extends `${infer Base}_one` ? (Base extends AwareKey ? Base : never) : never
}[AwareKey]

/** The plural categories English lacks (`Intl.PluralRules`), which Arabic needs. */
export const extraPluralCategories = ['zero', 'two', 'few', 'many'] as const

export type PluralFormKey = `${PluralKey}_${(typeof extraPluralCategories)[number]}`

/**
 * Another language's texts: the same keys, each a string, and for a language whose plurals
 * have more forms than English's (Arabic: zero, one, two, few, many, other) those forms too.
 */
export type AwareStrings = Partial<Record<PluralFormKey, string>> & Record<AwareKey, string>
