package com.mtdconnect.policies.entity;

import com.mtdconnect.platform.entity.ProblemForUser;
import java.util.Map;

/** Settings that cannot be saved, with the message per field key (nothing was stored). */
public class PolicyInvalid extends ProblemForUser {
  private static final long serialVersionUID = 1L;

  private final Map<String, String> problems;

  public PolicyInvalid(Map<String, String> problems) {
    super(
        "Not saved: "
            + problems.size()
            + (problems.size() == 1 ? " setting needs" : " settings need")
            + " attention. "
            + String.join(" ", problems.values()));
    this.problems = Map.copyOf(problems);
  }

  /** Field key → message. */
  public Map<String, String> problems() {
    return problems;
  }
}
