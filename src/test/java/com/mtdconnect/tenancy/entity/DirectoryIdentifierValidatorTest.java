package com.mtdconnect.tenancy.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DirectoryIdentifierValidatorTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "72f988bf-86f1-41af-91ab-2d7cd011db47",
        "72F988BF-86F1-41AF-91AB-2D7CD011DB47",
        "  72f988bf-86f1-41af-91ab-2d7cd011db47 ",
        "contoso.onmicrosoft.com",
        "Contoso.com",
        "sub.domain-with-hyphen.co.uk",
        "xn--bcher-kva.example"
      })
  void tenantIdsAndPrimaryDomainsAreAccepted(String value) {
    assertTrue(DirectoryIdentifierValidator.isValid(value), value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not a domain",
        "contoso",
        "72f988bf-86f1-41af-91ab-2d7cd011db4",
        "72f988bf86f141af91ab2d7cd011db47",
        "-contoso.com",
        "contoso-.com",
        "contoso..com",
        "contoso.com.",
        "contoso.c",
        "contoso.123",
        "http://contoso.com",
        "admin@contoso.com"
      })
  void anythingElseIsRefused(String value) {
    assertFalse(DirectoryIdentifierValidator.isValid(value), value);
  }

  @Test
  void theStoredFormIsTrimmedLowerCase() {
    assertEquals("contoso.com", DirectoryIdentifierValidator.normalize("  Contoso.COM "));
  }

  @Test
  void aDomainLongerThanDnsAllowsIsRefused() {
    String label = "a".repeat(63);
    String tooLong = String.join(".", label, label, label, label) + ".com";
    assertFalse(DirectoryIdentifierValidator.isValid(tooLong));
  }
}
