package com.mtdconnect.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Runs a piece of an in-container test in a transaction of its own, for calling controls that
 * require their caller's transaction ({@code TxType.MANDATORY}).
 *
 * <p>Not {@code UserTransaction}: Payara's {@code @Transactional} interceptor keeps the
 * invocation's previous transaction-operations manager in a field of the interceptor instance,
 * which an application-scoped bean shares across threads; when a polling round runs through the
 * same bean at the same moment, the test's invocation is left marked as inside
 * {@code @Transactional}, and its next {@code UserTransaction.commit()} fails with "Operation not
 * allowed".
 */
@ApplicationScoped
public class InTransaction {

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T call(Supplier<T> work) {
    return work.get();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void run(Runnable work) {
    work.run();
  }
}
