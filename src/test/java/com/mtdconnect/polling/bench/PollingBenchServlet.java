package com.mtdconnect.polling.bench;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * Test-only (deployed by {@code PollingBenchmark}, never part of the WAR): {@code POST
 * /it/bench/run?tenants=N&periods=2&naive=0&consent=true&first=100} starts the polling benchmark
 * inside the portal on a thread of its own; {@code GET /it/bench/report?from=i} answers its lines
 * from the i-th on, and {@code DONE} as the last line once it has ended.
 */
@WebServlet(urlPatterns = PollingBenchServlet.PATH)
public class PollingBenchServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  public static final String PATH = "/it/bench/*";

  private static volatile PollingBenchRun current;

  @Override
  protected synchronized void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (current != null && !current.done()) {
      response.sendError(HttpServletResponse.SC_CONFLICT, "a benchmark runs already");
      return;
    }
    PollingBenchRun.Options options =
        new PollingBenchRun.Options(
            number(request, "tenants", 200),
            number(request, "periods", 2),
            number(request, "naive", 0),
            Boolean.parseBoolean(value(request, "consent", "true")),
            number(request, "first", 100));
    current = new PollingBenchRun(options);
    Thread runner = new Thread(current, "polling-bench");
    runner.setDaemon(true);
    runner.start();
    response.setContentType("text/plain");
    response.getWriter().write("started " + options);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PollingBenchRun run = current;
    if (run == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "no benchmark started");
      return;
    }
    boolean done = run.done();
    List<String> lines = run.lines();
    int from = Math.max(0, number(request, "from", 0));
    response.setContentType("text/plain");
    PrintWriter out = response.getWriter();
    for (int i = from; i < lines.size(); i++) {
      out.println(lines.get(i));
    }
    if (done) {
      out.println("DONE");
    }
  }

  private static int number(HttpServletRequest request, String name, int fallback) {
    return Integer.parseInt(value(request, name, String.valueOf(fallback)));
  }

  private static String value(HttpServletRequest request, String name, String fallback) {
    String v = request.getParameter(name);
    return v == null || v.isBlank() ? fallback : v.trim();
  }
}
