import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';

/** A kept derived artifact (a cache: see the derived_artifact migration). */
export interface KeptArtifact {
  readonly format: number;
  readonly inputs: string;
  readonly data: Uint8Array;
}

/**
 * The artifact kept under `name`, or undefined. Its bytes travel as base64 text: PGlite turns a
 * 3.4 MB bytea into bytes ten times slower (1.4 s) than Node decodes the same bytes as base64.
 */
export async function readArtifact(db: Kysely<DB>, name: string): Promise<KeptArtifact | undefined> {
  const { rows } = await sql<{
    format: number;
    inputs: string;
    data: string;
  }>`SELECT format, inputs, encode(data, 'base64') AS data FROM derived_artifact WHERE name = ${name}`.execute(db);
  const row = rows[0];
  return row && { format: row.format, inputs: row.inputs, data: Buffer.from(row.data, 'base64') };
}

/** Keeps `artifact` under `name`, replacing what was kept. */
export async function writeArtifact(db: Kysely<DB>, name: string, artifact: KeptArtifact): Promise<void> {
  const data = Buffer.from(artifact.data.buffer, artifact.data.byteOffset, artifact.data.byteLength).toString('base64');
  await sql`INSERT INTO derived_artifact (name, format, inputs, data) VALUES (${name}, ${artifact.format}, ${artifact.inputs}, decode(${data}, 'base64'))
    ON CONFLICT (name) DO UPDATE SET format = excluded.format, inputs = excluded.inputs, data = excluded.data, built_at = now()`.execute(
    db,
  );
}
