import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`default_title\` text;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_default_title\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`default_title\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` DROP COLUMN \`version_translation_status\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` DROP COLUMN \`version_default_title\`;`)
}
