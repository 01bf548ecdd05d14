import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_campaigns_review_sign_offs_locale" AS ENUM('en', 'fr', 'es', 'tl', 'id', 'ne', 'bn', 'my', 'hi', 'ar', 'ur');
  CREATE TYPE "public"."enum_campaigns_review_sign_offs_decision" AS ENUM('approved', 'changes-requested');
  CREATE TYPE "public"."enum_campaigns_review_stage" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  CREATE TYPE "public"."enum__campaigns_v_version_review_sign_offs_locale" AS ENUM('en', 'fr', 'es', 'tl', 'id', 'ne', 'bn', 'my', 'hi', 'ar', 'ur');
  CREATE TYPE "public"."enum__campaigns_v_version_review_sign_offs_decision" AS ENUM('approved', 'changes-requested');
  CREATE TYPE "public"."enum__campaigns_v_version_review_stage" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'published');
  ALTER TYPE "public"."enum_users_role" ADD VALUE 'reviewer' BEFORE 'evaluator';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'campaign.published-without-approval' BEFORE 'campaign.unpublished';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'campaign.review-requested' BEFORE 'user.created';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'campaign.approved' BEFORE 'user.created';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'campaign.changes-requested' BEFORE 'user.created';
  CREATE TABLE "campaigns_review_sign_offs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"locale" "enum_campaigns_review_sign_offs_locale",
  	"decision" "enum_campaigns_review_sign_offs_decision",
  	"checklist_accurate" boolean DEFAULT false,
  	"checklist_no_restraint_imagery" boolean DEFAULT false,
  	"checklist_no_stigmatising_language" boolean DEFAULT false,
  	"checklist_hotlines_verified" boolean DEFAULT false,
  	"comment" varchar,
  	"reviewer_id" integer,
  	"reviewer_label" varchar,
  	"decided_at" timestamp(3) with time zone,
  	"fingerprint" varchar
  );
  
  CREATE TABLE "campaigns_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_campaigns_v_version_review_sign_offs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"locale" "enum__campaigns_v_version_review_sign_offs_locale",
  	"decision" "enum__campaigns_v_version_review_sign_offs_decision",
  	"checklist_accurate" boolean DEFAULT false,
  	"checklist_no_restraint_imagery" boolean DEFAULT false,
  	"checklist_no_stigmatising_language" boolean DEFAULT false,
  	"checklist_hotlines_verified" boolean DEFAULT false,
  	"comment" varchar,
  	"reviewer_id" integer,
  	"reviewer_label" varchar,
  	"decided_at" timestamp(3) with time zone,
  	"fingerprint" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_campaigns_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "campaigns" ADD COLUMN "review_stage" "enum_campaigns_review_stage" DEFAULT 'draft';
  ALTER TABLE "campaigns" ADD COLUMN "review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "campaigns" ADD COLUMN "review_requested_by_id" integer;
  ALTER TABLE "campaigns" ADD COLUMN "review_published_without_approval_at" timestamp(3) with time zone;
  ALTER TABLE "campaigns" ADD COLUMN "review_published_without_approval_by_id" integer;
  ALTER TABLE "campaigns" ADD COLUMN "review_published_without_approval_by_label" varchar;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_review_stage" "enum__campaigns_v_version_review_stage" DEFAULT 'draft';
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_review_requested_by_id" integer;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_review_published_without_approval_at" timestamp(3) with time zone;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_review_published_without_approval_by_id" integer;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_review_published_without_approval_by_label" varchar;
  ALTER TABLE "campaigns_review_sign_offs" ADD CONSTRAINT "campaigns_review_sign_offs_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_review_sign_offs" ADD CONSTRAINT "campaigns_review_sign_offs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_texts" ADD CONSTRAINT "campaigns_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_review_sign_offs" ADD CONSTRAINT "_campaigns_v_version_review_sign_offs_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_review_sign_offs" ADD CONSTRAINT "_campaigns_v_version_review_sign_offs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_texts" ADD CONSTRAINT "_campaigns_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "campaigns_review_sign_offs_order_idx" ON "campaigns_review_sign_offs" USING btree ("_order");
  CREATE INDEX "campaigns_review_sign_offs_parent_id_idx" ON "campaigns_review_sign_offs" USING btree ("_parent_id");
  CREATE INDEX "campaigns_review_sign_offs_reviewer_idx" ON "campaigns_review_sign_offs" USING btree ("reviewer_id");
  CREATE INDEX "campaigns_texts_order_parent" ON "campaigns_texts" USING btree ("order","parent_id");
  CREATE INDEX "_campaigns_v_version_review_sign_offs_order_idx" ON "_campaigns_v_version_review_sign_offs" USING btree ("_order");
  CREATE INDEX "_campaigns_v_version_review_sign_offs_parent_id_idx" ON "_campaigns_v_version_review_sign_offs" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_version_review_sign_offs_reviewer_idx" ON "_campaigns_v_version_review_sign_offs" USING btree ("reviewer_id");
  CREATE INDEX "_campaigns_v_texts_order_parent" ON "_campaigns_v_texts" USING btree ("order","parent_id");
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_review_requested_by_id_users_id_fk" FOREIGN KEY ("review_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_review_published_without_approval_by_id_users_id_fk" FOREIGN KEY ("review_published_without_approval_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_review_requested_by_id_users_id_fk" FOREIGN KEY ("version_review_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_review_published_without_approval_by_id_users_id_fk" FOREIGN KEY ("version_review_published_without_approval_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "campaigns_review_stage_idx" ON "campaigns" USING btree ("review_stage");
  CREATE INDEX "campaigns_review_review_requested_by_idx" ON "campaigns" USING btree ("review_requested_by_id");
  CREATE INDEX "campaigns_review_published_without_approval_review_publi_idx" ON "campaigns" USING btree ("review_published_without_approval_by_id");
  CREATE INDEX "_campaigns_v_version_version_review_stage_idx" ON "_campaigns_v" USING btree ("version_review_stage");
  CREATE INDEX "_campaigns_v_version_review_version_review_requested_by_idx" ON "_campaigns_v" USING btree ("version_review_requested_by_id");
  CREATE INDEX "_campaigns_v_version_review_published_without_approval_v_idx" ON "_campaigns_v" USING btree ("version_review_published_without_approval_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "campaigns_review_sign_offs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_version_review_sign_offs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_texts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "campaigns_review_sign_offs" CASCADE;
  DROP TABLE "campaigns_texts" CASCADE;
  DROP TABLE "_campaigns_v_version_review_sign_offs" CASCADE;
  DROP TABLE "_campaigns_v_texts" CASCADE;
  ALTER TABLE "campaigns" DROP CONSTRAINT "campaigns_review_requested_by_id_users_id_fk";
  
  ALTER TABLE "campaigns" DROP CONSTRAINT "campaigns_review_published_without_approval_by_id_users_id_fk";
  
  ALTER TABLE "_campaigns_v" DROP CONSTRAINT "_campaigns_v_version_review_requested_by_id_users_id_fk";
  
  ALTER TABLE "_campaigns_v" DROP CONSTRAINT "_campaigns_v_version_review_published_without_approval_by_id_users_id_fk";
  
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE text;
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'editor'::text;
  DROP TYPE "public"."enum_users_role";
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'evaluator');
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'editor'::"public"."enum_users_role";
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE "public"."enum_users_role" USING "role"::"public"."enum_users_role";
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('campaign.published', 'campaign.unpublished', 'user.created', 'user.role-changed', 'partner-key.created', 'partner-key.rotated', 'partner-key.revoked', 'data.exported');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  DROP INDEX "campaigns_review_stage_idx";
  DROP INDEX "campaigns_review_review_requested_by_idx";
  DROP INDEX "campaigns_review_published_without_approval_review_publi_idx";
  DROP INDEX "_campaigns_v_version_version_review_stage_idx";
  DROP INDEX "_campaigns_v_version_review_version_review_requested_by_idx";
  DROP INDEX "_campaigns_v_version_review_published_without_approval_v_idx";
  ALTER TABLE "campaigns" DROP COLUMN "review_stage";
  ALTER TABLE "campaigns" DROP COLUMN "review_requested_at";
  ALTER TABLE "campaigns" DROP COLUMN "review_requested_by_id";
  ALTER TABLE "campaigns" DROP COLUMN "review_published_without_approval_at";
  ALTER TABLE "campaigns" DROP COLUMN "review_published_without_approval_by_id";
  ALTER TABLE "campaigns" DROP COLUMN "review_published_without_approval_by_label";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_review_stage";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_review_requested_at";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_review_requested_by_id";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_review_published_without_approval_at";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_review_published_without_approval_by_id";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_review_published_without_approval_by_label";
  DROP TYPE "public"."enum_campaigns_review_sign_offs_locale";
  DROP TYPE "public"."enum_campaigns_review_sign_offs_decision";
  DROP TYPE "public"."enum_campaigns_review_stage";
  DROP TYPE "public"."enum__campaigns_v_version_review_sign_offs_locale";
  DROP TYPE "public"."enum__campaigns_v_version_review_sign_offs_decision";
  DROP TYPE "public"."enum__campaigns_v_version_review_stage";`)
}
