/** Small types every module may use: error types and the application clock. */
package io.chancery.shared;
