package com.mtdconnect.provisioning.boundary;

import com.mtdconnect.provisioning.entity.AppCatalogue;
import com.mtdconnect.provisioning.entity.CatalogueDraft;
import com.mtdconnect.provisioning.entity.ThreatLevel;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Optional;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

/** The app catalogue page: shows the catalogue and saves it for staff who may change it. */
@Named
@ViewScoped
public class CatalogueEditor implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AppCatalogueAdministration catalogues;

  private long loadedVersion = -1;
  private CatalogueDraft draft = new CatalogueDraft();
  private String updatedBy;
  private LocalDateTime updatedAt;

  public void load() {
    catalogues.current().ifPresent(this::show);
  }

  public void save() {
    show(catalogues.save(loadedVersion, draft));
    Messages.addGlobalInfo("App catalogue saved. Plans computed from now on use it.");
  }

  private void show(AppCatalogue c) {
    loadedVersion = c.getVersion();
    draft = CatalogueDraft.of(c);
    updatedBy = c.getUpdatedBy();
    updatedAt = c.getUpdatedAt();
  }

  public CatalogueDraft getDraft() {
    return draft;
  }

  public ThreatLevel[] getThreatLevels() {
    return ThreatLevel.values();
  }

  public boolean isSaved() {
    return loadedVersion >= 0;
  }

  public Optional<String> updated() {
    return Optional.ofNullable(updatedBy);
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }
}
