import type { MemoryData } from '@pm-widgets/core/memory';
import type { Db } from './db.js';

type Collection = Exclude<keyof MemoryData, never>;

/** Each collection of core's data set, its table, and the columns pulled out of the document. */
const TABLES: Record<Collection, { table: string; columns: Record<string, (doc: any) => unknown> }> = {
  people: { table: 'people', columns: { manager_id: (d) => d.managerId ?? null } },
  teams: { table: 'teams', columns: {} },
  cycles: { table: 'cycles', columns: {} },
  competencies: { table: 'competencies', columns: {} },
  surveys: { table: 'surveys', columns: {} },
  checkInQuestions: { table: 'check_in_questions', columns: {} },
  goals: { table: 'goals', columns: { owner_id: (d) => d.ownerId ?? null, version: (d) => d.version ?? 0 } },
  checkIns: { table: 'check_ins', columns: { person_id: (d) => d.personId } },
  assignments: { table: 'assignments', columns: { rater_id: (d) => d.raterId ?? null } },
  responses: { table: 'responses', columns: { subject_id: (d) => d.subjectId } },
  feedback: { table: 'feedback', columns: { to_id: (d) => d.toId, from_id: (d) => d.from?.id ?? null } },
  feedbackRequests: { table: 'feedback_requests', columns: { to_id: (d) => d.toId } },
};
const COLLECTIONS = Object.keys(TABLES) as Collection[];

/**
 * Keeps the database and the domain engine in step: loads every collection at start, and after
 * each write stores exactly the documents that changed (inserted, updated or removed) in one
 * transaction. `written` remembers what the database holds, by collection and id.
 */
export class DocumentStore {
  private written = new Map<Collection, Map<string, string>>();
  /** The document object whose JSON `written` holds, by collection and id: the same object is unchanged. */
  private objects = new Map<Collection, Map<string, object>>();

  constructor(private readonly db: Db) {}

  async isEmpty(): Promise<boolean> {
    const rows = await this.db.query<{ n: number }>('SELECT count(*)::int AS n FROM people');
    return rows[0]!.n === 0;
  }

  async load(q: Pick<Db, 'query'> = this.db): Promise<MemoryData> {
    const data: Record<string, unknown[]> = {};
    for (const c of COLLECTIONS) {
      const rows = await q.query<{ id: string; doc: unknown }>(`SELECT id, doc FROM ${TABLES[c].table} ORDER BY id`);
      data[c] = rows.map((r) => r.doc);
      this.written.set(c, new Map(rows.map((r) => [r.id, JSON.stringify(r.doc)])));
      this.objects.set(c, new Map());
    }
    return data as unknown as MemoryData;
  }

  /**
   * Writes the difference between `data` and what was stored; returns how many rows changed.
   * `data` may be the engine's live data (`peek()`): a document that is the same object as the one
   * last stored is unchanged (the engine replaces documents, never edits them) and is not even
   * serialised; any other is compared by its JSON.
   */
  async save(data: MemoryData, tx: Pick<Db, 'query'>): Promise<number> {
    let changed = 0;
    const next = new Map<Collection, Map<string, string>>();
    const nextObjects = new Map<Collection, Map<string, object>>();
    for (const c of COLLECTIONS) {
      const { table, columns } = TABLES[c];
      const before = this.written.get(c) ?? new Map<string, string>();
      const objectsBefore = this.objects.get(c) ?? new Map<string, object>();
      const after = new Map<string, string>();
      const objectsAfter = new Map<string, object>();
      const names = Object.keys(columns);
      const sql = `INSERT INTO ${table} (id, doc${names.map((n) => `, ${n}`).join('')}) VALUES ($1, $2::jsonb${names.map((_, i) => `, $${i + 3}`).join('')})
        ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc${names.map((n) => `, ${n} = EXCLUDED.${n}`).join('')}`;
      for (const doc of (data[c] ?? []) as { id: string }[]) {
        objectsAfter.set(doc.id, doc);
        const stored = before.get(doc.id);
        if (stored !== undefined && objectsBefore.get(doc.id) === doc) {
          after.set(doc.id, stored);
          continue;
        }
        const json = JSON.stringify(doc);
        after.set(doc.id, json);
        if (stored === json) continue;
        await tx.query(sql, [doc.id, json, ...names.map((n) => columns[n]!(doc))]);
        changed++;
      }
      for (const id of before.keys()) {
        if (!after.has(id)) {
          await tx.query(`DELETE FROM ${table} WHERE id = $1`, [id]);
          changed++;
        }
      }
      next.set(c, after);
      nextObjects.set(c, objectsAfter);
    }
    this.pending = { written: next, objects: nextObjects };
    return changed;
  }

  private pending: { written: Map<Collection, Map<string, string>>; objects: Map<Collection, Map<string, object>> } | undefined;

  /** Call after the transaction that ran `save` committed. */
  committed(): void {
    if (this.pending) ({ written: this.written, objects: this.objects } = this.pending);
    this.pending = undefined;
  }
}
