import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "campaigns" ADD COLUMN "generate_slug" boolean DEFAULT true;
  ALTER TABLE "campaigns" ADD COLUMN "period_time_zone" varchar DEFAULT 'UTC';
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_generate_slug" boolean DEFAULT true;
  ALTER TABLE "_campaigns_v" ADD COLUMN "version_period_time_zone" varchar DEFAULT 'UTC';
  ALTER TABLE "assessments" ADD COLUMN "generate_slug" boolean DEFAULT true;
  ALTER TABLE "_assessments_v" ADD COLUMN "version_generate_slug" boolean DEFAULT true;
  ALTER TABLE "audiences" ADD COLUMN "generate_slug" boolean DEFAULT true;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "campaigns" DROP COLUMN "generate_slug";
  ALTER TABLE "campaigns" DROP COLUMN "period_time_zone";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_generate_slug";
  ALTER TABLE "_campaigns_v" DROP COLUMN "version_period_time_zone";
  ALTER TABLE "assessments" DROP COLUMN "generate_slug";
  ALTER TABLE "_assessments_v" DROP COLUMN "version_generate_slug";
  ALTER TABLE "audiences" DROP COLUMN "generate_slug";`)
}
