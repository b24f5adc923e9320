package com.mtdconnect.polling.probe;

import jakarta.enterprise.inject.spi.CDI;

/**
 * Looks beans up for PollingIT: Weld finds the bean manager by the calling class, and on this
 * server the IT class itself is found in two bean archives.
 */
public final class Beans {
  private Beans() {}

  public static <T> T get(Class<T> type) {
    return CDI.current().select(type).get();
  }
}
