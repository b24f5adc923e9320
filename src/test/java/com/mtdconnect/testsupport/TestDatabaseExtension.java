package com.mtdconnect.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Prepares the run's database before Arquillian starts Payara Micro (which reads its coordinates).
 */
public class TestDatabaseExtension implements BeforeAllCallback {
  @Override
  public void beforeAll(ExtensionContext context) {
    TestDatabase.get();
  }
}
