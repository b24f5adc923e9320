package com.mtdconnect.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The integration tests and the Docker image run Payara Micro with the same JVM options as the demo
 * and the start-up benchmark, so that what the benchmark measures is what ships; and the README
 * gives large fleets the options the dashboard benchmark measured.
 */
class PayaraJvmOptionsTest {
  private static final String SHIPPED = String.join(" ", PayaraJvmOptions.SHIPPED);

  @Test
  void theIntegrationTestsStartPayaraWithTheShippedOptions() throws IOException {
    String arquillian = Files.readString(Path.of("src/test/resources/arquillian.xml"));
    assertTrue(
        arquillian.contains("<property name=\"cmdOptions\">" + SHIPPED + " "),
        "arquillian.xml cmdOptions must start with: " + SHIPPED);
  }

  @Test
  void theDockerImageStartsPayaraWithTheShippedOptions() throws IOException {
    String dockerfile = Files.readString(Path.of("docker/Dockerfile"));
    assertTrue(
        dockerfile.contains(
            "ENV JVM_ARGS=\"-Djdk.util.zip.disableZip64ExtraFieldValidation=true "
                + SHIPPED
                + "\""),
        "docker/Dockerfile JVM_ARGS must carry: " + SHIPPED);
  }

  @Test
  void theReadmeGivesLargeFleetsTheOptionsTheDashboardBenchmarkMeasured() throws IOException {
    String large = String.join(" ", PayaraJvmOptions.LARGE_FLEET);
    String readme = Files.readString(Path.of("README.md"));
    assertTrue(
        readme.contains("`" + large + "`"),
        "README.md (Production) must give large fleets: " + large);
  }
}
