/** PDFs on demand: Thymeleaf HTML rendered by iText pdfHTML at request time, never stored. */
package io.chancery.pdf;
