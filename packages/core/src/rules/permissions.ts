/**
 * Who may change a goal. The default rule: the goal's owner, and everyone above the owner in the
 * management line (following `managerId` upwards). A goal without an owner takes the owner of
 * its nearest owned ancestor; a goal with none anywhere above it is open to any viewer.
 * Widgets follow the rule in their UI; the memory adapter enforces it (`forbidden`) for the
 * person it acts as. A backend may have its own rule: widgets take a `canEdit` hook.
 */

export interface PermissionPerson {
  id: string;
  managerId?: string | null | undefined;
}

export interface PermissionGoal {
  id: string;
  parentId: string | null;
  ownerId?: string | undefined;
}

export interface GoalPermissionLookup<G extends PermissionGoal = PermissionGoal> {
  /** A person by id (for `managerId`). */
  personOf: (id: string) => PermissionPerson | undefined;
  /** A goal by id (for owners of ownerless goals' ancestors). */
  goalOf?: (id: string) => G | undefined;
}

/** The person responsible for a goal: its owner, else the nearest owned ancestor's owner. */
export function responsibleOwnerId<G extends PermissionGoal>(goal: G, goalOf?: (id: string) => G | undefined): string | undefined {
  let current: G | undefined = goal;
  const seen = new Set<string>();
  while (current && !seen.has(current.id)) {
    if (current.ownerId) return current.ownerId;
    seen.add(current.id);
    current = current.parentId && goalOf ? goalOf(current.parentId) : undefined;
  }
  return undefined;
}

/** Whether `managerId` is `personId` or above them in the management line. */
export function isSelfOrManagerOf(viewerId: string, personId: string, personOf: (id: string) => PermissionPerson | undefined): boolean {
  const seen = new Set<string>();
  for (let id: string | null | undefined = personId; id && !seen.has(id); id = personOf(id)?.managerId) {
    if (id === viewerId) return true;
    seen.add(id);
  }
  return false;
}

/** The default rule: may `viewerId` change `goal`? */
export function canEditGoal<G extends PermissionGoal>(goal: G, viewerId: string, lookup: GoalPermissionLookup<G>): boolean {
  const ownerId = responsibleOwnerId(goal, lookup.goalOf);
  if (ownerId === undefined) return true;
  return isSelfOrManagerOf(viewerId, ownerId, lookup.personOf);
}
