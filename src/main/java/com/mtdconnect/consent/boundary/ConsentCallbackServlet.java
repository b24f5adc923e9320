package com.mtdconnect.consent.boundary;

import com.mtdconnect.consent.entity.StateRejected;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The redirect URI registered on the MSP app: Microsoft sends the customer's browser here after the
 * consent screen. Answers with a redirect to the result page (so the state leaves the address bar
 * and reloading cannot replay it), or to the refusal page when the state is not acceptable.
 */
@WebServlet(urlPatterns = "/consent/callback")
public class ConsentCallbackServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient CustomerConsent consent;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String binding = BrowserBinding.read(request).orElse(null);
    String target;
    try {
      String key = consent.complete(CallbackParameters.of(request), binding);
      BrowserBinding.clear(request, response);
      target =
          "/consent/customer/outcome.xhtml?result="
              + URLEncoder.encode(key, StandardCharsets.UTF_8);
    } catch (StateRejected refused) {
      target =
          "/consent/customer/refused.xhtml?reason="
              + refused.reason().name().toLowerCase(Locale.ROOT);
    }
    response.setHeader("Cache-Control", "no-store");
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + target);
  }
}
