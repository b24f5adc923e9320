package com.mtdconnect.policies;

import com.mtdconnect.policies.bench.PublishBenchServlet;
import com.mtdconnect.testsupport.Deployments;
import com.mtdconnect.testsupport.PayaraJvmOptions;
import com.mtdconnect.testsupport.PortalProcess;
import com.mtdconnect.testsupport.TestDatabase;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * The policy publish benchmark (issue 13; README, Mobile security policies): publishing one
 * template to N simulated tenants (500 by default) as one background publish run, on a portal of
 * its own (the demo WAR plus a test-only benchmark servlet on Payara Micro with the shipped JVM
 * options, a fresh database), through the real worker, gateway and HTTP to the simulator. Prints
 * the plan and publish times, the Graph requests and throttling. {@code mvn -Ppublish-bench}
 * ({@code -Dbench.tenants=N}).
 */
public final class PublishBenchmark {
  private PublishBenchmark() {}

  public static void main(String[] args) throws Exception {
    int tenants = Integer.getInteger("bench.tenants", 500);
    Path work = Path.of(System.getProperty("portal.it.work", "target/it"), "publish-bench");
    Files.createDirectories(work);
    File war = work.resolve("publish-bench.war").toFile();
    Deployments.portalWithBenchmark(
            PublishBenchServlet.PATH, PublishBenchServlet.class.getPackage())
        .as(ZipExporter.class)
        .exportTo(war, true);
    TestDatabase database = TestDatabase.fresh();
    int port = PortalProcess.freePort();
    Map<String, String> properties = new HashMap<>();
    properties.put("portal.base-url", "http://localhost:" + port);
    properties.put("db.url", database.jdbcUrl());
    properties.put("db.user", database.user());
    properties.put("db.password", database.password());
    properties.put("simulator.tenants", String.valueOf(100 + tenants + 50));
    List<String> command =
        PortalProcess.command(
            PortalProcess.payaraJar(),
            war,
            port,
            work.resolve("payara").toFile(),
            new ArrayList<>(PayaraJvmOptions.SHIPPED),
            properties,
            Optional.empty());
    System.out.printf(
        "[measure] publish bench: %,d tenants, portal JVM %s%n",
        tenants, String.join(" ", PayaraJvmOptions.SHIPPED));
    boolean failed = true;
    try (PortalProcess portal =
        PortalProcess.launch(command, port, Optional.of(work.resolve("payara.log")))) {
      portal.awaitFirstPage(Duration.ofMinutes(10));
      System.out.printf(
          "[measure] publish bench: portal started in %.1f s%n",
          portal.timeToFirstPage().toMillis() / 1000.0);
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      String base = portal.baseUrl() + "/it/publish-bench/";
      HttpRequest run =
          HttpRequest.newBuilder(URI.create(base + "run?tenants=" + tenants))
              .POST(HttpRequest.BodyPublishers.noBody())
              .build();
      HttpResponse<String> start = http.send(run, HttpResponse.BodyHandlers.ofString());
      for (int attempt = 0; attempt < 60 && start.statusCode() != 200; attempt++) {
        Thread.sleep(1_000);
        start = http.send(run, HttpResponse.BodyHandlers.ofString());
      }
      if (start.statusCode() != 200) {
        throw new IllegalStateException(
            "the benchmark did not start: " + start.statusCode() + " " + start.body());
      }
      int seen = 0;
      boolean done = false;
      while (!done) {
        Thread.sleep(1_000);
        HttpResponse<String> report =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "report?from=" + seen)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String line : report.body().split("\n")) {
          if (line.equals("DONE")) {
            done = true;
          } else if (!line.isBlank()) {
            seen++;
            System.out.println(line);
            failed &= !line.startsWith("RESULT ");
          }
        }
      }
    }
    System.exit(failed ? 1 : 0);
  }
}
