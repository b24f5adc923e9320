package com.mtdconnect.consent.entity;

/**
 * How we read Microsoft's redirect back: the result, what the customer is told, and what the MSP
 * sees on the tenant page.
 *
 * @param result approved, declined, wrong account or failed
 * @param aadstsCode the AADSTS code Microsoft reported, or 0
 * @param customerTitle the heading of the customer's page
 * @param customerText what happened and what to do, for the customer
 * @param mspReason what happened, for the operator
 * @param mspAdvice what the operator can do
 */
public record CallbackVerdict(
    CallbackResult result,
    int aadstsCode,
    String customerTitle,
    String customerText,
    String mspReason,
    String mspAdvice) {}
