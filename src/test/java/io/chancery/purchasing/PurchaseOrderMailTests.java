package io.chancery.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;

import io.chancery.notifications.internal.OutboxDispatcher;
import io.chancery.notifications.internal.OutboxEmail;
import io.chancery.notifications.internal.OutboxEmailRepository;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.support.Mailbox;

/**
 * Sending an order e-mails the supplier, with the order's PDF rendered when the e-mail goes out.
 * The dev mailbox shows the e-mail and its attachment; the attachment's bytes are read from the
 * same captured message (GreenMail, behind the dev mailbox).
 */
@ChanceryIntegrationTest
class PurchaseOrderMailTests {

	@LocalServerPort
	int port;

	@Autowired
	OutboxDispatcher outbox;

	@Autowired
	GreenMail smtp;

	@Autowired
	OutboxEmailRepository queued;

	@Test
	void aSentOrderReachesTheSupplierWithItsPdf() throws Exception {
		Purchasing purchasing = new Purchasing(port, "demo.chancery");
		String email = "orders-" + UUID.randomUUID() + "@supplier.example";
		JsonNode order = purchasing.sent(purchasing.supplier(email), 4, LocalDate.now().plusDays(60));
		String number = order.get("number").asText();

		Mailbox.awaitMailsTo(port, outbox, email);
		outbox.dispatch();
		List<JsonNode> mails = Mailbox.mailsTo(port, email);
		assertThat(mails).as("one e-mail per sent order").hasSize(1);
		assertThat(mails.get(0).get("subject").asText()).startsWith("Purchase order " + number);
		assertThat(mails.get(0).get("html").asText()).contains("Dear Sam Supply");
		assertThat(mails.get(0).get("attachments")).extracting(JsonNode::asText).containsExactly(number + ".pdf");

		MimeMessage received = Arrays.stream(smtp.getReceivedMessages())
			.filter(message -> recipients(message).contains(email))
			.findFirst()
			.orElseThrow();
		byte[] pdf = attachment(received, number + ".pdf");
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		assertThat(text(pdf)).contains(number).contains("Calibration weight 1 kg");
	}

	@Test
	void aSupplierWithoutAnAddressGetsNoMailAndTheOrderIsStillSent() {
		Purchasing purchasing = new Purchasing(port, "demo.chancery");
		JsonNode order = purchasing.sent(purchasing.supplier(null), 2, LocalDate.now().plusDays(60));
		assertThat(order.get("status").asText()).isEqualTo("SENT");

		assertThat(queued.findAll()).extracting(OutboxEmail::getSubject).noneMatch(subject -> subject.contains(order.get("number").asText()));
	}

	private static String recipients(MimeMessage message) {
		try {
			return Arrays.toString(message.getAllRecipients());
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] attachment(Part part, String fileName) throws MessagingException, IOException {
		if (fileName.equals(part.getFileName())) {
			try (InputStream in = part.getInputStream()) {
				return in.readAllBytes();
			}
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				byte[] found = attachment(multipart.getBodyPart(i), fileName);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static String text(byte[] pdf) throws IOException {
		try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				text.append(PdfTextExtractor.getTextFromPage(document.getPage(page))).append('\n');
			}
			return text.toString();
		}
	}

}
