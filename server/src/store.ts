/** A row from the school server's database: column name to value (text, number or bytes). */
export type Row = Record<string, unknown>;

/**
 * Where a school server keeps everything: each Yjs document's whole state, and its own small
 * tables (schools, people, settings) through `sql`. Two stores share this shape: the embedded
 * default (`node:sqlite`) and PostgreSQL.
 */
export interface SchoolStore {
  fetch(name: string): Promise<Uint8Array | null>;
  store(name: string, state: Uint8Array): Promise<void>;
  /**
   * One statement with `?` placeholders, in the SQL both databases speak (TEXT and INTEGER
   * columns, `ON CONFLICT`, `RETURNING`). Returns the rows it yields, or none.
   */
  sql(text: string, params?: readonly (string | number)[]): Promise<Row[]>;
  close(): Promise<void>;
}
