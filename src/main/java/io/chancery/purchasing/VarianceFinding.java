package io.chancery.purchasing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A difference found by a receipt or an invoice, before the tolerance table judged it. It travels
 * to the process as a map (the decision's inputs) and comes back with the decision.
 */
public record VarianceFinding(Long lineId, VarianceKind kind, String itemCategory, BigDecimal percent,
		BigDecimal absolute, BigDecimal amount) {

	public Map<String, Object> toVariable() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("lineId", lineId);
		map.put("kind", kind.name());
		map.put("itemCategory", itemCategory);
		map.put("percent", percent);
		map.put("absolute", absolute);
		map.put("amount", amount);
		return map;
	}

	public static VarianceFinding fromVariable(Map<?, ?> map) {
		Object lineId = map.get("lineId");
		return new VarianceFinding(lineId == null ? null : ((Number) lineId).longValue(),
				VarianceKind.valueOf((String) map.get("kind")), (String) map.get("itemCategory"), decimal(map.get("percent")),
				decimal(map.get("absolute")), decimal(map.get("amount")));
	}

	private static BigDecimal decimal(Object value) {
		return new BigDecimal(value.toString());
	}

}
