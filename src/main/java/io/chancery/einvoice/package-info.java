/**
 * LHDN MyInvois e-invoicing: the internal model of the eight document types, UBL 2.1 JSON and XML,
 * validation, the v1.1 signature, the API client, a local stand-in of the API and the company's
 * e-invoice settings.
 */
package io.chancery.einvoice;
