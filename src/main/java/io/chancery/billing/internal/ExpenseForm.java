package io.chancery.billing.internal;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.chancery.billing.ExpenseInput;

/** An expense as a page's form (or a multipart request) sends it. */
public class ExpenseForm {

	@NotBlank
	@Size(max = 500)
	private String description;

	@NotNull
	@DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
	@Digits(integer = 13, fraction = 4)
	private BigDecimal amount;

	@Size(max = 200)
	private String supplier;

	ExpenseInput toInput() {
		return new ExpenseInput(description, amount, supplier);
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public String getSupplier() {
		return supplier;
	}

	public void setSupplier(String supplier) {
		this.supplier = supplier;
	}

}
