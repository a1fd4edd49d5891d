/**
 * Billing: quotes with internal and customer approval, invoices from Draft to Paid, payments,
 * internal expenses, gapless numbers, PDFs on demand and the customer's links. Other modules react
 * to {@link io.chancery.billing.InvoiceIssued}, {@link io.chancery.billing.QuoteApproved} and
 * {@link io.chancery.billing.InvoicePaid}, and create invoices with
 * {@link io.chancery.billing.InvoiceService#createDraft}.
 */
package io.chancery.billing;
