package io.chancery.einvoice.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.chancery.customers.Customer;
import io.chancery.customers.CustomerService;
import io.chancery.einvoice.MyInvoisEnvironment;
import io.chancery.shared.InvalidFieldException;

/**
 * Asks MyInvois whether a customer's TIN belongs to its ID (BRN, NRIC, PASSPORT, ARMY), in the
 * company's configured environment, and keeps the answer. Also read by the customer page (bean
 * {@code tinValidations}), which shows the last answer next to the customer's TIN.
 */
@Service("tinValidations")
public class TinValidations {

	private static final Logger log = LoggerFactory.getLogger(TinValidations.class);

	/** What the API and the page show; {@code current} is false when the customer's TIN or ID changed since. */
	public record Result(long customerId, String tin, String idType, String idValue, boolean valid,
			MyInvoisEnvironment environment, String environmentLabel, Instant checkedAt, boolean current) {
	}

	private final CustomerService customers;

	private final TinCheckRepository checks;

	private final MyInvoisClients clients;

	private final CompanySettingsRepository settings;

	private final Clock clock;

	TinValidations(CustomerService customers, TinCheckRepository checks, MyInvoisClients clients,
			CompanySettingsRepository settings, Clock clock) {
		this.customers = customers;
		this.checks = checks;
		this.clients = clients;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @throws io.chancery.shared.NotFoundException for another company's customer
	 * @throws InvalidFieldException when the customer has no TIN or no ID
	 * @throws io.chancery.shared.ConflictException when e-invoicing is not set up
	 * @throws MyInvoisUnavailableException when MyInvois does not answer
	 */
	@Transactional
	public Result validate(long companyId, long customerId) {
		Customer customer = customers.get(companyId, customerId);
		if (customer.getTin() == null) {
			throw new InvalidFieldException("tin", "the customer has no TIN to validate");
		}
		if (customer.getIdType() == null || customer.getIdValue() == null) {
			throw new InvalidFieldException("idType", "MyInvois validates a TIN together with the ID type and number");
		}
		MyInvoisClient client = clients.forCompany(companyId);
		MyInvoisEnvironment environment = settings.findById(companyId).orElseThrow().environment();
		boolean valid;
		try {
			valid = client.validateTin(customer.getTin(), customer.getIdType().name(), customer.getIdValue());
		}
		catch (MyInvoisException e) {
			throw new MyInvoisUnavailableException("MyInvois could not validate the TIN: " + e.getMessage());
		}
		TinCheck check = checks.findByCompanyIdAndCustomerId(companyId, customerId)
			.orElseGet(() -> new TinCheck(companyId, customerId));
		check.record(customer.getTin(), customer.getIdType().name(), customer.getIdValue(), valid, environment,
				clock.instant());
		log.info("TIN of customer {} of company {} is {} in {}", customerId, companyId, valid ? "valid" : "invalid",
				environment);
		return result(checks.save(check), customer);
	}

	/** The last answer, or null when the customer's TIN was never validated. */
	@Transactional(readOnly = true)
	public Result latest(long companyId, long customerId) {
		Customer customer = customers.get(companyId, customerId);
		return checks.findByCompanyIdAndCustomerId(companyId, customerId).map(check -> result(check, customer)).orElse(null);
	}

	private static Result result(TinCheck check, Customer customer) {
		boolean current = Objects.equals(check.getTin(), customer.getTin())
				&& customer.getIdType() != null && Objects.equals(check.getIdType(), customer.getIdType().name())
				&& Objects.equals(check.getIdValue(), customer.getIdValue());
		return new Result(check.getCustomerId(), check.getTin(), check.getIdType(), check.getIdValue(), check.isValid(),
				check.getEnvironment(), check.getEnvironment().label(), check.getCheckedAt(), current);
	}

}
