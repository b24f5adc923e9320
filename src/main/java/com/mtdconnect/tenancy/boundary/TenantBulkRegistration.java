package com.mtdconnect.tenancy.boundary;

import com.mtdconnect.rbac.boundary.Requires;
import com.mtdconnect.rbac.entity.OutsideYourScope;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.tenancy.control.TenantCsv;
import com.mtdconnect.tenancy.entity.DuplicateTenant;
import com.mtdconnect.tenancy.entity.ImportOutcome;
import com.mtdconnect.tenancy.entity.ImportedRow;
import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantDraft;
import com.mtdconnect.tenancy.entity.TenantNotConfirmed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Registers many tenants from a CSV file. Each row goes through the registry's own use case ({@link
 * TenantRegistry#register}): checked with Microsoft, validated, scope-checked, audited, in a
 * transaction of its own, so one bad row never stops or undoes the others; each row's result says
 * registered, duplicate, unknown tenant or invalid, with the reason.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class TenantBulkRegistration {
  private static final Logger LOG = Logger.getLogger(TenantBulkRegistration.class.getName());

  @Inject TenantRegistry registry;
  @Inject Validator validator;

  /**
   * Registers the tenants of the file, row by row.
   *
   * @throws com.mtdconnect.tenancy.entity.CsvNotReadable when the file is no tenant CSV at all
   */
  @Requires(Permission.TENANTS_CREATE)
  public List<ImportedRow> importCsv(@NotNull byte[] content) {
    List<TenantCsv.Row> rows = TenantCsv.parse(content);
    Set<String> usable =
        registry.scopeTagChoices(Permission.TENANTS_CREATE).stream()
            .map(t -> t.toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
    List<ImportedRow> results = new ArrayList<>(rows.size());
    for (TenantCsv.Row row : rows) {
      results.add(registerRow(row, usable));
    }
    LOG.info(
        () ->
            "CSV import: "
                + results.stream().filter(ImportedRow::isRegistered).count()
                + " of "
                + results.size()
                + " rows registered");
    return results;
  }

  private ImportedRow registerRow(TenantCsv.Row row, Set<String> usableTags) {
    String shape = TenantCsv.shapeProblem(row);
    String name = row.cells().get(0).trim();
    String directory = row.cells().size() > 1 ? row.cells().get(1).trim() : "";
    if (shape != null) {
      return result(row, name, directory, ImportOutcome.INVALID, shape, null);
    }
    TenantDraft draft = TenantCsv.draftOf(row);
    Set<ConstraintViolation<TenantDraft>> violations = validator.validate(draft);
    if (!violations.isEmpty()) {
      return result(row, name, directory, ImportOutcome.INVALID, messages(violations), null);
    }
    List<String> unknownTags =
        draft.getScopeTagList().stream()
            .filter(t -> !usableTags.contains(t.toLowerCase(Locale.ROOT)))
            .toList();
    if (!unknownTags.isEmpty()) {
      return result(
          row,
          name,
          directory,
          ImportOutcome.INVALID,
          "Scope tag "
              + String.join(", ", unknownTags)
              + ": not a tag that exists and that you may use.",
          null);
    }
    try {
      Tenant tenant = registry.register(draft);
      return result(
          row,
          name,
          directory,
          ImportOutcome.REGISTERED,
          "Tenant ID " + tenant.getDirectoryId(),
          tenant.getId());
    } catch (DuplicateTenant e) {
      return result(row, name, directory, ImportOutcome.DUPLICATE, e.getMessage(), null);
    } catch (TenantNotConfirmed e) {
      return result(
          row,
          name,
          directory,
          e.isWorthRetrying() ? ImportOutcome.NOT_CHECKED : ImportOutcome.UNKNOWN_TENANT,
          e.getMessage(),
          null);
    } catch (OutsideYourScope e) {
      return result(
          row,
          name,
          directory,
          ImportOutcome.INVALID,
          "Scope tags: you may only use your own tags (" + e.getMessage() + ")",
          null);
    } catch (ConstraintViolationException e) {
      return result(
          row, name, directory, ImportOutcome.INVALID, messages(e.getConstraintViolations()), null);
    }
  }

  private static String messages(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .map(ConstraintViolation::getMessage)
        .collect(Collectors.joining(" "));
  }

  private static ImportedRow result(
      TenantCsv.Row row,
      String name,
      String directory,
      ImportOutcome outcome,
      String detail,
      Long tenantId) {
    return new ImportedRow(row.line(), name, directory, outcome, detail, tenantId);
  }
}
