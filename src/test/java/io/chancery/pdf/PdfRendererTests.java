package io.chancery.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.sun.net.httpserver.HttpServer;

class PdfRendererTests {

	private final PdfRenderer renderer = new PdfRenderer(templateEngine());

	@Test
	void rendersTheTemplateWithItsVariablesIncludingTextBeyondAscii() throws IOException {
		byte[] pdf = renderer.render("renderer-sample", Map.of("title", "Invoice INV-2026-00042", "customer",
				"Zoë Ørsted — Müller & Söhne", "total", "AED 1,050.00", "logo", PdfRenderer.imageDataUri(png(), "image/png"),
				"outsideImage", ""));

		String text = text(pdf);
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		assertThat(text).contains("Invoice INV-2026-00042", "Zoë Ørsted — Müller & Söhne", "AED 1,050.00");
	}

	@Test
	void aTemplateCannotMakeTheServerFetchAnything() throws IOException {
		AtomicInteger requests = new AtomicInteger();
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			requests.incrementAndGet();
			exchange.sendResponseHeaders(200, png().length);
			exchange.getResponseBody().write(png());
			exchange.close();
		});
		server.start();
		try {
			String outside = "http://127.0.0.1:" + server.getAddress().getPort() + "/tracker.png";
			byte[] pdf = renderer.render("renderer-sample", Map.of("title", "Quote", "customer", "Someone", "total", "1.00",
					"logo", outside, "outsideImage", outside));

			assertThat(text(pdf)).contains("Quote");
			assertThat(requests).hasValue(0);
		}
		finally {
			server.stop(0);
		}
	}

	private static String text(byte[] pdf) throws IOException {
		try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				text.append(PdfTextExtractor.getTextFromPage(document.getPage(page)));
			}
			return text.toString();
		}
	}

	private static byte[] png() throws IOException {
		var out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	private static SpringTemplateEngine templateEngine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

}
