package io.chancery.workflow;

/** Variables with a meaning to Chancery, whatever the process. */
public final class ProcessVariables {

	/** The tenant the instance works for; every instance started by Chancery carries it. */
	public static final String COMPANY_ID = "companyId";

	/** What people call an instance (a quote or invoice number): the process monitor lists it. */
	public static final String BUSINESS_KEY = "businessKey";

	/** The business key of instances without {@link #BUSINESS_KEY}, such as document renewals. */
	public static final String DOCUMENT_NUMBER = "documentNumber";

	private ProcessVariables() {
	}

}
