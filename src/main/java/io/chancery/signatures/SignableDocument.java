package io.chancery.signatures;

/**
 * What a module offers for signing: one bean per kind of document (e.g. the rentals module's delivery
 * orders), so the signing page can show what is being signed without this module knowing the document.
 */
public interface SignableDocument {

	/** The subject kind this provider describes, e.g. {@code delivery-order}. */
	String kind();

	/**
	 * What the signer sees and agrees to.
	 * @throws io.chancery.shared.NotFoundException when the document does not exist (any more)
	 */
	SignableSummary describe(long companyId, long subjectId);

}
