package com.mtdconnect.polling.control;

import com.mtdconnect.graph.entity.RoundReads;
import com.mtdconnect.polling.entity.RoundContext;

/**
 * A kind whose Graph reads start with the round's shared first {@code $batch}: it adds what it
 * needs to {@link RoundReads} and later takes its answers from {@link RoundFirstReads}.
 */
public interface FirstReadsContributor {

  /** The kind's name, as {@link PollingKind#name()}. */
  String name();

  boolean isDue(RoundContext round);

  /** {@code reads} plus what this kind reads first in this round. */
  RoundReads contribute(RoundContext round, RoundReads reads);
}
