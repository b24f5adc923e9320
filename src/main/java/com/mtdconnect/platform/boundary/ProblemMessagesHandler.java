package com.mtdconnect.platform.boundary;

import com.mtdconnect.platform.entity.ProblemForUser;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * The one place where problems the user can act on ({@link ProblemForUser}) become page messages:
 * the page is rendered again with the message and the user's input. Every other exception goes on
 * to the error pages.
 */
public class ProblemMessagesHandler extends ExceptionHandlerWrapper {

  public ProblemMessagesHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        events.hasNext(); ) {
      Throwable cause = events.next().getContext().getException();
      while (cause != null && !(cause instanceof ProblemForUser)) {
        cause = cause.getCause();
      }
      if (cause != null && context != null) {
        context.addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, cause.getMessage(), null));
        context.validationFailed();
        events.remove();
      }
    }
    getWrapped().handle();
  }

  /** Registered in faces-config.xml after OmniFaces' handler, so it sees exceptions first. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ProblemMessagesHandler(getWrapped().getExceptionHandler());
    }
  }
}
