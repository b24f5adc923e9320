/**
 * The simulated Intune: mobile apps and their assignments (assign replaces all), app
 * configurations, compliance policies, Mobile Threat Defense connectors with their heartbeat, the
 * install-status report export jobs, and the request-body contract checked against the Graph SDK's
 * generated models.
 */
package com.mtdconnect.simulator.control.intune;
