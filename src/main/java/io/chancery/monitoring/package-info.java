/**
 * The process monitor: instances per process version, where each one waits, its history on the BPMN
 * diagram, incidents and their retry. In embedded mode it reads a read model that it writes from the
 * engine's record stream; in cluster mode it searches the cluster and links to Operate.
 */
package io.chancery.monitoring;
