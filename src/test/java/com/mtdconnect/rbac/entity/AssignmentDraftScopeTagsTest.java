package com.mtdconnect.rbac.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The assignment editor's scope: tags picked from a list, and one new tag added on purpose. */
class AssignmentDraftScopeTagsTest {

  private static AssignmentDraft draft() {
    AssignmentDraft draft = new AssignmentDraft();
    draft.setName("EMEA onboarding");
    draft.setRoleId(1L);
    draft.setStaffMembers("operator");
    return draft;
  }

  private static Map<String, String> problems(AssignmentDraft draft) {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      return factory.getValidator().validate(draft).stream()
          .collect(
              Collectors.toMap(
                  v -> v.getPropertyPath().toString(),
                  ConstraintViolation::getMessage,
                  (a, b) -> a));
    }
  }

  @Test
  void theAssignmentCarriesThePickedTagsAndTheNewOneEachOnce() {
    AssignmentDraft draft = draft();
    draft.setScopeTagList(List.of("EMEA", "AMER"));
    draft.setNewScopeTag(" emea ");
    assertEquals(List.of("EMEA", "AMER"), draft.scopeTagList());
    draft.setNewScopeTag("APAC");
    assertEquals(List.of("EMEA", "AMER", "APAC"), draft.scopeTagList());
    assertEquals(List.of("EMEA", "AMER"), draft.pickedScopeTags(), "the new tag is not picked");
    assertEquals(List.of("EMEA", "AMER"), draft.getScopeTagList());
    assertEquals(Map.of(), problems(draft));
  }

  @Test
  void noTagAndNotAllTenantsAsksForAScope() {
    assertEquals(
        "Choose the scope: some scope tags, or all tenants.", problems(draft()).get("withScope"));
    AssignmentDraft allTenants = draft();
    allTenants.setAllTenants(true);
    assertEquals(Map.of(), problems(allTenants));
    AssignmentDraft newTagOnly = draft();
    newTagOnly.setNewScopeTag("APAC");
    assertEquals(Map.of(), problems(newTagOnly), "a new tag alone is a scope");
  }

  @Test
  void aNewTagIsOneValidTag() {
    AssignmentDraft draft = draft();
    draft.setNewScopeTag("APAC, Gold");
    assertEquals(
        "Add one new scope tag at a time (no commas).", problems(draft).get("newScopeTag"));
    draft.setNewScopeTag("<b>");
    assertTrue(problems(draft).get("newScopeTag").contains("is not valid"));
  }
}
