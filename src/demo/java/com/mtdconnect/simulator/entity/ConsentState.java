package com.mtdconnect.simulator.entity;

/** Whether the customer's admin consented to the MSP application in a simulated tenant. */
public enum ConsentState {
  /** Never consented: our service principal does not exist there (token: AADSTS7000229). */
  NOT_CONSENTED,
  /** Consented: our service principal exists with the granted app roles. */
  CONSENTED,
  /** The admin deleted our enterprise application after consenting (token: AADSTS7000229). */
  REVOKED
}
