package com.mtdconnect.provisioning;

import com.mtdconnect.provisioning.control.ApplyEngine;
import com.mtdconnect.provisioning.entity.PlanLine;
import com.mtdconnect.provisioning.entity.StepState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A run's journal in memory, with an optional crash after a chosen step. */
final class MemoryJournal implements ApplyEngine.Journal {

  final Map<String, StepState> states = new LinkedHashMap<>();
  final Map<String, String> notes = new LinkedHashMap<>();
  final List<PlanLine> lines;
  Boolean completed;
  String reason = "";
  Predicate<String> crashBeforeRecording = key -> false;
  Runnable afterEachStep = () -> {};

  MemoryJournal(List<PlanLine> lines) {
    this.lines = lines;
    lines.forEach(l -> states.put(l.stepKey(), StepState.PENDING));
  }

  List<ApplyEngine.Step> steps() {
    List<ApplyEngine.Step> steps = new ArrayList<>();
    lines.forEach(l -> steps.add(new ApplyEngine.Step(l, states.get(l.stepKey()))));
    return steps;
  }

  @Override
  public void stepStarted(String stepKey) {
    states.put(stepKey, StepState.RUNNING);
  }

  @Override
  public void stepFinished(String stepKey, StepState state, String objectId, String note) {
    if (crashBeforeRecording.test(stepKey)) {
      crashBeforeRecording = key -> false;
      throw new IllegalStateException("node died after the Graph call of " + stepKey);
    }
    states.put(stepKey, state);
    notes.put(stepKey, note);
    afterEachStep.run();
  }

  @Override
  public void runFinished(boolean completed, String reason) {
    this.completed = completed;
    this.reason = reason;
  }
}
