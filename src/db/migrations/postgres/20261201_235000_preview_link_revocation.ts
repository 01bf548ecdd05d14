import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'campaign.preview-link-revoked' BEFORE 'user.created';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DELETE FROM "audit_events" WHERE "action" = 'campaign.preview-link-revoked';
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('campaign.published', 'campaign.published-without-approval', 'campaign.unpublished', 'campaign.review-requested', 'campaign.approved', 'campaign.changes-requested', 'campaign.preview-link-created', 'user.created', 'user.role-changed', 'partner-key.created', 'partner-key.rotated', 'partner-key.revoked', 'data.exported');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";`)
}
