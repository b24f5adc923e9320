package com.mtdconnect.tenancy.entity;

import java.util.List;

/** One page of tenants and how many match in all. */
public record TenantPage(List<Tenant> tenants, long total) {}
