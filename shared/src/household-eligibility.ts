// No zod here: the resident's and the municipality's screens import these lists at run time.

/**
 * Whether the municipality has approved a household for subsidised home delivery (DESIGN §6):
 * `none` until the resident applies; the municipality approves or declines an application
 * and may later revoke an approval.
 */
export const eligibilityStatuses = ['none', 'applied', 'approved', 'declined', 'revoked'] as const;
export type EligibilityStatus = (typeof eligibilityStatuses)[number];

/**
 * Why a household asks, as a category only: the municipality's guidelines name these grounds,
 * and a category is all a decision needs. Never care or medical details (decision 0021).
 */
export const eligibilityReasons = ['age', 'disability', 'no_car', 'distance', 'other'] as const;
export type EligibilityReason = (typeof eligibilityReasons)[number];

/** Who moves an eligibility: the resident for their own household, or the municipality. */
export type EligibilityActor = 'resident' | 'municipality';

type EligibilityTransition = {
  from: readonly EligibilityStatus[];
  to: EligibilityStatus;
  by: EligibilityActor;
};

/**
 * The eligibility's life as data. The service changes it only through these, with a
 * conditional UPDATE on the current status, so two decisions at once cannot both land.
 */
export const eligibilityEvents = {
  /** A resident asks (again, after a decline or a revocation). */
  apply: { from: ['none', 'declined', 'revoked'], to: 'applied', by: 'resident' },
  /** The resident takes back an application nobody has decided yet. */
  withdraw: { from: ['applied'], to: 'none', by: 'resident' },
  approve: { from: ['applied'], to: 'approved', by: 'municipality' },
  /** With a reason the resident is told. */
  decline: { from: ['applied'], to: 'declined', by: 'municipality' },
  /** An approval ends (moved into town, got a car), with a reason the resident is told. */
  revoke: { from: ['approved'], to: 'revoked', by: 'municipality' },
} as const satisfies Record<string, EligibilityTransition>;
export type EligibilityEvent = keyof typeof eligibilityEvents;

export function canFire(event: EligibilityEvent, status: EligibilityStatus): boolean {
  const from: readonly EligibilityStatus[] = eligibilityEvents[event].from;
  return from.includes(status);
}

/** The statuses the municipality's list shows: every household that ever asked. */
export const decidedOrAskedStatuses = ['applied', 'approved', 'declined', 'revoked'] as const;
export type DecidedOrAskedStatus = (typeof decidedOrAskedStatuses)[number];
