/**
 * Purchasing: suppliers, purchase orders, goods receipts, supplier invoices, and the delivery
 * variances measured against {@code dmn/delivery-tolerance.dmn} by {@code bpmn/purchase-order.bpmn}.
 */
package io.chancery.purchasing;
