/**
 * Tidy tables from records: one arquero table per {@link TableName}, joinable
 * on `article_id`. Browser-safe.
 *
 * ```ts
 * import { desc, op } from "arquero"
 * const { entities } = toTables(records)
 * entities.groupby("canonical").count().orderby(desc("count")).print()
 * ```
 *
 * @module
 */
import * as aq from "arquero"
import type { ColumnTable } from "arquero"
import type { KhabarRecord, Reject } from "../schema/record.js"
import { type CellValue, type ColumnDef, type ColumnSpec, type ColumnType, type RowContext, TABLE_NAMES, type TableName, tableDefs } from "./columns.js"

/** All tables, by name. */
export type Tables = { readonly [K in TableName]: ColumnTable }

export interface TablesOptions {
  /** Build only these tables (default: all). */
  readonly tables?: ReadonlyArray<TableName> | undefined
}

const specs = new WeakMap<object, ReadonlyArray<ColumnSpec>>()

/**
 * The column layout of a table built by {@link toTables} or {@link toTable},
 * or `undefined` for any other table (for example one derived with arquero
 * verbs; its types are then inferred from the values).
 */
export const layoutOf = (table: ColumnTable): ReadonlyArray<ColumnSpec> | undefined => specs.get(table)

/** Index of the paragraph holding each offset: binary search over paragraph starts. */
const paragraphLocator = (record: KhabarRecord): ((offset: number) => number | null) => {
  const ps = record.paragraphs
  let sorted = true
  for (let i = 1; i < ps.length; i++) if ((ps[i]?.start ?? 0) < (ps[i - 1]?.start ?? 0)) sorted = false
  const order = ps.map((_, i) => i)
  if (!sorted) order.sort((a, b) => (ps[a]?.start ?? 0) - (ps[b]?.start ?? 0))
  return (offset) => {
    let lo = 0
    let hi = order.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const p = ps[order[mid] ?? 0]
      if (p !== undefined && p.start <= offset) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    if (found < 0) return null
    const idx = order[found] ?? 0
    const p = ps[idx]
    return p !== undefined && offset < p.end ? idx : null
  }
}

const canonicalLookup = (record: KhabarRecord): ((id: string) => string | null) => {
  let map: Map<string, string> | undefined
  return (id) => {
    if (map === undefined) {
      map = new Map()
      for (const e of record.entities) if (!map.has(e.entityId)) map.set(e.entityId, e.canonical)
    }
    return map.get(id) ?? null
  }
}

const checkCell = (table: TableName, spec: ColumnSpec, value: CellValue, row: number): void => {
  if (value === null) {
    if (!spec.nullable) throw new TypeError(`khabar/export: ${table}.${spec.name} is null at row ${row}, but the column is not nullable`)
    return
  }
  const ok = ((): boolean => {
    switch (spec.type) {
      case "string":
        return typeof value === "string"
      case "boolean":
        return typeof value === "boolean"
      case "float64":
        return typeof value === "number" && Number.isFinite(value)
      case "int32":
        return typeof value === "number" && Number.isInteger(value) && value >= -2147483648 && value <= 2147483647
    }
  })()
  if (!ok) throw new TypeError(`khabar/export: ${table}.${spec.name} at row ${row} is ${JSON.stringify(value)}, not a ${spec.type}`)
}

const finish = (name: TableName, columns: ReadonlyArray<ColumnSpec>, data: Array<Array<CellValue>>): ColumnTable => {
  const obj: Record<string, Array<CellValue>> = {}
  columns.forEach((c, i) => {
    obj[c.name] = data[i] ?? []
  })
  const t = aq.table(obj, columns.map((c) => c.name))
  specs.set(t, columns)
  void name
  return t
}

const buildRecordTable = (name: Exclude<TableName, "rejects">, records: ReadonlyArray<KhabarRecord>): ColumnTable => {
  const d = tableDefs().records[name] as unknown as {
    readonly columns: ReadonlyArray<ColumnDef<unknown>>
    readonly items: (r: KhabarRecord) => ReadonlyArray<unknown>
  }
  const cols = d.columns
  const data: Array<Array<CellValue>> = cols.map(() => [])
  let row = 0
  for (const record of records) {
    const items = d.items(record)
    if (items.length === 0) continue
    const paragraphOf = paragraphLocator(record)
    const canonicalOf = canonicalLookup(record)
    for (let index = 0; index < items.length; index++) {
      const ctx: RowContext<unknown> = { record, item: items[index], index, paragraphOf, canonicalOf }
      for (let c = 0; c < cols.length; c++) {
        const col = cols[c] as ColumnDef<unknown>
        const v = col.get(ctx)
        checkCell(name, col.spec, v, row)
        ;(data[c] as Array<CellValue>).push(v)
      }
      row++
    }
  }
  return finish(name, cols.map((c) => c.spec), data)
}

