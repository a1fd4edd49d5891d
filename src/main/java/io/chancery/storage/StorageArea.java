package io.chancery.storage;

/** PRIVATE: identity documents, signatures, receipts. PUBLIC: logos and other assets anyone may see. */
public enum StorageArea {

	PRIVATE, PUBLIC

}
