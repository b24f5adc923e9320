package com.mtdconnect.testsupport;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * Test-only (deployed with {@link MovableClock} by {@link Deployments}, never part of the WAR):
 * moves the portal's clock over HTTP. {@code ?advance=PT31M} moves it forward by an ISO-8601
 * duration; the answer is the portal's now (409 when the portal's clock is not the movable one).
 */
@WebServlet(urlPatterns = PortalClockServlet.PATH)
public class PortalClockServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  public static final String PATH = "/it/clock";

  @Inject transient MovableClock movable;
  @Inject transient Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!movable.drives(clock)) {
      response.sendError(HttpServletResponse.SC_CONFLICT, "the portal does not run on this clock");
      return;
    }
    String advance = request.getParameter("advance");
    if (advance != null) {
      try {
        movable.advance(Duration.parse(advance));
      } catch (DateTimeParseException | IllegalArgumentException e) {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        return;
      }
    }
    response.setContentType("text/plain");
    response.getWriter().write(clock.instant().toString());
  }
}
