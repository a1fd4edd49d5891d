package io.chancery.devtools.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.chancery.shared.NotFoundException;

@RestController
@RequestMapping("/api/v1/dev")
@PreAuthorize("hasRole('ADMIN')")
class DevApiController {

	private final ObjectProvider<DevMailbox> mailbox;

	private final ObjectProvider<DevClock> clock;

	DevApiController(ObjectProvider<DevMailbox> mailbox, ObjectProvider<DevClock> clock) {
		this.mailbox = mailbox;
		this.clock = clock;
	}

	@GetMapping("/mailbox")
	List<MailboxMessage> mailbox() {
		return mailbox.stream().findFirst()
			.orElseThrow(() -> new NotFoundException("Dev mailbox", "(a real SMTP server is configured)"))
			.messages();
	}

	@GetMapping("/clock")
	ClockState clock() {
		DevClock devClock = devClock();
		return new ClockState(devClock.instant(), devClock.offset());
	}

	/** Body {@code {"advance":"P1D"}}: an ISO-8601 duration, positive. */
	@PostMapping("/clock")
	ClockState advance(@RequestBody AdvanceRequest request) {
		if (request == null || request.advance() == null) {
			throw new IllegalArgumentException("Give {\"advance\": \"P1D\"} (an ISO-8601 duration)");
		}
		Duration duration;
		try {
			duration = Duration.parse(request.advance());
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("'" + request.advance() + "' is not an ISO-8601 duration such as P1D or PT12H");
		}
		DevClock devClock = devClock();
		devClock.advance(duration);
		return new ClockState(devClock.instant(), devClock.offset());
	}

	private DevClock devClock() {
		return clock.stream().findFirst()
			.orElseThrow(() -> new NotFoundException("Dev clock", "(only in embedded mode with demo data)"));
	}

	record AdvanceRequest(String advance) {
	}

	record ClockState(Instant now, Duration offset) {
	}

}
