package com.mtdconnect.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StateChangesTest {

  @Test
  void onlyChangedFieldsAreListedWithOldAndNewValue() {
    List<ChangedField> changes =
        StateChanges.between(
            "{\"displayName\":\"Contoso\",\"notes\":null,\"lifecycle\":\"INVITED\"}",
            "{\"displayName\":\"Contoso\",\"notes\":\"Call on Monday\",\"lifecycle\":\"ACTIVE\"}");
    assertEquals(
        List.of("notes: — → Call on Monday", "lifecycle: Invited → Active"),
        changes.stream().map(ChangedField::toString).toList());
    assertEquals("Notes", changes.get(0).getField());
    assertTrue(changes.get(0).getBefore().isAbsent());
    assertEquals(List.of("Call on Monday"), changes.get(0).getAfter().getItems());
  }

  @Test
  void aNewObjectListsWhatItWasCreatedWith() {
    List<ChangedField> changes =
        StateChanges.between(
            null, "{\"displayName\":\"Contoso\",\"notes\":null,\"archived\":false}");
    assertEquals(
        List.of("display name: Contoso", "archived: no"),
        changes.stream().map(ChangedField::toString).toList());
    assertTrue(changes.get(0).isCreated());
    assertEquals("Display name", changes.get(0).getField());
  }

  @Test
  void stateCodesAndLifecycleMovesReadAsWords() {
    ChangedField lifecycle =
        StateChanges.between(
                "{\"lifecycle\":null}", "{\"lifecycle\":\"CONSENT_PENDING → CONSENTED\"}")
            .get(0);
    assertEquals("Consent pending → Consented", lifecycle.getAfter().toString());
    assertEquals("—", lifecycle.getBefore().toString());
  }

  @Test
  void aMoveRecordedBesideOtherFieldsReadsAsTheMoveAlone() {
    ChangedField lifecycle =
        StateChanges.between(
                "{\"status\":\"CREATED\"}",
                "{\"status\":\"SENT\",\"lifecycle\":\"INVITED → CONSENT_PENDING\"}")
            .get(1);
    assertTrue(lifecycle.isCreated(), "no \"— →\" before a move");
    assertEquals("lifecycle: Invited → Consent pending", lifecycle.toString());
  }

  @Test
  void timesReadAsMinutesAndSecondsInUtc() {
    ChangedField sent =
        StateChanges.between(null, "{\"sentAt\":\"2026-12-04T19:44:28.954459687\"}").get(0);
    assertEquals("Sent at", sent.getField());
    assertEquals("2026-12-04 19:44:28 UTC", sent.getAfter().toString());
  }

  @Test
  void namesPeopleTypedStayAsTyped() {
    ChangedField tags =
        StateChanges.between("{\"scopeTags\":\"AMER\"}", "{\"scopeTags\":\"EMEA_NORTH\"}").get(0);
    assertEquals("EMEA_NORTH", tags.getAfter().toString());
    ChangedField name =
        StateChanges.between("{\"displayName\":\"ACME\"}", "{\"displayName\":\"ACME_CO\"}").get(0);
    assertEquals("ACME", name.getBefore().toString(), "a single capital word is a name here");
  }

  @Test
  void longValuesAreKeptWhole() {
    String longNote = "word ".repeat(60).trim();
    ChangedField notes =
        StateChanges.between("{\"notes\":\"a\"}", "{\"notes\":\"" + longNote + "\"}").get(0);
    assertEquals(longNote, notes.getAfter().toString(), "nothing is cut off");
    assertEquals(
        List.of(longNote), notes.getAfter().getPieces(), "ordinary words give no extra breaks");
  }

  @Test
  void listsStayListsOfWholeValues() {
    ChangedField missing =
        StateChanges.between(
                "{\"missing\":[]}",
                "{\"missing\":[\"Application.Read.All\",\"User.Read.All\","
                    + "\"DeviceManagementApps.ReadWrite.All\"]}")
            .get(0);
    assertTrue(missing.getAfter().isList());
    assertEquals(
        List.of("Application.Read.All", "User.Read.All", "DeviceManagementApps.ReadWrite.All"),
        missing.getAfter().getItems());
    assertEquals(
        "missing: — → Application.Read.All, User.Read.All, DeviceManagementApps.ReadWrite.All",
        missing.toString());
  }

  @Test
  void nestedObjectsReadAsEntries() {
    ChangedField apps =
        StateChanges.between(null, "{\"apps\":{\"iosBundle\":\"com.example\",\"enabled\":true}}")
            .get(0);
    assertEquals(List.of("Ios bundle: com.example", "Enabled: yes"), apps.getAfter().getItems());
  }

  @Test
  void aLongValueWithoutSpacesMayWrapAfterSeparatorsOnly() {
    String url = "https://login.microsoftonline.com/contoso.onmicrosoft.com/adminconsent?x=1";
    List<String> pieces = ChangedValue.pieces(url);
    assertEquals(url, String.join("", pieces), "the pieces make the whole value");
    assertTrue(pieces.size() > 3, pieces.toString());
    for (String piece : pieces.subList(0, pieces.size() - 1)) {
      assertTrue("/.,;:?&=_@|-".indexOf(piece.charAt(piece.length() - 1)) >= 0, piece);
    }
    assertFalse(
        ChangedValue.pieces("Application.Read.All").size() > 1, "a short name is never broken up");
  }
}
