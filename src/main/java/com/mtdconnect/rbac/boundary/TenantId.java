package com.mtdconnect.rbac.boundary;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks the parameter of a {@link Requires} use case that names the tenant it acts on: the guard
 * then checks the permission for that tenant's scope tags, and answers "not found" for a tenant the
 * caller may not read at all.
 */
@Retention(RUNTIME)
@Target(PARAMETER)
public @interface TenantId {}
