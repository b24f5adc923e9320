package com.mtdconnect.platform.control;

import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Request contexts as CDI hands them to a background thread, counted: how many are active now, how
 * many were opened and destroyed, so a test sees that each tenant's work had one of its own.
 */
class RequestContextsForTests implements Instance<RequestContextController> {
  final AtomicInteger opened = new AtomicInteger();
  final AtomicInteger destroyed = new AtomicInteger();
  private final ThreadLocal<Boolean> active = ThreadLocal.withInitial(() -> false);

  boolean activeOnThisThread() {
    return active.get();
  }

  @Override
  public RequestContextController get() {
    return new RequestContextController() {
      @Override
      public boolean activate() {
        opened.incrementAndGet();
        active.set(true);
        return true;
      }

      @Override
      public void deactivate() {
        active.set(false);
      }
    };
  }

  @Override
  public void destroy(RequestContextController instance) {
    destroyed.incrementAndGet();
  }

  @Override
  public Instance<RequestContextController> select(Annotation... qualifiers) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <U extends RequestContextController> Instance<U> select(
      Class<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <U extends RequestContextController> Instance<U> select(
      TypeLiteral<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean isUnsatisfied() {
    return false;
  }

  @Override
  public boolean isAmbiguous() {
    return false;
  }

  @Override
  public Handle<RequestContextController> getHandle() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Iterable<? extends Handle<RequestContextController>> handles() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Iterator<RequestContextController> iterator() {
    throw new UnsupportedOperationException();
  }
}
