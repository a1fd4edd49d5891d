package io.chancery.einvoice.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import io.chancery.einvoice.MyInvoisEnvironment;
import io.chancery.shared.ConflictException;

/**
 * One {@link MyInvoisClient} per company, kept while its settings do not change, so that its access
 * token and its duplicate guard live across calls. For LOCAL_STAND_IN the company's client is
 * registered with the stand-in (which forgets on restart) each time a client is made.
 */
@Component
public class MyInvoisClients {

	private record Cached(long settingsVersion, MyInvoisClient client) {
	}

	private final CompanySettingsRepository settings;

	private final SecretBox secrets;

	private final LocalStandIn standIn;

	private final Clock clock;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final Map<Long, Cached> clients = new ConcurrentHashMap<>();

	MyInvoisClients(CompanySettingsRepository settings, SecretBox secrets, LocalStandIn standIn, Clock clock) {
		this.settings = settings;
		this.secrets = secrets;
		this.standIn = standIn;
		this.clock = clock;
	}

	/** @throws ConflictException when the company has no client id and secret yet */
	public MyInvoisClient forCompany(long companyId) {
		CompanySettings stored = settings.findById(companyId)
			.orElseThrow(() -> new ConflictException("Set up e-invoicing first (Company › E-invoicing settings)"));
		Cached cached = clients.get(companyId);
		if (cached != null && cached.settingsVersion() == stored.version()) {
			return cached.client();
		}
		MyInvoisClient.Credentials credentials = stored.credentials(secrets);
		if (credentials.clientId() == null || credentials.clientSecret() == null) {
			throw new ConflictException("The e-invoice settings have no MyInvois client id and secret yet");
		}
		MyInvoisClient client = new MyInvoisClient(baseUri(stored, credentials), credentials, http, clock,
				MyInvoisClient.Pause.SLEEP);
		clients.put(companyId, new Cached(stored.version(), client));
		return client;
	}

	/** Where a valid document can be checked by anyone: the portal's share link (QR code content). */
	public URI validationUrl(MyInvoisEnvironment environment, String uuid, String longId) {
		URI portal = environment == MyInvoisEnvironment.LOCAL_STAND_IN ? standIn.get().baseUri() : environment.portalBase();
		return portal.resolve("/" + uuid + "/share/" + longId);
	}

	private URI baseUri(CompanySettings stored, MyInvoisClient.Credentials credentials) {
		if (stored.environment() != MyInvoisEnvironment.LOCAL_STAND_IN) {
			return stored.environment().apiBase();
		}
		MyInvoisStandIn local = standIn.get();
		String tin = stored.view().tin();
		local.registerClient(credentials.clientId(), credentials.clientSecret(), tin == null ? "" : tin,
				credentials.onBehalfOf() == null ? Set.of() : Set.of(credentials.onBehalfOf()));
		return local.baseUri();
	}

}
