/**
 * Public links: someone without a login acts on one thing (approves a quote, signs a delivery order,
 * opens a customer portal) through a signed, expiring, revocable and optionally single-use token.
 */
package io.chancery.links;
