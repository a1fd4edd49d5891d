/** The service catalogue (what a company sells, at which price) and the company's tax rates. */
package io.chancery.catalog;
