package io.chancery.tenancy;

import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

import io.chancery.shared.NotFoundException;
import io.chancery.storage.FileKind;
import io.chancery.storage.FileStore;
import io.chancery.storage.FileTooLargeException;
import io.chancery.storage.StorageArea;
import io.chancery.tenancy.internal.CompanyRepository;

@Service
@Transactional(readOnly = true)
public class CompanyService {

	private static final Logger log = LoggerFactory.getLogger(CompanyService.class);

	/** A navbar logo has no use for the 10 MB a scanned document may need. */
	private static final DataSize LOGO_LIMIT = DataSize.ofMegabytes(1);

	private static final Set<FileKind> LOGO_KINDS = EnumSet.of(FileKind.PNG, FileKind.JPEG);

	private final CompanyRepository companies;

	private final FileStore files;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CompanyService(CompanyRepository companies, FileStore files, Clock clock, ApplicationEventPublisher events) {
		this.companies = companies;
		this.files = files;
		this.clock = clock;
		this.events = events;
	}

	public List<Company> all() {
		return companies.findAll(Sort.by("id"));
	}

	public Company get(long companyId) {
		return companies.findById(companyId).orElseThrow(() -> new NotFoundException("Company", companyId));
	}

	/** Creates the company unless one of that name exists; either way returns it (seeding is idempotent). */
	@Transactional
	public Company ensureExists(String name, String legalId, String country, String currency, ZoneId timeZone) {
		return companies.findByName(name).orElseGet(() -> {
			Company company = companies.save(new Company(name, legalId, country, currency, timeZone, clock.instant()));
			events.publishEvent(new CompanyCreated(company.getId()));
			return company;
		});
	}

	/**
	 * Stores a new logo (PNG or JPEG, at most 1 MB) in the public area. The file left unused is deleted
	 * once the transaction has ended: the old logo after a commit, the new one after a rollback.
	 * @throws FileTooLargeException over 1 MB
	 * @throws io.chancery.storage.UnsupportedFileTypeException when not a PNG or JPEG
	 */
	@Transactional
	public Company changeLogo(long companyId, InputStream content, long size) {
		if (size > LOGO_LIMIT.toBytes()) {
			throw FileTooLargeException.of(size, LOGO_LIMIT);
		}
		Company company = get(companyId);
		String logo = files.store(StorageArea.PUBLIC, content, LOGO_KINDS).key();
		String previous = company.changeLogoKey(logo);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				String unused = status == STATUS_COMMITTED ? previous : logo;
				if (unused != null) {
					files.delete(StorageArea.PUBLIC, unused);
				}
			}

		});
		log.info("Company {} has a new logo", companyId);
		return company;
	}

	public Optional<URI> logoUrl(Company company) {
		return Optional.ofNullable(company.getLogoKey()).map(files::publicUrl);
	}

}
