package io.chancery.devtools.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.chancery.shared.RunMode;

/**
 * Embedded mode without an SMTP server configured: all mail the app sends goes to an in-process
 * GreenMail server on loopback, and the dev mailbox shows it. Nothing ever leaves the machine.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DevMailConfiguration.Enabled.class)
class DevMailConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DevMailConfiguration.class);

	@Bean(destroyMethod = "stop")
	GreenMail devSmtpServer() {
		GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		greenMail.start();
		log.info("Dev SMTP server on 127.0.0.1:{}; captured mail is at /dev/mailbox", greenMail.getSmtp().getPort());
		return greenMail;
	}

	@Bean
	JavaMailSenderImpl mailSender(GreenMail devSmtpServer) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(devSmtpServer.getSmtp().getPort());
		sender.setDefaultEncoding("UTF-8");
		return sender;
	}

	static class Enabled implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return RunMode.embedded(context.getEnvironment())
					&& !context.getEnvironment().containsProperty("spring.mail.host");
		}

	}

}
