// The tables of a scheduled-post ledger. The daily highlights and the weekly
// insights digest keep the same records (subscriptions, rotations, posts) with
// the same claims, in tables of their own: one implementation per dialect
// serves both, with the table names swapped in.

export interface LedgerTables {
  subscriptions: string;
  rotations: string;
  posts: string;
}

export const HIGHLIGHT_TABLES: LedgerTables = { subscriptions: 'subscriptions', rotations: 'rotations', posts: 'posts' };
export const DIGEST_TABLES: LedgerTables = { subscriptions: 'digest_subscriptions', rotations: 'digest_rotations', posts: 'digest_posts' };

const TABLE_WORD = /\b(subscriptions|rotations|posts)\b/g;

/** `sql` written for the highlight tables, naming `tables` instead (names are constants, never input). */
export function onTables(sql: string, tables: LedgerTables): string {
  return tables === HIGHLIGHT_TABLES ? sql : sql.replace(TABLE_WORD, (word) => tables[word as keyof LedgerTables]);
}
