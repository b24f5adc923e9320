package com.mtdconnect.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.consent.entity.CallbackResult;
import com.mtdconnect.provisioning.entity.StepState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every action the product records has a phrase in {@link AuditActions}. The actions are read from
 * the sources: every class that builds an {@code AuditEntry} names its actions as string literals
 * ({@code "TENANT_REGISTERED"}), or as a literal prefix joined with an enum constant's name ({@code
 * "PROVISIONING_STEP_" + state.name()}), whose enum is named below.
 */
class AuditActionsTest {

  private static final List<Path> SOURCES =
      List.of(Path.of("src/main/java"), Path.of("src/demo/java"));

  private static final Pattern ACTION = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");

  private static final Pattern PREFIX =
      Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_)\"\\s*\\+");

  /** The enums whose constants complete an action prefix. */
  private static final Map<String, Class<? extends Enum<?>>> PREFIX_ENUMS =
      Map.of("CONSENT_", CallbackResult.class, "PROVISIONING_STEP_", StepState.class);

  @Test
  void everyActionTheProductRecordsHasAPhrase() {
    Set<String> recorded = recordedActions();
    Set<String> unlabelled = new TreeSet<>(recorded);
    unlabelled.removeIf(AuditActions::isLabelled);
    assertEquals(Set.of(), unlabelled, "add a phrase to AuditActions for each");
  }

  @Test
  void everyPhraseBelongsToAnActionTheProductRecords() {
    Set<String> stale = new TreeSet<>(AuditActions.codes());
    stale.removeAll(recordedActions());
    assertEquals(Set.of(), stale, "phrases for actions nothing records any more");
  }

  @Test
  void phrasesAreSentencesWithoutCodes() {
    assertEquals("Role assignment changed", AuditActions.labelOf("ROLE_ASSIGNMENT_CHANGED"));
    for (String code : AuditActions.codes()) {
      String label = AuditActions.labelOf(code);
      assertFalse(label.contains("_"), label);
      assertTrue(Character.isUpperCase(label.charAt(0)), label);
      assertFalse(label.equals(label.toUpperCase(java.util.Locale.ROOT)), label);
    }
  }

  @Test
  void anActionWithoutPhraseStillReadsAsWords() {
    assertEquals("Tenant teleported", AuditActions.labelOf("TENANT_TELEPORTED"));
    assertFalse(AuditActions.isLabelled("TENANT_TELEPORTED"));
    assertEquals("", AuditActions.labelOf(null));
  }

  private static Set<String> recordedActions() {
    Set<String> actions = new TreeSet<>();
    Set<String> unknownPrefixes = new TreeSet<>();
    int writers = 0;
    for (String source : auditWriters()) {
      writers++;
      Matcher literal = ACTION.matcher(source);
      while (literal.find()) {
        actions.add(literal.group(1));
      }
      Matcher prefix = PREFIX.matcher(source);
      while (prefix.find()) {
        Class<? extends Enum<?>> completion = PREFIX_ENUMS.get(prefix.group(1));
        if (completion == null) {
          unknownPrefixes.add(prefix.group(1));
          continue;
        }
        Arrays.stream(completion.getEnumConstants())
            .forEach(c -> actions.add(prefix.group(1) + c.name()));
      }
    }
    assertEquals(
        Set.of(),
        unknownPrefixes,
        "a computed action: name the enum completing it in PREFIX_ENUMS");
    assertTrue(writers > 20, "the sources were found: " + writers + " audit writers");
    assertTrue(actions.contains("TENANT_REGISTERED"), actions.toString());
    return actions;
  }

  /** The sources of the classes that build audit entries. */
  private static List<String> auditWriters() {
    return SOURCES.stream()
        .filter(Files::isDirectory)
        .flatMap(AuditActionsTest::javaFiles)
        .map(AuditActionsTest::read)
        .filter(s -> s.contains("new AuditEntry(") || s.contains("AuditEntry.ofRoles("))
        .toList();
  }

  private static Stream<Path> javaFiles(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(p -> p.toString().endsWith(".java")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
