package com.mtdconnect.auditlog.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mtdconnect.tenancy.entity.TenantChoice;
import jakarta.faces.convert.ConverterException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The audit log's tenant filter posts an id; only a tenant the reader reads comes back. */
class AuditTenantConverterTest {

  private static AuditTenantConverter converter() {
    AuditTenantConverter converter = new AuditTenantConverter();
    converter.log =
        new AuditLog() {
          @Override
          public Optional<TenantChoice> tenantChoice(long tenantId) {
            return tenantId == 7L
                ? Optional.of(new TenantChoice(7L, "Contoso Pharmaceuticals"))
                : Optional.empty();
          }
        };
    return converter;
  }

  @Test
  void aTenantTheReaderReadsIsPicked() {
    assertEquals(
        new TenantChoice(7L, "Contoso Pharmaceuticals"), converter().getAsObject(null, null, "7"));
    assertEquals("7", converter().getAsString(null, null, new TenantChoice(7L, "Contoso")));
  }

  @Test
  void nothingPickedMeansAllTenants() {
    assertNull(converter().getAsObject(null, null, ""));
    assertEquals("", converter().getAsString(null, null, null));
  }

  @Test
  void aTenantOutsideTheScopeAndAWrongIdGetTheSameRefusal() {
    ConverterException outside =
        assertThrows(ConverterException.class, () -> converter().getAsObject(null, null, "8"));
    ConverterException garbage =
        assertThrows(ConverterException.class, () -> converter().getAsObject(null, null, "x'"));
    assertEquals(AuditTenantConverter.NOT_YOURS, outside.getFacesMessage().getSummary());
    assertEquals(AuditTenantConverter.NOT_YOURS, garbage.getFacesMessage().getSummary());
  }
}
