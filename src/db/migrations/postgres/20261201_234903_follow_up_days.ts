import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "campaigns" ADD COLUMN "follow_up_days" numeric;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_follow_up_days" numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "campaigns" DROP COLUMN "follow_up_days";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_follow_up_days";`)
}
