/**
 * The simulated Entra ID: the v2.0 token endpoint (client credentials with a secret or a
 * certificate assertion) and its AADSTS errors, the admin-consent page, the service principals and
 * app-role assignments that consent grants, the access tokens the simulator mints and checks, and
 * the demo MSP's own tenant as the OpenID Connect provider of staff sign-in.
 */
package com.mtdconnect.simulator.control.identity;
