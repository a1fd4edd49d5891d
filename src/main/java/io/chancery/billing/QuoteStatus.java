package io.chancery.billing;

import java.util.Set;

/**
 * DRAFT → PENDING_APPROVAL (submitted: the approval rules run, a manager may have to agree) → SENT
 * → APPROVED / REJECTED / EXPIRED. A manager's refusal sends it back to DRAFT.
 */
public enum QuoteStatus {

	DRAFT, PENDING_APPROVAL, SENT, APPROVED, REJECTED, EXPIRED;

	public boolean canMoveTo(QuoteStatus next) {
		return switch (this) {
			case DRAFT -> next == PENDING_APPROVAL;
			case PENDING_APPROVAL -> next == SENT || next == DRAFT;
			case SENT -> Set.of(APPROVED, REJECTED, EXPIRED).contains(next);
			case APPROVED, REJECTED, EXPIRED -> false;
		};
	}

}
