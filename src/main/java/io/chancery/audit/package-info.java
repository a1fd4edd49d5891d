/**
 * The company-wide audit log: logins and logouts, and every change to money or documents, kept
 * append-only and shown to admins (page, API, Excel export). Fed by events: Spring Security's
 * authentication events, {@link io.chancery.shared.AuditedChange} and the modules' domain events.
 */
package io.chancery.audit;
