package com.mtdconnect.tenancy.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The messages an operator sees per field when a tenant form is not right. */
class TenantDraftValidationTest {
  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void validator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  @Test
  void aCompleteDraftIsValid() {
    assertEquals(Map.of(), problems(complete()));
  }

  @Test
  void eachMissingFieldGetsItsOwnMessage() {
    Map<String, String> problems = problems(new TenantDraft());
    assertEquals(
        Set.of("displayName", "directoryId", "contactName", "contactEmail"), problems.keySet());
    assertTrue(problems.get("contactEmail").contains("consent links are sent there"));
  }

  @Test
  void aBadTenantIdExplainsBothAcceptedForms() {
    TenantDraft draft = complete();
    draft.setDirectoryId("1234");
    String message = problems(draft).get("directoryId");
    assertTrue(message.contains("GUID") && message.contains("primary domain"), message);
  }

  @Test
  void aBadEmailAddressIsNamedAsSuch() {
    TenantDraft draft = complete();
    draft.setContactEmail("it-admin@contoso");
    assertTrue(problems(draft).get("contactEmail").contains("valid email address"));
  }

  @Test
  void badScopeTagsAreNamedWithoutInterpretingTheirText() {
    TenantDraft draft = complete();
    draft.setScopeTags("EMEA, ${1+1}");
    String message = problems(draft).get("scopeTags");
    assertTrue(message.contains("is not valid"), message);
    assertTrue(!message.contains("2\""), "no expression evaluated: " + message);
  }

  private static Map<String, String> problems(TenantDraft draft) {
    Set<ConstraintViolation<TenantDraft>> violations = validator.validate(draft);
    return violations.stream()
        .collect(
            Collectors.toMap(
                v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage, (a, b) -> a));
  }

  private static TenantDraft complete() {
    TenantDraft draft = new TenantDraft();
    draft.setDisplayName("Contoso");
    draft.setDirectoryId("contoso.onmicrosoft.com");
    draft.setContactName("Dana");
    draft.setContactEmail("dana@contoso.com");
    draft.setScopeTags("EMEA");
    return draft;
  }
}
