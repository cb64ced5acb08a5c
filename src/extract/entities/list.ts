/**
 * The entities of one document, one row per entity, for tables.
 *
 * @module
 */
import type { Entity, EntityType } from "../../schema/record.js"

/** One entity of a document, with how often it is mentioned. */
export interface EntitySummary {
  readonly entityId: string
  readonly type: EntityType
  readonly canonical: string
  /** Number of mentions in the document. */
  readonly mentions: number
  /** The first role given next to a mention, or null. */
  readonly role: string | null
  /** Start of the first mention (original offsets). */
  readonly firstStart: number
}

/**
 * Groups a document's entity mentions by `entityId`: most mentioned first,
 * then by first appearance.
 */
export const entityList = (entities: ReadonlyArray<Entity>): Array<EntitySummary> => {
  const byId = new Map<string, { entityId: string; type: EntityType; canonical: string; mentions: number; role: string | null; firstStart: number }>()
  for (const e of entities) {
    const s = byId.get(e.entityId)
    if (s === undefined) byId.set(e.entityId, { entityId: e.entityId, type: e.type, canonical: e.canonical, mentions: 1, role: e.role, firstStart: e.start })
    else {
      s.mentions++
      if (e.start < s.firstStart) s.firstStart = e.start
      if (s.role === null) s.role = e.role
    }
  }
  return [...byId.values()].sort((a, b) => b.mentions - a.mentions || a.firstStart - b.firstStart)
}
