package com.mtdconnect.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalRedirectTest {

  @Test
  void aPathInsideThePortalIsKept() {
    assertEquals(
        "/tenancy/view.xhtml?tenant=5",
        LocalRedirect.safeLocalPath("/tenancy/view.xhtml?tenant=5"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example",
        "javascript:alert(1)",
        "/signin.xhtml",
        "/x\r\nSet-Cookie: a=b"
      })
  void anythingElseLeadsHome(String target) {
    assertEquals(LocalRedirect.HOME, LocalRedirect.safeLocalPath(target));
  }
}
