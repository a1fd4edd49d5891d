package io.chancery.expiry;

/**
 * A document a scan found in an escalation window: its level today, and whether this scan was the
 * first to reach that level ({@code newlyRecorded}; people were told then, and only then).
 */
public record FoundEscalation(long documentId, EscalationLevel level, long daysLeft, boolean newlyRecorded) {
}
