/**
 * One page of a keyset-paginated list as the services query it (`id` is creation order): the HTTP side
 * (http/pagination.ts) turns cursors and `page[limit]` into a window and the rows into links.
 */
export interface KeysetWindow {
  idGreaterThan?: string;
  idLessThan?: string;
  ascending: boolean;
  /** One more than the page size, to learn whether another page follows. */
  limit: number;
}
