package com.mtdconnect.consent.boundary;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * The customer's public pages ({@value #CUSTOMER_PAGES}) are stateless views from the moment they
 * are created, so that opening one creates no session: anyone with a link (or a mail scanner
 * following it) would otherwise hold 30 minutes of server memory per request. Marking them in the
 * template alone comes too late: the view parameters are read and PrimeFaces' script nonce is
 * stored (in the view's state, hence the session) before the template is applied. Their beans are
 * request-scoped and their forms carry what they need in their URL.
 */
public class StatelessCustomerPages extends ViewHandlerWrapper {

  /** The folder of the customer's pages, public in web.xml. */
  static final String CUSTOMER_PAGES = "/consent/customer/";

  public StatelessCustomerPages(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot createView(FacesContext context, String viewId) {
    UIViewRoot view = super.createView(context, viewId);
    if (view != null && viewId != null && viewId.startsWith(CUSTOMER_PAGES)) {
      view.setTransient(true);
    }
    return view;
  }
}
