package com.mtdconnect.testsupport;

import com.mtdconnect.simulator.boundary.SimulatorHolder;
import com.mtdconnect.simulator.control.presenter.DemoScenario;
import com.mtdconnect.simulator.entity.SimStaffAccount;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Test-only (deployed by {@link Deployments#portalWithBoundaryProbe()}, never part of the WAR):
 * adds a staff account to the simulator's OpenID Connect provider, so that a test can sign in the
 * ordinary way as a staff member of its own, whose role assignments it writes itself. {@code
 * ?username=NAME}; the account is in no Entra group but "MSP All Staff", which no role is given to.
 */
@WebServlet(urlPatterns = SimulatorStaffServlet.PATH)
public class SimulatorStaffServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  public static final String PATH = "/it/simulator-staff";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String username = request.getParameter("username");
    if (username == null || !username.matches("[a-z0-9-]{3,60}")) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "username: a-z, 0-9 and -");
      return;
    }
    CDI.current()
        .select(SimulatorHolder.class)
        .get()
        .simulator()
        .addStaffAccount(
            new SimStaffAccount(
                username,
                "Test " + username,
                username + "@msp.example",
                List.of(DemoScenario.ALL_STAFF_GROUP)));
    response.setContentType("text/plain");
    response.getWriter().write("added " + username);
  }
}
