package com.mtdconnect.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Prepares what Arquillian's Payara Micro reads from system properties before it starts: the run's
 * database ({@link TestDatabase}) and the HTTP port, which the portal must know as its own base URL
 * (demo mode reaches the in-server Microsoft cloud simulator through it).
 */
public class TestEnvironmentExtension implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    TestDatabase.get();
    synchronized (TestEnvironmentExtension.class) {
      if (System.getProperty("it.http.port") == null) {
        System.setProperty("it.http.port", String.valueOf(freePort()));
      }
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
