/**
 * Campaign packs: campaigns authored as data in campaigns/<slug>/ (see campaigns/README.md).
 * Pure: nothing here imports Payload; the import/export commands build on these functions.
 */
export type * from './types'

export { loadPacks, type LoadPacksOptions } from './load'
export {
  AUDIENCES_FILE,
  CAMPAIGN_FILE,
  formatPackError,
  KNOWLEDGE_CHECK_FILE,
  validateAudiences,
  validatePack,
  type AudiencesResult,
  type PackCheckOptions,
  type PackInput,
  type PackResult,
} from './validate'
export {
  createSchemaValidator,
  defaultSchemaDir,
  type FieldProblem,
  type PackFileKind,
  type SchemaValidator,
} from './schemas'
export {
  blockId,
  blockRowId,
  bodyToLexical,
  linkId,
  type BodyToLexicalOptions,
  type SerializedEditorState,
} from './lexical'
export { lexicalToBody, type LexicalStateLike, type LexicalToBodyOptions } from './lexicalToBody'
export { parseInline, serializeInline, type InlineNode, type ParsedInline } from './inline'
export {
  audiencesToDocuments,
  documentsToAudiences,
  documentsToPack,
  packToDocuments,
  type AssessmentDocument,
  type AudienceDocument,
  type CampaignDocument,
  type DocumentsToPackOptions,
  type LocalizedDocuments,
  type PackDocuments,
  type PackToDocumentsOptions,
  type StoredAssessment,
  type StoredAudience,
  type StoredCampaign,
} from './documents'
