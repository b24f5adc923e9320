package com.mtdconnect.polling.control;

import com.mtdconnect.graph.entity.RoundReads;
import com.mtdconnect.polling.entity.RoundContext;

/**
 * A kind whose Graph reads start with the round's shared first {@code $batch}: it adds what it
 * needs to {@link RoundReads} and later takes its answers from {@link RoundFirstReads}. It adds
 * them only when the round runs it ({@link KindSelection}).
 */
public interface FirstReadsContributor extends PollingKind {

  /** {@code reads} plus what this kind reads first in this round. */
  RoundReads contribute(RoundContext round, RoundReads reads);
}