const buildRejectTable = (rejects: ReadonlyArray<Reject>): ColumnTable => {
  const cols = tableDefs().rejects.columns
  const data: Array<Array<CellValue>> = cols.map(() => [])
  rejects.forEach((reject, row) => {
    const ctx = { record: undefined as unknown as KhabarRecord, item: reject, index: row, paragraphOf: () => null, canonicalOf: () => null }
    cols.forEach((col, c) => {
      const v = col.get(ctx)
      checkCell("rejects", col.spec, v, row)
      ;(data[c] as Array<CellValue>).push(v)
    })
  })
  return finish("rejects", cols.map((c) => c.spec), data)
}

/** One table from records (and rejects, for the `rejects` table). */
export const toTable = (name: TableName, records: Iterable<KhabarRecord>, rejects: Iterable<Reject> = []): ColumnTable =>
  name === "rejects" ? buildRejectTable([...rejects]) : buildRecordTable(name, [...records])

/**
 * Every table from records and rejects, as arquero tables joinable on
 * `article_id`. Tables not asked for in `options.tables` are empty (with
 * their columns), so the result always has every key.
 */
export const toTables = (records: Iterable<KhabarRecord>, rejects: Iterable<Reject> = [], options: TablesOptions = {}): Tables => {
  const rs = [...records]
  const js = [...rejects]
  const wanted = options.tables ?? TABLE_NAMES
  const out = {} as Record<TableName, ColumnTable>
  for (const name of TABLE_NAMES) out[name] = wanted.includes(name) ? toTable(name, rs, js) : toTable(name, [], [])
  return out
}

/**
 * The column types of any arquero table: the layout of a khabar table, or
 * types inferred from the values (numbers that are all integers in the int32
 * range become `int32`, other numbers `float64`; a column of nulls only is
 * `string`). Values that are not scalars (arrays, objects, dates) are
 * written as JSON text (dates as ISO 8601), so their type is `string`.
 */
export const columnTypes = (table: ColumnTable): ReadonlyArray<{ readonly name: string; readonly type: ColumnType; readonly nullable: boolean }> => {
  const known = layoutOf(table)
  if (known !== undefined) return known.map((c) => ({ name: c.name, type: c.type, nullable: c.nullable }))
  return table.columnNames().map((name) => {
    let type: ColumnType | undefined
    let allInt = true
    let nullable = false
    for (const v of Array.from(table.array(name) as ArrayLike<unknown>)) {
      if (v === null || v === undefined || (typeof v === "number" && Number.isNaN(v))) {
        nullable = true
        continue
      }
      const t: ColumnType = typeof v === "number" ? "float64" : typeof v === "boolean" ? "boolean" : "string"
      if (typeof v === "number" && !(Number.isInteger(v) && v >= -2147483648 && v <= 2147483647)) allInt = false
      if (type === undefined) type = t
      else if (type !== t) type = "string"
    }
    const resolved: ColumnType = type === undefined ? "string" : type === "float64" && allInt ? "int32" : type
    return { name, type: resolved, nullable }
  })
}

/**
 * The cells of a column as scalars of its type: `null` for missing values,
 * JSON text for arrays and objects, ISO 8601 for dates, and `String(v)` for
 * values in a string column that are not strings.
 */
export const columnValues = (table: ColumnTable, name: string, type: ColumnType): Array<CellValue> => {
  const out: Array<CellValue> = []
  for (const v of Array.from(table.array(name) as ArrayLike<unknown>)) {
    if (v === null || v === undefined || (typeof v === "number" && Number.isNaN(v))) out.push(null)
    else if (type === "string")
      out.push(typeof v === "string" ? v : v instanceof Date ? v.toISOString() : typeof v === "object" ? JSON.stringify(v) : String(v))
    else out.push(v as CellValue)
  }
  return out
}

