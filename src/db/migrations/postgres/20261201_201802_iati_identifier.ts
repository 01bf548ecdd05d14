import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "campaigns" ADD COLUMN "iati_identifier" varchar;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_iati_identifier" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "campaigns" DROP COLUMN "iati_identifier";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_iati_identifier";`)
}
