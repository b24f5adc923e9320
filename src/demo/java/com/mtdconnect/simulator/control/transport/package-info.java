/**
 * How requests reach the simulated Graph: bearer-token check, routing to the endpoint handlers with
 * the app roles each needs, throttling by workload family and identity resource units, {@code
 * $batch}, Graph's JSON and error bodies, and the simulator's movable clock.
 */
package com.mtdconnect.simulator.control.transport;
