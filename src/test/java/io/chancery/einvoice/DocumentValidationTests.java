package io.chancery.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DocumentValidationTests {

	@ParameterizedTest
	@EnumSource(DocumentType.class)
	void aConsistentDocumentOfEveryTypeIsValid(DocumentType type) {
		assertThat(DocumentValidation.validate(EDocuments.of(type, "V-" + type.code()))).isEmpty();
	}

	@Test
	void aForeignCurrencyDocumentNeedsAnExchangeRate() {
		assertThat(DocumentValidation.validate(EDocuments.of(DocumentType.INVOICE, "FX-1", "USD", null)))
			.containsExactly(new FieldError("exchangeRate", "is required (and positive) for a document in USD"));
		assertThat(DocumentValidation.validate(EDocuments.of(DocumentType.INVOICE, "FX-2", "USD", new BigDecimal("4.72"))))
			.isEmpty();
		assertThat(DocumentValidation.validate(EDocuments.of(DocumentType.INVOICE, "FX-3", "XYZ", new BigDecimal("1"))))
			.containsExactly(new FieldError("currency", "'XYZ' is not in the MyInvois currency code table"));
	}

	@Test
	void aNoteWithoutTheOriginalDocumentIsRefused() {
		EDocument note = EDocuments.of(DocumentType.CREDIT_NOTE, "CN-9");
		EDocument orphan = new EDocument(note.number(), note.type(), note.version(), note.issuedAt(), note.currency(), null,
				List.of(), note.supplier(), note.buyer(), note.paymentMode(), note.allowanceCharges(), note.taxAmount(),
				note.taxSubtotals(), note.totals(), note.lines());

		assertThat(DocumentValidation.validate(orphan)).extracting(FieldError::field).containsExactly("originalDocuments");
	}

	@Test
	void missingFieldsWrongCodesAndLengthsAreReportedWithTheirPath() {
		EDocument base = EDocuments.of(DocumentType.INVOICE, "X".repeat(51));
		Party supplier = base.supplier();
		Party brokenSupplier = new Party(supplier.name(), null, "LICENCE", supplier.idValue(), supplier.sstNumber(),
				supplier.tourismTaxNumber(), "99999", supplier.activity(),
				new Address(List.of("Lot 66"), "Shah Alam", "40150", "20", "MYS"), supplier.phone(), supplier.email());
		Line line = base.lines().get(1);
		Line brokenLine = new Line(line.id(), List.of(new Classification("CLASS", "999")), line.description(),
				line.quantity(), "NOPE", line.unitPrice(), line.subtotal(), line.allowanceCharges(), line.taxAmount(),
				List.of(new TaxSubtotal("E", new BigDecimal("50"), BigDecimal.ZERO, BigDecimal.ZERO, null)),
				line.lineExtensionAmount());
		EDocument broken = new EDocument(base.number(), base.type(), base.version(), base.issuedAt(), base.currency(), null,
				List.of(), brokenSupplier, base.buyer(), "09", base.allowanceCharges(), base.taxAmount(),
				base.taxSubtotals(), base.totals(), List.of(base.lines().get(0), brokenLine));

		assertThat(DocumentValidation.validate(broken)).extracting(FieldError::toString)
			.containsExactly("number: must be at most 50 characters", "supplier.tin: is required",
					"supplier.idType: must be one of BRN, NRIC, PASSPORT, ARMY",
					"supplier.msicCode: '99999' is not in the MyInvois msic code table",
					"supplier.address.stateCode: '20' is not in the MyInvois state code table",
					"paymentMode: '09' is not in the MyInvois payment mode code table",
					"lines[1].classifications[0].code: '999' is not in the MyInvois classification code table",
					"lines[1].unitCode: 'NOPE' is not in the MyInvois unit code table",
					"lines[1].taxSubtotals[0].exemptionReason: is required");
	}

	@Test
	void arithmeticErrorsNameTheAmountAndTheRule() {
		EDocument base = EDocuments.of(DocumentType.INVOICE, "A-1");
		Line line = base.lines().get(0);
		Line wrongLine = new Line(line.id(), line.classifications(), line.description(), line.quantity(), line.unitCode(),
				line.unitPrice(), new BigDecimal("299.00"), line.allowanceCharges(), line.taxAmount(),
				List.of(new TaxSubtotal("02", new BigDecimal("270.00"), new BigDecimal("21.00"), new BigDecimal("8"), null)),
				line.lineExtensionAmount());
		Totals totals = base.totals();
		EDocument wrong = new EDocument(base.number(), base.type(), base.version(), base.issuedAt(), base.currency(), null,
				List.of(), base.supplier(), base.buyer(), base.paymentMode(), base.allowanceCharges(), base.taxAmount(),
				base.taxSubtotals(),
				new Totals(totals.lineExtensionAmount(), totals.taxExclusiveAmount(), totals.taxInclusiveAmount(), null, null,
						null, new BigDecimal("340.00")),
				List.of(wrongLine, base.lines().get(1)));

		assertThat(DocumentValidation.validate(wrong)).extracting(FieldError::toString)
			.containsExactly("lines[0].taxSubtotals[0].taxAmount: is 21 but must be taxable amount × rate = 21.60",
					"lines[0].subtotal: is 299 but must be quantity × unit price = 300.00",
					"lines[0].lineExtensionAmount: is 270 but must be subtotal − discounts + charges = 269.00",
					"lines[0].taxAmount: is 21.6 but must be the sum of the line's tax subtotals = 21.00",
					"totals.payableAmount: is 340 but must be tax inclusive amount + rounding = 341.60");
	}

}
