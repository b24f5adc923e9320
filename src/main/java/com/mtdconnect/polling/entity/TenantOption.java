package com.mtdconnect.polling.entity;

import java.io.Serializable;

/** A tenant to pick in the job history's filter. */
public record TenantOption(long id, String name) implements Serializable {

  public long getId() {
    return id;
  }

  public String getName() {
    return name;
  }
}
