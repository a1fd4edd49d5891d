/** Gapless, human-readable numbers for issued documents (invoices, quotes, purchase orders). */
package io.chancery.numbering;
