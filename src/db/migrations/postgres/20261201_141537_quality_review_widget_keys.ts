import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Partners get a publishable key (issued at start for existing ones). Submissions get their time on the device, a review status and flags, and the choices picked;
 * tallies are kept apart for held submissions (flagged, excluded) and count statuses, flags and
 * retakes. Rows written before: their submissions are `ok` and untimed, taken at the stored
 * event's time (noon of their day once the event was purged), with no choices on record; their
 * tallies are counted ("included").
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TYPE "public"."enum_evaluation_submissions_status" AS ENUM('ok', 'flagged', 'excluded', 'approved');
  CREATE TYPE "public"."enum_evaluation_cells_inclusion" AS ENUM('included', 'held');
  ALTER TABLE "partners" ADD COLUMN "publishable_key" varchar;
  CREATE UNIQUE INDEX "partners_publishable_key_idx" ON "partners" USING btree ("publishable_key");
  ALTER TABLE "evaluation_submissions" ADD COLUMN "occurred_at" varchar;
  ALTER TABLE "evaluation_submissions" ADD COLUMN "status" "enum_evaluation_submissions_status" DEFAULT 'ok' NOT NULL;
  ALTER TABLE "evaluation_submissions" ADD COLUMN "reasons" jsonb DEFAULT '[]'::jsonb NOT NULL;
  ALTER TABLE "evaluation_submissions" ADD COLUMN "choices" jsonb DEFAULT '{}'::jsonb NOT NULL;
  ALTER TABLE "evaluation_submissions" ADD COLUMN "timed" boolean DEFAULT false NOT NULL;
  ALTER TABLE "evaluation_submissions" ADD COLUMN "reviewed_at" varchar;
  ALTER TABLE "evaluation_submissions" ADD COLUMN "reviewed_by" varchar;
  UPDATE "evaluation_submissions" s SET "occurred_at" = coalesce(
    (SELECT to_char(e."occurred_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
       FROM "evaluation_events" e WHERE e."id" = s."event"),
    s."day" || 'T12:00:00.000Z');
  ALTER TABLE "evaluation_submissions" ALTER COLUMN "occurred_at" SET NOT NULL;
  ALTER TABLE "evaluation_submissions" ALTER COLUMN "reasons" DROP DEFAULT;
  ALTER TABLE "evaluation_submissions" ALTER COLUMN "choices" DROP DEFAULT;
  ALTER TABLE "evaluation_cells" ADD COLUMN "inclusion" "enum_evaluation_cells_inclusion" DEFAULT 'included' NOT NULL;
  ALTER TABLE "evaluation_cells" ADD COLUMN "quality" jsonb DEFAULT '{}'::jsonb NOT NULL;
  UPDATE "evaluation_cells" c SET "cell_key" = c."cell_key" || '|included',
    "quality" = jsonb_build_object('reasons', '{}'::jsonb, 'retakes', 0, 'statuses',
      jsonb_build_object('ok', (SELECT count(*) FROM "evaluation_submissions" s
        WHERE s."campaign" = c."campaign" AND s."audience" = c."audience"
          AND s."channel" = c."channel" AND s."locale" = c."locale"
          AND coalesce(s."partner", '') = coalesce(c."partner", '') AND s."day" = c."day")));
  ALTER TABLE "evaluation_cells" ALTER COLUMN "inclusion" DROP DEFAULT;
  ALTER TABLE "evaluation_cells" ALTER COLUMN "quality" DROP DEFAULT;
  CREATE INDEX "campaign_sender_occurredAt_idx" ON "evaluation_submissions" USING btree ("campaign","sender","occurred_at");
  CREATE INDEX "campaign_status_idx" ON "evaluation_submissions" USING btree ("campaign","status");
  CREATE INDEX "event_idx" ON "evaluation_submissions" USING btree ("event");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX "partners_publishable_key_idx";
  ALTER TABLE "partners" DROP COLUMN "publishable_key";
  DELETE FROM "evaluation_cells" WHERE "inclusion" = 'held';
  UPDATE "evaluation_cells" SET "cell_key" = left("cell_key", length("cell_key") - length('|included'));
  DROP INDEX "campaign_sender_occurredAt_idx";
  DROP INDEX "campaign_status_idx";
  DROP INDEX "event_idx";
  ALTER TABLE "evaluation_submissions" DROP COLUMN "occurred_at";
  ALTER TABLE "evaluation_submissions" DROP COLUMN "status";
  ALTER TABLE "evaluation_submissions" DROP COLUMN "reasons";
  ALTER TABLE "evaluation_submissions" DROP COLUMN "choices";
  ALTER TABLE "evaluation_submissions" DROP COLUMN "timed";
  ALTER TABLE "evaluation_submissions" DROP COLUMN "reviewed_at";
  ALTER TABLE "evaluation_submissions" DROP COLUMN "reviewed_by";
  ALTER TABLE "evaluation_cells" DROP COLUMN "inclusion";
  ALTER TABLE "evaluation_cells" DROP COLUMN "quality";
  DROP TYPE "public"."enum_evaluation_submissions_status";
  DROP TYPE "public"."enum_evaluation_cells_inclusion";`)
}
