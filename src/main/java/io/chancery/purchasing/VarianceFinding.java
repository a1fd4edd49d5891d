package io.chancery.purchasing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A difference found by a receipt or an invoice, before the tolerance table judged it. It travels
 * to the process as a map (the decision's inputs) and comes back with the decision.
 * @param finalDelivery nothing more will come for the line (a final receipt, or the order closed short)
 */
public record VarianceFinding(Long lineId, VarianceKind kind, String itemCategory, BigDecimal percent,
		BigDecimal absolute, BigDecimal amount, boolean finalDelivery) {

	public VarianceFinding(Long lineId, VarianceKind kind, String itemCategory, BigDecimal percent, BigDecimal absolute,
			BigDecimal amount) {
		this(lineId, kind, itemCategory, percent, absolute, amount, false);
	}

	/** The same difference on a delivery that has ended: nothing more will come. */
	public VarianceFinding asFinal() {
		return new VarianceFinding(lineId, kind, itemCategory, percent, absolute, amount, true);
	}

	public Map<String, Object> toVariable() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("lineId", lineId);
		map.put("kind", kind.name());
		map.put("itemCategory", itemCategory);
		map.put("percent", percent);
		map.put("absolute", absolute);
		map.put("amount", amount);
		map.put("finalDelivery", finalDelivery);
		return map;
	}

	public static VarianceFinding fromVariable(Map<?, ?> map) {
		Object lineId = map.get("lineId");
		return new VarianceFinding(lineId == null ? null : ((Number) lineId).longValue(),
				VarianceKind.valueOf((String) map.get("kind")), (String) map.get("itemCategory"), decimal(map.get("percent")),
				decimal(map.get("absolute")), decimal(map.get("amount")), Boolean.TRUE.equals(map.get("finalDelivery")));
	}

	private static BigDecimal decimal(Object value) {
		return new BigDecimal(value.toString());
	}

}
