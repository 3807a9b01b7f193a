import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import ts from 'typescript';
import { ENGINES } from '../engines.js';

/**
 * `src/store/schema.ts` is written by hand; this holds it against the database the real migrator
 * builds, on every engine, so that a migration and the row types cannot disagree unseen: every
 * table and column on both sides, each column's kind (text, number, boolean, JSON, timestamp) and
 * whether it may be null.
 */

type Kind = 'string' | 'number' | 'boolean' | 'json' | 'timestamp' | 'bytes';
interface Column {
  readonly kind: Kind;
  readonly nullable: boolean;
  readonly generated: boolean;
}

/** Tables → columns as `schema.ts` declares them, read with the TypeScript compiler. */
function declaredSchema(): Map<string, Map<string, Column>> {
  const path = new URL('../../src/store/schema.ts', import.meta.url);
  const file = ts.createSourceFile('schema.ts', readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  const aliases = new Map<string, ts.TypeNode>();
  for (const node of file.statements) {
    if (ts.isInterfaceDeclaration(node)) interfaces.set(node.name.text, node);
    if (ts.isTypeAliasDeclaration(node)) aliases.set(node.name.text, node.type);
  }
  const kindOf = (type: ts.TypeNode): { kind: Kind; nullable: boolean; generated: boolean } => {
    if (ts.isUnionTypeNode(type)) {
      const parts = type.types.filter(
        (t) => !(ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword),
      );
      assert.equal(parts.length, 1, `schema.ts: unsupported union ${type.getText()}`);
      return { ...kindOf(parts[0] as ts.TypeNode), nullable: parts.length < type.types.length };
    }
    if (type.kind === ts.SyntaxKind.StringKeyword) return { kind: 'string', nullable: false, generated: false };
    if (type.kind === ts.SyntaxKind.NumberKeyword) return { kind: 'number', nullable: false, generated: false };
    if (type.kind === ts.SyntaxKind.BooleanKeyword) return { kind: 'boolean', nullable: false, generated: false };
    if (ts.isTypeReferenceNode(type)) {
      const name = type.typeName.getText();
      if (name === 'Generated') return { ...kindOf(type.typeArguments?.[0] as ts.TypeNode), generated: true };
      if (name === 'Json') return { kind: 'json', nullable: false, generated: false };
      if (name === 'Timestamp') return { kind: 'timestamp', nullable: false, generated: false };
      if (name === 'Uint8Array') return { kind: 'bytes', nullable: false, generated: false };
      if (name === 'ColumnType') return kindOf(type.typeArguments?.[0] as ts.TypeNode);
      const alias = aliases.get(name);
      if (alias) return kindOf(alias);
    }
    throw new Error(`schema.ts: unsupported column type ${type.getText()}`);
  };
  const db = interfaces.get('DB');
  assert.ok(db, 'schema.ts declares interface DB');
  const tables = new Map<string, Map<string, Column>>();
  for (const member of db.members) {
    assert.ok(ts.isPropertySignature(member) && member.type && ts.isTypeReferenceNode(member.type));
    const table = interfaces.get(member.type.typeName.getText());
    assert.ok(table, `schema.ts declares ${member.type.typeName.getText()}`);
    const columns = new Map<string, Column>();
    for (const column of table.members) {
      assert.ok(ts.isPropertySignature(column) && column.type);
      columns.set(column.name.getText(), kindOf(column.type));
    }
    tables.set(member.name.getText(), columns);
  }
  return tables;
}

const KIND_OF_SQL: Record<string, Kind> = {
  text: 'string',
  character: 'string',
  'character varying': 'string',
  date: 'string',
  int8range: 'string',
  integer: 'number',
  bigint: 'number',
  smallint: 'number',
  boolean: 'boolean',
  jsonb: 'json',
  bytea: 'bytes',
  'timestamp with time zone': 'timestamp',
};

describe('schema.ts against the migrated database', () => {
  const declared = declaredSchema();
  for (const engine of ENGINES) {
    it(`declares every table and column as the migrations make them (${engine.name})`, async () => {
      const store = await engine.open();
      try {
        const { rows } = await sql<{
          table_name: string;
          column_name: string;
          data_type: string;
          is_nullable: 'YES' | 'NO';
          column_default: string | null;
        }>`
          SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, c.column_default
          FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
          WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.table_name NOT LIKE 'kysely_%'
          ORDER BY c.table_name, c.ordinal_position`.execute(store.db);
        const actual = new Map<string, Map<string, Column>>();
        for (const r of rows) {
          const kind = KIND_OF_SQL[r.data_type];
          assert.ok(kind, `${r.table_name}.${r.column_name}: no TypeScript kind for SQL type ${r.data_type}`);
          const columns = actual.get(r.table_name) ?? new Map<string, Column>();
          columns.set(r.column_name, {
            kind,
            nullable: r.is_nullable === 'YES',
            generated: r.column_default?.startsWith('nextval(') ?? false,
          });
          actual.set(r.table_name, columns);
        }
        assert.deepEqual([...declared.keys()].sort(), [...actual.keys()].sort(), 'the same tables');
        for (const [table, columns] of actual) {
          const mine = declared.get(table) as Map<string, Column>;
          assert.deepEqual([...mine.keys()].sort(), [...columns.keys()].sort(), `${table}: the same columns`);
          for (const [name, column] of columns) {
            const d = mine.get(name) as Column;
            assert.equal(d.kind, column.kind, `${table}.${name}: kind`);
            // A serial column may be left out on insert (Generated<…>) and is never null when read.
            if (column.generated)
              assert.ok(d.generated, `${table}.${name} has a default sequence: declare it Generated<…>`);
            else
              assert.equal(
                d.nullable,
                column.nullable,
                `${table}.${name}: ${column.nullable ? 'nullable in the database' : 'NOT NULL in the database'}`,
              );
          }
        }
      } finally {
        await store.close();
      }
    });
  }
});
