package io.chancery.devtools.internal;

import java.time.Instant;
import java.util.List;

/** One captured mail as the dev mailbox shows it. */
record MailboxMessage(List<String> to, String subject, String html, Instant sentAt, List<String> attachments) {
}
