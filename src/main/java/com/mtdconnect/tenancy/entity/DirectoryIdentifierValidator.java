package com.mtdconnect.tenancy.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks {@link DirectoryIdentifier}: a GUID or a DNS domain name with at least two labels. */
public class DirectoryIdentifierValidator
    implements ConstraintValidator<DirectoryIdentifier, String> {

  private static final Pattern GUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern DOMAIN_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
  private static final Pattern TOP_LEVEL_LABEL = Pattern.compile("[a-z][a-z0-9-]{0,61}[a-z0-9]");

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || value.isBlank() || isValid(value);
  }

  /** Whether the text (trimmed, any case) is a GUID or a primary domain. */
  public static boolean isValid(String value) {
    String candidate = normalize(value);
    return isGuid(candidate) || isDomain(candidate);
  }

  /** The canonical form we store: trimmed and lower case. */
  public static String normalize(String value) {
    return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
  }

  public static boolean isGuid(String normalized) {
    return GUID.matcher(normalized).matches();
  }

  static boolean isDomain(String normalized) {
    if (normalized.length() > 253 || normalized.endsWith(".")) {
      return false;
    }
    String[] labels = normalized.split("\\.", -1);
    if (labels.length < 2 || !TOP_LEVEL_LABEL.matcher(labels[labels.length - 1]).matches()) {
      return false;
    }
    for (String label : labels) {
      if (!DOMAIN_LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }
}
