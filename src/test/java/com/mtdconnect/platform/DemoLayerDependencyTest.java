package com.mtdconnect.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dependency between the product and the demo layer runs one way: the demo layer (src/demo: the
 * simulator and the demo seeding, staff and reroute) builds on the product; nothing in the product
 * (src/main) names the simulator or the demo, so the production WAR cannot need them.
 */
class DemoLayerDependencyTest {

  private static final Pattern DEMO_REFERENCE =
      Pattern.compile("com\\.mtdconnect\\.(simulator|demo)\\b");

  @Test
  void productResourcesAndPagesNeverNameTheSimulatorOrTheDemo() {
    assertEquals(
        List.of(),
        Stream.of(Path.of("src/main/resources"), Path.of("webapp"))
            .flatMap(root -> filesReferencingTheDemo(root).stream())
            .toList());
  }

  @Test
  void theCheckRecognisesAReferenceToTheDemoLayer() {
    assertEquals(
        List.of(Path.of("src/demo/java/com/mtdconnect/demo/control/DemoSeed.java")),
        filesReferencingTheDemo(Path.of("src/demo/java")).stream()
            .filter(p -> p.endsWith("DemoSeed.java"))
            .toList(),
        "the demo layer's own files reference it, so the pattern matches real imports");
  }

  private static List<Path> filesReferencingTheDemo(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(DemoLayerDependencyTest::references)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean references(Path file) {
    try {
      return DEMO_REFERENCE.matcher(Files.readString(file)).find();
    } catch (IOException e) {
      return false;
    }
  }
}
