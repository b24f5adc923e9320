package com.mtdconnect.platform.boundary;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;

/**
 * A page opened with a view parameter that cannot be converted (an id that is not a number, as in
 * {@code /tenancy/edit.xhtml?tenant=abc}) answers 404, like an id that names nothing. Without this,
 * Faces skips the page's view action, where pages load what the id names and refuse staff who may
 * not see it, and renders the page as if no id had been given: an empty "Register" form, or an
 * empty tenant page with 200. Registered for every page in faces-config.xml; it acts only on the
 * opening GET, after the view parameters were validated.
 */
public class UnparseableViewParameters implements SystemEventListener {
  private static final Logger LOG = Logger.getLogger(UnparseableViewParameters.class.getName());

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof UIViewRoot;
  }

  @Override
  public void processEvent(SystemEvent event) {
    FacesContext context = event.getFacesContext();
    if (context.isPostback() || !context.isValidationFailed()) {
      return;
    }
    LOG.fine(() -> "Unparseable view parameter on " + context.getViewRoot().getViewId());
    try {
      context.getExternalContext().responseSendError(404, "Page not found");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }
}
