package io.chancery.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;

/** The embedded gateway has no authentication, so it must listen on loopback only. */
class EmbeddedEngineBindingTests {

	@Test
	void gatewayListensOnLoopbackOnlyOnAFreePort() {
		EmbeddedZeebeEngine engine = EmbeddedZeebeEngine.start(0);
		try {
			assertThat(engine.port()).isPositive();
			assertThat(engine.listenAddresses()).isNotEmpty()
				.allSatisfy(address -> assertThat(((InetSocketAddress) address).getAddress().isLoopbackAddress()).isTrue());
		}
		finally {
			engine.stop();
		}
	}

}
