package io.chancery.pdf;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URL;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.itextpdf.html2pdf.ConverterProperties;
import com.itextpdf.html2pdf.HtmlConverter;
import com.itextpdf.html2pdf.resolver.font.DefaultFontProvider;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.font.FontSet;
import com.itextpdf.styledxmlparser.resolver.resource.IResourceRetriever;

/**
 * Renders {@code templates/pdf/<template>.html} to PDF. Documents are rendered from current data each
 * time they are asked for, so a PDF can never disagree with the record it shows.
 */
@Service
public class PdfRenderer {

	/**
	 * The standard PDF fonts plus pdfHTML's bundled free fonts (wide Unicode coverage), read once:
	 * reading them is most of the cost of a small document. Each conversion gets its own provider
	 * over this shared set, as a provider keeps per-document state.
	 */
	private static final FontSet FONTS = new DefaultFontProvider(true, true, false).getFontSet();

	private static final String DEFAULT_FONT = "FreeSans";

	/** Templates show customer-entered text; a URL in it must not make the server fetch anything. */
	private static final IResourceRetriever NOTHING_FROM_OUTSIDE = new IResourceRetriever() {

		@Override
		public InputStream getInputStreamByUrl(URL url) {
			return null;
		}

		@Override
		public byte[] getByteArrayByUrl(URL url) {
			return null;
		}

	};

	private final ITemplateEngine templates;

	PdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	public byte[] render(String template, Map<String, Object> variables) {
		return toPdf(html(template, variables));
	}

	/** The HTML a PDF is made from (what {@link #render} converts), for comparing renderers on one document. */
	public String html(String template, Map<String, Object> variables) {
		return templates.process("pdf/" + template, new Context(Locale.ENGLISH, variables));
	}

	public byte[] toPdf(String html) {
		ConverterProperties properties = new ConverterProperties();
		properties.setFontProvider(new FontProvider(FONTS, DEFAULT_FONT));
		properties.setResourceRetriever(NOTHING_FROM_OUTSIDE);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		HtmlConverter.convertToPdf(html, pdf, properties);
		return pdf.toByteArray();
	}

	/** Images go into the HTML as data URIs: the renderer fetches nothing, so no template can reach the network. */
	public static String imageDataUri(byte[] image, String mediaType) {
		return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(image);
	}

}
