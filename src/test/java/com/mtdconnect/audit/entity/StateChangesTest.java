package com.mtdconnect.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StateChangesTest {

  @Test
  void onlyChangedFieldsAreListedWithOldAndNewValue() {
    assertEquals(
        List.of("notes: — → Call on Monday", "lifecycle: INVITED → ACTIVE"),
        StateChanges.between(
            "{\"displayName\":\"Contoso\",\"notes\":null,\"lifecycle\":\"INVITED\"}",
            "{\"displayName\":\"Contoso\",\"notes\":\"Call on Monday\",\"lifecycle\":\"ACTIVE\"}"));
  }

  @Test
  void aNewObjectListsWhatItWasCreatedWith() {
    assertEquals(
        List.of("display name: Contoso", "archived: false"),
        StateChanges.between(
            null, "{\"displayName\":\"Contoso\",\"notes\":null,\"archived\":false}"));
  }

  @Test
  void longValuesAreShortened() {
    String longNote = "x".repeat(200);
    String line =
        StateChanges.between("{\"notes\":\"a\"}", "{\"notes\":\"" + longNote + "\"}").get(0);
    assertEquals("notes: a → " + "x".repeat(80) + "…", line);
  }
}
