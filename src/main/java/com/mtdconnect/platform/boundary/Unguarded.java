package com.mtdconnect.platform.boundary;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A boundary class or method that needs no staff permission, with the reason: the customer's
 * consent pages (customers have no portal account), signing in itself, and infrastructure that is
 * no use case. The boundary guard test accepts exactly these and rbac's {@code @Requires}. It lives
 * in the platform because every component marks its boundaries with it, and the platform depends on
 * nothing.
 */
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface Unguarded {
  String because();
}
