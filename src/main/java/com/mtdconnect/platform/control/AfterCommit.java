package com.mtdconnect.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs work once the current transaction has committed, and not at all when it rolls back: for
 * background work that reads, in transactions of its own, what the current one writes.
 */
@ApplicationScoped
public class AfterCommit {
  @Resource TransactionSynchronizationRegistry transactions;

  /** Runs {@code work} after the current transaction commits (on the committing thread). */
  public void run(Runnable work) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              work.run();
            }
          }
        });
  }
}
