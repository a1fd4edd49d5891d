package io.chancery.purchasing.internal;

import java.util.List;
import java.util.Map;

/** A receipt or supplier invoice was saved: its findings go to the tolerance rules in the process. */
public record VarianceCheckRequested(long companyId, long purchaseOrderId, long varianceCheckId, String orderNumber,
		String supplierName, List<Map<String, Object>> findings) {
}
