package com.mtdconnect.policies.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One setting as the policy editors edit it: its value, and on a tenant policy the template's value
 * and whether the tenant overrides it; the problem found when saving, shown on the field.
 */
public class SettingRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final String inherited;
  private String value;
  private boolean overridden;
  private String problem = "";

  public SettingRow(String key, String inherited, String value, boolean overridden) {
    this.key = key;
    this.inherited = inherited;
    this.value = value;
    this.overridden = overridden;
  }

  /** Rows for every value (template editor: nothing inherited). */
  public static List<SettingRow> of(PolicyValues values) {
    List<SettingRow> rows = new ArrayList<>();
    values.asMap().forEach((k, v) -> rows.add(new SettingRow(k, null, v, false)));
    return rows;
  }

  /** Rows for a tenant policy: the template's values, the tenant's overrides over them. */
  public static List<SettingRow> of(PolicyValues template, Map<String, String> overrides) {
    List<SettingRow> rows = new ArrayList<>();
    template
        .overriddenBy(overrides)
        .asMap()
        .forEach(
            (k, v) ->
                rows.add(
                    new SettingRow(k, template.get(k).orElse(null), v, overrides.containsKey(k))));
    return rows;
  }

  public String getKey() {
    return key;
  }

  public String getLabel() {
    return PolicyField.labelOf(key);
  }

  /** CHOICE, YES_NO, VERSION, NUMBER, or TEXT for app configuration keys. */
  public String getKind() {
    return field().map(f -> f.kind().name()).orElse("TEXT");
  }

  public List<String> getChoices() {
    return field().map(PolicyField::choices).orElse(List.of());
  }

  public boolean isAppSetting() {
    return key.startsWith(PolicyField.APP_PREFIX);
  }

  public String getAppKey() {
    return isAppSetting() ? key.substring(PolicyField.APP_PREFIX.length()) : "";
  }

  /** The template's value as shown, or null when the template does not have the key. */
  public String getInheritedText() {
    return inherited == null ? "(not in the template)" : PolicyField.show(key, inherited);
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value == null ? "" : value;
  }

  public boolean isOverridden() {
    return overridden;
  }

  public void setOverridden(boolean overridden) {
    this.overridden = overridden;
  }

  public String getProblem() {
    return problem;
  }

  public void setProblem(String problem) {
    this.problem = problem == null ? "" : problem;
  }

  private Optional<PolicyField> field() {
    return PolicyField.byKey(key);
  }
}
