package com.mtdconnect.consent.control;

import com.mtdconnect.consent.entity.CallbackResult;
import com.mtdconnect.consent.entity.CallbackVerdict;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the result of Microsoft's redirect to our callback (graph-contracts §1.1, §1.4): success is
 * {@code admin_consent=True} without {@code error}; otherwise the AADSTS code in {@code
 * error_description} says what happened (65004 declined, 50020 wrong account, 90094 not an
 * administrator); we act on {@code error} and the code, never on the wording.
 */
public final class CallbackErrors {
  private static final Pattern AADSTS = Pattern.compile("AADSTS(\\d+)");
  static final int DECLINED = 65004;
  static final int WRONG_ACCOUNT = 50020;
  static final int NOT_ADMIN = 90094;

  private CallbackErrors() {}

  /** Classifies the redirect's parameters and words the result. */
  public static CallbackVerdict read(
      String error, String description, String adminConsent, String tenantName) {
    int code = aadstsCode(description);
    if (isBlank(error)) {
      return "true".equalsIgnoreCase(adminConsent)
          ? describe(CallbackResult.APPROVED, 0, "", tenantName)
          : describe(
              CallbackResult.FAILED, 0, "Microsoft sent the customer back without a result.", "");
    }
    if (code == DECLINED || (code == 0 && "access_denied".equals(error))) {
      return describe(CallbackResult.DECLINED, DECLINED, "", tenantName);
    }
    if (code == WRONG_ACCOUNT) {
      return describe(CallbackResult.WRONG_ACCOUNT, WRONG_ACCOUNT, "", tenantName);
    }
    return describe(CallbackResult.FAILED, code, firstLine(description, error), tenantName);
  }

  /**
   * The words for a result: for the customer's page and for the operator. {@code detail} is what
   * Microsoft said, for failures it has no special words for.
   */
  public static CallbackVerdict describe(
      CallbackResult result, int code, String detail, String tenantName) {
    return switch (result) {
      case APPROVED ->
          new CallbackVerdict(
              result,
              0,
              "Thank you: approval received",
              "Microsoft confirmed your approval. We are now checking which permissions were"
                  + " granted.",
              "The customer's administrator approved at Microsoft.",
              "");
      case DECLINED ->
          new CallbackVerdict(
              result,
              DECLINED,
              "You cancelled the approval",
              "Nothing was changed in your organization. If you cancelled by mistake, or once your"
                  + " questions are answered, use the button below to try again.",
              "The customer's administrator cancelled at Microsoft (AADSTS65004).",
              "Ask the customer whether the permissions raise questions; their link still works.");
      case WRONG_ACCOUNT ->
          new CallbackVerdict(
              result,
              WRONG_ACCOUNT,
              "That account belongs to another organization",
              "You signed in with an account that is not part of "
                  + tenantName
                  + ". Sign out of Microsoft (or open a private browser window), then try again and"
                  + " sign in as a global administrator of "
                  + tenantName
                  + ".",
              "The customer signed in with an account of another organization (AADSTS50020).",
              "Tell the customer to sign in with a global administrator of their own tenant.");
      case FAILED -> code == NOT_ADMIN ? notAdmin(tenantName) : failed(code, detail);
    };
  }

  private static CallbackVerdict notAdmin(String tenantName) {
    return new CallbackVerdict(
        CallbackResult.FAILED,
        NOT_ADMIN,
        "An administrator needs to approve",
        "The account you used cannot approve apps for "
            + tenantName
            + ". Ask a global administrator (or a privileged role administrator) to open the link.",
        "The customer's account is not an administrator (AADSTS90094).",
        "Ask the customer to forward the link to a global administrator.");
  }

  private static CallbackVerdict failed(int code, String what) {
    String codeText = code == 0 ? "" : " (AADSTS" + code + ")";
    return new CallbackVerdict(
        CallbackResult.FAILED,
        code,
        "Microsoft could not complete the approval",
        "Microsoft reported a problem"
            + codeText
            + ". Nothing was changed. Please try again later, or send this code to your service"
            + " provider.",
        what.startsWith("Microsoft") ? what : "Microsoft reported a problem: " + what,
        "Look the code up in Microsoft's error reference; if it persists, create a new link.");
  }

  static int aadstsCode(String description) {
    if (description == null) {
      return 0;
    }
    Matcher m = AADSTS.matcher(description);
    if (!m.find()) {
      return 0;
    }
    try {
      return Integer.parseInt(m.group(1));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The description up to the trace ids, bounded; or the error code when there is none. */
  private static String firstLine(String description, String error) {
    if (isBlank(description)) {
      return error;
    }
    String line = description.split("\\r?\\n|Trace ID", 2)[0].strip();
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
