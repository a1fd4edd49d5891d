/** The web shell: layout, home page and the API's error format. Other modules render into its layout. */
package io.chancery.web;
