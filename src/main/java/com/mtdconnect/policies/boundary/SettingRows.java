package com.mtdconnect.policies.boundary;

import com.mtdconnect.policies.entity.PolicyInvalid;
import com.mtdconnect.policies.entity.SettingRow;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;

/** Puts the problems of a refused save on the rows they are about, and one summary on the page. */
final class SettingRows {
  private SettingRows() {}

  /** True when there were none (the rows' old problems are cleared either way). */
  static boolean mark(List<SettingRow> rows, Map<String, String> problems) {
    rows.forEach(r -> r.setProblem(problems.getOrDefault(r.getKey(), "")));
    if (problems.isEmpty()) {
      return true;
    }
    Messages.addGlobalError(
        "Not saved: {0} setting(s) need attention (see the fields marked below). Nothing was"
            + " changed; your entries are still here.",
        problems.size());
    return false;
  }

  static void mark(List<SettingRow> rows, PolicyInvalid invalid) {
    mark(rows, invalid.problems());
  }
}
