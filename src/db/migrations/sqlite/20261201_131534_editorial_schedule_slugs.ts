import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`generate_slug\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`period_time_zone\` text DEFAULT 'UTC';`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_generate_slug\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_period_time_zone\` text DEFAULT 'UTC';`)
  await db.run(sql`ALTER TABLE \`assessments\` ADD \`generate_slug\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_assessments_v\` ADD \`version_generate_slug\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`audiences\` ADD \`generate_slug\` integer DEFAULT true;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`generate_slug\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`period_time_zone\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` DROP COLUMN \`version_generate_slug\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` DROP COLUMN \`version_period_time_zone\`;`)
  await db.run(sql`ALTER TABLE \`assessments\` DROP COLUMN \`generate_slug\`;`)
  await db.run(sql`ALTER TABLE \`_assessments_v\` DROP COLUMN \`version_generate_slug\`;`)
  await db.run(sql`ALTER TABLE \`audiences\` DROP COLUMN \`generate_slug\`;`)
}
