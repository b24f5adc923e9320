/**
 * What presenters and testers work the simulator with: the demo scenario that puts the first
 * tenants into telling states, and the control page that grants, narrows or revokes consent,
 * injects faults and moves the clock per tenant.
 */
package com.mtdconnect.simulator.control.presenter;
