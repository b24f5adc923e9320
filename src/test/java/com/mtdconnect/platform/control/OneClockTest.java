package com.mtdconnect.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Product code reads the time of day only from the one {@link Clock} that {@link PortalClock}
 * produces, so that tests can move it. The simulator and the demo layer keep their own clocks.
 */
class OneClockTest {
  private static final Path PRODUCT = Path.of("src/main/java/com/mtdconnect");
  private static final List<String> OWN_CLOCKS = List.of("simulator", "demo");

  /** Reads of the system's time of day other than from the injected {@code clock}. */
  static final Pattern SYSTEM_TIME =
      Pattern.compile(
          "\\b(?:Instant|LocalDateTime|LocalDate|LocalTime|OffsetDateTime|ZonedDateTime|Year"
              + "|YearMonth)\\.now\\((?!\\s*clock\\s*\\))"
              + "|System\\.currentTimeMillis\\(|new Date\\(\\)|Clock\\.system");

  @Test
  void productCodeReadsTheTimeOnlyFromThePortalClock() throws IOException {
    List<String> direct = new ArrayList<>();
    try (Stream<Path> files = Files.walk(PRODUCT)) {
      files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !OWN_CLOCKS.contains(PRODUCT.relativize(f).getName(0).toString()))
          .filter(f -> !f.getFileName().toString().equals("PortalClock.java"))
          .forEach(f -> direct.addAll(systemTimeReadsIn(f)));
    }
    assertEquals(List.of(), direct, "inject java.time.Clock (PortalClock) instead");
  }

  @Test
  void thePatternCatchesTheUsualWaysOfReadingTheTime() {
    for (String read :
        List.of(
            "LocalDateTime.now(ZoneOffset.UTC)",
            "Instant.now()",
            "OffsetDateTime.now( ZoneId.of(\"UTC\"))",
            "LocalDateTime.now(java.time.ZoneOffset.UTC)",
            "System.currentTimeMillis()",
            "new Date()",
            "Clock.systemUTC()")) {
      assertEquals(true, SYSTEM_TIME.matcher(read).find(), read);
    }
    assertEquals(false, SYSTEM_TIME.matcher("LocalDateTime.now(clock)").find());
  }

  @Test
  void thePortalClockIsTheSystemClockInUtc() {
    Clock clock = new PortalClock().clock();
    assertEquals(Clock.systemUTC().getZone(), clock.getZone());
    Instant before = Instant.now();
    Instant now = clock.instant();
    assertEquals(false, now.isBefore(before), "not a fixed or moved clock");
  }

  private static List<String> systemTimeReadsIn(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      List<String> found = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (SYSTEM_TIME.matcher(lines.get(i)).find()) {
          found.add(PRODUCT.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
        }
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
