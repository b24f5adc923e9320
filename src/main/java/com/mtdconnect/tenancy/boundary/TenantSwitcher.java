package com.mtdconnect.tenancy.boundary;

import com.mtdconnect.tenancy.entity.Tenant;
import com.mtdconnect.tenancy.entity.TenantQuery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * The tenant switcher in the top bar: type part of a name or domain, pick a tenant, land on its
 * page.
 */
@Named
@RequestScoped
public class TenantSwitcher {
  private static final int SUGGESTIONS = 10;

  @Inject TenantRegistry registry;

  private Long selectedTenantId;

  public List<Tenant> suggest(String text) {
    return registry.list(TenantQuery.firstPage(SUGGESTIONS).withText(text));
  }

  public void open() throws IOException {
    if (selectedTenantId != null) {
      Faces.redirect("tenancy/view.xhtml?tenant=%s", selectedTenantId.toString());
    }
  }

  public Long getSelectedTenantId() {
    return selectedTenantId;
  }

  public void setSelectedTenantId(Long selectedTenantId) {
    this.selectedTenantId = selectedTenantId;
  }
}
