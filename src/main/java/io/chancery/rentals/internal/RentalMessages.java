package io.chancery.rentals.internal;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.chancery.rentals.Rental;
import io.chancery.rentals.RentalCancelled;
import io.chancery.rentals.RentalCheckedOut;
import io.chancery.rentals.RentalReserved;
import io.chancery.rentals.RentalReturned;
import io.chancery.rentals.RentalService;
import io.chancery.signatures.DocumentSigned;
import io.chancery.tenancy.CompanyService;
import io.chancery.workflow.ProcessMessages;

/**
 * Tells the engine what happened to a rental, after the database transaction committed (listeners
 * run from the event publication registry, so a failed publish is retried). Message ids make a
 * repeated publish a no-op while the first is buffered ({@link ProcessMessages}); the buffer also covers a step done before the
 * process got there (e.g. a check-out right after the reservation).
 */
@Component
class RentalMessages {

	private static final Duration TIME_TO_LIVE = Duration.ofHours(1);

	private final ProcessMessages messages;

	private final RentalService rentals;

	private final CompanyService companies;

	RentalMessages(ProcessMessages messages, RentalService rentals, CompanyService companies) {
		this.messages = messages;
		this.rentals = rentals;
		this.companies = companies;
	}

	@ApplicationModuleListener
	void on(RentalReserved reserved) {
		Rental rental = rentals.get(reserved.companyId(), reserved.rentalId());
		ZoneId zone = companies.get(reserved.companyId()).getTimeZone();
		publish(RentalProcess.RESERVED, rental.getId(), Map.of("companyId", rental.getCompanyId(), "rentalId",
				rental.getId(), "customerId", rental.getCustomerId(), "businessKey", rental.getNumber(),
				// the rental is due back by the end of its due date
				"dueAt", rental.getDueDate().plusDays(1).atStartOfDay(zone).toOffsetDateTime().toString()));
	}

	@ApplicationModuleListener
	void on(RentalCheckedOut checkedOut) {
		publish(RentalProcess.CHECKED_OUT, checkedOut.rentalId(), Map.of());
	}

	@ApplicationModuleListener
	void on(DocumentSigned signed) {
		if (RentalService.DELIVERY_ORDER.equals(signed.subjectKind())) {
			publish(RentalProcess.SIGNED, signed.subjectId(), Map.of());
		}
	}

	@ApplicationModuleListener
	void on(RentalCancelled cancelled) {
		publish(RentalProcess.CANCELLED, cancelled.rentalId(), Map.of());
	}

	@ApplicationModuleListener
	void on(RentalReturned returned) {
		publish(RentalProcess.RETURNED, returned.rentalId(), Map.of());
	}

	private void publish(String message, long rentalId, Map<String, Object> variables) {
		messages.publishOnce(message, String.valueOf(rentalId), message + "-" + rentalId, TIME_TO_LIVE, variables);
	}

}
