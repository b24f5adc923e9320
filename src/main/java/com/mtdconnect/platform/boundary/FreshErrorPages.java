package com.mtdconnect.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Renders the error pages (mapped to their folder, on the error dispatch) as fresh views: the form
 * fields of the request that failed are hidden from them. Otherwise Faces takes a failed postback's
 * error page for a postback too, and PrimeFaces checks that request's script nonce once more: a
 * postback refused for a missing nonce would fail again on its own error page and end as a bare 500
 * instead of the expired-page answer.
 */
public class FreshErrorPages extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(new WithoutFormFields(request), response);
  }

  /** The request as the error page sees it: a GET without parameters. */
  private static final class WithoutFormFields extends HttpServletRequestWrapper {
    WithoutFormFields(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }
  }
}
