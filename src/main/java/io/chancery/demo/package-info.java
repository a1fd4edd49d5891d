/** Demo data for the embedded mode: companies and users now; later modules add theirs here. */
package io.chancery.demo;
