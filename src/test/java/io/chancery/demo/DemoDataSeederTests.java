package io.chancery.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.tenancy.UserAccountService;

@ChanceryIntegrationTest
class DemoDataSeederTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoDataSeeder seeder;

	@Autowired
	UserAccountService users;

	@Test
	void seedingAgainCreatesNothingNew() {
		long dubai = ApiClient.as(port, "admin@demo.chancery", "demo").companyId();
		long malaysia = ApiClient.as(port, "admin@demo-my.chancery", "demo").companyId();
		long dubaiDemoUsers = demoUsers(dubai, "@demo.chancery");
		long malaysiaDemoUsers = demoUsers(malaysia, "@demo-my.chancery");

		seeder.run(null);

		assertThat(dubai).isNotEqualTo(malaysia);
		assertThat(dubaiDemoUsers).isEqualTo(4);
		assertThat(malaysiaDemoUsers).isEqualTo(4);
		assertThat(demoUsers(dubai, "@demo.chancery")).isEqualTo(4);
		assertThat(demoUsers(malaysia, "@demo-my.chancery")).isEqualTo(4);
		assertThat(ApiClient.as(port, "admin@demo.chancery", "demo").companyId()).isEqualTo(dubai);
	}

	private long demoUsers(long companyId, String domain) {
		return users.list(companyId).stream()
			.filter(user -> user.getEmail().matches("(admin|manager|staff|analyst)" + java.util.regex.Pattern.quote(domain)))
			.count();
	}

}
