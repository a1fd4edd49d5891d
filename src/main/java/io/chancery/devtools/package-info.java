/**
 * Development services of the embedded mode, never active in cluster mode: an in-process SMTP
 * server with a mailbox page, and a clock that can be moved forward together with the engine.
 */
package io.chancery.devtools;
