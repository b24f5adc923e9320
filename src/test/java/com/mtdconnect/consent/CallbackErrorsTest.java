package com.mtdconnect.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.consent.control.CallbackErrors;
import com.mtdconnect.consent.entity.CallbackResult;
import com.mtdconnect.consent.entity.CallbackVerdict;
import org.junit.jupiter.api.Test;

/** Microsoft's documented and observed redirect shapes (graph-contracts §1.1). */
class CallbackErrorsTest {

  @Test
  void successIsAdminConsentTrueWithoutError() {
    assertEquals(
        CallbackResult.APPROVED, CallbackErrors.read(null, null, "True", "Contoso").result());
  }

  @Test
  void cancelIsDeclinedWhateverTheErrorCode() {
    CallbackVerdict cancel =
        CallbackErrors.read(
            "access_denied",
            "AADSTS65004: User declined to consent to access the app.\r\nTrace ID: x",
            "True",
            "Contoso");
    assertEquals(CallbackResult.DECLINED, cancel.result());
    assertEquals(65004, cancel.aadstsCode());
    assertEquals(
        CallbackResult.DECLINED,
        CallbackErrors.read(
                "consent_required",
                "AADSTS65004: The resource owner or authorization server denied the request.",
                "True",
                "Contoso")
            .result());
  }

  @Test
  void aForeignAccountIsNamedAndTheCustomerToldWhatToDo() {
    CallbackVerdict wrong =
        CallbackErrors.read(
            "access_denied",
            "AADSTS50020: User account 'a@b' from identity provider 'x' does not exist in tenant",
            "True",
            "Contoso");
    assertEquals(CallbackResult.WRONG_ACCOUNT, wrong.result());
    assertTrue(wrong.customerText().contains("global administrator of Contoso"));
  }

  @Test
  void otherErrorsKeepTheCodeButNotTheTraceIds() {
    CallbackVerdict other =
        CallbackErrors.read(
            "invalid_request",
            "AADSTS900144: The request body must contain the following parameter.\r\nTrace ID: 1",
            "True",
            "Contoso");
    assertEquals(CallbackResult.FAILED, other.result());
    assertEquals(900144, other.aadstsCode());
    assertTrue(other.customerText().contains("AADSTS900144"));
    assertTrue(!other.mspReason().contains("Trace ID"), other.mspReason());
  }
}
