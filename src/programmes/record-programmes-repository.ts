import type { Queryable } from '../platform/db/database.js';

/** Records whose programme a route resolves before deciding who may act on them (decision 0008). */
export type ProgrammeOwnedRecord = 'cycle' | 'panel' | 'draw' | 'expert' | 'conflict';

// Each owned record reaches its programme in one indexed lookup: directly, or through its cycle
// (panels, draws) or its expert (conflicts). The SQL comes from this closed table, never input.
const PROGRAMME_OF: Record<ProgrammeOwnedRecord, string> = {
  cycle: 'SELECT programme_id FROM cycles WHERE id = $1',
  panel: 'SELECT c.programme_id FROM panels p JOIN cycles c ON c.id = p.cycle_id WHERE p.id = $1',
  draw: `SELECT c.programme_id FROM draw_commitments d JOIN panels p ON p.id = d.panel_id
         JOIN cycles c ON c.id = p.cycle_id WHERE d.id = $1`,
  expert: 'SELECT programme_id FROM experts WHERE id = $1',
  conflict: 'SELECT e.programme_id FROM conflicts x JOIN experts e ON e.id = x.expert_id WHERE x.id = $1',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The programme the record belongs to; undefined when there is no such record. */
export async function programmeOfRecord(
  db: Queryable,
  kind: ProgrammeOwnedRecord,
  id: string,
): Promise<string | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await db.query<{ programme_id: string }>(PROGRAMME_OF[kind], [id]);
  return row?.programme_id;
}
