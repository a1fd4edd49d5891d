package io.chancery.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Requests Tomcat refuses before the application sees them (an encoded NUL or slash in the path, a
 * malformed request line) got Tomcat's HTML error page. They get a problem-details body instead, like
 * every other error; the detail says nothing of the server.
 */
@Configuration(proxyBeanMethods = false)
class TomcatProblemErrors {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
		return factory -> factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
			// the host adds its error report valve when it starts, before its contexts start
			if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && context.getParent() != null) {
				replaceErrorReportValve(context.getParent());
			}
		}));
	}

	private static void replaceErrorReportValve(Container host) {
		for (Valve valve : host.getPipeline().getValves()) {
			if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
				host.getPipeline().removeValve(valve);
				host.getPipeline().addValve(new ProblemErrorReportValve());
			}
		}
	}

	/** Tomcat's own error report, as problem details. */
	static final class ProblemErrorReportValve extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			HttpStatus known = HttpStatus.resolve(status);
			String title = known == null ? "Error" : known.getReasonPhrase();
			try {
				response.setContentType("application/problem+json");
				response.setCharacterEncoding("UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
							+ ",\"detail\":\"The server could not read this request\"}");
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException e) {
				// the client has gone or the response is already committed: nothing more to tell it
			}
		}

	}

}
