package com.mtdconnect.auditlog.boundary;

import com.mtdconnect.tenancy.entity.TenantChoice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The audit log's tenant filter posts a tenant id; this turns it back into the tenant, asking the
 * server whether the reader reads that tenant's events. An id outside their scope (or of no tenant)
 * is refused on the field with one message for both, so the filter reveals nothing about it. An
 * empty filter means all tenants. A request-scoped CDI bean the page names in EL (Mojarra does not
 * inject into a converter it creates by id here); the use case it asks checks the permission.
 */
@Named("auditTenantConverter")
@RequestScoped
public class AuditTenantConverter implements Converter<TenantChoice> {
  static final String NOT_YOURS =
      "Pick a tenant from the list: you read the audit events of no tenant with this id.";

  @Inject AuditLog log;

  @Override
  public TenantChoice getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!value.trim().matches("\\d{1,18}")) {
      throw refused();
    }
    return log.tenantChoice(Long.parseLong(value.trim()))
        .orElseThrow(AuditTenantConverter::refused);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, TenantChoice value) {
    return value == null || value.getId() == null ? "" : value.getId().toString();
  }

  private static ConverterException refused() {
    return new ConverterException(
        new FacesMessage(FacesMessage.SEVERITY_ERROR, NOT_YOURS, NOT_YOURS));
  }
}
