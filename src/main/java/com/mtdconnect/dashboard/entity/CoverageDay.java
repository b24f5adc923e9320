package com.mtdconnect.dashboard.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** A tenant's install coverage on one day (UTC), as that day's last round left it. */
@Entity
@Table(name = "coverage_day")
@IdClass(CoverageDay.Key.class)
public class CoverageDay {

  @Id
  @Column(name = "tenant_id")
  private long tenantId;

  @Id private LocalDate day;

  @Column(name = "devices_in_scope", nullable = false)
  private int devicesInScope;

  @Column(name = "app_installed", nullable = false)
  private int appInstalled;

  protected CoverageDay() {}

  public CoverageDay(long tenantId, LocalDate day) {
    this.tenantId = tenantId;
    this.day = day;
  }

  /** The day's latest figures. */
  public void counted(int devices, int installed) {
    this.devicesInScope = devices;
    this.appInstalled = installed;
  }

  /** The primary key: tenant and day. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long tenantId;
    private LocalDate day;

    public Key() {}

    public Key(long tenantId, LocalDate day) {
      this.tenantId = tenantId;
      this.day = day;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.tenantId == tenantId && Objects.equals(k.day, day);
    }

    @Override
    public int hashCode() {
      return Objects.hash(tenantId, day);
    }
  }
}
