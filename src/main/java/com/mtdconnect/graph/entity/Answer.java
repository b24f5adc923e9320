package com.mtdconnect.graph.entity;

import java.util.Optional;

/**
 * One step's answer within a round's batch: its value, or the failure Graph answered for that step
 * alone (a 410 on the delta step, a 403 on one report), so one failing read never hides the others.
 */
public final class Answer<T> {

  private final T value;
  private final GraphFailure failure;

  private Answer(T value, GraphFailure failure) {
    this.value = value;
    this.failure = failure;
  }

  public static <T> Answer<T> of(T value) {
    return new Answer<>(value, null);
  }

  public static <T> Answer<T> failed(GraphFailure failure) {
    return new Answer<>(null, failure);
  }

  /** The value, or the step's failure thrown. */
  public T get() {
    if (failure != null) {
      throw failure;
    }
    return value;
  }

  public Optional<GraphFailure> failure() {
    return Optional.ofNullable(failure);
  }
}
