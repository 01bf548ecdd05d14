import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Partners get a publishable key (issued at start for existing ones). Submissions get their time on the device, a review status and flags, and the choices picked;
 * tallies are kept apart for held submissions (flagged, excluded) and count statuses, flags and
 * retakes. Rows written before: their submissions are `ok` and untimed, taken at the stored
 * event's time (noon of their day once the event was purged), with no choices on record; their
 * tallies are counted ("included").
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`partners\` ADD \`publishable_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`partners_publishable_key_idx\` ON \`partners\` (\`publishable_key\`);`)
  await db.run(sql`ALTER TABLE \`evaluation_submissions\` ADD \`occurred_at\` text NOT NULL DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`evaluation_submissions\` ADD \`status\` text DEFAULT 'ok' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`evaluation_submissions\` ADD \`reasons\` text NOT NULL DEFAULT '[]';`)
  await db.run(sql`ALTER TABLE \`evaluation_submissions\` ADD \`choices\` text NOT NULL DEFAULT '{}';`)
  await db.run(sql`ALTER TABLE \`evaluation_submissions\` ADD \`timed\` integer DEFAULT false NOT NULL;`)
  await db.run(sql`ALTER TABLE \`evaluation_submissions\` ADD \`reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`evaluation_submissions\` ADD \`reviewed_by\` text;`)
  await db.run(sql`UPDATE \`evaluation_submissions\` SET \`occurred_at\` = coalesce(
    (SELECT e.\`occurred_at\` FROM \`evaluation_events\` e WHERE e.\`id\` = \`evaluation_submissions\`.\`event\`),
    \`day\` || 'T12:00:00.000Z');`)
  await db.run(sql`CREATE INDEX \`campaign_sender_occurredAt_idx\` ON \`evaluation_submissions\` (\`campaign\`,\`sender\`,\`occurred_at\`);`)
  await db.run(sql`CREATE INDEX \`campaign_status_idx\` ON \`evaluation_submissions\` (\`campaign\`,\`status\`);`)
  await db.run(sql`CREATE INDEX \`event_idx\` ON \`evaluation_submissions\` (\`event\`);`)
  await db.run(sql`ALTER TABLE \`evaluation_cells\` ADD \`inclusion\` text NOT NULL DEFAULT 'included';`)
  await db.run(sql`ALTER TABLE \`evaluation_cells\` ADD \`quality\` text NOT NULL DEFAULT '{}';`)
  await db.run(sql`UPDATE \`evaluation_cells\` SET \`cell_key\` = \`cell_key\` || '|included',
    \`quality\` = json_object('reasons', json_object(), 'retakes', 0, 'statuses', json_object('ok', (
      SELECT count(*) FROM \`evaluation_submissions\` s
      WHERE s.\`campaign\` = \`evaluation_cells\`.\`campaign\`
        AND s.\`audience\` = \`evaluation_cells\`.\`audience\`
        AND s.\`channel\` = \`evaluation_cells\`.\`channel\`
        AND s.\`locale\` = \`evaluation_cells\`.\`locale\`
        AND coalesce(s.\`partner\`, '') = coalesce(\`evaluation_cells\`.\`partner\`, '')
        AND s.\`day\` = \`evaluation_cells\`.\`day\`)));`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`partners_publishable_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`partners\` DROP COLUMN \`publishable_key\`;`)
  await db.run(sql`DELETE FROM \`evaluation_cells\` WHERE \`inclusion\` = 'held';`)
  await db.run(sql`UPDATE \`evaluation_cells\` SET \`cell_key\` = substr(\`cell_key\`, 1, length(\`cell_key\`) - length('|included'));`)
  await db.run(sql`DROP INDEX \`campaign_sender_occurredAt_idx\`;`)
  await db.run(sql`DROP INDEX \`campaign_status_idx\`;`)
  await db.run(sql`DROP INDEX \`event_idx\`;`)
  await db.run(sql`ALTER TABLE \`evaluation_submissions\` DROP COLUMN \`occurred_at\`;`)
  await db.run(sql`ALTER TABLE \`evaluation_submissions\` DROP COLUMN \`status\`;`)
  await db.run(sql`ALTER TABLE \`evaluation_submissions\` DROP COLUMN \`reasons\`;`)
  await db.run(sql`ALTER TABLE \`evaluation_submissions\` DROP COLUMN \`choices\`;`)
  await db.run(sql`ALTER TABLE \`evaluation_submissions\` DROP COLUMN \`timed\`;`)
  await db.run(sql`ALTER TABLE \`evaluation_submissions\` DROP COLUMN \`reviewed_at\`;`)
  await db.run(sql`ALTER TABLE \`evaluation_submissions\` DROP COLUMN \`reviewed_by\`;`)
  await db.run(sql`ALTER TABLE \`evaluation_cells\` DROP COLUMN \`inclusion\`;`)
  await db.run(sql`ALTER TABLE \`evaluation_cells\` DROP COLUMN \`quality\`;`)
}
