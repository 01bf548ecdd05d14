import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Event ids become unique per sender: the stored key is "<sender>/<event id>". Rows written
 * before keep their events and figures; their sender is read from the partner column (a staff
 * account's id was not stored, so those get "user:legacy").
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "evaluation_events" ADD COLUMN "sender" varchar;
  ALTER TABLE "evaluation_events" ADD COLUMN "event_id" varchar;
  ALTER TABLE "evaluation_submissions" ADD COLUMN "sender" varchar;
  UPDATE "evaluation_events" SET
    "sender" = CASE WHEN "partner" IS NULL THEN 'user:legacy' ELSE 'partner:' || "partner" END,
    "event_id" = "id";
  UPDATE "evaluation_events" SET "id" = "sender" || '/' || "event_id";
  UPDATE "evaluation_submissions" SET
    "sender" = CASE WHEN "partner" IS NULL THEN 'user:legacy' ELSE 'partner:' || "partner" END;
  UPDATE "evaluation_submissions" SET "event" = "sender" || '/' || "event" WHERE "event" IS NOT NULL;
  ALTER TABLE "evaluation_events" ALTER COLUMN "sender" SET NOT NULL;
  ALTER TABLE "evaluation_events" ALTER COLUMN "event_id" SET NOT NULL;
  ALTER TABLE "evaluation_submissions" ALTER COLUMN "sender" SET NOT NULL;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  UPDATE "evaluation_events" SET "id" = "event_id";
  UPDATE "evaluation_submissions" SET "event" = substr("event", length("sender") + 2)
    WHERE "event" IS NOT NULL;
  ALTER TABLE "evaluation_events" DROP COLUMN "sender";
  ALTER TABLE "evaluation_events" DROP COLUMN "event_id";
  ALTER TABLE "evaluation_submissions" DROP COLUMN "sender";`)
}
