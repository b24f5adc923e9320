package com.mtdconnect.rbac.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeTagsTest {

  @Test
  void tagsAreTrimmedAndDuplicatesIgnoringCaseDropped() {
    assertEquals(List.of("EMEA", "Gold"), ScopeTags.parse(" EMEA , Gold,emea,, gold "));
    assertEquals("EMEA,Gold", ScopeTags.canonical("EMEA, Gold"));
  }

  @Test
  void differenceHoldsTagsAddedOrRemovedIgnoringCase() {
    assertEquals(
        java.util.Set.of("apac", "gold"),
        ScopeTags.difference(List.of("EMEA", "Gold"), List.of("emea", "APAC")));
    assertEquals(java.util.Set.of(), ScopeTags.difference(List.of("EMEA"), List.of("emea")));
  }

  @Test
  void noTextMeansNoTags() {
    assertEquals(List.of(), ScopeTags.parse(null));
    assertEquals(List.of(), ScopeTags.parse("  "));
    assertEquals("", ScopeTags.problemWith(null));
  }

  @Test
  void tooManyTagsAreRefused() {
    String eleven = String.join(",", "a1 a2 a3 a4 a5 a6 a7 a8 a9 a10 a11".split(" "));
    assertTrue(ScopeTags.problemWith(eleven).contains("at most 10"));
  }

  @Test
  void aTagWithOddCharactersIsNamedInTheProblem() {
    assertTrue(ScopeTags.problemWith("EMEA, <script>").contains("\"<script>\""));
  }

  @Test
  void choicesAreTheExistingTagsForStaffOnAllTenantsPlusThoseCarried() {
    assertEquals(
        List.of("AMER", "EMEA", "Gold"),
        ScopeTags.choices(List.of("EMEA", "emea", "AMER"), TenantScope.ALL, List.of("Gold")));
  }

  @Test
  void choicesOfStaffScopedToTagsAreExactlyTheirOwnTags() {
    assertEquals(
        List.of("EMEA", "gold"),
        ScopeTags.choices(
            List.of("EMEA", "AMER"), TenantScope.ofTags(List.of("emea", "Gold")), List.of()));
  }

  @Test
  void tagsThatExistNowhereAreNamedIgnoringCase() {
    assertEquals(
        List.of("Platinum"),
        ScopeTags.unknownAmong(List.of("emea", "Platinum"), List.of("EMEA", "AMER")));
    assertEquals(List.of(), ScopeTags.unknownAmong(List.of(), List.of()));
  }
}
