package com.mtdconnect.outbox.entity;

import java.io.Serializable;

/** A tenant to filter the outbox by: its id and name. */
public record TenantChoice(Long id, String name) implements Serializable {
  // Jakarta EL 5 reads bean getters, not record accessors

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }
}
