package io.chancery.purchasing;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.TenantId;

/** An append-only record of a status change: who, when, from, to and why. */
@Entity
public class PurchaseOrderAudit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	private Long purchaseOrderId;

	private String actor;

	@Enumerated(EnumType.STRING)
	private PurchaseOrderStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private PurchaseOrderStatus toStatus;

	private String reason;

	private Instant at;

	protected PurchaseOrderAudit() {
	}

	PurchaseOrderAudit(PurchaseOrder order, String actor, PurchaseOrderStatus from, PurchaseOrderStatus to,
			String reason, Instant at) {
		this.companyId = order.getCompanyId();
		this.purchaseOrderId = order.getId();
		this.actor = actor;
		this.fromStatus = from;
		this.toStatus = to;
		this.reason = reason;
		this.at = at;
	}

	public String getActor() {
		return actor;
	}

	public PurchaseOrderStatus getFromStatus() {
		return fromStatus;
	}

	public PurchaseOrderStatus getToStatus() {
		return toStatus;
	}

	public String getReason() {
		return reason;
	}

	public Instant getAt() {
		return at;
	}

}
