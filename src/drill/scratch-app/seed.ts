/** The scratch app's tables: the migration reproduced, then the month of use (migrate.ts). */
import { filesAtMigration } from './data.js';
import { createTables, LAYOUTS, migrate, monthOfUse, type TableClient } from './migrate.js';

export async function seedScratchTables(client: TableClient, stage: string): Promise<void> {
  await createTables(client, stage, LAYOUTS.plain);
  await migrate(client, stage, LAYOUTS.plain, filesAtMigration());
  await monthOfUse(client, stage, LAYOUTS.plain);
}
