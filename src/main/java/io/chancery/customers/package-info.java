/** Customers (individuals and organisations) and the employees of organisations. */
package io.chancery.customers;
