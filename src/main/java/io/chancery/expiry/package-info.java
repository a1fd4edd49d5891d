/**
 * Expiry intelligence: the twice-daily scan of documents against the escalation-windows DMN, the
 * recorded escalations, and the renewal process they start.
 */
package io.chancery.expiry;
