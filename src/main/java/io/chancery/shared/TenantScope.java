package io.chancery.shared;

/**
 * The company whose rows the persistence layer lets code see, for work that has no logged-in user:
 * job workers, schedulers and public link pages know the company from the job or the link, and say
 * so here. Every entity with a {@code companyId} is filtered by it (Hibernate {@code @TenantId}), so
 * a query that forgets {@code where company_id} still sees one company only.
 * <p>
 * The scope is taken when a transaction opens its session: enter it before calling a
 * {@code @Transactional} method, not inside one. Without a scope, a logged-in user's company
 * applies, and work with neither (start-up seeding, schedulers that visit every company) sees all
 * companies, as {@link #allCompanies} says explicitly.
 */
public final class TenantScope {

	/** Hibernate's "root" tenant: no company filter. Never a company id (those start at 1). */
	public static final long ALL_COMPANIES = 0L;

	private static final ThreadLocal<Long> CURRENT = new ThreadLocal<>();

	private TenantScope() {
	}

	/** Work run in a scope; it may throw what the code it wraps throws. */
	@FunctionalInterface
	public interface Work<T, E extends Throwable> {

		T get() throws E;

	}

	/** Runs {@code work} seeing only {@code companyId}'s rows. */
	public static <T, E extends Throwable> T of(long companyId, Work<T, E> work) throws E {
		if (companyId <= ALL_COMPANIES) {
			throw new IllegalArgumentException("Not a company id: " + companyId);
		}
		return within(companyId, work);
	}

	public static void run(long companyId, Runnable work) {
		of(companyId, () -> {
			work.run();
			return null;
		});
	}

	/** Runs {@code work} across every company: for system work that checks something globally. */
	public static <T, E extends Throwable> T allCompanies(Work<T, E> work) throws E {
		return within(ALL_COMPANIES, work);
	}

	/** The explicit scope of this thread, or null when none was entered. */
	public static Long current() {
		return CURRENT.get();
	}

	private static <T, E extends Throwable> T within(long scope, Work<T, E> work) throws E {
		Long outer = CURRENT.get();
		CURRENT.set(scope);
		try {
			return work.get();
		}
		finally {
			if (outer == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(outer);
			}
		}
	}

}
