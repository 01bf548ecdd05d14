import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "campaigns" ADD COLUMN "translation_status" jsonb;
  ALTER TABLE "campaigns" ADD COLUMN "default_title" varchar;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_translation_status" jsonb;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_default_title" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "campaigns" DROP COLUMN "translation_status";
  ALTER TABLE "campaigns" DROP COLUMN "default_title";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_translation_status";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_default_title";`)
}
