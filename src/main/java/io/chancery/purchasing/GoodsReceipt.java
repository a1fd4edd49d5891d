package io.chancery.purchasing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;

import org.hibernate.annotations.TenantId;

import io.chancery.storage.FileKind;
import io.chancery.storage.StoredFile;

/** One delivery against a purchase order, with its delivery note. */
@Entity
public class GoodsReceipt {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	private Long purchaseOrderId;

	private LocalDate receivedOn;

	private String receivedBy;

	private String deliveryNoteNumber;

	/** The supplier said nothing more would come. */
	private boolean finalDelivery;

	private String fileKey;

	@Enumerated(EnumType.STRING)
	private FileKind fileKind;

	private String fileName;

	private Long fileSize;

	private Instant createdAt;

	@OneToMany(mappedBy = "receipt", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
	private List<GoodsReceiptLine> lines = new ArrayList<>();

	protected GoodsReceipt() {
	}

	GoodsReceipt(PurchaseOrder order, LocalDate receivedOn, String receivedBy, String deliveryNoteNumber,
			boolean finalDelivery, Instant createdAt) {
		this.finalDelivery = finalDelivery;
		this.companyId = order.getCompanyId();
		this.purchaseOrderId = order.getId();
		this.receivedOn = receivedOn;
		this.receivedBy = receivedBy;
		this.deliveryNoteNumber = deliveryNoteNumber;
		this.createdAt = createdAt;
	}

	void attach(StoredFile file, String name) {
		this.fileKey = file.key();
		this.fileKind = file.kind();
		this.fileSize = file.size();
		this.fileName = name;
	}

	public Long getId() {
		return id;
	}

	public Long getPurchaseOrderId() {
		return purchaseOrderId;
	}

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public String getReceivedBy() {
		return receivedBy;
	}

	public String getDeliveryNoteNumber() {
		return deliveryNoteNumber;
	}

	public boolean isFinalDelivery() {
		return finalDelivery;
	}

	public String getFileKey() {
		return fileKey;
	}

	public FileKind getFileKind() {
		return fileKind;
	}

	public String getFileName() {
		return fileName;
	}

	public Long getFileSize() {
		return fileSize;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public List<GoodsReceiptLine> getLines() {
		return lines;
	}

}
