/** The document register: types, documents and their versions, files, audit. */
package io.chancery.documents;
