/**
 * What one collection's rollback undid of the migration, counted as the
 * export streams in: nulls that were "", timestamps the migration wrote, ids
 * it generated, attributes it added; and, for rules that are off, what they
 * would have undone. Ids and counts only.
 */
import { contentPrint } from '../merge/content-print.js';
import type { Mapped } from '../merge/collection-keys.js';
import { hasArtifacts, type ItemArtifacts, type MigrationRules } from '../merge/migration.js';
import { ABSENT, SAME, type SideCollector } from '../merge/side.js';

export interface MigrationUndone {
  /** Items whose only differences from the backup were the migration's: unchanged in DynamoDB. */
  artifactOnlyItems: number;
  /** NULLs turned back into "". */
  emptyStrings: number;
  /** updatedAt values of the migration's put back (or removed where the item had none). */
  updatedAt: number;
  /** createdAt values the migration added, removed. */
  createdAt: number;
  /** Ids the migration generated for items that had none, dropped again. */
  generatedIds: string[];
  /** Attributes removed by the collection's `drop`, and items whose id came from another attribute. */
  droppedAttributes: number;
  renamedIds: number;
  /**
   * Backup items without an id that no DynamoDB item matched by content:
   * deleted there, or changed there since (then they are among the new items,
   * under the id the migration gave them, and may stand twice if the file
   * edited them too). Said so the operator can look.
   */
  keylessNotFound: number;
  /** What rules that are off would have undone: the artifacts then count as changes made in DynamoDB. */
  notApplied: { emptyStringsAsNull: number; rewroteUpdatedAt: number; generatedIds: number };
}

/** Per rule, what was undone when it is on, or what it would have undone when it is off: the figure a summary shows. */
export function byRule(m: MigrationUndone, rules: { emptyStringsAsNull: boolean; rewroteUpdatedAt: boolean; generatedIds: boolean }) {
  return {
    emptyStrings: rules.emptyStringsAsNull ? m.emptyStrings : m.notApplied.emptyStringsAsNull,
    timestamps: rules.rewroteUpdatedAt ? m.updatedAt + m.createdAt : m.notApplied.rewroteUpdatedAt,
    generatedIds: rules.generatedIds ? m.generatedIds.length : m.notApplied.generatedIds,
  };
}

/** Nothing undone: where a tally starts. */
export function noneUndone(): MigrationUndone {
  return {
    artifactOnlyItems: 0,
    emptyStrings: 0,
    updatedAt: 0,
    createdAt: 0,
    generatedIds: [],
    droppedAttributes: 0,
    renamedIds: 0,
    keylessNotFound: 0,
    notApplied: { emptyStringsAsNull: 0, rewroteUpdatedAt: 0, generatedIds: 0 },
  };
}

export class MigrationTally {
  private readonly out: MigrationUndone = noneUndone();
  /** Base positions where something was undone: those that end up SAME differed only by artifacts. */
  private readonly undoneAt: number[] = [];

  add(found: ItemArtifacts, rules: MigrationRules, at: number | undefined): void {
    const stamps = Number(found.updatedAt) + Number(found.createdAt);
    if (rules.emptyStringsAsNull) this.out.emptyStrings += found.emptyStrings.length;
    else this.out.notApplied.emptyStringsAsNull += found.emptyStrings.length;
    if (rules.rewroteUpdatedAt) {
      this.out.updatedAt += Number(found.updatedAt);
      this.out.createdAt += Number(found.createdAt);
    } else this.out.notApplied.rewroteUpdatedAt += stamps;
    const applied = (rules.emptyStringsAsNull && found.emptyStrings.length > 0) || (rules.rewroteUpdatedAt && stamps > 0);
    if (at !== undefined && applied && hasArtifacts(found)) this.undoneAt.push(at);
  }

  mapped(m: Mapped): void {
    this.out.droppedAttributes += m.dropped.length;
    this.out.renamedIds += Number(m.renamed);
  }

  finish(theirs: SideCollector, generatedIds: boolean): MigrationUndone {
    for (const [at, id] of theirs.generated) {
      this.out.generatedIds.push(id);
      if (theirs.state[at] === SAME) this.undoneAt.push(at);
    }
    this.out.artifactOnlyItems = new Set(this.undoneAt.filter((at) => theirs.state[at] === SAME)).size;
    if (generatedIds)
      for (const list of theirs.base.keyless.values()) this.out.keylessNotFound += list.filter((at) => theirs.state[at] === ABSENT).length;
    if (!generatedIds && theirs.base.keyless.size > 0) {
      // With the rule off, an item with a generated id is new in DynamoDB; say how many would have matched.
      for (const item of theirs.added.values()) if (theirs.base.keyless.has(contentPrint(item))) this.out.notApplied.generatedIds++;
    }
    return this.out;
  }
}
