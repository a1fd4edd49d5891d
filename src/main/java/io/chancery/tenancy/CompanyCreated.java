package io.chancery.tenancy;

/** Published when a company (tenant) is created; modules set up their per-company defaults. */
public record CompanyCreated(long companyId) {
}
