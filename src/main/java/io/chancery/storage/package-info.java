/**
 * Uploaded files: content checks (type sniffed from the bytes, size limit), a private area reached
 * only through five-minute signed URLs, and a public area for logos. Backed by the local file system
 * (embedded mode) or S3.
 */
package io.chancery.storage;
