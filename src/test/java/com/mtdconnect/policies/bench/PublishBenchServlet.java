package com.mtdconnect.policies.bench;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * Test-only (deployed by {@code PublishBenchmark}, never part of the WAR): {@code POST
 * /it/publish-bench/run?tenants=N} starts the publish benchmark inside the portal on a thread of
 * its own; {@code GET /it/publish-bench/report?from=i} answers its lines from the i-th on, and
 * {@code DONE} as the last line once it has ended.
 */
@WebServlet(urlPatterns = PublishBenchServlet.PATH)
public class PublishBenchServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  public static final String PATH = "/it/publish-bench/*";

  private static volatile PublishBenchRun current;

  @Override
  protected synchronized void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (current != null && !current.done()) {
      response.sendError(HttpServletResponse.SC_CONFLICT, "a benchmark runs already");
      return;
    }
    String tenants = request.getParameter("tenants");
    current =
        new PublishBenchRun(
            tenants == null || tenants.isBlank() ? 20 : Integer.parseInt(tenants.trim()));
    Thread runner = new Thread(current, "publish-bench");
    runner.setDaemon(true);
    runner.start();
    response.setContentType("text/plain");
    response.getWriter().write("started");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PublishBenchRun run = current;
    if (run == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "no benchmark started");
      return;
    }
    boolean done = run.done();
    List<String> lines = run.lines();
    String from = request.getParameter("from");
    response.setContentType("text/plain");
    PrintWriter out = response.getWriter();
    for (int i = from == null ? 0 : Integer.parseInt(from); i < lines.size(); i++) {
      out.println(lines.get(i));
    }
    if (done) {
      out.println("DONE");
    }
  }
}
