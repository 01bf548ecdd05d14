import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Event ids become unique per sender: the stored key is "<sender>/<event id>". Rows written
 * before keep their events and figures; their sender is read from the partner column (a staff
 * account's id was not stored, so those get "user:legacy").
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`evaluation_events\` ADD \`sender\` text NOT NULL DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`evaluation_events\` ADD \`event_id\` text NOT NULL DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`evaluation_submissions\` ADD \`sender\` text NOT NULL DEFAULT '';`)
  await db.run(sql`UPDATE \`evaluation_events\` SET
    \`sender\` = CASE WHEN \`partner\` IS NULL THEN 'user:legacy' ELSE 'partner:' || \`partner\` END,
    \`event_id\` = \`id\`;`)
  await db.run(sql`UPDATE \`evaluation_events\` SET \`id\` = \`sender\` || '/' || \`event_id\`;`)
  await db.run(sql`UPDATE \`evaluation_submissions\` SET
    \`sender\` = CASE WHEN \`partner\` IS NULL THEN 'user:legacy' ELSE 'partner:' || \`partner\` END;`)
  await db.run(sql`UPDATE \`evaluation_submissions\` SET \`event\` = \`sender\` || '/' || \`event\`
    WHERE \`event\` IS NOT NULL;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`UPDATE \`evaluation_events\` SET \`id\` = \`event_id\`;`)
  await db.run(sql`UPDATE \`evaluation_submissions\` SET
    \`event\` = substr(\`event\`, length(\`sender\`) + 2) WHERE \`event\` IS NOT NULL;`)
  await db.run(sql`ALTER TABLE \`evaluation_events\` DROP COLUMN \`sender\`;`)
  await db.run(sql`ALTER TABLE \`evaluation_events\` DROP COLUMN \`event_id\`;`)
  await db.run(sql`ALTER TABLE \`evaluation_submissions\` DROP COLUMN \`sender\`;`)
}
