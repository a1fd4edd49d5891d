/**
 * Notifications: tells staff, managers and customers that a document entered an escalation window
 * ({@link io.chancery.expiry.DocumentEnteredWindow}), in the app's notification centre and by e-mail
 * through an outbox, exactly once per document and level.
 */
package io.chancery.notifications;
