package io.chancery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(ChanceryApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		assertThat(modules.stream().map(ApplicationModule::getName))
			.contains("tenancy", "workflow", "web", "devtools", "demo", "shared", "storage", "monitoring");
		new Documenter(modules).writeDocumentation();
	}

}
