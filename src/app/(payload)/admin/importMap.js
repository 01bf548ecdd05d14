import { LiveStatusCell as LiveStatusCell_f50518cfe5ba20517bb3ec8f9718bc54 } from '../../../../src/editorial/admin/LiveStatusCell'
import { LiveStatusField as LiveStatusField_43b04ffbd2b802c6c406eef7b9a005c2 } from '../../../../src/editorial/admin/LiveStatusField'
import { PublishingChecklist as PublishingChecklist_8156dba3fb8afb1ca9bd0d6a6eb0b92b } from '../../../../src/editorial/admin/PublishingChecklist'
import { ReviewPanel as ReviewPanel_8a31b54762defb329e61ee52cd2c7825 } from '../../../../src/editorial/admin/ReviewPanel'
import { PreviewLinkPanel as PreviewLinkPanel_ce3f49bdd0544fd19b42bab7adf45f0e } from '../../../../src/editorial/admin/PreviewLinkPanel'
import { ReviewStageCell as ReviewStageCell_facc6e8dd8f771f47c58a3366b8f4158 } from '../../../../src/editorial/admin/ReviewStageCell'
import { CampaignTitleCell as CampaignTitleCell_ae45149e3a5368474b468a7fabb6e396 } from '../../../../src/editorial/admin/CampaignTitleCell'
import { TranslationStatusCell as TranslationStatusCell_6be449023bd905ab9a16d75c8ba3062d } from '../../../../src/editorial/admin/TranslationStatusCell'
import { TranslationStatusField as TranslationStatusField_fc5e47f6c438f5cbf19534865bcb167d } from '../../../../src/editorial/admin/TranslationStatusField'
import { SlugField as SlugField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { ObjectiveRowLabel as ObjectiveRowLabel_fb7e5b7f54a73a24180ca85616ef5eaa } from '../../../../src/admin/labels/ObjectiveRowLabel'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FieldRowLabel as FieldRowLabel_4e7613d26c5c28762dde5d28e7c1c893 } from '../../../../src/admin/labels/FieldRowLabel'
import { BlockFieldLabel as BlockFieldLabel_68ad3bc17990eff5ba0fee3c4e467417 } from '../../../../src/admin/labels/BlockFieldLabel'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LongestChoiceWarning as LongestChoiceWarning_60ec8f03bda488683cb944cfbbed976e } from '../../../../src/evaluation/admin/itemAnalysis/LongestChoiceWarning'
import { RoleField as RoleField_c33ccbad93fd120d5392b87547207d30 } from '../../../../collections/Users/components/RoleField'
import { EmbedSnippetPanel as EmbedSnippetPanel_e9f2e1465b861fe3e76d053426b98b62 } from '../../../../src/partners/admin/EmbedSnippetPanel'
import { EvaluationNavLinks as EvaluationNavLinks_73f37d296c79ed10f1f4bc47c7a843ab } from '../../../../src/evaluation/admin/nav/EvaluationNavLinks'
import { ReportsCard as ReportsCard_ede835864c5e0b648b303cf4eeee0b34 } from '../../../../src/evaluation/admin/overview/ReportsCard'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { FieldUploadView as FieldUploadView_7826f76792a07872c198d3976a3ed4c0 } from '../../../../src/evaluation/admin/fieldUpload/FieldUploadView'
import { ReviewView as ReviewView_e5558b3d6125be4f816a67ee1f411f07 } from '../../../../src/evaluation/admin/review/ReviewView'
import { ReportsView as ReportsView_250ad7845422d18622a4b1a0716935be } from '../../../../src/evaluation/admin/reports/ReportsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/editorial/admin/LiveStatusCell#LiveStatusCell": LiveStatusCell_f50518cfe5ba20517bb3ec8f9718bc54,
  "/src/editorial/admin/LiveStatusField#LiveStatusField": LiveStatusField_43b04ffbd2b802c6c406eef7b9a005c2,
  "/src/editorial/admin/PublishingChecklist#PublishingChecklist": PublishingChecklist_8156dba3fb8afb1ca9bd0d6a6eb0b92b,
  "/src/editorial/admin/ReviewPanel#ReviewPanel": ReviewPanel_8a31b54762defb329e61ee52cd2c7825,
  "/src/editorial/admin/PreviewLinkPanel#PreviewLinkPanel": PreviewLinkPanel_ce3f49bdd0544fd19b42bab7adf45f0e,
  "/src/editorial/admin/ReviewStageCell#ReviewStageCell": ReviewStageCell_facc6e8dd8f771f47c58a3366b8f4158,
  "/src/editorial/admin/CampaignTitleCell#CampaignTitleCell": CampaignTitleCell_ae45149e3a5368474b468a7fabb6e396,
  "/src/editorial/admin/TranslationStatusCell#TranslationStatusCell": TranslationStatusCell_6be449023bd905ab9a16d75c8ba3062d,
  "/src/editorial/admin/TranslationStatusField#TranslationStatusField": TranslationStatusField_fc5e47f6c438f5cbf19534865bcb167d,
  "@payloadcms/next/client#SlugField": SlugField_2b8867833a34864a02ddf429b0728a40,
  "/src/admin/labels/ObjectiveRowLabel#ObjectiveRowLabel": ObjectiveRowLabel_fb7e5b7f54a73a24180ca85616ef5eaa,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/admin/labels/FieldRowLabel#FieldRowLabel": FieldRowLabel_4e7613d26c5c28762dde5d28e7c1c893,
  "/src/admin/labels/BlockFieldLabel#BlockFieldLabel": BlockFieldLabel_68ad3bc17990eff5ba0fee3c4e467417,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/evaluation/admin/itemAnalysis/LongestChoiceWarning#LongestChoiceWarning": LongestChoiceWarning_60ec8f03bda488683cb944cfbbed976e,
  "/collections/Users/components/RoleField#RoleField": RoleField_c33ccbad93fd120d5392b87547207d30,
  "/src/partners/admin/EmbedSnippetPanel#EmbedSnippetPanel": EmbedSnippetPanel_e9f2e1465b861fe3e76d053426b98b62,
  "/src/evaluation/admin/nav/EvaluationNavLinks#EvaluationNavLinks": EvaluationNavLinks_73f37d296c79ed10f1f4bc47c7a843ab,
  "/src/evaluation/admin/overview/ReportsCard#ReportsCard": ReportsCard_ede835864c5e0b648b303cf4eeee0b34,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/src/evaluation/admin/fieldUpload/FieldUploadView#FieldUploadView": FieldUploadView_7826f76792a07872c198d3976a3ed4c0,
  "/src/evaluation/admin/review/ReviewView#ReviewView": ReviewView_e5558b3d6125be4f816a67ee1f411f07,
  "/src/evaluation/admin/reports/ReportsView#ReportsView": ReportsView_250ad7845422d18622a4b1a0716935be,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
