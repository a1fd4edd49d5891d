package io.chancery.purchasing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.chancery.pdf.PdfRenderer;
import io.chancery.purchasing.PurchaseOrder;
import io.chancery.purchasing.PurchaseOrderLine;
import io.chancery.purchasing.PurchaseOrderService;
import io.chancery.purchasing.SupplierService;
import io.chancery.shared.Amounts;
import io.chancery.storage.FileStore;
import io.chancery.storage.StorageArea;
import io.chancery.tenancy.Company;
import io.chancery.tenancy.CompanyService;

/** The purchase order as the supplier gets it: {@code templates/pdf/purchase-order.html}, rendered from current data. */
@Component
class PurchaseOrderPdf {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G' };

	private final PurchaseOrderService orders;

	private final SupplierService suppliers;

	private final CompanyService companies;

	private final FileStore files;

	private final PdfRenderer renderer;

	PurchaseOrderPdf(PurchaseOrderService orders, SupplierService suppliers, CompanyService companies, FileStore files,
			PdfRenderer renderer) {
		this.orders = orders;
		this.suppliers = suppliers;
		this.companies = companies;
		this.files = files;
		this.renderer = renderer;
	}

	/** A file name the supplier can file it under, such as {@code PO-2026-00001.pdf}. */
	static String fileName(PurchaseOrder order) {
		return order.label().replace(' ', '-') + ".pdf";
	}

	@Transactional(readOnly = true)
	byte[] render(long companyId, long orderId) {
		PurchaseOrder order = orders.get(companyId, orderId);
		Company company = companies.get(companyId);
		Map<String, Object> variables = new HashMap<>();
		variables.put("company", company);
		variables.put("logo", logo(company));
		variables.put("order", order);
		variables.put("supplier", suppliers.get(companyId, order.getSupplierId()));
		variables.put("orderDate", order.getApprovedAt() == null ? null
				: DATE.format(LocalDate.ofInstant(order.getApprovedAt(), company.getTimeZone())));
		variables.put("expectedDate", DATE.format(order.getExpectedDeliveryDate()));
		variables.put("taxes", taxesByRate(order));
		variables.put("digits", Amounts.minorUnits(order.getCurrency()));
		return renderer.render("purchase-order", variables);
	}

	/** Tax per rate, as suppliers' invoices show it; the rates add up to the order's tax total. */
	private static Map<String, BigDecimal> taxesByRate(PurchaseOrder order) {
		Map<BigDecimal, BigDecimal> byRate = new TreeMap<>();
		for (PurchaseOrderLine line : order.getLines()) {
			byRate.merge(line.getTaxRate().stripTrailingZeros(), line.getTaxAmount(), BigDecimal::add);
		}
		Map<String, BigDecimal> labelled = new LinkedHashMap<>();
		byRate.forEach((rate, amount) -> labelled.put(rate.toPlainString(), amount));
		return labelled;
	}

	/** The logo as a data URI (the renderer fetches nothing), or null. Logos are PNG or JPEG only. */
	private String logo(Company company) {
		if (company.getLogoKey() == null) {
			return null;
		}
		try (InputStream content = files.open(StorageArea.PUBLIC, company.getLogoKey())) {
			byte[] image = content.readAllBytes();
			boolean png = image.length >= PNG_SIGNATURE.length
					&& Arrays.equals(image, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length);
			return PdfRenderer.imageDataUri(image, png ? "image/png" : "image/jpeg");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
