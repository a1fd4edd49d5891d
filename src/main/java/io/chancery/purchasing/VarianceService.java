package io.chancery.purchasing;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.chancery.purchasing.PurchaseVariance.Resolution;
import io.chancery.purchasing.PurchaseVariance.RuleDecision;
import io.chancery.purchasing.VarianceCheck.ReviewDecision;
import io.chancery.purchasing.internal.PurchaseVarianceRepository;
import io.chancery.purchasing.internal.VarianceCheckRepository;
import io.chancery.shared.ConflictException;
import io.chancery.shared.NotFoundException;

/**
 * Applies what the tolerance table and the managers decided about the differences of a receipt or
 * an invoice, and moves the order on: everything delivered → RECEIVED; nothing left to decide → CLOSED.
 * Every step is idempotent, as the process's jobs may arrive more than once.
 */
@Service
@Transactional(readOnly = true)
public class VarianceService {

	/** The decision that keeps a short line open: a partial delivery, the rest is still expected. */
	static final String WAIT = "WAIT";

	/** Who the audit names when the tolerance table, not a person, moved an order. */
	static final String RULES_ACTOR = "tolerance rules";

	private final PurchaseOrderService orders;

	private final VarianceCheckRepository checks;

	private final PurchaseVarianceRepository variances;

	private final Clock clock;

	VarianceService(PurchaseOrderService orders, VarianceCheckRepository checks, PurchaseVarianceRepository variances,
			Clock clock) {
		this.orders = orders;
		this.checks = checks;
		this.variances = variances;
		this.clock = clock;
	}

	/** What the check came to: whether a manager must look, and a readable list of the differences. */
	public record Outcome(boolean reviewNeeded, String summary) {
	}

	public List<PurchaseVariance> variances(long companyId, long orderId) {
		return variances.findByPurchaseOrderIdOrderByIdAsc(orders.get(companyId, orderId).getId());
	}

	public List<VarianceCheck> checks(long companyId, long orderId) {
		return checks.findByPurchaseOrderIdOrderByIdAsc(orders.get(companyId, orderId).getId());
	}

	public VarianceCheck check(long companyId, long checkId) {
		return checks.findByIdAndCompanyId(checkId, companyId).orElseThrow(() -> new NotFoundException("Variance check", checkId));
	}

	/**
	 * Records the table's decision for each finding (same order). ACCEPT settles a difference at once;
	 * REVIEW and REJECT wait for a manager; WAIT (a short line far from complete, more to come) records nothing.
	 */
	@Transactional
	public Outcome recordDecisions(long companyId, long checkId, List<VarianceFinding> findings, List<String> decisions) {
		VarianceCheck check = check(companyId, checkId);
		PurchaseOrder order = orders.lock(companyId, check.getPurchaseOrderId());
		if (check.getStatus() != VarianceCheck.Status.EVALUATING) {
			return outcome(check);
		}
		if (findings.size() != decisions.size()) {
			throw new IllegalStateException("Check " + checkId + " has " + findings.size() + " findings but "
					+ decisions.size() + " decisions");
		}
		boolean reviewNeeded = false;
		for (int i = 0; i < findings.size(); i++) {
			VarianceFinding finding = findings.get(i);
			String decision = decisions.get(i) == null ? RuleDecision.REVIEW.name() : decisions.get(i).toUpperCase(Locale.ROOT);
			if (WAIT.equals(decision) && !finding.finalDelivery()) {
				continue;
			}
			// Anything the table does not know, or a WAIT for goods that will not come (a final delivery),
			// is left to a person rather than accepted.
			RuleDecision ruleDecision = EnumSet.allOf(RuleDecision.class).stream()
				.filter(d -> d.name().equals(decision)).findFirst().orElse(RuleDecision.REVIEW);
			variances.save(new PurchaseVariance(check, finding, ruleDecision, clock.instant()));
			reviewNeeded |= ruleDecision != RuleDecision.ACCEPT;
			if (finding.kind() == VarianceKind.QUANTITY_SHORT && check.getSource() == VarianceCheck.Source.GOODS_RECEIPT) {
				order.line(finding.lineId()).completeDelivery();
			}
		}
		check.decided(reviewNeeded);
		checks.saveAndFlush(check);
		settle(order, RULES_ACTOR, reviewNeeded ? null : "differences within tolerance");
		return outcome(check);
	}

	/** A manager decided about the differences out of tolerance; deciding again changes nothing. */
	@Transactional
	public VarianceCheck review(long companyId, long checkId, ReviewDecision decision, String notes, String reviewer) {
		VarianceCheck check = check(companyId, checkId);
		PurchaseOrder order = orders.lock(companyId, check.getPurchaseOrderId());
		if (check.getStatus() == VarianceCheck.Status.REVIEWED) {
			return check;
		}
		if (check.getStatus() != VarianceCheck.Status.IN_REVIEW) {
			throw new ConflictException("Variance check " + checkId + " is " + check.getStatus() + " and needs no review");
		}
		check.reviewed(decision, notes == null || notes.isBlank() ? null : notes.trim(), reviewer, clock.instant());
		checks.saveAndFlush(check);
		Resolution resolution = switch (decision) {
			case ACCEPT_VARIANCE -> Resolution.ACCEPTED;
			case REQUEST_CREDIT_NOTE -> Resolution.CREDIT_NOTE_REQUESTED;
			case RETURN_GOODS -> Resolution.GOODS_RETURNED;
		};
		variances.findByVarianceCheckIdOrderByIdAsc(checkId).stream()
			.filter(variance -> variance.getResolution() == null)
			.forEach(variance -> variance.resolve(resolution));
		settle(order, reviewer, "variance review: " + decision);
		return check;
	}

	private void settle(PurchaseOrder order, String actor, String reason) {
		if (order.getStatus() == PurchaseOrderStatus.PARTIALLY_RECEIVED && order.allDelivered()) {
			orders.move(order, PurchaseOrderStatus.RECEIVED, actor, "short delivery settled");
		}
		boolean undecided = checks.existsByPurchaseOrderIdAndStatusIn(order.getId(),
				EnumSet.of(VarianceCheck.Status.EVALUATING, VarianceCheck.Status.IN_REVIEW));
		if (order.getStatus() == PurchaseOrderStatus.RECEIVED && !undecided) {
			orders.move(order, PurchaseOrderStatus.CLOSED, actor, reason == null ? "all delivered" : "all delivered; " + reason);
		}
	}

	private Outcome outcome(VarianceCheck check) {
		Map<Boolean, List<PurchaseVariance>> recorded = variances.findByVarianceCheckIdOrderByIdAsc(check.getId()).stream()
			.collect(Collectors.partitioningBy(v -> v.getRuleDecision() == RuleDecision.ACCEPT));
		String summary = recorded.get(false).stream()
			.map(v -> v.getKind() + " " + v.getAbsoluteDifference().stripTrailingZeros().toPlainString()
					+ (v.getKind() == VarianceKind.LATE_DELIVERY ? " days" : " (" + v.getPercentDifference().stripTrailingZeros().toPlainString() + " %)")
					+ ": " + v.getRuleDecision())
			.collect(Collectors.joining("; "));
		return new Outcome(check.getStatus() == VarianceCheck.Status.IN_REVIEW, summary);
	}

}
