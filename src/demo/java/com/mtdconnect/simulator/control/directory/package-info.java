/**
 * The simulated directory of a customer tenant: users, groups and memberships, Entra devices and
 * their owners, derived on demand from the tenant's seed (ids encode what they name), with paging,
 * {@code $filter}/{@code $search} and the delta queries of groups and devices.
 */
package com.mtdconnect.simulator.control.directory;
