package com.mtdconnect.tenancy.entity;

import java.io.Serializable;

/** A tenant to filter by (the outbox, the audit log): its id and display name. */
public record TenantChoice(Long id, String name) implements Serializable {
  // Jakarta EL 5 reads bean getters, not record accessors

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }
}
