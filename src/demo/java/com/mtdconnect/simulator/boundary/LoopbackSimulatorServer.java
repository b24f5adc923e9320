package com.mtdconnect.simulator.boundary;

import com.mtdconnect.simulator.entity.SimRequest;
import com.mtdconnect.simulator.entity.SimResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Serves a simulator on 127.0.0.1 at a random port, for tests and benchmarks. The simulator root is
 * the server root: {@code http://127.0.0.1:port/login/...} and {@code .../graph/...}.
 */
public final class LoopbackSimulatorServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor;

  private LoopbackSimulatorServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  public static LoopbackSimulatorServer start(MicrosoftCloudSimulator simulator, int threads)
      throws IOException {
    return start(simulator::handle, threads);
  }

  /**
   * Serves {@code handler} (a simulator, or a test's wrapper around one: several ports in front of
   * one simulated cloud, requests held or delayed).
   */
  public static LoopbackSimulatorServer start(
      Function<SimRequest, SimResponse> handler, int threads) throws IOException {
    // without TCP_NODELAY every response waits ~40 ms for a delayed ACK (Nagle); the JDK server
    // reads this once, when its configuration class loads
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    server.setExecutor(executor);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/", exchange -> serve(handler, exchange, base));
    server.start();
    return new LoopbackSimulatorServer(server, executor);
  }

  private static void serve(
      Function<SimRequest, SimResponse> handler, HttpExchange exchange, String base)
      throws IOException {
    try (exchange) {
      Map<String, String> headers = new HashMap<>();
      for (Map.Entry<String, List<String>> h : exchange.getRequestHeaders().entrySet()) {
        headers.put(h.getKey(), String.join(",", h.getValue()));
      }
      headers.put(MicrosoftCloudSimulator.PUBLIC_BASE_HEADER, base);
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      SimRequest request =
          new SimRequest(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getPath(),
              exchange.getRequestURI().getRawQuery(),
              headers,
              body);
      SimResponse response = handler.apply(request);
      response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
      boolean noBody = response.body().length == 0;
      exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.body().length);
      if (!noBody) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(response.body());
        }
      }
    }
  }

  /** {@code http://127.0.0.1:port} without a trailing slash. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
