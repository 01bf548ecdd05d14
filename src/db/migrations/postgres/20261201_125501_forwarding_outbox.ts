import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'forwardToPosthog' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'forwardToPosthog' BEFORE 'schedulePublish';
  CREATE TABLE "evaluation_outbox" (
  	"id" varchar PRIMARY KEY NOT NULL,
  	"message" jsonb NOT NULL,
  	"queued_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "leases" (
  	"id" varchar PRIMARY KEY NOT NULL,
  	"holder" varchar,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"failures" numeric NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "evaluation_outbox_id" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "leases_id" varchar;
  CREATE INDEX "evaluation_outbox_queued_at_idx" ON "evaluation_outbox" USING btree ("queued_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_evaluation_outbox_fk" FOREIGN KEY ("evaluation_outbox_id") REFERENCES "public"."evaluation_outbox"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_leases_fk" FOREIGN KEY ("leases_id") REFERENCES "public"."leases"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_evaluation_outbox_id_idx" ON "payload_locked_documents_rels" USING btree ("evaluation_outbox_id");
  CREATE INDEX "payload_locked_documents_rels_leases_id_idx" ON "payload_locked_documents_rels" USING btree ("leases_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "evaluation_outbox" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "leases" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "evaluation_outbox" CASCADE;
  DROP TABLE "leases" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_evaluation_outbox_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_leases_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'purgeExpiredEvents', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'purgeExpiredEvents', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_evaluation_outbox_id_idx";
  DROP INDEX "payload_locked_documents_rels_leases_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "evaluation_outbox_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "leases_id";`)
}
