package com.mtdconnect.platform.boundary;

import com.mtdconnect.platform.control.ClientAddresses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the error pages show: an error id that the server log also carries, and never an exception
 * or stack trace. Exceptions already carry the id OmniFaces logged them with; plain status errors
 * (404, 403) get one here.
 */
@Named
@RequestScoped
public class ErrorReport {
  /** The request attribute where OmniFaces keeps the id it logged the exception with. */
  static final String OMNIFACES_ERROR_ID = "org.omnifaces.exception_uuid";

  private static final Logger LOG = Logger.getLogger(ErrorReport.class.getName());

  @Inject HttpServletRequest request;
  @Inject ClientAddresses clientAddresses;

  private String errorId;

  /** The status the error page answers with ({@link #respondWith}); 500 until a page says. */
  private int pageStatus = 500;

  public String getErrorId() {
    if (errorId == null) {
      errorId = (String) request.getAttribute(OMNIFACES_ERROR_ID);
    }
    if (errorId == null) {
      errorId = UUID.randomUUID().toString();
      String line =
          "["
              + errorId
              + "]["
              + clientAddresses.of(request)
              + "] HTTP "
              + request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE)
              + " for "
              + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
      Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
      if (failure instanceof Throwable exception && pageStatus == 500) {
        // a failure the servlet container caught (OmniFaces logs the ones it handles itself): its
        // stack trace goes to the log under the id the page shows; refusals (403, 404) need none
        LOG.log(Level.SEVERE, line, exception);
      } else {
        LOG.info(line);
      }
    }
    return errorId;
  }

  /**
   * Gives the error page its HTTP status (a page reached through an exception would otherwise
   * answer 500). Ajax requests keep 200: the browser must read the partial response that replaces
   * the page.
   */
  public void respondWith(int status) {
    pageStatus = status;
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!faces.getPartialViewContext().isAjaxRequest()) {
      ((HttpServletResponse) faces.getExternalContext().getResponse()).setStatus(status);
    }
  }
}
