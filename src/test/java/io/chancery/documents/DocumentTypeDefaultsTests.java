package io.chancery.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.tenancy.CompanyService;

@ChanceryIntegrationTest
class DocumentTypeDefaultsTests {

	@Autowired
	DocumentTypeService types;

	@Autowired
	CompanyService companies;

	/** Start-up seeding and the new-company listener both add the defaults, possibly at the same moment. */
	@Test
	void concurrentCallsAddEachDefaultTypeOnce() {
		long companyId = companies.ensureExists("Defaults " + UUID.randomUUID(), "X-1", "AE", "AED", ZoneId.of("Asia/Dubai"))
			.getId();

		try (ExecutorService callers = Executors.newFixedThreadPool(4)) {
			List<CompletableFuture<Void>> calls = IntStream.range(0, 4)
				.mapToObj(i -> CompletableFuture.runAsync(() -> types.ensureDefaults(companyId), callers))
				.toList();
			calls.forEach(CompletableFuture::join);
		}

		List<String> codes = types.list(companyId).stream().map(DocumentType::getCode).toList();
		assertThat(codes).doesNotHaveDuplicates().contains("PASSPORT", "EMIRATES_ID");
		types.ensureDefaults(companyId);
		assertThat(types.list(companyId)).hasSameSizeAs(codes);
	}

}
