package io.chancery.workflow;

/** Open tasks assigned to me, and unclaimed ones offered to my roles. */
public record TaskCounts(long mine, long group) {
}
