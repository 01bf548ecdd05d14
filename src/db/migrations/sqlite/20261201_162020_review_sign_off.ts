import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`campaigns_review_sign_offs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`locale\` text,
  	\`decision\` text,
  	\`checklist_accurate\` integer DEFAULT false,
  	\`checklist_no_restraint_imagery\` integer DEFAULT false,
  	\`checklist_no_stigmatising_language\` integer DEFAULT false,
  	\`checklist_hotlines_verified\` integer DEFAULT false,
  	\`comment\` text,
  	\`reviewer_id\` integer,
  	\`reviewer_label\` text,
  	\`decided_at\` text,
  	\`fingerprint\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_review_sign_offs_order_idx\` ON \`campaigns_review_sign_offs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_review_sign_offs_parent_id_idx\` ON \`campaigns_review_sign_offs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_review_sign_offs_reviewer_idx\` ON \`campaigns_review_sign_offs\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_texts_order_parent\` ON \`campaigns_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_review_sign_offs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`locale\` text,
  	\`decision\` text,
  	\`checklist_accurate\` integer DEFAULT false,
  	\`checklist_no_restraint_imagery\` integer DEFAULT false,
  	\`checklist_no_stigmatising_language\` integer DEFAULT false,
  	\`checklist_hotlines_verified\` integer DEFAULT false,
  	\`comment\` text,
  	\`reviewer_id\` integer,
  	\`reviewer_label\` text,
  	\`decided_at\` text,
  	\`fingerprint\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_review_sign_offs_order_idx\` ON \`_campaigns_v_version_review_sign_offs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_review_sign_offs_parent_id_idx\` ON \`_campaigns_v_version_review_sign_offs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_review_sign_offs_reviewer_idx\` ON \`_campaigns_v_version_review_sign_offs\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_texts_order_parent\` ON \`_campaigns_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`review_stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`review_requested_at\` text;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`review_requested_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`review_published_without_approval_at\` text;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`review_published_without_approval_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`review_published_without_approval_by_label\` text;`)
  await db.run(sql`CREATE INDEX \`campaigns_review_stage_idx\` ON \`campaigns\` (\`review_stage\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_review_review_requested_by_idx\` ON \`campaigns\` (\`review_requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_review_published_without_approval_review_publi_idx\` ON \`campaigns\` (\`review_published_without_approval_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_review_stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_review_requested_at\` text;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_review_requested_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_review_published_without_approval_at\` text;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_review_published_without_approval_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_review_published_without_approval_by_label\` text;`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_review_stage_idx\` ON \`_campaigns_v\` (\`version_review_stage\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_review_version_review_requested_by_idx\` ON \`_campaigns_v\` (\`version_review_requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_review_published_without_approval_v_idx\` ON \`_campaigns_v\` (\`version_review_published_without_approval_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`campaigns_review_sign_offs\`;`)
  await db.run(sql`DROP TABLE \`campaigns_texts\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_review_sign_offs\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_texts\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_campaigns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`period_start\` text,
  	\`period_end\` text,
  	\`period_time_zone\` text DEFAULT 'UTC',
  	\`knowledge_check_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`knowledge_check_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_campaigns\`("id", "generate_slug", "slug", "period_start", "period_end", "period_time_zone", "knowledge_check_id", "updated_at", "created_at", "_status") SELECT "id", "generate_slug", "slug", "period_start", "period_end", "period_time_zone", "knowledge_check_id", "updated_at", "created_at", "_status" FROM \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`ALTER TABLE \`__new_campaigns\` RENAME TO \`campaigns\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_slug_idx\` ON \`campaigns\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_knowledge_check_idx\` ON \`campaigns\` (\`knowledge_check_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns__status_idx\` ON \`campaigns\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__campaigns_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_period_start\` text,
  	\`version_period_end\` text,
  	\`version_period_time_zone\` text DEFAULT 'UTC',
  	\`version_knowledge_check_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_knowledge_check_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__campaigns_v\`("id", "parent_id", "version_generate_slug", "version_slug", "version_period_start", "version_period_end", "version_period_time_zone", "version_knowledge_check_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_generate_slug", "version_slug", "version_period_start", "version_period_end", "version_period_time_zone", "version_knowledge_check_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_campaigns_v\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__campaigns_v\` RENAME TO \`_campaigns_v\`;`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_parent_idx\` ON \`_campaigns_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_slug_idx\` ON \`_campaigns_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_knowledge_check_idx\` ON \`_campaigns_v\` (\`version_knowledge_check_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_updated_at_idx\` ON \`_campaigns_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_created_at_idx\` ON \`_campaigns_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version__status_idx\` ON \`_campaigns_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_created_at_idx\` ON \`_campaigns_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_updated_at_idx\` ON \`_campaigns_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_snapshot_idx\` ON \`_campaigns_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_published_locale_idx\` ON \`_campaigns_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_latest_idx\` ON \`_campaigns_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_autosave_idx\` ON \`_campaigns_v\` (\`autosave\`);`)
}
