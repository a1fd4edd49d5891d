package io.chancery.monitoring.internal;

enum IncidentState {

	ACTIVE, RESOLVED

}
