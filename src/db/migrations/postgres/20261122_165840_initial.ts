import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'fr', 'es', 'tl', 'id', 'ne', 'bn', 'my', 'hi', 'ar', 'ur');
  CREATE TYPE "public"."enum_campaigns_channels" AS ENUM('web', 'poster-qr', 'workshop', 'seminar', 'classroom', 'e-learning', 'messaging', 'social-media', 'in-flight', 'radio');
  CREATE TYPE "public"."enum_campaigns_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__campaigns_v_version_channels" AS ENUM('web', 'poster-qr', 'workshop', 'seminar', 'classroom', 'e-learning', 'messaging', 'social-media', 'in-flight', 'radio');
  CREATE TYPE "public"."enum__campaigns_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__campaigns_v_published_locale" AS ENUM('en', 'fr', 'es', 'tl', 'id', 'ne', 'bn', 'my', 'hi', 'ar', 'ur');
  CREATE TYPE "public"."enum_audiences_languages" AS ENUM('en', 'fr', 'es', 'tl', 'id', 'ne', 'bn', 'my', 'hi', 'ar', 'ur');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'evaluator');
  CREATE TYPE "public"."enum_evaluation_events_type" AS ENUM('impression', 'engagement', 'cta', 'share', 'assessment');
  CREATE TYPE "public"."enum_evaluation_events_phase" AS ENUM('pre', 'post', 'followup');
  CREATE TYPE "public"."enum_evaluation_submissions_phase" AS ENUM('pre', 'post', 'followup');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'purgeExpiredEvents', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'purgeExpiredEvents', 'schedulePublish');
  CREATE TABLE "campaigns_objectives" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"audience_id" integer,
  	"reach_target" numeric,
  	"knowledge_gain_target" numeric,
  	"pass_mark" numeric DEFAULT 0.7
  );
  
  CREATE TABLE "campaigns_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_campaigns_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "campaigns_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "campaigns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"period_start" timestamp(3) with time zone,
  	"period_end" timestamp(3) with time zone,
  	"knowledge_check_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_campaigns_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "campaigns_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "campaigns_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"audiences_id" integer
  );
  
  CREATE TABLE "_campaigns_v_version_objectives" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"audience_id" integer,
  	"reach_target" numeric,
  	"knowledge_gain_target" numeric,
  	"pass_mark" numeric DEFAULT 0.7,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_campaigns_v_version_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__campaigns_v_version_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_campaigns_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_period_start" timestamp(3) with time zone,
  	"version_period_end" timestamp(3) with time zone,
  	"version_knowledge_check_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__campaigns_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__campaigns_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_campaigns_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"audiences_id" integer
  );
  
  CREATE TABLE "assessments_items_choices" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"correct" boolean DEFAULT false
  );
  
  CREATE TABLE "assessments_items_choices_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "assessments_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"domain" varchar NOT NULL,
  	"source" varchar
  );
  
  CREATE TABLE "assessments_items_locales" (
  	"question" varchar NOT NULL,
  	"explanation" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "assessments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"revision" numeric DEFAULT 1,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "assessments_locales" (
  	"title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_assessments_v_version_items_choices" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"correct" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_assessments_v_version_items_choices_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_assessments_v_version_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"domain" varchar NOT NULL,
  	"source" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_assessments_v_version_items_locales" (
  	"question" varchar NOT NULL,
  	"explanation" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_assessments_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar NOT NULL,
  	"version_revision" numeric DEFAULT 1,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_assessments_v_locales" (
  	"version_title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "audiences_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_audiences_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "audiences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audiences_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"role" "enum_users_role" DEFAULT 'editor' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "partners" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"organisation" varchar NOT NULL,
  	"country" varchar,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar
  );
  
  CREATE TABLE "partners_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "partners_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"audiences_id" integer
  );
  
  CREATE TABLE "evaluation_events" (
  	"id" varchar PRIMARY KEY NOT NULL,
  	"type" "enum_evaluation_events_type" NOT NULL,
  	"campaign" varchar NOT NULL,
  	"audience" varchar NOT NULL,
  	"partner" varchar,
  	"channel" varchar NOT NULL,
  	"locale" varchar NOT NULL,
  	"day" varchar NOT NULL,
  	"occurred_at" timestamp(3) with time zone NOT NULL,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"consent" boolean DEFAULT false NOT NULL,
  	"respondent" varchar,
  	"phase" "enum_evaluation_events_phase",
  	"assessment" varchar,
  	"revision" numeric,
  	"score" numeric,
  	"answers" jsonb
  );
  
  CREATE TABLE "evaluation_submissions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"campaign" varchar NOT NULL,
  	"audience" varchar NOT NULL,
  	"partner" varchar,
  	"channel" varchar NOT NULL,
  	"locale" varchar NOT NULL,
  	"day" varchar NOT NULL,
  	"respondent" varchar NOT NULL,
  	"phase" "enum_evaluation_submissions_phase" NOT NULL,
  	"assessment" varchar NOT NULL,
  	"revision" numeric NOT NULL,
  	"score" numeric NOT NULL,
  	"correct" jsonb NOT NULL,
  	"event" varchar,
  	"received_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "evaluation_cells" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"cell_key" varchar NOT NULL,
  	"campaign" varchar NOT NULL,
  	"audience" varchar NOT NULL,
  	"partner" varchar,
  	"channel" varchar NOT NULL,
  	"locale" varchar NOT NULL,
  	"day" varchar NOT NULL,
  	"impressions" numeric NOT NULL,
  	"engagements" numeric NOT NULL,
  	"ctas" numeric NOT NULL,
  	"shares" numeric NOT NULL,
  	"assessments" numeric NOT NULL,
  	"reached_sketch" varchar,
  	"engaged_sketch" varchar,
  	"cta_sketch" varchar,
  	"scores" jsonb NOT NULL,
  	"pairs" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"campaigns_id" integer,
  	"assessments_id" integer,
  	"audiences_id" integer,
  	"media_id" integer,
  	"users_id" integer,
  	"partners_id" integer,
  	"evaluation_events_id" varchar,
  	"evaluation_submissions_id" integer,
  	"evaluation_cells_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"partners_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "campaigns_objectives" ADD CONSTRAINT "campaigns_objectives_audience_id_audiences_id_fk" FOREIGN KEY ("audience_id") REFERENCES "public"."audiences"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_objectives" ADD CONSTRAINT "campaigns_objectives_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_channels" ADD CONSTRAINT "campaigns_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_sources" ADD CONSTRAINT "campaigns_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_knowledge_check_id_assessments_id_fk" FOREIGN KEY ("knowledge_check_id") REFERENCES "public"."assessments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_locales" ADD CONSTRAINT "campaigns_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_objectives" ADD CONSTRAINT "_campaigns_v_version_objectives_audience_id_audiences_id_fk" FOREIGN KEY ("audience_id") REFERENCES "public"."audiences"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_objectives" ADD CONSTRAINT "_campaigns_v_version_objectives_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_channels" ADD CONSTRAINT "_campaigns_v_version_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_sources" ADD CONSTRAINT "_campaigns_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_parent_id_campaigns_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_knowledge_check_id_assessments_id_fk" FOREIGN KEY ("version_knowledge_check_id") REFERENCES "public"."assessments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_locales" ADD CONSTRAINT "_campaigns_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assessments_items_choices" ADD CONSTRAINT "assessments_items_choices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."assessments_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assessments_items_choices_locales" ADD CONSTRAINT "assessments_items_choices_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."assessments_items_choices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assessments_items" ADD CONSTRAINT "assessments_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assessments_items_locales" ADD CONSTRAINT "assessments_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."assessments_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assessments_locales" ADD CONSTRAINT "assessments_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_assessments_v_version_items_choices" ADD CONSTRAINT "_assessments_v_version_items_choices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_assessments_v_version_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_assessments_v_version_items_choices_locales" ADD CONSTRAINT "_assessments_v_version_items_choices_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_assessments_v_version_items_choices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_assessments_v_version_items" ADD CONSTRAINT "_assessments_v_version_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_assessments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_assessments_v_version_items_locales" ADD CONSTRAINT "_assessments_v_version_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_assessments_v_version_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_assessments_v" ADD CONSTRAINT "_assessments_v_parent_id_assessments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."assessments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_assessments_v_locales" ADD CONSTRAINT "_assessments_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_assessments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audiences_languages" ADD CONSTRAINT "audiences_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audiences_locales" ADD CONSTRAINT "audiences_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_texts" ADD CONSTRAINT "partners_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_rels" ADD CONSTRAINT "partners_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_rels" ADD CONSTRAINT "partners_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_assessments_fk" FOREIGN KEY ("assessments_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audiences_fk" FOREIGN KEY ("audiences_id") REFERENCES "public"."audiences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_evaluation_events_fk" FOREIGN KEY ("evaluation_events_id") REFERENCES "public"."evaluation_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_evaluation_submissions_fk" FOREIGN KEY ("evaluation_submissions_id") REFERENCES "public"."evaluation_submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_evaluation_cells_fk" FOREIGN KEY ("evaluation_cells_id") REFERENCES "public"."evaluation_cells"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "campaigns_objectives_order_idx" ON "campaigns_objectives" USING btree ("_order");
  CREATE INDEX "campaigns_objectives_parent_id_idx" ON "campaigns_objectives" USING btree ("_parent_id");
  CREATE INDEX "campaigns_objectives_audience_idx" ON "campaigns_objectives" USING btree ("audience_id");
  CREATE INDEX "campaigns_channels_order_idx" ON "campaigns_channels" USING btree ("order");
  CREATE INDEX "campaigns_channels_parent_idx" ON "campaigns_channels" USING btree ("parent_id");
  CREATE INDEX "campaigns_sources_order_idx" ON "campaigns_sources" USING btree ("_order");
  CREATE INDEX "campaigns_sources_parent_id_idx" ON "campaigns_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "campaigns_slug_idx" ON "campaigns" USING btree ("slug");
  CREATE INDEX "campaigns_knowledge_check_idx" ON "campaigns" USING btree ("knowledge_check_id");
  CREATE INDEX "campaigns_updated_at_idx" ON "campaigns" USING btree ("updated_at");
  CREATE INDEX "campaigns_created_at_idx" ON "campaigns" USING btree ("created_at");
  CREATE INDEX "campaigns__status_idx" ON "campaigns" USING btree ("_status");
  CREATE UNIQUE INDEX "campaigns_locales_locale_parent_id_unique" ON "campaigns_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "campaigns_rels_order_idx" ON "campaigns_rels" USING btree ("order");
  CREATE INDEX "campaigns_rels_parent_idx" ON "campaigns_rels" USING btree ("parent_id");
  CREATE INDEX "campaigns_rels_path_idx" ON "campaigns_rels" USING btree ("path");
  CREATE INDEX "campaigns_rels_audiences_id_idx" ON "campaigns_rels" USING btree ("audiences_id");
  CREATE INDEX "_campaigns_v_version_objectives_order_idx" ON "_campaigns_v_version_objectives" USING btree ("_order");
  CREATE INDEX "_campaigns_v_version_objectives_parent_id_idx" ON "_campaigns_v_version_objectives" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_version_objectives_audience_idx" ON "_campaigns_v_version_objectives" USING btree ("audience_id");
  CREATE INDEX "_campaigns_v_version_channels_order_idx" ON "_campaigns_v_version_channels" USING btree ("order");
  CREATE INDEX "_campaigns_v_version_channels_parent_idx" ON "_campaigns_v_version_channels" USING btree ("parent_id");
  CREATE INDEX "_campaigns_v_version_sources_order_idx" ON "_campaigns_v_version_sources" USING btree ("_order");
  CREATE INDEX "_campaigns_v_version_sources_parent_id_idx" ON "_campaigns_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_parent_idx" ON "_campaigns_v" USING btree ("parent_id");
  CREATE INDEX "_campaigns_v_version_version_slug_idx" ON "_campaigns_v" USING btree ("version_slug");
  CREATE INDEX "_campaigns_v_version_version_knowledge_check_idx" ON "_campaigns_v" USING btree ("version_knowledge_check_id");
  CREATE INDEX "_campaigns_v_version_version_updated_at_idx" ON "_campaigns_v" USING btree ("version_updated_at");
  CREATE INDEX "_campaigns_v_version_version_created_at_idx" ON "_campaigns_v" USING btree ("version_created_at");
  CREATE INDEX "_campaigns_v_version_version__status_idx" ON "_campaigns_v" USING btree ("version__status");
  CREATE INDEX "_campaigns_v_created_at_idx" ON "_campaigns_v" USING btree ("created_at");
  CREATE INDEX "_campaigns_v_updated_at_idx" ON "_campaigns_v" USING btree ("updated_at");
  CREATE INDEX "_campaigns_v_snapshot_idx" ON "_campaigns_v" USING btree ("snapshot");
  CREATE INDEX "_campaigns_v_published_locale_idx" ON "_campaigns_v" USING btree ("published_locale");
  CREATE INDEX "_campaigns_v_latest_idx" ON "_campaigns_v" USING btree ("latest");
  CREATE INDEX "_campaigns_v_autosave_idx" ON "_campaigns_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_campaigns_v_locales_locale_parent_id_unique" ON "_campaigns_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_campaigns_v_rels_order_idx" ON "_campaigns_v_rels" USING btree ("order");
  CREATE INDEX "_campaigns_v_rels_parent_idx" ON "_campaigns_v_rels" USING btree ("parent_id");
  CREATE INDEX "_campaigns_v_rels_path_idx" ON "_campaigns_v_rels" USING btree ("path");
  CREATE INDEX "_campaigns_v_rels_audiences_id_idx" ON "_campaigns_v_rels" USING btree ("audiences_id");
  CREATE INDEX "assessments_items_choices_order_idx" ON "assessments_items_choices" USING btree ("_order");
  CREATE INDEX "assessments_items_choices_parent_id_idx" ON "assessments_items_choices" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "assessments_items_choices_locales_locale_parent_id_unique" ON "assessments_items_choices_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "assessments_items_order_idx" ON "assessments_items" USING btree ("_order");
  CREATE INDEX "assessments_items_parent_id_idx" ON "assessments_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "assessments_items_locales_locale_parent_id_unique" ON "assessments_items_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "assessments_slug_idx" ON "assessments" USING btree ("slug");
  CREATE INDEX "assessments_updated_at_idx" ON "assessments" USING btree ("updated_at");
  CREATE INDEX "assessments_created_at_idx" ON "assessments" USING btree ("created_at");
  CREATE UNIQUE INDEX "assessments_locales_locale_parent_id_unique" ON "assessments_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_assessments_v_version_items_choices_order_idx" ON "_assessments_v_version_items_choices" USING btree ("_order");
  CREATE INDEX "_assessments_v_version_items_choices_parent_id_idx" ON "_assessments_v_version_items_choices" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_assessments_v_version_items_choices_locales_locale_parent_i" ON "_assessments_v_version_items_choices_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_assessments_v_version_items_order_idx" ON "_assessments_v_version_items" USING btree ("_order");
  CREATE INDEX "_assessments_v_version_items_parent_id_idx" ON "_assessments_v_version_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_assessments_v_version_items_locales_locale_parent_id_unique" ON "_assessments_v_version_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_assessments_v_parent_idx" ON "_assessments_v" USING btree ("parent_id");
  CREATE INDEX "_assessments_v_version_version_slug_idx" ON "_assessments_v" USING btree ("version_slug");
  CREATE INDEX "_assessments_v_version_version_updated_at_idx" ON "_assessments_v" USING btree ("version_updated_at");
  CREATE INDEX "_assessments_v_version_version_created_at_idx" ON "_assessments_v" USING btree ("version_created_at");
  CREATE INDEX "_assessments_v_created_at_idx" ON "_assessments_v" USING btree ("created_at");
  CREATE INDEX "_assessments_v_updated_at_idx" ON "_assessments_v" USING btree ("updated_at");
  CREATE UNIQUE INDEX "_assessments_v_locales_locale_parent_id_unique" ON "_assessments_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "audiences_languages_order_idx" ON "audiences_languages" USING btree ("order");
  CREATE INDEX "audiences_languages_parent_idx" ON "audiences_languages" USING btree ("parent_id");
  CREATE UNIQUE INDEX "audiences_slug_idx" ON "audiences" USING btree ("slug");
  CREATE INDEX "audiences_updated_at_idx" ON "audiences" USING btree ("updated_at");
  CREATE INDEX "audiences_created_at_idx" ON "audiences" USING btree ("created_at");
  CREATE UNIQUE INDEX "audiences_locales_locale_parent_id_unique" ON "audiences_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "partners_updated_at_idx" ON "partners" USING btree ("updated_at");
  CREATE INDEX "partners_created_at_idx" ON "partners" USING btree ("created_at");
  CREATE INDEX "partners_texts_order_parent" ON "partners_texts" USING btree ("order","parent_id");
  CREATE INDEX "partners_rels_order_idx" ON "partners_rels" USING btree ("order");
  CREATE INDEX "partners_rels_parent_idx" ON "partners_rels" USING btree ("parent_id");
  CREATE INDEX "partners_rels_path_idx" ON "partners_rels" USING btree ("path");
  CREATE INDEX "partners_rels_audiences_id_idx" ON "partners_rels" USING btree ("audiences_id");
  CREATE INDEX "evaluation_events_received_at_idx" ON "evaluation_events" USING btree ("received_at");
  CREATE UNIQUE INDEX "campaign_respondent_phase_idx" ON "evaluation_submissions" USING btree ("campaign","respondent","phase");
  CREATE UNIQUE INDEX "evaluation_cells_cell_key_idx" ON "evaluation_cells" USING btree ("cell_key");
  CREATE INDEX "campaign_day_idx" ON "evaluation_cells" USING btree ("campaign","day");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("campaigns_id");
  CREATE INDEX "payload_locked_documents_rels_assessments_id_idx" ON "payload_locked_documents_rels" USING btree ("assessments_id");
  CREATE INDEX "payload_locked_documents_rels_audiences_id_idx" ON "payload_locked_documents_rels" USING btree ("audiences_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_partners_id_idx" ON "payload_locked_documents_rels" USING btree ("partners_id");
  CREATE INDEX "payload_locked_documents_rels_evaluation_events_id_idx" ON "payload_locked_documents_rels" USING btree ("evaluation_events_id");
  CREATE INDEX "payload_locked_documents_rels_evaluation_submissions_id_idx" ON "payload_locked_documents_rels" USING btree ("evaluation_submissions_id");
  CREATE INDEX "payload_locked_documents_rels_evaluation_cells_id_idx" ON "payload_locked_documents_rels" USING btree ("evaluation_cells_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_rels_partners_id_idx" ON "payload_preferences_rels" USING btree ("partners_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "campaigns_objectives" CASCADE;
  DROP TABLE "campaigns_channels" CASCADE;
  DROP TABLE "campaigns_sources" CASCADE;
  DROP TABLE "campaigns" CASCADE;
  DROP TABLE "campaigns_locales" CASCADE;
  DROP TABLE "campaigns_rels" CASCADE;
  DROP TABLE "_campaigns_v_version_objectives" CASCADE;
  DROP TABLE "_campaigns_v_version_channels" CASCADE;
  DROP TABLE "_campaigns_v_version_sources" CASCADE;
  DROP TABLE "_campaigns_v" CASCADE;
  DROP TABLE "_campaigns_v_locales" CASCADE;
  DROP TABLE "_campaigns_v_rels" CASCADE;
  DROP TABLE "assessments_items_choices" CASCADE;
  DROP TABLE "assessments_items_choices_locales" CASCADE;
  DROP TABLE "assessments_items" CASCADE;
  DROP TABLE "assessments_items_locales" CASCADE;
  DROP TABLE "assessments" CASCADE;
  DROP TABLE "assessments_locales" CASCADE;
  DROP TABLE "_assessments_v_version_items_choices" CASCADE;
  DROP TABLE "_assessments_v_version_items_choices_locales" CASCADE;
  DROP TABLE "_assessments_v_version_items" CASCADE;
  DROP TABLE "_assessments_v_version_items_locales" CASCADE;
  DROP TABLE "_assessments_v" CASCADE;
  DROP TABLE "_assessments_v_locales" CASCADE;
  DROP TABLE "audiences_languages" CASCADE;
  DROP TABLE "audiences" CASCADE;
  DROP TABLE "audiences_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "partners" CASCADE;
  DROP TABLE "partners_texts" CASCADE;
  DROP TABLE "partners_rels" CASCADE;
  DROP TABLE "evaluation_events" CASCADE;
  DROP TABLE "evaluation_submissions" CASCADE;
  DROP TABLE "evaluation_cells" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_campaigns_channels";
  DROP TYPE "public"."enum_campaigns_status";
  DROP TYPE "public"."enum__campaigns_v_version_channels";
  DROP TYPE "public"."enum__campaigns_v_version_status";
  DROP TYPE "public"."enum__campaigns_v_published_locale";
  DROP TYPE "public"."enum_audiences_languages";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_evaluation_events_type";
  DROP TYPE "public"."enum_evaluation_events_phase";
  DROP TYPE "public"."enum_evaluation_submissions_phase";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
