import type { CollectionName } from '../../shared/model/collections';

// The team's roles (issue 16, item 6). Each is a PostgreSQL group role (NOLOGIN); an officer's
// login role is made a member of one (or of seating and arrivals both). Role names are
// cluster-wide in PostgreSQL, so every team database on one server shares them.

export const TEAM_ROLES = {
  chief: 'preseance_chief',
  seating: 'preseance_seating',
  arrivals: 'preseance_arrivals',
  post: 'preseance_post',
  viewer: 'preseance_viewer',
} as const;

export type TeamRole = keyof typeof TEAM_ROLES;

/**
 * The tables each role may write (the chief writes all). The post officer writes slot times
 * only, and only their actual time, at the posts the chief gave them (checked by
 * apply_command on the server, see apply-command.ts).
 */
export const WRITABLE: { readonly seating: readonly CollectionName[]; readonly arrivals: readonly CollectionName[]; readonly post: readonly CollectionName[] } = {
  seating: ['assets', 'halls', 'elements', 'seats', 'assignments'],
  arrivals: ['sequences', 'venuePoints', 'greeters', 'steps', 'slots', 'slotTimes'],
  post: ['slotTimes'],
};

/** SQLSTATE raised when the caller's role may not make a change (never a conflict). */
export const NOT_ALLOWED = 'PS403';
/** SQLSTATE raised when a row the command read has been changed (or deleted) by someone else. */
export const CONFLICT = 'PS409';
